"""PDF layout: positioned words to lines, columns, reading order and blocks.

A page's words are grouped into lines by their vertical position, and each line into
*segments* at gaps wider than a column gutter. Runs of lines whose segments leave the
same vertical strips empty are a region of columns, read column by column, unless the
region is a table of rows (the last column short attributes such as a country, or
values repeated), read row by row with the cells joined by commas. Lines are grouped
into blocks at a wider spacing than the page's usual leading or at a change of type
size. Lines standing in the top or bottom margin that come back on several pages
(digits aside), and page numbers there, are running headers.

>>> from ngoclean.pdfread import PdfPage, Word
>>> def row(y, *cells):  # cells: (x, text), 10-point type
...     return [Word(x, x + 5.5 * len(t), y, y + 10, 10, t, y + 8) for x, t in cells]
>>> words = row(50, (72, "Open"), (105, "letter"))
>>> for i, y in enumerate(range(100, 160, 12)):
...     words += row(y, (72, f"Group{i}"), (300, f"Union{i}"))
>>> layout = page_layout([PdfPage(1, 595, 842, words)])
>>> for b in layout.blocks:
...     print(b.lines)
['Open letter']
['Group0', 'Group1', 'Group2', 'Group3', 'Group4']
['Union0', 'Union1', 'Union2', 'Union3', 'Union4']
>>> [b.path for b in layout.blocks]
['p1 L1', 'p1 L2-L6', 'p1 L7-L11']
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ._data import FUNCTION_WORDS
from .listsplit import is_country_cell
from .pdfread import PdfPage, Word

__all__ = ["Layout", "PdfLine", "page_layout"]

GUTTER = 1.2
"""A gap between two words wider than this many times the type size parts a line into
segments (columns, table cells, a tab stop): word spaces, even in justified text, are
narrower."""


@dataclass
class PdfLine:
    """A line of text on a page (or one segment of it, in a region of columns)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    baseline: float = 0.0
    bold: bool = False


@dataclass
class PdfBlock:
    """Lines that belong together (a paragraph, a heading, a column of names)."""

    lines: list[str]
    path: str
    page: int
    size: float
    top: float
    gap_before: float = 0.0
    bold: bool = False
    #: Lines (by index, the first aside) that begin anew: the line before ends short of
    #: the column's right edge by more than this line's first word, so no wrap put it
    #: there.
    starts: set[int] = field(default_factory=set)


@dataclass
class Layout:
    """The blocks of a PDF in reading order, the running lines left out of them, and
    the size of the body type."""

    blocks: list[PdfBlock]
    running: list[PdfLine] = field(default_factory=list)
    body_size: float = 0.0
    body_bold: bool = False  # most text of the body size is bold


def _line_of(words: list[Word], page: int, marked: bool = False) -> PdfLine:
    """The line of ``words``; ``marked``: its first word is a list marker standing
    apart, kept as a cell of its own (``"12\tName"``, as a row number in a table)."""
    words.sort(key=lambda w: w.x0)
    main = max(words, key=lambda w: len(w.text))  # type size and baseline of most text
    bold = sum(len(w.text) for w in words if w.bold) * 2 > sum(len(w.text) for w in words)
    text = " ".join(w.text for w in words)
    if marked and len(words) > 1 and words[0].text[:1].isdigit():
        text = f"{words[0].text}\t{text[len(words[0].text) + 1:]}"
    return PdfLine(text, words[0].x0, max(w.x1 for w in words),
                   min(w.top for w in words), max(w.bottom for w in words),
                   round(main.size, 1), page, main.baseline, bold)


def _join(segments: list[PdfLine], sep: str) -> PdfLine:
    first = segments[0]
    return PdfLine(sep.join(s.text for s in segments), first.x0, segments[-1].x1,
                   min(s.top for s in segments), max(s.bottom for s in segments), first.size,
                   first.page, first.baseline, first.bold)


