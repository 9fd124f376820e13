#!/usr/bin/env python3
"""Regenerates the hostile spreadsheet corpus next to this script.

    python3 make.py            # (re)write every file, print sizes
    python3 make.py --verify   # also re-open every workbook and inflate it again

Standard library only. Output is deterministic: fixed zip timestamps and
attributes, no randomness. (Compressed bytes depend on the zlib that Python
links against; the inflated content never changes.)

Every file is at most 4 MiB, the upload limit; the script asserts it.
README.md says what each file attacks and what the reader must answer.
"""

from __future__ import annotations

import hashlib
import struct
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Iterable, Iterator, Union
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
UPLOAD_LIMIT = 4 * 1024 * 1024
DATE = (2026, 1, 1, 0, 0, 0)

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DOC_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
REL_SHARED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
CT_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_SHARED = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
PROLOG = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

HEADER = ["side", "name", "speaks", "area", "availability"]
PEOPLE = [
    ["newcomer", "Amal", "ar:native", "1000", "mon-evening"],
    ["volunteer", "Ben", "ar:fluent", "1000", "mon-evening"],
]

# A part's content: bytes, str, or an iterable of such pieces (nested, lazily
# generated), so that parts inflating to hundreds of MB are never held in memory.
Content = Union[bytes, str, Iterable["Content"]]


# --------------------------------------------------------------------------
# Small building blocks


def pieces(content: Content) -> Iterator[bytes]:
    """Flattens a part's content into byte chunks."""
    if isinstance(content, bytes):
        if content:
            yield content
    elif isinstance(content, str):
        if content:
            yield content.encode("utf-8")
    else:
        for item in content:
            yield from pieces(item)


