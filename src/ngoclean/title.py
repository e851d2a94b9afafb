"""The headline of a page: from the markup when it has a real one, else the headline line.

>>> from ngoclean.blocks import text_blocks
>>> blocks = text_blocks("Our Site\\n\\nNGOs urge the Assembly to protect defenders\\n\\n"
...                      "Date: 2015-12-10\\n\\nA long first paragraph that is prose and goes on "
...                      "for a good while, as article paragraphs do, ending with a full stop.")
>>> title_block(blocks, date_block=2).lines[0]
'NGOs urge the Assembly to protect defenders'
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ._data import MONTHS, WEEKDAYS
from .dates import find_dates
from .furniture import repeated_headline
from .meta import PageMeta
from .model import Block
from .pagedate import BYLINE
from .textfold import LIST_MARKER, RULE_LINE, fold_key

__all__ = ["TitleChoice", "choose_title", "decide_title", "heading_line", "title_block",
           "title_text"]

_LABEL = regex.compile(r"^(?:title|titre|título|titel)\s*:\s*", regex.I)
_NOT_TITLE = regex.compile(
    r"^(?:to|re|cc|dear|from)\b|:$|^(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|"
    r"ämne|emne|temat|contact|contacts|kontakt|contacto|contato|contatto|press contact|"
    r"media contact|pressekontakt|foto|fotos|photo|photos|bild|grafika|image|imagen|credit|"
    r"crédit|crédito|autor|autor\(ka\)|author|auteur)\s*:", regex.I)
#: Image alt text and icon labels run into the text: "Site icon Example", "Logo",
#: "Jane Roe (avatar)".
_IMAGE_TEXT = regex.compile(
    r"^(?:site\s+)?(?:icon|logo)\b|\b(?:logo|icon|avatar)\)?$|\((?:avatar|logo|image|photo|"
    r"foto|bild|imagen)\)", regex.I)
_SALUTATION = regex.compile(
    r"^\W{0,3}(?:dear|sehr geehrte|liebe|lieber|madame|monsieur|mesdames|messieurs|"
    r"estimad[oa]s?|querid[oa]s?|señor|señora|gentile|egregi[oa]|caro|cara|geachte|beste|"
    r"szanown[aiey]|kära|kæra?|prezad[oa]s?|excelent[ií]ssim[oa])\b[^.!?]{0,80}[,:]?\s*$",
    regex.I)
_EMAIL = regex.compile(r"(?<!\S)[^\s@]+@\S+\.\w{2,}")


def _repeats(words: list[str]) -> int:
    """How many of ``words`` repeat the run just before them ("Print this Print this
    Share Share": icon labels doubled by a text browser)."""
    i = count = 0
    while i < len(words):
        for k in (4, 3, 2, 1):
            if i + 2 * k <= len(words) and words[i:i + k] == words[i + k:i + 2 * k]:
                count += k
                i += 2 * k
                break
        else:
            i += 1
    return count


_WORDY = regex.compile(r"\p{L}{2,}")
_WORDY_OR_NUMBER = regex.compile(r"\p{L}{2,}|\b\d{2,}\b")
_TRAIL = regex.compile(r"[→»›]|\s>\s")
_CALENDAR = frozenset(MONTHS) | WEEKDAYS | frozenset({"am", "pm", "th", "st", "nd", "rd"})




def _setext(block: Block) -> bool:
    """A heading underlined with "=" or "-" about as long as itself, as reStructuredText
    and Markdown write a document's title (not a rule of underscores across the page)."""
    lines = block.lines
    if len(lines) != 2 or not regex.fullmatch(r"\s*(?:=+|-+)\s*", lines[1]):
        return False
    n, m = len(lines[0].strip()), len(lines[1].strip())
    return n >= 3 and 0.7 * n <= m <= 1.5 * n + 2


def _only_date(line: str) -> bool:
    dates = find_dates(line)
    return bool(dates) and len(_WORDY.findall(line[:dates[0].start] + line[dates[0].end:])) == 0


def heading_line(block: Block) -> str | None:
    """The one line a block gives as a headline: its only line; a line underlined with
    "-----" or "=====" (a text or Markdown heading); a headline wrapped by a text
    browser over two or three short lines, each going on in lower case ("Europäische
    Tech-Unternehmen warnen vor" / "sinkendem Datenschutzniveau in der EU").

    >>> from ngoclean.model import Block
    >>> heading_line(Block(0, ["Kernel Enforcement Statement", "----------------"], "L1"))
    'Kernel Enforcement Statement'
    >>> heading_line(Block(0, ["Companies warn of a falling", "level of privacy in the EU"],
    ...                    "L1"))
    'Companies warn of a falling level of privacy in the EU'
    >>> heading_line(Block(0, ["Stop the War Coalition", "JULY 27, 2005"], "L1")) is None
    True
    """
    lines = block.lines
    if len(lines) == 1:
        return lines[0]
    if len(lines) == 2 and RULE_LINE.match(lines[1]):
        return lines[0]
    repeated = repeated_headline(block)
    if repeated is not None:
        return repeated
    worded = [x for x in lines if _WORDY.search(x)]
    if worded and len(worded) < len(lines):
        # share counters and separators under it ("0", "10", "|"): not part of it
        return heading_line(dataclasses.replace(block, lines=worded))
    if len(lines) == 2 and _only_date(lines[0]):
        return lines[1]  # "09.06.2010" / "Open letter of ...": the date line over it
    if 2 <= len(lines) <= 3 and all(len(x) <= 90 for x in lines) and \
            not any(x.rstrip().endswith((".", ":", ";", "!", "?", ",")) for x in lines[:-1]) \
            and (all(x[:1].islower() for x in lines[1:]) or (
                len(lines) == 2 and len(lines[0]) >= 60 and len(lines[1]) < len(lines[0]))):
        # (going on in lower case, or a full first line wrapped before a shorter one)
        return " ".join(x.strip() for x in lines)
    return None


# A tag in brackets before a headline's words ("[Tribune] Encourager un développement …",
# "[Update] Court rules …"), not an image placeholder or a number.
_TAG_LEAD = regex.compile(r"^\[\p{Lu}\p{Ll}+\]\s+(?:\S+\s+){2}\S")


def _candidate(block: Block) -> bool:
    """A line that may be a headline: one line of 2-30 words, not a sentence, not a
    list item, not a line that is mostly a date ("Rueda de Prensa: 21 de noviembre de
    2018", "quinta-feira, 21 de agosto de 2014") or mostly digits (a phone number).

    >>> from ngoclean.model import Block
    >>> [_candidate(Block(0, [x], "L1")) for x in ["NGOs urge the Council to act",
    ...  "• Web page addresses turn into links", "Rueda de Prensa: 21 de noviembre de 2018",
    ...  "Helpline: 0716 200 100", "[Tribune] Encourager une économie locale"]]
    [True, False, False, False, True]
    """
    line = heading_line(block)
    if line is None:
        return False
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250 or _NOT_TITLE.search(line):
        return False
    if _IMAGE_TEXT.search(line) or _EMAIL.search(line) or line.lstrip()[:2] in ("//", "::"):
        return False  # alt text, a contact line, a tagline after "//"
    if _repeats(words) * 2 >= len(words):
        return False  # the same labels twice over: icons and their names
    if line.endswith(".") and len(words) > 8 and not line.isupper():
        return False  # a sentence, not a headline (one in capitals is a headline)
    if LIST_MARKER.match(line) and not _TAG_LEAD.match(line):
        return False  # a list item or a bullet line (a bracketed tag may open a headline)
    if len(_TRAIL.findall(line)) >= 2:
        return False  # a breadcrumb trail ("Home → News → Statements")
    if line.endswith(",") or (line.startswith("(") and line.endswith(")")):
        return False  # a salutation ("Gentile Ministra,"), a note in brackets
    if sum(map(str.isdigit, line)) * 4 > len(line) - sum(map(str.isspace, line)):
        return False
    dates = find_dates(line)
    rest = line[:dates[0].start] + " " + line[dates[0].end:] if dates else line
    words_left = [w for w in _WORDY.findall(rest) if w.casefold() not in _CALENDAR]
    if len(words_left) < len(_WORDY.findall(rest)):  # "Thursday 28th July 5.30pm"
        return len(words_left) >= 4
    return not dates or len(words_left) >= 4


def _is_prose(block: Block) -> bool:
    """Running text, which ends the page's head; a block of many short lines (a menu, a
    list of links) is not.

    >>> from ngoclean.model import Block
    >>> _is_prose(Block(0, ["Global", "indymedia.org", "Argentina", "Athens"] * 12, "L1"))
    False
    """
    text = " ".join(block.lines)
    if len(block.lines) == 1:
        return len(text) >= 200
    return len(text) >= 120 and len(text) >= 30 * len(block.lines)


#: The headline is looked for among at most this many blocks before the prose: a page
#: of a million short blocks and no prose (a 50 MB page of one-line paragraphs) is not
#: read whole for it.
HEAD_LIMIT = 300


def title_block(blocks: Sequence[Block], *, date_block: int | None = None) -> Block | None:
    """The block holding the headline: a labelled title, else the short line nearest the
    page date, else the first short line of four words or more before the prose."""
    for b in blocks:
        if len(b.lines) == 1 and _LABEL.match(b.lines[0]):
            return b
    for b in blocks:
        if _is_prose(b) and len(b.lines) > 8:
            break
        if repeated_headline(b) is not None:
            return b  # the headline shown twice, in the trail and as the heading
    for b in blocks[:12]:
        if _setext(b) and _candidate(b):
            return b  # a heading underlined as a document title ("Title" / "=====")
    by_index = {b.index: b for b in blocks}
    dated = by_index.get(date_block) if date_block is not None else None
    before = next((b for b in reversed(blocks) if date_block is not None
                   and date_block - 2 <= b.index < date_block), None)
    if dated is not None and before is not None and _is_prose(dated) and \
            _candidate(before) and len(_WORDY.findall(heading_line(before) or "")) >= 4:
        # the headline right above a lead opening with its dateline; over its deck
        # ("NABU: Paragraph 13b sends the wrong signal" / "Cabinet passes the bill /
        # Miller: ..." / "Berlin, 4.11.2020 – ..."), the first of the two
        over = by_index.get(before.index - 1)
        if over is not None and date_block is not None and over.index >= date_block - 3 \
                and _candidate(over) and len(_WORDY.findall(heading_line(over) or "")) >= 4:
            return over
        return before
    head: list[Block] = []
    for b in blocks:
        if _is_prose(b) or len(head) >= HEAD_LIMIT:
            break
        head.append(b)
    # the name under an avatar or a logo ("Jane Roe (avatar)" / "Jane Roe"): not the
    # headline either
    pictured = {fold_key(_IMAGE_TEXT.sub("", x)) for b in head for x in b.lines
                if _IMAGE_TEXT.search(x)} - {""}
    cands = [b for b in head if _candidate(b) and fold_key(heading_line(b) or "") not in pictured]
    if not cands:
        # A page opening with one sentence-like line right before its dated lead
        # ("La Delegación ... presenta su segundo recurso ... (concentración)." /
        # "Sevilla, 19 de febrero de 2020.- ..."): that line is the headline.
        first = head[0] if head else None
        between = [b for b in blocks if first is not None and date_block is not None
                   and first.index < b.index < date_block]
        if first is not None and len(first.lines) == 1 and date_block is not None and \
                first.index < date_block and (len(between) <= 1 or all(
                    LIST_MARKER.match(b.lines[0]) for b in between)) and \
                4 <= len(first.lines[0].split()) <= 40 and not LIST_MARKER.match(first.lines[0]):
            return first  # (with only its bullet points between: "- Exigimos ...")
        return None
    long_enough = [b for b in cands if len(_WORDY_OR_NUMBER.findall(heading_line(b) or "")) >= 4]
    if date_block is not None and date_block > head[-1].index + 1:
        date_block = None  # a date in or after the text (a signature's): not by the headline
    if date_block is not None and any(
            _SALUTATION.match(b.lines[0]) for b in blocks
            if date_block < b.index <= date_block + 3):
        # The date heads a letter (its address above, "Dear ..." below): the page's
        # headline stands over the letter, not in its address block.
        first = next((b for b in long_enough if b.index < date_block), None)
        if first is not None:
            return first
    if date_block is not None:
        # A headline and its standfirst right above a dated byline ("A joint letter to
        # philanthropists" / "How to keep charities serving" / "By Jane Roe 30 March
        # 2020"): the first of the lines running up to the date.
        run: list[Block] = []
        for b in reversed([c for c in cands if c.index < date_block]):
            if b.index != (run[-1].index if run else date_block) - 1:
                break
            run.append(b)
        run_long = [b for b in reversed(run) if b in long_enough]
        dated = by_index.get(date_block)
        if len(run) >= 2 and run_long and dated is not None and BYLINE.match(dated.lines[0]):
            return run_long[0]
        # else nearest the date, before it first; a line of four words or more before a
        # shorter one ("FOR IMMEDIATE RELEASE", "Search This Blog")
        near = sorted((b for b in cands if b.index != date_block),
                      key=lambda b: (abs(b.index - date_block), b.index > date_block))
        if near:
            return next((b for b in near if b in long_enough), near[0])
    return (long_enough or cands)[0]


def title_text(block: Block) -> str:
    """The title text of a title block, without a "Title:" label or a date before or
    after it.

    >>> from ngoclean.model import Block
    >>> title_text(Block(0, ["CARTA ABERTA: POR UMA SOCIEDADE SEM RACISMO Sep 26 2024"], "L1"))
    'CARTA ABERTA: POR UMA SOCIEDADE SEM RACISMO'
    >>> title_text(Block(0, ["2021-09-24 APPEAL to the member organisations"], "L1"))
    'APPEAL to the member organisations'
    """
    text = _LABEL.sub("", heading_line(block) or block.lines[0]).strip()
    dates = find_dates(text)
    if dates and dates[-1].end >= len(text.rstrip(" .")) and dates[-1].start > 0:
        text = text[:dates[-1].start].rstrip(" -–—|,")
    elif dates and dates[0].start == 0 and len(text[dates[0].end:].split()) >= 2:
        text = text[dates[0].end:].lstrip(" -–—|,:")
    return text


def _initials_of(name: str, acronym: str | None) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s words.

    >>> _initials_of("We Are The University", "WATU"), _initials_of("Joint letter", "WATU")
    (True, False)
    """
    if not acronym or not acronym.isupper() or not 2 <= len(acronym) <= 8:
        return False
    words = name.split()
    return len(words) == len(acronym) and all(
        w[:1].casefold() == c.casefold() for w, c in zip(words, acronym, strict=True))


def choose_title(meta: PageMeta) -> tuple[str | None, str | None]:
    """The headline the markup gives and where it came from: the h1 when the metadata
    agrees with it, else JSON-LD headline, og:title, the h1, the document title.

    >>> choose_title(PageMeta(titles=[("h1", "Joint letter"), ("title", "Joint letter")]))
    ('Joint letter', 'h1')
    """
    by_source = dict(reversed(meta.titles))
    h1 = by_source.get("h1")
    if h1 and (fold_key(h1) in {fold_key(x) for x in (meta.site_name, meta.title_site) if x}
               or _initials_of(h1, meta.title_site)):
        # The site's name in an h1 (a logo heading), not the story's headline; the
        # document title may give it by its initials ("We Are The University" / "WATU").
        by_source.pop("h1")
        h1 = None
    sites = [k for k in (fold_key(x) for x in (meta.site_name, meta.title_site) if x) if k]
    social = fold_key(by_source.get("og:title", ""))
    doc = fold_key(by_source.get("title", ""))
    if social and doc and sites and any(social.startswith(k) for k in sites) and \
            not any(doc.startswith(k) for k in sites):
        # "Site: its slogan" as og:title on every page, the page's own name in <title>
        by_source.pop("og:title")
        by_source.pop("twitter:title", None)
    others = [t for s, t in meta.titles if s != "h1"]
    if h1 and any(fold_key(h1) and fold_key(h1) in fold_key(t) or fold_key(t) in fold_key(h1)
                  for t in others if fold_key(t)):
        return h1, "h1"
    for source in ("pdf:title", "jsonld", "og:title", "twitter:title", "h1", "title"):
        if by_source.get(source):
            return by_source[source], source
    return None, None


def _extended(title: str, head: Sequence[Block]) -> TitleChoice | None:
    """A headline line of the page's head that starts with the document ``title`` and
    goes on by two words or more (a document title cut short: "Why we stand for
    immediate withdrawal" / "Why we stand for immediate withdrawal of all troops"), or
    None. Its block leaves the body when it is a short heading block (three lines or
    fewer: a kicker and the headline).

    >>> from ngoclean.blocks import text_blocks
    >>> head = text_blocks("A statement\\nWhy we stand for peace in the region now\\n\\nText.")
    >>> _extended("Why we stand for peace", head)
    TitleChoice(text='Why we stand for peace in the region now', block=0, from_markup=False)
    >>> _extended("Why we stand", text_blocks("Why we standardise the forms")) is None
    True
    """
    key = fold_key(title)
    if not key:
        return None
    need = len(title.split()) + 2
    words = " ".join(title.split())
    for b in head[:12]:
        for line in b.lines[:3]:
            plain = " ".join(line.split())
            # the title as written (not a line in capitals), then words that are not a
            # date ("... \tDec 12 2023") nor the title again
            if not plain.startswith(words + " ") or "\t" in line or \
                    not need <= len(plain.split()) <= 30 or plain.endswith("."):
                continue
            rest = plain[len(words) + 1:]
            if find_dates(rest) or fold_key(rest).startswith(key):
                continue
            return TitleChoice(plain, b.index if len(b.lines) <= 3 else None)
    return None


@dataclass(frozen=True)
class TitleChoice:
    """The headline, and the block it was read from when that block leaves the body."""

    text: str | None
    block: int | None = None
    from_markup: bool = False


def decide_title(head: Sequence[Block], blocks: Sequence[Block], *, meta: PageMeta | None,
                 date_block: int | None) -> TitleChoice:
    """The headline: the markup's when it is a real one (not a bare or generic document
    title such as "COMUNICADO"), else the headline line of the ``head`` blocks. The block
    holding it (the headline line, or the h1/h2 repeating the markup's title) is given so
    that it leaves the body.

    >>> from ngoclean.blocks import text_blocks
    >>> blocks = text_blocks("Our NGOs urge the Council to act\\n\\nA long paragraph.")
    >>> decide_title(blocks, blocks, meta=None, date_block=None)
    TitleChoice(text='Our NGOs urge the Council to act', block=0, from_markup=False)
    """
    text, source = choose_title(meta) if meta is not None else (None, None)
    # "Companies in support | Site", the site's name confirmed by og:site_name: the
    # page's own name, however short
    named = source == "title" and meta is not None and bool(meta.title_site) and bool(
        meta.site_name) and fold_key(meta.title_site or "").replace(" ", "") == fold_key(
        meta.site_name or "").replace(" ", "")
    if source in (None, "title") and (text is None or len(text.split()) <= 3) and not named:
        tb = title_block(head, date_block=date_block)
        if tb is not None:
            return TitleChoice(title_text(tb), tb.index)
    if text is None:
        return TitleChoice(None)
    if source == "title" and (longer := _extended(text, head)) is not None:
        return longer
    key = fold_key(text)
    at = next((b.index for b in blocks if b.boilerplate is None and b.tag in ("h1", "h2")
               and fold_key(b.text) == key), None)
    return TitleChoice(text, at, from_markup=True)
