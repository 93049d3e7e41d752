"""The context step's stakeholders: who they are, their kind, their role, and what we need from them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from planner_gui.core.model_review import STAKEHOLDER_KINDS
from planner_gui.core.walkthrough import STAKEHOLDERS
from planner_gui.ui import words
from planner_gui.ui.models.rows_table import Column, RowsTableModel
from planner_gui.ui.widgets.chips import ChipDelegate, chip_chars
from planner_gui.ui.widgets.palette import OKABE_ITO
from planner_gui.ui.widgets.row_form import Field
from planner_gui.ui.widgets.rows_panel import RowsPanel

NAME, KIND, ROLE, NEEDS = range(4)
_COLORS = {
    "state": OKABE_ITO["blue"],
    "donor": OKABE_ITO["bluish green"],
    "UN agency": OKABE_ITO["sky blue"],
    "NGO": OKABE_ITO["orange"],
    "media": OKABE_ITO["reddish purple"],
}
KIND_COLORS = {kind: _COLORS.get(kind, OKABE_ITO["grey"]) for kind in STAKEHOLDER_KINDS}  # the choices, in order


def kind_label(kind: str) -> str:
    """“State”, “UN agency”, “NGO”, in the window's language (a kind it does not know: as written, raised)."""
    return words.label(kind)


def stakeholder_label(row: Any) -> str:
    name = " ".join(row.name.split())
    if not name:
        return QCoreApplication.translate("StakeholdersTab", "stakeholder {number}").format(number=row.position + 1)
    shown = f"{name[:39]}…" if len(name) > 40 else name
    return QCoreApplication.translate("StakeholdersTab", "stakeholder “{name}”").format(name=shown)


class StakeholderTableModel(RowsTableModel):
    """The stakeholder rows; the kind is shown as written in the choice list (“State”, not “state”)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == KIND:
            value = super().data(index, Qt.ItemDataRole.EditRole)
            return kind_label(value) if isinstance(value, str) else value
        return super().data(index, role)


class StakeholdersTab(RowsPanel):
    count_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            STAKEHOLDERS,
            noun=self.tr("stakeholder"),
            columns=lambda: [
                Column("name", self.tr("Name")),
                Column("kind", self.tr("Kind")),
                Column("role", self.tr("Role")),
                Column("needs", self.tr("What we need from them")),
            ],
            fields=[
                Field("name", self.tr("&Name")),
                Field("kind", self.tr("&Kind"), "choice", STAKEHOLDER_KINDS),
                Field("role", self.tr("&Role"), "text", lines=2),
                Field("needs", self.tr("What we need from &them"), "text", lines=2),
            ],
            add_text=self.tr("Add stakeholder"),
            empty_text=self.tr("Select a stakeholder to edit them here, or add one."),
            delete_tip=self.tr("Delete the stakeholder (Delete)"),
            new_values={"name": self.tr("New stakeholder"), "kind": "other"},
            row_label=stakeholder_label,
            model_class=StakeholderTableModel,
            accessible_name=self.tr("Stakeholders"),
            edit_new_in_table=True,
            parent=parent,
        )
        self.add_stakeholder = self.add_row
        self.view.setEditTriggers(self.view.editTriggers() | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.chips = ChipDelegate(KIND_COLORS, self.view)
        self.view.setItemDelegateForColumn(KIND, self.chips)
        self.rows_changed.connect(self.count_changed)
        self.configure_view = self._configure_view

    def _configure_view(self) -> None:
        self.fit_columns(ROLE, {NAME: 26, KIND: chip_chars(KIND_COLORS), NEEDS: 26})
