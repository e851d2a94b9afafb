"""Golden tests: each text-dump fixture has an expected record, checked by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

import ngoclean
from conftest import FIXTURES, comparable, load_json

CASES = sorted((FIXTURES / "text").glob("*.expected.json"))


def _page(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    return next(p for p in expected.parent.iterdir()
                if p.name.startswith(stem + ".") and not p.name.endswith(".json"))


@pytest.mark.parametrize("expected", CASES, ids=[c.name.split(".")[0] for c in CASES])
def test_text_fixture(expected: Path) -> None:
    want = load_json(expected)
    record = ngoclean.parse(_page(expected)).to_dict()
    assert comparable(record, list(want)) == want


def test_enough_fixtures() -> None:
    assert len(CASES) >= 11
