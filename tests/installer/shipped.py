"""Running the bundle as a user would, and reading what it says and what it leaves behind."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
RUN_TIMEOUT_S = 120

# Lines that mean the bundle is missing a module, a library or a Qt plugin, whatever the exit code says.
PROBLEMS = re.compile(
    r"No module named"
    r"|ModuleNotFoundError|ImportError"
    r"|Traceback \(most recent call last\)"
    r"|qt\.qpa"
    r"|Could not (?:load|find) the Qt platform plugin"
    r"|Cannot load library"
    r"|cannot open shared object file"
    r"|Failed to execute script"
)


@dataclass(frozen=True)
class Build:
    """A bundle to test: its folder (dist/RetreatPlanner), and how long its build took (None: built before)."""

    folder: Path
    seconds: float | None
    log: str


def problems_in(output: str) -> list[str]:
    """The lines of ``output`` that say something is missing from the bundle."""
    return [line for line in output.splitlines() if PROBLEMS.search(line)]


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    code: int
    out: str
    err: str

    @property
    def output(self) -> str:
        return self.out + self.err

    def lines(self) -> list[str]:
        return self.out.splitlines()


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment in ``home``: settings, data and cache there, no display, nothing of the test's Python."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "QT_", "XDG_", "PYTEST", "VIRTUAL_ENV"))
    }
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
    )
    env.update(extra)
    return env


def run(program: Path, *args: str | Path, cwd: Path, env: dict[str, str]) -> Run:
    words = tuple(str(arg) for arg in args)
    result = subprocess.run(
        [str(program), *words], cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S
    )
    return Run(words, result.returncode, result.stdout, result.stderr)


Snapshot = dict[str, tuple[str, int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file, link and folder under ``folder``: its kind, size and modification time (links not followed)."""
    found: Snapshot = {}
    for here, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(here, name)
            info = path.lstat()
            kind = "link" if path.is_symlink() else "dir" if path.is_dir() else "file"
            size = 0 if kind == "dir" else info.st_size
            found[str(path.relative_to(folder))] = (kind, size, info.st_mtime_ns)
    return found


def size_mb(folder: Path) -> float:
    """The bundle's size as ``du`` counts it (files once, links as links), in MiB."""
    blocks = sum(Path(here, name).lstat().st_blocks for here, dirs, files in os.walk(folder) for name in dirs + files)
    return (blocks * 512 + folder.lstat().st_blocks * 512) / 1048576
