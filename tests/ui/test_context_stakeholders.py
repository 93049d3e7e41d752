"""The context step's stakeholders table: added, edited in place, reordered, deleted, each undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from context_driver import (
    SAMPLE_STAKEHOLDERS,
    PageOpener,
    click_cell,
    file_stakeholders,
    type_in_editor,
    undo,
    undo_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from ui_driver import CTRL, click

from planner_gui.ui.pages.stakeholders_tab import KIND, NAME, ROLE


@pytest.fixture
def open_page(qtbot: Any) -> Iterator[PageOpener]:
    opener = PageOpener(qtbot)
    yield opener
    opener.close_all()


# ------------------------------------------------------------ stakeholders


def test_stakeholders_are_added_edited_reordered_and_deleted_in_the_table(
    qtbot: Any, open_page: PageOpener, sample_plan: Path
) -> None:
    page = open_page(sample_plan)
    page.tabs.setCurrentIndex(1)
    tab = page.stakeholders
    view = tab.view
    assert page.tabs.tabText(1) == "Stakeholders (7)"
    click_cell(qtbot, view, 1, NAME)  # Donor governments

    click(qtbot, tab.add_button)
    type_in_editor(qtbot, "Parliamentarians")
    assert file_stakeholders(sample_plan)[2] == ("Parliamentarians", "other", "")
    assert page.tabs.tabText(1) == "Stakeholders (8)"

    click_cell(qtbot, view, 2, KIND)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # “State”, the first kind
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert view.model().index(2, KIND).data() == "State"

    click_cell(qtbot, view, 2, ROLE)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_in_editor(qtbot, "Vote the laws")
    assert file_stakeholders(sample_plan)[2] == ("Parliamentarians", "state", "Vote the laws")
    assert tab.form.editors["role"].toPlainText() == "Vote the laws"

    qtbot.keyClick(view, Qt.Key.Key_Up, CTRL)
    assert [s[0] for s in file_stakeholders(sample_plan)][:3] == [
        "States Parties and signatories",
        "Parliamentarians",
        "Donor governments",
    ]
    click_cell(qtbot, view, 7, NAME)  # Media
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Media" not in [s[0] for s in file_stakeholders(sample_plan)]
    assert undo_text(page) == "Delete stakeholder “Media”"

    undo(page, 6)  # delete, move, role, kind, name, add
    assert [s[0] for s in file_stakeholders(sample_plan)] == SAMPLE_STAKEHOLDERS
    assert page.tabs.tabText(1) == "Stakeholders (7)"