def _rows(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into rows by their baselines, top to bottom (a superscript, set
    higher, joins the row it stands in)."""
    rows: list[list[Word]] = []
    base = size = 0.0
    for w in sorted(words, key=lambda w: w.baseline):
        if rows and w.baseline - base <= 0.3 * min(w.size, size):
            rows[-1].append(w)
            continue
        rows.append([w])
        base, size = w.baseline, max(w.size, 0.1)
    return rows


_MARKER = regex.compile(r"^(?:\(?\d{1,4}[.):]?|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|"
                        r"[•·▪◦●○■□►▸✓✔\-–—*+])$")


def _segments(row: list[Word], page: int) -> list[PdfLine]:
    """A row cut at gaps wider than a gutter; a list marker standing apart ("1." then a
    tab stop, "•") stays with the text it marks."""
    row = sorted(row, key=lambda w: w.x0)
    out: list[list[Word]] = [[row[0]]]
    marked: set[int] = set()
    for w in row[1:]:
        prev = out[-1][-1]
        if w.x0 - prev.x1 > GUTTER * max(min(w.size, prev.size), 1.0):
            if len(out[-1]) == 1 and _MARKER.match(prev.text):
                marked.add(len(out) - 1)
                out[-1].append(w)
                continue
            out.append([w])
        else:
            out[-1].append(w)
    return [_line_of(ws, page, k in marked) for k, ws in enumerate(out)]


@dataclass
class _Region:
    rows: list[list[PdfLine]]
    gutters: list[tuple[float, float]]

    @property
    def columns(self) -> int:
        return sum(len(r) >= 2 for r in self.rows)


def _cover(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of x intervals, left to right."""
    out: list[tuple[float, float]] = []
    for left, right in sorted(intervals):
        if out and left <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], right))
        else:
            out.append((left, right))
    return out


def _gutters(cover: list[tuple[float, float]], width: float) -> list[tuple[float, float]]:
    return [(a[1], b[0]) for a, b in zip(cover, cover[1:], strict=False) if b[0] - a[1] >= width]


def _regions(rows: list[list[PdfLine]], gutter: float) -> list[_Region]:
    """Consecutive rows grouped into regions: a region of columns holds rows whose
    segments, all together, leave the same vertical strips (gutters, at least
    ``gutter`` wide) empty; every other row is a region of its own."""
    regions: list[_Region] = []
    current: _Region | None = None
    cover: list[tuple[float, float]] = []
    for row in rows:
        spans = [(s.x0, s.x1) for s in row]
        if current is not None and current.gutters:
            merged = _cover(cover + spans)
            found = _gutters(merged, gutter)
            # every gutter of the region still open (a row of a further column may open
            # one more: columns whose rows stand on different baselines)
            if len(found) >= len(current.gutters) and all(
                    any(a < g[1] and g[0] < b for a, b in found) for g in current.gutters):
                current.rows.append(row)
                current.gutters, cover = found, merged
                continue
        if current is not None:
            regions.append(current)
        cover = _cover(spans)
        current = _Region([row], _gutters(cover, gutter) if len(row) > 1 else [])
    if current is not None:
        regions.append(current)
    # A region that has only one row with several segments is no columns ("Geneva
    # <tab> 3 May 2021"): its rows stand alone, their segments joined.
    out: list[_Region] = []
    for region in regions:
        if region.columns >= 2:
            out.append(region)
        else:
            out.extend(_Region([r], []) for r in region.rows)
    return out


def _attribute_like(cells: list[str]) -> bool:
    """Cells of a table's last column that say something of the row (a country, a
    type, a city): short, and repeated or names of countries."""
    if len(cells) < 2:
        return False
    short = sum(len(c.split()) <= 3 for c in cells)
    countries = sum(is_country_cell(c.strip(" .,;")) for c in cells)
    repeats = len(cells) - len(set(cells))
    return short >= 0.8 * len(cells) and (countries >= 0.5 * len(cells)
                                          or repeats >= 0.3 * len(cells))


