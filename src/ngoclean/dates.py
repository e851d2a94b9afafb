"""Dates in text: numeric and written forms in several languages, and the page date.

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
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ._data import MONTHS, WEEKDAYS
from .model import Block, Problem

__all__ = ["FoundDate", "PageDate", "find_dates", "page_date", "parse_date"]

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
        rf"(?<![\p{{L}}\d]){_D}\s+(?:de\s+)?{_M},?\s+(?:de\s+|del\s+)?{_Y}(?!\d)", regex.I)),
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


def _make(year: int, month: int, day: int) -> dt.date | None:
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
                value = _make(year, int(m.group("a")), int(m.group("b")))
            elif kind in ("dmy_num", "short"):
                a, b = int(m.group("a")), int(m.group("b"))
                if m.group("sep") == "/" and a <= 12 < b:
                    a, b = b, a  # 12/25/2015: month first
                elif m.group("sep") == "/" and a <= 12 and b <= 12 and a != b:
                    ambiguous = True
                value = _make(year, b, a)
            else:
                month = MONTHS.get(m.group("month").lower())
                value = _make(year, month, int(m.group("day"))) if month else None
            if value is not None:
                found.append(FoundDate(value, m.start(), m.end(), ambiguous))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda f: f.start)
    return found


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text``, or None.

    >>> parse_date("no date here") is None
    True
    """
    found = find_dates(text)
    return found[0].value if found else None


_PUBLISHED_LABEL = regex.compile(
    r"^\s*(?:date(?:\s+of\s+publication)?|dated|posted(?:\s+on)?|published(?:\s+on)?|"
    r"publication\s+date|release\s+date|date\s+published|"
    r"publié\s+le|publié|date\s+de\s+publication|mis\s+en\s+ligne\s+le|date\s+de\s+parution|"
    r"publicado(?:\s+el)?|fecha(?:\s+de\s+publicación)?|"
    r"datum|veröffentlicht(?:\s+am)?|erschienen\s+am|erstellt(?:\s+am)?|publicado\s+em|"
    r"pubblicato(?:\s+il)?|gepubliceerd(?:\s+op)?|created(?:\s+on)?|data)\b\s*[:：]?",
    regex.I,
)
_MODIFIED_LABEL = regex.compile(
    r"^\s*(?:last\s+)?(?:updated|modified|mis\s+à\s+jour|actualizado|aktualisiert|geändert)"
    r"(?:\s+(?:on|le|el|am))?\s*[:：]?",
    regex.I,
)
_BYLINE = regex.compile(
    r"^\s*(?:by|von|par|por|di|door|av|af|written\s+by|posted\s+by|geschrieben\s+von|"
    r"écrit\s+par|escrito\s+por|autor(?:in)?|author|auteur)\b\s*[:：]?\s*\S", regex.I)
_AFTER_BYLINE_DATE = regex.compile(
    r"^[\s|,.;·•–—-]*(?:\d{1,2}[:.h]\d\d(?:\s*(?:uhr|h|am|pm))?)?[\s|,.;]*$", regex.I)
_FILLER = regex.compile(r"[\s,.;:|/\-–—()]+|\b(?:le|el|am|on|the|de)\b", regex.I)


@dataclass(frozen=True)
class PageDate:
    """The publication date of a page, where it came from and the block it was read from."""

    value: dt.date
    source: str
    block: int
    ambiguous: bool = False


def _is_only_date(line: str, found: FoundDate) -> bool:
    rest = line[:found.start] + " " + line[found.end:]
    words = [w for w in _FILLER.split(rest) if w]
    return all(w.lower().strip(".,") in WEEKDAYS for w in words)


def _is_byline(line: str, found: FoundDate) -> bool:
    """'von Klaus Muster, 8.5.12', 'By Jane Doe | 3 May 2019 10:30': an author, then the date."""
    m = _BYLINE.match(line)
    return (m is not None and m.end() <= found.start and len(line) <= 100
            and bool(_AFTER_BYLINE_DATE.match(line[found.end:])))


def _is_dateline(line: str, found: FoundDate) -> bool:
    """'Geneva, 10 December 2015': a place then the date, nothing after it."""
    before, after = line[:found.start].strip(), line[found.end:].strip(" .")
    return (not after and before.endswith(",") and 0 < len(before.split()) <= 4
            and before[:1].isupper())


def page_date(blocks: Sequence[Block], *, stop: int | None = None,
              month_first: bool = False) -> tuple[PageDate | None, list[Problem]]:
    """The page's publication date from text blocks: cheap, labelled evidence first.

    Order: a "published" label ("Date :", "Posted on", "Publié le", "Publicado el",
    "Datum"), then a line that is only a date, then a dateline ("Geneva, 10 May 2015"),
    then an "updated" label. Dates inside the letter's prose are never taken. Blocks
    from ``stop`` on (the signatory list) are not read. An ambiguous numeric date
    (03/04/2021) is read day first unless ``month_first`` (a page marked ``en-US``).
    """
    candidates: dict[str, PageDate] = {}
    for block in blocks[:stop]:
        for line in block.lines:
            if len(line) > 160:
                continue
            found = find_dates(line, short_years=len(line) <= 100)
            if not found:
                continue
            first = found[0]
            short = first.end - first.start <= 8 and not _YEAR.search(line, first.start, first.end)
            kind = None
            if _PUBLISHED_LABEL.match(line) and _PUBLISHED_LABEL.match(line).end() <= first.start:
                kind = "label"
            elif _MODIFIED_LABEL.match(line):
                kind = "modified_label"
            elif _is_only_date(line, first):
                kind = "date_line"
            elif _is_byline(line, first):
                kind = "byline"
            elif _is_dateline(line, first) and not short:
                kind = "dateline"
            if kind and kind not in candidates:
                candidates[kind] = PageDate(first.value, kind, block.index, first.ambiguous)
    problems: list[Problem] = []
    for kind in ("label", "date_line", "byline", "dateline", "modified_label"):
        if kind in candidates:
            chosen = candidates[kind]
            if chosen.ambiguous and month_first:
                # 03/04/2021 on a page written for the United States: March 4, not 3 April.
                swapped = _make(chosen.value.year, chosen.value.day, chosen.value.month)
                if swapped is not None:
                    return PageDate(swapped, kind, chosen.block), problems
            if chosen.ambiguous:
                problems.append(Problem(
                    "date_ambiguous", f"{chosen.value.isoformat()}: day and month may be swapped"))
            return chosen, problems
    problems.append(Problem("no_date", "no labelled or stand-alone publication date found"))
    return None, problems
