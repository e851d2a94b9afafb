"""Dask benchmark: pages/s of a batch on a local Dask cluster of 1 and 2 worker processes.

Generates a folder of NGO pages (the template of benchmarks/batch.py), then cleans it with
``ngoclean.dask.records_bag`` (one partition per file) on a ``LocalCluster``.

Usage::

    pip install 'ngoclean[dask]' -r benchmarks/requirements.txt
    python benchmarks/dask_batch.py [--pages 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

from ngoclean.dask import records_bag

sys.path.insert(0, str(Path(__file__).parent))
from batch import page  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in range(args.pages):
            (folder / f"page-{n:05d}.html").write_bytes(page(rng, n))
        print(f"{'workers':>8}{'pages':>8}{'seconds':>10}{'pages/s':>10}")
        for workers in (int(x) for x in args.workers.split(",")):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster):
                records_bag([folder / "page-00000.html"]).compute()  # start the workers
                t0 = time.perf_counter()
                n = records_bag([folder]).count().compute()
                seconds = time.perf_counter() - t0
            print(f"{workers:>8}{n:>8}{seconds:>10.1f}{n / seconds:>10.1f}", flush=True)


if __name__ == "__main__":
    main()
