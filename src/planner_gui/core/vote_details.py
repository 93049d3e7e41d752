"""Who voted what on each objective, read from the plan only when something shows it.

The tallies need only sums, which SQLite adds up; each member's vote and comment
(the Results tab's votes by name, the workbook's Votes sheet) are 200,000 rows at
2,000 objectives and 100 members, read once, when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

VoteRow = tuple[int, int, str, str]  # member id, objective id, priority, comment


class VoteDetails:
    def __init__(self, read: Callable[[], Iterable[VoteRow]], voters: frozenset[int]) -> None:
        self._read = read
        self._voters = voters
        self._by_member: dict[int, dict[int, str]] | None = None
        self._comments: dict[int, dict[int, str]] = {}

    def _load(self) -> dict[int, dict[int, str]]:
        if self._by_member is None:
            by_member: dict[int, dict[int, str]] = {}
            for member_id, objective_id, priority, comment in self._read():
                if member_id not in self._voters:
                    continue  # a member since marked as not voting
                by_member.setdefault(objective_id, {})[member_id] = priority
                if comment:
                    self._comments.setdefault(objective_id, {})[member_id] = comment
            self._by_member = by_member
        return self._by_member

    def by_member(self, objective_id: int) -> dict[int, str]:
        return self._load().get(objective_id, {})

    def comments(self, objective_id: int) -> dict[int, str]:
        self._load()
        return self._comments.get(objective_id, {})


NO_DETAILS = VoteDetails(lambda: (), frozenset())
