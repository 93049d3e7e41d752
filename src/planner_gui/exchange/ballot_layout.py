"""The layout of a ballot workbook, shared by the writer and the reader: its sheets, headers and rows."""

from __future__ import annotations

import re

from planner_gui.i18n import N_

SHEET = N_("Ballot")  # named in the plan's language; read back in any
ID_SHEET = "Ballot identity"  # hidden, for the program alone: never translated
HEADERS = (N_("Number"), N_("Objective"), N_("Priority"), N_("Comment"))
FORMAT = "retreat-planner-ballot-1"
MEMBER = N_("Member")
MEMBER_ROW = 2
MAX_BALLOT_BYTES = 20 * 1024 * 1024  # a ballot is a few kilobytes; anything this big is not one


def ballot_file_name(member_name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", member_name.casefold()).strip("-")[:60].rstrip("-") or "member"
    return f"ballot-{slug}.xlsx"  # (a long name is cut: every file system takes a name this long)