def _flows(region: _Region) -> list[list[PdfLine]]:
    """The region's lines in reading order, as one or more flows (columns)."""
    if not region.gutters:
        row = region.rows[0]
        if len(row) == 1:
            return [row]
        return [[_join(row, " ")]]
    bounds = [(left + right) / 2 for left, right in region.gutters]

    def column(seg: PdfLine) -> int:
        mid = (seg.x0 + seg.x1) / 2
        return sum(mid > b for b in bounds)

    columns: list[list[PdfLine]] = [[] for _ in range(len(bounds) + 1)]
    for row in region.rows:
        for seg in row:
            columns[column(seg)].append(seg)
    width = len(bounds) + 1
    full = [r for r in region.rows if len(r) == width]
    if len(full) >= 2 and _attribute_like([r[-1].text for r in full]):
        # a table: one entry per row, its cells apart as in an HTML table (tab-separated);
        # a row with nothing in the last column goes on the cells of the row above
        cells: list[list[str]] = []
        lines: list[PdfLine] = []
        for row in region.rows:
            texts = [""] * width
            for seg in row:
                k = column(seg)
                texts[k] = f"{texts[k]} {seg.text}".strip()
            if cells and not texts[-1] and cells[-1][-1]:
                cells[-1] = [f"{a} {b}".strip() for a, b in zip(cells[-1], texts, strict=True)]
                lines[-1].bottom = max(s.bottom for s in row)
                continue
            cells.append(texts)
            lines.append(_join(row, " "))
        for line, texts in zip(lines, cells, strict=True):
            line.text = "\t".join(texts)
        return [lines]
    return [c for c in columns if c]


_PAGE_NUMBER = regex.compile(
    r"^[\W_]*(?:(?:page|p\.|seite|página|pagina|pág\.)\s*)?\d{1,4}"
    r"(?:\s*(?:of|/|sur|de|von|di|-)\s*\d{1,4})?[\W_]*$", regex.I)
_DIGITS = regex.compile(r"\d+")


