"""Room voting on an open plan, from start to stop: the box, the app and the server, in the right order.

Used by the window (``ui/pages/ranking/room_tab.py``, with its Qt writer) and by
``planner-gui room`` (with a :class:`~planner_gui.room.writer.QueueWriter` its
main thread drains). Both call :meth:`RoomVoting.stop` on the document's own
thread, which stops in this order:

1. the ballots already handed over are recorded (their members get an answer);
2. the box closes: a ballot arriving now is told voting is closed;
3. the writer closes: a request still waiting for it is told so, at once;
4. the answers already made are sent (a moment at most), then the port is let go.

So a ballot in flight is committed whole before room voting stops, and nothing
arriving after is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, TypeVar

from planner_gui.core.document import PlanDocument

from .app import RoomApp
from .assets import SECURITY_HEADERS
from .page import message_page
from .plan_box import Cast, PlanBox
from .server import RoomServer

T = TypeVar("T")


class Writer(Protocol):
    """A one writer (``room/writer.py``) that can also be drained and closed by its owner thread."""

    def call(self, fn: Callable[[], T]) -> Any: ...

    def run_pending(self, timeout: float | None = 0.0) -> int: ...

    def close(self) -> None: ...


class RoomVoting:
    """One round served on ``host:port`` (port 0: any free port) until :meth:`stop`."""

    def __init__(
        self,
        doc_of: Callable[[], PlanDocument],
        writer: Writer,
        host: str,
        port: int,
        *,
        cast: Cast | None = None,
        **server_settings: Any,
    ) -> None:
        self.writer = writer
        self._doc_of, self._cast = doc_of, cast
        self._app: RoomApp | None = None
        self._box: PlanBox | None = None
        self.server = RoomServer(self._serve, host, port, **server_settings)
        self.stopped = False

    def _serve(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        app = self._app
        if app is None:  # the moment between taking the port and having the round's pages: nobody has the address
            body = message_page("busy").encode("utf-8")
            headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
            start_response("503 Service Unavailable", [*headers, *SECURITY_HEADERS])
            return [body]
        return app(environ, start_response)

    @property
    def box(self) -> PlanBox:
        assert self._box is not None, "room voting is not started"
        return self._box

    def start(self) -> str:
        """Listen, then open the round: a refusal (raised as :class:`RoomServerError`) leaves the plan untouched.

        Returns the base address (``http://host:port``).
        """
        self.server.start()
        try:
            self._box = PlanBox(self._doc_of, cast=self._cast)  # makes the plan's round, the first time
            self._app = RoomApp(self._box.key, self._box, self.writer)
        except BaseException:
            self.server.stop()
            raise
        return self.server.url

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def running(self) -> bool:
        return self.server.running and not self.stopped

    def stop(self) -> None:
        """On the document's thread: record what was handed over, then close, then let the port go."""
        if self.stopped:
            return
        self.stopped = True
        self.writer.run_pending(0)
        if self._box is not None:
            self._box.close()
        self.writer.close()
        self.server.settle()
        self.server.stop()
