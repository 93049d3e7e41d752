"""Member cards: one card per voting member, with their name, the plan, a QR code and their personal link.

Printed before the retreat (File > Print Member Cards…), cut along the dashed
lines and handed out, a card opens its member's ballot on their phone once room
voting runs at the address the cards were made for. Eight cards on an A4 page
(two across, four down, each 95 × 69 mm), drawn with QtGui only, the QR code as
vectors (``report/qr_paint.py``); the PDF is written under a temporary name and
renamed into place, as the summary is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPagedPaintDevice, QPainter, QPen

from planner_gui.core.errors import FileAccessError
from planner_gui.i18n import _, current_language, speaking
from planner_gui.report.pdf import write_pdf
from planner_gui.report.qr_paint import paint_qr

DPI = 300
ACROSS, DOWN = 2, 4
PAGE_MM = (210.0, 297.0)
CARD_MM = (95.0, 69.0)
INK = QColor("#1a1a1a")
_DEVICE = QImage(8, 8, QImage.Format.Format_RGB32)  # measures text at the cards' 300 dpi
_DEVICE.setDotsPerMeterX(round(DPI / 0.0254))
_DEVICE.setDotsPerMeterY(round(DPI / 0.0254))
MUTED = QColor("#555555")


@dataclass(frozen=True)
class MemberCard:
    name: str
    link: str


def _px(mm: float) -> float:
    return mm / 25.4 * DPI


def _font(points: float, *, bold: bool = False, fixed: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if fixed else QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _fitting(text: str, width: float, points: float, smallest: float, **style: bool) -> QFont:
    """The font of ``points`` (or smaller, down to ``smallest``) in which ``text`` fits on one line of ``width``."""
    font = _font(points, **style)
    while points > smallest and QFontMetricsF(font, _DEVICE).horizontalAdvance(text) > width:
        points -= 0.5
        font = _font(points, **style)
    return font


def paint_card(painter: QPainter, rect: QRectF, plan_title: str, card: MemberCard, address: str) -> None:
    """One card in ``rect`` (device pixels at 300 dpi): the plan and the name across the top, the QR code
    on the left with a word on the right, the link along the bottom; dashed lines to cut along."""
    painter.save()
    painter.setPen(QPen(QColor("#9a9a9a"), _px(0.25), Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    pad = _px(5)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    one_line = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    wrapped = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    # The plan, then the member's name, each on one line.
    title_font = _font(9)
    painter.setFont(title_font)
    painter.setPen(MUTED)
    title = QFontMetricsF(title_font, _DEVICE).elidedText(plan_title, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), _px(4.5)), one_line, title)
    name_font = _fitting(card.name, inner.width(), 16, 10, bold=True)
    painter.setFont(name_font)
    painter.setPen(INK)
    name = QFontMetricsF(name_font, _DEVICE).elidedText(card.name, Qt.TextElideMode.ElideRight, inner.width())
    painter.drawText(QRectF(inner.left(), inner.top() + _px(4.5), inner.width(), _px(8)), one_line, name)
    # The link along the bottom, in a font that fits it on one line.
    link_font = _fitting(card.link, inner.width(), 9, 6.5, fixed=True)
    painter.setFont(link_font)
    link_top = inner.bottom() - _px(4)
    painter.drawText(QRectF(inner.left(), link_top, inner.width(), _px(4)), one_line, card.link)
    # The code, and what to do with it.
    top = inner.top() + _px(14)
    side = link_top - _px(1.5) - top
    square = paint_qr(painter, QRectF(inner.left() - _px(1.5), top, side, side), card.link)
    words_left = square.right() + _px(1.5)
    words = QRectF(words_left, top + _px(1.5), inner.right() - words_left, side - _px(3))
    painter.setFont(_font(9))
    painter.setPen(INK)
    said = _(
        "Scan the code with your phone's camera: it opens your own ballot.\n\n"
        "It votes as you, so keep this card to yourself.\n\n"
        "Room voting: {address}"
    ).format(address=address.removeprefix("http://"))
    painter.drawText(words, wrapped, said)
    painter.restore()


def paint_cards(writer: QPagedPaintDevice, plan_title: str, cards: Sequence[MemberCard], address: str) -> int:
    """Every card, eight to a page; returns the number of pages."""
    painter = QPainter(writer)
    try:
        left = _px((PAGE_MM[0] - ACROSS * CARD_MM[0]) / 2)
        top = _px((PAGE_MM[1] - DOWN * CARD_MM[1]) / 2)
        per_page = ACROSS * DOWN
        pages = max(1, -(-len(cards) // per_page))
        for number, card in enumerate(cards):
            if number and number % per_page == 0:
                writer.newPage()
            place = number % per_page
            column, row = place % ACROSS, place // ACROSS
            rect = QRectF(
                left + _px(column * CARD_MM[0]), top + _px(row * CARD_MM[1]), _px(CARD_MM[0]), _px(CARD_MM[1])
            )
            paint_card(painter, rect, plan_title, card, address)
    finally:
        painter.end()
    return pages


def write_member_cards(
    path: Path, plan_title: str, cards: Sequence[MemberCard], address: str, *, language: str | None = None
) -> int:
    """Write the cards as an A4 PDF at ``path`` (replacing it whole, or not at all); the number of pages.

    ``language``: the plan's documents' (``doc.plan.language``); by default the language spoken now.
    """
    with speaking(language or current_language()):
        return _write_member_cards(Path(path), plan_title, cards, address)


def _write_member_cards(path: Path, plan_title: str, cards: Sequence[MemberCard], address: str) -> int:
    if not cards:
        raise FileAccessError(_("There are no voting members to make cards for: add them on the Members tab."))
    title = _("Member cards — {plan}").format(plan=plan_title)
    return write_pdf(path, title, lambda writer: paint_cards(writer, plan_title, cards, address))
