"""Expanding batch inputs into pages: files, folders, globs, WARC archives and stdin.

Everything is lazy: a folder is walked as it is read, a WARC is streamed record by record,
so memory does not grow with the size of the input.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.html").write_text("<p>x</p>"); _ = (d / "b.txt").write_text("y")
>>> [p.name for p in iter_pages([d], include=["*.html"])]
['a.html']
"""

from __future__ import annotations

import contextlib
import fnmatch
import glob
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.bufferedreaders import ChunkedDataReader

from .errors import WarcError
from .pdfread import has_pdf_support
from .read import DEFAULT_MAX_BYTES, FILE_SIGNATURES

__all__ = ["NOT_PAGES", "Page", "WarcError", "is_page_file", "is_warc", "iter_pages",
           "iter_units", "warc_pages"]


@dataclass(frozen=True)
class Page:
    """One page to parse: a file path or bytes, with where it came from."""

    source: str
    path: Path | None = None
    data: bytes | None = None
    url: str | None = None
    crawled_at: str | None = None
    charset: str | None = None  # from the HTTP Content-Type of a WARC record
    error: tuple[str, str] | None = None  # (type, message): the input itself failed
    http_status: int | None = None  # the HTTP status of a WARC response
    problems: tuple[tuple[str, str], ...] = ()  # (code, detail): damage seen while reading

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else self.source


def is_warc(path: Path) -> bool:
    """True for ``.warc`` and ``.warc.gz`` files."""
    name = path.name.lower()
    return name.endswith(".warc") or name.endswith(".warc.gz")


def _matches(path: Path, include: Sequence[str], exclude: Sequence[str]) -> bool:
    name = path.name
    text = str(path)
    if include and not any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(text, p)
                           for p in include):
        return False
    return not any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(text, p) for p in exclude)


#: Files a site mirror holds beside its pages: styles, scripts, data, images, fonts,
#: media and archives. In a folder or a glob they are passed over (counted), unless an
#: ``--include`` pattern names them; a file named on its own is always read. PDFs are
#: read as pages when PDF support (the ``pdf`` extra) is installed.
NOT_PAGES = frozenset(
    ".css .js .mjs .map .json .xml .rss .atom .png .jpg .jpeg .gif .svg .webp .avif .ico "
    ".bmp .tif .tiff .woff .woff2 .ttf .otf .eot .mp3 .mp4 .m4a .webm .ogg .wav .avi .mov "
    ".zip .tar .tgz .bz2 .xz .7z .rar .exe .dll .so .bin .iso .dmg .apk "
    ".pdf .doc .docx .odt .xls .xlsx .ppt .pptx".split())

#: Names that say "a page": read without a look at their first bytes.
_PAGE_SUFFIXES = frozenset(
    ".html .htm .xhtml .shtml .txt .text .php .asp .aspx .jsp .cfm .gz .warc".split())

_NOT_PAGE_MAGIC = tuple((magic, kind) for magic, kind, _ in FILE_SIGNATURES if kind)


def not_page_kind(path: Path) -> str | None:
    """Why a file of a site mirror is not a page (its extension, or for an unknown
    extension what its first bytes are), or None for a page.

    >>> not_page_kind(Path("site/index.html")), not_page_kind(Path("site/theme.css"))
    (None, 'css')
    """
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return None if has_pdf_support() else "pdf"
    if suffix in NOT_PAGES:
        return suffix[1:]
    if suffix in _PAGE_SUFFIXES:
        return None
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError:
        return None  # read in its turn, and said there
    kind = next((kind for magic, kind in _NOT_PAGE_MAGIC if head.startswith(magic)), None)
    return None if kind == "pdf" and has_pdf_support() else kind


def is_page_file(path: Path) -> bool:
    """False for the styles, scripts, images and other non-pages of a site mirror.

    >>> is_page_file(Path("site/index.html")), is_page_file(Path("site/theme.css"))
    (True, False)
    >>> is_page_file(Path("page.html.gz")), is_page_file(Path("logo.svg"))
    (True, False)
    """
    return not_page_kind(path) is None


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name


