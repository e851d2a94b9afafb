"""The publication date of a page: one decision over all the evidence, for every format.

The evidence is what the front end found: markup (:class:`~ngoclean.meta.PageMeta`, the
raw markup) for HTML, nothing of the kind for a text dump, and in both the page's text
blocks: the ``head`` (what comes before the signatory list) and all ``blocks``. The
cascade, cheapest and strongest first:

1. markup dates (JSON-LD, publication meta tags, ``<time>`` marked published, the URL,
   an element named "date"), read in the site's local time zone;
2. the page's own date lines in the head: a "published" label ("Posted on 3 May 2019",
   "Datum: 8.5.12"), a line holding only a date, a byline with a date ("By Jane Doe |
   3 May 2019"), a dateline ("Geneva, 10 December 2015"), an "updated" label;
3. a modification date from the markup; the first plausible date of the text (never a
   copyright line); a date in a sidebar of the page; the most frequent date of the markup.

The line a date was read from leaves the body (``dropped`` reason ``date``) when its
source is in :data:`LEAVES_BODY`; a dateline opens the letter's prose and stays.

>>> from ngoclean.blocks import text_blocks
>>> blocks = text_blocks("Joint statement\\n\\nPosted on 8.5.12\\n\\nThe text of it.")
>>> choice = decide_date(blocks)
>>> str(choice.value), choice.source, choice.line
('2012-05-08', 'label', (1, 'Posted on 8.5.12'))
>>> decide_date(text_blocks("No date in here.")).problems[0].code
'no_date'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import cast

import regex

from ._data import WEEKDAYS
from .dates import FoundDate, find_dates, has_year, make_date
from .furniture import repeated_headline
from .labels import DateSource, LineSource
from .meta import WEAK_DATES, PageMeta, local_date, markup_date
from .model import Block, Problem

__all__ = ["BYLINE", "LEAVES_BODY", "DateChoice", "LineDate", "decide_date", "line_date"]

# Sources whose line is page metadata, not body text, in every format.
LEAVES_BODY: frozenset[str] = frozenset(
    {"label", "date_line", "byline", "modified_label", "class:date"})

_PUBLISHED_LABEL = regex.compile(
    r"^\s*(?:date(?:\s+of\s+publication)?|dated|posted(?:\s+on)?|published(?:\s+on)?|"
    r"publication\s+date|release\s+date|date\s+published|"
    r"publié\s+le|publié|date\s+de\s+publication|mis\s+en\s+ligne\s+le|date\s+de\s+parution|"
    r"publicado(?:\s+el)?|fecha(?:\s+de\s+publicación)?|"
    r"datum|veröffentlicht(?:\s+am)?|publiziert(?:\s+am)?|erschienen\s+am|erstellt(?:\s+am)?|"
    r"publicado\s+em|"
    r"pubblicato(?:\s+il)?|gepubliceerd(?:\s+op)?|created(?:\s+on)?|data)\b\s*[:：]?",
    regex.I,
)
_MODIFIED_LABEL = regex.compile(
    r"^\s*(?:last\s+)?(?:updated|modified|mis\s+à\s+jour|actualizado|aktualisiert|geändert)"
    r"(?:\s+(?:on|le|el|am))?\s*[:：]?",
    regex.I,
)
#: A byline's opening: "By", "Von:", "Par", "Written by", "Autor:" and a word after it.
BYLINE = regex.compile(
    r"^\s*(?:by|von|par|por|di|door|av|af|written\s+by|posted\s+by|geschrieben\s+von|"
    r"écrit\s+par|escrito\s+por|autor(?:in)?|author|auteur)\b\s*[:：]?\s*\S", regex.I)
_AFTER_BYLINE_DATE = regex.compile(
    r"^[\s|,.;·•–—-]*(?:\d{1,2}[:.h]\d\d(?:\s*(?:uhr|h|am|pm))?)?[\s|,.;]*$", regex.I)
_FILLER = regex.compile(r"[\s,.;:|/\-–—()]+|\b(?:le|el|am|on|the|de)\b", regex.I)
_COPYRIGHT = regex.compile(r"©|\bcopyright\b|all rights reserved", regex.I)
_ORDER: tuple[LineSource, ...] = ("label", "date_line", "byline", "dateline", "modified_label")


@dataclass(frozen=True)
class LineDate:
    """A date read from one line of the page's text: value, kind of line, block, line."""

    value: dt.date
    source: LineSource
    block: int
    line: str
    ambiguous: bool = False


