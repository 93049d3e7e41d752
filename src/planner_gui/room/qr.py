"""QR codes of the room's address and of each member's link, for the projector and the member cards."""

from __future__ import annotations

import io

import segno


def _code(url: str) -> segno.QRCode:
    # Error correction M: a code on a card survives a crease or a thumb; segno raises it further
    # for free when the version it needs has room (boost_error).
    return segno.make_qr(url, error="m", boost_error=True)


def qr_svg(url: str, *, scale: int = 8, border: int = 4, title: str = "") -> str:
    """The QR code as a standalone SVG document (black on white, with the quiet zone a reader needs)."""
    out = io.BytesIO()
    _code(url).save(out, kind="svg", scale=scale, border=border, title=title or None, xmldecl=False, nl=False)
    return out.getvalue().decode("utf-8")


def qr_png(url: str, *, scale: int = 8, border: int = 4) -> bytes:
    """The QR code as PNG bytes, ``scale`` pixels a module."""
    out = io.BytesIO()
    _code(url).save(out, kind="png", scale=scale, border=border)
    return out.getvalue()


def qr_matrix(url: str, *, border: int = 4) -> list[list[bool]]:
    """The QR code's modules, row by row (True: dark), with ``border`` light modules around it.

    For drawing the code with a painter at any size (the projector, a printed card), crisp.
    """
    return [[bool(module) for module in row] for row in _code(url).matrix_iter(scale=1, border=border)]