def _running(pages: list[tuple[PdfPage, list[PdfLine]]], body: float) -> set[tuple[int, int]]:
    """(page, row) of the running headers and footers: the first two and last two rows
    of a page when they stand in its top or bottom eighth, are set no larger than the
    body type, and come back on at least two pages and half of them, digits aside
    (each page counted once, at its outermost such row); page numbers there."""
    marks: dict[tuple[int, int], str] = {}
    numbers: set[tuple[int, int]] = set()
    for page, rows in pages:
        seen: set[str] = set()  # each page counted once, at its outermost row
        outer = [*range(min(2, len(rows))), *range(max(2, len(rows) - 2), len(rows))]
        for k in outer:
            line = rows[k]
            if line.size > 1.15 * body or not (line.bottom < page.height / 8 or
                                               line.top > page.height * 7 / 8):
                continue
            if _PAGE_NUMBER.match(line.text):
                numbers.add((page.number, k))
                continue
            key = _DIGITS.sub("#", " ".join(line.text.split())).casefold()
            if key not in seen:
                seen.add(key)
                marks[(page.number, k)] = key
    pages_of: dict[str, set[int]] = {}
    for (p, _k), key in marks.items():
        pages_of.setdefault(key, set()).add(p)
    wanted = max(2, (len(pages) + 1) // 2)
    return numbers | {at for at, key in marks.items()
                      if len(pages_of[key]) >= wanted and len(key) <= 150}


def _blocks(flow: list[PdfLine], pitch: float, number: list[int],
            body: float = 0.0) -> list[PdfBlock]:
    """A flow's lines grouped into blocks: a new block where the baselines stand
    further apart than the page's usual ``pitch`` for the ``body`` type (scaled to the
    line's type size: a headline's lines stand further apart) allows (a blank line,
    space after a paragraph), where the type size changes, or where bold type starts or
    ends."""
    out: list[PdfBlock] = []
    prev: PdfLine | None = None
    edge = max((x.x1 for x in flow), default=0.0)
    for line in flow:
        number[0] += 1
        step = line.baseline - prev.baseline if prev is not None else 0.0
        usual = pitch * line.size / body if body and line.size > body else pitch
        new = prev is None or step > usual + 0.35 * line.size or step <= 0 or \
            abs(line.size - prev.size) > 0.12 * max(line.size, prev.size) or \
            line.bold != prev.bold
        if new:
            out.append(PdfBlock([line.text], f"L{number[0]}", line.page, line.size, line.top,
                                step, line.bold))
        else:
            block = out[-1]
            first = len(line.text.split(" ", 1)[0])
            if prev is not None and prev.x1 + (first + 1) * 0.5 * line.size < edge - 1 and \
                    not _goes_on(prev.text, line.text):
                block.starts.add(len(block.lines))
            block.lines.append(line.text)
        out[-1].path = _path(out[-1].path, number[0])
        prev = line
    return out


_LAST_WORD = regex.compile(r"(\S+)\s*$")


def _goes_on(line: str, following: str) -> bool:
    """Whether ``following`` carries on ``line`` whatever the room left on it: the
    line ends in a hyphen or a word that joins ("Delbos-" / "Corfield", "Network for" /
    "Justice"). (A next line in lower case may be a name of its own: "glokal e.V.")

    >>> _goes_on("Gwendoline Delbos-", "Corfield MEP"), _goes_on("Alpha Trust", "beta union")
    (True, False)
    """
    text = line.rstrip()
    if text.endswith(("-", "‐", "&")):
        return True
    m = _LAST_WORD.search(text)  # (an abbreviation such as "e.V." closes a name)
    return bool(m) and not m.group(1).endswith(".") and m.group(1).casefold() in FUNCTION_WORDS


_ENDS_SENTENCE = regex.compile(r"[.!?:;\"”’»)\]]$")


def _join_pages(blocks: list[PdfBlock]) -> list[PdfBlock]:
    """A paragraph that goes on over a page break ("... their fami-" / "lies and
    lawyers"): the last block of a page and the first of the next one are one block
    when the first ends without a sentence's end and the next starts in lower case."""
    out: list[PdfBlock] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and block.page == last.page + 1 and last.lines and \
                block.lines and not _ENDS_SENTENCE.search(last.lines[-1]) and \
                block.lines[0][:1].islower():
            last.starts |= {len(last.lines) + k for k in block.starts}
            last.lines.extend(block.lines)
            last.path = f"{last.path}, {block.path}"
            continue
        out.append(block)
    return out


def _path(path: str, last: int) -> str:
    first = path.split("-")[0]
    return first if first == f"L{last}" else f"{first}-L{last}"


def page_layout(pages: Sequence[PdfPage]) -> Layout:
    """The blocks of the pages in reading order (see the module docstring)."""
    laid: list[tuple[PdfPage, list[PdfLine]]] = []
    segmented: list[list[list[PdfLine]]] = []
    sizes: Counter[float] = Counter()
    for page in pages:
        rows = [_segments(r, page.number) for r in _rows(page.words) if r]
        segmented.append(rows)
        laid.append((page, [_join(r, " ") for r in rows]))
        for row in rows:
            for seg in row:
                sizes[seg.size] += len(seg.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    running = _running(laid, body)
    blocks: list[PdfBlock] = []
    dropped: list[PdfLine] = []
    for (page, whole), rows in zip(laid, segmented, strict=True):
        kept = []
        for k, row in enumerate(rows):
            if (page.number, k) in running:
                dropped.append(whole[k])
            else:
                kept.append(row)
        steps = [b[0].baseline - a[0].baseline for a, b in zip(kept, kept[1:], strict=False)]
        steps = [x for x in steps if 0 < x < 3 * body]
        pitch = statistics.median(steps) if steps else 1.2 * body
        number = [0]
        found: list[PdfBlock] = []
        plain: list[PdfLine] = []  # rows outside regions of columns, read as one flow
        for region in _regions(kept, GUTTER * body):
            flows = _flows(region)
            if not region.gutters:
                plain.extend(flows[0])
                continue
            if plain:
                found.extend(_blocks(plain, pitch, number, body))
                plain = []
            for flow in flows:
                found.extend(_blocks(flow, pitch, number, body))
        if plain:
            found.extend(_blocks(plain, pitch, number, body))
        for b in found:
            b.path = f"p{page.number} {b.path}"
        blocks.extend(found)
    at_body = [b for b in blocks if b.size == body]
    bold = sum(len(b.lines) for b in at_body if b.bold) * 2 > sum(len(b.lines) for b in at_body)
    return Layout(_join_pages(blocks), dropped, body, bold)
