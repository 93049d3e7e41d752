"""The report's look and its small HTML pieces: the style sheet, escaped text, tables, tier marks.

Qt-free. The HTML is the subset Qt's rich text engine reads (``QTextDocument``):
tables for anything laid out side by side, ``bgcolor`` for fills, one
``<style>`` block of class and element rules. Every rating is written out as a
word next to its colour, never colour alone.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from planner_gui.core.colors import OKABE_ITO, PRIORITY_COLORS
from planner_gui.core.words import (
    CONTRIBUTION_WORDS,
    COUNTRY_STATUS_WORDS,
    PRIORITY_WORDS,
    RESPONSE_WORDS,
    STAKEHOLDER_WORDS,
    STRATEGY_STATUS_WORDS,
    priority_word,
    word,
)
from planner_gui.i18n import _

RATINGS = (
    PRIORITY_WORDS,
    RESPONSE_WORDS,
    CONTRIBUTION_WORDS,
    STRATEGY_STATUS_WORDS,
    COUNTRY_STATUS_WORDS,
    STAKEHOLDER_WORDS,
)

INK = "#1d2430"
MUTED = "#5b6472"
RULE = "#c9ced6"
HEAD_FILL = "#e9edf2"
ACCENT = OKABE_ITO["blue"]
SANS = "'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"

UNDECIDED = "undecided"
TIER_COLORS = {**PRIORITY_COLORS, UNDECIDED: "#ffffff"}

STYLE = f"""
body {{ font-family: {SANS}; font-size: 10pt; color: {INK}; }}
p {{ margin-top: 0px; margin-bottom: 7px; line-height: 125%; }}
h1 {{ font-size: 28pt; font-weight: bold; color: {INK}; margin-top: 0px; margin-bottom: 6px; }}
h2 {{ font-size: 16pt; font-weight: bold; color: {ACCENT}; margin-top: 18px; margin-bottom: 10px; }}
h3 {{ font-size: 12pt; font-weight: bold; color: {INK}; margin-top: 16px; margin-bottom: 6px; }}
h4 {{ font-size: 10pt; font-weight: bold; color: {MUTED}; margin-top: 10px; margin-bottom: 4px; }}
ul, ol {{ margin-top: 0px; margin-bottom: 8px; }}
li {{ margin-bottom: 2px; line-height: 120%; }}
ul ul {{ list-style-type: circle; }}
table.grid {{ border-collapse: collapse; margin-top: 2px; margin-bottom: 12px; }}
table.grid th {{ background-color: {HEAD_FILL}; font-size: 8.5pt; font-weight: bold; color: {MUTED};
    text-align: left; border-bottom: 1px solid {RULE}; }}
table.grid td {{ font-size: 9pt; border-bottom: 1px solid {RULE}; vertical-align: top; }}
td.num {{ font-weight: bold; white-space: nowrap; }}
td.tier {{ font-weight: bold; text-align: center; white-space: nowrap; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8.5pt; }}
.empty {{ color: {MUTED}; font-style: italic; }}
.lead {{ font-size: 11pt; line-height: 135%; }}
.struck {{ text-decoration: line-through; color: {MUTED}; }}
p.kicker {{ font-size: 11pt; color: {MUTED}; margin-bottom: 4px; }}
p.subtitle {{ font-size: 15pt; color: {ACCENT}; margin-bottom: 4px; }}
table.toc td {{ font-size: 11pt; padding-top: 5px; padding-bottom: 5px; border-bottom: 1px solid {RULE}; }}
"""


def esc(text: object) -> str:
    """User text, safe to put in the HTML."""
    return html.escape(str(text if text is not None else ""), quote=True)


def title_case(word: str) -> str:
    """“partly accepted” → “Partly accepted”."""
    return word[:1].upper() + word[1:]


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (as the window's chips do)."""
    red, green, blue = (int(background.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "#000000" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "#ffffff"


def paragraphs(text: str, css_class: str = "") -> str:
    """Text as paragraphs: a blank line starts a new one, a single line break stays a break."""
    attr = f' class="{css_class}"' if css_class else ""
    parts = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p{attr}>{esc(part).replace(chr(10), '<br>')}</p>" for part in parts if part)


def empty(text: str) -> str:
    return f'<p class="empty">{esc(text)}</p>'


def bullets(items: Iterable[str], *, ordered: bool = False) -> str:
    """A list of already-escaped items."""
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{item}</li>" for item in items)
    return f"<{tag}>{body}</{tag}>" if body else ""


def rating_word(value: str) -> str:
    """A rating (a priority, a response's status, a contribution…) in the language spoken now: “Partly accepted”."""
    for vocabulary in RATINGS:
        if value in vocabulary:
            return title_case(word(vocabulary, value))
    return title_case(value)


def tier_cell(value: str, colors: dict[str, str], label: str | None = None) -> str:
    """A table cell filled with a rating's colour, the rating written in it."""
    color = colors.get(value, "#ffffff")
    text = esc(label if label is not None else rating_word(value))
    # the white rule parts cells of one colour; it is inline, as Qt drops sheet borders of a cell with a style
    style = f"color: {text_on(color)}; border-bottom: 2px solid #ffffff;"
    return f'<td class="tier" bgcolor="{color}" style="{style}">{text}</td>'


def chip(value: str, colors: dict[str, str], label: str | None = None) -> str:
    """A rating in running text: its word on its colour."""
    color = colors.get(value, "#ffffff")
    text = esc(label if label is not None else rating_word(value))
    return (
        f'<span style="background-color: {color}; color: {text_on(color)}; font-weight: bold;">'
        f"&#160;{text}&#160;</span>"
    )


def priority_label(priority: str | None) -> str:
    return priority_word(priority) if priority else _("Not decided")


def grid(headers: Sequence[tuple[str, str]], rows: Iterable[Sequence[str]]) -> str:
    """A ruled table. ``headers`` are (title, width such as "12%"), each title translated here (mark it ``N_``);
    each row holds finished ``<td>`` cells."""
    head = "".join(f'<th width="{width}">{esc(_(title))}</th>' for title, width in headers)
    body = "".join(f"<tr>{''.join(cells)}</tr>" for cells in rows)
    return (
        '<table class="grid" width="100%" cellspacing="0" cellpadding="4" border="0">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def td(content: str, css_class: str = "") -> str:
    """A cell of already-escaped content."""
    attr = f' class="{css_class}"' if css_class else ""
    return f"<td{attr}>{content}</td>"


def objective_label(number: str) -> str:
    return f"Obj.&#160;{esc(number)}"


def numbers_list(numbers: Sequence[str]) -> str:
    """“Obj. 8, 11 and 12”."""
    if not numbers:
        return ""
    shown = [esc(n) for n in numbers]
    joined = (
        shown[0]
        if len(shown) == 1
        else esc(_("{items} and {last}")).format(items=", ".join(shown[:-1]), last=shown[-1])
    )
    return f"Obj.&#160;{joined}"
