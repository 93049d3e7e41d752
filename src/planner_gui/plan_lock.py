"""Who has a plan open: a ``QLockFile`` next to the plan file.

The lock records the holder's process id, host and program; a lock left by a
crashed instance on this host is recognised as stale and taken over. Only
QtCore is used (no QApplication), so the command line can take the lock too.
This module is on the Qt side on purpose: the core stays Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    program: str

    def describe(self) -> str:
        return f"{self.program or 'another program'} (process {self.pid} on {self.host or 'another computer'})"


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
        return LockHolder(int(pid), str(host), str(program))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
