"""Two writers into one index at once lose no record (each waits for the other's lock)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from ngoclean.index import Index


def _records(tag: str, n: int) -> list[dict[str, Any]]:
    return [{"id": f"{tag}{i:031x}"[:32], "title": f"Letter {tag} {i}", "body": "We urge.",
             "date": "2020-01-02", "language": "en", "source": f"{tag}/{i}",
             "signatories": [{"name": f"Organisation {i % 50}", "kind": "organisation"}]}
            for i in range(n)]


def _writer(path: str, tag: str, n: int) -> None:
    with Index(path) as index:
        index.add(_records(tag, n), batch=100)


def test_two_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "letters.db")
    Index(path).close()  # the schema first
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, tag, 3000)) for tag in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with Index(path) as index:
        count = index.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert count == 6000
