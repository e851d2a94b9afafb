"""Exceptions raised by ngoclean.

The tree::

    NgocleanError                 every error ngoclean raises on purpose
    ├── InputError                the input cannot be read as a page
    │   ├── EmptyInputError       nothing but whitespace (or zero bytes)
    │   ├── BinaryInputError      bytes that are not text (images, archives, ...)
    │   ├── DecodingError         text in an encoding that cannot be decoded
    │   ├── InputTooLargeError    more bytes than the configured maximum
    │   ├── InputTooComplexError  markup nested too deeply to be read
    │   ├── WarcError             a WARC archive is truncated or corrupt
    │   └── PdfError              a PDF that cannot be read (broken, or locked by a password)
    ├── TimeLimitError            a page took longer than its time budget
    ├── SearchIndexError          an unusable search index, a search stopped at its bound
    │   └── BadQueryError         a malformed query or filter (syntax, no words, a date)
    └── ReplayError               a recorded repair does not match the text it is replayed on

Every exception ngoclean raises on purpose is in this tree and exported from ``ngoclean``;
catching :class:`NgocleanError` catches them all.

Problems that still allow a record (no date found, an ambiguous date, ...) are not
exceptions: they are listed in ``Record.problems``.

>>> issubclass(BinaryInputError, InputError) and issubclass(InputError, NgocleanError)
True
>>> issubclass(WarcError, InputError), issubclass(SearchIndexError, NgocleanError)
(True, True)
"""

from __future__ import annotations

__all__ = [
    "BadQueryError",
    "BinaryInputError",
    "DecodingError",
    "EmptyInputError",
    "InputError",
    "NgocleanError",
    "PdfError",
    "InputTooComplexError",
    "InputTooLargeError",
    "ReplayError",
    "SearchIndexError",
    "TimeLimitError",
    "WarcError",
]


class NgocleanError(Exception):
    """Base class of every error raised by ngoclean."""


class InputError(NgocleanError, ValueError):
    """The input cannot be read as a page (missing, empty, binary or undecodable)."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary data, not a text or HTML page."""


class DecodingError(InputError):
    """The input's bytes cannot be decoded as text."""


class InputTooLargeError(InputError):
    """The input is larger than the configured maximum size."""


class InputTooComplexError(InputError):
    """The page is nested too deeply to be read (thousands of open tags)."""


class TimeLimitError(NgocleanError):
    """A page took longer than its time budget."""


class ReplayError(NgocleanError):
    """A recorded repair does not apply to the text it is replayed on."""


class WarcError(InputError):
    """A WARC archive is truncated or corrupt (the records read before the damage stand)."""


class PdfError(InputError):
    """A PDF that cannot be read: broken beyond what the reader repairs
    (``pdf_unreadable: ...``) or encrypted with a password (``encrypted_pdf: ...``); the
    message starts with that code."""


class SearchIndexError(NgocleanError):
    """A search index that cannot be used, or a malformed query."""


class BadQueryError(SearchIndexError):
    """A search query or filter that is malformed: FTS5 syntax errors (with ``fts``), a
    query without words or too long, a date that is not one (``--since yesterday``)."""
