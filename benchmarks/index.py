"""Search-index benchmark: build speed and query latency on generated records.

Usage::

    python benchmarks/index.py [--records 10000]
    python benchmarks/index.py --concurrent 40000   # two `ngoclean index` runs at once

Records are generated (titles, bodies of a few paragraphs, 5-60 signatories drawn from
``benchmarks/data/organisations.txt``) and added to a fresh SQLite index on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ngoclean.index import Index

HERE = Path(__file__).parent
WORDS = ("rights defenders civil society government council resolution protection freedom "
         "expression assembly association journalists lawyers release detention authorities "
         "reprisals accountability justice peaceful protest women indigenous land environment "
         "libération droits défenseurs derechos protección periodistas").split()


def records(n: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    names = [x.strip() for x in (HERE / "data" / "organisations.txt").read_text(
        encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    out = []
    for i in range(n):
        body = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120)))
                           for _ in range(rng.randint(2, 6)))
        sigs = [{"name": s, "acronym": None, "country": None, "kind": "organisation",
                 "raw": s} for s in rng.sample(names, rng.randint(5, 60))]
        out.append({"id": f"{i:032x}", "source": f"page-{i}.html", "url": None,
                    "title": " ".join(rng.choice(WORDS) for _ in range(8)).capitalize(),
                    "date": f"{rng.randint(2005, 2024)}-{rng.randint(1, 12):02d}-"
                            f"{rng.randint(1, 28):02d}",
                    "language": "en", "body": body, "signatories": sigs,
                    "problems": [], "repairs": [], "dropped": []})
    return out


def concurrent(n: int) -> None:
    """Two ``ngoclean index`` commands writing ``n`` records each into one database at
    the same moment: every record of both must be in it."""
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for k in range(2):
            path = Path(tmp) / f"part{k}.jsonl"
            with path.open("w", encoding="utf-8") as f:
                for rec in records(n, seed=10 + k):
                    rec["id"] = f"{k}{rec['id'][1:]}"
                    rec["source"] = f"run{k}/{rec['source']}"
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            files.append(path)
        db = Path(tmp) / "shared.sqlite"
        env = dict(os.environ, PYTHONPATH=str(HERE.parent / "src"))
        t0 = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-m", "ngoclean", "index", str(f),
                                   "--db", str(db)], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for f in files]
        outs = [p.communicate() for p in procs]
        seconds = time.perf_counter() - t0
        with sqlite3.connect(db) as con:
            count = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    codes = [p.returncode for p in procs]
    print(f"two concurrent index runs of {n} records: exit codes {codes}, {count} of {2 * n} "
          f"records in the database ({2 * n - count} lost), {seconds:.1f} s")
    for _out, err in outs:
        if err.strip():
            print("  stderr:", err.decode(errors="replace").strip()[-300:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=10000)
    ap.add_argument("--concurrent", type=int, metavar="N",
                    help="instead: two index commands of N records each into one database")
    args = ap.parse_args()
    if args.concurrent:
        concurrent(args.concurrent)
        return
    recs = records(args.records)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.sqlite")
        t0 = time.perf_counter()
        with Index(db) as idx:
            idx.add(recs)
        build = time.perf_counter() - t0
        t0 = time.perf_counter()
        with Index(db) as idx:
            again = idx.add(recs)
        reindex = time.perf_counter() - t0
        queries = [("journalists", {}), ('"civil society"', {}), ("protec*", {}),
                   ("droits OR derechos", {}),
                   ("detention", {"signatory": "Amnesty International"}),
                   ("protest", {"since": "2015-01-01", "until": "2019-12-31"})]
        with Index(db) as idx:
            timings: dict[str, list[float]] = {}
            for q, kw in queries:
                label = q + (" +" + ",".join(kw) if kw else "")
                for _ in range(20):
                    t = time.perf_counter()
                    idx.search(q, limit=10, **kw)
                    timings.setdefault(label, []).append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            idx.orgs(top=20)
            orgs_ms = (time.perf_counter() - t) * 1000
        size = Path(db).stat().st_size / 1e6
    print(f"{args.records} records: build {build:.1f} s = {args.records / build:.0f} records/s; "
          f"re-index (no change, {again} added) {reindex:.1f} s; database {size:.0f} MB")
    print(f"{'query':<48}{'median ms':>10}{'p95 ms':>10}")
    for label, ms in timings.items():
        ms.sort()
        print(f"{label:<48}{statistics.median(ms):>10.2f}{ms[int(len(ms) * 0.95) - 1]:>10.2f}")
    print(f"orgs top 20: {orgs_ms:.1f} ms")


if __name__ == "__main__":
    main()
