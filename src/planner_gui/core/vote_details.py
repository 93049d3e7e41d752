"""Who voted what on each objective, read from the plan only when something shows it, a few rows at a time.

The tallies need only sums, which SQLite adds up; each member's vote and comment
(the Results tab's votes by name, the workbook's Votes sheet) are 200,000 rows at
2,000 objectives and 100 members. A table on screen shows a few dozen
objectives, so they are read in batches of neighbouring objectives (in the
plan's order) as each is first asked for; reading them all, for a sort or the
workbook, is one batch after another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

VoteRow = tuple[int, int, str, str]  # member id, objective id, priority, comment
BATCH = 100  # objectives read at once: a screenful or three, a few milliseconds


class VoteDetails:
    def __init__(
        self,
        read: Callable[[Sequence[int]], Iterable[VoteRow]],
        voters: frozenset[int],
        objectives: Sequence[int] = (),
    ) -> None:
        """``read(objective_ids)`` gives the votes on those objectives; ``objectives`` is the plan's order."""
        self._read = read
        self._voters = voters
        self._order = list(objectives)
        self._place = {objective_id: i for i, objective_id in enumerate(self._order)}
        self._read_batches: set[int] = set()
        self._by_member: dict[int, dict[int, str]] = {}
        self._comments: dict[int, dict[int, str]] = {}

    def _load(self, objective_id: int) -> None:
        place = self._place.get(objective_id)
        if place is None:
            return  # not an objective of these results: no votes
        batch = place // BATCH
        if batch in self._read_batches:
            return
        self._read_batches.add(batch)
        for member_id, voted_on, priority, comment in self._read(self._order[batch * BATCH : (batch + 1) * BATCH]):
            if member_id not in self._voters:
                continue  # a member since marked as not voting
            self._by_member.setdefault(voted_on, {})[member_id] = priority
            if comment:
                self._comments.setdefault(voted_on, {})[member_id] = comment

    def by_member(self, objective_id: int) -> dict[int, str]:
        self._load(objective_id)
        return self._by_member.get(objective_id, {})

    def comments(self, objective_id: int) -> dict[int, str]:
        self._load(objective_id)
        return self._comments.get(objective_id, {})


NO_DETAILS = VoteDetails(lambda ids: (), frozenset())
