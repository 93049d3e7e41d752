"""What the reliability tests share: child processes to kill, files compared byte for byte, faults to inject."""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
BIG_GOALS, PER_GOAL = 20, 40  # 800 objectives: an export or an import long enough to be killed half-way


def big_plan_data() -> dict[str, Any]:
    return {
        "plan": {"title": "A big plan", "organisation": "Kill tests"},
        "goals": [
            {
                "number": str(g),
                "title": f"Goal {g}",
                "objectives": [
                    {"number": f"{g}.{o}", "title": f"Objective {g}.{o}: " + "words to write " * 8}
                    for o in range(1, PER_GOAL + 1)
                ],
            }
            for g in range(1, BIG_GOALS + 1)
        ],
    }


# ------------------------------------------------------------------ files as bytes


def folder_bytes(folder: Path) -> dict[str, bytes | None]:
    """Every entry under ``folder`` with its bytes (None for a folder): compare before and after."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


def raw_integrity(path: Path, scratch: Path) -> list[str]:
    """``PRAGMA integrity_check`` as any SQLite program sees the file: on a copy (with its journal, if hot)."""
    scratch.mkdir(parents=True, exist_ok=True)
    copy = scratch / path.name
    shutil.copyfile(path, copy)
    journal = Path(f"{path}-journal")
    if journal.exists():
        shutil.copyfile(journal, Path(f"{copy}-journal"))
    conn = sqlite3.connect(copy)  # read-write, so a hot journal is rolled back as SQLite does
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


# ------------------------------------------------------------------ child processes


RUNNING: list[Child] = []  # every child started, so a failed test never leaves one behind (see conftest)


class Child:
    """A Python script run as a real process; its stdout read line by line, with timeouts."""

    def __init__(self, script: str, *args: str | Path, env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / script), *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
            cwd=ROOT,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        RUNNING.append(self)

    @property
    def pid(self) -> int:
        return self.process.pid

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, timeout: float = 60.0) -> str | None:
        """The next line the child printed (None at its end); fails the test if it says nothing in time."""
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            pytest.fail(f"the child said nothing for {timeout} s; it printed {self.seen[-5:]}")
        if line is not None:
            self.seen.append(line)
        return line

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = 60.0) -> str:
        while True:
            line = self.next_line(timeout)
            if line is None:
                pytest.fail(f"the child ended before the line expected: {self.seen[-5:]}\n{self.stderr()}")
            if predicate(line):
                return line

    def kill(self) -> list[str]:
        """SIGKILL now, as a crash or a pulled plug would; returns what it printed that was not read yet."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        rest: list[str] = []
        while (line := self.next_line(timeout=30)) is not None:
            rest.append(line)
        return rest

    def finish(self, timeout: float = 120.0) -> int:
        code = self.process.wait(timeout=timeout)
        while self.next_line(timeout=30) is not None:
            pass
        return code

    def stderr(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read()


def refusal(action: Callable[[], object]) -> str:
    """The message of the ``PlanError`` that ``action`` raises; any other exception fails the test, briefly.

    (A raw database error's long traceback is summed up in one line: the bug is that it escaped at all.)
    """
    from planner_gui.core.errors import PlanError

    try:
        action()
    except PlanError as error:
        return str(error)
    except Exception as error:
        pytest.fail(f"{type(error).__module__}.{type(error).__name__} escaped, not a message: {error}", pytrace=False)
    pytest.fail("it was not refused", pytrace=False)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0, step: float = 0.002) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            pytest.fail(f"waited {timeout} s in vain")
        time.sleep(step)


# ------------------------------------------------------------------ faults


def no_space(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def no_permission(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


def stick_removed(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise OSError(errno.EIO, os.strerror(errno.EIO))


def set_disk_room(doc: Any, pages: int | None) -> None:
    """Play a full disk for the plan's own connection: SQLite may grow the file to ``pages`` pages (None: no limit)."""
    conn = doc.session.connection()
    limit = pages if pages is not None else 1_073_741_823
    if pages == 0:
        limit = int(conn.exec_driver_sql("PRAGMA page_count").scalar())
    conn.exec_driver_sql(f"PRAGMA max_page_count={limit}")
    doc.session.commit()


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@contextlib.contextmanager
def write_protected(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) made unwritable for real, as a write-protected stick is.

    Not root: chmod (EACCES). Root writes through any permission, so ``path`` is
    bind-mounted on itself read-only (EROFS, what a write-protected stick gives);
    the test is skipped where root may not mount (a container without CAP_SYS_ADMIN).
    """
    if not IS_ROOT:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    done = _mount("--bind", str(path), str(path))
    if done.returncode != 0:
        pytest.skip(f"root writes anywhere, and may not mount here to play a write-protected stick: {done.stderr}")
    try:
        if _mount("-o", "remount,bind,ro", str(path)).returncode != 0:
            pytest.skip("root writes anywhere, and may not remount read-only here")
        yield
    finally:
        subprocess.run(["umount", str(path)], check=True)


@contextlib.contextmanager
def read_only_file_system(path: Path) -> Iterator[None]:
    """``path`` on a read-only file system (EROFS), exactly as on a write-protected stick. Root only."""
    if not IS_ROOT:
        pytest.skip("a read-only file system is a mount, which needs root (chmod plays the stick otherwise)")
    with write_protected(path):
        yield


@contextlib.contextmanager
def small_disk(folder: Path, kilobytes: int) -> Iterator[Path]:
    """A real disk of ``kilobytes`` mounted at ``folder`` (tmpfs): writes past it fail with ENOSPC. Root only."""
    if not IS_ROOT:
        pytest.skip("a real small disk is a tmpfs mount, which needs root (the monkeypatched variants run instead)")
    folder.mkdir()
    done = _mount("-t", "tmpfs", "-o", f"size={kilobytes}k,mode=0755", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"root may not mount a small disk here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)
