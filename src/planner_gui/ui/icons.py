"""One icon family for the whole program (Material Design Icons via qtawesome).

Names here are what the icon means in the program, not what it draws.
"""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtGui import QIcon

from planner_gui.resources import resource_path

_NAMES = {
    "new": "mdi6.file-plus-outline",
    "open": "mdi6.folder-open-outline",
    "sample": "mdi6.play-circle-outline",
    "save-copy": "mdi6.content-save-outline",
    "save-as": "mdi6.content-save-edit-outline",
    "close": "mdi6.close",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "add": "mdi6.plus",
    "add-goal": "mdi6.flag-plus-outline",
    "delete": "mdi6.delete-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "sort": "mdi6.sort-numeric-ascending",
    "presentation": "mdi6.presentation",
    "about": "mdi6.information-outline",
    "read-only": "mdi6.lock-outline",
    "state-done": "mdi6.check-circle",
    "state-progress": "mdi6.progress-clock",
    "state-todo": "mdi6.circle-outline",
    "step-plan": "mdi6.file-document-outline",
    "step-achievements": "mdi6.trophy-outline",
    "step-review": "mdi6.clipboard-text-search-outline",
    "step-context": "mdi6.earth",
    "step-ranking": "mdi6.vote-outline",
    "step-strategies": "mdi6.map-marker-path",
    "step-export": "mdi6.file-export-outline",
    "previous": "mdi6.chevron-left",
    "next": "mdi6.chevron-right",
    "goal": "mdi6.flag-outline",
    "objective": "mdi6.target",
    "notes": "mdi6.note-edit-outline",
    "indent": "mdi6.format-indent-increase",
    "outdent": "mdi6.format-indent-decrease",
    "section": "mdi6.view-agenda-outline",
    "template": "mdi6.file-tree-outline",
    "agenda": "mdi6.calendar-clock",
    "timer-start": "mdi6.play",
    "timer-pause": "mdi6.pause",
    "timer-next": "mdi6.skip-next",
    "timer-reset": "mdi6.restore",
    "filter": "mdi6.filter-variant",
    "edit": "mdi6.pencil-outline",
    "sub-point": "mdi6.subdirectory-arrow-right",
    "move-to": "mdi6.folder-move-outline",
    "stakeholders": "mdi6.account-group-outline",
    "analysis": "mdi6.format-list-bulleted",
    "bullet": "mdi6.circle-medium",
    "sub-bullet": "mdi6.minus",
    "reveal": "mdi6.eye-outline",
    "hide": "mdi6.eye-off-outline",
    "ballot": "mdi6.ballot-outline",
    "submit": "mdi6.check-bold",
    "discard": "mdi6.close",
    "workbook-out": "mdi6.file-export-outline",
    "workbook-in": "mdi6.file-import-outline",
    "spreadsheet": "mdi6.file-excel-outline",
    "print": "mdi6.printer-outline",
    "pdf": "mdi6.file-pdf-box",
    "baseline": "mdi6.flag-checkered",
}


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    options = {"color": color} if color else {}
    return qta.icon(_NAMES[name], **options)


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "retreat-planner.svg")))
