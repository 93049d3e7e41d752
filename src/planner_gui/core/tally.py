"""The room's picture of the ballots: counts per tier, mean score and consensus. Pure functions.

Scores: high 3, medium 2, low 1, dropped 0, so the mean runs from 0 (everyone
would drop it) to 3 (everyone ranks it high).

Consensus is Tastle and Wierman's measure for ordinal scales (2007):

    consensus = 1 + Σ pᵢ · log₂(1 − |Xᵢ − μ| / d)

where pᵢ is the share of the votes in tier i, Xᵢ its score, μ the mean score
and d = 3 the width of the scale. A unanimous room gives 1; a room split half
"high", half "dropped" gives 0; anything in between falls between, lower the
further apart the votes are. An objective whose consensus is below
``CONTESTED_BELOW`` (with at least two votes) is flagged for discussion.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from planner_gui.core.model_ranking import PRIORITIES
from planner_gui.core.words import parse_priority as parse_priority  # where readers have always found it

SCORES = {"high": 3, "medium": 2, "low": 1, "dropped": 0}
WIDTH = max(SCORES.values()) - min(SCORES.values())
CONTESTED_BELOW = 0.6


@dataclass(frozen=True)
class Tally:
    """Votes on one objective, each weighted (a weight of 1 unless the board's rules say otherwise)."""

    high: float = 0.0
    medium: float = 0.0
    low: float = 0.0
    dropped: float = 0.0

    def count(self, priority: str) -> float:
        return float(getattr(self, priority))

    @property
    def counts(self) -> tuple[float, float, float, float]:
        return (self.high, self.medium, self.low, self.dropped)

    @property
    def total(self) -> float:
        return self.high + self.medium + self.low + self.dropped

    @property
    def mean(self) -> float | None:
        total = self.total
        if total <= 0:
            return None
        return sum(self.count(p) * SCORES[p] for p in PRIORITIES) / total

    @property
    def consensus(self) -> float | None:
        mean, total = self.mean, self.total
        if mean is None:
            return None
        value = 1.0
        for priority in PRIORITIES:
            share = self.count(priority) / total
            if share:
                value += share * math.log2(1 - abs(SCORES[priority] - mean) / WIDTH)
        return min(1.0, max(0.0, value))

    @property
    def contested(self) -> bool:
        consensus = self.consensus
        return consensus is not None and self.total >= 2 and consensus < CONTESTED_BELOW

    @property
    def leading(self) -> str | None:
        """The tier with the most votes (the higher one on a tie), or None without votes."""
        if self.total <= 0:
            return None
        return max(PRIORITIES, key=lambda p: (self.count(p), SCORES[p]))

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self.counts, other.counts, strict=True)))


def tally(votes: Iterable[tuple[str, float]]) -> Tally:
    """Add up ``(priority, weight)`` pairs; the order never matters.

    The definition of a tally: ``RankingEdits.results`` has SQLite count the plan's votes instead (from an
    index, a weight at a time), and a property test holds it to this.
    """
    sums = dict.fromkeys(PRIORITIES, 0.0)
    for priority, weight in votes:
        if priority not in sums:
            raise ValueError(f"“{priority}” is not a priority")
        sums[priority] += weight
    return Tally(**sums)
