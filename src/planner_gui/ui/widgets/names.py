"""Naming a widget as it is made: its object name (for the style sheet) or its accessible name (for readers).

PySide accepts Qt properties as keyword arguments of a constructor, but its
type stubs don't say so; these keep the one-line form and the type checker.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget``, its object name set (what ``ui/style.py``'s sheet selects it by)."""
    widget.setObjectName(name)
    return widget


def accessible(widget: W, name: str) -> W:
    """``widget``, its accessible name set (what a screen reader announces)."""
    widget.setAccessibleName(name)
    return widget
