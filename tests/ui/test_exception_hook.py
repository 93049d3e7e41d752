"""The last line of defence: an unforeseen exception becomes a plain dialog with the details to copy."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from planner_gui.ui.app import handle_exception, install_exception_hook

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def count_the_ballots() -> None:
    raise RuntimeError("the ballot box caught fire")


def caught(error: BaseException | None = None) -> ExcInfo:
    try:
        if error is None:
            count_the_ballots()
        else:
            raise error
    except BaseException as exc:
        return type(exc), exc, exc.__traceback__
    raise AssertionError("nothing was raised")


def test_an_unexpected_error_shows_a_summary_and_the_traceback_as_details(
    qapp: QApplication, fake_dialogs: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    handle_exception(*caught())

    [call] = fake_dialogs.take("show_unexpected_error")
    assert call.title == "An unexpected error stopped the last action: the ballot box caught fire"
    assert call.text.startswith("Traceback (most recent call last):")
    assert "in count_the_ballots" in call.text
    assert call.text.rstrip().endswith("RuntimeError: the ballot box caught fire")
    assert "RuntimeError: the ballot box caught fire" in capsys.readouterr().err


def test_an_error_without_a_message_is_named_by_its_kind(qapp: QApplication, fake_dialogs: Any) -> None:
    handle_exception(*caught(LookupError()))

    [call] = fake_dialogs.take("show_unexpected_error")
    assert call.title == "An unexpected error (LookupError) stopped the last action."
    assert "LookupError" in call.text


def test_the_installed_hook_is_the_one_python_calls(
    qapp: QApplication, fake_dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    install_exception_hook()
    sys.excepthook(*caught(ValueError("no quorum")))

    [call] = fake_dialogs.take("show_unexpected_error")
    assert "no quorum" in call.title
    assert "ValueError: no quorum" in call.text


def test_ctrl_c_quits_quietly_instead_of_showing_a_dialog(
    qapp: QApplication, fake_dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))

    handle_exception(*caught(KeyboardInterrupt()))

    assert quits == [True]
    assert fake_dialogs.calls == []
