"""``planner-gui room`` run as a real process on 127.0.0.1, as a facilitator's second laptop would run it.

Its stdout (one ``NAME<TAB>LINK`` line per member who may still vote) and stderr
are read by threads of their own, so a test never blocks on a pipe; every wait
is bounded in time.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

READY = re.compile(r"^Room voting on (http://\S+): ")


class RoomProcess:
    def __init__(
        self,
        plan: Path,
        *extra: str,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
        program: list[str] | None = None,
    ) -> None:
        """``program``: the command to run (``planner-gui`` from this checkout unless given: a frozen bundle)."""
        command = program or [sys.executable, "-m", "planner_gui"]
        args = [*command, "room", str(plan), "--address", "127.0.0.1", "--port", "0"]
        self.process = subprocess.Popen(
            [*args, *extra],
            cwd=cwd or plan.parent,
            env=env
            if program is not None and env is not None
            else {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self._err_lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None and self.process.stderr is not None
        threading.Thread(target=self._read, args=(self.process.stdout, self.out, None), daemon=True).start()
        threading.Thread(target=self._read, args=(self.process.stderr, self.err, self._err_lines), daemon=True).start()
        self.base = ""

    @staticmethod
    def _read(stream, into: list[str], lines: queue.Queue[str] | None) -> None:  # type: ignore[no-untyped-def]
        with stream:  # closed at the end of the output (the process ended)
            for line in stream:
                into.append(line.rstrip("\n"))
                if lines is not None:
                    lines.put(line.rstrip("\n"))

    def wait_ready(self, timeout: float = 60.0) -> str:
        """The base address, once the server listens and the links are out (the stderr line says so)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._err_lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None:
                    time.sleep(0.2)
                    raise AssertionError(
                        f"planner-gui room ended early ({self.process.returncode}): {self.err}"
                    ) from None
                continue
            found = READY.match(line)
            if found:
                self.base = found.group(1)
                time.sleep(0.05)  # the stdout thread has the links by now (printed before this line)
                return self.base
        raise AssertionError(f"planner-gui room did not start in time: {self.err}")

    @property
    def port(self) -> int:
        return int(urlsplit(self.base).port or 0)

    def links(self) -> dict[str, str]:
        return dict(line.split("\t", 1) for line in self.out if "\t" in line)

    def stop(self, number: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(number)
        return self.wait(timeout)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)

    def wait(self, timeout: float = 30.0) -> int:
        code = self.process.wait(timeout)
        time.sleep(0.1)  # the reader threads take the last lines
        return code

    def __enter__(self) -> RoomProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()
