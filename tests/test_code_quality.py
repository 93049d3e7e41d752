"""The project's own rules, checked on every run: lint clean, and the core strictly typed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed in the test environment (pip install -e '.[test]')")
    return found


def test_ruff_finds_nothing_in_source_and_tests() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "src", "tests", "scripts", "installer", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_whole_package_passes_mypy_strict() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_source_and_tests_are_formatted() -> None:
    result = subprocess.run(
        [_tool("ruff"), "format", "--check", "src", "tests", "scripts", "installer", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
