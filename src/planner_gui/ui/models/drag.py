"""Rows moved by drag and drop: one MIME type per model, carrying a small JSON payload.

A drop is a move made through the document (so it is one undo step); the
model's ``dropMimeData`` then returns False, so the view never deletes the
source row itself.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData, Qt


class MoveDrag:
    """Mixed into an item model (before the Qt class): what a move-only drag needs."""

    mime_type = ""

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.mime_type]

    def pack(self, payload: Any) -> QMimeData:
        mime = QMimeData()
        mime.setData(self.mime_type, json.dumps(payload).encode())
        return mime

    def unpack(self, data: QMimeData) -> Any:
        """The payload, or None when the data is not this model's or can't be read."""
        if not data.hasFormat(self.mime_type):
            return None
        try:
            return json.loads(bytes(data.data(self.mime_type).data()).decode())
        except ValueError:
            return None
