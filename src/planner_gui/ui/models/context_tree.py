"""The context analysis as a three-level item model: sections, their points, the points' sub-points.

Like the plan's tree, the model keeps only the analysis's shape (ids in order:
sections at the top, points under their section, sub-points under their point),
and reads texts from the document when asked; ``ShapeModel`` turns the plan's
events into row signals, so selection and expansion survive edits. Edits in
place and drag and drop become undo commands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner_gui.core.context import POINTS, SECTIONS
from planner_gui.core.errors import PlanError
from planner_gui.core.events import PointEvent, SectionEvent
from planner_gui.ui import icons
from planner_gui.ui.commands import EditRow, MoveRow
from planner_gui.ui.models.drag import MoveDrag
from planner_gui.ui.models.shape import Key, Shape, ShapeModel, rows_of

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "section", "point" or "sub-point"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SECTION_COLOR = QColor("#0B4F6C")
PLACEHOLDER_COLOR = QColor("#6B6B6B")
BULLET_COLOR = QColor("#44535C")

Index = QModelIndex | QPersistentModelIndex
Scope = dict[str, Any]


def short(text: str, length: int = 40) -> str:
    """A text as an undo label quotes it: “Universalising the Convention…”."""
    text = " ".join(text.split())
    return f"“{text[: length - 1]}…”" if len(text) > length else f"“{text}”"


class ContextTreeModel(MoveDrag, ShapeModel):
    mime_type = "application/x-retreat-planner-context"
    kinds = (SectionEvent, PointEvent)

    # ------------------------------------------------------------ structure
    def read_shape(self) -> Shape:
        doc = self.plan.doc
        sections = doc.lists.row_ids(SECTIONS)
        shape: Shape = {None: rows_of(SectionEvent, sections)}
        for sid in sections:
            shape[(SectionEvent, sid)] = []
        for item in doc.lists.rows(POINTS):  # by section, then parent, then position
            parent: Key = (SectionEvent, item.section_id) if item.parent_id is None else (PointEvent, item.parent_id)
            shape.setdefault(parent, []).append((PointEvent, item.id))
        return shape

    def node(self, index: Index) -> tuple[str, int] | None:
        """("section" | "point" | "sub-point", id) of ``index``; None for the root."""
        key = self.key(index)
        if key is None:
            return None
        if key[0] is SectionEvent:
            return "section", key[1]
        parent = self.parent_key(key)
        return ("point" if parent is not None and parent[0] is SectionEvent else "sub-point"), key[1]

    def section_ids(self) -> list[int]:
        return self.ids()

    def point_ids(self, section_id: int) -> list[int]:
        return self.ids((SectionEvent, section_id))

    def sub_point_ids(self, point_id: int) -> list[int]:
        return self.ids((PointEvent, point_id))

    def _section_of_key(self, key: Key | None) -> int | None:
        while key is not None and key[0] is not SectionEvent:
            key = self.parent_key(key)
        return key[1] if key is not None else None

    def section_of(self, index: Index) -> int | None:
        """The section ``index`` is in (or is)."""
        return self._section_of_key(self.key(index))

    def section_index(self, section_id: int) -> QModelIndex:
        return self.index_of((SectionEvent, section_id))

    def item_index(self, item_id: int) -> QModelIndex:
        """The index of a point or sub-point."""
        return self.index_of((PointEvent, item_id))

    def _is_point(self, item_id: int) -> bool:
        parent = self.parent_key((PointEvent, item_id))
        return parent is not None and parent[0] is SectionEvent

    # --------------------------------------------------------- Qt interface
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Context analysis")
        return None

    def read_row(self, key: Key) -> Any:
        lists = self.plan.doc.lists
        return lists.row(SECTIONS, key[1]) if key[0] is SectionEvent else lists.row(POINTS, key[1])

    def _row(self, kind: str, row_id: int) -> Any:
        return self.held_row((SectionEvent if kind == "section" else PointEvent, row_id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.node(index)
        if found is None:
            return None
        kind, row_id = found
        if role == KIND_ROLE:
            return kind
        if role == ID_ROLE:
            return row_id
        try:
            row = self._row(kind, row_id)
        except PlanError:
            return None
        text = row.title if kind == "section" else row.text
        shown = " ".join(text.split())
        if role == Qt.ItemDataRole.DisplayRole:
            return shown or (
                self.tr("Untitled section") if kind == "section" else self.tr("Empty point (press F2 to write it)")
            )
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return (row.prompt or shown) if kind == "section" else shown
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = {"section": self.tr("Section: {text}"), "point": self.tr("Point: {text}")}
            return said.get(kind, self.tr("Sub-point: {text}")).format(text=shown or self.tr("empty"))
        if role == Qt.ItemDataRole.DecorationRole:
            name = {"section": "section", "point": "bullet", "sub-point": "sub-bullet"}[kind]
            return icons.icon(name, SECTION_COLOR.name() if kind == "section" else BULLET_COLOR.name())
        if role == Qt.ItemDataRole.FontRole and (kind == "section" or not shown):
            font = QFont()
            font.setBold(kind == "section")
            font.setItalic(not shown)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (kind == "section" or not shown):
            return QBrush(SECTION_COLOR if shown else PLACEHOLDER_COLOR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        editable = not self.plan.read_only
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not editable:
            return flags
        flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        if self.node(index)[0] != "sub-point":  # type: ignore[index]
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # a sub-point can't take sub-points of its own
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        found = self.node(index)
        if found is None or role != Qt.ItemDataRole.EditRole or self.plan.read_only:
            return False
        kind, row_id = found
        row = self._row(kind, row_id)
        field = "title" if kind == "section" else "text"
        old, new = getattr(row, field), str(value).strip()
        if new == old:
            return False
        if kind == "section":
            text = self.tr("Rename section {label}").format(label=short(old))
        elif kind == "point":
            text = self.tr("Edit point {label}").format(label=short(old or new))
        else:
            text = self.tr("Edit sub-point {label}").format(label=short(old or new))
        list_kind = SECTIONS if kind == "section" else POINTS
        return self.plan.push(EditRow(self.plan, list_kind, row_id, {field: old}, {field: new}, text))

    # ------------------------------------------------------- drag and drop
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        found = next((self.node(i) for i in indexes if i.isValid()), None)
        if found is None:
            return QMimeData()
        kind, row_id = found
        return self.pack(["section" if kind == "section" else "item", row_id])

    def _dragged(self, data: QMimeData) -> tuple[str, int] | None:
        payload = self.unpack(data)
        if not isinstance(payload, list) or len(payload) != 2:
            return None
        kind, row_id = payload
        key: Key = (SectionEvent if kind == "section" else PointEvent, row_id)
        return (kind, row_id) if key in self.shape else None

    def drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[int, Scope] | None:
        """Where dropping ``data`` at ``row`` under ``parent`` puts it: (index, scope); None if nowhere."""
        dragged = self._dragged(data)
        if dragged is None or self.plan.read_only:
            return None
        kind, row_id = dragged
        target = self.node(parent)
        sections = self.section_ids()
        if kind == "section":
            if target is not None:  # dropped on a section's own row: it takes that section's place
                return (sections.index(target[1]), {}) if target[0] == "section" and row < 0 else None
            new = len(sections) if row < 0 else row
            return (new - 1 if sections.index(row_id) < new else new), {}
        if target is None or target[0] == "sub-point":
            return None  # a point goes into a section, or under a point
        if target[0] == "section":
            siblings, scope = self.point_ids(target[1]), {"section_id": target[1], "parent_id": None}
        elif target[1] == row_id or self.sub_point_ids(row_id):
            return None  # a point with sub-points stays a point; nothing goes under itself
        else:
            scope = {"section_id": self._section_of_key((PointEvent, target[1])), "parent_id": target[1]}
            siblings = self.sub_point_ids(target[1])
        new = len(siblings) if row < 0 else row
        if row_id in siblings and siblings.index(row_id) < new:
            new -= 1
        return new, scope

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self.drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        target = self.drop_target(data, row, parent)
        dragged = self._dragged(data)
        if target is None or dragged is None:
            return False
        if dragged[0] == "section":
            self.move_section(dragged[1], target[0])
        else:
            self.move_item(dragged[1], *target)
        return False  # moved through the document; the view must not remove the source row itself

    # ------------------------------------------------------ move commands
    def move_section(self, section_id: int, new_index: int) -> bool:
        sections = self.section_ids()
        old_index = sections.index(section_id)
        new_index = max(0, min(new_index, len(sections) - 1))
        if new_index == old_index:
            return False
        title = self.plan.doc.lists.row(SECTIONS, section_id).title
        text = self.tr("Move section {label}").format(label=short(title))
        command = MoveRow(self.plan, SECTIONS, section_id, (old_index, {}), (new_index, {}), text)
        return self.plan.push(command)

    def move_item(self, item_id: int, new_index: int, scope: Scope, text: str = "") -> bool:
        """Move a point or sub-point to ``new_index`` among the items of ``scope`` (section_id, parent_id)."""
        item = self.plan.doc.lists.row(POINTS, item_id)
        source = (item.position, {"section_id": item.section_id, "parent_id": item.parent_id})
        target_scope = {**source[1], **scope}
        if target_scope["parent_id"] is None:
            siblings = self.point_ids(target_scope["section_id"])
        else:
            siblings = self.sub_point_ids(target_scope["parent_id"])
        limit = len(siblings) - (1 if item_id in siblings else 0)
        target = (max(0, min(new_index, limit)), target_scope)
        if target == source:
            return False
        moved = self.tr("Move point {label}") if item.parent_id is None else self.tr("Move sub-point {label}")
        command = MoveRow(self.plan, POINTS, item_id, source, target, text or moved.format(label=short(item.text)))
        return self.plan.push(command)
