"""The private ballot with a projector beside the laptop: run only by ``test_private_ballot_screens.py``.

Qt's screens are fixed for a process, so that test runs this file in a pytest
of its own, with Qt's offscreen platform given a file of two screens: a
1366×768 laptop (the primary screen) and a 1280×720 projector beside it
(``extended``), or the projector showing the laptop's picture (``mirrored``).
The file's name keeps it out of the ordinary run; ``-k`` picks the layout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from ui_driver import CTRL, activate

from plan_files import committed
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ballot_booth import FORM, START
from planner_gui.ui.pages.ranking.ballot_model import BallotModel
from planner_gui.ui.pages.ranking.ballot_tab import BallotTab
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.widgets.cover import Cover

LAPTOP, PROJECTOR = QRect(0, 0, 1366, 768), QRect(1366, 0, 1280, 720)


def screens(projector: QRect) -> tuple[QScreen, QScreen]:
    """The laptop's screen and the projector's, as the test's screen file set them."""
    found = {s.name(): s for s in QGuiApplication.screens()}
    assert set(found) == {"laptop", "projector"}, f"not run with the two screens' file: {found}"
    laptop, beamer = found["laptop"], found["projector"]
    assert QGuiApplication.primaryScreen() is laptop
    assert (laptop.geometry(), beamer.geometry()) == (LAPTOP, projector)
    return laptop, beamer


def ballot_tab(qtbot: Any, window: MainWindow) -> BallotTab:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = window.workspace.pages[window.workspace.current()]
    assert isinstance(page, RankingPage)
    page.show_tab(page.ballots)
    return page.ballots


def choose(qtbot: Any, tab: BallotTab, name: str) -> None:
    [row] = [r for r in range(tab.voters.rowCount()) if tab.voters.voters[r].name == name]
    tab.members.setCurrentIndex(tab.voters.index(row))
    qtbot.keyClick(tab.members, Qt.Key.Key_Return)


def windows_on(screen: QScreen) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.screen() is screen]


def shows_ballot(window: QWidget, tab: BallotTab) -> bool:
    """Whether the window holds the ballot's form, or any view of a ballot's choices (windows it owns aside)."""
    views = [v for v in window.findChildren(QAbstractItemView) if v.window() is window]
    return window.isAncestorOf(tab.form) or any(isinstance(v.model(), BallotModel) for v in views)


def votes_in_file(path: Path, name: str) -> int:
    query = (
        "SELECT count(*) FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id "
        "JOIN member m ON m.id = b.member_id WHERE m.name = ?"
    )
    [(count,)] = committed(path, query, (name,))
    return int(count)


def test_extended_the_projector_shows_a_cover_and_the_ballot_opens_on_the_laptop(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    laptop, projector = screens(PROJECTOR)
    window = sample_window
    assert window.screen() is laptop
    tab = ballot_tab(qtbot, window)
    window.plan.doc.ranking.restore_ballot(window.plan.doc.ranking.find_member("Amina Diallo").id, None)  # type: ignore[union-attr]
    choose(qtbot, tab, "Amina Diallo")

    [cover] = windows_on(projector)
    assert isinstance(cover, Cover) and cover.isFullScreen() and cover.geometry() == PROJECTOR
    assert cover.text() == "Amina Diallo is voting\n6 of 7 have voted"
    assert not shows_ballot(cover, tab)
    booth = tab.booth
    assert booth.screen() is laptop and booth.isFullScreen() and booth.geometry() == LAPTOP
    assert booth.page() == FORM and tab.form.isVisible()  # the room can't see it: no key to press first
    assert tab.form.view.window() is booth and tab.form.view.screen() is laptop
    assert fake_dialogs.calls == []  # no note about a mirrored projector

    for key in "HMLDHMLDHMLDHMLD":
        qtbot.keyClick(tab.form.view, key)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    assert votes_in_file(sample_plan, "Amina Diallo") == 16
    assert windows_on(projector) == [] and not booth.isVisible()  # the cover goes with the ballot
    assert tab.thanks.text().startswith("Thank you, Amina Diallo")
    activate(qtbot, window)
    assert not window.undo_action.isEnabled()


def test_extended_with_the_main_window_on_the_projector_the_ballot_still_opens_on_the_laptop(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    laptop, projector = screens(PROJECTOR)
    window = sample_window
    window.move(PROJECTOR.x() + 40, 30)
    qtbot.waitUntil(lambda: window.screen() is projector)
    tab = ballot_tab(qtbot, window)
    window.plan.doc.ranking.restore_ballot(window.plan.doc.ranking.find_member("Mei Tanaka").id, None)  # type: ignore[union-attr]
    choose(qtbot, tab, "Mei Tanaka")

    on_projector = windows_on(projector)
    assert window in on_projector and len(on_projector) == 2  # the main window, under a cover
    [cover] = [w for w in on_projector if w is not window]
    assert isinstance(cover, Cover) and cover.isFullScreen() and cover.text().startswith("Mei Tanaka is voting")
    assert not any(shows_ballot(w, tab) for w in on_projector)
    assert tab.stack.currentWidget() is tab.voting  # the main window shows only who is voting
    assert tab.booth.screen() is laptop and tab.booth.isFullScreen() and tab.booth.page() == FORM
    assert [w for w in windows_on(laptop) if shows_ballot(w, tab)] == [tab.booth]

    qtbot.keyClick(tab.form.view, Qt.Key.Key_H)
    fake_dialogs.answer("ask_yes_no", True)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Escape)  # discarded: the cover goes too
    assert windows_on(projector) == [window] and not tab.booth.isVisible()
    assert votes_in_file(sample_plan, "Mei Tanaka") == 0 and tab.stack.currentIndex() == 0


def test_mirrored_the_projector_is_the_laptops_screen_so_the_ballot_waits_behind_a_cover(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    laptop, _projector = screens(LAPTOP)  # the projector shows the laptop's picture
    window = sample_window
    tab = ballot_tab(qtbot, window)
    window.plan.doc.ranking.restore_ballot(window.plan.doc.ranking.find_member("Amina Diallo").id, None)  # type: ignore[union-attr]
    choose(qtbot, tab, "Amina Diallo")
    (note,) = fake_dialogs.take("inform")
    assert note.title == "The room can see this screen"
    assert not any(isinstance(w, Cover) for w in QApplication.topLevelWidgets() if w.isVisible())
    assert tab.booth.screen() is laptop and tab.booth.page() == START and not tab.form.isVisible()
    qtbot.keyClick(tab.booth, Qt.Key.Key_Escape)
    assert not tab.booth.isVisible()
