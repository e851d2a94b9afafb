"""Finding the signatory list among a page's blocks.

The list is found before anything else is judged: after a heading ("Signatories",
"Signed by", "Signataires", "Firmantes", ...), as an inline "Signed by: A, B and C"
sentence, or as the longest run of short, name-like lines after the letter's prose.
Turning the list's lines into signatories is :mod:`ngoclean.listsplit`'s work.

>>> from ngoclean.blocks import text_blocks
>>> blocks = text_blocks("We ask you to act now, as the law demands of every State.\\n\\n"
...                      "Signed by:\\n\\nHuman Rights Watch\\nAmnesty International")
>>> found = find_list(blocks)
>>> found.heading, found.blocks
(1, [2])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ._data import NAME_END_WORDS
from .dates import find_dates
from .furniture import furniture_reason, tail_reason
from .listwords import CONJUNCTIONS, is_closing, signer_word
from .model import Block, Dropped
from .names import ORG_WORDS, bare_person_name, find_acronym, find_country
from .repairs import is_wrapped_prose
from .textfold import COUNTRY_FOLD, LIST_MARKER, REGION_WORDS, RULE_LINE

__all__ = [
    "TABLE_HEADERS", "ListSpan", "country_entries", "find_list", "heading_lines", "inline_list",
    "separated_list",
    "is_heading", "locate_list", "logo_run",
    "is_name_like", "is_subheading", "is_table_header", "require_signers", "speaks_as_signers",
    "split_inline",
]

_HEADING = regex.compile(
    r"^(?:list\s+of\s+|full\s+list\s+of\s+|the\s+)?(?:signatories|signatory\s+organi[sz]ations|"
    r"signed(?:\s+by)?|signatures|co-?signatories|co-?signed\s+by|endorsed\s+by|endorsements|"
    r"endorsing\s+organi[sz]ations|supported\s+by|undersigned(?:\s+organi[sz]ations)?|"
    r"signing\s+organi[sz]ations|organi[sz]ations|individuals|"
    r"signataires|les\s+signataires|organisations\s+signataires|liste\s+des\s+signataires|"
    r"signé\s+par|premiers\s+signataires|"
    r"firmantes|firman|organizaciones\s+firmantes|firmado\s+por|firmas|"
    r"unterzeichner(?:innen)?|unterzeichnende\s+organisationen|unterzeichnet\s+von|"
    r"erstunterzeichner(?:innen)?|signatários|assinam|assinado\s+por|"
    r"personnes|individus|personas|individuales|einzelpersonen)"
    r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:as\s+of|au|al|am|until|to\s+date)\b[^:]{0,30})?"
    r"\s*[:.,]?$",
    regex.I,
)
# "International and regional organisations", "National NGOs (12)", "Organisations based in
# Sudan:", "Organisations internationales" - a section of the list, not a name: modifiers
# and a plural noun, without the "of", "for", "de" that names are built with.
_GROUP_NOUN = (r"(?:organi[sz]ations|ngos|groups|networks|individuals|signatories|members|"
               r"unions|coalitions|institutions|persons|people|academics|experts|"
               r"organizaciones|organizações|organisationen|personnes|individus|personas|"
               r"entidades|entitats|entités|fundaciones|fundações|foundations|asociaciones|"
               r"associations|associazioni|associações|sindicatos|syndicats)")
_SUBHEADING = regex.compile(
    rf"^(?:(?!(?:of|for|against|on|to|de|du|des|pour|para|por|für|von|contre|contra)\b)"
    rf"[\p{{L}}&'’-]+,?\s+){{0,5}}{_GROUP_NOUN}"
    r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:from|in|based\s+in)\s+[\p{L} -]{2,30})?\s*:?$"
    rf"|^{_GROUP_NOUN}\s+(?:[\p{{L}}-]+,?\s+){{0,4}}[\p{{Ll}}-]+\s*:?$",
    regex.I,
)
# "ORGANIZACIONES PROFESIONALES Y FUNDACIONES QUE ADHIEREN AL FORO …", "Nómina de las
# entidades que participan": the groups a section holds, said by a relative clause
_GROUP_CLAUSE = regex.compile(
    rf"^(?:[\p{{L}}'’-]+,?\s+){{0,6}}{_GROUP_NOUN}\s+(?:que|qui|that|which|who|die|che|"
    r"welche|które)\s+[^.!?]{3,70}:?$", regex.I)
# "This letter is signed by the following organisations:", "Ont signé :" - a short line
# that announces the list and ends with a colon.
_ANNOUNCE = regex.compile(
    r"\b(?:signed|signing|signatories|signatory|signataires|sign[ée]e?s?|signent|"
    r"co-?signed|endorsed|endorsing|undersigned|firmad[oa]s?|firman|firmantes|suscrib\w*|"
    r"unterzeichne\w*|unterschrieben|assinad[oa]s?|assinam)\b[^.!?]{0,60}:\s*$", regex.I)
_PERSON_HEADING = regex.compile(
    r"^(?:[\p{L}-]+\s+){0,3}(?:individuals|individual\s+signatories|personnes|individus|"
    r"personas|individuales|einzelpersonen|persons)\b", regex.I)
_CLOSING = regex.compile(
    r"^(?:sincerely|yours\s+sincerely|yours\s+faithfully|yours\s+truly|respectfully|"
    r"kind\s+regards|best\s+regards|signed|cordialement|bien\s+cordialement|atentamente|"
    r"saludos\s+cordiales|mit\s+freundlichen\s+grüßen|atenciosamente)\b[\s,.:]*$",
    regex.I,
)
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
_LETTERS = regex.compile(r"\p{L}+")
_TWO_SENTENCES = regex.compile(r"\p{Ll}{2}[.!?] \p{Lu}")
_NAME_START = regex.compile(r"[\p{L}\p{N}\"“«(•*·▪●◦|-]")
_SLASH = regex.compile(r"\s*/\s*")
_LOGO = r"(?:logo|logotipo|logotype)"  # the word an image's alt text adds to a name
_LOGO_SPLIT = regex.compile(rf"(?<=\S)\s+{_LOGO}\b\s*", regex.I)
_URL = regex.compile(r"https?://\S+|www\.\S+")
_ACRONYM_PAREN = regex.compile(r"\((?:\p{Lu}[\p{Lu}\d&.-]{1,}|\p{Lu}\p{L}+\p{Lu}\p{L}*)\)")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PLACE_DATE = regex.compile(r"^(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:\([^()]{1,30}\)\s*)?[,\s]\s*$")
_IMAGE_PREFIX = regex.compile(r"^(?:\[[^\[\]\s]*\]\s*)+(?=\p{L})")
_NOT_NAME_START = regex.compile(
    r"^(?:(?:to|re|subject|cc|from|objet|asunto|betreff|à|para|an)\s*:|dear\b|cher\b|chère\b|"
    r"estimad[oa]s?\b|sehr\s+geehrte|"
    # a programme's time ("12:30-13:00 Standing lunch", "9.30 Welcome"): no name
    r"\d{1,2}[:.h]\d{2}\b(?:\s*(?:am|pm|uhr|h))?\s*(?:[-–—]\s*\d{1,2}[:.h]\d{2})?\s+\p{L})",
    regex.I)
# "For more information, please contact: press@example.org", "Media contact": after the list.
_CONTACT = regex.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|^(?:for\s+(?:more|further)\s+information|(?:press|media)\s+"
    r"contacts?|contacts?\s*:|notes?\s+to\s+editors|pour\s+plus\s+d'information|"
    r"para\s+más\s+información|contacto\s+de\s+prensa|pressekontakt)", regex.I)
# A note on the list or the release's end mark, never an entry: "* organisations listed
# for identification purposes only", "(à titre indicatif)", "ENDS", "-30-", "###".
_LIST_NOTE = regex.compile(
    r"\bfor\s+(?:the\s+purposes?\s+of\s+)?identification(?:\s+purposes?)?(?:\s+only)?\b|"
    r"\bà\s+titre\s+(?:indicatif|d'identification)|\ba\s+título\s+(?:informativo|indicativo)|"
    r"\bcon\s+fines\s+de\s+identificación|"
    r"^[-–—\s]*(?:ends?|fin|-?\s*30\s*-?)[-–—\s]*$|^#{3}$", regex.I)
# A line opening the contact block after a list ("CONTACTOS PARA MAYOR INFORMACIÓN",
# "Press contacts:", "Pour plus d'informations"): the list ends above it.
_CONTACT_LINE = regex.compile(
    r"^(?:(?:press|media|presse)\s+)?(?:contacts?|contactos?|contatti|kontakte?|pressekontakt)"
    r"(?:\s*:|\s*$|\s+(?:para|for|pour|per|für|de\s+prensa|presse)\b)|"
    r"^(?:for\s+(?:more|further)\s+information|para\s+(?:más|mayor)\s+información|"
    r"pour\s+plus\s+d'informations?|per\s+(?:maggiori|ulteriori)\s+informazioni|"
    r"voor\s+meer\s+informatie|weitere\s+informationen|mais\s+informações)", regex.I)


def _contact_cut(block: Block) -> int:
    """The line of a list block where a contact block begins (0: none; never the first).

    >>> _contact_cut(Block(0, ["Alpha Trust", "Beta Union", "CONTACTOS PARA MAYOR "
    ...                        "INFORMACIÓN", "Ana Ruiz", "Email: ana@example.org"], "", "p"))
    2
    >>> _contact_cut(Block(0, ["Alpha Trust", "Contact Ireland", "Beta Union"], "", "p"))
    0
    """
    for k, line in enumerate(block.lines[1:], start=1):
        if len(line) <= 80 and _CONTACT_LINE.match(line.strip("*_ \t")):
            return k
    return 0


_ABBREV_END = regex.compile(
    r"\b(?:Inc|Ltd|Co|Corp|Pte|Pty|Bhd|Ltda|asbl|St|Jr|Sr|\p{Lu}|"
    # a legal form in dotted letters: "e.V.", "S.A.", "s.r.o.", "S.r.l.", "a.s.b.l.", "e. V."
    r"(?:\p{L}{1,2}\.|\p{L}\. ){1,4}\p{L}{1,2})\.$")


@lru_cache(maxsize=16384)
def is_heading(line: str) -> bool:
    """A signatory-list heading.

    >>> is_heading("Signatories:"), is_heading("Firmantes (45)"), is_heading("Signed by")
    (True, True, True)
    >>> is_heading("List of signatories (as of 10 May 2021)"), is_heading("Ont signé :")
    (True, True)
    >>> is_heading("This letter is co-signed by the following organisations:")
    True
    >>> is_heading("We signed the letter."), is_heading("Note: we signed the letter today.")
    (False, False)
    >>> is_heading("Sign up for our newsletter:"), is_heading("Significant developments:")
    (False, False)
    """
    text = line.strip()
    if len(text) <= 60 and _HEADING.match(text):
        return True
    return len(text) <= 90 and bool(_ANNOUNCE.search(text))


@lru_cache(maxsize=16384)
def names_signers(line: str) -> bool:
    """A short line naming signers in any language of :mod:`ngoclean.listwords`, not a
    sentence ("Unterschriften", "FIRMAS CARTA A LA CCMA", "Os coletivos signatários:"):
    a list heading when it stands alone or ends with a colon.

    >>> names_signers("Signataires de la lettre ouverte"), names_signers("ONDERTEKENAARS")
    (True, True)
    >>> names_signers("The letter was signed by forty groups.")
    False
    """
    text = line.strip()
    return (len(text) <= 80 and len(text.split()) <= 12 and not text.endswith((".", "!", "?"))
            and signer_word(text))


@lru_cache(maxsize=16384)
def is_subheading(line: str) -> bool:
    """A line naming a section of the list rather than a signatory.

    >>> is_subheading("International and regional organisations"), is_subheading("NGOs:")
    (True, True)
    >>> is_subheading("Organisations based in Sudan:"), is_subheading("Individual signatories")
    (True, True)
    >>> is_subheading("Organisations internationales"), is_subheading("Organizaciones nacionales")
    (True, True)
    >>> is_subheading("Union of Arab Women Organizations"), is_subheading("Amnesty International")
    (False, False)
    >>> is_subheading("Human Rights Defenders Network (HRDN)")
    False
    >>> is_subheading("ORGANIZACIONES Y FUNDACIONES QUE ADHIEREN AL FORO DE CONVERGENCIA")
    True
    """
    text = line.strip()
    if is_heading(text):
        return True
    if len(text) <= 120 and len(text.split()) <= 16 and _GROUP_CLAUSE.match(text):
        return True
    return len(text) <= 70 and bool(_SUBHEADING.match(text)) and not _ACRONYM_PAREN.search(text)


@lru_cache(maxsize=16384)
def is_name_like(line: str, *, final_period: bool = False, merged: bool = False) -> bool:
    """A line that can be (part of) a list of names: short, not a sentence, not a date.

    >>> is_name_like("Centro de Estudios Legales y Sociales (CELS)")
    True
    >>> is_name_like("We urge all States to act."), is_name_like("9 December 2015")
    (False, False)
    >>> is_name_like("For more information, please contact: press@example.org")
    False
    >>> is_name_like("12:30-13:00 Standing lunch"), is_name_like("Article 19")
    (False, True)
    >>> is_name_like("[ana_ruiz.jpg] Ana Ruiz, economist"), is_name_like("[] Ana Ruiz")
    (True, True)
    >>> is_name_like("São Paulo, 8 de janeiro de 2023"), is_name_like("Article 19, 2023")
    (False, True)
    >>> is_name_like("* unions listed for identification purposes only"), is_name_like("ENDS")
    (False, False)
    """
    text = _IMAGE_PREFIX.sub("", line.strip())  # "[photo.jpg] Name, role" (a text dump)
    limit, words = (700, 100) if merged else (220, 32)
    if not text or len(text) > limit or len(text.split()) > words:
        return False
    if not _LETTER.search(text):
        return False  # "1,199", "12:44": a name has letters
    urls = sum(len(u) for u in _URL.findall(text))
    if urls and urls * 2 > len(text):
        return False  # a line of links, not a name with its site
    if merged and _TWO_SENTENCES.search(text):
        return False  # two sentences: prose, not names run together
    if final_period and text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    if merged and text.endswith(":"):
        text = text[:-1]  # "... CIVICUS:" - a name with a colon, run into the next
    if text.endswith((".", "!", "?", ":")) and not _ABBREV_END.search(text):
        return False
    if _NOT_NAME_START.match(text) or _CONTACT.search(text) or _LIST_NOTE.search(text):
        return False
    if not merged and (is_heading(text) or _CLOSING.match(text)):
        return False  # inside a list block a word such as "Organisations" may be a piece
    if _DIGIT.search(text):
        dates = find_dates(text)
        if dates and dates[0].end - dates[0].start >= len(text) - 4:
            return False
        if dates and dates[-1].end >= len(text.rstrip(".")) - 1 and \
                _PLACE_DATE.match(text[:dates[-1].start]):
            return False  # "São Paulo, 8 de janeiro de 2023": where and when it was signed
    return bool(_NAME_START.match(text))


def _is_prose(block: Block) -> bool:
    text = " ".join(block.lines)
    return len(text) >= 150 or (len(text.split()) >= 12 and text.endswith((".", "!", "?")))


def is_table_header(block: Block) -> bool:
    """A table's header row ("Organisation | Country"): part of the list, not a name."""
    if block.tag != "tr":
        return False
    cells = [c.strip().casefold() for x in block.lines for c in x.split("\t") if c.strip()]
    if cells and all(c in TABLE_HEADERS or _bilingual_header(c) for c in cells):
        return True
    el = block.element  # a row of <th> cells only
    if el is None or not isinstance(getattr(el, "tag", None), str):
        return False
    kids = [k for k in el if isinstance(k.tag, str)]
    return bool(kids) and all(k.tag == "th" for k in kids)


