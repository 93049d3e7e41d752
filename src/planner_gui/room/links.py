"""Each member's personal link: one member, one plan, one round, and not guessable.

A link is ``/v/<token>``, where the token is an HMAC-SHA256 of (plan, round,
member) under the round's secret, cut to 128 bits and written in URL-safe
base64 (22 characters). It is derived, not stored: the same secret gives the
same links after a restart, so member cards can be printed before the retreat.
A new round (a new secret, or the next round number) makes every old link
fail; so does another plan's secret.
"""

from __future__ import annotations

import base64
import hmac
import json
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from hashlib import sha256

SECRET_BYTES = 32
TOKEN_BYTES = 16  # 128 bits: far past guessing, short enough for a QR code a phone reads at a glance
TOKEN_LENGTH = 22  # base64url of 16 bytes, without padding
LINK_PREFIX = "/v/"
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{22}")


@dataclass(frozen=True)
class RoundKey:
    """The secret of one round of room voting on one plan."""

    secret: bytes
    plan_uid: str
    round_no: int

    def __post_init__(self) -> None:
        if len(self.secret) < SECRET_BYTES:
            raise ValueError(f"A round's secret is at least {SECRET_BYTES} random bytes.")
        if not self.plan_uid:
            raise ValueError("A round belongs to a plan: its uid can't be empty.")
        if isinstance(self.round_no, bool) or self.round_no < 1:
            raise ValueError("Rounds are numbered from 1.")

    def __repr__(self) -> str:  # never print the secret into a log
        return f"RoundKey(plan_uid={self.plan_uid!r}, round_no={self.round_no})"

    def mac(self, *parts: object) -> bytes:
        """HMAC-SHA256 of the parts (JSON-encoded, so no two lists of parts collide) under this round."""
        message = json.dumps([self.plan_uid, self.round_no, *parts], separators=(",", ":")).encode()
        return hmac.new(self.secret, message, sha256).digest()


def new_round_key(plan_uid: str, round_no: int = 1) -> RoundKey:
    """A fresh round with a secret from the operating system's random source."""
    return RoundKey(secrets.token_bytes(SECRET_BYTES), plan_uid, round_no)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def member_token(key: RoundKey, member_id: int) -> str:
    """The member's token for this plan and round (22 URL-safe characters, 128 bits)."""
    return _b64(key.mac("member-link", member_id)[:TOKEN_BYTES])


def member_for_token(key: RoundKey, token: str, member_ids: Iterable[int]) -> int | None:
    """The member whose token this is, or None.

    Every member's token is compared, each with :func:`hmac.compare_digest`,
    whether or not an earlier one matched: how long this takes says nothing
    about how close a guess came, nor which member it matched.
    """
    well_formed = TOKEN_PATTERN.fullmatch(token) is not None
    probe = token.encode("ascii") if well_formed else b"\0" * TOKEN_LENGTH
    found: int | None = None
    for member_id in member_ids:
        if hmac.compare_digest(member_token(key, member_id).encode("ascii"), probe) and well_formed:
            found = member_id
    return found


def member_path(key: RoundKey, member_id: int) -> str:
    """``/v/<token>``: the path of the member's page."""
    return LINK_PREFIX + member_token(key, member_id)


def member_url(base: str, key: RoundKey, member_id: int) -> str:
    """The full link for a member card or QR code, from the server's address (``http://10.0.0.5:8765``)."""
    if not base.startswith(("http://", "https://")):
        raise ValueError(f"The base address starts with http:// or https://, not {base!r}.")
    return base.rstrip("/") + member_path(key, member_id)


def token_from_path(path: str) -> str | None:
    """The token of a ``/v/<token>`` path, or None for any other path."""
    if not path.startswith(LINK_PREFIX):
        return None
    token = path[len(LINK_PREFIX) :]
    return token if TOKEN_PATTERN.fullmatch(token) else None
