"""The HTML path: markup to a :class:`~ngoclean.model.Record`.

The signatory list is looked for among all non-furniture blocks *before* the main
content is chosen, so that short, link-free name lines are never thrown away as
boilerplate.

>>> from ngoclean.read import load
>>> page = ('<html><head><title>Joint letter | Example</title>'
...         '<meta property="article:published_time" content="2021-03-04"></head><body>'
...         '<nav><a href="/">Home</a></nav><article><h1>Joint letter</h1>'
...         '<p>We, the undersigned organisations, urge the Council to renew the mandate '
...         'of the Special Rapporteur without delay.</p><h2>Signatories</h2><ul>'
...         '<li>Human Rights Watch</li><li>Amnesty International</li></ul></article>'
...         '<footer>Copyright 2021</footer></body></html>')
>>> rec = parse_html_page(load(page), url=None)
>>> rec.title, rec.date.isoformat(), rec.date_source
('Joint letter', '2021-03-04', 'meta:article:published_time')
>>> [s.name for s in rec.signatories]
['Human Rights Watch', 'Amnesty International']
>>> rec.body[:60]
'We, the undersigned organisations, urge the Council to renew'
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import regex

from .blocks import without_date_line
from .content import main_content
from .dates import PageDate, find_dates, page_date
from .furniture import strip_furniture
from .htmlblocks import html_blocks, parse_html
from .language import detect
from .meta import PageMeta, local_date, markup_date, read_meta
from .model import Block, Dropped, Problem, Record, Repair
from .read import Document
from .repairs import repair_chars
from .signatories import (
    ListSpan,
    find_list,
    heading_lines,
    inline_list,
    require_signers,
    signatories_for,
)
from .title import title_block, title_text

__all__ = ["choose_title", "parse_html_page"]

_BYLINE = regex.compile(r"^(?:by|por|par|von|di|de)\s+\p{Lu}", regex.I)
_COPYRIGHT = regex.compile(r"©|\bcopyright\b|all rights reserved", regex.I)


def _norm(text: str) -> str:
    return " ".join(regex.findall(r"\w+", text.casefold()))


def choose_title(meta: PageMeta) -> tuple[str | None, str | None]:
    """The headline and where it came from: the h1 when the metadata agrees with it,
    else JSON-LD headline, og:title, the h1, the document title."""
    by_source = dict(reversed(meta.titles))
    h1 = by_source.get("h1")
    if h1 and _norm(h1) in {_norm(x) for x in (meta.site_name, meta.title_site) if x}:
        # The site's name in an h1 (a logo heading), not the story's headline.
        by_source.pop("h1")
        h1 = None
    others = [t for s, t in meta.titles if s != "h1"]
    if h1 and any(_norm(h1) and _norm(h1) in _norm(t) or _norm(t) in _norm(h1)
                  for t in others if _norm(t)):
        return h1, "h1"
    for source in ("jsonld", "og:title", "twitter:title", "h1", "title"):
        if by_source.get(source):
            return by_source[source], source
    return None, None


def _repair_blocks(blocks: list[Block], repairs: list[Repair]) -> list[Block]:
    out: list[Block] = []
    for b in blocks:
        if b.boilerplate is not None:
            out.append(b)
            continue
        before = "\n".join(b.lines)
        text = repair_chars(before, field="block", block=b.index, repairs=repairs)
        if text == before:
            out.append(b)  # nothing repaired: no copy
            continue
        lines = [x for x in text.split("\n") if x.strip()]
        out.append(dataclasses.replace(b, lines=lines or [""]))
    return out


def _text_date(blocks: list[Block]) -> tuple[dt.date, str, int] | None:
    """The first plausible date in the page's own text (never a copyright line)."""
    today = dt.date.today()
    for b in blocks:
        for line in b.lines:
            if len(line) > 300 or _COPYRIGHT.search(line):
                continue
            for found in find_dates(line):
                if found.value <= today:
                    return found.value, "text", b.index
    return None


def _find_html_list(blocks: list[Block], candidates: list[Block], kept: list[int],
                    reasons: dict[int, str]) -> ListSpan:
    """The signatory list, looked for before anything is thrown away, on the raw text:
    under a heading anywhere outside furniture; else an inline "Signed by: …" sentence
    or a run of names closing the main content, on a page that speaks as signers."""
    span = find_list(candidates, heading_only=True)
    if span.blocks:
        return span
    # Names written as links (each organisation linked to its site) were set aside as a
    # link list; inside the content they may be the list.
    kept_set = set(kept)
    last = kept[-1] + 10 if kept else -1
    main_raw = [b for b in blocks if b.index in kept_set or (
        reasons.get(b.index) == "link_list" and kept and kept[0] < b.index <= last)]
    # Without a heading, a list closes the letter: only the end of the content is read.
    span = inline_list(main_raw) or find_list(main_raw[-60:], organisations=True)
    return require_signers(span, main_raw)


