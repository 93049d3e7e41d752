"""Every modal question the program asks goes through this module.

Tests replace these functions (``monkeypatch.setattr(dialogs, "ask_yes_no", ...)``),
so no test ever waits on a real modal dialog. Callers must use them as
``dialogs.ask_yes_no(...)``, never import the names directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

PLAN_FILTER = "Retreat plans (*.retreat);;All files (*)"


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, yes: str = "Yes", no: str = "Cancel") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_choice(
    parent: QWidget | None, title: str, text: str, choices: list[str], *, cancel: str = "Cancel"
) -> int | None:
    """One of ``choices`` (its index; the first is the default, so make it the safe one), or None for ``cancel``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    box.setEscapeButton(box.addButton(cancel, QMessageBox.ButtonRole.RejectRole))
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), None)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_unexpected_error(parent: QWidget | None, summary: str, details: str) -> None:
    """An error nobody foresaw: say so plainly, and offer the details to copy."""
    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", summary, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(
        "Your plan is safe: every change made before this was saved. "
        "If it happens again, copy the details and send them to whoever supports the program."
    )
    box.setDetailedText(details)
    copy = box.addButton("Copy details", QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def ask_open_path(parent: QWidget | None, title: str, folder: str, filter: str = PLAN_FILTER) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filter)
    return Path(name) if name else None


def ask_save_path(
    parent: QWidget | None, title: str, suggestion: str, filter: str = PLAN_FILTER, suffix: str = ".retreat"
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


WORKBOOK_FILTER = "Excel workbooks (*.xlsx);;All files (*)"


def ask_open_paths(parent: QWidget | None, title: str, folder: str, filter: str = WORKBOOK_FILTER) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filter)
    return [Path(name) for name in names]


def ask_folder(parent: QWidget | None, title: str, folder: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None
