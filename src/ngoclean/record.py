"""From a source to a :class:`~ngoclean.model.Record`: the whole pipeline.

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

from ._words import zipf
from .blocks import html_to_text, text_blocks, without_date_line
from .dates import PageDate, find_dates, page_date
from .errors import TimeLimitError
from .furniture import running_lines, strip_furniture
from .htmlpage import parse_html_page
from .language import detect, load_model
from .model import Dropped, Problem, Record, Repair
from .read import DEFAULT_MAX_BYTES, Source, load
from .repairs import PARAGRAPH_STEPS, apply_steps, repair_chars
from .signatories import find_list, heading_lines, require_signers, signatories_for
from .title import title_block, title_text

__all__ = ["parse", "preload"]


def preload() -> None:
    """Load the language model and the word lists now, not on the first page needing them.

    Both load lazily (about 0.7 s together, once per process). Call this before timing
    pages, before forking workers, or at service start-up so that no page pays for it.

    >>> preload()
    >>> from ngoclean.language import _identifier
    >>> _identifier.cache_info().currsize
    1
    """
    load_model()
    zipf("the")


def parse(source: Source, *, url: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          timeout: float | None = None, http_charset: str | None = None) -> Record:
    """Parse one page (text, raw bytes or a path) into a :class:`Record`.

    Raises :class:`~ngoclean.errors.InputError` when the source cannot be read as a
    page (:class:`~ngoclean.errors.InputTooLargeError` over ``max_bytes``), and
    :class:`~ngoclean.errors.TimeLimitError` when ``timeout`` seconds pass (enforced
    with a timer signal, so only in the main thread); anything the page merely lacks is
    listed in ``Record.problems``. ``http_charset`` is the charset of the HTTP response
    the bytes came in (a WARC record's ``Content-Type``), used when they are not UTF-8.
    """
    if timeout and threading.current_thread() is threading.main_thread() and \
            hasattr(signal, "setitimer"):
        previous = signal.signal(signal.SIGALRM, _out_of_time)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return _parse(source, url, max_bytes, http_charset)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return _parse(source, url, max_bytes, http_charset)


def _out_of_time(_signum: int, _frame: object) -> None:
    raise TimeLimitError("page took longer than its time budget")


def _parse(source: Source, url: str | None, max_bytes: int,
           http_charset: str | None = None) -> Record:
    doc = load(source, max_bytes=max_bytes, http_charset=http_charset)
    if doc.is_html:
        rec = parse_html_page(doc, url=url)
        if rec is not None:
            return rec
    problems: list[Problem] = list(doc.problems)
    text = doc.text
    if doc.is_html:
        text = html_to_text(text)
        problems.append(Problem("html_unparsable", "markup could not be parsed; read as text"))
    repairs: list[Repair] = []
    running = running_lines(text)  # read before the repairs turn form feeds into spaces
    text = repair_chars(text, field="document", repairs=repairs)
    dropped: list[Dropped] = []
    blocks, _ = strip_furniture(text_blocks(text), dropped, running)
    by_index = {b.index: b for b in blocks}

    span = require_signers(find_list(blocks), blocks)
    list_start = next((i for i, b in enumerate(blocks) if b.index == span.start), None)
    found_date, date_problems = page_date(blocks, stop=list_start)
    problems.extend(date_problems)

    used: set[int] = set()
    date_line: tuple[int, str] | None = None
    if found_date is not None and found_date.source in ("label", "date_line",
                                                         "modified_label"):
        block = by_index[found_date.block]
        line = next(x for x in block.lines if found_date.value and _has_date(x, found_date))
        date_line = (block.index, line)
        dropped.append(Dropped(block.index, line, "date"))

    tblock = title_block(
        [b for b in blocks if list_start is None or b.index < (span.start or 0)],
        date_block=found_date.block if found_date else None,
    )
    title = title_text(tblock) if tblock else None
    if tblock is None:
        problems.append(Problem("no_title", "no headline line found"))
    else:
        used.add(tblock.index)
        dropped.append(Dropped(tblock.index, tblock.lines[0], "title"))
    heading_used, heading_dropped = heading_lines(span, by_index)
    used |= heading_used
    dropped.extend(heading_dropped)
    list_blocks = set(span.blocks)

    paragraphs: list[str] = []
    for block in blocks:
        if block.index in used or block.index in list_blocks:
            continue
        lines = without_date_line(block, date_line)
        if not lines:
            continue
        fixed, _ = apply_steps("\n".join(lines), PARAGRAPH_STEPS, field="body",
                               block=block.index, repairs=repairs)
        paragraphs.append(fixed)
    body = "\n\n".join(paragraphs)
    if not body:
        problems.append(Problem("no_body", "no article text found"))

    signatories, sig_repairs = signatories_for(span, by_index)
    repairs.extend(sig_repairs)

    language = detect(" ".join(filter(None, [title, body])))
    if language is None:
        problems.append(Problem("language_undetermined", "too little text or no clear language"))
    return Record(
        source=doc.source,
        url=url,
        title=title,
        date=found_date.value if found_date else None,
        date_source=found_date.source if found_date else None,
        language=language,
        body=body,
        signatories=signatories,
        repairs=repairs,
        problems=problems,
        dropped=sorted(dropped, key=lambda d: d.block),
    )


def _has_date(line: str, found: PageDate) -> bool:
    return any(d.value == found.value for d in find_dates(line))
