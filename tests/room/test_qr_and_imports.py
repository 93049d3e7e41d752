"""QR codes for the projector and the cards; the room package stays Qt-free and document-free."""

from __future__ import annotations

import json
import subprocess
import sys

import segno

from planner_gui.room.qr import qr_png, qr_svg

URL = "http://127.0.0.1:8765/v/Vc6JY8sgt69ZNOjnpBoNYQ"


def test_the_svg_is_a_standalone_document_with_an_escaped_title() -> None:
    svg = qr_svg(URL, title="Ana <Ruiz>")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "<title>Ana &lt;Ruiz&gt;</title>" in svg and "<script" not in svg


def test_the_png_encodes_the_link_with_medium_error_correction_or_better() -> None:
    png = qr_png(URL, scale=4)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    code = segno.make_qr(URL, error="m", boost_error=True)
    assert code.error in ("M", "Q", "H")
    width = int.from_bytes(png[16:20], "big")
    assert width == code.symbol_size(scale=4, border=4)[0]


def test_importing_the_room_loads_no_qt_no_ui_and_no_document() -> None:
    probe = (
        "import sys, json; import planner_gui.room, planner_gui.room.server, planner_gui.room.qr; "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy') "
        "or m.startswith(('planner_gui.ui', 'planner_gui.core', 'planner_gui.exchange')))))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []
