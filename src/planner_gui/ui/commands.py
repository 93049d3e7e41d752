"""Undo commands: what the user means, each holding what it needs to redo and undo through the document.

Views only push commands (through ``OpenPlan.push``); commands call the
document's typed operations; the document's events update the views. Each
class names one intention (set a decision, move an objective, add a row…),
so a reader (and mypy) can follow an edit from the key press to the row it
writes. ``apply`` makes the edit the first time (so a refused edit never
reaches the stack); Qt's first ``redo`` call on push is then skipped.

Typing into one field merges into one undo step: a :class:`FieldEdit` made in
the same stretch of typing (``typing_session``) on the same thing and fields
takes the place of the one before.

Ballots are not commands: none is ever undone from the Edit menu (``ui/ballot_record.py``).
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Hashable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner_gui.core.baseline import BaselineRecord
from planner_gui.core.document import PlanDocument
from planner_gui.core.ordered import RowKind
from planner_gui.core.strategies import STRATEGIES
from planner_gui.core.tombstone import Tombstone


class OpenPlan(Protocol):
    """What a command edits: the open plan's document (``ui.open_plan.OpenPlan``; after Save As, another file's)."""

    doc: PlanDocument


MERGE_TYPING = 1001
Values = dict[str, Any]


class PlanCommand(QUndoCommand):
    def __init__(self, plan: OpenPlan, text: str) -> None:
        super().__init__(text)
        self.plan = plan
        self._applied_once = False

    @property
    def doc(self) -> PlanDocument:
        return self.plan.doc  # the plan's document now: after Save As, another file

    def apply(self) -> None:
        self.do()
        self._applied_once = True

    def redo(self) -> None:
        if self._applied_once:
            self._applied_once = False
            return
        self.do()

    def undo(self) -> None:
        self.undo_it()

    @abstractmethod
    def do(self) -> None: ...

    @abstractmethod
    def undo_it(self) -> None: ...


# ------------------------------------------------------------------ fields of one thing
class FieldEdit(PlanCommand):
    """New values for fields of one thing (``key`` names it); the old values put back on undo."""

    def __init__(
        self, plan: OpenPlan, key: Hashable, old: Values, new: Values, text: str, typing_session: object = None
    ) -> None:
        super().__init__(plan, text)
        self.key, self.old, self.new, self.typing_session = key, old, new, typing_session

    @abstractmethod
    def write(self, values: Values) -> None: ...

    def do(self) -> None:
        self.write(self.new)

    def undo_it(self) -> None:
        self.write(self.old)

    def id(self) -> int:
        return MERGE_TYPING if self.typing_session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        same = (
            type(other) is type(self)
            and isinstance(other, FieldEdit)
            and other.typing_session is not None
            and (other.key, other.typing_session, set(other.new)) == (self.key, self.typing_session, set(self.new))
        )
        if same:
            assert isinstance(other, FieldEdit)
            self.new = dict(other.new)
        return same


class EditRow(FieldEdit):
    """Fields of a row of one of the plan's ordered lists (an outcome, a member, a session…)."""

    def __init__(
        self,
        plan: OpenPlan,
        kind: RowKind[Any],
        row_id: int,
        old: Values,
        new: Values,
        text: str,
        typing_session: object = None,
    ) -> None:
        super().__init__(plan, (kind.table, row_id), old, new, text, typing_session)
        self.kind, self.row_id = kind, row_id

    def write(self, values: Values) -> None:
        self.doc.lists.update_row(self.kind, self.row_id, **values)


class EditPlanTexts(FieldEdit):
    """The plan's own texts: its title, organisation, period, vision, mission, values."""

    def __init__(self, plan: OpenPlan, old: Values, new: Values, text: str, typing_session: object = None) -> None:
        super().__init__(plan, "plan", old, new, text, typing_session)

    def write(self, values: Values) -> None:
        with self.doc.transaction():
            for name, value in values.items():
                self.doc.structure.set_plan_field(name, value)


class SetDocumentsLanguage(FieldEdit):
    """The language the plan's documents are written in (workbook, ballots, summary, cards, room pages)."""

    def __init__(self, plan: OpenPlan, old: str, new: str, text: str) -> None:
        super().__init__(plan, "language", {"language": old}, {"language": new}, text)

    def write(self, values: Values) -> None:
        self.doc.structure.set_language(values["language"])


