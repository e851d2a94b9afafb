"""``ngoclean clean``: the batch command for archivists.

Exit codes: 0 every page parsed; 1 some pages failed (their error lines are in the
output); 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .attachments import link_records
from .batch import run_lines
from .read import DEFAULT_MAX_BYTES
from .segment import KnownNames
from .sources import Page, is_warc, iter_pages, iter_units
from .workers import DEFAULT_MAX_MEMORY

__all__ = ["OutputFailure", "add_parser", "clean_list_names", "read_names", "run"]

CSV_FIELDS = ["id", "source", "url", "title", "date", "date_source", "author", "site_name",
              "language", "signatory_count", "signatories", "problems", "crawled_at", "http_status",
              "error_type", "error_message"]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("clean", help="clean many pages (files, folders, globs, WARC, -) "
                                     "into records")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="a file, a folder (recursive), a glob, a .warc/.warc.gz, or - (stdin)")
    p.add_argument("-o", "--output", required=True, help="output file, or - for stdout")
    p.add_argument("--format", choices=["jsonl", "json", "csv"], default="jsonl")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: the CPU count)")
    p.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="only files whose name or path matches (repeatable); named files "
                        "are read even if they look like no page")
    p.add_argument("--all-files", action="store_true",
                   help="read every file of folders and globs: by default styles, scripts, "
                        "data, images, fonts, PDFs and archives are passed over and counted")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="skip files whose name or path matches (repeatable)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds allowed per page (default 60; 0 for none)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"largest page read, in bytes (default {DEFAULT_MAX_BYTES})")
    p.add_argument("--max-memory", type=_size, default=DEFAULT_MAX_MEMORY, metavar="SIZE",
                   help="largest address space of a worker process, in bytes or with K, M, "
                        "G (default 2G; 0 for none): a page needing more is a MemoryError "
                        "line and its worker is replaced")
    p.add_argument("--resume", action="store_true",
                   help="skip sources already in the output and append the rest (jsonl); "
                        "a page that crashed its worker is tried once more")
    p.add_argument("--include-errors", action="store_true",
                   help="read WARC responses whose HTTP status is not 2xx (404 pages, "
                        "redirects); by default they are passed over and counted")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--dask", action="store_true",
                   help="run on a local Dask cluster of --jobs worker processes "
                        "(needs ngoclean[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on the Dask cluster at ADDRESS (tcp://host:8786)")
    p.add_argument("--names", metavar="FILE", action="append", default=[],
                   help="organisation names known to be right, one per line (or the .jsonl "
                        "records of an earlier run): damaged lists are split to reproduce "
                        "them (repeatable)")
    p.add_argument("--learn-names", action="store_true",
                   help="two passes: first learn the names of the batch's clean lists "
                        "(no split, join or moved word needed), then clean every page "
                        "with them")


def _size(text: str) -> int:
    """A byte count: ``2G``, ``512M``, ``800K`` or plain bytes.

    >>> _size("2G"), _size("512m"), _size("1000")
    (2147483648, 536870912, 1000)
    """
    t = text.strip().upper().removesuffix("B")
    scale = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}.get(t[-1:], 1)
    try:
        value = float(t[:-1] if scale > 1 else t)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (say 2G, 512M or bytes)") \
            from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"a size cannot be negative: {text!r}")
    return int(value * scale)


_RESEGMENTED = frozenset({"split_names", "join_lines", "move_words"})


def clean_list_names(record: dict[str, Any]) -> list[str]:
    """The signatory names of a record (a JSON dict) whose list needed no split, join
    or moved word: names seen cleanly, to help split the damaged lists of other pages.

    >>> rec = {"signatories": [{"name": "Fair Trials"}], "repairs": []}
    >>> clean_list_names(rec)
    ['Fair Trials']
    >>> clean_list_names({**rec, "repairs": [{"step": "split_names"}]})
    []
    """
    if "error" in record or any(r.get("step") in _RESEGMENTED
                                for r in record.get("repairs", [])):
        return []
    return [s["name"] for s in record.get("signatories", []) if s.get("name")]


def read_names(path: Path) -> list[str]:
    """Names from a file: one per line (``#`` comments), or the signatories of the
    records of a ``.jsonl`` file written by ``ngoclean clean``."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".jsonl":
        out: list[str] = []
        for line in text.splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict):
                out.extend(s["name"] for s in rec.get("signatories", [])
                           if isinstance(s, dict) and isinstance(s.get("name"), str))
        return out
    return [x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")]


def _known_names(args: argparse.Namespace) -> KnownNames | None | str:
    """The known names of the run, or an error message."""
    names: list[str] = []
    for f in args.names:
        try:
            names.extend(read_names(Path(f)))
        except OSError as exc:
            return f"cannot read --names {f}: {exc.strerror or exc}"
    if args.learn_names:
        if "-" in args.inputs:
            return "--learn-names reads the inputs twice: it cannot read stdin (-)"
        pages = iter_pages(args.inputs, include=args.include, exclude=args.exclude,
                           all_files=args.all_files, passed_over=[])
        for line in run_lines(pages, jobs=args.jobs, timeout=args.timeout or None,
                              max_bytes=args.max_bytes, isolate=True,
                              max_memory=args.max_memory or None):
            names.extend(clean_list_names(json.loads(line)))
    return KnownNames(names) if names else None


def _done_sources(path: Path) -> tuple[set[str], set[str]]:
    """Sources already in a JSONL output, and those to try again: a page whose worker
    crashed once (its line is taken out of the file; a second crash is final). A torn
    last line (a killed run) is cut off."""
    done: set[str] = set()
    retry: set[str] = set()
    if not path.exists():
        return done, retry
    with path.open("rb+") as f:
        data = f.read()
        end = data.rfind(b"\n") + 1
        kept: list[bytes] = []
        for line in data[:end].splitlines(keepends=True):
            try:
                rec = json.loads(line)
                source = rec["source"]
            except (ValueError, KeyError, TypeError):
                kept.append(line)
                continue
            error = rec.get("error") if isinstance(rec, dict) else None
            if isinstance(error, dict) and error.get("type") == "WorkerCrashed" \
                    and error.get("attempts", 1) < 2:
                retry.add(source)
                continue
            done.add(source)
            kept.append(line)
        if retry:
            f.seek(0)
            f.write(b"".join(kept))
            f.truncate()
        elif end < len(data):
            f.truncate(end)
    return done - retry, retry


def _second_attempt(line: str) -> str:
    """The error line of a page that crashed its worker again on ``--resume``."""
    rec = json.loads(line)
    rec["error"]["attempts"] = 2
    return json.dumps(rec, ensure_ascii=False)


class _Writer:
    def __init__(self, stream: IO[str], fmt: str) -> None:
        self.stream, self.fmt, self.count = stream, fmt, 0
        if fmt == "csv":
            self.csv = csv.DictWriter(stream, fieldnames=CSV_FIELDS, extrasaction="ignore")
            self.csv.writeheader()
        elif fmt == "json":
            stream.write("[\n")

    def write(self, line: str) -> None:
        if self.fmt == "jsonl":
            self.stream.write(line + "\n")  # one write per whole line
        elif self.fmt == "json":
            self.stream.write(("" if not self.count else ",\n") + line)
        else:
            buf = io.StringIO()
            csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore").writerow(
                _csv_row(json.loads(line)))
            self.stream.write(buf.getvalue())
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n")
        self.stream.flush()


