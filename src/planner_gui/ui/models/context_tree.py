"""The context analysis as a three-level item model: sections, their points, the points' sub-points.

Like the plan's tree, the model keeps only the analysis's shape (ids in order),
read through the document; texts are read from the document when asked. The
document's change notices become targeted row signals, so selection and
expansion survive edits. Edits in place and drag and drop become undo commands.

Each index carries the key of its parent: 0 for a section (its parent is the
root), ``2 * section id`` for a point, ``2 * point id + 1`` for a sub-point.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner_gui.core.document import Change
from planner_gui.core.errors import PlanError
from planner_gui.ui import icons
from planner_gui.ui.commands import EditFields, MoveRow
from planner_gui.ui.models.drag import MoveDrag
from planner_gui.ui.models.list_sync import sync_rows
from planner_gui.ui.open_plan import OpenPlan

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "section", "point" or "sub-point"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SECTION_COLOR = QColor("#0B4F6C")
PLACEHOLDER_COLOR = QColor("#6B6B6B")
BULLET_COLOR = QColor("#44535C")
EMPTY_POINT = "Empty point (press F2 to write it)"
UNTITLED = "Untitled section"

Index = QModelIndex | QPersistentModelIndex
Scope = dict[str, Any]
ROOT = QModelIndex()


def short(text: str, length: int = 40) -> str:
    """A text as an undo label quotes it: “Universalising the Convention…”."""
    text = " ".join(text.split())
    return f"“{text[: length - 1]}…”" if len(text) > length else f"“{text}”"


class ContextTreeModel(MoveDrag, QAbstractItemModel):
    mime_type = "application/x-retreat-planner-context"

    def __init__(self, plan: OpenPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._sections: list[int] = []
        self._points: dict[int, list[int]] = {}  # section id -> its points, in order
        self._subs: dict[int, list[int]] = {}  # point id -> its sub-points, in order
        self._section_of: dict[int, int] = {}  # point id -> its section id
        self._load()
        plan.changed.connect(self._on_change)

    # ------------------------------------------------------------ structure
    def _read(self) -> tuple[list[int], dict[int, list[int]], dict[int, list[int]]]:
        doc = self.plan.doc
        sections = doc.row_ids("context_section")
        points: dict[int, list[int]] = {sid: [] for sid in sections}
        subs: dict[int, list[int]] = {}
        for item in doc.rows("context_item"):  # by section, then parent, then position
            if item.parent_id is None:
                points.setdefault(item.section_id, []).append(item.id)
                subs.setdefault(item.id, [])
            else:
                subs.setdefault(item.parent_id, []).append(item.id)
        return sections, points, subs

    def _load(self) -> None:
        self._sections, self._points, self._subs = self._read()
        self._section_of = {pid: sid for sid, pids in self._points.items() for pid in pids}

    def node(self, index: Index) -> tuple[str, int] | None:
        """("section" | "point" | "sub-point", id) of ``index``; None for the root."""
        if not index.isValid():
            return None
        key = index.internalId()
        if key == 0:
            return "section", self._sections[index.row()]
        if key % 2 == 0:
            return "point", self._points[key // 2][index.row()]
        return "sub-point", self._subs[key // 2][index.row()]

    def section_ids(self) -> list[int]:
        return list(self._sections)

    def point_ids(self, section_id: int) -> list[int]:
        return list(self._points.get(section_id, []))

    def sub_point_ids(self, point_id: int) -> list[int]:
        return list(self._subs.get(point_id, []))

    def section_of(self, index: Index) -> int | None:
        """The section ``index`` is in (or is)."""
        found = self.node(index)
        if found is None:
            return None
        kind, row_id = found
        if kind == "section":
            return row_id
        return self._section_of[row_id if kind == "point" else index.internalId() // 2]

    def section_index(self, section_id: int) -> QModelIndex:
        if section_id not in self._points:
            return QModelIndex()
        return self.createIndex(self._sections.index(section_id), 0, 0)

    def item_index(self, item_id: int) -> QModelIndex:
        """The index of a point or sub-point."""
        if item_id in self._section_of:
            section_id = self._section_of[item_id]
            return self.createIndex(self._points[section_id].index(item_id), 0, 2 * section_id)
        for point_id, subs in self._subs.items():
            if item_id in subs:
                return self.createIndex(subs.index(item_id), 0, 2 * point_id + 1)
        return QModelIndex()

    def _children(self, parent: Index) -> tuple[list[int], int] | None:
        """The ids under ``parent`` and the key their indexes carry."""
        found = self.node(parent)
        if found is None:
            return self._sections, 0
        kind, row_id = found
        if kind == "section":
            return self._points.get(row_id, []), 2 * row_id
        if kind == "point":
            return self._subs.get(row_id, []), 2 * row_id + 1
        return None

    # --------------------------------------------------------- Qt interface
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        children = self._children(parent) if not parent.isValid() or parent.column() == 0 else None
        if children is None or column != 0 or not 0 <= row < len(children[0]):
            return QModelIndex()
        return self.createIndex(row, 0, children[1])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        key = index.internalId()
        if key % 2 == 0:
            return self.createIndex(self._sections.index(key // 2), 0, 0)
        point_id = key // 2
        section_id = self._section_of[point_id]
        return self.createIndex(self._points[section_id].index(point_id), 0, 2 * section_id)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        children = self._children(parent)
        return 0 if children is None else len(children[0])

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "Context analysis"
        return None

    def _row(self, kind: str, row_id: int) -> Any:
        return self.plan.doc.row("context_section" if kind == "section" else "context_item", row_id)

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
            return shown or (UNTITLED if kind == "section" else EMPTY_POINT)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return (row.prompt or shown) if kind == "section" else shown
        if role == Qt.ItemDataRole.AccessibleTextRole:
            word = {"section": "Section", "point": "Point", "sub-point": "Sub-point"}[kind]
            return f"{word}: {shown or 'empty'}"
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
        text = f"Rename section {short(old)}" if kind == "section" else f"Edit {kind} {short(old or new)}"
        table = "context_section" if kind == "section" else "context_item"
        return self.plan.push(EditFields(self.plan, table, row_id, {field: old}, {field: new}, text))

    # ------------------------------------------------------- drag and drop
    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
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
        known = self._points if kind == "section" else {**self._section_of, **self._sub_parents()}
        return (kind, row_id) if row_id in known else None

    def _sub_parents(self) -> dict[int, int]:
        return {sub: pid for pid, subs in self._subs.items() for sub in subs}

    def drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[int, Scope] | None:
        """Where dropping ``data`` at ``row`` under ``parent`` puts it: (index, scope); None if nowhere."""
        dragged = self._dragged(data)
        if dragged is None or self.plan.read_only:
            return None
        kind, row_id = dragged
        target = self.node(parent)
        if kind == "section":
            if target is not None:  # dropped on a section's own row: it takes that section's place
                return (self._sections.index(target[1]), {}) if target[0] == "section" and row < 0 else None
            new = len(self._sections) if row < 0 else row
            return (new - 1 if self._sections.index(row_id) < new else new), {}
        if target is None or target[0] == "sub-point":
            return None  # a point goes into a section, or under a point
        if target[0] == "section":
            siblings, scope = self._points[target[1]], {"section_id": target[1], "parent_id": None}
        elif target[1] == row_id or self._subs.get(row_id):
            return None  # a point with sub-points stays a point; nothing goes under itself
        else:
            scope = {"section_id": self._section_of[target[1]], "parent_id": target[1]}
            siblings = self._subs[target[1]]
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
        old_index = self._sections.index(section_id)
        new_index = max(0, min(new_index, len(self._sections) - 1))
        if new_index == old_index:
            return False
        title = self.plan.doc.row("context_section", section_id).title
        command = MoveRow(
            self.plan, "context_section", section_id, (old_index, {}), (new_index, {}), f"Move section {short(title)}"
        )
        return self.plan.push(command)

    def move_item(self, item_id: int, new_index: int, scope: Scope, text: str = "") -> bool:
        """Move a point or sub-point to ``new_index`` among the items of ``scope`` (section_id, parent_id)."""
        item = self.plan.doc.row("context_item", item_id)
        source = (item.position, {"section_id": item.section_id, "parent_id": item.parent_id})
        target_scope = {**source[1], **scope}
        if target_scope["parent_id"] is None:
            siblings = self._points.get(target_scope["section_id"], [])
        else:
            siblings = self._subs.get(target_scope["parent_id"], [])
        limit = len(siblings) - (1 if item_id in siblings else 0)
        target = (max(0, min(new_index, limit)), target_scope)
        if target == source:
            return False
        kind = "point" if item.parent_id is None else "sub-point"
        command = MoveRow(self.plan, "context_item", item_id, source, target, text or f"Move {kind} {short(item.text)}")
        return self.plan.push(command)

    # -------------------------------------------------- document changes
    def _on_change(self, change: Change) -> None:
        if change.action == "reset":
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        if change.table not in ("context_section", "context_item"):
            return
        if change.action == "changed":
            for row_id in change.ids:
                index = self.section_index(row_id) if change.table == "context_section" else self.item_index(row_id)
                if index.isValid():
                    self.dataChanged.emit(index, index)
            return
        try:
            self._sync()
        except PlanError:
            self.beginResetModel()
            self._load()
            self.endResetModel()

    def _sync(self) -> None:
        """Bring the model's shape to the document's with the fewest row signals.

        First what leaves a parent goes (sub-points, then points, then sections);
        then sections, points and sub-points are moved and inserted, in that order.
        """
        sections, points, subs = self._read()
        for point_id, shown in self._subs.items():
            if point_id in self._section_of:
                keep = set(subs.get(point_id, []))
                sync_rows(self, self.item_index(point_id), shown, [s for s in shown if s in keep])
        for section_id in list(self._sections):
            keep = set(points.get(section_id, []))
            shown = self._points[section_id]
            sync_rows(
                self, self.section_index(section_id), shown, [p for p in shown if p in keep], on_remove=self._forget
            )
        sync_rows(
            self,
            QModelIndex(),
            self._sections,
            sections,
            on_remove=self._forget_section,
            on_insert=lambda sid: self._points.__setitem__(sid, []),
        )
        for section_id in self._sections:
            sync_rows(
                self,
                self.section_index(section_id),
                self._points[section_id],
                points[section_id],
                on_remove=self._forget,
                on_insert=lambda pid, sid=section_id: self._adopt(pid, sid),
            )
            for point_id in self._points[section_id]:
                sync_rows(self, self.item_index(point_id), self._subs[point_id], subs.get(point_id, []))

    def _forget_section(self, section_id: int) -> None:
        for point_id in self._points.pop(section_id, []):
            self._forget(point_id)

    def _forget(self, point_id: int) -> None:
        self._subs.pop(point_id, None)
        self._section_of.pop(point_id, None)

    def _adopt(self, point_id: int, section_id: int) -> None:
        self._subs[point_id] = []
        self._section_of[point_id] = section_id
