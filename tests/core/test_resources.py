"""The resources locator finds resources/ from a checkout, a frozen bundle and a wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner_gui import resources
from planner_gui.resources import (
    MARKER,
    ResourcesMissing,
    resource_path,
    resources_dir,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    """Each test looks again; no test leaves a monkeypatched answer cached."""
    resources_dir.cache_clear()
    yield
    resources_dir.cache_clear()


def test_a_checkout_finds_the_repositorys_resources_folder() -> None:
    assert resources_dir() == REPO / "resources"
    assert (resources_dir() / MARKER).is_file()


def test_resource_path_finds_the_sample_plan_data() -> None:
    path = resource_path("sample", "plan.json")
    assert path == REPO / "resources" / "sample" / "plan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [g["number"] for g in data["goals"]] == ["1", "2", "3", "4"]


def test_a_missing_resource_is_reported_by_name() -> None:
    with pytest.raises(ResourcesMissing, match=r"sample/nothing\.json is missing"):
        resource_path("sample", "nothing.json")


def make_bundle(root: Path) -> Path:
    bundle = root / "bundle"
    (bundle / "resources" / "sample").mkdir(parents=True)
    (bundle / "resources" / MARKER).write_text("frozen bundle\n", encoding="utf-8")
    (bundle / "resources" / "sample" / "plan.json").write_text('{"bundle": true}', "utf-8")
    return bundle


def test_a_frozen_program_uses_the_resources_inside_its_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = make_bundle(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources_dir() == bundle / "resources"
    assert resource_path("sample", "plan.json").read_text("utf-8") == '{"bundle": true}'


def test_meipass_alone_is_ignored_when_not_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = make_bundle(tmp_path)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert resources_dir() == REPO / "resources"


def test_a_bundle_without_the_marker_falls_back_to_the_next_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)  # no RESOURCES.txt
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources_dir() == REPO / "resources"


def test_no_resources_anywhere_names_every_place_looked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    places = [tmp_path / "a" / "resources", tmp_path / "b" / "resources"]
    monkeypatch.setattr(resources, "candidate_dirs", lambda: places)
    with pytest.raises(ResourcesMissing) as caught:
        resources_dir()
    message = str(caught.value)
    assert all(str(place) in message for place in places)
    assert "Reinstall" in message


@pytest.mark.slow
def test_an_installed_wheel_finds_the_resources_inside_the_package(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    site = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(REPO)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:  # fall back to pip's default isolated build
        build = subprocess.run(
            [*pip, "wheel", "--no-deps", "-w", str(wheels), str(REPO)],
            capture_output=True,
            text=True,
        )
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("retreat_planner-*.whl")
    install = subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = (
        "import planner_gui, planner_gui.resources as r\n"
        "print(planner_gui.__file__)\n"
        "print(r.resources_dir())\n"
        "print(r.resource_path('sample', 'plan.json'))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    package_file, found, sample = (Path(line) for line in result.stdout.splitlines())
    assert package_file.is_relative_to(site)  # the wheel's copy, not the checkout
    assert found == site / "planner_gui" / "resources"
    assert (found / MARKER).is_file()
    assert sample == found / "sample" / "plan.json"
    assert json.loads(sample.read_text("utf-8")) == json.loads(
        (REPO / "resources" / "sample" / "plan.json").read_text("utf-8")
    )
    schema = Path("planner_gui", "core", "migrations", "schema.sql")  # new plans are made from it, not by Alembic
    assert (site / schema).read_bytes() == (REPO / "src" / schema).read_bytes()
    for module in ("room_cli.py", "room_address.py", "room/plan_box.py", "room/session.py", "report/member_cards.py"):
        assert (site / "planner_gui" / module).is_file(), module  # room voting, headless and in the window
    for code in ("fr", "es"):  # the Qt-free half's compiled catalogues, and the installed copy reads them
        assert (site / "planner_gui" / "locale" / code / "LC_MESSAGES" / "planner.mo").is_file(), code
    speaks = "from planner_gui import i18n\ni18n.set_language('fr')\nprint(i18n._('High'), i18n.LOCALE_DIR)\n"
    said = subprocess.run([sys.executable, "-c", speaks], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert said.returncode == 0, said.stderr
    word, locale_dir = said.stdout.split()
    assert word == "Haute" and Path(locale_dir) == site / "planner_gui" / "locale"
    for code in ("en", "fr", "es"):  # the window's translations, compiled by the build hook (never committed)
        assert (site / "planner_gui" / "ui" / "translations" / f"planner_{code}.qm").stat().st_size > 0, code
    metadata = next(site.glob("retreat_planner-*.dist-info")) / "METADATA"
    requires = [line for line in metadata.read_text("utf-8").splitlines() if line.startswith("Requires-Dist:")]
    assert any("waitress" in line for line in requires) and any("segno" in line for line in requires)