@dataclass(frozen=True)
class DateChoice:
    """The page's publication date, where it came from, and the line that leaves the body
    (``(block index, line)``), with the problems met on the way."""

    value: dt.date | None
    source: DateSource | None
    line: tuple[int, str] | None = None
    problems: tuple[Problem, ...] = ()
    block: int | None = None  # the block of the date line read, whether or not it leaves


_TIME = regex.compile(r"\b\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s*(?:uhr|hrs?|h|am|pm|Uhr))?\b", regex.I)


def _is_only_date(line: str, found: FoundDate) -> bool:
    """A line holding the date alone, perhaps with its weekday and a time of day.

    >>> line = "2016-11-08, 17:37"
    >>> _is_only_date(line, find_dates(line)[0])
    True
    >>> line = "Dienstag, 03.04.2020 um 12:35 Uhr"
    >>> _is_only_date(line, find_dates(line)[0])
    True
    """
    rest = _TIME.sub(" ", line[:found.start] + " " + line[found.end:])
    words = [w for w in _FILLER.split(rest) if w]
    return all(w.lower().strip(".,") in WEEKDAYS or w.lower() in _AT_TIME for w in words)


#: Words joining a date and its time of day ("um 12:35 Uhr", "at 10:00", "à 14h").
_AT_TIME = frozenset("um at à a las alle om kl. kl godz. godz".split())


def is_date_only_line(line: str) -> bool:
    """A short line that is a date and nothing else, or a publication or update label
    with its date: page metadata, not article text, in an HTML page.

    >>> is_date_only_line("05. Februar 2020"), is_date_only_line("Aktualisiert: 03.04.2020")
    (True, True)
    >>> is_date_only_line("Erstellt am Dienstag 6. Mai 2014")
    True
    >>> is_date_only_line("On 5 February 2020 the court ruled"), is_date_only_line("2020")
    (False, False)
    """
    if len(line) > 60 or not any(map(str.isdigit, line)):
        return False
    found = find_dates(line)
    if len(found) != 1:
        return False
    first = found[0]
    if _is_only_date(line, first):
        return True
    label = _PUBLISHED_LABEL.match(line) or _MODIFIED_LABEL.match(line)
    if label is None or label.end() > first.start:
        return False
    cut = label.end()  # the date, in the line without its label
    return _is_only_date(line[cut:], replace(first, start=first.start - cut,
                                             end=first.end - cut))


_META_SEP = regex.compile(r"\s+[|·•]\s+")


def is_meta_line(line: str) -> bool:
    """A short line of page metadata in segments ("Freitag | 14. Juni 2019 | 15:49 VON Jane
    Roe IN Fashion | 0 COMMENTS", "Verfasst von: jroe | 31. Dezember 2008"): one segment
    is the date alone, every other one a few words.

    >>> is_meta_line("Verfasst von: jroe | 31. Dezember 2008")
    True
    >>> is_meta_line("On 31 December 2008 | the court ruled that the law was void")
    False
    """
    if len(line) > 120:
        return False
    segments = _META_SEP.split(line.strip())
    if len(segments) < 2:
        return False
    dated = [s for s in segments if find_dates(s)]
    if len(dated) != 1 or not is_date_only_line(dated[0]):
        return False
    return all(len(s.split()) <= 6 for s in segments if s is not dated[0])


