"""Hostile and broken input: property-based fuzzing and a battery of nasty pages.

Time bounds live in benchmarks/robustness.py; here a generous guard only catches hangs.
"""

from __future__ import annotations

import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ngoclean
from nasty_inputs import NASTY

SLOW = 60.0  # seconds: a hang guard, not a speed test


def alnum(text: str) -> Counter[str]:
    return Counter(c for c in text if c.isalnum())


_LINES = st.sampled_from([
    "Title of the page", "Date: 10 December 2015", "Signatories:", "Human Rights Watch",
    "Amnesty International Front Line Defenders", "We urge the States to act now for all.",
    "TOP > News > Details", "Back Number", "non-\u2010State", "pdficon_small", "", "",
    "Copyright © X. All rights reserved.", "1. Access Now", "x", "ÀÉÎ õü", "of the",
    "Share this: Facebook Twitter", "Page 1 of 2", "Date: 10 December 2015",
    "Organisations", "Individuals", "Jane Doe, Director", "Signed by: A1 Org, B2 Org and C3 Org.",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, min_size=1, max_size=25).map("\n".join))
def test_nothing_is_silently_lost(text: str) -> None:
    """Every letter and digit of the repaired page is in the body, a signatory's raw text
    or a dropped line (with its reason)."""
    try:
        rec = ngoclean.parse(text)
    except ngoclean.NgocleanError:
        return
    doc = ngoclean.replay(text, [r for r in rec.repairs if r.field == "document"])
    kept = alnum(rec.body) + sum((alnum(s.raw) for s in rec.signatories), Counter()) + sum(
        (alnum(d.text) for d in rec.dropped), Counter())
    assert not alnum(doc) - kept


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_record_or_a_documented_error(data: bytes) -> None:
    try:
        rec = ngoclean.parse(data)
    except ngoclean.NgocleanError:
        return
    assert isinstance(rec.to_dict(), dict)


_HTMLISH = st.text(alphabet=st.sampled_from(list("<>/=\"' abpdivulitrd&;#x0129\n\u00a0\u2010-é")),
                   max_size=800)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=1500), _HTMLISH.map(lambda s: "<html><body>" + s)))
def test_any_text_gives_a_record_or_a_documented_error(text: str) -> None:
    try:
        rec = ngoclean.parse(text)
    except ngoclean.NgocleanError:
        return
    assert rec.id and isinstance(rec.body, str)


@pytest.mark.parametrize("name", list(NASTY))
def test_nasty_input_gives_a_record_or_a_clear_error(name: str) -> None:
    t0 = time.perf_counter()
    try:
        rec = ngoclean.parse(NASTY[name])  # type: ignore[arg-type]
    except ngoclean.NgocleanError as exc:
        assert str(exc)
    else:
        assert isinstance(rec.to_dict(), dict)
        assert "root:" not in rec.body  # no external entity was read
    assert time.perf_counter() - t0 < SLOW


def test_binary_inputs_name_what_they_are() -> None:
    with pytest.raises(ngoclean.BinaryInputError, match="PNG"):
        ngoclean.parse(NASTY["png bytes"])  # type: ignore[arg-type]


def test_size_bound_is_configurable_and_clear() -> None:
    with pytest.raises(ngoclean.InputTooLargeError, match="over the limit"):
        ngoclean.parse(b"<p>x</p>" * 1000, max_bytes=1000)
    assert ngoclean.parse(b"<p>some text</p>" * 10, max_bytes=1000).body


def test_time_budget_is_configurable_and_clear() -> None:
    page = "<html><body>" + "<p>word word word word.</p>" * 100000 + "</body></html>"
    with pytest.raises(ngoclean.TimeLimitError):
        ngoclean.parse(page, timeout=0.05)
    assert ngoclean.parse("<p>quick page of text</p>", timeout=10).body
