"""Start the window without Python's cyclic garbage collector, then hand it back.

Importing Qt and SQLAlchemy and building the first page make some 85,000
long-lived objects; the collector, run as they are made, scans them again and
again (about 190 collections, one of them full: 35-45 ms of a 400 ms start).
Almost nothing made then is garbage (about 700 objects, once), so the window is
started with the collector held, and once the plan's first page is painted the
objects made so far are frozen (``gc.freeze``: later collections skip them,
which also keeps a full collection off every edit) and the collector runs again
as usual. Only the window's start does this; headless commands run as Python
does.
"""

from __future__ import annotations

import gc


class _Hold:
    """Whether this module turned the collector off (it never turns on one someone else turned off)."""

    held = False


def hold() -> None:
    """Turn the collector off for the start of the window."""
    if gc.isenabled():
        gc.disable()
        _Hold.held = True


def release() -> None:
    """Freeze what start-up made and turn the collector back on; a second call does nothing."""
    if _Hold.held:
        _Hold.held = False
        gc.freeze()
        gc.enable()
