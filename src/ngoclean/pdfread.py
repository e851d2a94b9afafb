"""Reading a PDF: its words with their positions, page by page, and its metadata.

Two readers give the same :class:`Word` tuples, so that the layout analysis
(:mod:`ngoclean.pdflayout`) is shared: ``pdfium`` (pypdfium2, the default: PDFium's
text layer, C speed, no other dependency) and ``pdfplumber`` (pdfminer.six, pure
Python, about ten times slower here; kept to compare the two on the same layout, see
``benchmarks/pdf.py``). Both are optional: ``pip install 'ngoclean[pdf]'`` installs
pypdfium2.

Nothing is run or fetched: no JavaScript, no links followed, no embedded files read.
Coordinates are in points from the top-left corner of the page.

>>> from ngoclean.pdfread import parse_pdf_date
>>> parse_pdf_date("D:20150612093000+02'00'")
datetime.date(2015, 6, 12)
"""

from __future__ import annotations

import ctypes
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from .errors import BinaryInputError, PdfError
from .model import Problem

__all__ = ["PdfContent", "PdfPage", "Word", "has_pdf_support", "parse_pdf_date", "read_pdf"]

Backend = Literal["pdfium", "pdfplumber"]

MAX_PAGES = 1000
"""The most pages read of one PDF; the rest are left out with a ``pdf_truncated``
problem (a joint letter runs to a few dozen pages; a 10,000-page report would hold a
batch worker for minutes)."""

MAX_CHARS = 3_000_000
"""The most characters read of one PDF, all pages together (as ``MAX_PAGES``)."""


class Word(NamedTuple):
    """A run of characters without a space, where it stands on its page."""

    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    text: str
    baseline: float = 0.0  # from the top, as ``top`` and ``bottom``
    bold: bool = False


@dataclass
class PdfPage:
    """One page: its size, its words in the order the file draws them, and whether it
    holds images (a page of images and no words is a scan)."""

    number: int
    width: float
    height: float
    words: list[Word]
    images: int = 0


@dataclass
class PdfContent:
    """What a PDF holds for the pipeline: its pages and document metadata."""

    pages: list[PdfPage]
    title: str | None = None
    author: str | None = None
    created: dt.date | None = None
    modified: dt.date | None = None
    problems: list[Problem] = field(default_factory=list)


