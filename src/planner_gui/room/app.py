"""The room's WSGI app: a member's page at ``/v/<token>``, and nothing else.

- ``GET``/``HEAD /v/<token>``: the ballot; "recorded" once voted (if the board
  allows no change); "voting is closed" when the round is closed.
- ``POST /v/<token>``: a ballot. Checked here for size, type, origin and form
  shape; then handed, with the member's nonce, to the one writer, which asks
  the box to record it (one transaction). The member sees "recorded" (by a
  303 to their page) only after the writer answered that it was committed.
- Any other path: 404; any other method: 405; after too many wrong links from
  one address: 429 for a while.

Every call on the box runs inside one callable handed to the writer, so one
request costs the document's thread one short turn, and the order of "is the
round open?", "is this form fresh?" and "record it" can't be interleaved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .assets import SECURITY_HEADERS
from .box import BallotBox, BallotForm, Choices, SubmitOutcome
from .form import MAX_BODY, FormError, PostedBallot, is_form_type, parse_ballot
from .guards import NonceBook, Spent, WrongLinkBrake, same_origin
from .links import LINK_PREFIX, RoundKey, member_for_token, token_from_path
from .page import ballot_page, closed_page, message_page, recorded_page, text
from .texts import ENGLISH, Texts, texts_for
from .writer import OneWriter, WriterClosed, wait_for

log = logging.getLogger(__name__)

StartResponse = Callable[..., Any]
Environ = dict[str, Any]
Reply = tuple[int, str, list[tuple[str, str]]]  # status, page, extra headers
HTML = "text/html; charset=utf-8"
STATUS = {
    200: "200 OK", 303: "303 See Other", 400: "400 Bad Request", 403: "403 Forbidden", 404: "404 Not Found",
    405: "405 Method Not Allowed", 409: "409 Conflict", 413: "413 Content Too Large", 415: "415 Unsupported Media Type",
    422: "422 Unprocessable Content", 429: "429 Too Many Requests", 500: "500 Internal Server Error",
    503: "503 Service Unavailable",
}  # fmt: skip


@dataclass
class _Seen:
    """What one turn on the document's thread found out (rendered afterwards, on the server's thread)."""

    member_id: int | None = None
    is_open: bool = False
    voted: bool = False
    form: BallotForm | None = None
    outcome: SubmitOutcome | None = None
    spent: Spent | None = None
    problems: tuple[str, ...] = ()
    kept: Choices | None = None


class RoomApp:
    """The WSGI app of one round. ``box`` is only ever called through ``writer``."""

    def __init__(
        self,
        key: RoundKey,
        box: BallotBox,
        writer: OneWriter,
        *,
        texts: Texts = ENGLISH,
        answer_timeout: float = 10.0,
        answer_grace: float = 5.0,
        brake: WrongLinkBrake | None = None,
        nonces: NonceBook | None = None,
    ) -> None:
        self.key = key
        self._box = box
        self._writer = writer
        self.texts = texts
        self.answer_timeout = answer_timeout  # how long a member waits for the document's thread
        self.answer_grace = answer_grace  # and, if it started on their ballot by then, for its commit
        self.brake = brake or WrongLinkBrake()
        self.nonces = nonces or NonceBook(key)

    def _language(self) -> str:
        """The plan's documents' language, as the box last read it (on the document's thread)."""
        language = getattr(self._box, "language", "en")
        return language if isinstance(language, str) else "en"

    def _said(self) -> Texts:
        """The texts a member reads: those given, else the plan's language's."""
        return texts_for(self._language()) if self.texts is ENGLISH else self.texts

    # ------------------------------------------------------------------ WSGI
    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        path = str(environ.get("PATH_INFO", ""))
        address = str(environ.get("REMOTE_ADDR", ""))
        try:
            status, page, headers = self._answer(method, path, address, environ)
        except Exception:
            log.exception("room voting: a request failed")
            status, page, headers = 500, message_page("broken", texts=self._said(), lang=self._language()), []
        body = page.encode("utf-8")
        start_response(
            STATUS[status],
            [("Content-Type", HTML), ("Content-Length", str(len(body))), *SECURITY_HEADERS, *headers],
        )
        return [] if method == "HEAD" else [body]

    def _answer(self, method: str, path: str, address: str, environ: Environ) -> Reply:
        if method not in ("GET", "HEAD", "POST"):
            return 405, self._message("method"), [("Allow", "GET, HEAD, POST")]
        token = token_from_path(path)
        if token is None:
            if path.startswith(LINK_PREFIX):
                self.brake.wrong(address)
            # The room's own address (the projector's code) says how to vote, and is still no page of the plan.
            return 404, self._message("root" if path == "/" else "notfound"), []
        wait = self.brake.paused_for(address)
        if wait > 0:
            return 429, self._message("ratelimit"), [("Retry-After", str(int(wait) + 1))]
        if method == "POST":
            return self._post(token, address, environ)
        return self._get(token, address)

    def _message(self, key: str, why: str = "") -> str:
        return message_page(key, texts=self._said(), lang=self._language(), why=why)

    def _turn(self, address: str, work: Callable[[], _Seen]) -> tuple[_Seen | None, Reply]:
        """Run ``work`` on the document's thread; the answer, or the page saying why there is none."""
        try:
            answer = wait_for(self._writer.call(work), self.answer_timeout, self.answer_grace)
        except WriterClosed:
            return None, (503, self._message("closed"), [])
        if answer.state == "not_run":
            return None, (503, self._message("busy"), [("Retry-After", "2")])
        if answer.value is None:
            return None, (503, self._message("unknown"), [])
        seen = answer.value
        if seen.member_id is None:
            self.brake.wrong(address)
            return None, (404, self._message("notfound"), [])
        return seen, (200, "", [])

    def _lookup(self, token: str) -> int | None:
        """On the document's thread: whose link this is."""
        return member_for_token(self.key, token, self._box.member_ids())

    # ------------------------------------------------------------------ GET
    def _get(self, token: str, address: str) -> Reply:
        def work() -> _Seen:
            member = self._lookup(token)
            if member is None:
                return _Seen()
            box = self._box
            return _Seen(member, box.is_open(), box.has_voted(member), box.form(member))

        seen, refusal = self._turn(address, work)
        if seen is None or seen.member_id is None or seen.form is None:
            return refusal
        form = seen.form
        if not seen.is_open:
            return 200, closed_page(form, seen.voted, texts=self.texts), []
        if seen.voted and not form.may_change:
            return 200, recorded_page(form, texts=self.texts), []
        nonce = self.nonces.issue(seen.member_id)
        return 200, ballot_page(form, LINK_PREFIX + token, nonce, voted=seen.voted, texts=self.texts), []

    # ------------------------------------------------------------------ POST
    def _post(self, token: str, address: str, environ: Environ) -> Reply:
        if not same_origin(environ):
            return 403, self._message("crosssite"), []
        if not is_form_type(str(environ.get("CONTENT_TYPE", ""))):
            return 415, self._message("mediatype"), []
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            return 413, self._message("toolarge"), []  # (waitress itself refuses more before the app runs)
        body = environ["wsgi.input"].read(length) if length else b""
        try:
            posted: PostedBallot | None = parse_ballot(body)
            bad_form: FormError | None = None
        except FormError as error:
            posted, bad_form = None, error

        def work() -> _Seen:
            member = self._lookup(token)
            if member is None:
                return _Seen()
            box = self._box
            if not box.is_open():
                return _Seen(member, False, box.has_voted(member), box.form(member))
            if posted is None:
                return _Seen(member, True)
            spent = self.nonces.spend(member, posted.nonce)
            if spent is not Spent.OK:
                voted = box.has_voted(member)
                kept = None if spent is Spent.REPLAYED and voted else posted.choices  # a replay shows what is recorded
                return _Seen(member, True, voted, box.form(member), spent=spent, kept=kept)
            outcome = box.submit(member, posted.choices, posted.replace)
            if outcome.accepted:
                return _Seen(member, True, True, outcome=outcome)
            voted = box.has_voted(member)
            return _Seen(member, True, voted, box.form(member), outcome, problems=outcome.problems, kept=posted.choices)

        seen, refusal = self._turn(address, work)
        if seen is None or seen.member_id is None:
            return refusal
        if bad_form is not None:
            why = text(self._said(), bad_form.key, **bad_form.values)
            return 400, self._message("badform", why=why), []
        if seen.outcome is not None and seen.outcome.accepted:
            return 303, "", [("Location", LINK_PREFIX + token)]
        form = seen.form
        assert form is not None
        if not seen.is_open:
            return 200, closed_page(form, seen.voted, texts=self.texts, posted=True), []
        status, problems = 422, seen.problems
        if seen.spent is Spent.REPLAYED:
            status, problems = 409, (text(self._said(), "error.replayed"),)
        elif seen.spent is Spent.STALE:
            status, problems = 409, (text(self._said(), "error.stale"),)
        if seen.voted and not form.may_change:  # nothing to fill in again: say what is recorded
            return status, recorded_page(form, texts=self.texts, problems=seen.problems), []
        nonce = self.nonces.issue(seen.member_id)
        page = ballot_page(
            form, LINK_PREFIX + token, nonce, voted=seen.voted, texts=self.texts, problems=problems, kept=seen.kept
        )
        return status, page, []