def iter_units(inputs: Iterable[str | Path], *, include: Sequence[str] = (),
               exclude: Sequence[str] = (), passed_over: list[str] | None = None,
               all_files: bool = False) -> Iterator[str]:
    """The units of work, without reading them: every file (a WARC counts as one),
    folders walked in sorted order, globs expanded and sorted; ``-`` and missing inputs
    stay as they are (a missing one gives an error line). In folders and globs the
    non-pages of a site mirror (:data:`NOT_PAGES`, or sniffed by their first bytes:
    images, PDFs, fonts, archives) are passed over, and their kinds appended to
    ``passed_over`` when it is given, unless an ``include`` pattern names them or
    ``all_files``."""
    def wanted(f: Path) -> bool:
        if not _matches(f, include, exclude):
            return False
        if include or all_files:
            return True
        kind = not_page_kind(f)
        if kind is None:
            return True
        if passed_over is not None:
            passed_over.append(kind)
        return False

    for item in inputs:
        text = str(item)
        path = Path(item)
        if text == "-" or path.is_file():
            yield text
        elif path.is_dir():
            yield from (str(f) for f in _walk(path) if wanted(f))
        elif any(c in text for c in "*?["):
            for name in sorted(glob.glob(text, recursive=True)):
                f = Path(name)
                if f.is_file() and wanted(f):
                    yield name
        else:
            yield text


def iter_pages(inputs: Iterable[str | Path], *, include: Sequence[str] = (),
               exclude: Sequence[str] = (), include_errors: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES,
               passed_over: list[str] | None = None, all_files: bool = False
               ) -> Iterator[Page]:
    """Pages of the inputs, in a deterministic order (folders sorted, globs sorted).
    The non-pages of a folder are passed over (see :func:`iter_units`). A WARC's
    responses that are not HTML (images, PDFs, scripts) are passed over; responses
    outside 2xx are an ``HttpStatus`` error line, unless ``include_errors`` reads them
    or ``passed_over`` is given: then both are passed over and their kinds (``warc
    pdf``, ``warc image``, ``warc http 404``) appended to it, to be counted."""
    for unit in iter_units(inputs, include=include, exclude=exclude,
                           passed_over=passed_over, all_files=all_files):
        if unit == "-":
            yield Page("-", data=sys.stdin.buffer.read())
        elif Path(unit).is_file():
            yield from _file_pages(Path(unit), include_errors, max_bytes, passed_over)
        else:
            yield Page(unit, path=Path(unit), error=("InputError", f"{unit}: no such file"))


def _file_pages(path: Path, include_errors: bool = False,
                max_bytes: int = DEFAULT_MAX_BYTES,
                passed_over: list[str] | None = None) -> Iterator[Page]:
    if is_warc(path):
        yield from warc_pages(path, include_errors=include_errors, max_bytes=max_bytes,
                              passed_over=passed_over)
    else:
        yield Page(str(path), path=path)


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _kind_of(content_type: str) -> str:
    """A short name of a response that is not HTML, for the batch summary.

    >>> _kind_of("application/pdf"), _kind_of("image/png; q=1"), _kind_of("")
    ('pdf', 'image', 'untyped')
    """
    main = content_type.split(";")[0].strip().lower()
    if not main:
        return "untyped"
    kind, _, sub = main.partition("/")
    return sub if kind == "application" and sub in ("pdf", "json", "javascript") else kind


def _is_pdf_type(content_type: str) -> bool:
    """A PDF response, read when PDF support is installed.

    >>> _is_pdf_type("application/pdf; qs=0.5") == has_pdf_support()
    True
    """
    kind = content_type.split(";")[0].strip().lower()
    return kind in ("application/pdf", "application/x-pdf") and has_pdf_support()


def _charset(content_type: str) -> str | None:
    """``text/html; charset=ISO-8859-1`` -> ``iso-8859-1``."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def _end(record: Any, records: Any, path: Path) -> tuple[int, bool]:
    """Read a record to its end: its offset in the file, and whether something other
    than the blank lines closing a record came after it (its Content-Length is wrong).
    A record cut short, or whose header stops before its Content-Length, means a
    truncated archive (:class:`WarcError`)."""
    if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        raise WarcError(f"record at byte {records.offset} has no Content-Length "
                        "(its header is cut short or corrupt)")
    raw = record.raw_stream
    while raw.read(65536):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise WarcError(f"record cut short ({raw.limit} bytes missing)")
    faults = getattr(records, "err_count", 0)
    with contextlib.redirect_stderr(io.StringIO()):  # warcio prints a warning there
        offset = int(records.get_record_offset())
    return offset, getattr(records, "err_count", 0) > faults


def _content_encoding(http: Any) -> str:
    """A response's Content-Encoding, lower case ("" when it has none)."""
    return ((http.get_header("Content-Encoding") if http is not None else "") or "").strip() \
        .lower()


