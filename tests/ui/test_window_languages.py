"""The window in English, French and Spanish: View > Language, switched at once, remembered; a page busy with a
ballot waits; numbers and dates as each language writes them; a ballot and a dialog in the member's words.

The error dialogs checked here are the window's own (a target's number refused, a goal's delete asked
first): the core's messages are translated by the Qt-free half (gettext), in its own tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui_driver import select_goal

from planner_gui import i18n
from planner_gui.core.strategies import TARGETS
from planner_gui.ui import language, settings
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ballot_booth import FORM
from planner_gui.ui.pages.ranking.ballot_model import PRIORITY
from planner_gui.ui.pages.ranking.results_columns import CONSENSUS
from planner_gui.ui.settings import SINGLE_SCREEN_NOTED, Settings

RANKING, STRATEGIES, EXPORT = 4, 5, 6


def speak(qtbot: Any, window: MainWindow, code: str) -> None:
    """View > Language > ``code`` ("" for the system's), as the facilitator picks it."""
    window.language_actions[code].trigger()
    QApplication.processEvents()
    qtbot.wait(10)


def sidebar(window: MainWindow) -> list[str]:
    return [window.workspace.steps.item(row).text() for row in range(window.workspace.steps.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_view_language_offers_the_system_s_then_each_language_in_its_own_words(window: MainWindow) -> None:
    menu = window.language_menu
    assert menu.title() == "&Language" and window.language_menu.menuAction() in window.view_menu.actions()
    names = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert names == ["System &Default", "&English", "&Français", "E&spañol"]
    assert window.language_actions[language.SYSTEM].isChecked()  # nothing chosen yet: the system's (English here)
    assert language.current() == "en"


def test_switching_says_the_whole_window_again_at_once_and_is_remembered(
    qtbot: Any, sample_window: MainWindow, make_prefs: Callable[[], Settings], make_window: Callable[..., MainWindow]
) -> None:
    window = sample_window
    window.workspace.go_to(RANKING)
    QApplication.processEvents()
    assert window.workspace.current_page().title_label.text() == "5  Ranking"

    speak(qtbot, window, "fr")
    assert language.current() == "fr" and i18n.current_language() == "fr"  # the core's messages follow
    assert sidebar(window) == [
        "1  Plan", "2  Réalisations", "3  Évaluation", "4  Contexte", "5  Classement", "6  Stratégies",
        "7  Exportation",
    ]  # fmt: skip
    page = window.workspace.current_page()
    assert page.title_label.text() == "5  Classement"
    assert page.prompt_label.text().startswith("Chaque membre du conseil classe chaque objectif")
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Membres", "&Bulletins", "Vote en &salle", "Main &levée", "Résul&tats", "&Graphique", "Dé&cisions"
    ]  # fmt: skip
    assert menu_titles(window) == ["&Fichier", "É&dition", "&Affichage", "A&ide"]
    assert window.workspace.back_button.text() == "Retour : Contexte"
    assert window.saved_label.text() == "Toutes les modifications sont enregistrées"
    assert window.language_actions["fr"].isChecked()

    page.tabs.setCurrentIndex(4)  # the tab shown stays shown
    speak(qtbot, window, "es")
    page = window.workspace.current_page()
    assert page.title_label.text() == "5  Clasificación" and page.tabs.currentIndex() == 4
    assert page.tabs.tabText(4) == "&Resultados"
    assert sidebar(window)[1:3] == ["2  Logros", "3  Evaluación"]
    assert menu_titles(window) == ["&Archivo", "&Editar", "&Ver", "Ay&uda"]
    assert window.prefs.get(settings.LANGUAGE) == "es"

    window.close()
    language.language().use("en")  # as at the next start: the window chooses from the settings
    language.language().code = None
    again = make_window(make_prefs())
    assert language.current() == "es" and sidebar(again)[4] == "5  Clasificación"

    speak(qtbot, again, language.SYSTEM)  # the system's: English on this machine
    assert again.prefs.get(settings.LANGUAGE) == "" and sidebar(again)[4] == "5  Ranking"


def test_numbers_and_dates_are_written_as_the_language_writes_them(qtbot: Any, sample_window: MainWindow) -> None:
    window = sample_window
    speak(qtbot, window, "fr")
    assert QLocale().decimalPoint() == ","
    window.workspace.go_to(RANKING)
    QApplication.processEvents()
    results = window.workspace.current_page().results
    window.workspace.current_page().tabs.setCurrentWidget(results)
    if not window.plan.doc.plan.results_revealed:  # type: ignore[union-attr]
        results.toggle_reveal()
    QApplication.processEvents()
    consensus = [results.proxy.index(row, CONSENSUS).data() for row in range(results.proxy.rowCount())]
    assert consensus and all("," in value and "." not in value for value in consensus if value), consensus

    window.workspace.go_to(EXPORT)
    QApplication.processEvents()
    baseline = window.workspace.current_page().baseline_label.text()
    months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    assert baseline.startswith("Par rapport au plan tel qu'il était le ")
    assert any(f" {month} " in baseline for month in months) and " à " in baseline, baseline

    speak(qtbot, window, "es")
    window.workspace.go_to(EXPORT)
    QApplication.processEvents()
    baseline = window.workspace.current_page().baseline_label.text()
    assert (
        baseline.startswith("Comparado con el plan tal como estaba el ")
        and " de " in baseline
        and " a las " in baseline
    )


FRENCH_KEYS = "1 ou H haute · 2 ou M moyenne · 3 ou B basse · 4 ou A abandonné"
SPANISH_KEYS = "1 o A alta · 2 o M media · 3 o B baja · 4 o D descartado"


@pytest.mark.parametrize(
    ("code", "hint", "high", "letters"),
    [
        ("fr", FRENCH_KEYS, "1  Haute", {"B": "Basse", "A": "Abandonné"}),
        ("es", SPANISH_KEYS, "1  Alta", {"A": "Alta", "B": "Baja", "D": "Descartado"}),
    ],
)
def test_a_member_s_ballot_in_their_language_with_its_own_initials(
    qtbot: Any, sample_window: MainWindow, code: str, hint: str, high: str, letters: dict[str, str]
) -> None:
    window = sample_window
    window.prefs.set(SINGLE_SCREEN_NOTED, True)
    window.plan.doc.ranking.restore_ballot(window.plan.doc.ranking.find_member("Samuel Okello").id, None)  # type: ignore[union-attr]
    speak(qtbot, window, code)
    window.workspace.go_to(RANKING)
    QApplication.processEvents()
    page = window.workspace.current_page()
    tab = page.ballots
    page.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    row = next(r for r in range(tab.voters.rowCount()) if tab.voters.index(r).data() == "Samuel Okello")
    tab.members.setCurrentIndex(tab.voters.index(row))
    tab.start_ballot()
    qtbot.keyClick(tab.booth, Qt.Key.Key_Space)
    assert tab.booth.page() == FORM
    form = tab.form
    assert any(hint in label.text() for label in form.findChildren(QLabel))
    assert form.priority_buttons["high"].text() == high
    assert form.ballot_title.text().endswith("Samuel Okello")
    for key, word in letters.items():
        row_before = form.view.currentIndex().row()
        qtbot.keyClick(form.view, key)
        assert form.ballot.index(row_before, PRIORITY).data() == word
    assert page.language_hold()  # a ballot open: the page is not built again under the member
    tab._abandon()
    QApplication.processEvents()


def test_a_page_busy_with_a_ballot_keeps_its_words_until_the_ballot_closes(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.prefs.set(SINGLE_SCREEN_NOTED, True)
    doc = window.plan.doc  # type: ignore[union-attr]
    doc.ranking.restore_ballot(doc.ranking.find_member("Mei Tanaka").id, None)
    window.workspace.go_to(RANKING)
    QApplication.processEvents()
    page = window.workspace.current_page()
    page.tabs.setCurrentWidget(page.ballots)
    tab = page.ballots
    row = next(r for r in range(tab.voters.rowCount()) if tab.voters.index(r).data() == "Mei Tanaka")
    tab.members.setCurrentIndex(tab.voters.index(row))
    tab.start_ballot()
    assert tab.member_id is not None

    speak(qtbot, window, "fr")
    assert window.workspace.current_page() is page  # not let go under the member's ballot
    assert page.title_label.text() == "5  Classement"  # its heading at least in the new language
    assert page.tabs.tabText(0) == "&Members"  # the rest once the ballot is closed
    assert window.statusBar().currentMessage().startswith("Un membre vote : l'étape Classement changera de langue")
    assert tab.form.ballot_title.text() == "Ballot of Mei Tanaka"  # the member's ballot, untouched

    tab._abandon()  # closed unrecorded: now the page is built again in French, on the same tab
    qtbot.waitUntil(lambda: window.workspace.current_page() is not page)
    rebuilt = window.workspace.current_page()
    assert rebuilt.tabs.tabText(0) == "&Membres" and rebuilt.tabs.currentWidget() is rebuilt.ballots


def test_the_window_s_own_error_and_question_dialogs_speak_the_language(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any
) -> None:
    window = sample_window
    speak(qtbot, window, "fr")
    fake_dialogs.answer("ask_yes_no", False)
    select_goal(qtbot, window, "1")
    qtbot.keyClick(window.workspace.current_page().tree, Qt.Key.Key_Delete)
    [question] = fake_dialogs.of("ask_yes_no")
    assert question.title == "Supprimer Objectif général 1 ?"
    assert "avec : 7 objectifs, " in question.text and "Édition > Annuler (Ctrl+Z)" in question.text
    assert question.default == "Annuler"  # the safe answer, in the member's words

    speak(qtbot, window, "es")
    window.workspace.go_to(STRATEGIES)
    QApplication.processEvents()
    targets = window.workspace.current_page().editor.targets_panel
    model = targets.model
    assert model is not None and model.rowCount() > 0
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Cifra"
    assert not model.setData(model.index(0, 2), "muchos")
    [error] = fake_dialogs.take("show_error")
    assert error.title == "Ese cambio no se ha hecho"
    assert error.text == "La cifra de una meta es un número (25, 0,5), no «muchos»."
    assert model.setData(model.index(0, 2), "1,5")  # the decimal comma, as Spanish writes it
    assert window.plan.doc.lists.row(TARGETS, model.row_id(0)).number == 1.5  # type: ignore[union-attr]
    assert model.index(0, 2).data() == "1,5"


@pytest.mark.parametrize(("lang", "expected"), [("fr_FR.UTF-8", "fr"), ("es_MX.UTF-8", "es"), ("de_DE.UTF-8", "en")])
def test_the_system_default_is_the_system_s_language_if_the_program_speaks_it_else_english(
    lang: str, expected: str
) -> None:
    probe = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from planner_gui.ui import language\n"
        "print(language.system_language(), language.language().use(''), language.language().loaded())\n"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANGUAGE"))}
    env["LANG"] = lang
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    system, used, loaded = result.stdout.split(" ", 2)
    assert (system, used) == (expected, expected)
    assert f"planner_{expected}.qm" in loaded


def test_the_catalogues_are_built_from_the_sources(tmp_path: Path) -> None:
    """A checkout's .qm are compiled from translations/*.ts (scripts/setup.sh): none is older than its source."""
    root = Path(__file__).resolve().parents[2]
    for code in language.CODES:
        qm = language.TRANSLATIONS / f"planner_{code}.qm"
        ts = root / "translations" / f"planner_{code}.ts"
        assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm}: run scripts/setup.sh"


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_no_button_word_is_cut_on_a_small_laptop_with_the_agenda_open(
    qtbot: Any, sample_window: MainWindow, code: str
) -> None:
    """1280×720 with the agenda docked: the Plan page's least needed buttons show their icon alone (their tooltip
    and accessible name keep the words) before any word is cut ("Ajouter un objec" told no one anything)."""
    window = sample_window
    speak(qtbot, window, code)
    window.resize(1280, 720)
    window.agenda_action.trigger()
    qtbot.wait(50)
    page = window.workspace.current_page()
    buttons = (page.add_objective_button, page.add_goal_button, page.up_button, page.down_button, page.delete_button)
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), (code, button.accessibleName())
        assert button.accessibleName() and button.toolTip()
    assert page.add_objective_button.text()  # the first keeps its words to the last
    worded = sum(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon for b in buttons[1:])
    window.agenda_action.trigger()  # the agenda closed: room for more words again
    window.resize(1366, 768)
    qtbot.wait(50)
    assert all(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon for b in buttons[1:]) or worded == 4
    speak(qtbot, window, "en")


def test_a_number_the_window_shows_reads_back_as_itself_in_every_language(qtbot: Any, window: MainWindow) -> None:
    """Spanish writes fifteen thousand "15.000": typed back, it is fifteen thousand, not fifteen; and "0,5" is a
    half in an English window as in the others."""
    from planner_gui.ui import numbers

    for code in ("en", "fr", "es"):
        speak(qtbot, window, code)
        for value in (15_000.0, 123_456.0, 0.5, 1_500.5, 25.0):
            assert numbers.read(numbers.count(value)) == value, (code, numbers.count(value))
        assert numbers.read("0,5") == 0.5 and numbers.read("0.5") == 0.5, code
    speak(qtbot, window, "en")
