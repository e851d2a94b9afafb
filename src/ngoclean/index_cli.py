"""``ngoclean index``, ``search``, ``orgs`` and ``export``: from records to a search index."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .batch import process_page
from .esbulk import bulk_lines
from .index import INDEX_SCHEMA_VERSION, MAX_QUERY_SECONDS, BadQueryError, Index, SearchIndexError
from .sources import iter_pages
from .stats import crawl_stats, format_stats

__all__ = ["add_parsers", "run"]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: must be at least 1")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r}: must be more than 0")
    return value


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("index", help="add records (JSONL) or pages to an SQLite search index")
    p.add_argument("inputs", nargs="*", metavar="RECORDS.jsonl|PAGE",
                   help="records written by 'clean', or pages, folders, WARC files (none: "
                        "only create the index or migrate an older one)")
    p.add_argument("--db", required=True, help="the index file (created if missing, "
                                               "migrated if made by an older ngoclean; "
                                               "another program's database is refused)")
    s = sub.add_parser("search", help="search an index")
    s.add_argument("db")
    s.add_argument("query", help='words (all must occur), "a phrase", prefix*, a OR b; '
                                 "other characters are not syntax (see --fts)")
    s.add_argument("--fts", action="store_true",
                   help="read the query as raw SQLite FTS5 syntax (NEAR, NOT, title:...)")
    s.add_argument("--signatory", help="only letters signed by this organisation: its name, "
                                       "acronym or the start of its name")
    s.add_argument("--since", help="YYYY, YYYY-MM or YYYY-MM-DD")
    s.add_argument("--until", help="YYYY, YYYY-MM or YYYY-MM-DD")
    s.add_argument("--language", metavar="CODE", help="only pages in this language (en, fr)")
    s.add_argument("--min-signatories", type=_positive, default=0, metavar="N",
                   help="only letters with at least N signatories")
    s.add_argument("--limit", type=_positive, default=10)
    s.add_argument("--max-seconds", type=_seconds, default=MAX_QUERY_SECONDS,
                   help=f"stop a query running longer (default {MAX_QUERY_SECONDS:g})")
    s.add_argument("--json", action="store_true", help="one JSON object per result")
    o = sub.add_parser("orgs", help="organisations by number of letters signed")
    o.add_argument("db")
    o.add_argument("--top", type=_positive, default=20)
    o.add_argument("--cosigners", metavar="NAME", help="who signed with this organisation "
                                                       "(name, acronym or start of name)")
    o.add_argument("--max-seconds", type=_seconds, default=MAX_QUERY_SECONDS)
    o.add_argument("--json", action="store_true")
    t = sub.add_parser("stats", help="a first look at records (JSONL): pages, languages, "
                                     "years, problems, top organisations")
    t.add_argument("inputs", nargs="+", metavar="RECORDS.jsonl")
    t.add_argument("--top", type=_positive, default=20, help="organisations shown")
    t.add_argument("--json", action="store_true", help="the counts as one JSON object")
    e = sub.add_parser("export", help="records as NDJSON for the Elasticsearch _bulk API")
    e.add_argument("inputs", nargs="+", metavar="RECORDS.jsonl")
    e.add_argument("--format", choices=["es-bulk"], default="es-bulk")
    e.add_argument("--index", default="ngoclean", help="target index name")
    e.add_argument("-o", "--output", default="-")


class _Counts:
    """What could not be read: lines that are not records, pages that failed."""

    bad = 0
    failed = 0


def _records(inputs: list[str], counts: _Counts) -> Iterator[dict[str, Any]]:
    """The records of ``.jsonl`` files and of pages. A line that is not a record (a torn
    or non-JSON line a killed run left, a JSON value of another shape) is named on
    stderr as ``FILE:LINE: reason`` and skipped; so is a page that cannot be read (its
    error record is yielded, the index passes over it)."""
    pages = []
    for item in inputs:
        if item.endswith((".jsonl", ".ndjson")):
            if not Path(item).is_file():
                print(f"ngoclean: {item}: no such records file", file=sys.stderr)
                counts.failed += 1
                continue
            with open(item, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    why = ""
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as exc:
                        why = f"not JSON ({exc.msg})"
                    except RecursionError:
                        why = "not JSON (nested too deeply)"
                    else:
                        if not isinstance(rec, dict):
                            why = f"a JSON {type(rec).__name__}, not a record"
                        elif "error" not in rec and not (isinstance(rec.get("id"), str)
                                                         and isinstance(rec.get("signatories",
                                                                                []), list)):
                            why = "not a record (no id)"
                    if why:
                        print(f"{item}:{number}: {why}; skipped", file=sys.stderr)
                        counts.bad += 1
                        continue
                    yield rec
        else:
            pages.append(item)
    for page in iter_pages(pages):
        d = process_page(page).to_dict()
        if "error" in d:
            print(f"ngoclean: {d['error']['message']}", file=sys.stderr)
            counts.failed += 1
        yield d


def _err(msg: str) -> int:
    print(f"ngoclean: {msg}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    """Run one of the index commands; returns the exit code."""
    try:
        if args.command == "index":
            counts = _Counts()
            with _open(args.db) as idx:
                if idx.migrated_from is not None:
                    print(f"{args.db}: migrated from index schema {idx.migrated_from} to "
                          f"{INDEX_SCHEMA_VERSION}", file=sys.stderr)
                before = idx.count()
                new = idx.add(_records(args.inputs, counts))
                print(f"{new} new records; {idx.count()} in the index (was {before}); "
                      f"{idx.duplicates} already in it, {idx.errors} error lines and "
                      f"{counts.bad} bad lines skipped"
                      + (f", {counts.failed} inputs unreadable" if counts.failed else ""),
                      file=sys.stderr)
            return 1 if counts.bad or counts.failed else 0
        if args.command == "search":
            with _open(args.db, readonly=True) as idx:
                hits = idx.search(args.query, signatory=args.signatory, since=args.since,
                                  until=args.until, language=args.language,
                                  min_signatories=args.min_signatories, limit=args.limit,
                                  fts=args.fts, max_seconds=args.max_seconds)
            for h in hits:
                print(json.dumps(h.to_dict(), ensure_ascii=False) if args.json else
                      f"{h.date or '????-??-??'}  {h.title}\n    {h.source}\n    {h.snippet}")
            return 0
        if args.command == "orgs":
            with _open(args.db, readonly=True) as idx:
                rows = (idx.cosigners(args.cosigners, top=args.top,
                                      max_seconds=args.max_seconds) if args.cosigners
                        else idx.orgs(top=args.top, max_seconds=args.max_seconds))
            for r in rows:
                print(json.dumps(r.to_dict(), ensure_ascii=False) if args.json else
                      f"{r.letters:>6}  {r.name}")
            return 0
        if args.command == "stats":
            counts = _Counts()
            result = crawl_stats(_records(args.inputs, counts), top=args.top)
            result["bad_lines"] = counts.bad
            print(json.dumps(result, ensure_ascii=False) if args.json else
                  format_stats(result, top=args.top) +
                  (f"\nbad lines  {counts.bad:,} (named above)" if counts.bad else ""))
            return 1 if counts.bad or counts.failed else 0
        counts = _Counts()
        with contextlib.ExitStack() as stack:
            out = sys.stdout if args.output == "-" else stack.enter_context(
                open(args.output, "w", encoding="utf-8"))
            for rec in _records(args.inputs, counts):
                if "error" not in rec:
                    action, doc = bulk_lines(rec, index=args.index)
                    out.write(action + "\n" + doc + "\n")
        return 1 if counts.bad or counts.failed else 0
    except (_Unopened, BadQueryError) as exc:
        print(f"ngoclean: {exc}", file=sys.stderr)
        return 2
    except SearchIndexError as exc:
        return _err(str(exc))


class _Unopened(Exception):
    """The index file is missing or is not an ngoclean index (exit 2)."""


def _open(path: str, *, readonly: bool = False) -> Index:
    try:
        return Index(path, readonly=readonly)
    except SearchIndexError as exc:
        raise _Unopened(str(exc)) from None
