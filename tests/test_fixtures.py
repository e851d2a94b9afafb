"""Golden tests: every fixture page (text dumps and HTML imitating real CMS templates) has an
expected record, checked by hand. A key listed in ``_known_failure`` holds the *correct*
value that ngoclean does not reach yet: that part is an expected failure (strict)."""

from __future__ import annotations

from pathlib import Path

import pytest

import ngoclean
from conftest import FIXTURES, comparable, load_json

CASES = sorted((FIXTURES / "text").glob("*.expected.json")) + sorted(
    (FIXTURES / "html").glob("*.expected.json"))


def _page(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    return next(p for p in expected.parent.iterdir()
                if p.name.startswith(stem + ".") and not p.name.endswith(".json"))


def _record(expected: Path) -> tuple[dict, dict, list[str]]:
    want = load_json(expected)
    url = want.pop("_url", None)
    known = want.pop("_known_failure", [])
    record = ngoclean.parse(_page(expected), url=url).to_dict()
    return want, record, known


@pytest.mark.parametrize("expected", CASES, ids=[f"{c.parent.name}/{c.name.split('.')[0]}"
                                                 for c in CASES])
def test_fixture(expected: Path) -> None:
    want, record, known = _record(expected)
    keys = [k for k in want if k not in known]
    assert comparable(record, keys) == {k: want[k] for k in keys}


KNOWN = [c for c in CASES if load_json(c).get("_known_failure")]


def test_known_failures_still_fail() -> None:
    """A key listed in ``_known_failure`` must still be wrong: promote it when it passes."""
    for expected in KNOWN:
        want, record, known = _record(expected)
        assert comparable(record, known) != {k: want[k] for k in known}, expected.name


def test_enough_fixtures() -> None:
    assert len(list((FIXTURES / "text").glob("*.expected.json"))) >= 11
    html = list((FIXTURES / "html").glob("*.expected.json"))
    assert len(html) >= 12
    langs = {load_json(c)["language"] for c in html}
    assert {"en", "fr", "es"} <= langs