def _is_byline(line: str, found: FoundDate) -> bool:
    """'von Klaus Muster, 8.5.12', 'By Jane Doe | 3 May 2019 10:30': an author, then the
    date; or the date, then the author ('Freitag 11. September 2020 von Administrator').

    >>> line = "Friday 11 September 2020 by Jane Roe"
    >>> _is_byline(line, find_dates(line)[0])
    True
    """
    if len(line) > 100:
        return False
    m = BYLINE.match(line)
    if m is not None and m.end() <= found.start:
        return bool(_AFTER_BYLINE_DATE.match(line[found.end:]))
    before = [w for w in _FILLER.split(line[:found.start]) if w]
    after = line[found.end:].lstrip(" |,·•–—-")
    return all(w.lower().strip(".,") in WEEKDAYS for w in before) and bool(
        BYLINE.match(after)) and len(after.split()) <= 7


_PLACE_ARTICLE = regex.compile(r",\s*(?:le|el|il|den|am|a|em)$", regex.I)


def _is_place(before: str) -> bool:
    """The text before a dateline's date: a place of one to four words and a comma,
    with the article some languages put before the date ("Paris, le", "Berlin, den").

    >>> _is_place("Geneva,"), _is_place("Paris, le"), _is_place("We met on")
    (True, True, False)
    """
    before = _PLACE_ARTICLE.sub(",", before)
    return before.endswith(",") and 0 < len(before.split()) <= 4 and before[:1].isupper()


def _is_dateline(line: str, found: FoundDate) -> bool:
    """'Geneva, 10 December 2015': a place then the date, nothing after it."""
    before, after = line[:found.start].strip(), line[found.end:].strip(" .")
    return not after and _is_place(before)


_LEAD_AFTER = regex.compile(r"^\s*\)?\s*(?:[-–—.:]+|\)|$)")
_LEAD_DASH = regex.compile(r"^\s*(?:[-–—]+|:)\s+\p{Lu}")


def _is_lead_dateline(line: str, found: FoundDate) -> bool:
    """A dateline opening a lead paragraph, however long the paragraph: "(Geneva, March
    3, 2012) - The authorities...", "Sevilla, 19 de febrero de 2020.- La Delegación",
    "Amsterdam, 17 december 1999 -- Milieudefensie": a place of one to four words, a
    comma, the date, then a bracket, a dash, a stop or a colon.

    >>> line = "(Cairo, September 2, 2014) The Coalition expresses its deep concern"
    >>> _is_lead_dateline(line, find_dates(line)[0])
    True
    >>> line = "On 2 September 2014, the Coalition met the minister"
    >>> _is_lead_dateline(line, find_dates(line)[0])
    False
    >>> line = "29.11.2022 – Mehrfach hatte die Branche die Regierung gewarnt"
    >>> _is_lead_dateline(line, find_dates(line)[0])
    True
    """
    before = line[:found.start].rstrip()
    if not before:  # "29.11.2022 – Mehrfach hatte die Branche ...", "5. Juni 2020: Der"
        return _LEAD_DASH.match(line[found.end:]) is not None
    if "(" in before:
        before = before[before.rindex("(") + 1:]
    return _is_place(before.strip()) and _LEAD_AFTER.match(line[found.end:]) is not None


def _line_kind(line: str, first: FoundDate) -> LineSource | None:
    label = _PUBLISHED_LABEL.match(line)
    if label is not None and label.end() <= first.start:
        return "label"
    if _MODIFIED_LABEL.match(line):
        return "modified_label"
    if _is_only_date(line, first):
        return "date_line"
    if _is_byline(line, first):
        return "byline"
    short = first.end - first.start <= 8 and not has_year(line, first.start, first.end)
    if _is_dateline(line, first) and not short:
        return "dateline"
    return None


