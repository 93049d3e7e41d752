"""Reading a posted ballot: sizes, field names and types only. The ballot's rules are the box's.

Limits (a member's browser never comes near them; a hostile client is stopped at them):

- the body: :data:`MAX_BODY` = 4 MiB. The largest honest ballot of 200 objectives,
  each with a comment of :data:`COMMENT_LIMIT` (2,000) characters, is 0.41 MB
  when the comments are in plain English (each character one byte, a space "+"),
  and 3.6 MB when every character is outside ASCII (three UTF-8 bytes, each sent
  as "%XX": 9 bytes a character): 200 x (2,000 x 9 + 30) = 3,606,000 bytes,
  under 4 MiB = 4,194,304 bytes. 1 MiB would hold only the English ones.
- the fields: :data:`MAX_FIELDS` (two an objective for 5,000 objectives, and a few more);
- a comment: :data:`COMMENT_LIMIT` characters, after line breaks are made "\\n";
- a priority: :data:`PRIORITY_LIMIT` characters (which word it is, the box checks);
- objective ids: whole numbers of at most 12 digits, in field names ``p<id>`` and ``c<id>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from .page import COMMENT_LIMIT

MAX_BODY = 4 * 1024 * 1024
MAX_OBJECTIVES = 5000
MAX_FIELDS = 2 * MAX_OBJECTIVES + 8
PRIORITY_LIMIT = 16
NONCE_LIMIT = 200
FORM_TYPE = "application/x-www-form-urlencoded"

_FIELD = re.compile(r"([pc])([1-9][0-9]{0,11})")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # never typed; openpyxl refuses them in a cell


class FormError(ValueError):
    """The post is not a ballot form this page could have sent: a text key and its values for the page."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass
class PostedBallot:
    nonce: str = ""
    replace: bool = False
    choices: dict[int, tuple[str | None, str]] = field(default_factory=dict)


def is_form_type(content_type: str) -> bool:
    """Whether a Content-Type is the plain HTML form's (any ``charset`` parameter must say UTF-8)."""
    kind, _, params = content_type.partition(";")
    if kind.strip().lower() != FORM_TYPE:
        return False
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            return False
    return True


def clean_comment(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def parse_ballot(body: bytes) -> PostedBallot:
    """The fields of a ballot post, or :class:`FormError`."""
    try:
        text = body.decode("ascii")  # a urlencoded body is ASCII; the text inside is %-escaped UTF-8
        pairs = parse_qsl(
            text, keep_blank_values=True, strict_parsing=bool(text), encoding="utf-8", errors="strict",
            max_num_fields=MAX_FIELDS,
        )  # fmt: skip
    except UnicodeError as error:
        raise FormError("error.encoding") from error
    except ValueError as error:  # too many fields, or not name=value pairs
        raise FormError("error.too_many_fields" if "Max number" in str(error) else "error.encoding") from error
    posted = PostedBallot()
    priorities: dict[int, str] = {}
    comments: dict[int, str] = {}
    seen: set[str] = set()
    for name, value in pairs:
        if name in seen:
            raise FormError("error.twice", name=name[:40])
        seen.add(name)
        if name == "nonce":
            posted.nonce = value[:NONCE_LIMIT]
            continue
        if name == "replace":
            posted.replace = value == "1"
            continue
        match = _FIELD.fullmatch(name)
        if match is None:
            raise FormError("error.field", name=name[:40])
        objective_id = int(match.group(2))
        if match.group(1) == "p":
            if len(value) > PRIORITY_LIMIT:
                raise FormError("error.priority_long")
            priorities[objective_id] = value
        else:
            comment = clean_comment(value)
            if len(comment) > COMMENT_LIMIT:
                raise FormError("error.comment_long", limit=COMMENT_LIMIT)
            comments[objective_id] = comment
    for objective_id in sorted(priorities.keys() | comments.keys()):
        priority = priorities.get(objective_id) or None
        comment = comments.get(objective_id, "")
        if priority is not None or comment:
            posted.choices[objective_id] = (priority, comment)
    return posted