def _bilingual_header(cell: str) -> bool:
    """ "Nom / Name", "Pays / Country": a header cell in two languages."""
    parts = [p.strip() for p in _SLASH.split(cell)]
    return len(parts) > 1 and all(p in TABLE_HEADERS for p in parts)


_DELIMITED_END = regex.compile(r"[,;]\s*(?:(?:and|et|y|e|und)\s*)?$")


def _list_block(block: Block) -> bool:
    lines = block.lines
    if is_table_header(block):
        return True
    # "A;\nB;\nC." : a delimited list may close with a full stop.
    delimited = len(lines) > 1 and all(_DELIMITED_END.search(x) for x in lines[:-1])
    ok = [is_name_like(x) for x in lines[:-1]] + [
        is_name_like(lines[-1], final_period=delimited)]
    if not all(ok) and len(lines) >= 10 and sum(
            is_name_like(x, final_period=True) for x in lines) >= 0.9 * len(lines):
        return not is_wrapped_prose(lines)  # a long list: its few odd lines cost only themselves
    if not all(ok):
        # In a list of several lines, a few lines may be names run together.
        if len(lines) < 4 or sum(ok) < 0.75 * len(lines):
            return False
        if not all(o or is_name_like(x, merged=True) for o, x in zip(ok, lines, strict=True)):
            return False
    return not is_wrapped_prose(lines)


@dataclass
class ListSpan:
    """Where the signatory list is: its heading block (if any) and its blocks, in order."""

    heading: int | None = None
    blocks: list[int] = field(default_factory=list)
    person_blocks: set[int] = field(default_factory=set)
    subheadings: list[int] = field(default_factory=list)
    inline: list[str] = field(default_factory=list)  # names of a "Signed by: A, B and C" list
    # Names a wall of logos gives under the heading, before a list that goes on under a
    # second heading (organisations as logos, then people as cards).
    logos: list[str] = field(default_factory=list)
    # Names of an inline list right after the blocks, under a section line that closes the
    # last of them ("…<br>Die Erstunterzeichner des Aufrufs:" / "<p>A, B, C, …</p>"): the
    # names, their block and the section line.
    tail: list[str] = field(default_factory=list)
    tail_blocks: list[int] = field(default_factory=list)
    tail_label: str | None = None
    # Blocks only partly in the list: how many of their first lines are (the rest is body).
    cut: dict[int, int] = field(default_factory=dict)
    # The heading's block when the heading is a line inside it (text pasted from a PDF
    # into one <p>): the list starts at this line; the line before it is the heading.
    offset: dict[int, int] = field(default_factory=dict)
    # Blocks that are one entry and its description ("Name - Country" / what it does).
    described: set[int] = field(default_factory=set)
    # An ``offset`` block whose list begins above its heading line: how many lines right
    # above it are a first section with no line of its own (names, then "Individuals").
    lead: dict[int, int] = field(default_factory=dict)

    @property
    def start(self) -> int | None:
        """Index of the first block belonging to the list (its heading included)."""
        if self.heading is not None:
            return self.heading
        return self.blocks[0] if self.blocks else None


def _name_prefix(block: Block) -> int:
    """How many leading lines of a block of several lines are names, when the block goes
    on with something else ("… Cuestión Pública" / "Se firma el 8 de abril de 2022."):
    the names belong to the list, the rest to the body. 0 when there is no such prefix."""
    lines = block.lines
    k = 0
    while k < len(lines) and (is_name_like(lines[k]) or is_name_like(lines[k], merged=True)):
        k += 1
    return k if 3 <= k < len(lines) and not is_wrapped_prose(lines[:k]) else 0


def _opens_list(blocks: Sequence[Block], pos: int) -> bool:
    """Whether a new list starts at ``pos``: a block of three names or more, or a list
    block followed by another of the same kind (a second ``<ul>`` or table in a row)."""
    block = blocks[pos]
    if not _list_block(block):
        return False
    if len(block.lines) >= 3:
        return True
    nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
    return nxt is not None and nxt.tag == block.tag and _list_block(nxt)


def _odd_item(block: Block, previous: Block) -> bool:
    """One item among list items or table rows that does not read as a name ("Rede X -
    Unidos!", a long affiliation): it is part of the list all the same."""
    text = block.text
    if block.tag == previous.tag == "li" and len(text) <= 400 and _siblings(block, previous):
        return True  # an item of the same <ul>, whatever it reads like
    return (block.tag == previous.tag and block.tag in ("li", "tr") and len(text) <= 400
            and not _CONTACT.search(text) and not is_wrapped_prose(block.lines)
            and not _is_sentence_block(block))


_LOGO_WORD = regex.compile(rf"\s*\b(?:{_LOGO}|logó)\b\s*", regex.I)


