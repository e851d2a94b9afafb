"""A seeded mutation campaign: damaged copies of real and fixture pages through the batch.

Every mutant goes through the batch's own worker pool (``ngoclean.workers.run_pool``)
with real bounds (``--timeout`` per page, ``--max-memory`` per worker), as ``ngoclean
clean`` runs it. Counted: records, documented errors (an ``NgocleanError`` subclass, by
name), undocumented exceptions (anything else: must be 0), hangs past the bound (pages
stopped by the timeout: must be 0), pages over the memory cap, crashed workers, and the
worst time and peak resident memory of one page.

Seeds: the HTML and text fixtures of ``tests/fixtures``, and, when ``../shared`` is beside
the checkout, its fixtures and real letters and dumps. Mutators: byte flips, truncation,
tag floods, deep nesting, attribute floods, wrong or odd declared charsets, re-encodings,
NUL bytes, lone surrogates, control and bidi characters, repeated slices, lost newlines,
JSON-LD nested deep, one huge line, entity floods; and WARC records (length, chunking,
gzip, status faults) read by ``warc_pages`` first.

    python benchmarks/fuzz.py                      # 3,000 mutants, seed 1, 2 workers
    python benchmarks/fuzz.py --mutants 200 --seed 7 --json fuzz.json
    python benchmarks/fuzz.py --pdf --mutants 400   # mutated PDF letters

Exit status 1 when an undocumented exception, a hang past the bound or a crash occurred.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from ngoclean import errors  # noqa: E402
from ngoclean.sources import Page, warc_pages  # noqa: E402
from ngoclean.workers import run_pool  # noqa: E402

SHARED = ROOT.parent / "shared"

DOCUMENTED = frozenset(name for name, obj in vars(errors).items()
                       if isinstance(obj, type) and issubclass(obj, errors.NgocleanError)) \
    | {"HttpStatus"}
BOUNDS = {"Timeout": "hangs", "MemoryError": "over_memory", "WorkerCrashed": "crashes"}


def seeds() -> list[tuple[str, bytes]]:
    """(name, bytes) of every seed page."""
    out: list[tuple[str, bytes]] = []
    fixtures = ROOT / "tests" / "fixtures"
    for folder in (fixtures / "html", fixtures / "text", SHARED / "fixtures",
                   SHARED / "real" / "letters", SHARED / "real" / "dumps"):
        if folder.is_dir():
            for p in sorted(folder.iterdir()):
                if p.suffix in (".html", ".htm", ".txt") and p.is_file():
                    out.append((str(p.relative_to(p.parent.parent)), p.read_bytes()))
    return out


Mutator = Callable[[random.Random, bytes], bytes | str]

GROWTH = 4_000_000
"""The most bytes a mutator adds: pages of tens of megabytes are a speed question
(benchmarks/robustness.py, the 50 MB page), not a hang."""


def _times(chunk: bytes, n: int) -> bytes:
    return chunk * max(1, min(n, GROWTH // max(1, len(chunk))))


def _flip(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice([1, 5, 50, 500])):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _insert(rng: random.Random, data: bytes, chunk: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + chunk + data[at:]


def _tag_flood(rng: random.Random, data: bytes) -> bytes:
    tag = rng.choice([b"<div>", b"<p>", b"<li>", b"<br>", b"<td>", b"</div>", b"<b><i>", b"<"])
    return _insert(rng, data, _times(tag, rng.choice([1000, 20_000, 100_000])))


def _nesting(rng: random.Random, data: bytes) -> bytes:
    n = rng.choice([500, 5000, 50_000])
    tag = rng.choice([b"div", b"span", b"table", b"ul", b"blockquote"])
    return (b"<" + tag + b">") * n + data + (b"</" + tag + b">") * n


def _attributes(rng: random.Random, data: bytes) -> bytes:
    n = rng.choice([1000, 30_000, 100_000])
    attrs = b" ".join(b'a%d="%d"' % (i, i) for i in range(n))
    return _insert(rng, data, b"<div " + attrs + b">x</div>")


def _charset(rng: random.Random, data: bytes) -> bytes:
    label = rng.choice([b"utf-16", b"cp037", b"shift_jis", b"koi8-r", b"base64", b"rot13",
                        b"zlib", b"undefined", b"utf-7", b"x-unknown", b"hex", b"idna",
                        b"utf-32", b"gb18030", b"iso-2022-jp", b"\xff\xfe"])
    return b'<meta charset="' + label + b'">' + data


def _reencode(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1",
                        "cp1251", "shift_jis", "gb18030", "utf-8-sig", "cp037"])
    return text.encode(codec, "replace")


def _nul(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.choice([1, 10, 200])):
        out = _insert(rng, out, b"\x00" * rng.choice([1, 4, 64]))
    return out


def _surrogates(rng: random.Random, data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    for _ in range(rng.choice([1, 10, 100])):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + chr(rng.randrange(0xD800, 0xE000)) + text[at:]
    return text


def _controls(rng: random.Random, data: bytes) -> bytes:
    chars = ["\u202e", "\u200b", "\u2010", "\u00a0", "\u0301" * 50, "\ufeff", "\x0b", "\x1b",
             "\u2028", "\U0001f600", "\ufffd", "\r", "\u00ad"]
    out = data
    for _ in range(rng.choice([1, 20, 500])):
        out = _insert(rng, out, rng.choice(chars).encode("utf-8"))
    return out


def _repeat(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    a = rng.randrange(len(data))
    piece = data[a: a + rng.choice([1, 10, 200, 2000])]
    return _insert(rng, data, _times(piece, rng.choice([100, 2000, 20_000])))


def _no_newlines(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\n", rng.choice([b"", b" ", b"\r"]))


def _jsonld(rng: random.Random, data: bytes) -> bytes:
    n = rng.choice([100, 1000, 10_000])
    inner = "[" * n + '{"@type": "NewsArticle", "datePublished": "2020-01-02"}' + "]" * n
    return _insert(rng, data, b'<script type="application/ld+json">' + inner.encode()
                   + b"</script>")


def _huge_line(rng: random.Random, data: bytes) -> bytes:
    word = rng.choice([b"word ", b"Org Centre ", b"-", b"a", b"\xe2\x80\x90", b"[1]", b"\n"])
    return _insert(rng, data, _times(word, rng.choice([10_000, 200_000, 1_000_000])))


def _entities(rng: random.Random, data: bytes) -> bytes:
    ent = rng.choice([b"&amp;", b"&#x2010;", b"&nbsp;", b"&#0;", b"&#xD800;", b"&bogus;",
                      b"&#99999999;"])
    return _insert(rng, data, _times(ent, rng.choice([100, 10_000, 100_000])))


MUTATORS: dict[str, Mutator] = {
    "flip": _flip, "truncate": _truncate, "tag_flood": _tag_flood, "nesting": _nesting,
    "attributes": _attributes, "charset": _charset, "reencode": _reencode, "nul": _nul,
    "surrogates": _surrogates, "controls": _controls, "repeat": _repeat,
    "no_newlines": _no_newlines, "jsonld": _jsonld, "huge_line": _huge_line,
    "entities": _entities,
}


def pdf_seeds() -> list[tuple[str, bytes]]:
    """The generated PDF letters of ``tests/pdfmake.py`` (reportlab, from
    benchmarks/requirements.txt), uncompressed and compressed."""
    sys.path.insert(0, str(ROOT / "tests"))
    import pdfmake

    return [(f"pdf:{name}", make()) for name, make in pdfmake.ALL.items()]


def _pdf_count(rng: random.Random, data: bytes) -> bytes:
    """A page tree claiming millions of pages, or a negative count."""
    return data.replace(b"/Count ", rng.choice([b"/Count 99999999", b"/Count -1 ",
                                                b"/Count 0 "]), 1)


def _pdf_nesting(rng: random.Random, data: bytes) -> bytes:
    """Arrays and dictionaries nested tens of thousands deep inside an object."""
    depth = rng.choice([1000, 50_000])
    chunk = b"[" * depth + b"]" * depth if rng.random() < 0.5 else b"<<" * depth
    return _insert(rng, data, chunk)


def _pdf_xref(rng: random.Random, data: bytes) -> bytes:
    """The cross-reference table shifted, cut or pointing past the end."""
    at = data.rfind(b"startxref")
    if at < 0:
        return _truncate(rng, data)
    fault = rng.choice([b"startxref\n999999999\n%%EOF", b"startxref\n-5\n%%EOF",
                        b"startxref\n0\n%%EOF", b""])
    return data[:at] + fault


def _pdf_stream(rng: random.Random, data: bytes) -> bytes:
    """A stream whose /Length lies, or whose bytes are random."""
    if rng.random() < 0.5:
        return data.replace(b"/Length ", b"/Length 9999999", 1)
    at = data.find(b"stream")
    if at < 0:
        return _flip(rng, data)
    return data[:at + 7] + bytes(rng.randrange(256) for _ in range(2000)) + data[at + 2007:]


def _pdf_objects(rng: random.Random, data: bytes) -> bytes:
    """Objects repeated thousands of times, or references made circular."""
    if rng.random() < 0.5:
        return data.replace(b"/Parent ", b"/Kids [1 0 R] /Parent ", 3)
    start = rng.randrange(len(data))
    return data[:start] + data[start:start + 400] * 2000 + data[start:]


PDF_MUTATORS: dict[str, Mutator] = {
    "flip": _flip, "truncate": _truncate, "repeat": _repeat, "nul": _nul,
    "pdf_count": _pdf_count, "pdf_nesting": _pdf_nesting, "pdf_xref": _pdf_xref,
    "pdf_stream": _pdf_stream, "pdf_objects": _pdf_objects,
}


def _warc_record(body: bytes, rng: random.Random) -> bytes:
    """A WARC response holding ``body``, with one fault of a broken crawler (or none)."""
    fault = rng.choice(["none", "length_short", "length_long", "http_long", "gzip_cut",
                        "chunks_broken", "chunks_cut", "status", "no_length", "truncated"])
    extra = b""
    if fault == "gzip_cut":
        body = gzip.compress(body)[: rng.randrange(1, 400)]
        extra = b"Content-Encoding: gzip\r\n"
    elif fault.startswith("chunks"):
        extra = b"Transfer-Encoding: chunked\r\n"
        chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
        body = b"zz\r\n" + body if fault == "chunks_broken" else chunked[: len(chunked) // 2]
    length = b"" if fault in ("gzip_cut", "no_length") or fault.startswith("chunks") else \
        b"Content-Length: %d\r\n" % (len(body) + (500 if fault == "http_long" else 0))
    status = b"404 Not Found" if fault == "status" else b"200 OK"
    payload = (b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html\r\n" + length + extra
               + b"\r\n" + body)
    delta = {"length_short": -min(300, len(payload)), "length_long": 300}.get(fault, 0)
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:f>\r\n"
              b"WARC-Target-URI: https://example.org/p\r\n"
              b"WARC-Date: 2021-01-01T00:00:00Z\r\n"
              b"Content-Type: application/http; msgtype=response\r\n"
              b"Content-Length: %d\r\n\r\n" % (len(payload) + delta) + payload + b"\r\n\r\n")
    return record[: len(record) // 2] if fault == "truncated" else record


@dataclass
class Mutant:
    number: int
    seed: str
    mutator: str


def mutants(count: int, seed: int, folder: Path, parent_errors: Counter[str],
            pdf: bool = False) -> Iterator[tuple[Mutant, Page]]:
    """``count`` mutated pages; one in ten is a WARC record read by ``warc_pages``
    (with ``pdf``: mutated PDF documents, none in WARC)."""
    rng = random.Random(seed)
    pool = pdf_seeds() if pdf else seeds()
    table = PDF_MUTATORS if pdf else MUTATORS
    names = sorted(table)
    for i in range(count):
        seed_name, data = rng.choice(pool)
        if i % 10 == 9 and not pdf:
            m = Mutant(i, seed_name, "warc")
            path = folder / f"m{i}.warc"
            path.write_bytes(_warc_record(data, rng))
            try:
                pages = list(warc_pages(path))
            except Exception as exc:  # the reading side must not raise either
                parent_errors[type(exc).__name__] += 1
                continue
            finally:
                path.unlink()
            for page in pages:
                yield m, page
            continue
        name = rng.choice(names)
        out = table[name](rng, data)
        if rng.random() < 0.15:  # a second mutation on top
            second = rng.choice(names)
            name = f"{name}+{second}"
            raw = out.encode("utf-8", "surrogatepass") if isinstance(out, str) else out
            out = table[second](rng, raw)
        m = Mutant(i, seed_name, name)
        if isinstance(out, str):  # text with lone surrogates, as a str source would carry
            out = out.encode("utf-8", "surrogatepass")
        yield m, Page(f"mutant-{i}", data=out)


def run(count: int, seed: int, jobs: int, timeout: float, max_memory: int,
        pdf: bool = False) -> dict[str, object]:
    parent_errors: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    errors_seen: Counter[str] = Counter()
    undocumented: list[dict[str, str]] = []
    bounded: list[dict[str, str]] = []
    stats: dict[int, tuple[float, int | None]] = {}
    order: list[Mutant] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        def pages() -> Iterator[Page]:
            for m, page in mutants(count, seed, Path(tmp), parent_errors, pdf):
                order.append(m)
                yield page

        for n, line in enumerate(run_pool(pages(), jobs=jobs, timeout=timeout,
                                          max_memory=max_memory, stats=stats)):
            d = json.loads(line)
            m = order[n]
            if "error" not in d:
                kinds["records"] += 1
                continue
            kind = d["error"]["type"]
            errors_seen[kind] += 1
            case = {"mutant": str(m.number), "seed": m.seed, "mutator": m.mutator,
                    "type": kind, "message": d["error"]["message"][:200]}
            if kind in BOUNDS:
                kinds[BOUNDS[kind]] += 1
                bounded.append(case)
            elif kind in DOCUMENTED:
                kinds["documented_errors"] += 1
            else:
                kinds["undocumented"] += 1
                undocumented.append(case)
    wall = time.perf_counter() - t0
    times = [(s, order[i]) for i, (s, _) in stats.items()]
    peaks = [(p, order[i]) for i, (_, p) in stats.items() if p is not None]
    slowest = max(times, key=lambda x: x[0]) if times else (0.0, None)
    biggest = max(peaks, key=lambda x: x[0]) if peaks else (0, None)
    return {
        "mutants": count, "pages": len(order), "seed": seed, "jobs": jobs, "timeout": timeout,
        "max_memory": max_memory, "seconds": round(wall, 1),
        "records": kinds["records"], "documented_errors": kinds["documented_errors"],
        "undocumented": kinds["undocumented"] + sum(parent_errors.values()),
        "hangs": kinds["hangs"], "over_memory": kinds["over_memory"],
        "crashes": kinds["crashes"], "error_types": dict(errors_seen.most_common()),
        "reading_exceptions": dict(parent_errors),
        "worst_seconds": round(slowest[0], 2),
        "worst_seconds_case": slowest[1].__dict__ if slowest[1] else None,
        "worst_peak_mb": round(biggest[0] / 2 ** 20, 1),
        "worst_peak_case": biggest[1].__dict__ if biggest[1] else None,
        "undocumented_cases": undocumented[:20], "bounded_cases": bounded[:20],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mutants", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="the bound per page (s; default 60, as ngoclean clean)")
    ap.add_argument("--max-memory", type=int, default=1024, help="per worker, in MB")
    ap.add_argument("--json", type=Path, help="write the full report here")
    ap.add_argument("--pdf", action="store_true",
                    help="mutate the generated PDF letters of tests/pdfmake.py instead")
    ap.add_argument("--dump", type=int, metavar="N", action="append", default=[],
                    help="write mutant N of this seed to mutant-N.bin (repeatable) and stop")
    args = ap.parse_args(argv)
    if args.dump:
        with tempfile.TemporaryDirectory() as tmp:
            for m, page in mutants(max(args.dump) + 1, args.seed, Path(tmp), Counter(),
                                   args.pdf):
                if m.number in args.dump and page.data is not None:
                    Path(f"mutant-{m.number}.bin").write_bytes(page.data)
                    print(f"mutant-{m.number}.bin: {m.mutator} of {m.seed}, "
                          f"{len(page.data):,} bytes")
        return 0
    report = run(args.mutants, args.seed, args.jobs, args.timeout, args.max_memory * 2 ** 20,
                 args.pdf)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"{report['mutants']} mutants ({report['pages']} pages), seed {report['seed']}, "
          f"{report['jobs']} workers, bound {report['timeout']} s and "
          f"{args.max_memory} MB, {report['seconds']} s")
    for key in ("records", "documented_errors", "undocumented", "hangs", "over_memory",
                "crashes"):
        print(f"  {key:18} {report[key]}")
    print(f"  worst time         {report['worst_seconds']} s  {report['worst_seconds_case']}")
    print(f"  worst peak memory  {report['worst_peak_mb']} MB  {report['worst_peak_case']}")
    print(f"  error types        {report['error_types']}")
    for case in report["undocumented_cases"] + report["bounded_cases"]:  # type: ignore[operator]
        print("  !", case)
    return 1 if report["undocumented"] or report["hangs"] or report["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
