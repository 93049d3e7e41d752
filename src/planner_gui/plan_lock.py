"""Who has a plan open: a ``QLockFile`` next to the plan file.

The lock records the holder's process id, host and program; a lock left by a
crashed instance on this host is recognised as stale and taken over. Only
QtCore is used (no QApplication), so the command line can take the lock too.
This module is on the Qt side on purpose: the core stays Qt-free.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QLockFile, QSysInfo

from planner_gui import APP_NAME
from planner_gui.i18n import _


@dataclass(frozen=True)
class LockHolder:
    """Who holds a plan's lock. ``program`` is the process's name as Qt records it ("python3.11" from source)."""

    pid: int
    host: str
    program: str
    since: datetime | None = None

    def describe(self) -> str:
        """In a person's words: "Retreat Planner on this computer since 10:42".

        Only Retreat Planner (its window or its command line) makes a plan's
        lock file, whatever the process is called, so the program is named as
        that; the computer is "this" one, or named when the plan is on a
        shared folder; the time is when the plan was opened there.
        """
        here = not self.host or self.host == QSysInfo.machineHostName()
        where = _("on this computer") if here else _("on the computer “{host}”").format(host=self.host)
        program = (
            _("another window of {program}").format(program=APP_NAME) if here and self.pid == os.getpid() else APP_NAME
        )
        # One sentence, so that a language may order its parts its own way.
        return _("{program} {where}{since}").format(program=program, where=where, since=_since(self.since))


def _since(when: datetime | None) -> str:
    if when is None:
        return ""
    locale, moment = QLocale(), QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    if when.date() == datetime.now().date():
        return _(" since {time}").format(time=locale.toString(moment.time(), QLocale.FormatType.ShortFormat))
    return _(" since {time}").format(time=locale.toString(moment, QLocale.FormatType.ShortFormat))


def lock_path_for(plan_path: Path) -> Path:
    plan_path = Path(plan_path)
    return plan_path.with_name(f"{plan_path.name}.lock")


class PlanLock:
    """Try to become the one writer of a plan; ask who holds it if not."""

    def __init__(self, plan_path: Path) -> None:
        self.path = lock_path_for(plan_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self, timeout_ms: int = 200) -> bool:
        return bool(self._lock.tryLock(timeout_ms))

    @property
    def blocked_by_permissions(self) -> bool:
        return self._lock.error() == QLockFile.LockError.PermissionError

    def holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not info or not info[0]:
            return None
        pid, host, program = info
        try:
            since: datetime | None = datetime.fromtimestamp(self.path.stat().st_mtime)
        except OSError:
            since = None
        return LockHolder(int(pid), str(host), str(program), since)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
