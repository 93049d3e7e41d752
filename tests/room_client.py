"""A small HTTP client for the room server over loopback: a member's phone, as a test drives it."""

from __future__ import annotations

import http.client
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

LOOPBACK = "127.0.0.1"
TIERS = ("high", "medium", "low", "dropped")


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    text: str

    def nonce(self) -> str:
        found = re.search(r'name="nonce" value="([^"]+)"', self.text)
        assert found, f"the page has no form nonce: {self.text[:300]}"
        return found.group(1)


class Client:
    """HTTP over loopback to the room server on ``port``; every call bounded in time."""

    def __init__(self, port: int, host: str = LOOPBACK) -> None:
        self.port, self.host = port, host

    @classmethod
    def of(cls, url: str) -> Client:
        """A client for the server of a link or base address on loopback (never any other address)."""
        parts = urlsplit(url)
        assert parts.hostname == LOOPBACK, f"tests talk to {LOOPBACK} only, not {parts.hostname}"
        return cls(int(parts.port or 80))

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: Mapping[str, str] | None = None, *,
        source: str = LOOPBACK, timeout: float = 20.0,
    ) -> Reply:  # fmt: skip
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout, source_address=(source, 0))
        try:
            conn.request(method, path, body=body, headers=dict(headers or {}))
            response = conn.getresponse()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode())
        finally:
            conn.close()

    def post_form(self, path: str, fields: list[tuple[str, str]], *, source: str = LOOPBACK, **headers: str) -> Reply:
        sent = {"Content-Type": "application/x-www-form-urlencoded", "Origin": self.origin}
        sent.update({k.replace("_", "-"): v for k, v in headers.items()})
        return self.request("POST", path, urlencode(fields).encode(), sent, source=source)

    def vote(
        self, path: str, choices: Mapping[int, tuple[str, str]], *, source: str = LOOPBACK, replace: bool = False
    ) -> Reply:
        """Open the member's page, then send its form with these choices."""
        page = self.request("GET", path, source=source)
        assert page.status == 200, page.text[:500]
        return self.post_form(path, ballot_fields(page.nonce(), choices, replace=replace), source=source)


def ballot_fields(
    nonce: str, choices: Mapping[int, tuple[str, str]], *, replace: bool = False
) -> list[tuple[str, str]]:
    fields = [("nonce", nonce)] + ([("replace", "1")] if replace else [])
    for oid, (priority, comment) in choices.items():
        fields += [(f"p{oid}", priority), (f"c{oid}", comment)]
    return fields
