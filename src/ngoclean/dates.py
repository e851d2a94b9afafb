"""Dates in text: numeric and written forms in several languages.

Which of a page's dates is its publication date is decided in :mod:`ngoclean.pagedate`.

>>> [str(d.value) for d in find_dates("Date : 2015.12.10, letter of 9 December 2015")]
['2015-12-10', '2015-12-09']
>>> str(parse_date("le 1er décembre 2015"))
'2015-12-01'
>>> str(parse_date("10 de diciembre de 2015")), str(parse_date("10. Dezember 2015"))
('2015-12-10', '2015-12-10')
>>> str(parse_date("December 10, 2015")), str(parse_date("10.12.2015"))
('2015-12-10', '2015-12-10')
>>> str(parse_date("2020年07月12日")), str(parse_date("2015년 12월 10일"))
('2020-07-12', '2015-12-10')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from ._data import MONTHS

__all__ = ["FoundDate", "find_dates", "has_year", "make_date", "parse_date"]

MIN_YEAR, MAX_YEAR = 1990, 2100

_MONTH_ALT = "|".join(sorted((regex.escape(m) for m in MONTHS), key=len, reverse=True))
_M = rf"(?P<month>{_MONTH_ALT})\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°|\.)?"
_Y = r"(?P<year>(?:19|20|21)\d\d)"

_YEAR = regex.compile(r"(?:19|20|21)\d\d")
_PATTERNS = [
    ("ymd", regex.compile(
        r"(?<![\d.])(?P<year>(?:19|20|21)\d\d)(?P<sep>[-./])(?P<a>[0-3]?\d)(?P=sep)(?P<b>[0-3]?\d)"
        r"(?![\d])")),
    ("dmy_num", regex.compile(
        r"(?<![\d.])(?P<a>[0-3]?\d) ?(?P<sep>[-./|]) ?(?P<b>[0-3]?\d) ?(?P=sep) ?"
        r"(?P<year>(?:19|20|21)\d\d)"
        r"(?!\d)")),
    ("dmy", regex.compile(
        rf"(?<![\p{{L}}\d]){_D}(?:\s+|\s*[-–]\s*)(?:de\s+|d['’])?{_M}(?:,?\s+|\s*[-–]\s*)"
        rf"(?:de\s+|del\s+)?{_Y}(?!\d)", regex.I)),
    # Chinese, Japanese and Korean: 2020年7月12日, 2020년 7월 12일
    ("cjk", regex.compile(
        r"(?<!\d)(?P<year>(?:19|20|21)\d\d)\s*[年년]\s*(?P<a>[01]?\d)\s*[月월]\s*"
        r"(?P<b>[0-3]?\d)(?!\d)")),
    ("mdy", regex.compile(
        rf"(?<![\p{{L}}\d]){_M}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_Y}(?!\d)", regex.I)),
]

_SHORT = regex.compile(
    r"(?<![\d.,:])(?P<a>[0-3]?\d)(?P<sep>\.)(?P<b>[01]?\d)\.(?P<year>\d\d)(?![\d.])")


@dataclass(frozen=True)
class FoundDate:
    """A date found in text, where it was, and whether day and month could be swapped."""

    value: dt.date
    start: int
    end: int
    ambiguous: bool = False


def make_date(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, *, short_years: bool = False) -> list[FoundDate]:
    """Every date in ``text``, in order of position (overlaps resolved leftmost-first).

    ``short_years`` also reads day.month.year with two year digits ("31.10.23"), which
    only a byline or a line holding nothing else can be trusted with.

    >>> [str(d.value) for d in find_dates("Von: B. Jahner | 31.10.23", short_years=True)]
    ['2023-10-31']
    >>> find_dates("version 1.2.10")
    []
    """
    if _YEAR.search(text):
        patterns = _PATTERNS + [("short", _SHORT)] if short_years else _PATTERNS
    elif short_years:
        patterns = [("short", _SHORT)]  # every other form has a four-digit year
    else:
        return []
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in patterns:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            ambiguous = False
            year = int(m.group("year"))
            if kind == "short":
                year += 2000 if 2000 + year <= dt.date.today().year else 1900
            if kind in ("ymd", "cjk"):
                value = make_date(year, int(m.group("a")), int(m.group("b")))
            elif kind in ("dmy_num", "short"):
                a, b = int(m.group("a")), int(m.group("b"))
                if m.group("sep") == "/" and a <= 12 < b:
                    a, b = b, a  # 12/25/2015: month first
                elif m.group("sep") == "/" and a <= 12 and b <= 12 and a != b:
                    ambiguous = True
                value = make_date(year, b, a)
            else:
                month = MONTHS.get(m.group("month").lower())
                value = make_date(year, month, int(m.group("day"))) if month else None
            if value is not None:
                found.append(FoundDate(value, m.start(), m.end(), ambiguous))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    return found


def has_year(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a four-digit year.

    >>> has_year("8.5.12"), has_year("3 May 2019")
    (False, True)
    """
    return _YEAR.search(text, start, len(text) if end is None else end) is not None


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``, or None.

    >>> parse_date("no date here") is None
    True
    """
    found = find_dates(text)
    return found[0].value if found else None
