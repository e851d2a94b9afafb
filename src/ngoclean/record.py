"""From a source to a :class:`~ngoclean.model.Record`: the whole pipeline.

Three stages, the same for every format: **read** (:func:`ngoclean.read.load`: bytes
decoded, the kind of page sniffed), **front end** (:func:`ngoclean.htmlpage.html_parts`
or :func:`ngoclean.textpage.text_parts`: blocks, repairs, furniture, the signatory list,
markup evidence) and **assemble** (:func:`ngoclean.assemble.assemble`: date, title, body,
signatories and language decided once, whatever the format, into the record).

>>> rec = parse("Joint statement on defenders\\n\\nDate: 10 December 2015\\n\\n"
...             "We, the undersigned organisations, call on every State to protect "
...             "human rights defenders and to end reprisals against them.\\n\\n"
...             "Signatories:\\n\\nHuman Rights Watch\\nAmnesty International\\n\\nBack to top")
>>> rec.title, str(rec.date), rec.date_source
('Joint statement on defenders', '2015-12-10', 'label')
>>> [s.name for s in rec.signatories]
['Human Rights Watch', 'Amnesty International']
>>> [(d.text, d.reason) for d in rec.dropped if d.reason == "navigation"]
[('Back to top', 'navigation')]
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterable

from ._words import zipf
from .assemble import Parts, assemble
from .errors import InputTooComplexError, TimeLimitError
from .htmlpage import html_parts
from .language import load_model
from .model import Record
from .pdfpage import pdf_parts
from .read import DEFAULT_MAX_BYTES, Source, load
from .segment import KnownNames
from .textpage import text_parts

__all__ = ["parse", "preload"]


def preload() -> None:
    """Load the language model and the word lists now, not on the first page needing them.

    They load lazily (about 0.7 s together, once per process). Call this before timing
    pages, before forking workers, or at service start-up so that no page pays for it.

    >>> preload()
    >>> from ngoclean.language import _identifier
    >>> _identifier.cache_info().currsize
    1
    """
    load_model()
    zipf("the")


def parse(source: Source, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          timeout: float | None = None, http_charset: str | None = None,
          names: Iterable[str] | KnownNames | None = None) -> Record:
    """Parse one page (text, raw bytes or a path) into a :class:`Record`.

    Raises :class:`~ngoclean.errors.InputError` when the source cannot be read as a
    page (:class:`~ngoclean.errors.InputTooLargeError` over ``max_bytes``), and
    :class:`~ngoclean.errors.TimeLimitError` when ``timeout`` seconds pass (enforced
    with a timer signal, so only in the main thread); anything the page merely lacks is
    listed in ``Record.problems``. ``http_charset`` is the charset of the HTTP response
    the bytes came in (a WARC record's ``Content-Type``), used when they are not UTF-8.
    ``names`` are organisation names known to be right (a file of names, the clean lists
    of other pages): a damaged list is split so as to reproduce them where it can, and
    each entry so cut out is audited (``known_name``). Give a
    :class:`~ngoclean.segment.KnownNames` to prepare many names once for many pages.

    >>> text = "Joint letter\\n\\nWe call on States.\\n\\nSignatories:\\n\\n" \\
    ...        "Fair Trials Global Witness\\nFront Line Defenders\\nHuman Rights Watch\\n"
    >>> [s.name for s in parse(text, names=["Fair Trials"]).signatories][:2]
    ['Fair Trials', 'Global Witness']
    """
    known = names if isinstance(names, KnownNames) or names is None else KnownNames(names)
    if timeout and threading.current_thread() is threading.main_thread() and \
            hasattr(signal, "setitimer"):
        previous = signal.signal(signal.SIGALRM, _out_of_time)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return _parse(source, url, max_bytes, http_charset, known)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return _parse(source, url, max_bytes, http_charset, known)


def _out_of_time(_signum: int, _frame: object) -> None:
    raise TimeLimitError("page took longer than its time budget")


def _parse(source: Source, url: str | None, max_bytes: int,
           http_charset: str | None = None, known: KnownNames | None = None) -> Record:
    try:
        return _parse_page(source, url, max_bytes, http_charset, known)
    except RecursionError:
        raise InputTooComplexError("page nested too deeply to be read") from None


def _parse_page(source: Source, url: str | None, max_bytes: int,
                http_charset: str | None = None, known: KnownNames | None = None) -> Record:
    doc = load(source, max_bytes=max_bytes, http_charset=http_charset)  # read
    parts: Parts | None
    if doc.data is not None:                                             # front end
        parts = pdf_parts(doc.data, source=doc.source, url=url, problems=doc.problems)
    else:
        parts = html_parts(doc, url=url) if doc.is_html else None
        if parts is None:
            parts = text_parts(doc, url=url, markup_failed=doc.is_html)
    return assemble(parts, known)                                        # fields, record