def _csv_row(d: dict[str, Any]) -> dict[str, Any]:
    if "error" in d:
        return {"source": d["source"], "url": d.get("url"), "error_type": d["error"]["type"],
                "error_message": d["error"]["message"]}
    row = {k: d.get(k) for k in CSV_FIELDS}
    row["signatory_count"] = len(d["signatories"])
    row["signatories"] = " | ".join(s["name"] for s in d["signatories"])
    row["problems"] = " ".join(p["code"] for p in d["problems"])
    return row


_SOURCE = re.compile(r'"source": ("(?:[^"\\]|\\.)*")')


class _Plan:
    """What the progress bar counts toward: pages when every unit is one page (files
    and folders), else bytes of the inputs (WARC archives, read record by record: a
    line's ``FILE#OFFSET`` says how far its archive has been read)."""

    def __init__(self, units: list[str], done: set[str]) -> None:
        self.warcs = {u for u in units if is_warc(Path(u))}
        self.sizes = {}
        for u in units:
            try:
                self.sizes[u] = Path(u).stat().st_size
            except OSError:
                self.sizes[u] = 0
        self.bytes = bool(self.warcs)
        self.total = (sum(self.sizes.values()) if self.bytes
                      else sum(1 for u in units if u not in done))
        self.read: dict[str, int] = {}
        self.current: str | None = None

    def advance(self, line: str) -> int:
        """How far one output line moves the bar."""
        if not self.bytes:
            return 1
        m = _SOURCE.search(line[:4000])
        source = json.loads(m.group(1)) if m else ""
        unit, offset = source, None
        if source not in self.sizes and "#" in source:
            unit, _, tail = source.rpartition("#")
            offset = int(tail) if tail.isdigit() else None
        step = 0
        if self.current is not None and unit != self.current:
            step += self._rest(self.current)  # the archive before is read to its end
        self.current = unit
        if unit not in self.sizes:
            return step
        if offset is None or unit not in self.warcs:
            return step + self._rest(unit)
        step += max(offset - self.read.get(unit, 0), 0)
        self.read[unit] = max(offset, self.read.get(unit, 0))
        return step

    def _rest(self, unit: str) -> int:
        rest = self.sizes.get(unit, 0) - self.read.get(unit, 0)
        self.read[unit] = self.sizes.get(unit, 0)
        return max(rest, 0)


