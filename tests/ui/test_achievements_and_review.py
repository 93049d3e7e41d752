"""The Achievements (step 2) and Review (step 3) pages, filled through their widgets.

Each test types into the page's form, picks from its lists, reorders with the
keyboard, undoes with Ctrl+Z, and then finds everything again in the file and
in a new window over it. The sample plan has objectives 1-16; its nine
achievements (seven strong, two some) leave Obj. 6, 7 and 16 without one, and
its five recommendations are three accepted, one partly accepted, one pending.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QStyle, QStyleOptionViewItem, QWidget
from ui_driver import ALT, CTRL, LEFT, SHIFT, click, redo_text, replace_text, undo_text

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.achievements_page import AchievementsPage
from planner_gui.ui.pages.review_page import ReviewPage
from planner_gui.ui.pages.rows_page import RowsPage
from planner_gui.ui.widgets.chips import ChipDelegate
from planner_gui.ui.widgets.fields import PlanLineEdit, PlanTextEdit

PageT = TypeVar("PageT", bound=RowsPage)

SAMPLE_COUNTS = {"strong": "Strong: 7", "some": "Some: 2", "limited": "Limited: 0", "none": "None: 0"}
SAMPLE_MISSING = "No achievement recorded yet for Obj. 6, 7, 16"
TITLE = "Mine action budgets kept in national plans"
EVIDENCE = "Ministries kept the line in 2024 budgets."
REC_TEXT = "Publish the Monitor in fewer languages"
REC_RESPONSE = "Translations cost more than the network can raise."


# ------------------------------------------------------------------ driving


def go_to(qtbot: Any, window: MainWindow, page_class: type[PageT]) -> PageT:
    """Go to the page's step with its Alt+number key, as the facilitator would."""
    [row] = [i for i, page in enumerate(window.workspace.pages) if isinstance(page, page_class)]
    page = window.workspace.pages[row]
    assert isinstance(page, page_class)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + page.number), ALT)
    assert window.workspace.current() == row
    return page


