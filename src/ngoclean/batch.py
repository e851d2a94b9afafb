"""Batch cleaning: many pages, in parallel worker processes, in order, nothing lost.

Every page gives exactly one result: a record, or an error record naming the source and
what went wrong. A bad page never stops the batch; a page that runs past the time limit
ends with a ``Timeout`` error. Results come back in input order whatever ``jobs`` is,
and at most a few pages per worker are in flight, so memory stays flat.

>>> recs = list(parse_many(["Title line here\\n\\nSome text of the page.", b""]))
>>> [type(r).__name__ for r in recs]
['Record', 'ErrorRecord']
>>> recs[1].to_dict()["error"]["type"]
'EmptyInputError'
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from .errors import NgocleanError, TimeLimitError
from .labels import ProblemCode
from .model import Problem, Record
from .read import DEFAULT_MAX_BYTES, Source
from .record import parse
from .segment import KnownNames
from .sources import Page, iter_pages
from .workers import DEFAULT_MAX_MEMORY, run_pool

__all__ = ["ErrorRecord", "parse_many", "process_page", "result_line", "run_lines"]


@dataclass(frozen=True)
class ErrorRecord:
    """The result for a page that could not be parsed."""

    source: str
    type: str
    message: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"source": self.source,
                             "error": {"type": self.type, "message": self.message}}
        if self.url:
            d["url"] = self.url
        return d


def process_page(page: Page, timeout: float | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 names: KnownNames | None = None) -> Record | ErrorRecord:
    """Parse one page; any failure becomes an :class:`ErrorRecord`, never an exception.
    ``names`` are known organisation names (see :func:`ngoclean.parse`)."""
    if page.error is not None:
        return ErrorRecord(page.source, page.error[0], page.error[1], page.url)
    try:
        source: Source = page.data if page.data is not None else (page.path or Path(page.source))
        rec = parse(source, url=page.url, timeout=timeout, max_bytes=max_bytes,
                    http_charset=page.charset, names=names)
        rec.source = page.source
        rec.crawled_at = page.crawled_at
        rec.http_status = page.http_status
        rec.problems[:0] = [Problem(cast(ProblemCode, code), detail)
                            for code, detail in page.problems]
        return rec
    except TimeLimitError as exc:
        return ErrorRecord(page.source, "Timeout", f"{exc} ({timeout} s)", page.url)
    except NgocleanError as exc:
        return ErrorRecord(page.source, type(exc).__name__, str(exc), page.url)
    except RecursionError:
        return ErrorRecord(page.source, "RecursionError", "page too deeply nested", page.url)
    except MemoryError:
        return ErrorRecord(page.source, "MemoryError", "page too large for memory", page.url)
    except Exception as exc:  # a bug must not stop the batch; it is reported per page
        return ErrorRecord(page.source, type(exc).__name__, str(exc) or repr(exc), page.url)


def result_line(result: Record | ErrorRecord) -> str:
    """One JSON line (no newline) for a result."""
    return json.dumps(result.to_dict(), ensure_ascii=False)


def _as_pages(sources: Iterable[Any]) -> Iterator[Page]:
    for s in sources:
        if isinstance(s, Page):
            yield s
        elif isinstance(s, os.PathLike):
            yield from iter_pages([Path(s)])
        elif isinstance(s, bytes | bytearray):
            yield Page("<bytes>", data=bytes(s))
        elif isinstance(s, str):
            yield Page("<text>", data=s.encode("utf-8"))
        else:
            yield Page(repr(s)[:80], error=("TypeError", f"cannot parse {type(s).__name__}"))


def parse_many(sources: Iterable[Any], *, jobs: int = 1, timeout: float | None = None,
               names: KnownNames | None = None) -> Iterator[Record | ErrorRecord]:
    """Parse many pages lazily, in order: paths (folders and WARC files are expanded),
    raw bytes, page text, or :class:`~ngoclean.sources.Page` items; ``names`` as for
    :func:`ngoclean.parse`."""
    if jobs <= 1:
        for page in _as_pages(sources):
            yield process_page(page, timeout, names=names)
        return
    for line in run_lines(_as_pages(sources), jobs=jobs, timeout=timeout, names=names):
        data = json.loads(line)
        if "error" in data:
            yield ErrorRecord(data["source"], data["error"]["type"], data["error"]["message"],
                              data.get("url"))
        else:
            yield Record.from_dict(data)


def run_lines(pages: Iterable[Page], *, jobs: int, timeout: float | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, window: int = 4,
              names: KnownNames | None = None, isolate: bool = False,
              max_memory: int | None = DEFAULT_MAX_MEMORY) -> Iterator[str]:
    """Result lines in input order. With ``jobs`` over 1, or ``isolate``, pages are
    parsed by worker processes (:func:`ngoclean.workers.run_pool`: at most ``jobs *
    window`` pages in flight, ``timeout`` and ``max_memory`` enforced by replacing the
    worker, a crashed worker fails its own page only); otherwise in this process."""
    if jobs <= 1 and not isolate:
        for page in pages:
            yield result_line(process_page(page, timeout, max_bytes, names))
        return
    yield from run_pool(pages, jobs=max(1, jobs), timeout=timeout, max_bytes=max_bytes,
                        max_memory=max_memory, names=names, window=window)