def _read_body(record: Any, encoding: str, max_bytes: int) -> tuple[bytes, list[tuple[str, str]]]:
    """A response's body with its Content-Encoding undone, at most ``max_bytes`` + 1
    bytes of it (so that a body over the limit is seen without being held whole), and
    the damage seen on the way: a body shorter than its HTTP Content-Length, a
    compressed stream or chunked framing that does not reach its end, chunk framing that
    is broken (``truncated_body``, ``broken_chunks``). brotli is undone here: warcio's
    own brotli reader does not work with brotli 1.1+."""
    problems: list[tuple[str, str]] = []
    http = record.http_headers
    raw_length = getattr(record.raw_stream, "limit", None)  # payload bytes in the record
    chunked = (http.get_header("Transfer-Encoding") or "").strip().lower() == "chunked"
    declared = http.get_header("Content-Length")
    if declared and not chunked and isinstance(raw_length, int):
        with contextlib.suppress(ValueError):
            if int(declared) > raw_length:
                problems.append(("truncated_body", f"body of {raw_length} bytes, its "
                                 f"Content-Length says {int(declared)}"))
    if (record.rec_headers.get_header("WARC-Truncated") or "").strip():
        problems.append(("truncated_body", "the crawler cut the response short "
                         f"(WARC-Truncated: {record.rec_headers.get_header('WARC-Truncated')})"))
    if encoding == "br":
        import brotli

        raw = record.raw_stream.read(max_bytes + 1)
        decoder = brotli.Decompressor()
        try:
            data = bytes(decoder.process(raw, output_buffer_limit=max_bytes + 1))
        except brotli.error:
            return b"", problems + [("truncated_body", "brotli body cannot be decoded")]
        if len(data) <= max_bytes and not decoder.is_finished():
            problems.append(("truncated_body", "the brotli stream stops before its end"))
        return data, problems
    stream = _Chunked(record.raw_stream, decomp_type=_decomp(encoding)) if chunked \
        else record.content_stream()
    with contextlib.redirect_stderr(io.StringIO()):  # warcio prints decoding faults
        data = bytes(stream.read(max_bytes + 1))
    if len(data) > max_bytes:
        return data, problems
    decompressor = getattr(stream, "decompressor", None)
    if decompressor is not None and getattr(decompressor, "eof", True) is False:
        problems.append(("truncated_body", f"the {encoding} stream stops before its end"))
    if isinstance(stream, _Chunked):
        if stream.not_chunked:
            problems.append(("broken_chunks", "Transfer-Encoding chunked framing is broken; "
                             "the rest was read as it stands"))
        elif not stream.ended:
            problems.append(("truncated_body", "the chunked body stops before its last chunk"))
    return data, problems


def _decomp(encoding: str) -> str | None:
    return {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}.get(encoding)


class _Chunked(ChunkedDataReader):
    """warcio's chunked reader, noting whether the closing zero-size chunk came."""

    ended = False

    def _try_decode(self, length_header: bytes) -> None:
        size = length_header.strip().split(b";")[0]
        if size and not size.strip(b"0"):
            self.ended = True
        super()._try_decode(length_header)


def _unreadable_encoding(enc: str) -> str:
    """Why a Content-Encoding cannot be undone here ("" when it can): brotli needs the
    ``warc`` extra; other encodings (zstd, compress) are not read."""
    if enc in ("", "identity", "gzip", "x-gzip", "deflate"):
        return ""
    if enc == "br":
        try:
            import brotli  # noqa: F401
        except ImportError:
            return ("Content-Encoding br needs the brotli library: "
                    "pip install 'ngoclean[warc]'")
        return ""
    return f"Content-Encoding {enc!r} is not read"


