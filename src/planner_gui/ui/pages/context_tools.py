"""The context analysis's tool bar: a tool bar, so that in presentation mode what no longer fits goes under its »."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QToolBar, QToolButton, QWidget

from planner_gui.ui import icons

if TYPE_CHECKING:
    from planner_gui.ui.pages.context_page import ContextPage


def analysis_toolbar(page: ContextPage) -> QToolBar:
    """The page's actions in a tool bar, Add point first as the page's primary button (in the page's words)."""
    bar = QToolBar(QCoreApplication.translate("ContextPage", "Context analysis tools"))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    page.add_point_button = QPushButton(
        icons.icon("add", "white"), QCoreApplication.translate("ContextPage", "Add point")
    )
    page.add_point_button.setProperty("primary", True)
    page.add_point_button.setToolTip(page.add_point_action.toolTip())
    page.add_point_button.setAccessibleName(QCoreApplication.translate("ContextPage", "Add point"))
    page.add_point_button.clicked.connect(page.add_point_action.trigger)
    page.add_point_action.enabledChanged.connect(page.add_point_button.setEnabled)
    bar.addWidget(page.add_point_button)
    bar.addActions([page.add_sub_point_action, page.add_section_action])
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addActions([page.indent_action, page.outdent_action, page.up_action, page.down_action])
    bar.addActions([page.move_action, page.delete_action])
    move_button = bar.widgetForAction(page.move_action)
    assert isinstance(move_button, QToolButton)
    page.move_button = move_button
    page.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    page.toolbar = bar
    return bar
