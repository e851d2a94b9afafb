"""Reading a source: bytes decoded, binary rejected, HTML told from plain text.

>>> doc = load("  Hello\\r\\nworld  ")
>>> doc.text, doc.is_html
('  Hello\\nworld  ', False)
>>> load(b"<html><body><p>Caf\\xe9</p></body></html>").encoding
'cp1252'
"""

from __future__ import annotations

import codecs
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import (
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
)
from .model import Problem

__all__ = ["Document", "Source", "decode", "is_pdf", "load", "looks_like_html", "text_codec"]

Source = str | bytes | os.PathLike[str]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: The first bytes of files that are no page: (signature, kind, what it is). Reading
#: refuses those with a description (a gzip stream is inflated first, so it never gets
#: here); a folder of a site mirror passes over those with a kind
#: (:func:`ngoclean.sources.not_page_kind`), whatever their names say. The signatures
#: without a description are too short or too plain to refuse a named file on.
FILE_SIGNATURES: tuple[tuple[bytes, str | None, str | None], ...] = (
    (b"\x89PNG", "png", "a PNG image"),
    (b"\xff\xd8\xff", "jpeg", "a JPEG image"),
    (b"GIF8", "gif", "a GIF image"),
    (b"%PDF", "pdf", "a PDF document that does not open as one"),
    (b"PK\x03\x04", "zip", "a ZIP archive"),
    (b"\x1f\x8b", None, "gzip-compressed data"),
    (b"BZh", "bz2", "bzip2-compressed data"),
    (b"\x7fELF", "executable", "an executable"),
    (b"MZ", "executable", None), (b"wOFF", "font", None), (b"wOF2", "font", None),
    (b"OTTO", "font", None), (b"\x00\x01\x00\x00\x00", "font", None),
    (b"RIFF", "media", None), (b"ID3", "media", None), (b"OggS", "media", None),
    (b"\x1aE\xdf\xa3", "media", None), (b"7z\xbc\xaf", "7z", None), (b"Rar!", "rar", None),
    (b"\x00\x00\x01\x00", "ico", None), (b"\xfd7zXZ", "xz", None),
)
_MAGIC = tuple((magic, what) for magic, _, what in FILE_SIGNATURES if what is not None)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|br|meta|title|table|ul|ol|li|h[1-6]|article|"
    r"style|script|link|span|a|img|nav|section|header|footer|main|form|iframe)\b",
    re.I,
)


@dataclass
class Document:
    """Decoded page text, ready for block building; for a PDF, its bytes (``data``)
    and no text."""

    text: str
    source: str | None
    is_html: bool
    encoding: str | None = None
    problems: list[Problem] = field(default_factory=list)
    data: bytes | None = None