@functools.cache
def has_pdf_support() -> bool:
    """True when the PDF reader (pypdfium2, the ``pdf`` extra) is installed."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def parse_pdf_date(value: str | None) -> dt.date | None:
    """The day of a PDF date string (``D:YYYYMMDDHHmmSS+HH'mm'``), or None.

    >>> parse_pdf_date("D:2019"), parse_pdf_date("yesterday"), parse_pdf_date("D:20191350")
    (None, None, None)
    """
    m = _PDF_DATE.match((value or "").strip())
    if not m or not m.group(3):
        return None
    try:
        day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return day if dt.date(1993, 1, 1) <= day <= dt.date.today() else None


def read_pdf(data: bytes, *, backend: Backend = "pdfium", max_pages: int = MAX_PAGES,
             max_chars: int = MAX_CHARS) -> PdfContent:
    """The words and metadata of a PDF.

    Raises :class:`~ngoclean.errors.PdfError` for a PDF that cannot be opened (broken,
    or encrypted with a password), and :class:`~ngoclean.errors.BinaryInputError` when
    PDF support is not installed.
    """
    if backend == "pdfplumber":
        return _read_pdfplumber(data, max_pages, max_chars)
    return _read_pdfium(data, max_pages, max_chars)


def _missing() -> BinaryInputError:
    return BinaryInputError("input is a PDF document and PDF support is not installed "
                            "(pip install 'ngoclean[pdf]')")


def _clean_meta(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.replace("\x00", "").split())
    return text or None


_OBJECT = re.compile(rb"(?<![0-9])(\d{1,10})\s+\d{1,5}\s+obj\b")

MAX_REDEFINITIONS = 50
"""How many times one object may be defined in a file (each incremental update
redefines the objects it changes): a damaged or hostile file that repeats one object
thousands of times makes PDFium's repair of the file quadratic (tens of seconds, in C,
where no time limit reaches), so it is refused before it is opened."""


def _check_objects(data: bytes) -> None:
    if data.count(b" obj") <= 1000:
        return  # too few objects to matter: not counted
    counts: dict[bytes, int] = {}
    for m in _OBJECT.finditer(data):
        n = counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        if n > MAX_REDEFINITIONS:
            raise PdfError(f"pdf_unreadable: object {m.group(1).decode()} is defined over "
                           f"{MAX_REDEFINITIONS} times (a damaged or hostile file)")


def _read_pdfium(data: bytes, max_pages: int, max_chars: int) -> PdfContent:
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        raise _missing() from None
    _check_objects(data)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            raise PdfError("encrypted_pdf: the PDF is encrypted and needs a password to be "
                           "read") from None
        raise PdfError(f"pdf_unreadable: the PDF cannot be opened ({exc})") from None
    try:
        problems: list[Problem] = []
        try:
            meta = pdf.get_metadata_dict(skip_empty=True)
        except (pdfium.PdfiumError, ValueError, UnicodeError):
            meta = {}
        total = len(pdf)
        if total > max_pages:
            problems.append(Problem("pdf_truncated", f"{total} pages; the first {max_pages} "
                                    "read"))
        pages: list[PdfPage] = []
        chars = 0
        for number in range(min(total, max_pages)):
            try:
                page = pdf[number]
            except pdfium.PdfiumError as exc:
                problems.append(Problem("pdf_unreadable", f"page {number + 1}: {exc}"))
                continue
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    words, n = _pdfium_words(raw, textpage.raw, height, max_chars - chars)
                finally:
                    textpage.close()
                images = 0
                if not words:
                    images = sum(1 for _ in page.get_objects(
                        filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
            except pdfium.PdfiumError as exc:
                problems.append(Problem("pdf_unreadable", f"page {number + 1}: {exc}"))
                continue
            finally:
                page.close()
            pages.append(PdfPage(number + 1, width, height, words, images))
            chars += n
            if chars >= max_chars:
                problems.append(Problem("pdf_truncated", f"over {max_chars} characters; "
                                        f"pages after {number + 1} left out"))
                break
        return PdfContent(pages, title=_clean_meta(meta.get("Title")),
                          author=_clean_meta(meta.get("Author")),
                          created=parse_pdf_date(meta.get("CreationDate")),
                          modified=parse_pdf_date(meta.get("ModDate")), problems=problems)
    finally:
        pdf.close()


def _page_text(raw: Any, textpage: Any, n: int) -> list[int]:
    """The code of every character of the page, fetched at once (one per character
    index; read one by one where the text holds characters beyond the BMP)."""
    buffer = (ctypes.c_ushort * (n + 1))()
    got = raw.FPDFText_GetText(textpage, 0, n, buffer)
    units = list(buffer[: max(got - 1, 0)])
    if len(units) == n and not any(0xD800 <= u <= 0xDFFF for u in units):
        return units
    return [raw.FPDFText_GetUnicode(textpage, i) for i in range(n)]


def _pdfium_words(raw: Any, textpage: Any, height: float, budget: int) -> tuple[list[Word], int]:
    """The words of a page's text layer. PDFium's text already holds a space or a line
    break wherever the glyphs stand apart (the spaces it generates from the gaps), so a
    word is a run of characters between those, placed by the advance boxes of its
    first and last characters; its type size, weight and baseline are its first
    character's. PDFium marks a hyphen it takes for a line-end one with code 2 and no
    line break after it: it is read as the hyphen it is, ending its word."""
    n = min(raw.FPDFText_CountChars(textpage), max(budget, 0))
    words: list[Word] = []
    if n <= 0:
        return words, 0
    box = raw.FS_RECTF()
    ref = ctypes.byref(box)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    codes = _page_text(raw, textpage, n)

    def add(start: int, end: int) -> None:
        if not raw.FPDFText_GetLooseCharBox(textpage, start, ref):
            return
        x0, x1, y0, y1 = box.left, box.right, box.bottom, box.top
        if end - 1 > start and raw.FPDFText_GetLooseCharBox(textpage, end - 1, ref):
            x1 = max(x1, box.right)
            y0, y1 = min(y0, box.bottom), max(y1, box.top)
        size = raw.FPDFText_GetFontSize(textpage, start) or (y1 - y0) or 1.0
        base = oy.value if raw.FPDFText_GetCharOrigin(
            textpage, start, ctypes.byref(ox), ctypes.byref(oy)) else y0
        try:
            text = "".join(map(chr, codes[start:end]))
        except ValueError:  # a code beyond Unicode
            text = "".join(chr(c) if c < 0x110000 else "\ufffd" for c in codes[start:end])
        words.append(Word(x0, x1, height - y1, height - y0, size, text, height - base,
                          _bold(raw, textpage, start)))

    start = -1
    for i in range(n + 1):
        code = codes[i] if i < n else 32
        if code in (2, 0xFFFE):  # a line-end hyphen: PDFium writes no line break after it
            codes[i] = 0x2D
            add(i if start < 0 else start, i + 1)
            start = -1
        elif code <= 32 or code in (0xA0, 0xFFFF) or 0x2000 <= code <= 0x200B:
            if start >= 0:
                add(start, i)
                start = -1
        elif start < 0:
            start = i
    return words, n


_NAME = ctypes.create_string_buffer(96)
_FLAGS = ctypes.c_int()
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.I)


def _bold(raw: Any, textpage: Any, index: int) -> bool:
    """Bold type: a weight of 600 or more, or, where the font gives no weight (the
    standard fonts of the PDF format), a name saying so ("Helvetica-Bold")."""
    weight = raw.FPDFText_GetFontWeight(textpage, index)
    if weight > 0:
        return bool(weight >= 600)
    raw.FPDFText_GetFontInfo(textpage, index, _NAME, len(_NAME), ctypes.byref(_FLAGS))
    return bool(_BOLD_NAME.search(_NAME.value)) or bool(_FLAGS.value & 0x40000)


def _read_pdfplumber(data: bytes, max_pages: int, max_chars: int) -> PdfContent:
    try:
        import io

        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:
        raise _missing() from None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect:
        raise PdfError("encrypted_pdf: the PDF is encrypted and needs a password to be "
                       "read") from None
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise PdfError(f"pdf_unreadable: the PDF cannot be opened ({exc})") from None
    with pdf:
        meta = pdf.metadata or {}
        problems: list[Problem] = []
        pages: list[PdfPage] = []
        chars = 0
        for page in pdf.pages[:max_pages]:
            try:
                found = page.extract_words(extra_attrs=["size", "fontname"],
                                           keep_blank_chars=False)
            except Exception as exc:  # as above
                problems.append(Problem("pdf_unreadable", f"page {page.page_number}: {exc}"))
                continue
            words = [Word(float(w["x0"]), float(w["x1"]), float(w["top"]),
                          float(w["bottom"]), float(w["size"]), w["text"], float(w["bottom"]),
                          "bold" in str(w.get("fontname", "")).lower()) for w in found]
            chars += sum(len(w.text) for w in words)
            pages.append(PdfPage(page.page_number, float(page.width), float(page.height),
                                 words, 0 if words else len(page.images)))
            if chars >= max_chars:
                break

        def text(key: str) -> str | None:
            value = meta.get(key)
            if isinstance(value, bytes):
                value = value.decode("utf-8", "replace")
            return _clean_meta(value)

        return PdfContent(pages, title=text("Title"), author=text("Author"),
                          created=parse_pdf_date(text("CreationDate")),
                          modified=parse_pdf_date(text("ModDate")), problems=problems)
