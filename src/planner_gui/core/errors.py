"""Errors the core raises, each carrying a message written for the facilitator.

The message says what happened, why, and what to do next; the GUI shows it in
a dialog and the command line prints it on stderr.
"""

from __future__ import annotations


class PlanError(Exception):
    """Base of every error a user can be told about."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class PlanFileError(PlanError):
    """The file can't be opened as a plan; nothing in it was changed."""


class NotAPlanFile(PlanFileError):
    pass


class NewerPlanFile(PlanFileError):
    pass


class DamagedPlanFile(PlanFileError):
    pass


class FileAccessError(PlanFileError):
    pass


class ReadOnlyPlan(PlanError):
    """An edit was tried on a plan opened read-only."""


class InvalidEdit(PlanError):
    """An edit that would break a rule of the plan (empty number, duplicate...)."""


class MigrationError(PlanFileError):
    pass
