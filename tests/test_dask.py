"""The same batch on a real Dask cluster (worker processes): the same lines as locally."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402

from conftest import FIXTURES  # noqa: E402
from ngoclean.batch import run_lines  # noqa: E402
from ngoclean.dask import records_bag, write_jsonl  # noqa: E402
from ngoclean.sources import iter_pages  # noqa: E402
from test_batch import make_warc  # noqa: E402

SRC = Path(__file__).parent.parent / "src"
HTML = sorted((FIXTURES / "html").glob("*.html"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("crawl")
    for page in HTML[:5]:
        (root / page.name).write_bytes(page.read_bytes())
    (root / "empty.html").write_bytes(b"")
    make_warc(root / "capture.warc.gz", [
        ("https://example.org/a", HTML[6].read_bytes(), "text/html"),
        ("https://example.org/logo.png", b"\x89PNG\r\n", "image/png"),
        ("https://example.org/b", HTML[7].read_bytes(), "text/html; charset=utf-8"),
    ])
    return [str(root), str(root / "missing.html")]


@pytest.fixture(scope="module")
def client() -> Client:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def local_lines(inputs: list[str]) -> list[str]:
    return list(run_lines(iter_pages(inputs), jobs=1, timeout=60))


def test_records_bag_equals_the_single_process_batch(client: Client, inputs: list[str]) -> None:
    bag = records_bag(inputs)
    assert bag.npartitions == 8  # 6 files, 1 WARC, 1 missing input: one partition each
    got = [json.dumps(d, ensure_ascii=False) for d in bag.compute()]
    assert got == local_lines(inputs)
    assert sum("error" in json.loads(x) for x in got) == 2


def test_partitioned_jsonl_holds_every_line(client: Client, inputs: list[str],
                                             tmp_path: Path) -> None:
    files = write_jsonl(inputs, tmp_path / "out")
    lines = [x for f in sorted(files) for x in Path(f).read_text(encoding="utf-8").splitlines()]
    assert lines == local_lines(inputs)
    # every part ends with a newline: `cat part-*` gives one line per page
    assert all(Path(f).read_bytes().endswith(b"\n") for f in files)
    joined = b"".join(Path(f).read_bytes() for f in sorted(files))
    assert joined.decode("utf-8").splitlines() == local_lines(inputs)


def test_cli_on_a_local_cluster_matches_the_local_batch(inputs: list[str],
                                                        tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    a, b = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    for out, extra in ((a, []), (b, ["--dask"])):
        subprocess.run([sys.executable, "-m", "ngoclean", "clean", *inputs, "-o", str(out),
                        "--jobs", "2", "--quiet", *extra], env=env, timeout=300,
                       capture_output=True)
    assert a.read_bytes() == b.read_bytes() and len(a.read_bytes().splitlines()) == 9
