"""The rows the views read for every cell stay in memory once loaded: a repaint never reads them again."""

from __future__ import annotations

import gc
from pathlib import Path

from sqlalchemy import event

from planner_gui.core.document import PlanDocument


def statements_during(doc: PlanDocument, action) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    engine = doc.session.get_bind()
    event.listen(engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def test_goals_objectives_and_the_plan_are_read_once_however_often_they_are_asked_for(sample_plan: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        ids = [(g.id, [o.id for o in doc.structure.objectives(g.id)]) for g in doc.structure.goals()]
        assert doc.plan.title
        gc.collect()  # nothing in this test holds the rows now

        def read_every_cell() -> None:
            for goal_id, objective_ids in ids:
                assert doc.structure.goal(goal_id).title
                for objective_id in objective_ids:
                    assert doc.structure.objective(objective_id).title
            assert doc.plan.title

        assert statements_during(doc, read_every_cell) == []
    finally:
        doc.close()


def test_a_removed_objective_is_let_go_and_reads_as_gone(sample_plan: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        objective = doc.structure.objectives()[0]
        objective_id = objective.id
        doc.structure.delete_objective(objective_id)
        del objective
        gc.collect()
        assert all(getattr(row, "id", None) != objective_id for row in doc.session.info["held rows"])
    finally:
        doc.close()
