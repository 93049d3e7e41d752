"""Starting the GUI: a plan opened from the desktop (macOS Finder's FileOpen event) opens in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from planner_gui.ui.app import DESKTOP_ID, FileOpenFilter, make_application
from planner_gui.ui.main_window import MainWindow


def test_a_file_open_event_opens_the_plan_in_the_window(
    qapp: QApplication, window: MainWindow, sample_plan: Path
) -> None:
    watcher = FileOpenFilter(window.open_path, qapp)
    qapp.installEventFilter(watcher)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(sample_plan)))
    finally:
        qapp.removeEventFilter(watcher)
    assert window.plan is not None and window.plan.doc.path == sample_plan


def test_the_application_names_its_desktop_entry(qapp: QApplication) -> None:
    assert make_application() is qapp
    assert qapp.desktopFileName() == DESKTOP_ID