def repeat(chunk: Content, count: int, block: int = 1 << 20) -> Iterator[bytes]:
    """`count` copies of `chunk`, yielded in blocks of about `block` bytes."""
    chunk = b"".join(pieces(chunk))
    per_block = max(1, block // len(chunk))
    unit = chunk * per_block
    full, rest = divmod(count, per_block)
    for _ in range(full):
        yield unit
    if rest:
        yield chunk * rest


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def col(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA, 16384 -> XFD."""
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def inline(ref: str, text: Content) -> list:
    return [f'<c r="{ref}" t="inlineStr"><is><t>', text, "</t></is></c>"]


def shared(ref: str, index: int) -> str:
    return f'<c r="{ref}" t="s"><v>{index}</v></c>'


def number(ref: str, value: str) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def row(r: int, *cells: Content) -> list:
    return [f'<row r="{r}">', list(cells), "</row>"]


def inline_row(r: int, values: list[str]) -> list:
    return row(r, *[inline(f"{col(i)}{r}", esc(v)) for i, v in enumerate(values, 1)])


def worksheet(*rows: Content, doctype: str = "", dimension: str | None = None) -> list:
    """sheet1.xml: the prolog, an optional DOCTYPE, then <sheetData> holding `rows`."""
    return [
        PROLOG,
        doctype,
        f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{DOC_REL_NS}">',
        f'<dimension ref="{dimension}"/>' if dimension else "",
        "<sheetData>",
        list(rows),
        "</sheetData></worksheet>",
    ]


def shared_strings(*items: Content, count: int) -> list:
    """sharedStrings.xml; `items` are the <si> elements (or anything else)."""
    return [PROLOG, f'<sst xmlns="{MAIN_NS}" count="{count}" uniqueCount="{count}">', list(items), "</sst>"]


def si(text: str) -> str:
    return f"<si><t>{esc(text)}</t></si>"


def content_types(with_shared: bool) -> str:
    overrides = [
        f'<Override PartName="/xl/workbook.xml" ContentType="{CT_WORKBOOK}"/>',
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT_WORKSHEET}"/>',
    ]
    if with_shared:
        overrides.append(f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT_SHARED}"/>')
    return (
        PROLOG.decode()
        + f'<Types xmlns="{CT_NS}">'
        + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(overrides)
        + "</Types>"
    )


ROOT_RELS = (
    PROLOG.decode()
    + f'<Relationships xmlns="{PKG_REL_NS}">'
    + f'<Relationship Id="rId1" Type="{REL_OFFICE_DOC}" Target="xl/workbook.xml"/>'
    + "</Relationships>"
)


def workbook_xml(sheet_count: int = 1) -> list:
    return [
        PROLOG,
        f'<workbook xmlns="{MAIN_NS}" xmlns:r="{DOC_REL_NS}"><sheets>',
        (f'<sheet name="Sheet{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, sheet_count + 1)),
        "</sheets></workbook>",
    ]


def workbook_rels(sheet_count: int = 1, with_shared: bool = False) -> list:
    extra = sheet_count + 1
    return [
        PROLOG,
        f'<Relationships xmlns="{PKG_REL_NS}">',
        (
            f'<Relationship Id="rId{i}" Type="{REL_WORKSHEET}" Target="worksheets/sheet1.xml"/>'
            for i in range(1, sheet_count + 1)
        ),
        (
            f'<Relationship Id="rId{extra}" Type="{REL_SHARED}" Target="sharedStrings.xml"/>'
            if with_shared
            else ""
        ),
        "</Relationships>",
    ]


# --------------------------------------------------------------------------
# Writing archives


def zip_info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=DATE)
    info.compress_type = method
    info._compresslevel = 9  # read by ZipFile.open(mode="w") in 3.11 .. 3.13
    info.create_system = 3
    info.external_attr = 0o644 << 16
    return info


def write_zip(path: Path, parts: list[tuple[str, Content, int]]) -> dict[str, int]:
    """Writes `parts` (name, content, method) in order; returns each part's inflated size."""
    sizes: dict[str, int] = {}
    with zipfile.ZipFile(path, "w", compresslevel=9) as archive:
        for name, content, method in parts:
            with archive.open(zip_info(name, method), "w") as out:
                n = 0
                for chunk in pieces(content):
                    out.write(chunk)
                    n += len(chunk)
            sizes[name] = n
    return sizes


def xlsx(
    path: Path,
    sheet: Content,
    *,
    strings: Content | None = None,
    workbook: Content | None = None,
    rels: Content | None = None,
    drop: tuple[str, ...] = (),
    extra: list[tuple[str, Content]] | None = None,
) -> dict[str, int]:
    """A minimal workbook; each hostile file overrides only the part it attacks.

    Parts are deflated at level 9; `extra` entries are appended stored."""
    with_shared = strings is not None
    parts: list[tuple[str, Content]] = [
        ("[Content_Types].xml", content_types(with_shared)),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook if workbook is not None else workbook_xml()),
        ("xl/_rels/workbook.xml.rels", rels if rels is not None else workbook_rels(with_shared=with_shared)),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    if with_shared:
        parts.append(("xl/sharedStrings.xml", strings))
    deflated = [(n, c, zipfile.ZIP_DEFLATED) for n, c in parts if n not in drop]
    stored = [(n, c, zipfile.ZIP_STORED) for n, c in extra or []]
    return write_zip(path, deflated + stored)


def patch_uncompressed_size(path: Path, member: str, claimed: int) -> None:
    """Rewrites `member`'s uncompressed size in its local header and in the central directory."""
    data = bytearray(path.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    assert eocd >= 0, "no end of central directory"
    entries, cd_size, cd_offset = struct.unpack_from("<HII", data, eocd + 10)
    pos = cd_offset
    patched = 0
    for _ in range(entries):
        assert data[pos : pos + 4] == b"PK\x01\x02", "bad central directory entry"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        (local,) = struct.unpack_from("<I", data, pos + 42)
        name = bytes(data[pos + 46 : pos + 46 + name_len]).decode("utf-8")
        if name == member:
            struct.pack_into("<I", data, pos + 24, claimed)  # central: uncompressed size
            assert data[local : local + 4] == b"PK\x03\x04", "bad local header"
            struct.pack_into("<I", data, local + 22, claimed)  # local: uncompressed size
            patched += 1
        pos += 46 + name_len + extra_len + comment_len
    assert patched == 1, f"{member} not found exactly once"
    path.write_bytes(bytes(data))


def deterministic_bytes(n: int, seed: bytes) -> bytes:
    out = bytearray()
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(seed + counter.to_bytes(8, "little")).digest()
        counter += 1
    return bytes(out[:n])


def write_text(path: Path, content: Content) -> None:
    with open(path, "wb") as out:
        for chunk in pieces(content):
            out.write(chunk)


# --------------------------------------------------------------------------
# The corpus

MB = 1_000_000


def make_all() -> dict[str, dict[str, int]]:
    """Writes every file; returns, per file, the inflated size of each zip part."""
    made: dict[str, dict[str, int]] = {}

    def out(name: str) -> Path:
        return HERE / name

    # Sanity baselines. valid.xlsx stores text as shared strings and the area as a
    # number cell, as Excel does; valid-inline.xlsx stores everything inline.
    table = [HEADER, *PEOPLE]
    strings: list[str] = []  # distinct texts, in order of first use
    rows = []
    for r, values in enumerate(table, 1):
        cells = []
        for i, v in enumerate(values, 1):
            ref = f"{col(i)}{r}"
            if i == 4 and r > 1:
                cells.append(number(ref, v))
            else:
                if v not in strings:
                    strings.append(v)
                cells.append(shared(ref, strings.index(v)))
        rows.append(row(r, *cells))
    made["valid.xlsx"] = xlsx(
        out("valid.xlsx"),
        worksheet(*rows, dimension="A1:E3"),
        strings=shared_strings(*[si(s) for s in strings], count=len(strings)),
    )
    made["valid-inline.xlsx"] = xlsx(
        out("valid-inline.xlsx"),
        worksheet(*[inline_row(r, v) for r, v in enumerate(table, 1)], dimension="A1:E3"),
    )

    # Sparse cells far away: a reader that allocates a grid up to the last cell
    # (or trusts <dimension>) allocates 17 billion cells.
    made["sparse-xfd1048576.xlsx"] = xlsx(
        out("sparse-xfd1048576.xlsx"),
        worksheet(
            inline_row(1, HEADER),
            row(1048576, inline("XFD1048576", "x")),
            dimension="A1:XFD1048576",
        ),
    )
    made["sparse-a1-xfd20001.xlsx"] = xlsx(
        out("sparse-a1-xfd20001.xlsx"),
        worksheet(
            row(1, inline("A1", "side")),
            row(20001, inline("XFD20001", "x")),
            dimension="A1:XFD20001",
        ),
    )

    # Every column Excel allows, all filled.
    made["wide-row.xlsx"] = xlsx(
        out("wide-row.xlsx"),
        worksheet(
            row(1, *[inline(f"{col(i)}1", HEADER[i - 1] if i <= 5 else f"col{i}") for i in range(1, 16385)]),
            dimension="A1:XFD1",
        ),
    )

    # Zip bombs: plain whitespace between elements, so the only limit that can
    # fire is the one on inflated size.
    made["bomb-sheet.xlsx"] = xlsx(
        out("bomb-sheet.xlsx"),
        worksheet(inline_row(1, HEADER), repeat(b" ", 600 * MB), inline_row(2, PEOPLE[0])),
    )
    made["bomb-shared-strings.xlsx"] = xlsx(
        out("bomb-shared-strings.xlsx"),
        worksheet(row(1, *[shared(f"{col(i)}1", i - 1) for i in range(1, 6)])),
        strings=shared_strings(*[si(h) for h in HEADER], repeat(b" ", 600 * MB), count=5),
    )

    # Three million tiny shared strings (about 51 MB inflated): a count limit,
    # not a size cap at 64 MB, has to stop this one.
    n_strings = 3_000_000
    made["many-shared-strings.xlsx"] = xlsx(
        out("many-shared-strings.xlsx"),
        worksheet(row(1, *[shared(f"{col(i)}1", i - 1) for i in range(1, 6)])),
        strings=shared_strings(*[si(h) for h in HEADER], repeat(b"<si><t>a</t></si>", n_strings), count=n_strings + 5),
    )

    # One cell holding 40 million characters.
    made["long-string.xlsx"] = xlsx(
        out("long-string.xlsx"),
        worksheet(
            inline_row(1, HEADER),
            row(
                2,
                inline("A2", "newcomer"),
                inline("B2", repeat(b"a", 40 * MB)),
                inline("C2", "ar:native"),
                inline("D2", "1000"),
                inline("E2", "mon-evening"),
            ),
        ),
    )

    # DTDs: any DOCTYPE must be refused, never expanded or fetched.
    lol = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        lol.append(f'<!ENTITY lol{i} "{f"&{prev};" * 10}">')
    made["billion-laughs.xlsx"] = xlsx(
        out("billion-laughs.xlsx"),
        worksheet(
            inline_row(1, HEADER),
            row(2, inline("A2", "newcomer"), inline("B2", "&lol9;")),
            doctype="<!DOCTYPE worksheet [\n  " + "\n  ".join(lol) + "\n]>\n",
        ),
    )
    made["external-entity.xlsx"] = xlsx(
        out("external-entity.xlsx"),
        worksheet(
            inline_row(1, HEADER),
            row(2, inline("A2", "newcomer"), inline("B2", "&xxe;")),
            doctype='<!DOCTYPE worksheet [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n',
        ),
    )

    # A million nested elements inside one cell (7 MB inflated).
    depth = 1_000_000
    made["deep-xml.xlsx"] = xlsx(
        out("deep-xml.xlsx"),
        worksheet(
            inline_row(1, HEADER),
            row(
                2,
                inline("A2", "newcomer"),
                ['<c r="B2" t="inlineStr"><is>', repeat(b"<x>", depth), repeat(b"</x>", depth), "</is></c>"],
            ),
        ),
    )

    # 20,000 sheets, each with its own relationship (all to the same valid part).
    n_sheets = 20_000
    made["many-sheets.xlsx"] = xlsx(
        out("many-sheets.xlsx"),
        worksheet(*[inline_row(r, v) for r, v in enumerate(table, 1)]),
        workbook=workbook_xml(n_sheets),
        rels=workbook_rels(n_sheets),
    )

    # A valid workbook plus 50,000 empty stored entries. Names are 3 characters
    # (no upper case, so no two differ only by case) to stay under 4 MiB:
    # each empty entry costs 30 + 46 header bytes plus its name twice.
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz-_"
    n_entries = 50_000
    names = [a + b + c for a in alphabet for b in alphabet for c in alphabet][:n_entries]
    assert len(names) == n_entries
    made["many-entries.xlsx"] = xlsx(
        out("many-entries.xlsx"),
        worksheet(*[inline_row(r, v) for r, v in enumerate(table, 1)]),
        extra=[(name, b"") for name in names],
    )

    # sheet1.xml claims (local header and central directory) to inflate to
    # 1 KiB; it inflates to 300 MB. The CRC is the true one.
    made["lying-size.xlsx"] = xlsx(
        out("lying-size.xlsx"),
        worksheet(inline_row(1, HEADER), repeat(b" ", 300 * MB), inline_row(2, PEOPLE[0])),
    )
    patch_uncompressed_size(out("lying-size.xlsx"), "xl/worksheets/sheet1.xml", 1024)

    # The workbook and its relationships name sheet1.xml; the archive lacks it.
    made["missing-sheet.xlsx"] = xlsx(
        out("missing-sheet.xlsx"),
        worksheet(inline_row(1, HEADER)),
        drop=("xl/worksheets/sheet1.xml",),
    )

    # A local file header signature, then noise.
    out("not-a-zip.xlsx").write_bytes(b"PK\x03\x04" + deterministic_bytes(4092, b"bridges not-a-zip"))
    made["not-a-zip.xlsx"] = {}

    # An OLE2 / Compound File Binary header (as .xls files start), 512 bytes, no sectors.
    cfb = bytearray(512)
    cfb[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into(
        "<HHHHH6xIIIIIIIII",
        cfb,
        24,
        0x003E,  # minor version
        0x0003,  # major version 3 (512-byte sectors)
        0xFFFE,  # byte order
        9,  # sector shift
        6,  # mini sector shift
        0,  # directory sectors
        1,  # FAT sectors
        1,  # first directory sector
        0,  # transaction signature
        4096,  # mini stream cutoff
        0xFFFFFFFE,  # first mini FAT sector: none
        0,  # mini FAT sectors
        0xFFFFFFFE,  # first DIFAT sector: none
        0,  # DIFAT sectors
    )
    struct.pack_into("<I", cfb, 76, 0)  # DIFAT[0]: the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into("<I", cfb, 76 + 4 * i, 0xFFFFFFFF)
    assert len(cfb) == 512
    out("legacy.xls").write_bytes(bytes(cfb))
    made["legacy.xls"] = {}

    # CSV.
    def csv_line(values: list[str]) -> str:
        return ",".join(values) + "\n"

    data_rows = 20_001
    write_text(
        out("too-many-rows.csv"),
        [
            csv_line(HEADER),
            (
                csv_line(
                    ["newcomer", f"Amal {i:05}", "ar:native", "1000", "mon-evening"]
                    if i % 2
                    else ["volunteer", f"Ben {i:05}", "ar:fluent", "1000", "mon-evening"]
                )
                for i in range(1, data_rows + 1)
            ),
        ],
    )
    made["too-many-rows.csv"] = {}

    # One line of 4,000,000 bytes (newline included): 2,000,000 one-letter fields.
    write_text(out("one-long-line.csv"), [repeat(b"a,", 1_999_999), b"a\n"])
    made["one-long-line.csv"] = {}

    write_text(out("blank-lines.csv"), [csv_line(HEADER), repeat(b"\n", 1_000_000), csv_line(PEOPLE[0])])
    made["blank-lines.csv"] = {}

    # A quoted field that opens and never closes: everything after it, rows
    # included, would be one 3 MB field. Cut to exactly 3,000,000 bytes.
    head = (csv_line(HEADER) + 'newcomer,"Amal\n').encode()
    filler = csv_line(PEOPLE[1]).encode()
    body = (filler * (3 * MB // len(filler) + 1))[: 3 * MB - len(head)]
    assert b'"' not in body
    write_text(out("unclosed-quote.csv"), [head, body])
    made["unclosed-quote.csv"] = {}

    # RIGHT-TO-LEFT OVERRIDE (a format character, Cf) and NUL (a control, Cc) in a name.
    write_text(
        out("bidi-and-nul.csv"),
        [csv_line(HEADER), csv_line(["newcomer", "Am\u202eal\x00", "ar:native", "1000", "mon-evening"])],
    )
    made["bidi-and-nul.csv"] = {}

    return made


# --------------------------------------------------------------------------
# Checks


def verify(made: dict[str, dict[str, int]]) -> None:
    """Re-opens every archive and inflates every part again."""
    well_formed = {
        "valid.xlsx",
        "valid-inline.xlsx",
        "sparse-xfd1048576.xlsx",
        "sparse-a1-xfd20001.xlsx",
        "wide-row.xlsx",
        "many-sheets.xlsx",
        "many-entries.xlsx",
    }
    for name, parts in made.items():
        if not parts:
            continue
        with zipfile.ZipFile(HERE / name) as archive:
            assert archive.namelist() == list(parts), name
            for info in archive.infolist():
                if name == "lying-size.xlsx" and info.filename == "xl/worksheets/sheet1.xml":
                    assert info.file_size == 1024, "lying size not patched"
                    with open(HERE / name, "rb") as f:
                        f.seek(info.header_offset + 26)
                        name_len, extra_len = struct.unpack("<HH", f.read(4))
                        f.seek(info.header_offset + 30 + name_len + extra_len)
                        raw = f.read(info.compress_size)
                    inflated = zlib.decompressobj(-15)
                    n = 0
                    crc = 0
                    for i in range(0, len(raw), 1 << 16):
                        chunk = inflated.decompress(raw[i : i + (1 << 16)])
                        n += len(chunk)
                        crc = zlib.crc32(chunk, crc)
                    n += len(inflated.flush())
                    assert n == parts[info.filename] and crc == info.CRC, name
                    continue
                n = 0
                with archive.open(info) as f:  # checks the CRC at the end
                    while chunk := f.read(1 << 20):
                        n += len(chunk)
                assert n == info.file_size == parts[info.filename], (name, info.filename)
            if name in well_formed:
                for part in parts:
                    if part.endswith((".xml", ".rels")):
                        ElementTree.fromstring(archive.read(part))
    assert not zipfile.is_zipfile(HERE / "not-a-zip.xlsx")
    print("verify: ok")


def main() -> None:
    made = make_all()
    total = 0
    print(f"{'file':28} {'bytes':>10} {'inflated':>12}  largest part")
    for name, parts in made.items():
        size = (HERE / name).stat().st_size
        assert size <= UPLOAD_LIMIT, f"{name} is {size} bytes, over the 4 MiB upload limit"
        total += size
        if parts:
            biggest = max(parts, key=parts.get)
            print(f"{name:28} {size:>10} {sum(parts.values()):>12}  {biggest} ({parts[biggest]})")
        else:
            print(f"{name:28} {size:>10} {'-':>12}")
    print(f"{'total':28} {total:>10}")
    if "--verify" in sys.argv[1:]:
        verify(made)


if __name__ == "__main__":
    main()
