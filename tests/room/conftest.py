"""Room voting's fixtures (their helpers live in room_support.py, which the tests import)."""

from __future__ import annotations

from room_support import room

__all__ = ["room"]
