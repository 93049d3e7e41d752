"""Workbooks nobody should have to read: written byte by byte, so each is exactly the trap it is meant to be.

``xlsx`` writes a minimal, valid package whose sheets are given as rows of
cells; a cell is a value (text, number, None) or ``Raw`` XML put in as it is
(a formula with the value it last showed, an error). The other functions turn
a good workbook into a bad one.
"""

from __future__ import annotations

import random
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET_TYPE = f"{RELS}/worksheet"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "{sheets}</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    f'relationships"><Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
LAUGHS = (  # the billion laughs: &lol9; is ten &lol8; ... is 10**9 times "lol"
    '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    + "]>"
)
OUTSIDE = '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'


@dataclass(frozen=True)
class Raw:
    """A cell's XML inside ``<c r=".." ...>``: its attributes and content, e.g. a formula and its cached value."""

    attributes: str
    content: str


Cell = str | int | float | None | Raw


def column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def cell_xml(ref: str, value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Raw):
        return f'<c r="{ref}" {value.attributes}>{value.content}</c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def row_xml(number: int, cells: Sequence[Cell], attributes: str = "") -> str:
    inner = "".join(cell_xml(f"{column(i)}{number}", value) for i, value in enumerate(cells))
    return f'<row r="{number}"{attributes}>{inner}</row>'


def sheet_xml(rows: Sequence[Sequence[Cell]], *, extra: str = "", hidden_rows: Iterable[int] = ()) -> str:
    hidden = set(hidden_rows)
    body = "".join(row_xml(n, cells, ' hidden="1"' if n in hidden else "") for n, cells in enumerate(rows, start=1))
    width = max((len(r) for r in rows), default=1)
    dimension = f'<dimension ref="A1:{column(max(width, 1) - 1)}{max(len(rows), 1)}"/>'
    cols, merges = _split_extra(extra)
    return f'<worksheet xmlns="{MAIN}">{dimension}{cols}<sheetData>{body}</sheetData>{merges}</worksheet>'


def _split_extra(extra: str) -> tuple[str, str]:
    """``<cols>`` goes before sheetData, everything else (merged cells) after it."""
    found = re.search(r"<cols>.*?</cols>", extra)
    cols = found.group(0) if found else ""
    return cols, extra.replace(cols, "")


def xlsx(path: Path, sheets: dict[str, str], *, states: dict[str, str] | None = None) -> Path:
    """A workbook of ``sheets`` (name → the sheet's XML), written as a minimal valid package."""
    states = states or {}
    names = list(sheets)
    entries = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" state="{states.get(name, "visible")}" r:id="rId{i}"/>'
        for i, name in enumerate(names, start=1)
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{SHEET_TYPE}" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(names) + 1)
    )
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(names) + 1)
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(sheets=overrides))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{entries}'
            "</sheets></workbook>",
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        for i, name in enumerate(names, start=1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", sheets[name])
    return path


def plan_sheets(objectives: Sequence[Sequence[Cell]], **options: str) -> dict[str, str]:
    """The three sheets a plan needs, with these Objectives rows under their headers."""
    return {
        "Plan": sheet_xml([["Field", "Value"], ["Title", "From a hostile workbook"]]),
        "Goals": sheet_xml([["Number", "Title"], ["1", "Ban"], ["2", "Clear"]]),
        "Objectives": sheet_xml([["Goal", "Number", "Objective", "Priority", "Rationale"], *objectives], **options),
    }


# ------------------------------------------------------------------ turning good workbooks bad


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """A copy of ``source`` with each part passed through ``change`` (None drops the part)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if data is not None:
                new.writestr(info.filename, data)
    return target


def with_doctype(doctype: str, part: str, entity: str = "") -> Callable[[str, bytes], bytes | None]:
    """Put ``doctype`` before ``part``'s XML, and ``entity`` (a reference such as ``&lol9;``) in its first text."""

    def change(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        text = re.sub(r"^<\?xml[^>]*\?>", "", data.decode("utf-8"))
        if entity:
            text = re.sub(r"(<t[^>]*>)", rf"\g<1>{entity}", text, count=1)
        return (doctype + text).encode("utf-8")

    return change


def cut_after(part: str, fraction: float) -> Callable[[str, bytes], bytes | None]:
    """``part``'s XML cut off part-way: the rest of the file is sound, that sheet ends mid-element."""

    def change(name: str, data: bytes) -> bytes:
        return data[: int(len(data) * fraction)] if name == part else data

    return change


def flip_compressed_byte(source: Path, target: Path, part: str, from_end: int = 30) -> Path:
    """A copy with one byte of ``part``'s compressed data changed, near its end: its checksum fails late."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size - from_end] ^= 0x5A
    target.write_bytes(bytes(data))
    return target


def not_a_zip(path: Path) -> Path:
    path.write_bytes(random.Random(7).randbytes(4096))
    return path


def zip_of_text(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "Minutes of the board meeting")
    return path


def many_parts(path: Path, count: int = 2_001) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(count):
            archive.writestr(f"xl/media/image{i}.png", b"")
    return path


def zip_bomb(path: Path, gigabytes: float = 1.1) -> Path:
    """A real zip bomb: a few megabytes that unpack to over a gigabyte of zeros in one sheet."""
    chunk = bytes(16 << 20)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part,
    ):
        for _ in range(int(gigabytes * 1024 / 16)):
            part.write(chunk)
    return path


def million_rows(
    path: Path,
    big: str,
    header: Sequence[str],
    others: dict[str, str],
    *,
    rows: int = 1_000_000,
    dimension: bool = True,
) -> Path:
    """A workbook whose sheet ``big`` has ``header`` then ``rows`` rows (streamed, never all in memory)."""
    small = xlsx(Path(f"{path}.small"), {big: "<placeholder/>", **others})
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for name in source.namelist():
            if name != "xl/worksheets/sheet1.xml":
                out.writestr(name, source.read(name))
        with out.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(f'<worksheet xmlns="{MAIN}">'.encode())
            if dimension:
                part.write(f'<dimension ref="A1:{column(len(header) - 1)}{rows + 1}"/>'.encode())
            part.write(("<sheetData>" + row_xml(1, list(header))).encode())
            batch: list[str] = []
            for n in range(2, rows + 2):
                batch.append(f'<row r="{n}"><c r="A{n}"><v>1</v></c><c r="B{n}"><v>{n}</v></c></row>')
                if len(batch) == 50_000:
                    part.write("".join(batch).encode())
                    batch.clear()
            part.write(("".join(batch) + "</sheetData></worksheet>").encode())
    small.unlink()
    return path
