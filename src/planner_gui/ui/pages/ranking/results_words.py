"""What the Results tab says in words: its tips, the note on weights, and the page shown while the results are hidden.

In the window's language (translation context ``ResultsTab``, the tab's own), kept
apart from the tab's widgets and layout.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from planner_gui.core.model_ranking import PRIORITIES
from planner_gui.core.ranking import Voter
from planner_gui.ui import numbers, words
from planner_gui.ui.counts import counts


def by_name_tip(secret: bool) -> str:
    letters = ", ".join(
        f"{letter} {words.priority_name(p).lower()}"
        for letter, p in zip(words.priority_letters(), PRIORITIES, strict=True)
    )
    tip = QCoreApplication.translate(
        "ResultsTab",
        "Show each member's vote in a column of its own ({letters}; hover for their comment), "
        "or only the counts (anonymous)",
    ).format(letters=letters)
    if secret:
        tip += "\n\n" + QCoreApplication.translate(
            "ResultsTab", "Ballots are secret: nothing says whose a vote is, so votes can't be shown by name."
        )
    return tip


def how_to_read(consensus_help: str) -> str:
    mean = QCoreApplication.translate("ResultsTab", "Mean: high 3, medium 2, low 1, dropped 0.")
    return f"{mean}  {consensus_help}"


def weights_note(voters: list[Voter]) -> str:
    weighted = ", ".join(f"{escape(v.name)} ×{numbers.count(v.weight)}" for v in voters if v.weight != 1.0)
    return QCoreApplication.translate(
        "ResultsTab", "<b>Weighted ballots are in use</b> ({members}): the counts add up the weights."
    ).format(members=weighted)


def hands_note(hands: int) -> str:
    return counts().counted_by_hand_on(hands)


def waiting_html(voters: list[Voter], hands: int) -> str:
    """Who has voted and who has not, never how: the tab while the results are hidden."""
    voted, not_yet = (
        QCoreApplication.translate("ResultsTab", "voted"),
        QCoreApplication.translate("ResultsTab", "not yet"),
    )
    rows = "".join(
        f"<tr><td>{'✓' if v.voted else '—'}</td><td>{escape(v.name)}</td>"
        f"<td style='color:#44535C'>{voted if v.voted else not_yet}</td></tr>"
        for v in voters
    )
    if not voters:
        none = QCoreApplication.translate("ResultsTab", "No voting members yet: add them on the Members tab.")
        rows = f"<tr><td>{escape(none)}</td></tr>"
    nothing = QCoreApplication.translate("ResultsTab", "nothing counted yet")
    counted = counts().counted_for(hands) if hands else nothing
    hidden = QCoreApplication.translate(
        "ResultsTab",
        "<b>The results are hidden</b> until you reveal them, so nobody votes with the bandwagon. "
        "The room sees only who has voted.",
    )
    show_of_hands = QCoreApplication.translate("ResultsTab", "Show of hands: {counted}.").format(counted=counted)
    return f"<p>{hidden}</p><table cellpadding='6' style='font-size:large'>{rows}</table><p>{show_of_hands}</p>"
