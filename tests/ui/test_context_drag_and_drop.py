"""Context points and sections moved with the mouse: drops on the model and drags in the tree, each undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from context_driver import (
    EDIT,
    LEADS,
    MANDATE,
    MOVE,
    PEOPLE,
    PageOpener,
    drag_in_view,
    file_outline,
    find,
    model_of,
    model_tester,
    outline,
    section_points,
    select,
    undo,
    undo_text,
)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeView


@pytest.fixture
def open_page(qtbot: Any) -> Iterator[PageOpener]:
    opener = PageOpener(qtbot)
    yield opener
    opener.close_all()


# ------------------------------------------------------------ drag and drop


def test_dropping_a_point_onto_another_point_makes_it_its_sub_point(open_page: PageOpener, sample_plan: Path) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    before = file_outline(sample_plan)
    title = "Comparative advantage / added value"

    with model_tester(model) as failures:
        dragged = find(model, "Links actors")
        assert not model.dropMimeData(model.mimeData([dragged]), MOVE, -1, 0, find(model, LEADS))
        points = section_points(file_outline(sample_plan), title)
        assert points[0][1] == ["Links actors at international and national level."]
        assert section_points(outline(model), title) == points

        undo(page)
        assert file_outline(sample_plan) == before == outline(model)
    assert failures == []


def test_dropping_a_point_between_the_points_of_another_section_moves_it_there(
    open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    before = file_outline(sample_plan)

    with model_tester(model) as failures:
        dragged = find(model, "Speaks for civil society")
        model.dropMimeData(model.mimeData([dragged]), MOVE, 0, 0, find(model, "Mandate"))
        assert [p for p, _ in section_points(file_outline(sample_plan), "Mandate")] == [
            "Speaks for civil society with one clear voice.",
            MANDATE,
        ]
        assert undo_text(page) == "Move point “Speaks for civil society with one clear…”"
        undo(page)
    assert failures == []
    assert file_outline(sample_plan) == before == outline(model)


def test_dropping_a_section_among_the_sections_reorders_them(open_page: PageOpener, sample_plan: Path) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    before = file_outline(sample_plan)

    with model_tester(model) as failures:
        model.dropMimeData(model.mimeData([find(model, "Key stakeholders")]), MOVE, 0, 0, QModelIndex())
        assert [s for s, _ in file_outline(sample_plan)][:2] == ["Key stakeholders", "Challenges remaining"]
        model.dropMimeData(model.mimeData([find(model, "Key stakeholders")]), MOVE, -1, 0, QModelIndex())
        assert file_outline(sample_plan) == before
        undo(page, 2)
    assert failures == []
    assert file_outline(sample_plan) == before == outline(model)


def test_drops_that_would_break_the_two_levels_are_refused(open_page: PageOpener, sample_plan: Path) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    people = find(model, PEOPLE)  # it has sub-points
    data = model.mimeData([people])
    assert not model.canDropMimeData(data, MOVE, -1, 0, find(model, LEADS))  # under another point
    assert not model.canDropMimeData(data, MOVE, 0, 0, QModelIndex())  # among the sections
    sub = find(model, "Staff numbers have been falling")
    assert not model.canDropMimeData(model.mimeData([sub]), MOVE, -1, 0, sub)  # under a sub-point
    assert not (model.flags(sub) & Qt.ItemFlag.ItemIsDropEnabled)
    assert model.canDropMimeData(data, MOVE, -1, 0, find(model, "Mandate"))


def test_dragging_a_point_in_the_tree_onto_a_point_and_then_above_a_section_point(
    open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    tree: QTreeView = page.tree
    before = file_outline(sample_plan)
    title = "Comparative advantage / added value"

    with model_tester(model) as failures:
        tree.scrollTo(find(model, "Links actors"))
        drag_in_view(tree, find(model, "Links actors"), find(model, "Gives policy guidance"), "on")
        points = section_points(file_outline(sample_plan), title)
        assert ("Gives policy guidance that drives both treaties forward.", [
            "Links actors at international and national level."
        ]) in points  # fmt: skip

        tree.scrollTo(find(model, MANDATE))
        drag_in_view(tree, find(model, "Speaks for civil society"), find(model, MANDATE), "above")
        assert section_points(file_outline(sample_plan), "Mandate")[0][0].startswith("Speaks for")
        assert outline(model) == file_outline(sample_plan)

        undo(page, 2)
    assert failures == []
    assert file_outline(sample_plan) == before == outline(model)


# ------------------------------------------------------- between sections


def test_a_point_moved_to_another_section_takes_its_sub_points_along(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    model = model_of(page)
    before = file_outline(sample_plan)
    people = section_points(before, "Capacities")[1]
    assert people[0].startswith(PEOPLE) and len(people[1]) == 2

    with model_tester(model) as failures:
        select(qtbot, page, PEOPLE)
        page.move_menu.aboutToShow.emit()
        titles = {a.text(): a for a in page.move_menu.actions()}
        assert not titles["Capacities"].isEnabled()
        titles["Challenges"].trigger()

        after = file_outline(sample_plan)
        assert section_points(after, "Challenges")[-1] == people
        assert people not in section_points(after, "Capacities")
        assert outline(model) == after
        assert model.data(page.tree.currentIndex(), EDIT).startswith(PEOPLE)
        assert page.panel.title.text() == "Challenges"

        undo(page)
    assert failures == []
    assert file_outline(sample_plan) == before == outline(model)