_DOCUMENT_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup: it opens with a tag, names its document, or is dense
    with tags. A text copy of a page that mentions a few tags ("Allowed HTML tags: <a>
    <b>", a stray "<br />") is text.

    >>> looks_like_html("<!DOCTYPE html><p>x</p>"), looks_like_html("a < b > c")
    (True, False)
    >>> looks_like_html("Headline\\n\\nText <br /> and tags: <a> <b> <p>")
    False
    """
    head = text[:4096]
    if _DOCUMENT_TAG.search(head):
        return True
    if not _HTML_SNIFF.search(head):
        return False
    if head.lstrip().startswith("<"):
        return True
    tagged = [x for x in head.splitlines() if _HTML_SNIFF.search(x)]
    return len(tagged) >= 5  # tags on many lines: markup, not text quoting a tag


def is_pdf(data: bytes) -> bool:
    """True for the bytes of a PDF: ``%PDF-`` within the first kilobyte, as readers
    accept it (some files carry a few bytes of junk before it).

    >>> is_pdf(b"%PDF-1.7\\n..."), is_pdf(b"\\n\\n%PDF-1.4"), is_pdf(b"<p>%PDF-</p>")
    (True, True, False)
    """
    at = data.find(b"%PDF-", 0, 1024)
    return at == 0 or (at > 0 and b"<" not in data[:at] and not data[:at].strip(b"\x00\r\n\t "
                                                                                 b"\xef\xbb\xbf"))


def _check_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"input is {what}, not a text or HTML page")
    head = data[:8192]
    if head and head.count(b"\x00") / len(head) > 0.05:
        raise BinaryInputError("input holds NUL bytes: binary data, not a text or HTML page")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > 0.05:
        raise BinaryInputError("input is mostly control bytes: binary data, not a page")


#: Codecs that decode no web page: transforms dressed as text codecs, escapes, UTF-7
#: (which browsers dropped as a script-injection route).
_NOT_PAGE_CODECS = frozenset({"undefined", "idna", "punycode", "unicode-escape",
                              "raw-unicode-escape", "utf-7", "mbcs", "oem"})


_SURROGATE = re.compile("[\ud800-\udfff]")


def text_codec(label: str) -> str:
    """The codec a declared charset names, when it is a text encoding a page can be
    written in; "" for an unknown label or a codec that is not one (``base64``,
    ``rot13``, ``zlib``, ``undefined``, ``utf-7``).

    >>> text_codec("ISO-8859-2"), text_codec("base64"), text_codec("rot13"), text_codec("x")
    ('iso8859-2', '', '', '')
    """
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return ""
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_CODECS:
        return ""
    return info.name


def decode(data: bytes, http_charset: str | None = None) -> tuple[str, str, list[Problem]]:
    """Decode page bytes: BOM, then UTF-8, then the HTTP charset (``Content-Type`` of a
    WARC record), then a charset declared in the HTML, then detection.

    Returns the text, the encoding used and any problems.

    >>> decode("Ünïcödé".encode("utf-8"))[:2]
    ('Ünïcödé', 'utf-8')
    >>> decode(b"\\xef\\xbb\\xbfhi")[:2]
    ('hi', 'utf-8')
    """
    problems: list[Problem] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc, problems
            except UnicodeDecodeError as exc:
                raise DecodingError(f"input starts with a {enc} BOM but is not {enc}") from exc
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, problems
        except UnicodeDecodeError:
            pass
    _check_binary(data)
    m = _META_CHARSET.search(data[:4096])
    declared = (http_charset or "").strip().lower() or (
        m.group(1).decode("ascii", "replace").lower() if m else None)
    # Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page claims: mislabelled
    # UTF-8 is common, and legacy text that happens to be valid UTF-8 is vanishingly rare.
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if declared and not declared.replace("-", "").startswith("utf8") and not text.isascii():
            problems.append(Problem("wrong_charset", f"declared {declared!r}, read as UTF-8"))
        return text, "utf-8", problems
    if declared:
        name = text_codec(declared)
        if not name:
            problems.append(Problem("unknown_charset", f"declared charset {declared!r} unknown"
                                    " or not a text encoding"))
        if name in ("latin-1", "iso8859-1", "ascii"):
            name = "cp1252"  # what browsers do with these labels
        if name:
            try:
                decoded = data.decode(name)
                angles = data.count(b"<")
                if angles >= 5 and decoded.count("<") * 2 < angles:
                    # the markup's own "<" gone: a codec that is not ASCII-based (EBCDIC
                    # cp037 declared on a cp1252 page) makes garbage, not text
                    raise ValueError("markup unreadable in the declared charset")
                if not _fits(data, name):
                    raise ValueError("text reads as mojibake in the declared charset")
                return decoded, name, problems
            except (UnicodeError, LookupError, ValueError):
                problems.append(
                    Problem("wrong_charset", f"declared charset {declared!r} does not fit"))
    enc = _detect(data)
    try:
        return data.decode(enc), enc, problems
    except (UnicodeDecodeError, LookupError):
        problems.append(Problem("decoding_replaced", "undecodable bytes replaced with U+FFFD"))
        return data.decode("utf-8", errors="replace"), "utf-8", problems


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: NUL bytes on every other position (ASCII-range text).

    >>> _utf16_without_bom("Hello world".encode("utf-16-le"))
    'utf-16-le'
    """
    head = data[:4096]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zero_odd > 0.7 and zero_even < 0.05:
        return "utf-16-le"
    if zero_even > 0.7 and zero_odd < 0.05:
        return "utf-16-be"
    return None


def _fits(data: bytes, name: str) -> bool:
    """Whether legacy bytes read as sound text in the declared charset: the detector
    finds them text in it, and no other charset reads them both with much less mess
    (letters of odd scripts between Latin ones, accented runs no language writes) and
    as much language. A Western page declared ``koi8-r``, ``cp1251`` or ``shift_jis``,
    or a Cyrillic one declared ``cp1252``, does not fit.

    >>> page = "<p>Grüße aus Köln, Straße der Einheit, für alle Bürger.</p>"
    >>> _fits(page.encode("cp1252"), "cp1252"), _fits(page.encode("cp1252"), "koi8-r")
    (True, False)
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return True
    sample = data[:65536]
    try:
        declared = from_bytes(sample, cp_isolation=[name]).best()
    except (LookupError, ValueError):
        return True
    if declared is None:  # the detector finds the bytes no text in that charset
        return False
    if declared.chaos < 0.05:
        return True
    return not any(m.encoding != declared.encoding and m.chaos <= declared.chaos / 2
                   and m.coherence > declared.coherence
                   for m in from_bytes(sample, preemptive_behaviour=False))


def _detect(data: bytes) -> str:
    """Guess a legacy encoding; windows-1252 when the detector has no better idea."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return "cp1252"
    best = from_bytes(data[:65536], preemptive_behaviour=False).best()
    if best is None:
        return "cp1252"
    enc = best.encoding
    # Western pages mislabelled by the detector are far more common than the rest.
    if enc in ("ascii", "latin_1", "iso8859_1", "cp1250", "iso8859_15"):
        return "cp1252"
    return enc


def _normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def gunzip(data: bytes, max_bytes: int, problems: list[Problem],
           name: str | None = None) -> bytes:
    """The content of gzip data (one member or several), inflated at most to
    ``max_bytes``: more is an :class:`InputTooLargeError` raised as it inflates, never
    after; a stream cut short gives what it holds and a ``truncated_body`` problem.

    >>> import gzip
    >>> gunzip(gzip.compress(b"<p>Text</p>"), 100, [])
    b'<p>Text</p>'
    >>> problems = []
    >>> gunzip(gzip.compress(b"<p>Text of a page</p>" * 50)[:-12], 10_000, problems)[:11]
    b'<p>Text of '
    >>> [p.code for p in problems]
    ['truncated_body']
    """
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, max_bytes + 1 - len(out))
        except zlib.error as exc:
            if out:  # a later member is damaged: keep what came before
                problems.append(Problem("truncated_body", f"gzip data damaged: {exc}"))
                break
            raise DecodingError(f"{name or 'input'}: gzip data is corrupt ({exc})") from None
        if len(out) > max_bytes:
            raise InputTooLargeError(f"{name or 'input'}: over the limit of {max_bytes} bytes "
                                     "(counted as it inflates)")
        if not inflater.eof:
            if not out:
                raise DecodingError(f"{name or 'input'}: gzip data cut short before any "
                                    "content")
            problems.append(Problem("truncated_body", "the gzip stream stops before its end"))
            break
        rest = inflater.unused_data.lstrip(b"\x00")
    return bytes(out)


