"""Every modal question the program asks goes through this module.

Tests replace these functions (``monkeypatch.setattr(dialogs, "ask_yes_no", ...)``),
so no test ever waits on a real modal dialog. Callers must use them as
``dialogs.ask_yes_no(...)``, never import the names directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget


def plan_filter() -> str:
    return QCoreApplication.translate("dialogs", "Retreat plans (*.retreat);;All files (*)")


def workbook_filter() -> str:
    return QCoreApplication.translate("dialogs", "Excel workbooks (*.xlsx);;All files (*)")


def pdf_filter() -> str:
    return QCoreApplication.translate("dialogs", "PDF documents (*.pdf);;All files (*)")


def ask_yes_no(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes: str | None = None,
    no: str | None = None,
    default_yes: bool = False,
) -> bool:
    """Whether the person pressed ``yes``. Enter presses ``no`` (the safe answer) unless ``default_yes``
    says "yes" is safe too ("Open it?"); Escape and closing the box always mean ``no``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("dialogs", "Yes"), QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or cancel_text(), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(no_button)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_choice(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: list[str],
    *,
    cancel: str | None = None,
    default: int | None = None,
) -> int | None:
    """One of ``choices`` (its index), or None for ``cancel``.

    Enter presses ``cancel`` unless ``default`` names a choice that is safe to take by a stray Enter;
    Escape and closing the box always mean ``cancel``.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole) for choice in choices]
    cancel_button = box.addButton(cancel or cancel_text(), QMessageBox.ButtonRole.RejectRole)
    box.setEscapeButton(cancel_button)
    box.setDefaultButton(buttons[default] if default is not None else cancel_button)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), None)


def cancel_text() -> str:
    return QCoreApplication.translate("dialogs", "Cancel")


def open_it_text() -> str:
    """The button that opens a file just written."""
    return QCoreApplication.translate("dialogs", "Open It")


def close_text() -> str:
    return QCoreApplication.translate("dialogs", "Close")


def offer_to_open(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    """Say that a file was written (``text``), with "Open It" (the default) and "Close"; open it if asked."""
    if ask_yes_no(parent, title, text, yes=open_it_text(), no=close_text(), default_yes=True):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_unexpected_error(parent: QWidget | None, summary: str, details: str) -> None:
    """An error nobody foresaw: say so plainly, and offer the details to copy."""
    title = QCoreApplication.translate("dialogs", "Something went wrong")
    box = QMessageBox(QMessageBox.Icon.Critical, title, summary, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(
        QCoreApplication.translate(
            "dialogs",
            "Your plan is safe: every change made before this was saved. "
            "If it happens again, copy the details and send them to whoever supports the program.",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("dialogs", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def ask_open_path(parent: QWidget | None, title: str, folder: str, filter: str | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filter or plan_filter())
    return Path(name) if name else None


def ask_save_path(
    parent: QWidget | None, title: str, suggestion: str, filter: str | None = None, suffix: str = ".retreat"
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filter or plan_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_open_paths(parent: QWidget | None, title: str, folder: str, filter: str | None = None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, filter or workbook_filter())
    return [Path(name) for name in names]


def ask_folder(parent: QWidget | None, title: str, folder: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None
