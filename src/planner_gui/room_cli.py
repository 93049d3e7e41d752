"""``planner-gui room PLAN``: room voting without the window (a second laptop serving the room, or a test).

The main thread owns the plan: it opens it (the command holds the plan's lock),
starts the server, prints each member's link, and then records the ballots the
server's threads hand over (``room/writer.py``), until Ctrl+C or SIGTERM. A
signal only sets a flag: the ballot being recorded is committed whole, the ones
already handed over are recorded, and only then does the server stop
(``room/session.py``). It loads QtCore (the lock) and QtNetwork (this laptop's
address, when none is given), never a window.
"""

from __future__ import annotations

import re
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from planner_gui.i18n import _, ngettext
from planner_gui.room_address import DEFAULT_PORT, network_addresses, no_network

__all__ = ["DEFAULT_PORT", "serve_room"]


def _host(address: str | None, fail: type[Exception]) -> str:
    if address:
        return address.strip().strip("[]")
    found = network_addresses()
    if not found:
        said = no_network()
        raise fail(_("{why}, or give --address").format(why=said[0].lower() + said[1:].rstrip(".")))
    return found[0].host


def _write_links(path: Path, lines: list[str]) -> None:
    from planner_gui.core.planfile import refuse_writing_over_a_plan
    from planner_gui.core.safe_files import replace_into_place, sync_file, temporary_path

    refuse_writing_over_a_plan(path)
    tmp = temporary_path(path, "writing")
    try:
        tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        sync_file(tmp)
        replace_into_place(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_LINK_LINE = re.compile(r"[^\t\n]+\thttps?://\S+")
_LINKS_MOST = 1 << 20  # a list of links is a few kilobytes


def _check_links_file(links: Path, force: bool, fail: type[Exception]) -> None:
    """Refuse a place for the links that would lose a file: a folder, or a file other than an earlier list of
    links (a member's filled ballot, say) unless ``force``."""
    if not links.parent.is_dir():
        raise fail(_("the folder {folder} does not exist").format(folder=links.parent))
    if links.is_dir():
        raise fail(_("{path} is a folder; give the name of a file for the links").format(path=links))
    if links.exists() and not force and not _is_a_list_of_links(links):
        raise fail(
            _(
                "{path} already exists and is not a list of links; choose another name, or add --force to replace it"
            ).format(path=links)
        )


def _is_a_list_of_links(path: Path) -> bool:
    """Whether ``path`` holds only NAME<TAB>LINK lines, as this command writes them (so a restart may write anew)."""
    try:
        if not path.is_file() or path.stat().st_size > _LINKS_MOST:
            return False
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return False
    return all(_LINK_LINE.fullmatch(line) for line in lines if line)


def serve_room(
    plan: Path,
    address: str | None,
    port: int,
    links: Path | None,
    *,
    fail: type[Exception],
    force: bool = False,
) -> int:
    """Serve room voting on ``plan`` until stopped; 0 when it stopped cleanly. ``fail``: the command's refusal;
    ``force``: write the links over a file that is not an earlier list of them."""
    from planner_gui.cli_plans import open_for_editing
    from planner_gui.room.server import RoomServerError
    from planner_gui.room.session import RoomVoting
    from planner_gui.room.writer import QueueWriter

    if links is not None:  # all checked before the plan is opened: a refused command leaves it as it was
        _check_links_file(links, force, fail)
    doc = open_for_editing(plan, out=sys.stderr)  # (an upgrade said on stderr: stdout is the members' links)
    try:
        host = _host(address, fail)
        writer = QueueWriter()
        room = RoomVoting(lambda: doc, writer, host, port)
        try:
            base = room.start()
        except RoomServerError as error:
            raise fail(error.strerror or str(error)) from None
        stop = threading.Event()
        previous: dict[signal.Signals, Any] = {}
        try:
            for number in (signal.SIGINT, signal.SIGTERM):
                previous[number] = signal.signal(number, lambda *_: stop.set())
            doc.room.set_options(address=base)
            lines = [f"{name}\t{url}" for name, url in room.box.links(base)]
            if links is not None:
                _write_links(links, lines)
            else:
                for line in lines:
                    print(line, flush=True)
            where = _(" (links in {links})").format(links=links) if links is not None else ""
            print(
                ngettext(
                    "Room voting on {address}: {count} member may still vote{where}. Ctrl+C stops it.",
                    "Room voting on {address}: {count} members may still vote{where}. Ctrl+C stops it.",
                    len(lines),
                ).format(address=base, count=len(lines), where=where),
                file=sys.stderr,
                flush=True,
            )
            while not stop.is_set():
                writer.run_pending(timeout=0.2)
        finally:
            room.stop()
            for number, handler in previous.items():
                signal.signal(number, handler)
        voters = doc.ranking.voters()
        voted = sum(1 for v in voters if v.voted)
    finally:
        doc.close()
    print(
        _("Room voting stopped: {voted} of {voters} voting members have voted.").format(
            voted=voted, voters=len(voters)
        ),
        file=sys.stderr,
        flush=True,
    )
    return 0
