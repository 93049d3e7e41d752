"""Page breaks a board document needs and Qt's layout does not make by itself.

Qt breaks a paginated ``QTextDocument`` line by line. A report reads better
when a heading never ends a page, a table row is not cut in two, and a table
does not leave its header row alone at the foot of a page. :func:`tidy_page_breaks`
finds the first such place, puts a page break before it, lays the document out
again and looks again, until there is none left.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableFormat,
)

__all__ = ["close_blank_pages", "heading_pages", "line_page", "relayout", "tidy_page_breaks"]

KEEP_WITH_NEXT = (2, 3, 4)  # heading levels that must not end a page
LONG_ROW = 0.5  # a row taller than this share of a page may be split
MAX_ROUNDS = 200
ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def page_of(text: QTextDocument, y: float) -> int:
    return int(y // text.pageSize().height())


def line_page(text: QTextDocument, block: QTextBlock, *, last: bool = False) -> int:
    """The page (0-based) of a block's first (or last) line: a line that did not fit moves down, not its block."""
    rect = text.documentLayout().blockBoundingRect(block)
    lines = block.layout()
    if lines is None or lines.lineCount() == 0:
        return page_of(text, rect.top())
    line = lines.lineAt(lines.lineCount() - 1 if last else 0)
    return page_of(text, rect.top() - lines.boundingRect().top() + line.y() + line.height() / 2)


def relayout(text: QTextDocument) -> None:
    """Lay the whole document out again: after a format change Qt's lazy layout may leave blocks unlaid."""
    size = text.pageSize()
    text.setPageSize(QSizeF(size.width() + 1, size.height()))
    text.setPageSize(size)
    text.pageCount()  # finishes the layout


def heading_pages(text: QTextDocument, level: int = 2) -> list[int]:
    """The page (1-based) of each heading of ``level``, in order."""
    pages: list[int] = []
    block = text.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == level:
            pages.append(line_page(text, block) + 1)
        block = block.next()
    return pages


def tidy_page_breaks(text: QTextDocument) -> int:
    """Keep headings with what follows them and table rows whole; returns how many breaks were added.

    A break moves only what comes after it, so each search resumes just before the last break. Last, no
    page is left blank before a forced break (see :func:`close_blank_pages`).
    """
    text.pageCount()
    added = 0
    start = 0
    for _round in range(MAX_ROUNDS):
        found = _break_first_problem(text, start)
        if found is None:
            break
        added += 1
        relayout(text)
        before = text.findBlock(found).previous()
        start = before.position() if before.isValid() else 0
    close_blank_pages(text)
    return added


def close_blank_pages(text: QTextDocument) -> int:
    """Take away the spacing that pushes a forced page break one page too far; returns how many were closed.

    Qt breaks "always before" from where the text above ends, its bottom margin included. When a section's
    last table or paragraph ends just at the foot of a page, that margin (and the empty line Qt keeps after
    a table) reach onto the next page, and the break goes to the one after: a page with nothing on it but
    the footer, or the table's repeated header. Here the trailing empty lines are flattened and the last
    content's bottom margin dropped, so the break starts the very next page.
    """
    closed = 0
    for _round in range(MAX_ROUNDS):
        found = _first_blank_before_break(text)
        if found is None:
            break
        _flatten_tail(found)
        relayout(text)
        closed += 1
    return closed


def _first_blank_before_break(text: QTextDocument) -> QTextBlock | None:
    """The first block forced onto a new page with a whole page between it and the content above it."""
    block = text.begin().next()
    while block.isValid():
        if _starts_page(block):
            content = block.previous()
            while content.isValid() and _is_empty(content):
                content = content.previous()
            if content.isValid() and line_page(text, block) > line_page(text, content, last=True) + 1:
                return block
        block = block.next()
    return None


def _is_empty(block: QTextBlock) -> bool:
    return block.length() <= 1 and QTextCursor(block).currentTable() is None


def _flatten_tail(block: QTextBlock) -> None:
    """Flatten the empty blocks just above ``block`` and drop the bottom margin of what comes before them."""
    flat = QTextBlockFormat()
    flat.setTopMargin(0)
    flat.setBottomMargin(0)
    tiny = QTextCharFormat()
    tiny.setFontPointSize(1)
    above = block.previous()
    while above.isValid() and _is_empty(above):
        cursor = QTextCursor(above)
        cursor.mergeBlockFormat(flat)
        cursor.mergeBlockCharFormat(tiny)
        above = above.previous()
    if not above.isValid():
        return
    table = QTextCursor(above).currentTable()
    if table is not None:
        fmt: QTextTableFormat = table.format()
        fmt.setBottomMargin(0)
        table.setFormat(fmt)
    else:
        no_margin = QTextBlockFormat()
        no_margin.setBottomMargin(0)
        QTextCursor(above).mergeBlockFormat(no_margin)