class SetRankingOptions(FieldEdit):
    """The cap on "high", results revealed or not, votes shown by name or not."""

    def __init__(self, plan: OpenPlan, old: Values, new: Values, text: str) -> None:
        super().__init__(plan, "ranking", old, new, text)

    def write(self, values: Values) -> None:
        self.doc.ranking.set_ranking_options(**values)


class SetDecision(FieldEdit):
    """The board's decision on one objective: its priority, rationale, why dropped, the objective pointed to."""

    def __init__(
        self, plan: OpenPlan, objective_id: int, old: Values, new: Values, text: str, typing_session: object = None
    ) -> None:
        super().__init__(plan, ("decision", objective_id), old, new, text, typing_session)
        self.objective_id = objective_id

    def write(self, values: Values) -> None:
        self.doc.ranking.set_decision(self.objective_id, **values)


class SetHandCount(FieldEdit):
    """Votes counted by show of hands for one objective, per tier."""

    def __init__(self, plan: OpenPlan, objective_id: int, old: Values, new: Values, text: str) -> None:
        super().__init__(plan, ("hands", objective_id), old, new, text)
        self.objective_id = objective_id

    def write(self, values: Values) -> None:
        self.doc.ranking.set_hand_count(self.objective_id, **values)


class SetStep(FieldEdit):
    """A step of the retreat marked done or not, or the facilitator's notes on it."""

    def __init__(
        self, plan: OpenPlan, step: str, old: Values, new: Values, text: str, typing_session: object = None
    ) -> None:
        super().__init__(plan, ("step", step), old, new, text, typing_session)
        self.step = step

    def write(self, values: Values) -> None:
        self.doc.walkthrough.set_step(self.step, **values)


# ------------------------------------------------------------------ goals and objectives
class AddGoal(PlanCommand):
    def __init__(self, plan: OpenPlan, number: str, title: str, index: int | None = None) -> None:
        super().__init__(plan, QCoreApplication.translate("commands", "Add Goal {number}").format(number=number))
        self.number, self.title, self.index = number, title, index
        self.goal_id: int | None = None

    def do(self) -> None:
        self.goal_id = self.doc.structure.add_goal(self.number, self.title, index=self.index, goal_id=self.goal_id)

    def undo_it(self) -> None:
        assert self.goal_id is not None
        self.doc.structure.delete_goal(self.goal_id)


class AddObjective(PlanCommand):
    def __init__(self, plan: OpenPlan, goal_id: int, number: str, title: str) -> None:
        super().__init__(plan, QCoreApplication.translate("commands", "Add Obj. {number}").format(number=number))
        self.goal_id, self.number, self.title = goal_id, number, title
        self.objective_id: int | None = None

    def do(self) -> None:
        self.objective_id = self.doc.structure.add_objective(
            self.goal_id, self.number, self.title, objective_id=self.objective_id
        )

    def undo_it(self) -> None:
        assert self.objective_id is not None
        self.doc.structure.delete_objective(self.objective_id)


class MoveGoal(PlanCommand):
    def __init__(self, plan: OpenPlan, goal_id: int, old_index: int, new_index: int, number: str) -> None:
        super().__init__(plan, QCoreApplication.translate("commands", "Move Goal {number}").format(number=number))
        self.goal_id, self.old_index, self.new_index = goal_id, old_index, new_index

    def do(self) -> None:
        self.doc.structure.move_goal(self.goal_id, self.new_index)

    def undo_it(self) -> None:
        self.doc.structure.move_goal(self.goal_id, self.old_index)


class MoveObjective(PlanCommand):
    def __init__(
        self,
        plan: OpenPlan,
        objective_id: int,
        source: tuple[int, int],
        target: tuple[int, int | None],
        number: str,
    ) -> None:
        super().__init__(plan, QCoreApplication.translate("commands", "Move Obj. {number}").format(number=number))
        self.objective_id, self.source, self.target = objective_id, source, target

    def do(self) -> None:
        self.doc.structure.move_objective(self.objective_id, *self.target)

    def undo_it(self) -> None:
        self.doc.structure.move_objective(self.objective_id, *self.source)


class SortObjectives(PlanCommand):
    def __init__(self, plan: OpenPlan, goal_id: int, number: str) -> None:
        text = QCoreApplication.translate("commands", "Sort objectives of Goal {number}").format(number=number)
        super().__init__(plan, text)
        self.goal_id = goal_id
        self.before: list[int] = []

    def do(self) -> None:
        self.before = self.doc.structure.sort_objectives(self.goal_id)

    def undo_it(self) -> None:
        self.doc.structure.set_objective_order(self.goal_id, self.before)