def _progress(lines: Iterator[str], quiet: bool, plan: _Plan | None,
              counts: dict[str, int], output: str) -> Iterator[str]:
    """The lines, with a progress bar on a terminal: the output path, the total,
    percentage and ETA when known (pages of files and folders, bytes of WARC archives;
    not stdin), and the running counts of pages ok, with problems and failed."""
    if quiet or not sys.stderr.isatty():
        yield from lines
        return
    from tqdm import tqdm

    try:
        columns, rows = os.get_terminal_size(sys.stderr.fileno())
    except OSError:
        columns = rows = 0
    # a terminal that says no size (a bare pseudo-terminal) would get no bar at all
    size: dict[str, Any] = {"dynamic_ncols": True} if columns > 0 else {"ncols": 120}
    if rows <= 0:
        size["nrows"] = 24
    by_bytes = plan is not None and plan.bytes
    unit: dict[str, Any] = ({"unit": "B", "unit_scale": True, "unit_divisor": 1024}
                            if by_bytes else {"unit": "page"})
    name = output if len(output) <= 32 else "…" + output[-31:]
    with tqdm(total=plan.total if plan else None, desc=f"-> {name}", file=sys.stderr,
              **unit, **size) as bar:
        shown = (0, 0, 0)
        for line in lines:
            yield line
            bar.update(plan.advance(line) if plan else 1)
            now = (counts["ok"], counts["with_problems"], counts["failed"])
            if now != shown:
                shown = now
                bar.set_postfix_str(f"ok={now[0]} problems={now[1]} failed={now[2]}",
                                    refresh=False)
        if plan is not None and by_bytes:
            bar.update(max(plan.total - bar.n, 0))


def _plan(args: argparse.Namespace, done: set[str]) -> _Plan | None:
    """What the run will read, when that is known without reading it (not stdin)."""
    units = []
    for unit in iter_units(args.inputs, include=args.include, exclude=args.exclude,
                           all_files=args.all_files):
        if unit == "-":
            return None
        units.append(unit)
        if len(units) > 1_000_000:
            return None
    return _Plan(units, done)


class OutputFailure(Exception):
    """The output could not be written (the command exits 3, with this message)."""