def _break_first_problem(text: QTextDocument, start: int) -> int | None:
    """Put a page break at the first problem from ``start`` on; returns where it went (None: no problem)."""
    block = text.findBlock(start)
    while block.isValid():
        following = block.next()
        level = block.blockFormat().headingLevel()
        if level in KEEP_WITH_NEXT and following.isValid():
            cut = line_page(text, following) > line_page(text, block, last=True)
            if cut and not _starts_page(block):
                found = _break_before(block)
                if found is not None:
                    return found
        else:
            table = QTextCursor(block).currentTable()
            if table is not None:
                found = _check_table_row(text, table, block)
                if found is not None:
                    return found
        block = following
    return None


def _starts_page(block: QTextBlock) -> bool:
    return bool(block.blockFormat().pageBreakPolicy() & ALWAYS_BEFORE)


def _break_before(block: QTextBlock) -> int | None:
    """A page break before ``block``, or before the headings just above it (which belong with it)."""
    while True:
        above = block.previous()
        if not above.isValid() or above.blockFormat().headingLevel() not in KEEP_WITH_NEXT or _starts_page(block):
            break
        block = above
    if _starts_page(block):
        return None
    fmt = QTextBlockFormat()
    fmt.setPageBreakPolicy(ALWAYS_BEFORE)
    QTextCursor(block).mergeBlockFormat(fmt)
    return int(block.position())


def _check_table_row(text: QTextDocument, table: QTextTable, block: QTextBlock) -> int | None:
    """At the first block of a row's first cell: if the row is cut by the page's end, carry it (and the rows
    after it, under a copy of the header) to the next page; if it is the table's first row, carry the whole
    table, with the heading above it. Returns where the break went, or None."""
    cell = table.cellAt(block.position())
    if not cell.isValid() or cell.column() != 0 or cell.firstCursorPosition().block() != block:
        return None
    row = cell.row()
    header_rows = table.format().headerRowCount()
    if row < header_rows:
        return None
    first, last = _row_pages(text, table, row)
    if last == first or _row_height(text, table, row) > LONG_ROW * text.pageSize().height():
        return None
    if row == header_rows:
        above = text.findBlock(table.firstPosition() - 1)
        if above.isValid() and above.blockFormat().headingLevel() in KEEP_WITH_NEXT:
            return _break_before(above)
        return _break_before_table(table)
    return _split_table(table, row)


def _row_pages(text: QTextDocument, table: QTextTable, row: int) -> tuple[int, int]:
    firsts, lasts = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        firsts.append(line_page(text, cell.firstCursorPosition().block()))
        lasts.append(line_page(text, cell.lastCursorPosition().block(), last=True))
    return min(firsts), max(lasts)


def _row_height(text: QTextDocument, table: QTextTable, row: int) -> float:
    layout = text.documentLayout()
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return max(bottoms) - min(tops)


def _break_before_table(table: QTextTable) -> int | None:
    fmt: QTextTableFormat = table.format()
    if fmt.pageBreakPolicy() & ALWAYS_BEFORE:
        return None
    fmt.setPageBreakPolicy(ALWAYS_BEFORE)
    table.setFormat(fmt)
    return int(table.firstPosition())


def _split_table(table: QTextTable, row: int) -> int | None:
    """Move rows ``row``… into a new table starting on a new page, under a copy of the header rows."""
    fmt: QTextTableFormat = table.format()
    header_rows = fmt.headerRowCount()
    rows, columns = table.rows(), table.columns()
    cursor = QTextCursor(table.document())
    cursor.setPosition(table.lastPosition() + 1)  # the block after the table
    if QTextCursor(cursor.block()).currentTable() is not None:
        return None
    cursor.beginEditBlock()  # one change for the layout to hear of, not one per cell
    if cursor.block().length() > 1:
        # Make room: the text after the table moves into a new block with its own formats, leaving this one empty.
        cursor.insertBlock(cursor.blockFormat(), cursor.blockCharFormat())
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    flat = QTextBlockFormat()
    flat.setTopMargin(0)
    flat.setBottomMargin(0)
    cursor.setBlockFormat(flat)
    tiny = QTextCharFormat()
    tiny.setFontPointSize(1)
    cursor.setBlockCharFormat(tiny)  # so the line left between the two tables takes no room
    fmt.setPageBreakPolicy(ALWAYS_BEFORE)
    fmt.setTopMargin(0)
    moved = [*range(header_rows), *range(row, rows)]
    new = cursor.insertTable(len(moved), columns, fmt)
    for new_row, old_row in enumerate(moved):
        for column in range(columns):
            source, target = table.cellAt(old_row, column), new.cellAt(new_row, column)
            target.setFormat(source.format())
            target.firstCursorPosition().setBlockFormat(source.firstCursorPosition().blockFormat())
            selection = source.firstCursorPosition()
            selection.setPosition(source.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            target.firstCursorPosition().insertFragment(selection.selection())
    table.removeRows(row, rows - row)
    cursor.endEditBlock()
    return int(new.firstPosition())
