"""The bundle as shipped: built once by installer/build.sh, then run as a board member's laptop would.

Every run happens in a throwaway home folder with no display (Qt offscreen);
its output must name no missing module, library or Qt plugin, and the bundle's
own folder must be exactly as the build left it afterwards.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from platform_files import APP_ID, EXE_NAME
from shipped import ROOT, Build, Run, Snapshot, problems_in, run, size_mb, snapshot, user_env

from planner_gui import APP_NAME, ORG_NAME, __version__
from planner_gui.cli import main as source_cli
from planner_gui.ui.steps import STEPS

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]

MAX_BUNDLE_MB = 140
ON_LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not ON_LINUX, reason="the Linux bundle's layout and desktop files")


@dataclass(frozen=True)
class Shipped:
    build: Build
    home: Path
    work: Path
    runs: dict[str, Run]
    before: Snapshot
    after: Snapshot

    @property
    def internal(self) -> Path:
        return self.build.folder / "_internal"


@pytest.fixture(scope="module")
def shipped(bundle: Build, tmp_path_factory: pytest.TempPathFactory) -> Shipped:
    """Every run of the bundle the tests below look at, made once, between two snapshots of its folder."""
    home = tmp_path_factory.mktemp("home")
    work = tmp_path_factory.mktemp("plans")
    env = user_env(home)
    program = bundle.folder / EXE_NAME
    shutil.copyfile(ROOT / "tests" / "data" / "plan-v1.retreat", work / "old.retreat")
    before = snapshot(bundle.folder)
    commands: dict[str, tuple[str, ...]] = {
        "version": ("--version",),
        "new": ("new", "board.retreat", "--sample"),
        "check": ("check", "board.retreat"),
        "export": ("export", "board.retreat", "revised.xlsx"),
        "report": ("report", "board.retreat", "summary.pdf"),
        "import-plan": ("import-plan", "again.retreat", "revised.xlsx"),
        "check-again": ("check", "again.retreat"),
        "check-old": ("check", "old.retreat"),
        "self-test": ("--self-test",),
    }
    runs = {name: run(program, *args, cwd=work, env=env) for name, args in commands.items()}
    french = user_env(tmp_path_factory.mktemp("home-fr"), LANG="fr_FR.UTF-8")  # a French laptop: the system's
    runs["self-test-fr"] = run(program, "--self-test", cwd=work, env=french)
    if ON_LINUX:
        runs["desktop-entry"] = run(bundle.folder / "install-desktop-entry.sh", cwd=work, env=env)
    return Shipped(bundle, home, work, runs, before, snapshot(bundle.folder))


def succeeded(shipped: Shipped, name: str) -> Run:
    result = shipped.runs[name]
    assert result.code == 0, f"{name}: exit {result.code}\n{result.output}"
    return result


# ------------------------------------------------------------------ what is in the bundle


def test_the_bundle_is_no_bigger_than_its_budget(bundle: Build) -> None:
    size = size_mb(bundle.folder)
    print(f"\nbundle: {size:.1f} MiB; build: {bundle.seconds or 0:.0f} s")
    assert size <= MAX_BUNDLE_MB, f"the bundle is {size:.1f} MiB, over its {MAX_BUNDLE_MB} MiB budget"


def test_it_carries_the_programs_resources_where_the_locator_looks(shipped: Shipped) -> None:
    resources = shipped.internal / "resources"
    parts = ("RESOURCES.txt", "sample/plan.json", "icons/retreat-planner.svg", "icons/glyphs.ttf", "styles/app.qss")
    for part in parts:
        assert (resources / part).is_file(), part
    schema = shipped.internal / "planner_gui" / "core" / "migrations" / "schema.sql"  # new plans without Alembic
    assert schema.read_bytes() == (ROOT / "src" / "planner_gui" / "core" / "migrations" / "schema.sql").read_bytes()
    templates = sorted(path.name for path in (resources / "context_templates").glob("*.json"))
    assert templates == sorted(path.name for path in (ROOT / "resources" / "context_templates").glob("*.json"))
    sample = resources / "sample" / "plan.json"
    assert sample.read_bytes() == (ROOT / "resources" / "sample" / "plan.json").read_bytes()


@linux_only
def test_it_carries_qt_translations_for_the_standard_dialogs_and_no_others(shipped: Shipped) -> None:
    translations = shipped.internal / "PySide6" / "Qt" / "translations"
    names = {path.name for path in translations.glob("*.qm")}
    assert {"qtbase_de.qm", "qtbase_fr.qm", "qtbase_es.qm", "qt_de.qm", "qt_fr.qm"} <= names
    assert {name.split("_")[0] for name in names} == {"qt", "qtbase"}


@linux_only
def test_the_plugins_it_uses_are_in_and_the_filtered_ones_are_out(shipped: Shipped) -> None:
    plugins = shipped.internal / "PySide6" / "Qt" / "plugins"
    present = {str(path.relative_to(plugins)) for path in plugins.rglob("*.so")}
    needed = {
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
        "printsupport/libcupsprintersupport.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    }
    assert needed <= present
    unwanted = ("wayland", "eglfs", "gtk3", "virtualkeyboard", "qpdf", "tls/", "networkinformation/", "generic/")
    assert [name for name in present if any(word in name for word in unwanted)] == []


@linux_only
def test_the_libraries_only_filtered_plugins_need_are_out_and_the_rest_is_stripped(shipped: Shipped) -> None:
    libraries = {path.name for path in shipped.internal.rglob("*.so*")}
    for gone in ("libQt6Quick", "libQt6Qml", "libQt6Pdf", "libQt6WaylandClient", "libQt6OpenGL"):
        assert not [name for name in libraries if name.startswith(gone)], gone
    assert [name for name in libraries if name.startswith("libQt6Network")]  # room voting's addresses
    for gone in ("libgtk-3", "libgdk-3", "libpango-", "libcairo.", "libssl.", "libcrypto."):
        assert not [name for name in libraries if name.startswith(gone)], gone
    dangling = [path for path in shipped.internal.rglob("*") if path.is_symlink() and not path.exists()]
    assert dangling == []
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) is not installed")
    for library in ("PySide6/Qt/lib/libQt6Core.so.6", "PySide6/QtWidgets.abi3.so"):
        sections = subprocess.run([readelf, "-S", str(shipped.internal / library)], capture_output=True, text=True)
        assert ".symtab" not in sections.stdout, f"{library} is not stripped"


# ------------------------------------------------------------------ the headless commands


def test_no_run_names_a_missing_module_library_or_plugin(shipped: Shipped) -> None:
    found = {name: problems_in(result.output) for name, result in shipped.runs.items()}
    assert {name: lines for name, lines in found.items() if lines} == {}


def test_version(shipped: Shipped) -> None:
    assert succeeded(shipped, "version").lines() == [f"{APP_NAME} {__version__}"]


def test_a_new_sample_plan_checks_out(shipped: Shipped) -> None:
    assert succeeded(shipped, "new").lines() == ["Created board.retreat with the sample plan."]
    summary = succeeded(shipped, "check").lines()
    assert summary[0] == "board.retreat"
    assert "  Objectives:      16" in summary
    assert "  Goals:           4 (3 active, 1 folded)" in summary
    assert summary[-1] == "  Integrity:       ok"


def test_the_exported_workbook_reads_back_as_the_source_tree_writes_it(shipped: Shipped, tmp_path: Path) -> None:
    assert succeeded(shipped, "export").lines() == ["Wrote the revised plan to revised.xlsx."]
    assert source_cli(["export", str(shipped.work / "board.retreat"), str(tmp_path / "source.xlsx")]) == 0
    frozen = openpyxl.load_workbook(shipped.work / "revised.xlsx", read_only=True)
    source = openpyxl.load_workbook(tmp_path / "source.xlsx", read_only=True)
    assert frozen.sheetnames[:5] == ["Revised plan", "Charts", "Plan", "Goals", "Objectives"]
    assert frozen.sheetnames == source.sheetnames
    objectives = list(frozen["Objectives"].iter_rows(values_only=True))
    assert objectives[0][:4] == ("Goal", "Number", "Objective", "Priority")
    assert len(objectives) == 1 + 16
    assert {row[3] for row in objectives[1:]} == {"High", "Medium", "Low", "Dropped"}
    for name in source.sheetnames:
        assert list(frozen[name].iter_rows(values_only=True)) == list(source[name].iter_rows(values_only=True)), name


def test_the_printable_summary_is_a_pdf(shipped: Shipped) -> None:
    [line] = succeeded(shipped, "report").lines()
    assert line.startswith("Wrote the printable summary to summary.pdf (") and line.endswith(" pages).")
    assert (shipped.work / "summary.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_plan_made_from_the_exported_workbook_checks_out(shipped: Shipped) -> None:
    assert succeeded(shipped, "import-plan").lines() == [
        "Created again.retreat from revised.xlsx: 4 goals, 16 objectives."
    ]
    summary = succeeded(shipped, "check-again").lines()
    assert "  Objectives:      16" in summary and summary[-1] == "  Integrity:       ok"


def test_a_plan_from_the_first_version_is_upgraded_by_the_bundled_migrations(shipped: Shipped) -> None:
    summary = succeeded(shipped, "check-old").lines()
    assert summary[0] == "old.retreat"
    assert summary[-1] == "  Integrity:       ok"


# ------------------------------------------------------------------ the window


def test_the_window_opens_every_step_of_the_sample_offscreen(shipped: Shipped) -> None:
    lines = succeeded(shipped, "self-test").lines()
    steps = [line for line in lines if line.startswith("self-test: step ") and ", tab " not in line]
    assert steps == [f"self-test: step {step.number} {step.title}: shown" for step in STEPS]
    assert "self-test: step 5 Ranking, tab Room voting: shown" in lines  # it asks QtNetwork for the addresses
    assert lines[-1] == f"self-test: passed: {len(STEPS)} steps, 0 failures"
    assert f"self-test: resources: {shipped.internal / 'resources'}" in lines
    [translations] = [line.removeprefix("self-test: Qt translations: ") for line in lines if "Qt translations" in line]
    assert Path(translations).resolve() == (shipped.internal / "PySide6" / "Qt" / "translations").resolve()


def test_on_a_french_laptop_the_window_speaks_french(shipped: Shipped) -> None:
    """The system's language (LANG) chooses the window's: the bundle carries the compiled French catalogue."""
    lines = succeeded(shipped, "self-test-fr").lines()
    assert "self-test: language: fr (planner_fr.qm, qtbase_fr.qm)" in lines
    assert "self-test: step 2 Réalisations: shown" in lines
    assert "self-test: step 5 Classement, tab Vote en salle: shown" in lines
    assert "self-test: step 5 Classement, tab Main levée: shown" in lines
    assert lines[-1] == f"self-test: passed: {len(STEPS)} steps, 0 failures"


def test_it_carries_the_program_s_translations(shipped: Shipped) -> None:
    translations = shipped.internal / "planner_gui" / "ui" / "translations"
    assert sorted(path.name for path in translations.glob("*.qm")) == [
        "planner_en.qm",
        "planner_es.qm",
        "planner_fr.qm",
    ]
    source = ROOT / "src" / "planner_gui" / "locale"
    shipped_mo = sorted(
        p.relative_to(shipped.internal / "planner_gui" / "locale")
        for p in (shipped.internal / "planner_gui" / "locale").rglob("*.mo")
    )
    assert shipped_mo == sorted(p.relative_to(source) for p in source.rglob("*.mo"))  # the core's, as committed


def test_it_writes_nothing_in_its_own_folder(shipped: Shipped) -> None:
    changed = {
        path: (shipped.before.get(path), shipped.after.get(path))
        for path in shipped.before.keys() | shipped.after.keys()
        if shipped.before.get(path) != shipped.after.get(path)
    }
    assert changed == {}
    assert len(shipped.after) > 100


def test_settings_and_the_sample_go_where_qt_puts_them(shipped: Shipped) -> None:
    settings = shipped.home / ".config" / ORG_NAME / f"{APP_NAME}.conf"
    assert "geometry" in settings.read_text(encoding="utf-8")
    samples = shipped.home / ".local" / "share" / ORG_NAME / APP_NAME / "samples"
    assert (samples / "Sample plan.retreat").is_file()


def test_a_missing_platform_plugin_is_caught_by_the_output_check(shipped: Shipped, tmp_path: Path) -> None:
    """Wayland is left out of the bundle: asking for it fails, and the check above would say so."""
    result = run(
        shipped.build.folder / EXE_NAME,
        "--self-test",
        cwd=tmp_path,
        env=user_env(tmp_path, QT_QPA_PLATFORM="wayland"),
    )
    assert result.code != 0
    assert any('Could not find the Qt platform plugin "wayland"' in line for line in problems_in(result.output))


# ------------------------------------------------------------------ the Linux desktop


@linux_only
def test_the_desktop_entry_installs_for_the_user_only(shipped: Shipped) -> None:
    result = succeeded(shipped, "desktop-entry")
    data = shipped.home / ".local" / "share"
    entry = data / "applications" / f"{APP_ID}.desktop"
    assert result.lines() == [f"Added Retreat Planner to the applications menu ({entry})."]
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{shipped.build.folder / EXE_NAME}" %f' in text.splitlines()
    assert f"Icon={APP_ID}" in text.splitlines()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate is not None:
        checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    assert (shipped.build.folder / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


# ------------------------------------------------------------------ room voting, headless


def test_room_voting_runs_in_the_frozen_program_and_records_a_ballot_from_a_link(
    shipped: Shipped, tmp_path: Path
) -> None:
    """``room`` serves on 127.0.0.1: a member's link opens their ballot, a ballot sent is in the plan, SIGTERM stops."""
    import signal

    from planner_gui.core.document import PlanDocument
    from room_client import Client
    from room_process import RoomProcess

    plan = tmp_path / "room.retreat"
    doc = PlanDocument.create(plan, title="Board retreat")
    try:
        goal = doc.structure.add_goal("1", "Ban")
        first = doc.structure.add_objective(goal, "1", "No more use")
        doc.structure.add_objective(goal, "2", "Universal adherence")
        doc.ranking.add_member("Ana Ruiz", "Board")
    finally:
        doc.close()
    env = user_env(tmp_path / "home")
    with RoomProcess(plan, program=[str(shipped.build.folder / EXE_NAME)], env=env) as room:
        base = room.wait_ready()
        [(name, url)] = room.links().items()
        assert name == "Ana Ruiz"
        answer = Client.of(base).vote(url.removeprefix(base), {first: ("high", "frozen")})
        assert answer.status == 303
        code = room.stop(signal.SIGTERM)
    assert code == 0, room.err
    assert problems_in("\n".join(room.err + room.out)) == []
    import sqlite3

    conn = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT source FROM ballot").fetchall() == [("room",)]
    finally:
        conn.close()