def _page_date(meta: PageMeta, head: list[Block], blocks: list[Block], markup: str,
               problems: list[Problem], dropped: list[Dropped]) -> tuple[
        dt.date | None, str | None, tuple[int, str] | None]:
    """The publication date, its source, and the line it was read from when that line
    leaves the body (recorded in ``dropped`` as ``date``). Cheap markup evidence first,
    then the page's own date lines, then weaker guesses (see docs/extraction.md)."""
    by_index = {b.index: b for b in head}
    date_line: tuple[int, str] | None = None
    value: dt.date | None = None
    source: str | None = None
    found: PageDate | None = None
    if meta.dates or meta.visible:
        chosen = meta.dates[0] if meta.dates else meta.visible[0]
        value, source = chosen.value, chosen.source
        if meta.dates:
            url_day = next((d.value for d in meta.dates if d.source.startswith("url")), None)
            value = local_date(chosen, markup, url_day=url_day) or value
        # The markup gave the date; the page's own "Posted on 8 March 2019" line says the
        # same and is not body text.
        found = page_date(head[:30], month_first=meta.month_first)[0]
        if found is not None and found.value != value:
            found = None
        if found is None and chosen.source == "class:date" and 0 < len(chosen.raw) <= 100:
            # The element the date was read from ("March 3, 2023 | Statements"): page
            # metadata, not body text.
            found = next((PageDate(value, "class:date", b.index) for b in head[:30]
                          if chosen.raw in b.lines), None)
    else:
        found, date_problems = page_date(head, month_first=meta.month_first)
        if found is not None:
            value, source = found.value, found.source
            problems.extend(p for p in date_problems if p.code != "no_date")
        elif meta.modified:
            value, source = meta.modified[0].value, meta.modified[0].source
        else:
            text_found = _text_date(head) or _text_date(blocks[:500])
            if text_found:
                value, source = text_found[0], text_found[1]
            elif meta.furniture:  # the page's own story is often the newest in the list
                value, source = meta.furniture[0].value, meta.furniture[0].source
            else:
                value = markup_date(markup)
                source = "markup" if value else None
    if found is not None and found.source != "dateline":
        block = by_index[found.block]
        line = next((x for x in block.lines if any(
            d.value == found.value for d in find_dates(x, short_years=True))), None)
        if line is not None:
            date_line = (block.index, line)
            dropped.append(Dropped(block.index, line, "date"))
    return value, source, date_line


def parse_html_page(doc: Document, *, url: str | None) -> Record | None:
    """The record of an HTML page; None when the markup holds nothing to parse."""
    root = parse_html(doc.text)
    if root is None:
        return None
    problems: list[Problem] = list(doc.problems)
    meta = read_meta(root, url=url)
    repairs: list[Repair] = []
    dropped: list[Dropped] = []
    blocks = html_blocks(root)
    kept, reasons = main_content(blocks)
    by_index = {b.index: b for b in blocks}
    candidates = [b for b in blocks if b.boilerplate is None]
    span = _find_html_list(blocks, candidates, kept, reasons)
    # Only the blocks that can end in the record are repaired and stripped of furniture
    # lines: the main content, the list and what comes just before the content.
    first = kept[0] if kept else len(blocks)
    lead = [b.index for b in candidates if first - 20 <= b.index < first]
    wanted = set(kept) | set(span.blocks) | set(lead) | {
        i for i in (span.heading, *span.subheadings) if i is not None}
    fixed = _repair_blocks([by_index[i] for i in sorted(wanted)], repairs)
    fixed, emptied = strip_furniture(fixed, dropped)
    by_index.update((b.index, b) for b in fixed)
    main = [by_index[i] for i in kept if i not in emptied]
    list_blocks = set(span.blocks)
    used, heading_dropped = heading_lines(span, by_index)
    dropped.extend(heading_dropped)

    title, title_source = choose_title(meta)
    if title_source in (None, "title") and (title is None or len(title.split()) <= 3):
        # A bare or generic document title ("COMUNICADO"): the headline line of the
        # page, as in a text dump, reads better.
        first_main = kept[0] if kept else 0
        lead_blocks = [by_index[i] for i in sorted(set(lead) | set(kept))
                       if i not in emptied and i <= first_main + 5]
        tb = title_block(lead_blocks)
        if tb is not None:
            title = title_text(tb)
    if title is not None:  # a markup title has not been through the repairs yet
        title = repair_chars(title, field="title", repairs=repairs)
    if title is None:
        problems.append(Problem("no_title", "no headline in the markup"))
    else:
        for b in candidates:
            if b.tag in ("h1", "h2") and _norm(b.text) == _norm(title):
                used.add(b.index)
                dropped.append(Dropped(b.index, b.text, "title"))
                break

    list_start = span.start
    head = [by_index[i] for i in sorted(set(lead) | set(kept))
            if i not in emptied and (list_start is None or i < list_start)]
    value, source, date_line = _page_date(meta, head, blocks, doc.text, problems, dropped)
    if value is None:
        problems.append(Problem("no_date", "no publication date in markup, URL or text"))

    paragraphs: list[str] = []
    body_ids: set[int] = set()
    for b in main:
        if b.index in used or b.index in list_blocks:
            continue
        lines = [x.replace("\t", " ") for x in without_date_line(b, date_line)]
        if len(lines) == 1 and len(lines[0]) < 80 and _BYLINE.match(lines[0]):
            dropped.append(Dropped(b.index, lines[0], "byline"))
            continue
        if lines:
            paragraphs.append("\n".join(lines))
            body_ids.add(b.index)
    body = "\n\n".join(paragraphs)
    if not body:
        problems.append(Problem("no_body", "no article text found"))
    for b in blocks:
        if b.index not in body_ids and b.index not in used and b.index not in list_blocks \
                and b.index not in emptied and (date_line is None or b.index != date_line[0]):
            dropped.append(Dropped(b.index, b.text, reasons.get(b.index, "not_main")))

    signatories, sig_repairs = signatories_for(span, by_index)
    repairs.extend(sig_repairs)
    language = detect(" ".join(filter(None, [title, body]))) or (
        meta.language if meta.language and len(meta.language) == 2 else None)
    if language is None:
        problems.append(Problem("language_undetermined", "too little text or no clear language"))
    return Record(
        source=doc.source, url=url, title=title, date=value, date_source=source,
        language=language, body=body, signatories=signatories, repairs=repairs,
        problems=problems, dropped=sorted(dropped, key=lambda d: d.block),
    )
