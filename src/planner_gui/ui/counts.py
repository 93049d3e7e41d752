"""Counts said in words ("3 objectives", "1 ballot workbook written…") for code outside the window's classes.

Plural forms are Qt's (``%n`` with ``tr``'s ``n``): English has its own
catalogue for them (one objective, two objectives), French and Spanish theirs.
They sit in one class because ``pyside6-lupdate`` sees the plural form of
``self.tr(text, "", n)`` but not of ``QCoreApplication.translate(context, text,
None, n)`` with a count that is not a literal number.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class Counts(QObject):
    """The program's counted phrases (translation context ``Counts``)."""

    def rows(self, table: str, n: int) -> str:
        """``n`` rows of one of the plan's tables, for a question before a delete."""
        if table == "objective":
            return self.tr("%n objective(s)", "", n)
        if table == "goal":
            return self.tr("%n goal(s)", "", n)
        if table == "outcome_objective":
            return self.tr("%n link(s) to achievements", "", n)
        if table == "strategy_objective":
            return self.tr("%n link(s) to strategies", "", n)
        if table in ("ballot", "secret_voter"):
            return self.tr("%n ballot(s)", "", n)
        if table in ("ballot_vote", "secret_vote", "hand_count"):
            return self.tr("%n vote(s)", "", n)
        if table == "strategy_action":
            return self.tr("%n action(s)", "", n)
        if table == "strategy_target":
            return self.tr("%n target(s)", "", n)
        if table == "strategy_country":
            return self.tr("%n priority country(ies)", "", n)
        if table == "context_item":
            return self.tr("%n point(s)", "", n)
        return self.tr("%n related row(s)", "", n)

    # ------------------------------------------------------------ ballot workbooks
    def workbooks_there(self, n: int) -> str:
        return self.tr(
            "{folder} already holds %n ballot workbook(s) with the same names ({names}). "
            "Writing new ones replaces them, and anything members filled in there is lost. "
            "Import the filled-in ones first, or choose another folder.",
            "",
            n,
        )

    def workbooks_written(self, n: int) -> str:
        return self.tr(
            "%n ballot workbook(s) written in {folder}:\n{names}\n\n"
            "Give each member their own. They fill in the Priority column (and a comment if they like) "
            "in Excel or LibreOffice, save it and give it back; then use Import ballots.",
            "",
            n,
        )

    def voted_already(self, n: int) -> str:
        return self.tr(
            "{names} have voted already. Replace their ballots with these files? "
            "(Cancel keeps their earlier ballots and skips these files.)",
            "",
            n,
        )

    def ballots_imported(self, n: int) -> str:
        return self.tr("%n ballot(s) imported: {names}.", "", n)

    def earlier_kept(self, n: int) -> str:
        return self.tr("Kept the earlier ballots of {names}; their files were not imported.", "", n)

    def files_refused(self, n: int) -> str:
        return self.tr("%n file(s) not imported, nothing of them recorded. Correct these and import again:", "", n)

    # ------------------------------------------------------------ results and cards
    def counted_by_hand_on(self, n: int) -> str:
        return self.tr("Includes votes counted by hand on %n objective(s).", "", n)

    def counted_for(self, n: int) -> str:
        return self.tr("votes counted for %n objective(s)", "", n)

    def voted_on(self, n: int) -> str:
        return self.tr("%n objective(s) voted on.", "", n)

    def member_cards(self, n: int) -> str:
        return self.tr(
            "%n member card(s) are in {path}. Print them, cut them out, and give each member their own. "
            "They work while room voting runs at {address} (the Room voting tab).",
            "",
            n,
        )


@cache
def counts() -> Counts:
    return Counts()
