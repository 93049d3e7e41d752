"""Step 4, the context page, driven through its widgets: templates, typing, keyboard moves, undo, reopening."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from context_driver import (
    BRINGS,
    EDIT,
    LEADS,
    MANDATE,
    PEOPLE,
    PageOpener,
    close_page,
    file_outline,
    file_stakeholders,
    find,
    model_of,
    model_tester,
    outline,
    section_points,
    select,
    type_in_editor,
    undo,
    undo_text,
)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_driver import ALT, CTRL, SHIFT, click, replace_text

from planner_gui.core.document import PlanDocument


@pytest.fixture
def open_page(qtbot: Any) -> Iterator[PageOpener]:
    opener = PageOpener(qtbot)
    yield opener
    opener.close_all()


@pytest.fixture
def empty_plan(tmp_path: Path) -> Path:
    path = tmp_path / "new.retreat"
    PlanDocument.create(path, title="Board retreat").close()
    return path


# ----------------------------------------------------------------- templates


def test_a_new_plan_starts_from_the_template_picked_and_undo_takes_the_choice_back(
    qtbot: Any, open_page: PageOpener, empty_plan: Path
) -> None:
    page = open_page(empty_plan)
    model = model_of(page)
    assert page.analysis_stack.currentWidget() is page.chooser
    assert [b.text() for b in page.chooser.buttons] == [
        "Start with Strategic plan review",
        "Start with SWOT",
        "Start with PESTLE",
    ]
    assert not page.has_content()

    with model_tester(model) as failures:
        click(qtbot, page.chooser.buttons[1])
        swot = [("Strengths", []), ("Weaknesses", []), ("Opportunities", []), ("Threats", [])]
        assert outline(model) == swot
        assert file_outline(empty_plan) == swot
        assert page.analysis_stack.currentWidget() is page.analysis
        assert page.has_content()
        assert undo_text(page) == "Start the context analysis from “SWOT”"
        assert page.panel.prompt.text() == "What do we do well? What do others see as our strengths?"

        undo(page)
        assert outline(model) == file_outline(empty_plan) == []
        assert page.analysis_stack.currentWidget() is page.chooser
        assert not page.has_content()

        page.plan.undo_stack.redo()  # type: ignore[union-attr]
        assert outline(model) == file_outline(empty_plan) == swot
    assert failures == []


def test_a_point_added_after_the_template_survives_undo_and_redo_of_both(
    qtbot: Any, open_page: PageOpener, empty_plan: Path
) -> None:
    page = open_page(empty_plan)
    click(qtbot, page.chooser.buttons[2])
    select(qtbot, page, "Economic")
    click(qtbot, page.add_point_button)
    type_in_editor(qtbot, "Donors cut budgets")
    undo(page, 3)
    assert file_outline(empty_plan) == []
    page.plan.undo_stack.redo()  # type: ignore[union-attr]
    page.plan.undo_stack.redo()  # type: ignore[union-attr]
    page.plan.undo_stack.redo()  # type: ignore[union-attr]
    assert section_points(file_outline(empty_plan), "Economic") == [("Donors cut budgets", [])]


# ------------------------------------------------------------ typing points


def test_typing_a_point_and_a_sub_point_saves_them_as_typed_and_undo_removes_them(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    before = outline(model)

    with model_tester(model) as failures:
        select(qtbot, page, "Mandate")
        click(qtbot, page.add_point_button)
        type_in_editor(qtbot, "Funding for advocacy is shrinking")
        qtbot.keyClick(page.tree, Qt.Key.Key_P, CTRL | SHIFT)  # Add sub-point
        type_in_editor(qtbot, "Two donors left in 2014")
    assert failures == []

    expected = [(MANDATE, []), ("Funding for advocacy is shrinking", ["Two donors left in 2014"])]
    assert section_points(outline(model), "Mandate") == expected
    assert section_points(file_outline(sample_plan), "Mandate") == expected
    assert undo_text(page) == "Edit sub-point “Two donors left in 2014”"

    undo(page, 4)  # the sub-point's text, the sub-point, the point's text, the point
    assert outline(model) == file_outline(sample_plan) == before


def test_a_point_being_typed_is_saved_before_a_shortcut_acts_on_it(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    select(qtbot, page, "Gives policy guidance")
    qtbot.keyClick(page.tree, Qt.Key.Key_N, CTRL | SHIFT)  # Add point, after the selected one
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Trains new campaigners")
    qtbot.keyClick(editor, Qt.Key.Key_BracketRight, CTRL)  # indent, without pressing Enter first
    points = section_points(file_outline(sample_plan), "Comparative advantage / added value")
    assert ("Gives policy guidance that drives both treaties forward.", ["Trains new campaigners"]) in points
    assert undo_text(page) == "Indent “Trains new campaigners”"


def test_the_selected_point_can_be_rewritten_beside_the_tree_in_one_undo_step(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    select(qtbot, page, "Speaks for civil society")

    replace_text(qtbot, page.panel.point, "Speaks for survivors too")
    assert model.data(find(model, "Speaks for"), EDIT) == "Speaks for survivors too"
    saved = section_points(file_outline(sample_plan), "Comparative advantage / added value")
    assert ("Speaks for survivors too", []) in saved
    assert undo_text(page) == "Edit point “Speaks for civil society with one clear…”"

    replace_text(qtbot, page.panel.notes, "Check with the Monitor team")
    doc = page.plan.doc  # type: ignore[union-attr]
    section = next(s for s in doc.context.sections() if s.title.startswith("Comparative"))
    assert section.notes == "Check with the Monitor team"

    undo(page, 2)
    assert model.data(find(model, "Speaks for"), EDIT) == "Speaks for civil society with one clear voice."
    assert page.panel.point.toPlainText() == "Speaks for civil society with one clear voice."


def test_a_section_renamed_in_place_is_renamed_in_the_file(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    select(qtbot, page, "Mandate")
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_in_editor(qtbot, "Mission and mandate")
    assert [s for s, _ in file_outline(sample_plan)][1] == "Mission and mandate"
    assert page.panel.title.text() == "Mission and mandate"
    undo(page)
    assert [s for s, _ in file_outline(sample_plan)][1] == "Mandate"


def test_sections_added_one_after_another_each_get_a_name_of_their_own(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    """Two sections of one name would read back from the workbook as one: "New section", then "New section 2"."""
    page = open_page(sample_plan)
    select(qtbot, page, "Mandate")
    page.add_section_action.trigger()
    page.add_section_action.trigger()
    titles = [s for s, _ in file_outline(sample_plan)]
    assert titles.count("New section") == 1 and titles.count("New section 2") == 1


# -------------------------------------------------------- keyboard moves


def test_indent_and_outdent_by_keyboard_make_a_point_a_sub_point_and_back(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    title = "Comparative advantage / added value"
    before = section_points(file_outline(sample_plan), title)

    with model_tester(model) as failures:
        select(qtbot, page, BRINGS)
        qtbot.keyClick(page.tree, Qt.Key.Key_BracketRight, CTRL)
        points = section_points(file_outline(sample_plan), title)
        assert points[0][0].startswith(LEADS) and points[0][1][0].startswith(BRINGS)
        assert len(points) == len(before) - 1
        assert model.data(page.tree.currentIndex(), EDIT).startswith(BRINGS)  # still selected
        assert page.tree.isExpanded(find(model, LEADS))

        qtbot.keyClick(page.tree, Qt.Key.Key_Left, ALT)  # outdent
        assert section_points(file_outline(sample_plan), title) == before

        qtbot.keyClick(page.tree, Qt.Key.Key_Right, ALT)  # indent
        qtbot.keyClick(page.tree, Qt.Key.Key_BracketLeft, CTRL)  # outdent
        assert section_points(file_outline(sample_plan), title) == before

        undo(page)  # the last outdent
        assert section_points(file_outline(sample_plan), title)[0][1][0].startswith(BRINGS)
        undo(page, 3)
    assert failures == []
    assert section_points(file_outline(sample_plan), title) == before == section_points(outline(model), title)


def test_a_point_with_sub_points_cannot_be_indented(qtbot: Any, open_page: PageOpener, sample_plan: Path) -> None:
    page = open_page(sample_plan)
    before = file_outline(sample_plan)
    select(qtbot, page, PEOPLE)
    assert not page.indent_action.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_BracketRight, CTRL)
    assert file_outline(sample_plan) == before


def test_points_and_sections_reorder_by_keyboard_and_undo_puts_them_back(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    before = file_outline(sample_plan)
    title = "Comparative advantage / added value"

    with model_tester(model) as failures:
        select(qtbot, page, "Speaks for civil society")
        qtbot.keyClick(page.tree, Qt.Key.Key_Up, CTRL)
        qtbot.keyClick(page.tree, Qt.Key.Key_Up, CTRL)
        texts = [p for p, _ in section_points(file_outline(sample_plan), title)]
        assert texts[0].startswith("Speaks for civil society")
        assert model.data(page.tree.currentIndex(), EDIT).startswith("Speaks for civil society")

        select(qtbot, page, "Mandate")
        qtbot.keyClick(page.tree, Qt.Key.Key_Down, CTRL)
        assert [s for s, _ in file_outline(sample_plan)][:3] == ["Challenges remaining", title, "Mandate"]
        assert undo_text(page) == "Move section “Mandate”"

        undo(page, 3)
    assert failures == []
    assert file_outline(sample_plan) == before == outline(model)


# ------------------------------------------------------------------ delete


def test_deleting_a_section_with_points_asks_first_and_undo_brings_it_all_back(
    qtbot: Any, open_page: PageOpener, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    before = file_outline(sample_plan)
    select(qtbot, page, "Capacities")

    fake_dialogs.answer("ask_yes_no", False)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert file_outline(sample_plan) == before
    assert "Delete the section “Capacities” and its 8 points?" in fake_dialogs.of("ask_yes_no")[0].text

    with model_tester(model) as failures:
        fake_dialogs.answer("ask_yes_no", True)
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
        assert "Capacities" not in [s for s, _ in file_outline(sample_plan)]
        assert outline(model) == file_outline(sample_plan)

        select(qtbot, page, "Draws strength")  # a point without sub-points: no question
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
        undo(page, 2)
    assert failures == []
    assert file_outline(sample_plan) == before == outline(model)


def test_a_section_can_be_added_named_and_removed(qtbot: Any, open_page: PageOpener, sample_plan: Path) -> None:
    page = open_page(sample_plan)
    select(qtbot, page, "Mandate")
    qtbot.keyClick(page.tree, Qt.Key.Key_T, CTRL | SHIFT)
    type_in_editor(qtbot, "Funding")
    assert [s for s, _ in file_outline(sample_plan)][:3] == ["Challenges remaining", "Mandate", "Funding"]
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # empty: no question
    assert "Funding" not in [s for s, _ in file_outline(sample_plan)]


# -------------------------------------------------------------- reopening


def test_everything_typed_is_found_again_after_closing_and_reopening_the_plan(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    select(qtbot, page, "Challenges")
    qtbot.keyClick(page.tree, Qt.Key.Key_N, CTRL | SHIFT)
    type_in_editor(qtbot, "Staff turnover")
    qtbot.keyClick(page.tree, Qt.Key.Key_P, CTRL | SHIFT)
    type_in_editor(qtbot, "Three of eight staff left")
    replace_text(qtbot, page.panel.notes, "Raise at the board dinner")
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.stakeholders.add_button)
    type_in_editor(qtbot, "Survivor networks")
    typed = outline(model_of(page))
    close_page(page)

    again = open_page(sample_plan)
    model = model_of(again)
    assert outline(model) == typed
    assert section_points(outline(model), "Challenges")[-1] == ("Staff turnover", ["Three of eight staff left"])
    select(qtbot, again, "Staff turnover")
    assert again.panel.title.text() == "Challenges"
    assert again.panel.notes.toPlainText() == "Raise at the board dinner"
    assert "Survivor networks" in [s[0] for s in file_stakeholders(sample_plan)]
    assert again.stakeholders.count() == 8


def test_a_read_only_plan_shows_the_analysis_but_offers_no_edits(open_page: PageOpener, sample_plan: Path) -> None:
    page = open_page(sample_plan, read_only=True)
    model = model_of(page)
    assert model.rowCount() == 6
    assert not (model.flags(find(model, "Mandate")) & Qt.ItemFlag.ItemIsEditable)
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    for action in (page.add_point_action, page.add_section_action, page.delete_action, page.up_action):
        assert not action.isEnabled()
    assert not page.add_point_button.isEnabled()
    assert page.panel.notes.isReadOnly() and page.panel.title.isReadOnly()
    assert not page.stakeholders.add_button.isEnabled()
