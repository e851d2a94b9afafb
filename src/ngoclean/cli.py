"""The ``ngoclean`` command.

Exit codes: 0 success; 1 some input could not be read (each named on stderr, the
others still processed); 2 usage error (unknown option, missing argument, a bad value);
3 the output could not be written (disk full, no such folder, not writable); 130
interrupted (Ctrl-C). No Python traceback reaches the terminal: an unexpected error is
one line naming it (exit 1), and ``--debug`` shows its traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .clean_cli import OutputFailure
from .clean_cli import add_parser as add_clean_parser
from .clean_cli import run as run_clean
from .errors import NgocleanError
from .index_cli import add_parsers as add_index_parsers
from .index_cli import run as run_index
from .read import load
from .record import parse
from .render import FORMATS, render
from .repairs import repair

__all__ = ["main"]

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ngoclean",
        description="Turn scraped NGO pages into clean, structured records.",
        epilog="Exit codes: 0 ok, 1 some input could not be read, 2 usage error, "
               "3 the output could not be written, 130 interrupted.",
    )
    p.add_argument("--version", action="version", version=f"ngoclean {__version__}")
    p.add_argument("--debug", action="store_true",
                   help="show the Python traceback of an unexpected error")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    pp = sub.add_parser("parse", help="print one JSON record per input file")
    pp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    pp.add_argument("--url", help="the page's URL (with a single FILE)")
    pp.add_argument("--indent", type=int, default=None, help="pretty-print JSON")
    pp.add_argument("--format", choices=["json", *FORMATS], default="json",
                    help="json (the record, one line per file unless --indent), markdown "
                         "(title, date, body with headings and lists, signatories) or txt")

    pe = sub.add_parser("explain", help="show kept and dropped blocks with reasons, and repairs")
    pe.add_argument("file", type=Path, metavar="FILE")
    pe.add_argument("--url", help="the page's URL")
    pe.add_argument("--width", type=int, default=100, help="characters of text per line")

    add_clean_parser(sub)
    add_index_parsers(sub)

    pr = sub.add_parser("repair", help="print repaired text (stdin when no FILE)")
    pr.add_argument("file", nargs="?", type=Path, metavar="FILE")
    pr.add_argument("--explain", action="store_true",
                    help="list the repairs (step, offset, before -> after) on stderr")
    pr.add_argument("--json", action="store_true",
                    help="print {text, repairs} as JSON instead of the text")
    for command in sub.choices.values():  # `ngoclean parse --debug ...` works too
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                             help=argparse.SUPPRESS)
    return p


def _err(message: str) -> None:
    print(f"ngoclean: {message}", file=sys.stderr)


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.url and len(args.files) > 1:
        _err("--url needs exactly one FILE")
        return EXIT_USAGE
    status = EXIT_OK
    printed = 0
    for path in args.files:
        try:
            rec = parse(path, url=args.url)
        except NgocleanError as exc:
            _err(str(exc))
            status = EXIT_INPUT
            continue
        if args.format == "json":
            print(json.dumps(rec.to_dict(), ensure_ascii=False, indent=args.indent), flush=True)
        else:
            if printed:  # pages one after another: a rule between them
                sys.stdout.write("\n---\n\n" if args.format == "markdown" else "\n\f\n")
            sys.stdout.write(render(rec.to_dict(), args.format))
            sys.stdout.flush()
        printed += 1
    return status


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _cmd_explain(args: argparse.Namespace) -> int:
    try:
        rec = parse(args.file, url=args.url)
    except NgocleanError as exc:
        _err(str(exc))
        return EXIT_INPUT
    w = args.width
    out = [f"source:   {rec.source}",
           f"title:    {rec.title}",
           f"date:     {rec.date.isoformat() if rec.date else None}  ({rec.date_source})",
           f"author:   {rec.author}",
           f"site:     {rec.site_name}",
           f"language: {rec.language}",
           f"id:       {rec.id}", ""]
    paragraphs = rec.body.split("\n\n") if rec.body else []
    out.append(f"KEPT: {len(paragraphs)} body paragraphs")
    out.extend(f"  + {_short(p, w)}" for p in paragraphs)
    out.append(f"DROPPED: {len(rec.dropped)} blocks or lines")
    out.extend(f"  - [{d.block}{f' p{d.page}' if d.page else ''}] {d.reason:<14} "
               f"{_short(d.text, w - 20)}" for d in rec.dropped)
    out.append(f"SIGNATORIES: {len(rec.signatories)}")
    out.extend(f"  * {s.name}" + (f"  [acronym {s.acronym}]" if s.acronym else "") +
               (f"  [country {s.country}]" if s.country else "") +
               ("  [person]" if s.kind == "person" else "") for s in rec.signatories)
    out.append(f"REPAIRS: {len(rec.repairs)}")
    for r in rec.repairs:
        where = f"{r.field}" + (f"[{r.block}]" if r.block is not None else "") + (
            f"p{r.page}" if r.page else "") + f"@{r.start}"
        out.append(f"  ~ {r.step:<16} {where:<18} {_short(repr(r.before), 40)} -> "
                   f"{_short(repr(r.after), 40)}")
    out.append(f"PROBLEMS: {len(rec.problems)}")
    out.extend(f"  ! {p.code}: {p.detail}" for p in rec.problems)
    print("\n".join(out))
    return EXIT_OK


def _cmd_repair(args: argparse.Namespace) -> int:
    try:
        if args.file is None:
            data = sys.stdin.buffer.read()
            text = load(data).text
        else:
            text = load(args.file).text
    except NgocleanError as exc:
        _err(str(exc))
        return EXIT_INPUT
    fixed = repair(text)
    if args.json:
        print(json.dumps({"text": fixed.text, "repairs": [r.to_dict() for r in fixed.repairs]},
                         ensure_ascii=False))
    else:
        sys.stdout.write(fixed.text if fixed.text.endswith("\n") else fixed.text + "\n")
    if args.explain:
        for r in fixed.repairs:
            print(f"{r.step}\t@{r.start}\t{r.before!r} -> {r.after!r}", file=sys.stderr)
        print(f"{len(fixed.repairs)} repairs", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return _dispatch(args)
    except BrokenPipeError:  # e.g. piped into `head`
        _drop_stdout()
        return EXIT_OK
    except OutputFailure as exc:
        _err(str(exc))
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except OSError as exc:  # standard output failed (disk full, a closed descriptor)
        if args.debug:
            traceback.print_exc()
        _err(f"cannot write the output: {exc.strerror or exc}")
        _drop_stdout()
        return EXIT_OUTPUT
    except Exception as exc:  # a bug: one line, the traceback only when asked for
        if args.debug:
            traceback.print_exc()
        _err(f"unexpected error: {type(exc).__name__}: {exc}"[:500] +
             ("" if args.debug else " (run with --debug for the traceback)"))
        return EXIT_INPUT


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "parse":
        return _cmd_parse(args)
    if args.command == "explain":
        return _cmd_explain(args)
    if args.command == "clean":
        return run_clean(args)
    if args.command in ("index", "search", "orgs", "export", "stats"):
        return run_index(args)
    return _cmd_repair(args)


def _drop_stdout() -> None:
    """Point standard output at nothing, so that the interpreter's last flush of a
    failed output does not end in a traceback."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