# ------------------------------------------------------------------ rows of any ordered list
class AddRow(PlanCommand):
    """Add a row to any ordered list of the plan; undo deletes it again."""

    def __init__(self, plan: OpenPlan, kind: RowKind[Any], values: Values, text: str, index: int | None = None) -> None:
        super().__init__(plan, text)
        self.kind, self.values, self.index = kind, values, index
        self.row_id: int | None = None

    def do(self) -> None:
        self.row_id = self.doc.lists.insert_row(self.kind, self.values, index=self.index, row_id=self.row_id)

    def undo_it(self) -> None:
        assert self.row_id is not None
        self.doc.lists.delete_row(self.kind, self.row_id)


class DeleteRow(PlanCommand):
    """Delete a row with all that belongs to it; undo puts it all back."""

    def __init__(self, plan: OpenPlan, kind: RowKind[Any], row_id: int, text: str) -> None:
        super().__init__(plan, text)
        self.kind, self.row_id = kind, row_id
        self.tomb: Tombstone | None = None

    def do(self) -> None:
        self.tomb = self.doc.lists.delete_row(self.kind, self.row_id)

    def undo_it(self) -> None:
        assert self.tomb is not None
        self.doc.lists.restore(self.tomb)


Place = tuple[int, dict[str, Any]]  # an index among the rows of a scope, and the scope ({"section_id": 3})


class MoveRow(PlanCommand):
    """Move a row within its list, or into another scope (another section, another parent)."""

    def __init__(self, plan: OpenPlan, kind: RowKind[Any], row_id: int, source: Place, target: Place, text: str):
        super().__init__(plan, text)
        self.kind, self.row_id, self.source, self.target = kind, row_id, source, target

    def do(self) -> None:
        index, scope = self.target
        self.doc.lists.move_row(self.kind, self.row_id, index, **scope)

    def undo_it(self) -> None:
        index, scope = self.source
        self.doc.lists.move_row(self.kind, self.row_id, index, **scope)


# ------------------------------------------------------------------ which objectives a row relates to
class ObjectiveLinks(PlanCommand):
    """Say which objectives one row relates to; undo puts the old list back."""

    def __init__(self, plan: OpenPlan, row_id: int, old: list[int], new: list[int], text: str) -> None:
        super().__init__(plan, text)
        self.row_id, self.old, self.new = row_id, old, new

    @abstractmethod
    def write(self, objective_ids: list[int]) -> None: ...

    def do(self) -> None:
        self.write(self.new)

    def undo_it(self) -> None:
        self.write(self.old)


class SetOutcomeObjectives(ObjectiveLinks):
    """The objectives an achievement relates to."""

    def write(self, objective_ids: list[int]) -> None:
        self.doc.walkthrough.set_outcome_objectives(self.row_id, objective_ids)


class SetStrategyObjectives(ObjectiveLinks):
    """The objectives a strategy serves."""

    def write(self, objective_ids: list[int]) -> None:
        self.doc.strategies.set_strategy_objectives(self.row_id, objective_ids)


class AddStrategy(PlanCommand):
    """A new strategy already serving some objectives, in one step; undo deletes it again."""

    def __init__(
        self, plan: OpenPlan, name: str, objective_ids: list[int], text: str, index: int | None = None
    ) -> None:
        super().__init__(plan, text)
        self.name, self.objective_ids, self.index = name, objective_ids, index
        self.row_id: int | None = None

    def do(self) -> None:
        with self.doc.transaction():
            self.row_id = self.doc.lists.insert_row(
                STRATEGIES, {"name": self.name}, index=self.index, row_id=self.row_id
            )
            self.doc.strategies.set_strategy_objectives(self.row_id, self.objective_ids)

    def undo_it(self) -> None:
        assert self.row_id is not None
        self.doc.lists.delete_row(STRATEGIES, self.row_id)


class TakeBaseline(PlanCommand):
    """ "Start review from here": the plan as it stands becomes the baseline the Changes compare with."""

    def __init__(self, plan: OpenPlan) -> None:
        super().__init__(plan, QCoreApplication.translate("commands", "Start review from here"))
        self.previous: BaselineRecord | None = None
        self.taken: BaselineRecord | None = None

    def do(self) -> None:
        if self.taken is None:
            self.previous = self.doc.baseline.take()
            self.taken = self.doc.baseline.current()
        else:
            self.doc.baseline.restore(self.taken)

    def undo_it(self) -> None:
        self.doc.baseline.restore(self.previous)
