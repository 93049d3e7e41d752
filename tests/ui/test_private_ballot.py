"""The private ballot with one screen (or a mirrored projector), and ballots nobody undoes from the Edit menu.

Qt has one screen here (the offscreen platform's default), so a ballot opens full
screen behind a cover until the member presses a key, and a cover comes back
when it is submitted or discarded. With a second, extended screen the projector
gets the cover instead: ``test_private_ballot_screens.py`` runs that in a
process of its own, Qt's screens being fixed per process.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from ui_driver import CTRL, activate, undo_text

from plan_files import committed
from planner_gui.core.ranking import MEMBERS
from planner_gui.ui.commands import AddRow, SetRankingOptions
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ballot_booth import DONE, FORM, START
from planner_gui.ui.pages.ranking.ballot_tab import BallotTab
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.settings import SINGLE_SCREEN_NOTED, Settings


def ballot_tab(qtbot: Any, window: MainWindow) -> BallotTab:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = window.workspace.pages[window.workspace.current()]
    assert isinstance(page, RankingPage)
    page.show_tab(page.ballots)
    return page.ballots


def votes_in_file(path: Path, name: str) -> int:
    [(count,)] = committed(
        path,
        "SELECT count(*) FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id "
        "JOIN member m ON m.id = b.member_id WHERE m.name = ?",
        (name,),
    )
    return int(count)


def member_id(window: MainWindow, name: str) -> int:
    assert window.plan is not None
    member = window.plan.doc.ranking.find_member(name)
    assert member is not None
    return member.id


def choose(qtbot: Any, tab: BallotTab, name: str) -> None:
    """The member picks their name and presses Enter."""
    [row] = [r for r in range(tab.voters.rowCount()) if tab.voters.voters[r].name == name]
    tab.members.setCurrentIndex(tab.voters.index(row))
    qtbot.keyClick(tab.members, Qt.Key.Key_Return)


def test_the_ballot_waits_behind_a_cover_for_a_key_and_a_cover_comes_back_after(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    sample_window.prefs.set(SINGLE_SCREEN_NOTED, True)
    tab = ballot_tab(qtbot, sample_window)
    sample_window.plan.doc.ranking.restore_ballot(member_id(sample_window, "Amina Diallo"), None)  # type: ignore[union-attr]
    choose(qtbot, tab, "Amina Diallo")

    booth = tab.booth
    assert booth.isVisible() and booth.isFullScreen() and booth.isWindow()
    assert booth.screen() is QGuiApplication.primaryScreen() and booth.geometry() == booth.screen().geometry()
    assert booth.page() == START and not tab.form.isVisible()  # nothing of the ballot yet
    assert booth.start_cover.text().startswith("Amina Diallo's ballot\nOnly you should see this ballot.")
    assert "blank the projector now" in booth.start_cover.text() and "press Space or Enter" in booth.start_cover.text()
    assert booth.start_cover.button is not None and booth.start_cover.button.text() == "Start my ballot"
    # The main window behind it shows only who is voting, never the ballot.
    assert tab.stack.currentWidget() is tab.voting and not sample_window.isAncestorOf(tab.form)
    assert tab.voting.text().startswith("Amina Diallo is voting\n6 of 7 have voted")
    assert tab.form.ballot.rowCount() == 16 and votes_in_file(sample_plan, "Amina Diallo") == 0

    qtbot.keyClick(booth, Qt.Key.Key_H)  # not the key to start: the cover stays
    assert booth.page() == START
    qtbot.keyClick(booth, Qt.Key.Key_Space)
    assert booth.page() == FORM and tab.form.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is booth)  # the member's keys go to the ballot
    assert tab.form.view.hasFocus()
    for key in "HHMMLLDDHMHLMMLL":
        qtbot.keyClick(tab.form.view, key)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)

    assert votes_in_file(sample_plan, "Amina Diallo") == 16
    assert booth.isVisible() and booth.page() == DONE and not tab.form.isVisible()
    assert tab.form.ballot.rowCount() == 0  # the choices are gone from the screen, and from memory
    said = booth.done_cover.text()
    assert said == "Ballot received\nThank you, Amina Diallo. Please hand the laptop back to the facilitator."
    assert tab.stack.currentIndex() == 0 and "Amina Diallo    ✓ voted" in tab.voters.index(0).data()
    qtbot.keyClick(booth, Qt.Key.Key_Return)  # the facilitator has the laptop back
    assert not booth.isVisible()

    # Discarded: the cover comes back too, saying nothing was recorded.
    sample_window.plan.doc.ranking.restore_ballot(member_id(sample_window, "Mei Tanaka"), None)  # type: ignore[union-attr]
    choose(qtbot, tab, "Mei Tanaka")
    assert booth.isVisible() and booth.page() == START
    assert booth.start_cover.button is not None
    qtbot.mouseClick(booth.start_cover.button, Qt.MouseButton.LeftButton)  # the clearly labelled button
    assert booth.page() == FORM
    qtbot.keyClick(tab.form.view, Qt.Key.Key_H)
    fake_dialogs.answer("ask_yes_no", True)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Escape)
    assert fake_dialogs.of("ask_yes_no")[-1].title == "Discard this ballot?"
    assert booth.page() == DONE and booth.done_cover.text().startswith("Nothing was recorded\nMei Tanaka's ballot was")
    assert votes_in_file(sample_plan, "Mei Tanaka") == 0 and tab.form.ballot.rowCount() == 0
    assert booth.done_cover.button is not None
    qtbot.mouseClick(booth.done_cover.button, Qt.MouseButton.LeftButton)
    assert not booth.isVisible() and tab.stack.currentIndex() == 0

    # Esc on the cover before starting: nobody is voting any more, nothing asked.
    choose(qtbot, tab, "Mei Tanaka")
    qtbot.keyClick(booth, Qt.Key.Key_Escape)
    assert not booth.isVisible() and tab.member_id is None and tab.stack.currentIndex() == 0
    assert votes_in_file(sample_plan, "Mei Tanaka") == 0


def test_the_one_screen_note_is_given_once(
    qtbot: Any, sample_window: MainWindow, make_prefs: Callable[[], Settings], fake_dialogs: Any
) -> None:
    tab = ballot_tab(qtbot, sample_window)
    sample_window.plan.doc.ranking.restore_ballot(member_id(sample_window, "Samuel Okello"), None)  # type: ignore[union-attr]
    assert not sample_window.prefs.get(SINGLE_SCREEN_NOTED)
    choose(qtbot, tab, "Samuel Okello")
    (note,) = fake_dialogs.take("inform")
    assert note.title == "The room can see this screen"
    assert "Blank, AV Mute" in note.text and "Extend" in note.text and "shown once" in note.text
    qtbot.keyClick(tab.booth, Qt.Key.Key_Escape)
    choose(qtbot, tab, "Samuel Okello")  # again: no note
    qtbot.keyClick(tab.booth, Qt.Key.Key_Escape)
    assert fake_dialogs.take("inform") == []
    assert make_prefs().get(SINGLE_SCREEN_NOTED)  # remembered after a restart too


def test_the_next_member_cannot_undo_a_ballot_from_the_edit_menu(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    window = sample_window
    window.prefs.set(SINGLE_SCREEN_NOTED, True)
    plan = window.plan
    assert plan is not None
    tab = ballot_tab(qtbot, window)
    # The facilitator adds a member: undoing that after her ballot would delete the ballot with her.
    plan.push(AddRow(plan, MEMBERS, {"name": "Ana Kovac"}, "Add member Ana Kovac"))
    assert undo_text(window) == "Undo Add member Ana Kovac"
    choose(qtbot, tab, "Ana Kovac")
    qtbot.keyClick(tab.booth, Qt.Key.Key_Return)
    for key in "1234123412341234":
        qtbot.keyClick(tab.form.view, key)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(tab.booth, Qt.Key.Key_Return)  # handed back
    assert votes_in_file(sample_plan, "Ana Kovac") == 16

    # The next member sits down and presses Ctrl+Z, and looks in the Edit menu: nothing names the ballot.
    activate(qtbot, window)
    assert not window.undo_action.isEnabled() and undo_text(window) == "Undo"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    window.undo_action.trigger()
    assert votes_in_file(sample_plan, "Ana Kovac") == 16
    assert not window.redo_action.isEnabled()

    # Edits made after the ballot undo and redo as ever; the ballot stays.
    plan.push(SetRankingOptions(plan, {"high_cap": 6}, {"high_cap": 5}, "Set the cap on high"))
    assert undo_text(window) == "Undo Set the cap on high"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert committed(sample_plan, "SELECT high_cap FROM plan") == [(6,)] and not window.undo_action.isEnabled()
    window.redo_action.trigger()
    assert committed(sample_plan, "SELECT high_cap FROM plan") == [(5,)]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert votes_in_file(sample_plan, "Ana Kovac") == 16
    assert all("Ana" not in text for text in (undo_text(window), window.redo_action.text()))


def test_the_facilitator_takes_a_ballot_back_naming_the_member_and_asking_first(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    window = sample_window
    window.prefs.set(SINGLE_SCREEN_NOTED, True)
    tab = ballot_tab(qtbot, window)
    amina = member_id(window, "Amina Diallo")
    tab.select_member(amina)
    assert tab.take_back_button.isEnabled() and tab.take_back_button.text() == "Take Back Amina Diallo's Ballot…"

    fake_dialogs.answer("ask_yes_no", False)  # "Keep It"
    tab.take_back_button.click()
    question = fake_dialogs.of("ask_yes_no")[-1]
    assert question.title == "Take back Amina Diallo's ballot?"
    assert "Amina Diallo may then vote again" in question.text
    assert votes_in_file(sample_plan, "Amina Diallo") == 16

    fake_dialogs.answer("ask_yes_no", True)
    tab.take_back_button.click()
    assert votes_in_file(sample_plan, "Amina Diallo") == 0
    assert "Amina Diallo's ballot was taken back" in tab.thanks.text()
    assert tab.voters.index(tab.voters.row_of(amina)).data() == "Amina Diallo"  # no check mark now
    assert not tab.take_back_button.isEnabled() and tab.take_back_button.text() == "Take Back a Ballot…"
    assert not window.undo_action.isEnabled()  # and nobody undoes the taking back either

    # She votes again: no question about an earlier ballot, an empty one.
    choose(qtbot, tab, "Amina Diallo")
    assert [c.title for c in fake_dialogs.of("ask_yes_no")][-1] == "Take back Amina Diallo's ballot?"
    qtbot.keyClick(tab.booth, Qt.Key.Key_Space)
    assert {tab.form.ballot.index(r, 2).data() for r in range(16)} == {"—"}
    for key in "L" * 16:
        qtbot.keyClick(tab.form.view, key)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    assert votes_in_file(sample_plan, "Amina Diallo") == 16
    qtbot.keyClick(tab.booth, Qt.Key.Key_Return)
    assert fake_dialogs.take("inform") == []


def test_a_member_who_has_not_voted_has_no_ballot_to_take_back(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any
) -> None:
    tab = ballot_tab(qtbot, sample_window)
    mei = member_id(sample_window, "Mei Tanaka")
    sample_window.plan.doc.ranking.restore_ballot(mei, None)  # type: ignore[union-attr]
    tab.select_member(mei)
    assert not tab.take_back_button.isEnabled() and tab.take_back_button.text() == "Take Back a Ballot…"
    tab.take_back()
    assert fake_dialogs.calls == []  # nothing to ask about


def test_a_ballot_half_cast_is_never_thrown_away_by_closing_the_window_or_opening_another_plan(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any, tmp_path: Path
) -> None:
    window = sample_window
    window.prefs.set(SINGLE_SCREEN_NOTED, True)
    tab = ballot_tab(qtbot, window)
    window.plan.doc.ranking.restore_ballot(member_id(window, "Mei Tanaka"), None)  # type: ignore[union-attr]
    choose(qtbot, tab, "Mei Tanaka")
    qtbot.keyClick(tab.booth, Qt.Key.Key_Return)
    for key in "123":
        qtbot.keyClick(tab.form.view, key)
    other = tmp_path / "other.retreat"
    other.write_bytes(sample_plan.read_bytes())

    fake_dialogs.answer("ask_yes_no", False, False, False)  # each time: "Go Back to It", the default
    window.close()
    assert window.isVisible() and window.plan is not None
    assert not window.open_path(other)
    window.close_action.trigger()
    asked = fake_dialogs.take("ask_yes_no")
    assert [(q.title, q.default) for q in asked] == [("A ballot is not recorded yet", "Go Back to It")] * 3
    assert asked[0].text.startswith("Mei Tanaka is voting: their ballot is not recorded yet.")
    assert asked[0].parent is tab.booth  # asked over the ballot, where the facilitator is
    assert window.plan is not None and window.plan.doc.path == sample_plan
    assert tab.member_id == member_id(window, "Mei Tanaka") and tab.booth.page() == FORM
    assert tab.form.ballot.choices()  # every choice still on the form

    fake_dialogs.answer("ask_yes_no", True)  # "Discard It and Open": the facilitator's choice, asked
    assert window.open_path(other)
    assert window.plan is not None and window.plan.doc.path == other and not tab.booth.isVisible()
    assert votes_in_file(sample_plan, "Mei Tanaka") == 0
