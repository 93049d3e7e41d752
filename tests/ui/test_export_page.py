"""Step 7 through the real widgets: the workbook out (button and Ctrl+E), the Changes and the review's
baseline (undoable), a template, and File > New from Spreadsheet, including a workbook with problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from ui_driver import activate, click, undo_text

from conftest import ScriptedDialogs
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.export_page import ExportPage

CTRL = Qt.KeyboardModifier.ControlModifier


def export_page(window: MainWindow) -> ExportPage:
    row = next(i for i, p in enumerate(window.workspace.pages) if isinstance(p, ExportPage))
    window.workspace.go_to(row)
    page = window.workspace.pages[row]
    assert isinstance(page, ExportPage) and page.isVisible()
    return page


def change_rows(page: ExportPage) -> list[tuple[str, str]]:
    table = page.changes
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_export_writes_the_workbook_and_opens_it_on_request(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path, opened: list[str]
) -> None:
    page = export_page(sample_window)
    out = tmp_path / "revised.xlsx"
    fake_dialogs.answer("ask_save_path", out)
    fake_dialogs.answer("ask_yes_no", True)
    click(qtbot, page.export_button)
    [asked] = fake_dialogs.of("ask_save_path")
    assert asked.text.endswith("sample - revised plan.xlsx")  # suggested next to the plan
    [done] = fake_dialogs.of("ask_yes_no")
    assert done.text == f"The revised plan is in {out}."
    assert opened == [str(out)]
    wb = openpyxl.load_workbook(out)
    assert wb["Objectives"]["D2"].value == "High"
    assert [row[1] for row in wb["Changes"].iter_rows(min_row=2, values_only=True)] == [
        "Goal 4",
        "Obj. 7",
        "Obj. 11",
        "Obj. 12",
        "Obj. 14",
    ]

    # Ctrl+E from anywhere does the same; declining to open it leaves it closed.
    sample_window.workspace.go_to(0)
    again = tmp_path / "again.xlsx"
    fake_dialogs.answer("ask_save_path", again)
    fake_dialogs.answer("ask_yes_no", False)
    activate(qtbot, sample_window)  # a shortcut goes to the active window
    qtbot.keyClick(sample_window, Qt.Key.Key_E, CTRL)
    assert again.exists() and opened == [str(out)]


def test_a_failed_export_says_why_and_leaves_the_earlier_file(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = export_page(sample_window)
    fake_dialogs.answer("ask_save_path", tmp_path / "missing" / "revised.xlsx")
    click(qtbot, page.export_button)
    [error] = fake_dialogs.take("show_error")
    assert error.title == "The workbook was not written"
    assert "does not exist" in error.text
    assert not (tmp_path / "missing").exists()


def test_the_changes_follow_the_plan_and_starting_the_review_here_is_undoable(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = export_page(sample_window)
    assert change_rows(page) == [
        ("Goal folded", "Goal 4"),
        ("Objective dropped", "Obj. 7"),
        ("Objective dropped", "Obj. 11"),
        ("Objective dropped", "Obj. 12"),
        ("Objective dropped", "Obj. 14"),
    ]
    assert "4 goals, 16 objectives" in page.baseline_label.text()
    assert page.no_changes.isHidden()
    doc = sample_window.plan.doc  # type: ignore[union-attr]
    doc.ranking.set_decision(doc.structure.find_objective("9").id, priority="dropped")  # type: ignore[union-attr]
    assert ("Objective dropped", "Obj. 9") in change_rows(page)

    click(qtbot, page.baseline_button)
    assert change_rows(page) == []
    assert page.no_changes.isVisible() and page.no_changes.text().startswith("Nothing has changed yet")
    assert undo_text(sample_window) == "Undo Start review from here"
    sample_window.undo_action.trigger()
    assert len(change_rows(page)) == 6
    sample_window.redo_action.trigger()
    assert change_rows(page) == []
    sample_window.close_plan()
    assert sample_window.open_path(sample_plan)
    assert change_rows(export_page(sample_window)) == []  # the baseline is in the file


def test_a_template_is_written_where_asked(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = export_page(sample_window)
    out = tmp_path / "blank.xlsx"
    fake_dialogs.answer("ask_save_path", out)
    click(qtbot, page.template_button)
    [note] = fake_dialogs.take("inform")
    assert "File > New from Spreadsheet" in note.text
    assert openpyxl.load_workbook(out).sheetnames[0] == "Instructions"


def test_new_from_spreadsheet_opens_the_plan_made_from_an_exported_workbook(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path, opened: list[str]
) -> None:
    out = tmp_path / "revised.xlsx"
    fake_dialogs.answer("ask_save_path", out)
    fake_dialogs.answer("ask_yes_no", False)
    sample_window.out.export_workbook.trigger()
    made = tmp_path / "from workbook.retreat"
    fake_dialogs.answer("ask_open_path", out)
    fake_dialogs.answer("ask_save_path", made)
    sample_window.out.new_from_spreadsheet.trigger()
    assert sample_window.plan is not None and sample_window.plan.doc.path == made
    assert sample_window.windowTitle().startswith("Strategic Plan 2012–2015 — ")
    assert sample_window.plan.doc.ranking.decision_counts()["high"] == 6
    assert change_rows(export_page(sample_window)) == []  # a plan read in starts its review there


def test_a_workbook_with_problems_is_refused_with_each_problem_and_no_file(
    qtbot: Any, window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    source = tmp_path / "plan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Plan"
    ws.append(["Field", "Value"])
    goals = wb.create_sheet("Goals")
    goals.append(["Number", "Title"])
    goals.append([1, "Ban"])
    objectives = wb.create_sheet("Objectives")
    objectives.append(["Goal", "Number", "Objective", "Priority"])
    objectives.append([2, 1, "Under a goal that isn't there", "Soon"])
    wb.save(source)
    made = tmp_path / "new.retreat"
    fake_dialogs.answer("ask_open_path", source)
    fake_dialogs.answer("ask_save_path", made)
    window.out.new_from_spreadsheet.trigger()
    [error] = fake_dialogs.take("show_error")
    assert error.title == "The plan was not made"
    assert error.text.splitlines()[1:] == [
        "Objectives, row 2, column A (Goal): Goal 2 is not on the Goals sheet.",
        "Objectives, row 2, column D (Priority): “Soon” is not a priority; write High, Medium, Low or Dropped.",
    ]
    assert not made.exists() and window.plan is None


def test_the_plan_s_documents_language_is_chosen_on_the_plan_page_undoably_and_the_workbook_follows(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path, opened: list[str]
) -> None:
    window = sample_window
    window.workspace.go_to(0)
    combo = window.workspace.pages[0].plan_fields.language  # type: ignore[attr-defined]
    assert combo.currentText() == "English" and combo.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Français", "Español"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard's way: no popup needed
    assert window.plan is not None and window.plan.doc.plan.language == "fr"
    assert undo_text(window) == "Undo Write the plan's documents in Français"
    assert window.menuBar().actions()[0].text() == "&File"  # the window keeps speaking English

    page = export_page(window)
    out = tmp_path / "revue.xlsx"
    fake_dialogs.answer("ask_save_path", out)
    fake_dialogs.answer("ask_yes_no", False)
    click(qtbot, page.export_button)
    wb = openpyxl.load_workbook(out)
    assert "Objectifs" in wb.sheetnames and "Objectives" not in wb.sheetnames
    assert wb["Objectifs"]["D2"].value == "Haute"

    window.undo_action.trigger()
    assert window.plan.doc.plan.language == "en" and combo.currentText() == "English"
