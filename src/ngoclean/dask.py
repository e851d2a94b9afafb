"""Cleaning beyond one machine with Dask: a bag of records, one partition per file.

Needs the optional extra: ``pip install '.[dask]'`` (from the checkout). Each partition is one input
file or one WARC archive, listed in the client and read only on the workers; the results
are the same dicts (records and error lines) as ``ngoclean clean`` writes, in the same
order.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Letter title\\n\\nSome text of the letter here.")
>>> _ = (folder / "b.html").write_bytes(b"")
>>> bag = records_bag([folder])
>>> bag.npartitions
2
>>> [("error" in d) for d in bag.compute(scheduler="sync")]
[False, True]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .batch import process_page, result_line
from .read import DEFAULT_MAX_BYTES
from .segment import KnownNames
from .sources import Page, iter_pages, iter_units

__all__ = ["iter_lines", "lines_bag", "records_bag", "write_jsonl"]


def _clean_unit(unit: str, timeout: float | None, max_bytes: int,
                names: KnownNames | None = None) -> list[str]:
    """All result lines of one unit (a file, or every HTML record of a WARC)."""
    pages: Iterable[Page] = iter_pages([unit])
    return [result_line(process_page(p, timeout, max_bytes, names)) for p in pages]


def records_bag(inputs: Iterable[str | Path], *, include: Sequence[str] = (),
                exclude: Sequence[str] = (), timeout: float | None = 60.0,
                max_bytes: int = DEFAULT_MAX_BYTES, names: KnownNames | None = None) -> Any:
    """A ``dask.bag.Bag`` of record dicts (and error dicts), one partition per unit."""
    import dask.bag as db

    units = list(iter_units(inputs, include=include, exclude=exclude))
    if not units:
        return db.from_sequence([], npartitions=1)
    lines = db.from_sequence(units, npartitions=len(units)).map(
        _clean_unit, timeout, max_bytes, names).flatten()
    return lines.map(json.loads)


def lines_bag(inputs: Iterable[str | Path], **kwargs: Any) -> Any:
    """Like :func:`records_bag`, as the JSON lines ``ngoclean clean`` writes."""
    return records_bag(inputs, **kwargs).map(lambda d: json.dumps(d, ensure_ascii=False))


def write_jsonl(inputs: Iterable[str | Path], folder: str | Path, **kwargs: Any) -> list[str]:
    """Clean the inputs into ``folder/part-NNNNN.jsonl`` files (records and error lines)."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    # each part ends with a newline, so that `cat part-*` never merges two lines
    return list(lines_bag(inputs, **kwargs).to_textfiles(str(out / "part-*.jsonl"),
                                                          name_function=lambda i: f"{i:05d}",
                                                          last_endline=True))


def iter_lines(inputs: Iterable[str | Path], *, scheduler: str | None = None, workers: int = 2,
               **kwargs: Any) -> Iterator[str]:
    """Result lines in input order, computed on a Dask cluster (``scheduler`` address) or
    on a local cluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        units = list(iter_units(inputs, include=kwargs.pop("include", ()),
                                exclude=kwargs.pop("exclude", ())))
        timeout = kwargs.get("timeout", 60.0)
        max_bytes = kwargs.get("max_bytes", DEFAULT_MAX_BYTES)
        names = kwargs.get("names")
        shared = client.scatter(names, broadcast=True) if names else None
        futures = client.map(_clean_unit, units, timeout=timeout, max_bytes=max_bytes,
                             names=shared, pure=False)
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
