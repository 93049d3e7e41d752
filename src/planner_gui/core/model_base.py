"""The declarative base every table of the plan is mapped on (``core/tables.py`` gathers them all)."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