def load(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES,
         http_charset: str | None = None) -> Document:
    """Read ``source`` (text, raw bytes or a path) into a :class:`Document`.

    Raises :class:`~ngoclean.errors.InputError` (or a subclass) when it cannot be read.
    Line endings become ``\\n``.
    """
    name: str | None = None
    encoding: str | None = None
    problems: list[Problem] = []
    if isinstance(source, os.PathLike):
        path = Path(source)
        name = str(path)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputTooLargeError(
                    f"{name}: {size} bytes is over the limit of {max_bytes}")
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise InputError(f"{name}: no such file") from exc
        except IsADirectoryError as exc:
            raise InputError(f"{name}: is a directory") from exc
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
        source = data
    if isinstance(source, bytes | bytearray):
        if len(source) > max_bytes:
            raise InputTooLargeError(
                f"input of {len(source)} bytes is over the limit of {max_bytes}")
        if source[:2] == b"\x1f\x8b":  # a saved page.html.gz
            source = gunzip(bytes(source), max_bytes, problems, name)
        if not bytes(source).strip():
            raise EmptyInputError(f"{name or 'input'}: empty")
        if is_pdf(bytes(source)):
            return Document("", name, False, None, problems, data=bytes(source))
        try:
            text, encoding, decoded = decode(bytes(source), http_charset)
            problems.extend(decoded)
        except InputError as exc:
            if name is None:
                raise
            raise type(exc)(f"{name}: {exc}") from exc
    elif isinstance(source, str):
        if len(source) > max_bytes:
            raise InputTooLargeError(
                f"input of {len(source)} characters is over the limit of {max_bytes}")
        text = source
        lone = _SURROGATE.subn("\ufffd", text)
        if lone[1]:
            # lone surrogates (from a careless decoder) are no characters: no UTF-8 for
            # them, so no id and no JSON; each is replaced, and said so
            text = lone[0]
            problems.append(Problem("decoding_replaced",
                                    f"{lone[1]} lone surrogate(s) replaced with U+FFFD"))
    else:
        raise TypeError(f"source must be str, bytes or a path, not {type(source).__name__}")
    if "\x00" in text:
        # a few NUL bytes in a page (a broken copy): taken out wherever they stand, and said
        nuls = text.count("\x00")
        text = text.replace("\x00", "")
        problems.append(Problem("decoding_replaced", f"{nuls} NUL byte(s) removed"))
    if not text.strip():
        raise EmptyInputError(f"{name or 'input'}: no text")
    text = _normalise_newlines(text)
    return Document(text, name, looks_like_html(text), encoding, problems)