def line_date(blocks: Sequence[Block], *, month_first: bool = False) -> tuple[
        LineDate | None, list[Problem]]:
    """The page date from its own date lines (step 2 of the cascade), or None.

    An ambiguous numeric date (03/04/2021) is read day first unless ``month_first`` (a
    page marked ``en-US``), with a ``date_ambiguous`` problem.

    >>> from ngoclean.blocks import text_blocks
    >>> found, _ = line_date(text_blocks("Von Klaus Muster, 31.10.23\\n\\nText."))
    >>> str(found.value), found.source
    ('2023-10-31', 'byline')
    """
    candidates: dict[str, LineDate] = {}
    for block in blocks:
        if 2 <= len(block.lines) <= 8 and "date_line" not in candidates and \
                repeated_headline(block) is not None:
            # "HOME > Open letter ..." / "OPEN LETTER ... Feb 22" / "2024": the date that
            # closes the headline shown twice, wrapped or not, is the page's
            joined = " ".join(x.strip() for x in block.lines)
            closing = find_dates(joined)
            if closing and closing[-1].end >= len(joined.rstrip(" .")) - 1:
                candidates["date_line"] = LineDate(closing[-1].value, "date_line",
                                                   block.index, block.lines[-1],
                                                   closing[-1].ambiguous)
        for k, line in enumerate(block.lines):
            if len(line) > 160:
                # a long line: only a dateline opening the paragraph counts
                lead = find_dates(line[:90]) if k == 0 else []
                if lead and "dateline" not in candidates and \
                        lead[0].end - lead[0].start > 8 and _is_lead_dateline(line, lead[0]):
                    candidates["dateline"] = LineDate(lead[0].value, "dateline", block.index,
                                                      line, lead[0].ambiguous)
                continue
            found = find_dates(line, short_years=len(line) <= 100)
            if not found:
                continue
            kind = _line_kind(line, found[0])
            if kind and kind not in candidates:
                candidates[kind] = LineDate(found[0].value, kind, block.index, line,
                                            found[0].ambiguous)
    problems: list[Problem] = []
    for kind in _ORDER:
        if kind not in candidates:
            continue
        chosen = candidates[kind]
        if chosen.ambiguous and month_first:
            # 03/04/2021 on a page written for the United States: March 4, not 3 April.
            swapped = make_date(chosen.value.year, chosen.value.day, chosen.value.month)
            if swapped is not None:
                return LineDate(swapped, kind, chosen.block, chosen.line), problems
        if chosen.ambiguous:
            problems.append(Problem(
                "date_ambiguous", f"{chosen.value.isoformat()}: day and month may be swapped"))
        return chosen, problems
    return None, problems


#: Dates that are no page's publication: a member's registration, a last update, a
#: birth, an expiry, an event's deadline.
_NOT_PUBLICATION = regex.compile(
    r"(?:registriert|registered|joined|member since|mitglied seit|dabei seit|inscrit le|"
    r"inscrito|miembro desde|membro dal|lid sinds|last updated?|zuletzt aktualisiert|"
    r"aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt|geboren|born|né le|"
    r"nacido|gültig bis|valid until|expires?|deadline|frist|bis zum)\s*(?:am|on|le|el|:)?"
    r"\s*[:.]?\s*$", regex.I)


def _text_date(blocks: Sequence[Block], month_first: bool = False) -> dt.date | None:
    """The first plausible date in the page's own text (never a copyright line); an
    ambiguous numeric one read month first on a page that writes them so."""
    today = dt.date.today()
    for b in blocks:
        for line in b.lines:
            if len(line) > 300 or _COPYRIGHT.search(line):
                continue
            for found in find_dates(line):
                if _NOT_PUBLICATION.search(line[max(0, found.start - 30):found.start]):
                    continue  # "Registriert: 18.09.2008", "Member since", "Last updated"
                value = found.value
                if found.ambiguous and month_first:
                    value = make_date(value.year, value.day, value.month) or value
                if value <= today:
                    return value
    return None


_MONTH_FIRST = regex.compile(
    r"(?<!\d)(?:0?[1-9]|1[0-2])([-/.])(?:1[3-9]|2\d|3[01])\1(?:19|20)\d\d(?!\d)")
_DAY_FIRST = regex.compile(
    r"(?<!\d)(?:1[3-9]|2\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\d)")


