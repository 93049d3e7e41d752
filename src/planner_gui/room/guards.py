"""What keeps a shared network out: one-time form nonces, a brake on wrong links, the same-origin check."""

from __future__ import annotations

import base64
import hmac
import secrets
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from enum import Enum
from urllib.parse import urlsplit

from .links import RoundKey

Clock = Callable[[], float]


class Spent(Enum):
    OK = "ok"
    REPLAYED = "replayed"  # this very form was sent before
    STALE = "stale"  # from before a restart, too old, or not this member's form


class NonceBook:
    """One-time form nonces, bound to the round and the member by an HMAC, spent at most once.

    A nonce is ``<boot>.<issued>.<random>.<mac>``. ``boot`` is random for each
    book, so a page from before the server restarted is refused as stale (the
    member submits again with their choices kept); spent nonces are kept in
    memory until they are too old to be accepted anyway (``ttl``).
    """

    def __init__(self, key: RoundKey, *, ttl: float = 24 * 3600.0, clock: Clock = time.time) -> None:
        self._key = key
        self._ttl = ttl
        self._clock = clock
        self._boot = secrets.token_urlsafe(6)
        self._spent: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def _mac(self, member_id: int, issued: str, rand: str) -> str:
        digest = self._key.mac("form-nonce", self._boot, member_id, issued, rand)[:16]
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def issue(self, member_id: int) -> str:
        issued = str(int(self._clock()))
        rand = secrets.token_urlsafe(12)
        return f"{self._boot}.{issued}.{rand}.{self._mac(member_id, issued, rand)}"

    def spend(self, member_id: int, nonce: str) -> Spent:
        parts = nonce.split(".")
        if len(parts) != 4 or parts[0] != self._boot or not parts[1].isdigit():
            return Spent.STALE
        _, issued, rand, mac = parts
        if not hmac.compare_digest(mac.encode(), self._mac(member_id, issued, rand).encode()):
            return Spent.STALE
        now = self._clock()
        if now - int(issued) > self._ttl:
            return Spent.STALE
        with self._lock:
            while self._spent and next(iter(self._spent.values())) < now - self._ttl:
                self._spent.popitem(last=False)
            if nonce in self._spent:
                return Spent.REPLAYED
            self._spent[nonce] = float(issued)
        return Spent.OK


class WrongLinkBrake:
    """After ``limit`` wrong links from one address within ``window`` s, that address gets 429 for ``pause`` s."""

    def __init__(
        self,
        *,
        limit: int = 10,
        window: float = 60.0,
        pause: float = 300.0,
        clock: Clock = time.monotonic,
        max_addresses: int = 4096,
    ) -> None:
        self.limit, self.window, self.pause = limit, window, pause
        self._clock = clock
        self._max = max_addresses
        self._wrong: OrderedDict[str, deque[float]] = OrderedDict()
        self._paused: dict[str, float] = {}
        self._lock = threading.Lock()

    def paused_for(self, address: str) -> float:
        """Seconds this address must still wait (0: it may ask)."""
        with self._lock:
            until = self._paused.get(address)
            if until is None:
                return 0.0
            left = until - self._clock()
            if left <= 0:
                del self._paused[address]
                return 0.0
            return left

    def wrong(self, address: str) -> None:
        now = self._clock()
        with self._lock:
            times = self._wrong.pop(address, None) or deque()
            times.append(now)
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.limit:
                self._paused[address] = now + self.pause
                times.clear()
            else:
                self._wrong[address] = times  # most recent last
            while len(self._wrong) > self._max:  # a flood of addresses forgets the quietest first
                self._wrong.popitem(last=False)
            if len(self._paused) > self._max:
                self._paused = {a: t for a, t in self._paused.items() if t > now}


def same_origin(environ: Mapping[str, object]) -> bool:
    """Whether a post comes from the server's own page, by ``Origin``, else ``Sec-Fetch-Site``, else ``Referer``.

    A post with none of the three (an old browser, a script) passes here; its
    one-time nonce still has to come from the member's own page.
    """
    host = str(environ.get("HTTP_HOST", "")).lower()
    if not host:
        return False
    scheme = str(environ.get("wsgi.url_scheme", "http"))
    origin = environ.get("HTTP_ORIGIN")
    if origin is not None:
        return str(origin).lower() == f"{scheme}://{host}"
    fetch_site = environ.get("HTTP_SEC_FETCH_SITE")
    if fetch_site is not None:
        return str(fetch_site).lower() in ("same-origin", "none")
    referer = environ.get("HTTP_REFERER")
    if referer is not None:
        try:
            parts = urlsplit(str(referer))
        except ValueError:
            return False
        return parts.scheme == scheme and parts.netloc.lower() == host
    return True