def press_undo(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def press_redo(qtbot: Any, window: MainWindow) -> None:
    combination = window.redo_action.shortcut()[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())


def click_table_row(qtbot: Any, page: RowsPage, row: int) -> None:
    index = page.proxy.index(row, 0)
    page.view.scrollTo(index)
    qtbot.mouseClick(page.view.viewport(), LEFT, pos=page.view.visualRect(index).center())
    assert page.view.currentIndex().row() == row
    assert page.view.hasFocus()


def pick(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in a closed combo box with the arrow keys, as the keyboard would."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    target = combo.findText(text)
    assert target >= 0, text
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    assert combo.currentText() == text


def tick(qtbot: Any, picker: QListWidget, label_start: str) -> None:
    """Click the check box of the picker's item whose text starts with ``label_start``."""
    [item] = [picker.item(i) for i in range(picker.count()) if picker.item(i).text().startswith(label_start)]
    picker.scrollToItem(item)
    option = QStyleOptionViewItem()
    option.rect = picker.visualItemRect(item)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = picker.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, picker)
    qtbot.mouseClick(picker.viewport(), LEFT, pos=box.center())


def checked(picker: QListWidget) -> list[str]:
    return [
        picker.item(i).text().split("  ")[0]
        for i in range(picker.count())
        if picker.item(i).checkState() == Qt.CheckState.Checked
    ]


# ------------------------------------------------------------------ reading


def table(page: RowsPage) -> list[list[str]]:
    """What the table shows, row by row (through the filter)."""
    proxy = page.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def summary(page: AchievementsPage) -> tuple[dict[str, str], str]:
    return {level: label.text() for level, label in page.level_labels.items()}, page.missing_label.text()


def file_achievements(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """(title, contribution, evidence, objective numbers) per achievement, in the file's order."""
    doc = PlanDocument.open_snapshot(path)
    try:
        return [
            (
                row.title,
                row.contribution,
                row.evidence,
                [doc.structure.objective(oid).number for oid in doc.walkthrough.outcome_objectives(row.id)],
            )
            for row in doc.lists.rows(OUTCOMES)
        ]
    finally:
        doc.close()


def file_positions(path: Path, table_name: str, column: str) -> list[tuple[int, str]]:
    """(position, text) per row of the table as stored, read with sqlite3."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = f"SELECT position, {column} FROM {table_name} ORDER BY position"
        return [(position, text) for position, text in connection.execute(query)]
    finally:
        connection.close()


def file_recommendations(path: Path) -> list[tuple[str, str, str]]:
    doc = PlanDocument.open_snapshot(path)
    try:
        return [(row.text, row.status, row.response) for row in doc.lists.rows(RECOMMENDATIONS)]
    finally:
        doc.close()


# ------------------------------------------------------------ achievements


def test_an_achievement_typed_ticked_and_moved_is_undone_step_by_step_and_found_after_reopening(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, make_window: Callable[..., MainWindow]
) -> None:
    window = sample_window
    page = go_to(qtbot, window, AchievementsPage)
    original_table = table(page)
    original_file = file_achievements(sample_plan)
    assert len(original_table) == 9
    assert summary(page) == (SAMPLE_COUNTS, SAMPLE_MISSING)
    assert isinstance(page.view.itemDelegateForColumn(2), ChipDelegate)

    # Add after the last achievement, with the keyboard: the title field takes the typing.
    click_table_row(qtbot, page, 8)
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL | SHIFT)
    title = page.form.editors["title"]
    assert isinstance(title, PlanLineEdit)
    assert title.hasFocus()
    assert title.text() == "New achievement"
    assert table(page)[9] == ["New achievement", "—", "Some", ""]
    assert page.view.currentIndex().row() == 9
    assert summary(page)[0]["some"] == "Some: 3"
    assert undo_text(window) == "Undo Add achievement"

    replace_text(qtbot, title, TITLE)
    evidence = page.form.editors["evidence"]
    assert isinstance(evidence, PlanTextEdit)
    click(qtbot, evidence)
    qtbot.keyClicks(evidence, EVIDENCE)
    contribution = page.form.editors["contribution"]
    assert isinstance(contribution, QComboBox)
    pick(qtbot, contribution, "Limited")
    tick(qtbot, page.picker, "Obj. 16 ")
    tick(qtbot, page.picker, "Obj. 6 ")

    assert checked(page.picker) == ["Obj. 6", "Obj. 16"]
    assert table(page)[9] == [TITLE, "Obj. 6, Obj. 16", "Limited", EVIDENCE]
    assert page.proxy.index(9, 2).data(Qt.ItemDataRole.EditRole) == "limited"  # the chip's colour
    counts, missing = summary(page)
    assert counts == {**SAMPLE_COUNTS, "limited": "Limited: 1"}
    assert missing == "No achievement recorded yet for Obj. 7"
    assert file_achievements(sample_plan)[9] == (TITLE, "limited", EVIDENCE, ["6", "16"])

    # Up one place with Ctrl+Up, from the table.
    click_table_row(qtbot, page, 9)
    qtbot.keyClick(page.view, Qt.Key.Key_Up, CTRL)

    assert [row[0] for row in table(page)] == [*[row[0] for row in original_table[:8]], TITLE, original_table[8][0]]
    assert page.view.currentIndex().row() == 8
    positions = file_positions(sample_plan, "outcome", "title")
    assert positions[8:] == [(8, TITLE), (9, original_table[8][0])]
    assert [p for p, _ in positions] == list(range(10))
    assert undo_text(window) == f"Undo Move achievement “{TITLE[:40]}”"

    # Undo it all, one Ctrl+Z at a time.
    press_undo(qtbot, window)
    assert table(page)[9][0] == TITLE
    assert file_positions(sample_plan, "outcome", "title")[9] == (9, TITLE)

    press_undo(qtbot, window)
    assert table(page)[9][1] == "Obj. 16"
    assert summary(page)[1] == "No achievement recorded yet for Obj. 6, 7"
    assert file_achievements(sample_plan)[9][3] == ["16"]

    press_undo(qtbot, window)
    assert table(page)[9][1] == "—"
    assert summary(page)[1] == SAMPLE_MISSING
    assert file_achievements(sample_plan)[9][3] == []

    press_undo(qtbot, window)
    assert table(page)[9][2] == "Some"
    assert summary(page)[0] == {**SAMPLE_COUNTS, "some": "Some: 3"}
    assert file_achievements(sample_plan)[9][1] == "some"

    press_undo(qtbot, window)
    assert table(page)[9] == [TITLE, "—", "Some", ""]
    assert file_achievements(sample_plan)[9] == (TITLE, "some", "", [])

    press_undo(qtbot, window)
    assert table(page)[9] == ["New achievement", "—", "Some", ""]
    assert undo_text(window) == "Undo Add achievement"

    press_undo(qtbot, window)
    assert table(page) == original_table
    assert summary(page) == (SAMPLE_COUNTS, SAMPLE_MISSING)
    assert file_achievements(sample_plan) == original_file
    assert not window.undo_action.isEnabled()
    assert redo_text(window) == "Redo Add achievement"

    # Redo it all.
    for _ in range(7):
        press_redo(qtbot, window)
    assert not window.redo_action.isEnabled()
    expected_rows = [*original_table[:8], [TITLE, "Obj. 6, Obj. 16", "Limited", EVIDENCE], original_table[8]]
    assert table(page) == expected_rows
    assert summary(page) == (
        {**SAMPLE_COUNTS, "limited": "Limited: 1"},
        "No achievement recorded yet for Obj. 7",
    )
    expected_file = [*original_file[:8], (TITLE, "limited", EVIDENCE, ["6", "16"]), original_file[8]]
    assert file_achievements(sample_plan) == expected_file

    # Close, reopen in a new window: all there.
    window.close()
    again = make_window()
    assert again.open_path(sample_plan)
    reopened = go_to(qtbot, again, AchievementsPage)
    assert table(reopened) == expected_rows
    assert summary(reopened) == (
        {**SAMPLE_COUNTS, "limited": "Limited: 1"},
        "No achievement recorded yet for Obj. 7",
    )
    click_table_row(qtbot, reopened, 8)
    assert reopened.form.editors["title"].text() == TITLE  # type: ignore[attr-defined]
    assert reopened.form.editors["evidence"].toPlainText() == EVIDENCE  # type: ignore[attr-defined]
    assert reopened.form.editors["contribution"].currentText() == "Limited"  # type: ignore[attr-defined]
    assert checked(reopened.picker) == ["Obj. 6", "Obj. 16"]
    assert not again.undo_action.isEnabled()


def test_the_picker_shows_the_selected_achievements_objectives_and_ticks_change_only_that_one(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = go_to(qtbot, sample_window, AchievementsPage)
    before = file_achievements(sample_plan)
    click_table_row(qtbot, page, 0)
    assert checked(page.picker) == ["Obj. 1"]

    click_table_row(qtbot, page, 2)
    assert checked(page.picker) == ["Obj. 8", "Obj. 11", "Obj. 12"]

    # Ticked from the keyboard: the list keeps its place between ticks.
    page.picker.setFocus()
    qtbot.waitUntil(page.picker.hasFocus)
    qtbot.keyClick(page.picker, Qt.Key.Key_Home)
    for _ in range(5):
        qtbot.keyClick(page.picker, Qt.Key.Key_Down)
    assert page.picker.currentItem().text().startswith("Obj. 6 ")
    qtbot.keyClick(page.picker, Qt.Key.Key_Space)
    assert page.picker.currentItem().text().startswith("Obj. 6 ")
    qtbot.keyClick(page.picker, Qt.Key.Key_Down)
    qtbot.keyClick(page.picker, Qt.Key.Key_Space)

    assert checked(page.picker) == ["Obj. 6", "Obj. 7", "Obj. 8", "Obj. 11", "Obj. 12"]
    assert table(page)[2][1] == "Obj. 6, Obj. 7, Obj. 8, Obj. 11, Obj. 12"
    assert summary(page)[1] == "No achievement recorded yet for Obj. 16"
    after = file_achievements(sample_plan)
    assert after[2][3] == ["6", "7", "8", "11", "12"]
    assert after[:2] + after[3:] == before[:2] + before[3:]
    assert undo_text(sample_window).startswith("Undo Change objectives of achievement “Pressure on States")

    click_table_row(qtbot, page, 0)
    assert checked(page.picker) == ["Obj. 1"]


# ------------------------------------------------------------------ review


def test_a_recommendation_typed_filtered_moved_deleted_and_undeleted_is_there_after_reopening(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, make_window: Callable[..., MainWindow]
) -> None:
    window = sample_window
    page = go_to(qtbot, window, ReviewPage)
    original_texts = [row[0] for row in table(page)]
    assert len(original_texts) == 5

    # Add after the third recommendation, type it in, set its status.
    click_table_row(qtbot, page, 2)
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL | SHIFT)
    text = page.form.editors["text"]
    assert isinstance(text, PlanTextEdit)
    assert text.hasFocus()
    assert page.view.currentIndex().row() == 3
    assert table(page)[3] == ["New recommendation", "Pending", ""]
    replace_text(qtbot, text, REC_TEXT)
    response = page.form.editors["response"]
    assert isinstance(response, PlanTextEdit)
    click(qtbot, response)
    qtbot.keyClicks(response, REC_RESPONSE)
    status = page.form.editors["status"]
    assert isinstance(status, QComboBox)
    pick(qtbot, status, "Not accepted")

    assert table(page)[3] == [REC_TEXT, "Not accepted", REC_RESPONSE]
    assert file_recommendations(sample_plan)[3] == (REC_TEXT, "not accepted", REC_RESPONSE)
    assert undo_text(window) == "Undo Edit status of recommendation 4"

    # The filter: only that status, then all again.
    pick(qtbot, page.filter, "Not accepted")
    assert table(page) == [[REC_TEXT, "Not accepted", REC_RESPONSE]]
    pick(qtbot, page.filter, "Pending")
    assert [row[1] for row in table(page)] == ["Pending"]
    pick(qtbot, page.filter, "Accepted")
    assert [row[1] for row in table(page)] == ["Accepted"] * 3
    pick(qtbot, page.filter, "All recommendations")
    assert len(table(page)) == 6

    # Down one place with Ctrl+Down.
    click_table_row(qtbot, page, 3)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, CTRL)
    moved = [*original_texts[:3], original_texts[3], REC_TEXT, original_texts[4]]
    assert [row[0] for row in table(page)] == moved
    assert page.view.currentIndex().row() == 4
    assert file_positions(sample_plan, "recommendation", "text") == list(enumerate(moved))

    # Delete it with the Delete key; Ctrl+Z brings it back in its place.
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [row[0] for row in table(page)] == [t for t in moved if t != REC_TEXT]
    assert [t for _, t in file_positions(sample_plan, "recommendation", "text")] == original_texts
    assert undo_text(window) == "Undo Delete recommendation 5"

    press_undo(qtbot, window)
    assert table(page)[4] == [REC_TEXT, "Not accepted", REC_RESPONSE]
    assert [row[0] for row in table(page)] == moved
    assert file_positions(sample_plan, "recommendation", "text") == list(enumerate(moved))
    assert file_recommendations(sample_plan)[4] == (REC_TEXT, "not accepted", REC_RESPONSE)

    window.close()
    again = make_window()
    assert again.open_path(sample_plan)
    reopened = go_to(qtbot, again, ReviewPage)
    assert [row[0] for row in table(reopened)] == moved
    assert table(reopened)[4] == [REC_TEXT, "Not accepted", REC_RESPONSE]
    click_table_row(qtbot, reopened, 4)
    assert reopened.form.editors["text"].toPlainText() == REC_TEXT  # type: ignore[attr-defined]
    assert reopened.form.editors["response"].toPlainText() == REC_RESPONSE  # type: ignore[attr-defined]
    assert reopened.form.editors["status"].currentText() == "Not accepted"  # type: ignore[attr-defined]


def test_adding_a_recommendation_the_filter_would_hide_shows_all_and_types_into_the_new_one(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = go_to(qtbot, sample_window, ReviewPage)
    before = file_recommendations(sample_plan)
    pick(qtbot, page.filter, "Accepted")
    assert len(table(page)) == 3
    click_table_row(qtbot, page, 0)

    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL | SHIFT)

    assert page.filter.currentText() == "All recommendations"
    assert len(table(page)) == 6
    assert page.view.currentIndex().row() == 1
    assert table(page)[1] == ["New recommendation", "Pending", ""]
    text = page.form.editors["text"]
    assert text.hasFocus()
    replace_text(qtbot, text, REC_TEXT)  # type: ignore[arg-type]
    assert file_recommendations(sample_plan) == [before[0], (REC_TEXT, "pending", ""), *before[1:]]


# --------------------------------------------------------------- read-only


def test_read_only_plan_offers_no_way_to_change_achievements_or_review(
    qtbot: Any, read_only_window: MainWindow, sample_plan: Path
) -> None:
    second = read_only_window
    before = sample_plan.read_bytes()

    for page_class in (AchievementsPage, ReviewPage):
        page = go_to(qtbot, second, page_class)
        rows_before = table(page)
        assert rows_before
        for button in (page.add_button, page.up_button, page.down_button, page.delete_button):
            assert not button.isEnabled(), (page.title, button.text())
        click_table_row(qtbot, page, 1)
        assert page.form.stack.currentIndex() == 1  # the row is shown, to read
        for name, editor in page.form.editors.items():
            if isinstance(editor, PlanLineEdit | PlanTextEdit):
                assert editor.isReadOnly(), (page.title, name)
            else:
                assert not editor.isEnabled(), (page.title, name)

        # The keys do nothing either.
        qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL | SHIFT)
        qtbot.keyClick(page.view, Qt.Key.Key_Down, CTRL)
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
        first_editor: QWidget = page.form.editors[page.first_field]
        click(qtbot, first_editor)
        qtbot.keyClicks(first_editor, "typed anyway")
        assert table(page) == rows_before

    page = go_to(qtbot, second, AchievementsPage)
    click_table_row(qtbot, page, 0)
    assert page.picker.count() == 16
    for i in range(page.picker.count()):
        assert not page.picker.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
    ticked = checked(page.picker)
    tick(qtbot, page.picker, "Obj. 6 ")
    assert checked(page.picker) == ticked == ["Obj. 1"]

    assert not second.undo_action.isEnabled()
    assert sample_plan.read_bytes() == before


def test_a_status_chip_opens_its_list_with_f2_and_the_choice_is_undoable(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = go_to(qtbot, sample_window, ReviewPage)
    click_table_row(qtbot, page, 0)
    status = page.proxy.index(0, 1)
    before = status.data()
    page.view.setCurrentIndex(status)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    combo = page.view.indexWidget(status) or page.view.findChild(QComboBox)
    assert isinstance(combo, QComboBox) and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Accepted",
        "Partly accepted",
        "Not accepted",
        "Pending",
    ]
    choice = "Not accepted" if before != "Not accepted" else "Pending"
    combo.setCurrentIndex(combo.findText(choice))
    combo.activated.emit(combo.currentIndex())
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert page.proxy.index(0, 1).data() == choice
    assert file_recommendations(sample_plan)[0][1] == choice.lower()
    press_undo(qtbot, sample_window)
    assert page.proxy.index(0, 1).data() == before
    assert file_recommendations(sample_plan)[0][1] == before.lower()


def test_a_status_changed_out_of_the_filter_by_arrow_keys_stays_on_its_own_row(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    """Show: Accepted, recommendation 1's status walked down with the arrows: the form stays on it (the filter
    shows all), and the second key changes it again, never the next recommendation."""
    page = go_to(qtbot, sample_window, ReviewPage)
    page.filter.setCurrentIndex(page.filter.findText("Accepted"))
    click_table_row(qtbot, page, 0)
    qtbot.keyClick(sample_window, Qt.Key.Key_T, ALT)  # S&tatus
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    statuses = committed(sample_plan, "SELECT status FROM recommendation ORDER BY position")
    assert statuses[:2] == [("not accepted",), ("accepted",)]
    assert page.filter.currentIndex() == 0
