"""The run of edits the kill tests make: edit N is one transaction, and the plan after K edits is known exactly.

Shared by the child process that makes the edits (``child_edits.py``) and the
test that kills it and reads what the file holds.
"""

from __future__ import annotations

from typing import Any

TITLE = "Before the first edit"
LONG = 64 * 1024  # a description this long spans many pages: a commit that can be cut half-way

State = tuple[str, list[tuple[str, str, list[str]]]]  # (plan title, [(goal number, description, objectives)])


def is_delete(n: int) -> bool:
    return n % 4 == 0


def description(n: int) -> str:
    return f"edit {n} " * (LONG // 8) if n % 5 == 0 else ""


def apply_edit(doc: Any, n: int) -> None:
    """Edit ``n``: add Goal Kn with three objectives, or (every fourth) delete the goal the edit before added.

    Either way the plan's title says which edit was the last, in the same transaction.
    """
    with doc.transaction():
        if is_delete(n):
            [goal] = [g for g in doc.structure.goals() if g.number == f"K{n - 1}"]
            doc.structure.delete_goal(goal.id)
        else:
            goal_id = doc.structure.add_goal(f"K{n}", f"Goal added by edit {n}", description(n))
            for k in (1, 2, 3):
                doc.structure.add_objective(goal_id, f"{n}.{k}", f"Objective {k} of edit {n}")
        doc.structure.set_plan_field("title", f"After edit {n}")


def expected(k: int) -> State:
    """The plan after the first ``k`` edits, and nothing of any later one."""
    goals = [
        (f"K{n}", description(n), [f"{n}.1", f"{n}.2", f"{n}.3"])
        for n in range(1, k + 1)
        if not is_delete(n) and not (is_delete(n + 1) and n + 1 <= k)
    ]
    return (f"After edit {k}" if k else TITLE, goals)


def state_of(doc: Any) -> State:
    goals = [
        (g.number, g.description, [o.number for o in doc.structure.objectives(g.id)]) for g in doc.structure.goals()
    ]
    return (doc.plan.title, goals)
