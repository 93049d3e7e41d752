"""The context analysis: sections of points and sub-points, started from a template.

Points are ordered within their section and parent (a point's sub-points are
ordered under it). The depth is two: a point, and its sub-points, as in the
plan documents boards actually write.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import PointEvent, SectionEvent
from planner_gui.core.model_review import ContextItem, ContextSection
from planner_gui.core.ordered import Lists, RowKind, register
from planner_gui.core.store import PlanStore
from planner_gui.i18n import _


def _validate_item(store: PlanStore, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
    section_id = values.get("section_id")
    if section_id is not None and store.session.get(ContextSection, section_id) is None:
        raise InvalidEdit(_("That section is no longer in the context analysis."))
    parent_id = values.get("parent_id")
    if parent_id is not None:
        parent = store.session.get(ContextItem, parent_id)
        if parent is None:
            raise InvalidEdit(_("That point is no longer in the context analysis."))
        if parent.parent_id is not None:
            raise InvalidEdit(_("A sub-point can't have sub-points of its own."))
        if parent_id == row_id:
            raise InvalidEdit(_("A point can't be a sub-point of itself."))
        if section_id is not None and parent.section_id != section_id:
            raise InvalidEdit(_("A sub-point belongs to a point of the same section."))
        if row_id is not None and store.session.scalar(select(ContextItem.id).where(ContextItem.parent_id == row_id)):
            raise InvalidEdit(_("A point that has sub-points can't become a sub-point itself."))
    return values


def _children_follow(store: PlanStore, item: ContextItem) -> None:
    store.session.execute(
        update(ContextItem).where(ContextItem.parent_id == item.id).values(section_id=item.section_id)
    )


SECTIONS: RowKind[ContextSection] = register(
    RowKind(
        "context_section",
        ContextSection,
        "section",
        SectionEvent,
        fields=("title", "prompt", "notes"),
        defaults={"title": "", "prompt": "", "notes": ""},
    )
)
POINTS: RowKind[ContextItem] = register(
    RowKind(
        "context_item",
        ContextItem,
        "point",
        PointEvent,
        scope=("section_id", "parent_id"),
        fields=("text",),
        defaults={"text": "", "parent_id": None},
        validate=_validate_item,
        after_move=_children_follow,  # type: ignore[arg-type]
    )
)


def load_template(path: Path) -> dict[str, Any]:
    """A context template: {"name", "description", "sections": [{"title", "prompt"}]}."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data.get("sections"), list) or not data.get("name"):
        raise InvalidEdit(_("{name} is not a context template.").format(name=Path(path).name))
    return data


class ContextEdits:
    """The context analysis: sections of points and sub-points, and templates to start from."""

    def __init__(self, store: PlanStore, lists: Lists) -> None:
        self.store, self.lists = store, lists

    def sections(self) -> list[ContextSection]:
        return self.lists.rows(SECTIONS)

    def items(self, section_id: int, parent_id: int | None = None) -> list[ContextItem]:
        return self.lists.rows(POINTS, section_id=section_id, parent_id=parent_id)

    def apply_template(self, template: dict[str, Any]) -> list[int]:
        """Add a template's sections (and any starting points) after the existing ones; returns their ids."""
        ids: list[int] = []
        with self.store.transaction():
            for section in template.get("sections", []):
                section_id = self.lists.insert_row(
                    SECTIONS, {"title": section.get("title", ""), "prompt": section.get("prompt", "")}
                )
                ids.append(section_id)
                for point in section.get("items", []):
                    self.add_context_point(section_id, point)
        return ids

    def add_context_point(self, section_id: int, point: str | dict[str, Any], parent_id: int | None = None) -> int:
        """Add a point (text, or {"text", "items": [...]}) with its sub-points."""
        text = point if isinstance(point, str) else point.get("text", "")
        with self.store.transaction():  # the point with all its sub-points, or nothing
            item_id = self.lists.insert_row(POINTS, {"section_id": section_id, "parent_id": parent_id, "text": text})
            if isinstance(point, dict):
                for sub in point.get("items", []):
                    self.add_context_point(section_id, sub, item_id)
        return item_id

    def indent_target(self, item_id: int) -> tuple[int, dict[str, Any]] | None:
        """Where indenting a point puts it: last sub-point of the point above. None if it can't."""
        item = self.lists.row(POINTS, item_id)
        if item.parent_id is not None:
            return None
        siblings = self.items(item.section_id)
        place = [s.id for s in siblings].index(item_id)
        if place == 0 or self.items(item.section_id, item_id):
            return None
        above = siblings[place - 1]
        return len(self.items(item.section_id, above.id)), {"parent_id": above.id}

    def outdent_target(self, item_id: int) -> tuple[int, dict[str, Any]] | None:
        """Where outdenting a sub-point puts it: just after its point. None if it can't."""
        item = self.lists.row(POINTS, item_id)
        if item.parent_id is None:
            return None
        parent = self.lists.row(POINTS, item.parent_id)
        return parent.position + 1, {"parent_id": None}