def _status(http: Any) -> int | None:
    """The HTTP status code of a response's headers, or None when it has none."""
    try:
        return int(http.get_statuscode()) if http is not None else None
    except (TypeError, ValueError, AttributeError):
        return None


def _first_bytes(path: Path, n: int = 32) -> bytes:
    """The first bytes of a file, of its first gzip member's content when it is gzipped."""
    with path.open("rb") as stream:
        head = stream.read(n)
    if head.startswith(b"\x1f\x8b"):
        with gzip.open(path, "rb") as inner:
            return inner.read(n)
    return head


def warc_pages(path: Path, *, include_errors: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES,
               passed_over: list[str] | None = None) -> Iterator[Page]:
    """HTML response records of a WARC file; a truncated or corrupt file ends with an
    error page for the archive itself (the records read before it are kept). A response
    whose HTTP status is not 2xx (a 404 page, a redirect) is an ``HttpStatus`` error line
    naming it, unless ``include_errors`` (read as a page) or ``passed_over`` (counted
    there, as are responses that are not HTML). A record is read only up to ``max_bytes`` as it
    inflates (Content-Encoding): one over it is an ``InputTooLargeError`` line, never
    held in memory whole."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - a declared dependency
        yield Page(str(path), path=path, error=("InputError", "warcio is not installed"))
        return
    try:
        head = _first_bytes(path)
    except (OSError, EOFError, zlib.error) as exc:
        yield Page(str(path), path=path, error=("WarcError", f"{path}: {exc}".strip()))
        return
    if not head.startswith((b"WARC/", b"filedesc://")):
        # an HTML page or a gzip of one named .warc: warcio would read no record and say
        # nothing; the archive is refused in its own error line
        yield Page(str(path), path=path, error=(
            "WarcError", f"{path}: not a WARC archive (it starts with {head[:16]!r})"))
        return
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                http = record.http_headers
                ctype = (http.get_header("Content-Type") if http else "") or ""
                if record.rec_type != "response" or not (ctype.lower().startswith(_HTML_TYPES)
                                                         or _is_pdf_type(ctype)):
                    _end(record, records, path)
                    if passed_over is not None and record.rec_type == "response":
                        passed_over.append("warc " + _kind_of(ctype))
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = _status(http)
                encoding = _content_encoding(http)
                unreadable = _unreadable_encoding(encoding)
                if unreadable:
                    offset, _ = _end(record, records, path)
                    yield Page(f"{path}#{offset}", error=("DecodingError", unreadable),
                               url=url, http_status=status)
                    continue
                if status is not None and not 200 <= status < 300 and not include_errors:
                    offset, _ = _end(record, records, path)
                    if passed_over is not None:
                        passed_over.append(f"warc http {status}")
                        continue
                    yield Page(f"{path}#{offset}", error=(
                        "HttpStatus", f"HTTP {status} response not read (--include-errors "
                        "reads it)"), url=url, http_status=status)
                    continue
                data, problems = _read_body(record, encoding, max_bytes)
                offset, bad_end = _end(record, records, path)
                if len(data) > max_bytes:
                    yield Page(f"{path}#{offset}", error=(
                        "InputTooLargeError", f"record over the limit of {max_bytes} bytes "
                        "(counted as it inflates)"), url=url, http_status=status)
                    continue
                if bad_end:
                    problems.append(("warc_length_mismatch", "the record does not end where "
                                     "its WARC Content-Length says: the page may be cut short"
                                     " or hold the start of the next record"))
                yield Page(f"{path}#{offset}", data=data, url=url,
                           crawled_at=record.rec_headers.get_header("WARC-Date"),
                           charset=_charset(ctype), http_status=status,
                           problems=tuple(problems))
            # warcio stops quietly at a cut-off gzip member: what was read must reach
            # the end of the file.
            size = path.stat().st_size
            if getattr(records, "offset", size) < size:
                yield Page(str(path), path=path, error=(
                    "WarcError", f"{path}: truncated or corrupt after byte {records.offset} "
                                 f"of {size}"))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error, WarcError) as exc:
        yield Page(str(path), path=path, error=("WarcError", f"{path}: {exc}".strip()))
