"""Room voting: board members rank the objectives from their own phones over the venue's network.

Qt-free, and it never touches the plan: the pages are a small WSGI app served by
waitress, and every ballot goes to a :class:`~planner_gui.room.box.BallotBox` that
the program implements over the open document, through the one thread that owns it
(:mod:`planner_gui.room.writer`).
"""

from __future__ import annotations

from .app import RoomApp
from .box import PRIORITIES, BallotBox, BallotForm, Choices, FormObjective, SubmitOutcome
from .links import RoundKey, member_for_token, member_path, member_token, member_url, new_round_key
from .writer import OneWriter, QueueWriter, WriterClosed

__all__ = [
    "PRIORITIES",
    "BallotBox",
    "BallotForm",
    "Choices",
    "FormObjective",
    "OneWriter",
    "QueueWriter",
    "RoomApp",
    "RoundKey",
    "SubmitOutcome",
    "WriterClosed",
    "member_for_token",
    "member_path",
    "member_token",
    "member_url",
    "new_round_key",
]
