"""The PDF front end: a PDF's positioned words to the :class:`~ngoclean.assemble.Parts`
of a page.

The words are laid out (:mod:`ngoclean.pdflayout`: columns apart, reading order,
blocks, running headers and page numbers left out), each block's characters are
repaired, furniture lines dropped, and the signatory list is looked for among the
blocks, as in a text dump. The title is the document's metadata title when it is a real
one (not a file name or a template's, and its words on the first page), else the first
heading-like line (set larger than the body type on the first page); the date is the
letter's own date line, the metadata's creation date only when the text gives none
(``pdf:created``). Every block keeps its page: repairs and dropped lines say it.
"""

from __future__ import annotations

import regex

from .assemble import Parts
from .furniture import strip_furniture
from .labels import DroppedReason
from .listfind import locate_list
from .meta import MetaDate, PageMeta
from .model import Block, Dropped, Problem, Repair
from .pdflayout import Layout, PdfBlock, page_layout
from .pdfread import Backend, PdfContent, read_pdf
from .repairs import repair_blocks

__all__ = ["pdf_parts", "real_title"]


_FILE_TITLE = regex.compile(
    r"\.(?:docx?|pdf|odt|rtf|pages|indd|pptx?|xlsx?|txt|html?)$|^(?:microsoft\s+(?:word|"
    r"powerpoint)\s*-|untitled|document\d*$|title$|sans titre|sin t[íi]tulo|ohne titel|"
    r"template|modèle|plantilla|vorlage|\d+$)|^[\w.-]+$", regex.I)
_WORD = regex.compile(r"\p{L}{3,}")


def real_title(title: str | None, first_page: str) -> str | None:
    """The metadata title when it is the document's own: not a file name ("letter.docx",
    "Microsoft Word - draft3"), a template's placeholder or one word, and with most of
    its words on the first page (a title left over from the template a letter was
    written on names something else).

    >>> page = "Joint letter on the protection of civic space\\nDear Ministers,"
    >>> real_title("Joint letter on the protection of civic space", page)
    'Joint letter on the protection of civic space'
    >>> real_title("Microsoft Word - JL_final_v3.docx", page), real_title("Annual report", page)
    (None, None)
    """
    if not title or len(title) > 300 or _FILE_TITLE.search(title.strip()):
        return None
    words = {w.casefold() for w in _WORD.findall(title)}
    if len(title.split()) < 2 or not words:
        return None
    seen = {w.casefold() for w in _WORD.findall(first_page)}
    return title.strip() if len(words & seen) * 2 > len(words) else None


def _heading(layout: Layout) -> PdfBlock | None:
    """The headline: among the first blocks of the first page with text, the one set
    largest, clearly larger than the body type (the first of equals); else the first
    block set in bold at the body's size when the body is not bold; short either way."""
    if not layout.blocks:
        return None
    first = layout.blocks[0].page
    top = [b for b in layout.blocks[:12] if b.page == first]
    short = [b for b in top if 2 <= sum(len(x.split()) for x in b.lines) <= 40
             and len(b.lines) <= 4]
    large = [b for b in short if b.size >= 1.15 * layout.body_size]
    if large:
        return max(large, key=lambda b: b.size)  # max keeps the first of equals
    if layout.body_bold:
        return None
    return next((b for b in short if b.bold and b.size == layout.body_size), None)


def _subheading(block: PdfBlock, layout: Layout) -> bool:
    """A heading inside the document: one or two short lines set larger than the body
    type, or in bold where the body is not, that do not end a sentence."""
    words = sum(len(x.split()) for x in block.lines)
    if len(block.lines) > 2 or not 1 <= words <= 12 or block.lines[-1].rstrip().endswith(
            (".", ",", ";")) or any("\t" in x for x in block.lines):
        return False  # (a table's header row, bold, is no heading)
    return block.size >= 1.15 * layout.body_size or (
        block.bold and block.size >= layout.body_size and not layout.body_bold)


def pdf_parts(data: bytes, *, source: str | None, url: str | None,
              backend: Backend = "pdfium", problems: list[Problem] | None = None) -> Parts:
    """The parts of a PDF document (see the module docstring).

    Raises :class:`~ngoclean.errors.PdfError` when the PDF cannot be opened.
    """
    content = read_pdf(data, backend=backend)
    problems = [*(problems or []), *content.problems]
    _scanned(content, problems)
    layout = page_layout(content.pages)
    heading = _heading(layout)
    blocks: list[Block] = []
    pages: dict[int, int] = {}
    for laid in layout.blocks:
        tag = "h1" if laid is heading else "h3" if _subheading(laid, layout) else "p"
        blocks.append(Block(len(blocks), list(laid.lines), laid.path, tag=tag,
                            line_starts=frozenset(laid.starts)))
        pages[len(blocks) - 1] = laid.page
    running_at = len(blocks)
    reasons: dict[int, DroppedReason] = {}
    for line in layout.running:
        blocks.append(Block(len(blocks), [line.text], f"p{line.page}", boilerplate=
                            "running_header"))
        pages[len(blocks) - 1] = line.page
        reasons[len(blocks) - 1] = "running_header"
    repairs: list[Repair] = []
    dropped: list[Dropped] = []
    fixed = repair_blocks(blocks[:running_at], repairs)
    kept, emptied = strip_furniture(fixed, dropped)
    span = locate_list(kept, kept)
    first = min(pages.values(), default=0)
    first_page = "\n".join(x for b in fixed if pages[b.index] == first for x in b.lines)
    meta = PageMeta()
    title = real_title(content.title, first_page)
    if title is not None:
        meta.titles.append(("pdf:title", title))
        key = " ".join(title.split()).casefold()
        for b in kept[:12]:
            if " ".join(b.text.split()).casefold() == key:
                b.tag = "h1"  # the title shown on the page leaves the body
    elif heading is not None:
        at = next(b for b in fixed if b.tag == "h1")
        meta.titles.append(("h1", " ".join(" ".join(at.lines).split())))
    if content.created is not None:
        meta.modified.append(MetaDate(content.created, "pdf:created"))
    elif content.modified is not None:
        meta.modified.append(MetaDate(content.modified, "pdf:modified"))
    by_index = {b.index: b for b in kept}
    return Parts(source=source, url=url,
                 blocks=[by_index.get(b.index, b) for b in fixed] + blocks[running_at:],
                 main=[b.index for b in kept], span=span, reasons=reasons, emptied=emptied,
                 dropped=dropped, repairs=repairs, problems=problems, meta=meta, pages=pages)


def _scanned(content: PdfContent, problems: list[Problem]) -> None:
    scans = [p.number for p in content.pages if not p.words and p.images]
    if not scans:
        return
    if len(scans) == len(content.pages):
        detail = "no page has a text layer (scanned images): run OCR on it first"
    else:
        detail = f"pages without a text layer (scanned images): {_ranges(scans)}"
    problems.append(Problem("scanned_pdf", detail))


def _ranges(numbers: list[int]) -> str:
    """Page numbers as ranges.

    >>> _ranges([1, 2, 3, 5, 7, 8])
    '1-3, 5, 7-8'
    """
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)
