"""The first screen: start a plan, open one, try the sample, or pick a recent plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
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
from planner_gui.ui.presentation import scale_text
from planner_gui.ui.widgets.names import named

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomeScreen(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(Path)
    keep_sample_requested = Signal(Path)

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
        title = scale_text(named(QLabel(APP_NAME), "welcomeTitle"), 2.2, bold=True)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        column.addLayout(heading)
        blurb = QLabel(
            self.tr(
                "Run your board's strategic-plan review: look back at what was achieved, rank every "
                "objective, agree strategies, and leave with the revised plan. Everything is saved as "
                "you type, and nothing needs the internet."
            )
        )
        blurb.setWordWrap(True)
        column.addWidget(blurb)
        column.addSpacing(16)
        buttons = QHBoxLayout()
        self.new_button = self._button(
            self.tr("&New plan…"), "new", self.tr("Start an empty plan file"), self.new_requested
        )
        self.open_button = self._button(
            self.tr("&Open plan…"), "open", self.tr("Open a .retreat plan file"), self.open_requested
        )
        self.sample_button = self._button(
            self.tr("Open the &sample plan"),
            "sample",
            self.tr("A fresh copy of a real plan review, to try things out"),
            self.sample_requested,
        )
        self.new_button.setProperty("primary", True)
        self.new_button.setIcon(icons.icon("new", "white"))
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        column.addSpacing(16)
        self.recent_label = named(QLabel(self.tr("&Recent plans")), "sectionLabel")
        column.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent_label.setBuddy(self.recent)
        self.recent.setAccessibleName(self.tr("Recent plans"))
        self.recent.itemActivated.connect(self._recent_activated)
        column.addWidget(self.recent, 2)
        keep = QHBoxLayout()
        self.sample_note = QLabel()
        self.sample_note.setWordWrap(True)
        self.keep_sample_button = QPushButton(icons.icon("save-as"), self.tr("&Keep It as My Own Plan…"))
        self.keep_sample_button.setToolTip(self.tr("Save the sample copy under a name and in a folder of your choice"))
        self._sample_copy = Path()
        self.keep_sample_button.clicked.connect(lambda: self.keep_sample_requested.emit(self._sample_copy))
        keep.addWidget(self.sample_note, 1)
        keep.addWidget(self.keep_sample_button)
        column.addLayout(keep)
        column.addStretch(1)

    def _button(self, text: str, icon_name: str, tip: str, signal: SignalInstance) -> QPushButton:
        button = scale_text(named(QPushButton(icons.icon(icon_name), text), "welcomeButton"), 1.1)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setIconSize(QSize(24, 24))
        button.clicked.connect(signal.emit)
        return button

    def set_recent(self, paths: list[Path], samples: Path | None = None) -> None:
        """List ``paths``; those in ``samples`` (the sample copies' folder) are named as sample copies."""
        self.recent.clear()
        sample_copies = [p for p in paths if samples is not None and p.parent == samples and p.exists()]
        for path in paths:
            exists = path.exists()
            where = self.tr("a copy of the sample plan") if path in sample_copies else str(path.parent)
            item = QListWidgetItem(
                icons.icon("sample" if path in sample_copies else "open"), f"{path.stem}    —    {where}"
            )
            item.setData(PATH_ROLE, str(path))
            missing = self.tr("{path} (not found: moved, renamed or on a removed stick)").format(path=path)
            item.setToolTip(str(path) if exists else missing)
            if not exists:
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
        self._sample_copy = sample_copies[0] if sample_copies else Path()
        self.sample_note.setText(
            self.tr(
                "“{name}” is a copy of the sample plan, kept in the program's own folder. "
                "Worked in it? Keep it as a plan of your own, where you keep your files."
            ).format(name=self._sample_copy.stem)
        )
        self.sample_note.setVisible(bool(sample_copies))
        self.keep_sample_button.setVisible(bool(sample_copies))

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(PATH_ROLE)))
