"""Precision of list finding on news pages: no page of AEB's 181 or htmldate's 1,000
should yield a signatory list (none of them carries one).

Data as for ``benchmarks/peers.py`` (``$NGOCLEAN_BENCH_DATA/aeb``,
``$NGOCLEAN_BENCH_DATA/htmldate/tests``)::

    python benchmarks/news_lists.py [-v]
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import ngoclean


def data_dir() -> Path:
    return Path(os.environ.get("NGOCLEAN_BENCH_DATA", Path.home() / ".cache" / "ngoclean-bench"))


def pages() -> Iterator[tuple[str, Path]]:
    for p in sorted((data_dir() / "aeb" / "html").glob("*.html.gz")):
        yield "aeb", p
    root = data_dir() / "htmldate" / "tests"
    for sub in ("cache", "eval", "test_set"):
        for p in sorted((root / sub).glob("*.html*")):
            yield "htmldate", p


def read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="name the pages and lists")
    args = ap.parse_args(argv)
    counts: dict[str, list[int]] = {}
    for corpus, path in pages():
        try:
            rec = ngoclean.parse(read(path))
        except ngoclean.NgocleanError:
            continue
        seen = counts.setdefault(corpus, [0, 0])
        seen[0] += 1
        if rec.signatories:
            seen[1] += 1
            if args.verbose:
                names = "; ".join(s.name for s in rec.signatories[:5])
                print(f"  {corpus} {path.name}: {len(rec.signatories)} ({names})")
    for corpus, (n, with_list) in counts.items():
        print(f"{corpus}: {n} pages, {with_list} with a list")
    return 0


if __name__ == "__main__":
    sys.exit(main())