def run(args: argparse.Namespace) -> int:
    """Run the batch; returns the exit code."""
    if args.jobs < 1:
        print("ngoclean: --jobs must be 1 or more", file=sys.stderr)
        return 2
    if args.timeout < 0 or args.timeout != args.timeout:
        print("ngoclean: --timeout must be 0 (none) or more seconds", file=sys.stderr)
        return 2
    if args.max_bytes < 1:
        print("ngoclean: --max-bytes must be 1 or more", file=sys.stderr)
        return 2
    if args.resume and (args.format != "jsonl" or args.output == "-"):
        print("ngoclean: --resume needs a --format jsonl output file", file=sys.stderr)
        return 2
    distributed = bool(args.dask or args.scheduler)
    if distributed and args.resume:
        print("ngoclean: --resume runs on this machine only (drop --dask/--scheduler)",
              file=sys.stderr)
        return 2
    if distributed:
        try:
            import distributed as _  # noqa: F401
        except ImportError:
            print("ngoclean: --dask and --scheduler need the dask extra: pip install '.[dask]' "
                  "from the checkout",
                  file=sys.stderr)
            return 2
    known = _known_names(args)
    if isinstance(known, str):
        print(f"ngoclean: {known}", file=sys.stderr)
        return 2
    out_path = None if args.output == "-" else Path(args.output)
    done, retry = _done_sources(out_path) if args.resume and out_path else (set(), set())
    passed_over: list[str] = []
    pages: Iterator[Page] = (p for p in iter_pages(args.inputs, include=args.include,
                                                   exclude=args.exclude,
                                                   include_errors=args.include_errors,
                                                   max_bytes=args.max_bytes,
                                                   passed_over=passed_over,
                                                   all_files=args.all_files)
                             if p.source not in done)
    try:
        stream = sys.stdout if out_path is None else out_path.open(
            "a" if args.resume else "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise OutputFailure(f"cannot write {args.output}: {exc.strerror or exc}") from None
    try:
        return _run(args, stream, out_path, done, retry, pages, distributed, known,
                    passed_over)
    except OSError as exc:  # the output failed (disk full, a closed pipe, a lost mount)
        with contextlib.suppress(OSError):
            stream.close()
        raise OutputFailure(
            f"cannot write {args.output}: {exc.strerror or exc}; the lines written so far "
            "stay, run again with --resume to go on") from None


def _run(args: argparse.Namespace, stream: IO[str], out_path: Path | None, done: set[str],
         retry: set[str], pages: Iterator[Page], distributed: bool, known: Any,
         passed_over: list[str]) -> int:
    writer = _Writer(stream, args.format)
    counts = {"pages": 0, "ok": 0, "with_problems": 0, "failed": 0}
    attached = bool(done)  # records of an earlier run may link to this one's
    t0 = time.perf_counter()
    try:
        if distributed:
            from .dask import iter_lines

            lines = iter_lines(args.inputs, scheduler=args.scheduler, workers=args.jobs,
                               include=args.include, exclude=args.exclude,
                               timeout=args.timeout or None, max_bytes=args.max_bytes,
                               names=known)
        else:
            lines = run_lines(pages, jobs=args.jobs, timeout=args.timeout or None,
                              max_bytes=args.max_bytes, names=known, isolate=True,
                              max_memory=args.max_memory or None)
        plan = None if args.quiet or not sys.stderr.isatty() else _plan(args, done)
        if done and not args.quiet:
            print(f"ngoclean: resuming: {len(done):,} sources already in {args.output} are "
                  "skipped", file=sys.stderr)
        for line in _progress(lines, args.quiet, plan, counts, args.output):
            if not attached and '"attachments": [{' in line:
                attached = True
            if retry and '"WorkerCrashed"' in line[:2000] and json.loads(line)["source"] in retry:
                line = _second_attempt(line)
            writer.write(line)
            counts["pages"] += 1
            if line.startswith('{"source"') and '"error": {' in line[:2000]:
                counts["failed"] += 1
            elif '"problems": []' in line:
                counts["ok"] += 1
            else:
                counts["with_problems"] += 1
        writer.close()
    except KeyboardInterrupt:
        writer.close()
        _summary(args, counts, done, passed_over, time.perf_counter() - t0)
        print("ngoclean: interrupted; run again with --resume to go on", file=sys.stderr)
        return 130
    finally:
        if out_path is not None:
            stream.close()
    if attached and out_path is not None and args.format == "jsonl":
        links = link_file(out_path)
        if links and not args.quiet:
            print(f"ngoclean: {links} attachment link(s) made between pages and the "
                  "documents they link", file=sys.stderr)
    _summary(args, counts, done, passed_over, time.perf_counter() - t0)
    return 1 if counts["failed"] else 0


def link_file(path: Path) -> int:
    """Link the pages and attached documents of a records file
    (:func:`ngoclean.link_records`), rewriting it in place (through a file beside it,
    so that it is whole at every moment) when a link was made; returns the links. Only
    each record's id, URL and attachments are held in memory, not the records."""
    small: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                rec = None
            if not isinstance(rec, dict) or "error" in rec:
                small.append({"error": True})
                continue
            small.append({"id": rec.get("id"), "url": rec.get("url"),
                          "attachments": rec.get("attachments") or [],
                          "attachment_of": rec.get("attachment_of") or []})
    before = [json.dumps([r.get("attachments"), r.get("attachment_of")]) for r in small]
    links = link_records(small)
    if not links:
        return 0
    temp = path.with_name(path.name + ".linking")
    with path.open(encoding="utf-8") as f, temp.open("w", encoding="utf-8", newline="") as out:
        for k, line in enumerate(f):
            info = small[k]
            if json.dumps([info.get("attachments"), info.get("attachment_of")]) == before[k]:
                out.write(line)
                continue
            rec = json.loads(line)
            rec["attachments"], rec["attachment_of"] = info["attachments"], info["attachment_of"]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(temp, path)
    return links


def _summary(args: argparse.Namespace, counts: dict[str, int], done: set[str],
             passed_over: list[str], seconds: float) -> None:
    if args.quiet:
        return
    rate = counts["pages"] / seconds if seconds else 0.0
    kinds = Counter(passed_over)
    detail = f" ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})" if kinds else ""
    print(f"pages {counts['pages']}, ok {counts['ok']}, with problems "
          f"{counts['with_problems']}, failed {counts['failed']}, skipped (resume) "
          f"{len(done)}, not pages {len(passed_over)}{detail}, "
          f"{rate:.1f} pages/s", file=sys.stderr)