def _writes_month_first(blocks: Sequence[Block]) -> bool:
    """The page writes numeric dates month first: one of them can only be read so
    ("Registered: 01-13-2014") and none only day first.

    >>> from ngoclean.blocks import text_blocks
    >>> _writes_month_first(text_blocks("09-02-2014, 03:57 PM\\n\\nRegistered: 01-13-2014"))
    True
    >>> _writes_month_first(text_blocks("09-02-2014\\n\\nUpdated 25.03.2014"))
    False
    """
    text = "\n".join(x for b in blocks[:60] for x in b.lines)
    return _MONTH_FIRST.search(text) is not None and _DAY_FIRST.search(text) is None


def decide_date(head: Sequence[Block], *, blocks: Sequence[Block] = (),
                meta: PageMeta | None = None, markup: str = "") -> DateChoice:
    """The publication date of a page from all its evidence (see the module docstring).

    ``head`` holds the blocks where date lines are looked for (before the signatory
    list), ``blocks`` the whole page text (read only as a last resort), ``meta`` and
    ``markup`` the markup evidence of an HTML page.
    """
    meta = meta or PageMeta()
    problems: list[Problem] = []
    value: dt.date | None = None
    source: str | None = None
    found: LineDate | None = None
    weak = all(d.source in WEAK_DATES for d in meta.dates)
    if meta.dates or meta.visible:
        chosen = meta.visible[0] if meta.visible and weak else meta.dates[0] if meta.dates \
            else meta.visible[0]
        value, source = chosen.value, chosen.source
        if chosen in meta.dates:
            in_url = next((d for d in meta.dates if d.source.startswith("url")), None)
            url_day = in_url.value if in_url is not None else None
            value = local_date(chosen, markup, url_day=url_day) or value
            if in_url is not None and value is not None and (value - in_url.value).days > 31:
                # the page's address keeps the day it was first published; the markup
                # gives the day it was moved or published again (within a month: the
                # same story updated, the markup's day stands)
                value, source = in_url.value, in_url.source
            elif meta.shown and value is not None and (value - meta.shown[0].value).days > 31:
                value, source = meta.shown[0].value, meta.shown[0].source  # ... or the
                # date shown by the headline does
        # The markup gave the date; the page's own "Posted on 8 March 2019" line says the
        # same and is not body text.
        found = line_date(head[:30], month_first=meta.month_first)[0]
        if found is not None and found.value != value and chosen.source in WEAK_DATES and \
                found.source in ("label", "byline", "dateline"):
            # "Erschienen am: 13.10.2021" says more than a CMS's meta "date"
            value, source = found.value, found.source
        if found is not None and found.value != value:
            found = None
        if found is None and chosen.source == "class:date" and 0 < len(chosen.raw) <= 100:
            # The element the date was read from ("March 3, 2023 | Statements").
            at = next((b.index for b in head[:30] if chosen.raw in b.lines), None)
            if at is not None:
                return DateChoice(value, "class:date", (at, chosen.raw), (), at)
    else:
        month_first = meta.month_first or _writes_month_first(blocks or head)
        found, line_problems = line_date(head, month_first=month_first)
        if found is not None:
            value, source = found.value, found.source
            problems.extend(line_problems)
        elif meta.modified:
            value, source = meta.modified[0].value, meta.modified[0].source
        elif (text := _text_date(head, month_first)
              or _text_date(blocks[:500], month_first)) is not None:
            value, source = text, "text"
        elif meta.furniture:  # the page's own story is often the newest in the list
            value, source = meta.furniture[0].value, meta.furniture[0].source
        elif markup and (guess := markup_date(markup)) is not None:
            value, source = guess, "markup"
    if value is None:
        problems.append(Problem("no_date", "no publication date in markup, URL or text"))
    line = (found.block, found.line) if found is not None and found.source in LEAVES_BODY \
        else None
    return DateChoice(value, cast("DateSource | None", source), line, tuple(problems),
                      found.block if found is not None else None)
