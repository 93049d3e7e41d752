"""The Results tab's results for the minutes: a dated PDF, offered to open, and the Chart tab beside it."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from plan_files import committed, pdf_text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed (poppler-utils)")
def test_the_results_tab_writes_it_for_the_minutes_and_offers_to_open_it(
    qtbot: Any, sample_window: Any, fake_dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    sample_window.workspace.go_to(4)
    page = sample_window.workspace.current_page()
    page.show_tab(page.results)
    tab = page.results
    assert tab.minutes_button.isHidden()  # nothing to minute while the results are hidden
    tab.toggle_reveal()
    assert not tab.minutes_button.isHidden()
    target = tmp_path / "minutes.pdf"
    fake_dialogs.answer("ask_save_path", target)
    fake_dialogs.answer("ask_yes_no", True)
    tab.pdf_action.trigger()
    [asked] = fake_dialogs.of("ask_save_path")
    assert asked.text.endswith(f"sample - ranking results {datetime.now():%Y-%m-%d}.pdf")
    [done] = fake_dialogs.of("ask_yes_no")
    assert (done.title, done.text, done.default) == (
        "Results exported",
        f"The ranking results, for the minutes, are in {target}.",
        "Open It",
    )
    assert opened == [str(target)]
    text = pdf_text(target)
    assert "7 of 7 voting members voted" in text and "Clearance is funded nationally" in text
    assert committed(sample_window.plan.doc.path, "SELECT results_revealed FROM plan") == [(1,)]


def test_the_chart_tab_shows_the_room_s_picture_only_once_revealed_and_follows_the_decisions(
    qtbot: Any, sample_window: Any, app_font: Any
) -> None:
    sample_window.workspace.go_to(4)
    page = sample_window.workspace.current_page()
    page.show_tab(page.chart)
    tab = page.chart
    qtbot.waitUntil(lambda: not tab.refreshing.pending)
    assert tab.stack.currentWidget() is tab.hidden and tab.chart.rows == ()  # nobody votes with the bandwagon

    page.results.toggle_reveal()
    qtbot.waitUntil(lambda: tab.stack.currentWidget() is tab.chart)
    tab.chart.repaint()
    assert [r.number for r in tab.chart.rows] == [str(n) for n in range(1, 17)]
    assert list(tab.chart.bars.bars) == [str(n) for n in range(1, 17)]  # a bar per objective, in plan order
    assert {"agreed high", "contested", "agreed low"} <= set(tab.chart.scatter.regions)
    assert tab.chart.rows[8].decided == "medium"

    assert sample_window.plan is not None
    nine = next(o for o in sample_window.plan.doc.structure.objectives() if o.number == "9")
    from planner_gui.ui.pages.ranking.results_columns import decision_command

    command = decision_command(sample_window.plan, nine.id, "high")
    assert command is not None and sample_window.plan.push(command)
    qtbot.waitUntil(lambda: tab.chart.rows[8].decided == "high")

    label = tab.chart.bars.labels["1"].height()
    sample_window.presentation_action.trigger()  # the picture's words grow with the type
    qtbot.wait(50)
    tab.chart.repaint()
    assert tab.chart.bars.labels["1"].height() > label
