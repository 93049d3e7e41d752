"""A cell edited by picking from a list: values with their labels, read when the editor opens.

With ``close_on_pick``, a choice made (Enter or a click in the list) is written and the editor
closes at once, and ``picked`` says which cell was set, so the table can move on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[Index], Sequence[tuple[str, Any]]]  # (label, value) pairs for this cell


class ComboDelegate(QStyledItemDelegate):
    picked = Signal(object)  # the QPersistentModelIndex of the cell a choice was made in (``close_on_pick``)

    def __init__(self, choices: Choices, parent: QWidget | None = None, *, close_on_pick: bool = False) -> None:
        super().__init__(parent)
        self.choices = choices
        self.close_on_pick = close_on_pick

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices(index):
            combo.addItem(label, value)
        cell = QPersistentModelIndex(index)
        combo.activated.connect(lambda _i: self._chosen(combo, cell))
        return combo

    def _chosen(self, combo: QComboBox, cell: QPersistentModelIndex) -> None:
        self.commitData.emit(combo)
        if self.close_on_pick:
            self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)
            self.picked.emit(cell)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)
