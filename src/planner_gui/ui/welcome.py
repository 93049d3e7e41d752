"""The first screen: start a plan, open one, try the sample, or pick a recent plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui import APP_NAME
from planner_gui.ui import icons

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomeScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 3)
        outer.addStretch(1)
        column.addStretch(1)
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(QSize(72, 72)))
        title = QLabel(APP_NAME, objectName="welcomeTitle")
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        column.addLayout(heading)
        blurb = QLabel(
            "Run your board's strategic-plan review: look back at what was achieved, rank every "
            "objective, agree strategies, and leave with the revised plan. Everything is saved as "
            "you type, and nothing needs the internet."
        )
        blurb.setWordWrap(True)
        column.addWidget(blurb)
        column.addSpacing(16)
        buttons = QHBoxLayout()
        self.new_button = self._button("New plan…", "new", "Start an empty plan file", self.new_requested)
        self.open_button = self._button("Open plan…", "open", "Open a .retreat plan file", self.open_requested)
        self.sample_button = self._button(
            "Open the sample plan",
            "sample",
            "A fresh copy of a real plan review, to try things out",
            self.sample_requested,
        )
        self.new_button.setProperty("primary", True)
        self.new_button.setIcon(icons.icon("new", "white"))
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        column.addSpacing(16)
        self.recent_label = QLabel("Recent plans", objectName="sectionLabel")
        column.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent plans")
        self.recent.itemActivated.connect(self._recent_activated)
        column.addWidget(self.recent, 2)
        column.addStretch(1)

    def _button(self, text: str, icon_name: str, tip: str, signal: Signal) -> QPushButton:  # type: ignore[type-arg]
        button = QPushButton(icons.icon(icon_name), text, objectName="welcomeButton")
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.setIconSize(QSize(24, 24))
        button.clicked.connect(signal.emit)
        return button

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            exists = path.exists()
            item = QListWidgetItem(icons.icon("open"), f"{path.stem}    —    {path.parent}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path) if exists else f"{path} (not found: moved, renamed or on a removed stick)")
            if not exists:
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(PATH_ROLE)))
