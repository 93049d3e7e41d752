"""The room server's life: listen only while room voting is on, then let go of the port.

waitress serves the app: pure Python, with its own limits. Its event loop runs
in a daemon thread; requests run on a few worker threads, which only parse,
check and wait for the one writer, so a handful is plenty. A slow client holds
a connection (its bytes are read by the event loop), not a thread, and is cut
after ``channel_timeout`` seconds without a byte.
"""

from __future__ import annotations

import errno
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from typing import Any

from waitress import create_server, wasyncore
from waitress.channel import HTTPChannel

from planner_gui.i18n import _

from .form import MAX_BODY

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

SETTINGS: dict[str, Any] = {
    "threads": 8,  # they wait on the one writer; more would only queue there
    "connection_limit": 200,  # a board of 100, a phone and a laptop each
    "channel_timeout": 20,  # seconds without a byte before a connection is closed (slow clients)
    "cleanup_interval": 5,  # how often that is checked
    "max_request_body_size": MAX_BODY + 1,  # waitress refuses a body of this size or more: MAX_BODY passes
    "max_request_header_size": 16 * 1024,
    "ident": "",  # no Server header: nothing says what answers here
    "expose_tracebacks": False,
    "asyncore_use_poll": True,  # select() can't count past 1,024 sockets
    "clear_untrusted_proxy_headers": True,  # no proxy: X-Forwarded-* from a client mean nothing
    "url_scheme": "http",
}


PER_ADDRESS = 24  # connections one address may hold open: a browser opens at most 6 to a server


def _per_address_channel(limit: int) -> type:
    """waitress's connection, refused at once when its address already holds ``limit`` open ones.

    waitress caps connections in all (``connection_limit``) but not per client,
    so one device on the network could hold every slot; this keeps the others'.
    """

    class PerAddressChannel(HTTPChannel):  # type: ignore[misc]
        def __init__(self, server: Any, sock: socket.socket, addr: Any, adj: Any, map: Any = None) -> None:
            host = addr[0] if isinstance(addr, tuple) else addr
            held = sum(1 for c in (map or {}).values() if isinstance(c, HTTPChannel) and c.addr and c.addr[0] == host)
            if held >= limit:
                sock.close()  # never registered: the event loop does not see it
                return
            super().__init__(server, sock, addr, adj, map)

    return PerAddressChannel


class RoomServerError(OSError):
    """The room server could not start; the message says what a person can do about it."""


class RoomServer:
    """Serves a WSGI app on ``host:port`` from :meth:`start` until :meth:`stop`."""

    def __init__(
        self,
        app: WSGIApp,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        per_address: int = PER_ADDRESS,
        **settings: Any,
    ) -> None:
        self.app = app
        self.host = host
        self.port = port
        self.per_address = per_address
        self.settings = {**SETTINGS, **settings}
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._bound: tuple[str, int] | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def address(self) -> tuple[str, int]:
        """The address and port listened on (the port chosen by the system when 0 was asked)."""
        if self._bound is None:
            raise RuntimeError("The room server is not started.")
        return self._bound

    @property
    def url(self) -> str:
        """``http://host:port`` as a browser on the same machine would type it."""
        host, port = self.address
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def start(self) -> RoomServer:
        if self.running:
            return self
        try:
            server = create_server(self.app, host=self.host, port=self.port, **self.settings)
        except OSError as error:
            raise RoomServerError(error.errno, _why_not(error, self.host, self.port)) from error
        except ValueError as error:  # waitress: a host name that resolves to nothing
            raise RoomServerError(
                errno.EINVAL, _("{host!r} is not an address this computer can listen on.").format(host=self.host)
            ) from error
        server.channel_class = _per_address_channel(self.per_address)
        self._server = server
        self._bound = (str(server.effective_host), int(server.effective_port))
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth" under a burst
        self._thread = threading.Thread(target=server.run, name="room-server", daemon=True)
        self._thread.start()
        return self

    def settle(self, timeout: float = 2.0) -> bool:
        """Wait up to ``timeout`` s until no request is being answered and no answer waits to be sent.

        Call it between closing the writer and :meth:`stop`, so a member whose
        ballot was just committed gets the page saying so. True if it settled.
        """
        server = self._server
        if server is None:
            return True
        deadline = time.monotonic() + timeout
        while True:
            dispatcher = server.task_dispatcher
            busy = dispatcher.active_count > 0 or bool(dispatcher.queue)
            unsent = any(getattr(channel, "total_outbufs_len", 0) for channel in list(server._map.values()))
            if not busy and not unsent:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)

    def stop(self, timeout: float = 5.0) -> None:
        """Close the listening socket and every connection, and end the server's threads within ``timeout`` s.

        Switching room voting off: close the writer first (members waiting for it
        are told at once), then stop the server.
        """
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._server = self._thread = None
        closed = threading.Event()

        def close_everything() -> None:  # runs in the event loop's own thread, between two polls
            wasyncore.close_all(server._map, ignore_all=True)
            closed.set()

        with suppress(OSError):  # the loop has ended already and closed its trigger: nothing to wait for
            server.trigger.pull_trigger(close_everything)
        if not closed.wait(timeout if thread.is_alive() else 0):  # the loop is stuck or gone: close from here
            wasyncore.close_all(server._map, ignore_all=True)
        thread.join(timeout)
        server.task_dispatcher.shutdown(cancel_pending=True, timeout=timeout)

    def __enter__(self) -> RoomServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _why_not(error: OSError, host: str, port: int) -> str:
    if error.errno == errno.EADDRINUSE:
        return _(
            "Port {port} on {host} is already in use, perhaps by another copy of Retreat Planner. "
            "Stop that one, or choose another port (or 0 for any free port)."
        ).format(port=port, host=host)
    if error.errno == errno.EADDRNOTAVAIL:
        return _(
            "This computer has no network address {host}. Check its network connection, or choose another address."
        ).format(host=host)
    if error.errno == errno.EACCES:
        return _("Port {port} needs administrator rights on this computer. Choose a port above 1024.").format(port=port)
    if isinstance(error, socket.gaierror):
        return _("{host!r} is not an address this computer can listen on.").format(host=host)
    return _("Room voting could not listen on {host} port {port}: {error}.").format(
        host=host, port=port, error=error.strerror or error
    )
