"""File dialogs start in the folder last used, by any of them, and exports end by saying where the file is.

Through the real window and its buttons; the scripted dialogs record where each dialog started (the
folder, or the suggested path) and answer for the person.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from ui_driver import ALT, CTRL, activate, click

from conftest import ScriptedDialogs
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.export_page import ExportPage
from planner_gui.ui.pages.ranking.ranking_page import RankingPage


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def export_page(qtbot: Any, window: MainWindow) -> ExportPage:
    qtbot.keyClick(window, Qt.Key.Key_7, ALT)
    page = window.workspace.current_page()
    assert isinstance(page, ExportPage)
    return page


def ballots_tab(qtbot: Any, window: MainWindow) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_5, ALT)
    page = window.workspace.current_page()
    assert isinstance(page, RankingPage)
    page.show_tab(page.ballots)
    return page.ballots


def test_every_dialog_starts_in_the_folder_the_last_one_chose_even_after_a_restart(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    make_prefs: Callable[[], Any],
    sample_plan: Path,
    fake_dialogs: ScriptedDialogs,
    tmp_path: Path,
    opened: list[str],
) -> None:
    window = make_window(make_prefs())
    assert window.open_path(sample_plan)
    page = export_page(qtbot, window)
    # The first export: next to the plan. The person puts it in a folder of their own.
    exports = tmp_path / "for the board"
    exports.mkdir()
    fake_dialogs.answer("ask_save_path", exports / "revised.xlsx")
    fake_dialogs.answer("ask_yes_no", False)
    click(qtbot, page.export_button)
    [first] = fake_dialogs.take("ask_save_path")
    assert first.text == str(sample_plan.with_name("sample - revised plan.xlsx"))

    # The PDF: its own name, in that folder; then where it went, and Open It.
    fake_dialogs.answer("ask_save_path", exports / "summary.pdf")
    fake_dialogs.answer("ask_yes_no", True)
    click(qtbot, page.pdf_button)
    [pdf] = fake_dialogs.take("ask_save_path")
    assert pdf.text == str(exports / "sample - revised plan.pdf")
    done = fake_dialogs.of("ask_yes_no")[-1]
    assert (done.title, done.text, done.default) == (
        "Summary exported",
        f"The printable summary is in {exports / 'summary.pdf'}.",
        "Open It",
    )
    assert opened == [str(exports / "summary.pdf")] and (exports / "summary.pdf").read_bytes()[:5] == b"%PDF-"

    # Ballot workbooks: the folder dialog starts there too; the folder chosen becomes the last one.
    tab = ballots_tab(qtbot, window)
    fake_dialogs.answer("ask_folder", None)
    tab.write_button.click()
    assert fake_dialogs.take("ask_folder")[0].text == str(exports)
    returned = tmp_path / "returned ballots"
    returned.mkdir()
    fake_dialogs.answer("ask_folder", returned)
    tab.write_button.click()
    fake_dialogs.take("inform")
    fake_dialogs.answer("ask_open_paths", [])
    tab.import_button.click()
    assert fake_dialogs.take("ask_open_paths")[0].text == str(returned)

    # File > Open Plan, File > Save a Copy, File > New Plan: the same folder.
    fake_dialogs.answer("ask_open_path", None)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    assert fake_dialogs.take("ask_open_path")[0].text == str(returned)
    fake_dialogs.answer("ask_save_path", None)
    window.save_copy_action.trigger()
    assert fake_dialogs.take("ask_save_path")[0].text == str(returned / "sample copy.retreat")
    window.close()

    # After a restart, with the same settings: the folder is remembered.
    again = make_window(make_prefs())
    fake_dialogs.answer("ask_save_path", None)
    again.new_action.trigger()
    assert fake_dialogs.take("ask_save_path")[0].text == str(returned / "New plan.retreat")


def test_a_sample_copys_export_is_never_suggested_in_the_programs_own_folder(
    qtbot: Any, window: MainWindow, fake_dialogs: ScriptedDialogs
) -> None:
    assert window.open_sample(fresh=True)
    assert window.is_sample_copy()
    fake_dialogs.answer("ask_save_path", None)
    click(qtbot, export_page(qtbot, window).export_button)
    [asked] = fake_dialogs.take("ask_save_path")
    assert asked.text == str(Path.home() / "Sample plan - revised plan.xlsx")  # not in the samples folder


def test_a_folder_gone_since_is_passed_over(
    make_window: Callable[..., MainWindow], make_prefs: Callable[[], Any], fake_dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from planner_gui.ui import settings

    prefs = make_prefs()
    prefs.set(settings.LAST_FOLDER, str(tmp_path / "a stick pulled out"))
    window = make_window(prefs)
    fake_dialogs.answer("ask_open_path", None)
    window.open_action.trigger()
    assert fake_dialogs.take("ask_open_path")[0].text == str(Path.home())
