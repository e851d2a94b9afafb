"""A small seeded run of the mutation campaign (benchmarks/fuzz.py, 3,000+ mutants
outside the suite): no undocumented exception, no hang past the bound, no crash."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parent.parent / "benchmarks"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork workers")
def test_a_small_seeded_campaign_finds_nothing_undocumented() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import fuzz
    finally:
        sys.path.remove(str(BENCH))
    report = fuzz.run(count=60, seed=20261201, jobs=2, timeout=20.0, max_memory=2 ** 30)
    assert report["pages"] >= 60
    assert report["records"] + report["documented_errors"] == report["pages"], report
    assert report["undocumented"] == report["hangs"] == report["crashes"] == 0, report
    assert report["over_memory"] == 0, report


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork workers")
def test_a_small_seeded_campaign_of_mutated_pdfs_finds_nothing_undocumented() -> None:
    pytest.importorskip("pypdfium2")
    pytest.importorskip("reportlab")
    sys.path.insert(0, str(BENCH))
    try:
        import fuzz
    finally:
        sys.path.remove(str(BENCH))
    report = fuzz.run(count=80, seed=20261202, jobs=2, timeout=20.0, max_memory=2 ** 30,
                      pdf=True)
    assert report["pages"] == 80
    assert report["records"] + report["documented_errors"] == report["pages"], report
    assert report["undocumented"] == report["hangs"] == report["crashes"] == 0, report
    assert report["records"] >= 20 and report["documented_errors"] >= 5, report
