"""Keep the plan's small, often-read rows in memory once loaded.

SQLAlchemy's identity map holds objects weakly: a goal nobody holds a reference
to is forgotten, and the next ``session.get`` reads it from the file again.
The views ask for the plan, a goal or an objective for every cell they paint,
so at 2,000 objectives a repaint became 2,000 SELECTs. This is SQLAlchemy's
own "strong reference" recipe (the session's ``info`` holds what it loaded),
limited to the classes that are read per cell, so the ballot votes and the
other large tables stay weak.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

REFS = "held rows"


def hold_loaded_rows(session: Session, classes: tuple[type[Any], ...]) -> None:
    """From now on, ``session`` keeps a strong reference to every instance of ``classes`` it holds."""
    held: set[Any] = session.info.setdefault(REFS, set())

    def hold(_session: Session, instance: Any) -> None:
        if isinstance(instance, classes):
            held.add(instance)

    def release(_session: Session, instance: Any) -> None:
        held.discard(instance)

    for name in ("pending_to_persistent", "deleted_to_persistent", "detached_to_persistent", "loaded_as_persistent"):
        event.listen(session, name, hold)
    for name in ("persistent_to_detached", "persistent_to_deleted", "persistent_to_transient"):
        event.listen(session, name, release)