def _logo_names(block: Block) -> list[str]:
    """The names a row of logos right after ``block`` gives by its images' alt texts
    ("Boxcryptor Logo" -> "Boxcryptor"): an element holding three images or more with
    alt texts and no text of its own (a grid of cells holding one logo each, too), past
    a rule under the heading; [] otherwise. A wall of twenty logos or more may hold a
    cell or two of text (a call to join) and a few logos without alt text."""
    el = block.element
    nxt = el.getnext() if el is not None and hasattr(el, "getnext") else None
    while nxt is not None and isinstance(nxt.tag, str) and nxt.tag in ("hr", "br"):
        nxt = nxt.getnext()  # a rule under the heading ("<h2>…</h2><hr><div>logos</div>")
    if nxt is None or not isinstance(nxt.tag, str):
        return []
    if "".join(nxt.itertext()).strip():
        cells = [(c, bool("".join(c.itertext()).strip()))
                 for c in nxt if isinstance(c.tag, str)]
        texts = sum(has_text for _, has_text in cells)
        logos = [c for c, has_text in cells if not has_text and c.find(".//img") is not None]
        if len(logos) < _LOGO_WALL or texts > 2:
            return []
        imgs = [img for c in logos for img in c.iter("img")]
    else:
        imgs = list(nxt.iter("img"))
    alts = [(img.get("alt") or "").strip() for img in imgs]
    names = [" ".join(_LOGO_WORD.sub(" ", a).split()) for a in alts]
    names = [n for n in names if n]
    missing = len(alts) - len(names)
    if len(names) < 3 or missing > (len(alts) // 20 if len(alts) >= _LOGO_WALL else 0) or \
            not all(is_name_like(n) for n in names):
        return []
    return names


_LOGO_WALL = 20
_LOGO_NEXT_LIST = 5  # blocks from a wall of logos to a list going on under a second heading


def logo_run(text: str) -> list[str]:
    """Names of a row of logos as a text browser writes their alt texts, or [].

    >>> logo_run("Boxcryptor Logo Mail.de Logo Tresorit Logo")
    ['Boxcryptor', 'Mail.de', 'Tresorit']
    >>> logo_run("Our new logo is ready")
    []
    """
    parts = _LOGO_SPLIT.split(text.strip())
    if len(parts) < 4 or parts[-1].strip():
        return []
    names = [" ".join(p.split()) for p in parts[:-1]]
    return names if all(n and is_name_like(n) and len(n.split()) <= 6 for n in names) else []


def _described(block: Block, *, going_on: bool = False) -> bool:
    """An entry followed by its description: a short name-like first line, then prose
    ("Bits of Freedom - The Netherlands" / "Bits of Freedom defends digital rights …").
    ``going_on``: among such entries, where a short description ("Association for arts
    and media") is enough."""
    lines = block.lines[_lead_letterless(block):]
    if len(lines) < 2 or len(lines) > 6 or len(lines[0].split()) > 12 or \
            not is_name_like(lines[0]) or _CONTACT.search(block.text):
        return False
    if len(lines) > 2 and all(is_name_like(x) and len(x.split()) <= 10 for x in lines[1:]) \
            and not is_wrapped_prose(lines[1:]):
        return False  # names, one per line: a block of the list itself
    rest = " ".join(lines[1:])
    words = len(rest.split())
    if going_on:
        return words >= 3
    return words >= 10 or (words >= 6 and not is_name_like(rest))


def _described_run(blocks: Sequence[Block], pos: int, span: ListSpan) -> bool:
    """Whether the block at ``pos`` is one of several entries with their description."""
    back = pos - 1
    while back >= 0 and _letterless(blocks[back]):
        back -= 1  # ("[]": an image between the entries)
    previous = blocks[back] if back >= 0 else None
    if previous is not None and previous.index in span.described and \
            previous.index in span.blocks:
        return _described(blocks[pos], going_on=True)
    nxt = pos + 1
    while nxt < len(blocks) and _letterless(blocks[nxt]):
        nxt += 1
    return _described(blocks[pos]) and nxt < len(blocks) and _described(blocks[nxt])


def _lead_letterless(block: Block) -> int:
    """How many first lines of ``block`` hold no letter ("[]": an image)."""
    k = 0
    while k < len(block.lines) and _LETTER.search(block.lines[k]) is None:
        k += 1
    return k


def _letterless(block: Block) -> bool:
    return _LETTER.search(block.text) is None


def _siblings(a: Block, b: Block) -> bool:
    """Whether two HTML blocks are children of one element (items of one list)."""
    ea, eb = a.element, b.element
    if ea is None or eb is None or not hasattr(ea, "getparent") or not hasattr(eb, "getparent"):
        return False
    parent = ea.getparent()
    return parent is not None and parent is eb.getparent()


def _sandwiched(blocks: Sequence[Block], pos: int, span: ListSpan) -> bool:
    """One odd entry (a line, or an entry wrapped over two or three) between two one-line
    entries of the same kind ("<p>" per name): the list goes on over it."""
    block = blocks[pos]
    rewrapped = _rewrapped_names(block)
    if pos == 0 or pos + 1 >= len(blocks) or (len(block.lines) > 3 and not rewrapped):
        return False
    merged = rewrapped or (len(block.lines) == 1 and is_name_like(block.text, merged=True))
    # (names run together on one line, up to is_name_like's 700 characters, or re-wrapped
    # as running text over a few lines)
    if len(block.text) > 300 and not merged:
        return False
    if len(block.lines) > 1 and _is_sentence_block(block):
        return False  # (an entry wrapped over two or three lines is still one entry)
    before, after = blocks[pos - 1], blocks[pos + 1]
    if not (before.index in span.blocks and before.tag == block.tag == after.tag
            and (len(before.lines) == 1 or _wrapped_entry(before)
                 or _rewrapped_names(before))
            and not _CONTACT.search(block.text) and furniture_reason(block.text) is None):
        return False
    if (len(after.lines) == 1 or merged) and _list_block(after):
        return True
    # several long entries in a row, each wrapped ("<p>" per name, dumped at 80
    # columns): the list goes on when a one-line entry follows within eight of them
    for nxt in blocks[pos + 1:pos + 9]:
        if nxt.tag != block.tag:
            return False
        if len(nxt.lines) == 1:
            return _list_block(nxt)
        if not (_wrapped_entry(nxt) or _rewrapped_names(nxt)):
            return False
    return False


def _rewrapped_names(block: Block) -> bool:
    """Names run together and re-wrapped as running text over four to six lines (a run
    of a list re-flowed): not a sentence, and name-like as one merged line."""
    return 4 <= len(block.lines) <= 6 and not _is_sentence_block(block) and \
        is_name_like(" ".join(block.lines), merged=True) and \
        not _CONTACT.search(block.text) and furniture_reason(block.text) is None


_EMPHASIS = frozenset({"strong", "b", "em", "i", "u"})


def _emphasised_section(blocks: Sequence[Block], pos: int) -> bool:
    """A short line set in bold (or italics) as the whole of its paragraph, between items
    of the list and more items ("<ul>…</ul>" / "<p><strong>Research funding organizations
    and governments</strong></p>" / "<ul>…"): the next section of the list."""
    block = blocks[pos]
    el = block.element
    if len(block.lines) != 1 or pos + 1 >= len(blocks) or el is None or \
            block.tag in ("li", "tr", "td", "dd", "dt") or blocks[pos + 1].tag not in ("li", "tr"):
        return False
    text = block.lines[0].strip()
    if not text or len(text) > 80 or text.endswith((".", "!", "?")):
        return False
    kids = [k for k in el if isinstance(getattr(k, "tag", None), str)]
    return len(kids) == 1 and kids[0].tag in _EMPHASIS and not (el.text or "").strip() \
        and not (kids[0].tail or "").strip() and \
        " ".join("".join(kids[0].itertext()).split()) == " ".join(text.split())


def _signer_section(blocks: Sequence[Block], pos: int) -> bool:
    """A line naming signatories right after a list's entries and over more of them
    ("Nationale unterzeichnende Organisationen" / items / "Internationale unterzeichnende
    Organisationen und Bündnisse" / items): the list's next section, not its end (a
    line of "Supporters" over a list heads another list)."""
    lines = blocks[pos].lines
    line = lines[0].strip("*_ \t")
    return len(lines) == 1 and names_signers(line) and _signatory_words(line) and \
        pos + 1 < len(blocks) and _opens_list(blocks, pos + 1)


def _marker_kind(line: str) -> str:
    """The kind of list marker a line starts with: the bullet itself, or "1." for any
    number and its punctuation ("12." and "3." are one kind); "" without one."""
    m = LIST_MARKER.match(line)
    if not m:
        return ""
    mark = m.group().strip()
    return regex.sub(r"\d+", "1", mark)


def _marked_item(blocks: Sequence[Block], pos: int, span: ListSpan) -> bool:
    """A block that opens with the same list marker as the list's entries around it
    ("* ..." in a text browser's dump of a ``<ul>``): an item of the list, however its
    lines were wrapped or run together, while it does not read as a paragraph."""
    block = blocks[pos]
    if pos == 0 or pos + 1 >= len(blocks):
        return False
    before, after = blocks[pos - 1], blocks[pos + 1]
    kind = _marker_kind(block.lines[0])
    if not kind or before.index not in span.blocks or before.tag != block.tag:
        return False
    if _marker_kind(before.lines[0]) != kind or _marker_kind(after.lines[0]) != kind:
        return False
    # (its lines may read as wrapped prose, "... for Research" / "in Leukemia": an item
    # wrapped by the dump; a sentence is no entry)
    return len(block.lines) <= 8 and len(block.text) <= 700 and \
        not _is_sentence_block(block) and \
        not _CONTACT.search(block.text) and furniture_reason(block.text) is None


def _wrapped_entry(block: Block) -> bool:
    """An entry wrapped over two or three lines: not a sentence, and read as a name once
    its lines are joined ("Laboratoire des matériaux composites pour la" /
    "construction")."""
    return 2 <= len(block.lines) <= 3 and len(block.text) <= 300 and \
        not _is_sentence_block(block) and is_name_like(" ".join(block.lines)) and \
        not _CONTACT.search(block.text) and furniture_reason(block.text) is None


def _is_sentence_block(block: Block) -> bool:
    text = " ".join(block.lines)
    return len(text.split()) >= 12 and text.rstrip().endswith((".", "!", "?")) and \
        not _ABBREV_END.search(text)


def _marked_section(line: str) -> bool:
    """A short line set apart as a section of the list by its emphasis marks
    ("** Wetenschappers**": bold the page's renderer did not render)."""
    text = line.strip()
    bare = text.strip("*_ :")
    if not bare or len(bare.split()) > 5 or not _LETTER.search(bare):
        return False
    return text.startswith(("*", "_")) and text.endswith(("*", "_"))


_OPEN_END = regex.compile(r"[-–—‐‑,(/&]\s*$")


def _place_section(blocks: Sequence[Block], pos: int) -> bool:
    """A line alone naming a country or region ("AUSTRIA", "Europe", "South Africa:")
    with list lines right under it: a section of a list sorted by place."""
    block = blocks[pos]
    if len(block.lines) != 1 or pos + 1 >= len(blocks) or len(block.lines[0]) > 60:
        return False
    if pos and _OPEN_END.search(blocks[pos - 1].lines[-1]):
        return False  # "... Neurosciences (IMHANS) -" / "India": an entry's country, wrapped
    text = " ".join(block.lines[0].strip(" :*_\t").split())
    return 0 < len(text.split()) <= 5 and text.casefold() in _REGIONS and \
        _list_block(blocks[pos + 1])


def _run_from(blocks: Sequence[Block], pos: int, span: ListSpan) -> None:
    stop = _run_blocks(blocks, pos, span)
    if span.blocks and not span.tail:
        _inline_tail(blocks, span, stop)
    if span.blocks and not span.tail:
        _cut_trailing(blocks, span, stop)


def _last_block_at(blocks: Sequence[Block], span: ListSpan, stop: int) -> int | None:
    """Where the list's last block is among ``blocks``, read back from ``stop`` (where
    the run of its blocks stopped)."""
    return next((k for k in range(min(stop, len(blocks) - 1), -1, -1)
                 if blocks[k].index == span.blocks[-1]), None)


def _no_entry(line: str) -> bool:
    """Whether a line closing a list is no entry: no name looks like it and it is a
    phrase of three words or more, or has no letter (a rule); a short odd name
    ("Attac!") stays.

    >>> _no_entry("Aderisci con la tua organizzazione!"), _no_entry("_" * 20)
    (True, True)
    >>> _no_entry("Attac!"), _no_entry("Human Rights Watch")
    (False, False)
    """
    return not is_name_like(line, final_period=True) and \
        not is_name_like(line, merged=True) and \
        (len(line.split()) >= 3 or not _LETTER.search(line))


def _cut_trailing(blocks: Sequence[Block], span: ListSpan, stop: int) -> None:
    """Lines closing the list's last block that no name looks like (a call to join,
    "Aderisci con la tua organizzazione!", a sentence): they go to the body, when names
    come before them in the block."""
    at = _last_block_at(blocks, span, stop)
    if at is None:
        return
    last = blocks[at]
    end = span.cut.get(last.index, len(last.lines))
    k = end
    while k > 0 and _no_entry(last.lines[k - 1]):
        k -= 1
    if 3 <= k < end:
        span.cut[last.index] = k


def _inline_tail(blocks: Sequence[Block], span: ListSpan, stop: int) -> None:
    """An inline list right after the list's last block, under a line closing that block
    that names signers and ends with a colon: it goes on the list, as its last section.
    ``stop`` is where the run of the list's blocks stopped (its last block is there or
    just before: read back from there)."""
    at = _last_block_at(blocks, span, stop)
    if at is None or at + 1 >= len(blocks):
        return
    last, nxt = blocks[at], blocks[at + 1]
    end = span.cut.get(last.index, len(last.lines))
    if end < 2 or end != len(last.lines):
        return
    line = last.lines[end - 1].strip("*_ \t")
    if not (line.endswith(":") and names_signers(line)):
        return
    names = split_inline(" ".join(nxt.lines))
    if len(names) >= 3 and _capitalised(names):
        span.cut[last.index] = end - 1
        span.tail, span.tail_blocks, span.tail_label = names, [nxt.index], line.rstrip(":")


def _run_blocks(blocks: Sequence[Block], pos: int, span: ListSpan) -> int:
    """Take the list's blocks from ``pos`` on into ``span``; where the run stopped."""
    persons = False
    first = pos
    while pos < len(blocks):
        block = blocks[pos]
        lines = block.lines
        if pos == first and not _list_block(block) and len(" ".join(lines)) > 100 and \
                (len(lines) == 1 or is_wrapped_prose(lines)) and \
                is_name_like(" ".join(lines), merged=True):
            # Right under the heading: a list whose line breaks were lost (<p> without <br>)
            span.blocks.append(block.index)
            pos += 1
            continue
        previous = blocks[pos - 1] if pos > first else None
        in_items = previous is not None and previous.tag in ("li", "tr") and \
            previous.index in span.blocks
        if _letterless(block) and pos + 1 < len(blocks) and (
                pos == first or (span.blocks and span.blocks[-1] in span.described)):
            # "[]" (an image) under the heading or between entries with descriptions
            first = pos + 1 if pos == first else first
            pos += 1
            continue
        described = _described_run(blocks, pos, span)
        signer_section = bool(span.blocks) and _signer_section(blocks, pos)
        if in_items and previous is not None and block.tag != previous.tag and \
                not described and not is_subheading(lines[0]) and \
                not _emphasised_section(blocks, pos) and not _opens_list(blocks, pos) and \
                not signer_section:
            break  # the list (its items or rows) has ended
        if not in_items and previous is not None and previous.index in span.blocks \
                and block.link_density >= 0.9 and previous.link_density < 0.1 and \
                block.tag == previous.tag:
            break  # names written as text, then a link ("« Back to home"): navigation
        if pos == first and len(lines) == 1 and furniture_reason(lines[0]) == "promo" and \
                pos + 1 < len(blocks) and _opens_list(blocks, pos + 1):
            first = pos + 1  # "→ Sign the letter via GitHub" under the heading: the
            pos += 1  # list follows it
            continue
        if span.blocks and len(lines) == 1 and tail_reason(lines[0]) == "comments":
            break  # "28 Kommentare": the readers' comments follow the list
        if any(furniture_reason(x) for x in lines) and not (
                in_items and previous is not None and block.tag == previous.tag
                and len(lines) == 1 and block.link_density == 0 and pos + 1 < len(blocks)
                and blocks[pos + 1].tag == block.tag):
            break  # (one item among items, not a link, is a name: "reddit")
        if block.tag in _HEADING_TAGS and not is_heading(lines[0]) and \
                not is_subheading(lines[0]) and not _place_section(blocks, pos) and \
                not signer_section:
            break  # a new section ("Background") ends the list
        if len(lines) == 1 and (is_subheading(lines[0]) or _emphasised_section(blocks, pos) or
                                signer_section or (
                _marked_section(lines[0]) and pos + 1 < len(blocks)
                and _list_block(blocks[pos + 1])) or _place_section(blocks, pos)):
            span.subheadings.append(block.index)
            persons = bool(_PERSON_HEADING.match(lines[0]))
        elif len(lines) > 1 and is_subheading(lines[0]) and _list_block(
                Block(block.index, lines[1:], block.path, block.tag)):
            # "<p><strong>National organisations</strong><br>A<br>B</p>": the first line
            # names the section, the others are its entries.
            span.subheadings.append(block.index)
            persons = bool(_PERSON_HEADING.match(lines[0]))
            span.blocks.append(block.index)
            if persons:
                span.person_blocks.add(block.index)
        elif not described and (_list_block(block) or (in_items and previous is not None
                                    and _odd_item(block, previous))) or \
                _sandwiched(blocks, pos, span) or _marked_item(blocks, pos, span):
            span.blocks.append(block.index)
            if persons:
                span.person_blocks.add(block.index)
            if (k := _contact_cut(block)):
                span.cut[block.index] = k  # the contact block after the list stays out
                break
        elif described:
            # "Name - Country" / a line or two saying what the organisation does: the
            # first line is the entry, the description stays in the body.
            span.blocks.append(block.index)
            span.cut[block.index] = _lead_letterless(block) + 1
            span.described.add(block.index)
            if persons:
                span.person_blocks.add(block.index)
        elif (k := _name_prefix(block)):
            span.blocks.append(block.index)  # names, then the letter goes on
            span.cut[block.index] = min(k, _contact_cut(block) or k)
            if persons:
                span.person_blocks.add(block.index)
            break
        elif pos == first and pos + 1 < len(blocks) and len(block.text) <= 400 and \
                _opens_list(blocks, pos + 1):
            # A note right under the heading ("In addition to the 60 public signatures,
            # 91 staff signed anonymously."): it stays in the body, the list follows.
            first = pos + 1
        else:
            break
        pos += 1
    return pos


def _chosen(blocks: Sequence[Block], span: ListSpan) -> list[Block]:
    """The blocks of ``span``, in order."""
    members = set(span.blocks)
    return [b for b in blocks if b.index in members]


def _links(chosen: Sequence[Block]) -> bool:
    """Whether most of these blocks are links (a site's menu, not names)."""
    return sum(b.link_density for b in chosen) > 0.5 * len(chosen)


def _mostly_orgs(lines: Sequence[str]) -> bool:
    return sum(map(_org_like, lines)) >= 0.6 * len(lines)


def _long_org_list(blocks: Sequence[Block], span: ListSpan, least: int = 15) -> bool:
    """A long list, most of it organisations, not written as links."""
    chosen = _chosen(blocks, span)
    lines = [x for b in chosen for x in b.lines]
    return len(lines) >= least and _mostly_orgs(lines) and not _links(chosen)


_BEFORE_NOTE = regex.compile(r"\s*(?:\(|,|\s[-–—]\s)")


def _in_order(lines: Sequence[str]) -> float:
    """The share of neighbouring lines in alphabetical order, by their first or by their
    last word (people sorted by family name), whichever is higher.

    >>> _in_order(["Access", "Big Bad Lab", "Calyx Institute", "Daily Kos"])
    1.0
    >>> _in_order(["News", "Home", "About us", "Contact"])
    0.3333333333333333
    >>> _in_order(["Zoe Adams", "Ann Brown (Acme)", "Cy Chang", "Bo Dunn"])  # family names
    1.0
    """
    if len(lines) < 2:
        return 0.0

    def share(keys: list[str]) -> float:
        if len(set(keys)) < 0.9 * len(keys) or len({k[:3] for k in keys}) < 0.25 * len(keys):
            return 0.0  # "... 10th appearance", "1a etapa", "2a etapa": no order of names
        # By the first three letters: hand-sorted lists slip within a letter ("Alessandro",
        # "Aldo").
        pairs = zip(keys, keys[1:], strict=False)
        return sum(a[:3] <= b[:3] for a, b in pairs) / (len(keys) - 1)

    facts = [_order_facts(x) for x in lines]
    by_first = share([f[0] for f in facts])
    # People by family name: the last word of the name, before "(Company)", ", role".
    if sum(f[1] for f in facts) < 0.7 * len(lines):
        return by_first
    return max(by_first, share([f[2] for f in facts]))


@lru_cache(maxsize=16384)
def _order_facts(line: str) -> tuple[str, bool, str]:
    """A line's key by its first words, whether it is a bare person's name (before any
    "(Company)" or ", role"), and that name's last word (computed once per line)."""
    key = " ".join(_LETTERS.findall(line.casefold()) or [""])
    who = _BEFORE_NOTE.split(line.strip(), maxsplit=1)[0]
    return key, bare_person_name(who), (_LETTERS.findall(who.casefold()) or [""])[-1]


def _sorted_names(blocks: Sequence[Block], span: ListSpan, least: int = 12) -> bool:
    """A long run of one-line items in alphabetical order, not links, every one of them
    name-like: a list of names by its structure alone (no heading word needed). A text
    dump's list is one block of lines: when the run's first block is such a list, the
    span is cut to it."""
    chosen = _chosen(blocks, span)
    if chosen and len(chosen[0].lines) >= least and _sorted_lines(chosen[:1], least):
        del span.blocks[1:]
        return True
    if _sorted_lines(chosen, least):
        return True
    # Featured entries (name and role) above the sorted list: the list is its longest
    # stretch of one-line items of one kind, when that is most of the run.
    best: list[Block] = []
    k = 0
    while k < len(chosen):
        end = k
        while end < len(chosen) and len(chosen[end].lines) == 1 and \
                chosen[end].tag == chosen[k].tag:
            end += 1
        if end - k > len(best):
            best = chosen[k:end]
        k = max(end, k + 1)
    if len(best) * 2 > len(chosen) and len(best) < len(chosen) and _sorted_lines(best, least):
        span.blocks[:] = [b.index for b in best]
        return True
    return False


def _sorted_lines(chosen: Sequence[Block], least: int) -> bool:
    if _links(chosen) or (len(chosen) > 1 and
                          sum(len(b.lines) > 1 for b in chosen) > 0.1 * len(chosen)):
        return False  # (one item per block; or a text dump's one block of lines)
    facts = [f for b in chosen for x in b.lines if (f := _line_facts(x))[0]]
    # (not "[] [] []": images)
    if len(facts) < least:
        return False
    if len({f[0].casefold() for f in facts}) < 0.95 * len(facts):
        return False
    if sum(f[1] for f in facts) > 0.1 * len(facts):
        return False  # a schedule ("1a etapa: 10 de março – Interlagos")
    return all(f[2] for f in facts) and _in_order([f[0] for f in facts]) >= 0.9


@lru_cache(maxsize=16384)
def _line_facts(line: str) -> tuple[str, bool, bool]:
    """A list line without its marker ("" when it has no letter), whether it holds a
    date, and whether it has at most twelve words (computed once per line)."""
    text = LIST_MARKER.sub("", line).strip()
    if not _LETTER.search(text):
        return "", False, False
    return text, bool(find_dates(text)), len(text.split()) <= 12


_REGIONS = frozenset({*COUNTRY_FOLD, *REGION_WORDS, "latin america", "middle east", "eu",
                      "european union"})
_COMPASS = frozenset("north south east west northern southern eastern western central "
                     "southeast southeastern northeast northwest southwest".split())
_PLACE_LINK = frozenset({"of", "the", "and", "de", "du", "del", "do", "da", "y", "et", "e"})


def _place_words(words: Sequence[str]) -> int:
    """How many of ``words`` name a country or region ("US", "South Africa",
    "Democratic Republic of Congo", "Southeast Asia"), longest first; 0 for none."""
    part = [w.strip(",.;") for w in words[:5]]
    for k in range(len(part), 0, -1):
        if " ".join(part[:k]).casefold() in _REGIONS:
            return k
    for k in range(len(part), 1, -1):  # "Southeast Asia", "Democratic Republic of Congo"
        head = part[:k]
        if head[-1].casefold() in _REGIONS and all(
                w[:1].isupper() or w in _PLACE_LINK for w in head) and (
                head[0].casefold() in _COMPASS or any(w in _PLACE_LINK for w in head)):
            return k
    return 0


def country_entries(text: str) -> list[str]:
    """The entries of a line of "Name - Country" entries whose breaks were lost, or [].

    >>> found = country_entries("Alpha Trust - US Beta Network - Global Gamma Rights - "
    ...                         "South Africa Delta (DLT) - Democratic Republic of Congo")
    >>> found[:2], found[-1]
    (['Alpha Trust - US', 'Beta Network - Global'], 'Delta (DLT) - Democratic Republic of Congo')
    >>> country_entries("The plan - US officials said - was dropped")
    []
    """
    words = text.split()
    out: list[str] = []
    start = 0
    k = 0
    while k < len(words):
        if words[k] in ("-", "–") and k > start:
            n = _place_words(words[k + 1:])
            nxt = k + 1 + n
            if n and (nxt == len(words) or words[nxt][:1].isupper() or words[nxt][:1].isdigit()
                      or any(w in ("-", "–") for w in words[nxt + 1:nxt + 8])):
                out.append(" ".join(words[start:nxt]))
                start = k = nxt
                continue
        k += 1
    if start < len(words) or len(out) < 4:
        return []
    return out


def _ends_announcing(line: str) -> bool:
    """A paragraph whose last sentence is a short phrase naming signers, ending with a
    colon: "Setembro de 2024, pelo Grupo X. Os coletivos signatários:".

    >>> _ends_announcing("Lisboa, 2024, pelo Grupo X. Os coletivos signatários:")
    True
    >>> _ends_announcing("Setembro de 2024, pelo Grupo de Ação Conjunta contra o Racismo e "
    ...                  "Xenofobia Os coletivos signatários:")
    True
    >>> _ends_announcing("Os coletivos signatários pedem: justiça e verdade.")
    False
    """
    text = line.rstrip()
    if not text.endswith((":", "：")):
        return False
    lead = text[:-1]
    cut = max(lead.rfind(x) for x in ".!?")
    last = lead[cut + 1:].split()
    if 0 < len(last) <= 8:
        return names_signers(" ".join(last))
    # No full stop before it (a line break lost): the last few words from a capital.
    return any(last[-k][:1].isupper() and names_signers(" ".join(last[-k:]))
               for k in range(2, min(6, len(last) + 1)))


def _separated(block: Block) -> list[str]:
    """The names of a block that is an inline list, perhaps wrapped over lines (more
    separators " / ", " – ", ";" than lines), or []."""
    text = " ".join(block.lines)
    if len(block.lines) == 1 and (names := country_entries(text)):
        return names  # "A - US B - Global C - Kenya": one line of "Name - Country"
    if names := logo_run(text):
        return names  # "A Logo B Logo C Logo": the alt texts of a row of logos
    if sum(text.count(x) for x in (" / ", " – ", "; ")) < max(2, len(block.lines)):
        return []
    names = split_inline(text)
    return names if len(names) > len(block.lines) else []


def _inline_under(blocks: Sequence[Block], pos: int, names: list[str]) -> ListSpan:
    """The inline list ``names`` of the block after the heading at ``pos``, with the
    inline sections that follow it."""
    span = ListSpan(heading=blocks[pos].index, blocks=[blocks[pos + 1].index], inline=names)
    _more_inline(blocks, pos + 2, span)
    return span


def _more_inline(blocks: Sequence[Block], pos: int, span: ListSpan) -> None:
    """Further inline sections after an inline list: "CONVOCAN:" / "A / B / C" /
    "ADHIEREN:" / "D / E / F" is one list of two sections."""
    while pos + 1 < len(blocks):
        line = blocks[pos].lines[0].strip("*_ \t")
        if len(blocks[pos].lines) != 1 or not line.endswith(":") or not (
                is_heading(line) or names_signers(line)):
            return
        names = split_inline(" ".join(blocks[pos + 1].lines))
        if not names:
            return
        span.subheadings.append(blocks[pos].index)
        span.blocks.append(blocks[pos + 1].index)
        span.inline.extend(names)
        pos += 2


def _heads_items(blocks: Sequence[Block], pos: int) -> bool:
    """Whether the one-line block at ``pos`` can head a run of items: a heading element
    or a short label, followed by items of another kind (``<li>`` after ``<h2>``) or by
    one long block of lines (a text dump's list). Never an item itself, so that a run of
    items is never read from each of its own items (quadratic in the run)."""
    block = blocks[pos]
    if pos + 1 >= len(blocks) or block.tag in ("li", "tr", "td", "dd", "dt"):
        return False
    if not (block.tag in _HEADING_TAGS or _PERSON_HEADING.match(block.lines[0])
            or _label_line(block.lines[0])):
        return False
    nxt = blocks[pos + 1]
    if len(nxt.lines) >= 12:
        return True  # a text dump's list: one block of lines
    if nxt.tag == block.tag:
        return False
    # (cheap test first: a dozen one-line items, or featured entries then items, follow)
    ahead = blocks[pos + 1:pos + 40]
    return sum(len(b.lines) == 1 for b in ahead) >= 12


def _label_line(line: str) -> bool:
    """A short line that can head a section: a few words, no sentence, no digits."""
    text = line.strip().rstrip(":")
    return 0 < len(text.split()) <= 5 and not text.endswith((".", "!", "?", ",")) and \
        not _DIGIT.search(text) and _LETTER.match(text) is not None


def _speaks_before(blocks: Sequence[Block], pos: int) -> bool:
    return speaks_as_signers(" ".join(" ".join(b.lines) for b in blocks[:pos]))


def _weak_heading_ok(blocks: Sequence[Block], pos: int, span: ListSpan) -> bool:
    """A list under a heading found by its vocabulary alone stands when the page speaks
    as signers, or when the list is long, most of it names organisations or is written
    as names, and it is not a list of links (a site's menu)."""
    if _speaks_before(blocks, pos):
        return True
    chosen = _chosen(blocks, span)
    lines = [x for b in chosen for x in b.lines]
    if not lines or _links(chosen):
        return False
    if len(lines) >= 5 and _mostly_orgs(lines):
        return True
    return len(lines) >= 8 and sum(map(is_name_like, lines)) >= 0.8 * len(lines)


def _heading_inside(blocks: Sequence[Block]) -> ListSpan | None:
    """A list whose heading is a line inside a long block of lines (a letter pasted from
    a PDF into one ``<p>`` with ``<br>``s): "… our demands." / "Firman:" / names."""
    for block in blocks:
        lines = block.lines
        if len(lines) < 6:
            continue
        for k in range(1, len(lines) - 3):
            line = lines[k].strip("*_ \t")
            # (words for signers inside running text do not head a list: the line, or
            # the line it wraps onto, must announce one, or be short as a heading is)
            wraps = not line.endswith(":") and lines[k + 1].rstrip().endswith(":")
            if not (is_heading(line) or is_closing(line) or (names_signers(line) and (
                    line.endswith(":") or len(line.split()) <= 6 or wraps))):
                continue
            if wraps and not is_heading(line):
                k += 1  # the list starts after the announcement's last line
            rest = Block(block.index, lines[k + 1:], block.path, block.tag)
            commas = 0
            while k + 1 + commas < len(lines) and lines[k + 1 + commas].count(",") >= 1:
                commas += 1
            run = lines[k + 1:k + 1 + commas]
            if commas >= 2 and sum(x.rstrip().endswith(".") for x in run) <= 0.2 * commas \
                    and sum(map(len, run)) >= 50 * commas:
                # "A, B, C, D,\nE, F, G": an inline list wrapped over lines, up to the
                # first line without a comma.
                names = split_inline(" ".join(run))
                if len(names) > commas:
                    span = ListSpan(heading=block.index, blocks=[block.index], inline=names)
                    span.offset[block.index] = k + 1
                    if k + 1 + commas < len(lines):
                        span.cut[block.index] = k + 1 + commas
                    return span
            n = len(rest.lines) if _list_block(rest) else _name_prefix(rest)
            if (contact := _contact_cut(rest)):
                n = min(n, contact)  # the contact block after the list stays out
            if n < 3:
                continue
            span = ListSpan(heading=block.index, blocks=[block.index])
            span.offset[block.index] = k + 1
            if n < len(rest.lines):
                span.cut[block.index] = k + 1 + n
            if (lead := _lead_section(lines[:k])):
                span.lead[block.index] = lead
            return span
    return None


def _lead_section(lines: Sequence[str]) -> int:
    """How many of the last ``lines`` (those above a heading line inside a block) are a
    first section of the list with no line of its own: five or more short name lines,
    most of them organisations, under a line of running text. 0 when there is none.

    >>> _lead_section(["We ask the minister to act.", "Alpha Women's Association",
    ...     "Beta Rights Foundation", "Gamma Network", "Delta Union", "Epsilon Trust"])
    5
    >>> _lead_section(["We ask the minister to act.", "Alpha Women's Association"])
    0
    """
    k = len(lines)
    while k > 0 and len(lines[k - 1].split()) <= 12 and is_name_like(lines[k - 1]):
        k -= 1
    run = lines[k:]
    if len(run) < 5 or k == 0 or not _mostly_orgs(run) or is_wrapped_prose(run):
        return 0
    return len(run)


def find_list(blocks: Sequence[Block], *, min_lines: int = 3,
              heading_only: bool = False, organisations: bool = False,
              closing: int | None = None, headed: bool = True, walls: bool = True) -> ListSpan:
    """Locate the signatory list in ``blocks`` (indices refer to ``Block.index``).

    With ``heading_only``, only a list under a signatory heading is looked for. With
    ``organisations``, a list without a heading must look like organisations (five
    lines or more, most with an organisation word, an acronym or a country): on web
    pages, runs of short lines are often something else. With ``closing``, a list
    without a heading must end within the last ``closing`` blocks (it closes the letter).
    Without ``headed``, the list under a heading is not looked for (the caller has looked
    for it in these very blocks already). Without ``walls``, no wall of logos is read
    (the list going on after one is looked for so, never one wall after another).
    """
    for pos, block in enumerate(blocks if headed else ()):
        lines = block.lines
        if len(lines) == 2 and RULE_LINE.match(lines[1]):
            lines = lines[:1]  # a heading a text browser underlined ("Firmatari" / "____")
        first_line = lines[0].strip("*_ \t")  # "**As entidades abaixo assinadas,"
        strong = is_heading(first_line) or (len(lines) > 1 and is_closing(first_line))
        weak = not strong and names_signers(first_line) and (
            len(lines) == 1 or first_line.endswith(":") or
            (first_line.endswith(",") and len(first_line.split()) <= 6))
        if not (strong or weak) and len(lines) == 1 and _ends_announcing(first_line):
            weak = True  # "… pelo Grupo de Ação. Os coletivos signatários:"

        if not (strong or weak) and is_closing(lines[-1]) and pos + 1 < len(blocks):
            # "Sincerely,", "In fede,", "Mit freundlichen Grüßen": the signers follow; the
            # closing itself ends the letter's body.
            span = ListSpan()
            _run_from(blocks, pos + 1, span)
            chosen = _chosen(blocks, span)
            if chosen and (not _links(chosen) or _speaks_before(blocks, pos)):
                return span  # (names that are all links stand only on a page that signs)
            continue
        if not (strong or weak) and len(lines) == 1 and is_subheading(lines[0]):
            # A list starting with its first section line ("PUBLIC ADVOCACY
            # ORGANIZATIONS", "Organisations régionales"), with no heading above it.
            span = ListSpan(heading=block.index)
            _run_from(blocks, pos + 1, span)
            # (one entry under a section line is a tag list's "International
            # organisations" / "Arms", not a list of signers)
            if span.blocks and sum(len(b.lines) for b in _chosen(blocks, span)) >= 2 and (
                    _sorted_names(blocks, span) or (
                    (_speaks_before(blocks, pos) or _long_org_list(blocks, span))
                    and _weak_heading_ok(blocks, pos, span))):
                if _PERSON_HEADING.match(lines[0]):
                    span.person_blocks.update(span.blocks)
                return span
            continue
        if not (strong or weak) and _place_section(blocks, pos) and \
                _speaks_before(blocks, pos):
            # "EUROPE" / names / "AUSTRIA" / names ...: a list in sections by place, with
            # no heading above its first section
            span = ListSpan(heading=block.index)
            _run_from(blocks, pos + 1, span)
            if len(span.subheadings) >= 2 and sum(
                    len(b.lines) for b in _chosen(blocks, span)) >= 8:
                return span
            continue
        if len(lines) == 1 and (_PERSON_HEADING.match(lines[0]) or not (strong or weak)) and \
                _heads_items(blocks, pos):
            # "Companies", "INDIVIDUALS": a heading above a long run of names in
            # alphabetical order.
            span = ListSpan(heading=block.index)
            _run_from(blocks, pos + 1, span)
            if span.blocks and _sorted_names(blocks, span):
                if _PERSON_HEADING.match(lines[0]):
                    span.person_blocks.update(span.blocks)
                return span
            continue
        if (strong or weak) and not _PERSON_HEADING.match(lines[0]):
            span = ListSpan(heading=block.index)
            if len(lines) > 1:  # heading and names in one block
                rest = Block(block.index, lines[1:], block.path, block.tag)
                if _list_block(rest):
                    span.blocks.append(block.index)
            _run_from(blocks, pos + 1, span)
            if span.blocks and weak and not _weak_heading_ok(blocks, pos, span):
                continue  # vocabulary alone, on a page that signs nothing ("Signé Genève")
            if not span.blocks and walls and (logos := _logo_names(block)) and (
                    strong or _speaks_before(blocks, pos) or _mostly_orgs(logos)):
                # "Signatory:" above a row of logos: their alt texts name the signers;
                # under a heading found by its vocabulary ("Promotori"), on a page that
                # speaks as signers or when the logos name organisations.
                after = find_list(blocks[pos + 1:pos + 1 + _LOGO_NEXT_LIST + 200],
                                  heading_only=True, walls=False)
                if after.blocks and not after.inline and after.heading is not None and \
                        after.heading - block.index <= _LOGO_NEXT_LIST:
                    # a second section right after the logos: one list, in two parts
                    after.subheadings.insert(0, after.heading)
                    after.heading = block.index
                    after.logos = logos
                    return after
                return ListSpan(heading=block.index, blocks=[block.index], inline=logos)
            if span.blocks and pos + 1 < len(blocks) and \
                    span.blocks[0] == blocks[pos + 1].index and \
                    (inline := _separated(blocks[pos + 1])):
                return _inline_under(blocks, pos, inline)  # wrapped by a text dump
            if span.blocks:
                return span
            if pos + 1 < len(blocks):
                text = " ".join(blocks[pos + 1].lines)
                names = split_inline(text) or country_entries(text) or logo_run(text)
                if names:
                    return _inline_under(blocks, pos, names)
    inside = _heading_inside(blocks) if headed else None
    if inside is not None:
        return inside
    if heading_only:
        return ListSpan()
    # No heading: the longest run of name-like blocks after the first prose block.
    first_prose = next((i for i, b in enumerate(blocks) if _is_prose(b)), None)
    if first_prose is None:
        return ListSpan()
    best: tuple[int, int, int] | None = None  # (lines, start, end)
    pos = first_prose + 1
    def member(block: Block) -> bool:  # a heading element starts a section, not a name
        return block.tag not in _HEADING_TAGS and _list_block(block)

    while pos < len(blocks):
        if not member(blocks[pos]):
            pos += 1
            continue
        end = pos
        n = 0
        while end < len(blocks) and member(blocks[end]) and not (
                end > pos and blocks[end].link_density >= 0.5 and
                blocks[end - 1].link_density < 0.1):  # names as text, then links ("Tags:")
            n += len(blocks[end].lines)
            end += 1
        closes = closing is None or end >= len(blocks) - closing
        if n >= min_lines and closes and (best is None or n >= best[0]):
            best = (n, pos, end)
        pos = end
    if best is None:
        return ListSpan()
    run = blocks[best[1]:best[2]]
    if organisations:
        lines = [x for b in run for x in b.lines]
        # A long run of parallel one-line items (same element, all name-like) is a list
        # by its structure even when few of its names carry an organisation word.
        parallel = len(run) >= 10 and all(len(b.lines) == 1 and b.tag == run[0].tag
                                           for b in run)
        # ... and so is one block of twenty name lines or more, not links (a "<br>" list)
        lined = len(run) == 1 and len(lines) >= 20 and run[0].link_density < 0.5
        if len(lines) < 4 or not (parallel or lined or _mostly_orgs(lines)
                                  or _sorted_lines(run, 12)):
            return ListSpan()
    span = ListSpan(blocks=[b.index for b in run])
    end = best[2]
    if end + 1 < len(blocks) and len(blocks[end].lines) == 1 and \
            is_subheading(blocks[end].lines[0]) and _list_block(blocks[end + 1]):
        # the run goes on in a section under its own line ("Individuals" / names): the
        # list's first section had no line of its own
        _run_from(blocks, end, span)
    return span


_SIGNERS = regex.compile(
    r"\b(?:undersigned|signator(?:y|ies)|signed\s+by|co-?sign\w*|endorsed\s+by|"
    r"endorsing\s+(?:organi[sz]ations|groups)|"
    r"endorse\s+(?:this|the)\s+(?:statement|letter|call|appeal|declaration)|"
    r"joint\s+(?:letter|statement|appeal|submission|declaration)|open\s+letter|"
    r"(?:we|our|following|these|member)\s+(?:\w+\s+){0,2}organi[sz]ations|"
    r"soussign\w+|signataires|lettre\s+ouverte|déclaration\s+conjointe|"
    r"firmantes|abajo\s+firmantes|carta\s+abierta|declaración\s+conjunta|"
    r"unterzeichne\w*|offener\s+brief|abaixo-?assinad\w+|carta\s+aberta|"
    r"(?-i:NGOs|ONGs?)|civil\s+society\s+(?:organi[sz]ations|groups)|"
    r"non-?governmental\s+organi[sz]ations|société\s+civile|sociedad\s+civil|"
    r"sociedade\s+civil|Zivilgesellschaft|Nichtregierungsorganisationen|"
    r"(?:we|nous|nosotr[oa]s|wir|nós)\s+(?:\w+\s+){0,2}(?:urge|call\s+(?:on|upon)|"
    r"appelons|exhortons|demandons|instamos|exigimos|pedimos|fordern|apelamos)|"
    # the same demand with the pronoun dropped, as Spanish, Portuguese, Italian and
    # Catalan write it ("Reclamamos la restitución …", "Chiediamo al Governo …")
    r"(?-i:(?:Exigimos|Reclamamos|Demandamos|Repudiamos|Instamos|Exhortamos|Chiediamo|"
    r"Esigiamo|Exigim|Reclamem|Demanem))|"
    r"sotasigna\w+|(?:el|la|ho)\s+signen|carta\s+oberta|societat\s+civil|"
    r"sottoscritt\w+|firmatari\w*|lettera\s+aperta|comunicato\s+congiunto|"
    r"società\s+civile|ondergetekend\w*|open\s+brief|gezamenlijke\s+verklaring|"
    r"maatschappelijk\s+middenveld|niżej\s+podpisan\w+|list\s+otwarty|"
    r"społeczeństwa\s+obywatelskiego|undertecknade|öppet\s+brev|undertegnede|"
    r"åbent\s+brev|níže\s+podepsan\w+|otevřený\s+dopis|"
    r"нижеподписавш\w+|подписавш\w+|гражданского\s+общества|"
    r"الموقع\w*|المجتمع\s+المدني)\b", regex.I)


def speaks_as_signers(text: str) -> bool:
    """Whether a page's text speaks as (or of) a group of signers, so that a run of
    names closing it, without a heading, is read as its signatories.

    >>> speaks_as_signers("We, the undersigned organisations, urge the Council")
    True
    >>> speaks_as_signers("Les organisations signataires demandent")
    True
    >>> speaks_as_signers("Мы, нижеподписавшиеся организации, призываем")
    True
    >>> [speaks_as_signers(x) for x in ("Aquest comunicat el signen les associacions:",
    ...  "Le associazioni sottoscritte chiedono", "De ondergetekende organisaties vragen",
    ...  "Niżej podpisane organizacje apelują")]
    [True, True, True, True]
    >>> speaks_as_signers("The band announced the dates of its 50th anniversary tour")
    False
    >>> speaks_as_signers("The newspaper endorses the mayor for a second term")
    False
    """
    return bool(_SIGNERS.search(text)) or _signatory_words(text)


_SIGNATORY = regex.compile(r"(?<!\p{L})(?:signator|signatair|signatár|firmant|unterzeichn|"
                           r"ondertekena|"
                           r"firmatar|signant|sygnatariusz|imzacı|подписант|الموقع)", regex.I)


def _signatory_words(text: str) -> bool:
    """Words for signatories (not "signed", which news writes of laws) in any language."""
    return _SIGNATORY.search(text) is not None


def require_signers(span: ListSpan, blocks: Sequence[Block]) -> ListSpan:
    """``span``, or no list when it has no heading and the page's text before it does not
    speak as signers (tour dates, team lists: a page that signs nothing)."""
    if not span.blocks or span.heading is not None or span.inline:
        return span
    before = " ".join(" ".join(b.lines) for b in blocks if b.index < span.blocks[0])
    return span if speaks_as_signers(before) else ListSpan()


def heading_lines(span: ListSpan, by_index: dict[int, Block]) -> tuple[set[int], list[Dropped]]:
    """The blocks the list's heading and section lines took, and those lines as
    ``list_heading`` entries of ``dropped``. A heading sharing its block with names gives
    only its first line; a table's header row ("Organisation | Country") gives its cells."""
    used = {i for i in (span.heading, *span.subheadings) if i is not None}
    dropped: list[Dropped] = []
    for i in sorted(used):
        lines = by_index[i].lines
        if i in span.offset:
            lines = lines[span.offset[i] - 1:]
        dropped.extend(Dropped(i, line, "list_heading")
                       for line in (lines[:1] if i in span.blocks else lines))
    for i in span.blocks:
        if is_table_header(by_index[i]):
            dropped.extend(Dropped(i, line.replace("\t", " | "), "list_heading")
                           for line in by_index[i].lines)
    return used, dropped


def _org_like(line: str) -> bool:
    if find_dates(line):
        return False  # "June 9 -- Coral Sky Amphitheatre": a schedule, not signatories
    words = [w.strip(".,;:()\"'“”’").casefold() for w in line.split()]
    return any(w in ORG_WORDS or w in NAME_END_WORDS for w in words) or bool(
        find_acronym(line) or find_country(line))


_INLINE = regex.compile(
    r"^(?:signed\s+by|signatories|signed|signataires|signé\s+par|firmantes|firmado\s+por|"
    r"firman|unterzeichnet\s+von|unterzeichner(?:innen)?|endorsed\s+by|co-?signed\s+by|"
    r"supported\s+by|assinam|assinado\s+por)\s*[:：]\s*(?P<rest>.+)$", regex.I)
# "Signed by A, B and C" with no colon: only names written as names follow.
_INLINE_BY = regex.compile(
    r"^(?:signed|signé|signée|firmado|firmada|unterzeichnet|endorsed|co-?signed|supported|"
    r"assinado|assinada|firmato|firmata|ondertekend)\s+(?:by|par|por|von|da|door)\s+"
    r"(?P<rest>.+)$", regex.I)
# A joint text introduced by its authors: "Joint statement by A, B and C", "Gemeinsame
# Pressemitteilung von A, B und C", "Communiqué commun de A, B et C".
_JOINT_BY = regex.compile(
    r"^(?:(?:joint|gemeinsame[nrs]?)\s+(?:press\s+|media\s+)?(?:statement|release|letter|"
    r"declaration|submission|appeal|pressemitteilung|presseerklärung|erklärung|"
    r"stellungnahme|brief|aufruf|mitteilung)\s+(?:by|from|of|von|der)"
    r"|(?:communiqué|déclaration|lettre|tribune|appel|courrier)\s+commune?\s+(?:de|des|d')"
    r"|(?:comunicado|declaración|carta|pronunciamiento|nota|comunicato|lettera)\s+"
    r"(?:conjunt[oa]|congiunt[oa])\s+(?:de|del|di|da|dos|das))\s*(?P<rest>.+)$", regex.I)
# A closing date after the authors: "..., 16.08.2019", "... - 3 May 2024".
_TRAILING_DATE = regex.compile(r"(?:[,;]|\s[-–—])\s*[\d./\-\s]*\d[\d./\-\s]*$")
# A dative or genitive article before a name ("und dem Naturschutzring"): no name
# starts with it.
_CASE_ARTICLE = regex.compile(r"^(?:dem|den|des)\s+(?=\p{Lu})")
# "This statement is endorsed by: A; B; and C.", "Cette lettre est signée par A, B et C."
_INLINE_LEAD = regex.compile(
    r"^(?:this|the|our|cette|la|le|esta|este|la|diese[rs]?|die|der|das)\s+"
    r"(?:joint\s+|open\s+)?(?:statement|letter|appeal|declaration|submission|lettre|"
    r"déclaration|appel|carta|declaración|comunicado|pronunciamiento|erklärung|brief|aufruf)"
    r"\s+(?:\S+\s+){0,3}?(?:signed|endorsed|co-?signed|supported|signée?|soutenue?|"
    r"firmad[oa]|suscrit[oa]|respaldad[oa]|unterzeichnet|unterstützt|assinad[oa])\s+"
    r"(?:by|par|por|von)\s*(?P<colon>[:：])?\s*(?P<rest>.+)$", regex.I)
_CONJ = "|".join(sorted({regex.escape(c) for v in CONJUNCTIONS.values() for c in v},
                        key=len, reverse=True))
_AND = regex.compile(rf",?\s+(?:{_CONJ})(\s+)")
_LEADING_AND = regex.compile(rf"^(?:{_CONJ})\s+", regex.I)
# Separators of an inline list besides commas: " / ", " – ", " · ", " | ".
_SEPARATORS = (" / ", " – ", " — ", " · ", " | ", " • ")
# "… co-signé par les associations suivantes : A, B, C.": a colon after words naming
# signers, within the sentence that announces the list.


def _announced(text: str) -> tuple[str, str] | None:
    """The words before the last colon of ``text`` (back to the sentence start, at most
    160 characters) and what follows it, or None (no colon, or too little after it)."""
    at = max(text.rfind(":"), text.rfind("："))
    rest = text[at + 1:].strip()
    if at < 0 or len(rest) < 8:
        return None
    lead = text[max(0, at - 160):at]
    cut = max(lead.rfind(x) for x in ".!?")
    return lead[cut + 1:], rest


def _split_outside_brackets(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` where no bracket is open: "Ana Ruiz (CGT, Rouen), Luis
    Paz" is two entries.

    >>> _split_outside_brackets("Ana Ruiz (CGT, Rouen), Luis Paz, Eva Sol (SUD)", ",")
    ['Ana Ruiz (CGT, Rouen)', ' Luis Paz', ' Eva Sol (SUD)']
    """
    if "(" not in text and "[" not in text:
        return text.split(sep)
    parts: list[str] = []
    depth, start = 0, 0
    for k, c in enumerate(text):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == sep and depth == 0:
            parts.append(text[start:k])
            start = k + 1
    parts.append(text[start:])
    return parts


def _last_and(text: str, repl: str = ", ") -> str:
    """The conjunction before the last name made a comma ("A, B and C" -> "A, B, C"),
    unless it stands inside brackets ("B (Insertion et Solidarité)").

    >>> _last_and("Ana, Ben and Cleo"), _last_and("Ana, Ben (Aide et Soutien)")
    ('Ana, Ben, Cleo', 'Ana, Ben (Aide et Soutien)')
    >>> _last_and("Ana, Ben and Cleo and Dev"), _last_and("Ana and Ben, Cleo")
    ('Ana, Ben, Cleo, Dev', 'Ana and Ben, Cleo')
    """
    # only a conjunction with no comma or semicolon after it, and some text: found after
    # the last one (a lookahead to the end at every "and" made long texts quadratic)
    last = max(text.rfind(","), text.rfind(";"))
    out: list[str] = []
    copied = counted = depth = 0
    for m in _AND.finditer(text, max(last, 0)):
        end = m.end()
        if end >= len(text):
            if m.end(1) - m.start(1) < 2:
                continue
            end = len(text) - 1  # the spaces after it give one back
        depth += text.count("(", counted, m.start()) - text.count(")", counted, m.start())
        counted = m.start()
        if depth == 0:
            out += [text[copied:m.start()], repl]
            copied = end
    return "".join(out) + text[copied:]


def split_inline(text: str) -> list[str]:
    """Names of an inline list ("A, B, C and D."), or [] when it is not one.

    >>> split_inline("Human Rights Watch, Amnesty International and ARTICLE 19.")
    ['Human Rights Watch', 'Amnesty International', 'ARTICLE 19']
    >>> split_inline("Frente Sur / Juan Pérez, delegado / Colectivo Norte / Radio Libre")
    ['Frente Sur', 'Juan Pérez, delegado', 'Colectivo Norte', 'Radio Libre']
    >>> split_inline("Ana Ruiz (CGT, Rouen), UNL 17, 62, 06, Front social 57…")
    ['Ana Ruiz (CGT, Rouen)', 'UNL 17, 62, 06', 'Front social 57']
    """
    text = " ".join(text.split()).rstrip(".…")
    sep = next((s for s in _SEPARATORS if text.count(s) >= 2), None)
    if ";" in text:
        parts = [p.strip() for p in _split_outside_brackets(text, ";")]
    elif sep is not None:  # "A / B / C": the separator splits, commas stay in names
        parts = [p.strip(" ,") for p in text.split(sep.strip())]
    else:
        parts = [p.strip() for p in _split_outside_brackets(_last_and(text), ",")]
    parts = [p for p in (_LEADING_AND.sub("", _last_and(x, "")) if x == parts[-1] else x
                         for x in parts) if p]
    # a part without a letter continues the name before it ("UNL 17, 62, 06")
    merged: list[str] = []
    for part in parts:
        if merged and not _LETTER.search(part):
            merged[-1] += ", " + part
        else:
            merged.append(part)
    # the list's own note at its end ("… • Organizations listed for identification purposes
    # only") is not an entry
    parts = merged[:-1] if merged and _LIST_NOTE.search(merged[-1]) else merged
    if len(parts) < 3:
        return []
    good = [is_name_like(p, final_period=True) and len(p.split()) <= 15 for p in parts]
    if all(good):
        return parts
    # A long list of names (capitalised): a few odd entries inside it (a long
    # affiliation, a final full stop) cost only themselves.
    capital = sum(p[:1].isupper() or p[:1].isdigit() or p[:1] in "\"“«(" for p in parts)
    if len(parts) >= 10 and good[0] and sum(good) >= 0.85 * len(parts) and \
            capital >= 0.9 * len(parts):
        return parts
    return []


def inline_list(blocks: Sequence[Block]) -> ListSpan | None:
    """A list written as one sentence: "Signed by: A, B, C and D."

    >>> from ngoclean.model import Block
    >>> span = inline_list([Block(0, ["Signed by: Human Rights Watch, CIVICUS and FIDH."], "p")])
    >>> span.inline
    ['Human Rights Watch', 'CIVICUS', 'FIDH']
    >>> inline_list([Block(0, ["This statement is endorsed by: Fortify Rights; Progressive "
    ...                        "Voice; and Women's League of Burma."], "p")]).inline
    ['Fortify Rights', 'Progressive Voice', "Women's League of Burma"]
    >>> inline_list([Block(0, ["The letter was signed by the president, the speaker and the "
    ...                        "prime minister."], "p")]) is None
    True
    >>> inline_list([Block(0, ["Gemeinsame Pressemitteilung von BUND, Campact, Greenpeace "
    ...                        "und dem Deutschen Naturschutzring (DNR), 16.08.2019"], "p")]).inline
    ['BUND', 'Campact', 'Greenpeace', 'Deutschen Naturschutzring (DNR)']
    >>> inline_list([Block(0, ["Signed by the president, the speaker and the minister"],
    ...                        "p")]) is None
    True
    """
    for pos, b in enumerate(blocks):
        names = _inline_names(" ".join(b.lines))
        if names:
            if pos and (above := _entries_above(blocks[pos - 1], names)):
                # the list's first part is a block of lines written like its entries
                return ListSpan(blocks=[blocks[pos - 1].index], tail=names,
                                tail_blocks=[b.index], cut=above)
            span = ListSpan(blocks=[b.index], inline=names)
            _later_inline(blocks, pos + 1, span)
            return span
    return None


_ENTRY_HEAD = regex.compile(r"^[\p{Lu}\d][^\s,;:]*(?:\s+[^\s,;:]+){0,4}?(?=,|$)")


def _entry_shaped(text: str) -> bool:
    """Whether ``text`` opens like an entry: one to five words up to its first comma or
    its end, the first capitalised, no sentence closing it."""
    m = _ENTRY_HEAD.match(text)
    return m is not None and len(text) <= 160 and not text.endswith((".", "!", "?", ":"))


def _entries_above(block: Block, names: Sequence[str]) -> dict[int, int] | None:
    """When the block right above an inline list is three lines or more, each written
    the way most of the inline list's entries are ("Ana Ruiz, author, Book" lines above
    "Other signatories include • Ben Ode, muralist • ..."), the list starts there: the
    block's ``cut`` (its lines in the list, a note closing it left out), else None.

    >>> b = Block(0, ["Ana Ruiz, author, Lost Days", "Ben Ode, ZNet", "Cleo Dunn, poet",
    ...               "* for identification purposes only"], "", "p")
    >>> _entries_above(b, ["Dev Rao, muralist", "Eli Park, author, Blue", "Fay Lo"])
    {0: 3}
    >>> _entries_above(Block(0, ["We call on the Council", "to act now."], "", "p"),
    ...                ["Dev Rao, muralist", "Eli Park, author, Blue", "Fay Lo"]) is None
    True
    """
    lines = list(block.lines)
    while lines and (lines[-1].startswith("*") or _LIST_NOTE.search(lines[-1])):
        lines.pop()
    if len(lines) < 3 or sum(map(_entry_shaped, names)) < 0.8 * len(names):
        return None
    commas = sum("," in n for n in names) >= 0.5 * len(names)
    shaped = sum(_entry_shaped(x) and ("," in x) == commas for x in lines)
    if shaped < 0.8 * len(lines):
        return None
    return {block.index: len(lines)}


_RUN_SEPARATORS = (" / ", " · ", " | ", " • ")


def separated_list(blocks: Sequence[Block]) -> ListSpan | None:
    """A run of ten names or more separated by " / ", " · ", " | " or " • " with no
    heading ("A – Associazione X / Associazione Y / Z Union / ..."), the last such block
    of the page: prose never runs on a separator ten times, and a menu's items are short
    words, not names of several words, most of them organisations.

    >>> from ngoclean.model import Block
    >>> names = " / ".join(f"Associazione Culturale Numero {k}" for k in range(10))
    >>> separated_list([Block(0, ["(I nomi sono in ordine alfabetico)", names], "p")]).inline[:2]
    ['Associazione Culturale Numero 0', 'Associazione Culturale Numero 1']
    >>> menu = " | ".join(["Home", "About us", "News", "Events", "Contact", "Donate", "Jobs",
    ...                    "Press", "Privacy", "Imprint"])
    >>> separated_list([Block(0, [menu], "p")]) is None
    True
    """
    for b in reversed(blocks):
        if b.link_density >= 0.5:
            continue
        start = next((k for k, x in enumerate(b.lines)
                      if any(sep in x for sep in _RUN_SEPARATORS)), None)
        if start is None:
            continue
        text = " ".join(b.lines[start:])
        sep = max(_RUN_SEPARATORS, key=text.count)
        if text.count(sep) < 9:
            continue
        names = split_inline(text)
        if len(names) >= 10 and _capitalised(names) and \
                sum(len(n.split()) for n in names) >= 2.5 * len(names) and \
                sum(map(_org_like, names)) >= 0.6 * len(names):
            return ListSpan(blocks=[b.index], inline=names)
    return None


def _capitalised(names: Sequence[str]) -> bool:
    return sum(n[:1].isupper() or n[:1].isdigit() for n in names) >= 0.8 * len(names)


_LABEL_COLON = regex.compile(r"\s[:：]\s")
_NON_SPACE = regex.compile(r"\S+")
_NOTE_LABEL = regex.compile(r"\s(?:NB|N\.B\.|PS|P\.S\.|Nota|Note)\s*[:：]\s", regex.I)


def _labelled_runs(text: str) -> list[str]:
    """The names of a paragraph of inline lists each after a label naming signers
    ("Signataires candidat.e.s : A (role), B … Signataires personnalités locales : C, D …
    NB : …"), or []: a label is the few words before a spaced colon, from a word naming
    signers on; each list runs to the next label, the last to a note ("NB :") or the end.

    >>> _labelled_runs("Signataires élus : Ana Ruiz (maire), Ben Ode, Cleo Dunn "
    ...                "Signataires associations : Alpha Trust, Beta Union, Gamma Fund "
    ...                "NB : chacun signe en son nom.")
    ['Ana Ruiz (maire)', 'Ben Ode', 'Cleo Dunn', 'Alpha Trust', 'Beta Union', 'Gamma Fund']
    """
    labels: list[tuple[int, int]] = []  # (label start, list start)
    for m in _LABEL_COLON.finditer(text):
        lo = max(0, m.start() - 60)
        words = list(_NON_SPACE.finditer(text, lo, m.start()))[-5:]
        first = next((w for w in words if signer_word(w.group())), None)
        if first is None:
            continue
        labels.append((first.start(), m.end()))
    if len(labels) < 2:
        return []
    names: list[str] = []
    for (_, begin), nxt in zip(labels, [*labels[1:], None], strict=True):
        end = nxt[0] if nxt is not None else len(text)
        run = text[begin:end]
        if nxt is None and (note := _NOTE_LABEL.search(run)):
            run = run[:note.start()]
        part = split_inline(run)
        if not part or not _capitalised(part):
            return []
        names += part
    return names


_BULLET = "•"


def _bulleted_run(text: str) -> list[str]:
    """The entries of a paragraph that is a short lead naming signers and then entries
    between bullets ("Other signatories include • Ana Ruiz, author • Ben Ode, ZNet •
    ..."), or []: three bullets or more, a lead of at most 80 characters that ends no
    sentence, and entries that mostly open with a capital.

    >>> _bulleted_run("Other signatories include • Ana Ruiz, author, Lost: A Novel • "
    ...               "Ben Ode, ZNet • Cleo Dunn, teacher")
    ['Ana Ruiz, author, Lost: A Novel', 'Ben Ode, ZNet', 'Cleo Dunn, teacher']
    >>> _bulleted_run("Our demands • Stop the war • End the siege • Free them")
    []
    """
    first = text.find(_BULLET)
    if first < 0 or text.count(_BULLET) < 3:
        return []
    lead = text[:first].strip()
    if not lead or len(lead) > 80 or lead[-1] in ".!?" or not signer_word(lead):
        return []
    names = split_inline(text[first:])
    return names if len(names) >= 3 and _capitalised(names) else []


def _lists_already(lead: str) -> bool:
    """Whether the words before a colon are themselves entries of a list (bullets,
    semicolons or three commas and more: the colon is inside an entry, "• Ana Ruiz,
    author, Lost: A Novel"), not the few words announcing one.

    >>> _lists_already("Signed, on behalf of the coalition, by")
    False
    >>> _lists_already("Signatories include • Ana Ruiz, author, Lost")
    True
    """
    return _BULLET in lead or ";" in lead or lead.count(",") >= 3


def _inline_names(text: str) -> list[str]:
    """The names of a block that is an inline list ("Signed by: A, B and C."), or []."""
    if (runs := _labelled_runs(text)):
        return runs
    if (bulleted := _bulleted_run(text)):
        return bulleted
    m = _INLINE.match(text)
    if m is None and (a := _announced(text)) and signer_word(a[0]) and \
            not _lists_already(a[0]):
        names = split_inline(a[1])
        if names and _capitalised(names):
            return names
    if m is None:
        m = _INLINE_LEAD.match(text)
        if m is not None and not m.group("colon"):
            # Without a colon, only names written as names: "signed by the president,
            # the speaker and the minister" is a sentence.
            names = split_inline(m.group("rest"))
            return names if names and all(
                n[:1].isupper() or n[:1].isdigit() for n in names) else []
    if m:
        return split_inline(m.group("rest"))
    m = _INLINE_BY.match(text) or _JOINT_BY.match(text)
    if m is not None:
        names = [_CASE_ARTICLE.sub("", n) for n in
                 split_inline(_TRAILING_DATE.sub("", m.group("rest").rstrip(". ")))]
        if names and _capitalised(names):
            return names
    return []


def _later_inline(blocks: Sequence[Block], pos: int, span: ListSpan) -> None:
    """A second inline list a few short blocks after the first ("Premiers signataires :
    persons" / "Pour signer : ..." / "Organisations signataires : A, B, C"): the same
    list, another section."""
    for b in blocks[pos:pos + 4]:
        names = _inline_names(" ".join(b.lines))
        if names:
            span.blocks.append(b.index)
            span.inline.extend(names)
            return
        if len(b.lines) > 2 or len(b.text) > 200:
            return  # the letter goes on: no second list


TABLE_HEADERS = frozenset(
    "organisation organization organisations organizations name names country countries "
    "pays país pais land nom nombre organización organisme signatory signataire firmante "
    "# no. n° nº № type website site web url organisatie naam organizzazione nome paese "
    "organização país entidad entitat tipo ciudad city ville role function fonction función "
    "função funzione affiliation affiliazione position cargo".split())


def locate_list(candidates: Sequence[Block], main: Sequence[Block]) -> ListSpan:
    """The signatory list of a page, for every format: under a heading anywhere among the
    ``candidates`` (every block outside furniture); else an inline "Signed by: A, B and C"
    sentence or a run of organisation names closing the ``main`` content, on a page that
    speaks as signers.

    >>> from ngoclean.blocks import text_blocks
    >>> blocks = text_blocks("We, the undersigned organisations, urge the Council to act "
    ...     "now.\\n\\nSigned by: Human Rights Watch, CIVICUS and FIDH.")
    >>> locate_list(blocks, blocks).inline
    ['Human Rights Watch', 'CIVICUS', 'FIDH']
    """
    span = find_list(candidates, heading_only=True)
    if span.blocks:
        return span
    # Without a heading, a list closes the letter: only the end of the content is read
    # (the headed search is not run again when the content is the very same blocks).
    same = len(main) == len(candidates) and all(
        a is b for a, b in zip(main, candidates, strict=True))
    span = inline_list(main) or find_list(main, organisations=True, closing=60,
                                          headed=not same)
    if not span.blocks:
        span = separated_list(main[-60:]) or span
    if span.blocks and not span.inline:
        chosen = _chosen(main, span)
        for drop in range(max(1, min(4, len(chosen) - 1))):  # (some furniture after it)
            if _sorted_lines(chosen[:len(chosen) - drop], 12):
                del span.blocks[len(chosen) - drop:]
                return span  # a long run of names in alphabetical order closing the letter
    return require_signers(span, main)
