"""Who wrote the page and which site published it: the ``author`` and ``site_name`` fields.

Markup speaks first: the article's JSON-LD ``author``, the author meta tags
(``author``, ``article:author``, ``dc.creator``, ...), then a visible byline element
(``itemprop="author"``, ``rel="author"``, an element whose class names an author or
byline). Text pages, and markup that says nothing, are read for a byline line in the
head of the page: "By Jane Roe", "Von Jane Roe | 3. Mai 2019", "Autor: Jane Roe".

The site is ``og:site_name``, the JSON-LD publisher or web site, the
``application-name`` meta tag, else the part of ``<title>`` cut off as the site name.

>>> clean_author("By Jane Roe and John Doe, 3 May 2019")
'Jane Roe and John Doe'
>>> clean_author("Posted on 3 May 2019 by admin") is None  # "admin" is no name
True
>>> byline_author(["Joint statement on defenders", "Von Maria Muster | 14. Mai 2018"])
'Maria Muster'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import regex

from ._data import WEEKDAYS

__all__ = ["byline_author", "clean_author", "markup_authors", "person_names"]

#: Words that introduce a byline, in the languages of the pages read.
_LABEL = (
    r"(?:(?:written|posted|published|compiled|edited|text|photos?)\s+by|by|von|par|por|"
    r"di|door|av|af|autor(?:in|a|es)?|author(?:s)?|auteur(?:e|s)?|autore|auteurs?|"
    r"verfasst\s+von|geschrieben\s+von|escrito\s+por|publicado\s+por|publié\s+par|"
    r"redacción|redaktion|texto?|tekst|text)"
)
_LABELLED = regex.compile(rf"^\W{{0,3}}{_LABEL}\s*:?\s+(?P<rest>.+)$", regex.I)
#: Label words that open ordinary sentences too ("Von der Leyen fordert ...", "Par
#: ailleurs"): after them the line must hold nothing but the name (and a date).
_LATER = regex.compile(r"(?i)\b(?:by|von|par|por|door|di|av)\s+(?P<rest>\p{Lu}.*)$")
_SENTENCE_LABEL = regex.compile(r"^\W{0,3}(?:von|par|por|di|door|av|af)\s", regex.I)
_PARTICLE = frozenset({
    "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von",
    "der", "den", "ter", "ten", "zu", "y", "e", "bin", "ibn", "al", "el", "st.",
})
_AND = frozenset({"and", "und", "et", "y", "e", "en", "och", "og", "i", "&", "u.", ","})
_GENERIC = frozenset({
    "admin", "administrator", "administrador", "redaktion", "redacción", "redazione",
    "editor", "editors", "staff", "webmaster", "user", "guest", "anonymous", "root",
    "team", "support", "press", "office", "news",
})
#: Short German weekday names ("Fr", "Mo."), which bylines write after the name; cut only
#: after a name of two words or more ("Jack Ma" keeps his name).
_DAYS = frozenset({"mo", "di", "mi", "do", "fr", "sa", "so"})
_URL = regex.compile(r"https?://|www\.|@\w+\.\w")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$")
_TOKEN = regex.compile(r"[\p{L}\p{M}'’.&-]+|,")


def _name_run(text: str, *, strict: bool) -> str | None:
    """The person names opening ``text`` ("Jane Roe and John Doe"), up to a separator,
    a date or a word that is not part of a name; None when there is none."""
    words: list[str] = []
    end = 0
    for m in _TOKEN.finditer(text):
        between = text[end:m.start()]
        if words and between.strip():
            break  # a separator ("|", "–", digits of a date) ends the names
        token = m.group()
        low = token.casefold()
        if _NAME_WORD.match(token) or (words and low in _PARTICLE) or (
                words and low in _AND):
            words.append(token)
            end = m.end()
            continue
        if not strict and not words and token.isalpha() and len(token) > 1:
            words.append(token)  # markup bylines may be a lower-case handle ("gnaddrig")
            end = m.end()
            continue
        break
    while words and (words[-1].casefold() in _AND or words[-1].casefold() in _PARTICLE or
                     words[-1].casefold().rstrip(".") in WEEKDAYS or (
                         len(words) >= 3 and words[-1].casefold().rstrip(".") in _DAYS)):
        words.pop()  # "Jane Roe Fr" (a weekday after the name), a trailing "and"
    if not words or len(words) > 12:
        return None
    if words[0][:1].islower() and len(words) > 1:
        return None  # a sentence ("vom Support Team"), not a name; a handle is one word
    if len(words) == 1 and len(words[0]) > 6 and regex.search(
            r"(?i)(?:von|by|par|por|door)$", words[0]):
        return None  # a label run into a word ("Beitragvon"): no name
    out = " ".join(words).replace(" ,", ",")
    if out.casefold() in _GENERIC:
        return None
    return out


def clean_author(text: str, *, strict: bool = False) -> str | None:
    """An author as the page names them, without the byline's label, date or separators;
    None for a value that names nobody (a URL, an e-mail address, "admin", a sentence).

    ``strict`` (for text lines) asks for a label and capitalised names.

    >>> clean_author("Jane Roe | Published 3. Sep 2014")
    'Jane Roe'
    >>> clean_author("https://www.facebook.com/example") is None
    True
    """
    text = " ".join(text.split()).strip(" |·•-–—:")
    if not text or len(text) > 200 or _URL.search(text):
        return None
    m = _LABELLED.match(text)
    if m:
        text = m.group("rest")
    if regex.match(r"(?i)(?:on|am|le|el|il|op|den)?\s*\d|(?:posted|published|publié|"
                   r"publicado|pubblicato|veröffentlicht|gepubliceerd)\b", text):
        # "Posted on 3 May 2019 by Jane Roe": the name after the date
        after = _LATER.search(text)
        if after is None:
            return None
        text = after.group("rest")
    elif m is None and strict:
        return None
    return _name_run(text, strict=strict)


def byline_author(lines: Iterable[str], *, limit: int = 12) -> str | None:
    """The author named by the first byline line among ``lines`` (the head of a text
    page), or None. A byline is short, opens with a label and holds nothing but names
    and perhaps a date after them.

    >>> byline_author(["Von der Leyen fordert mehr Mittel für die Entwicklungshilfe"]) is None
    True
    """
    for n, line in enumerate(lines):
        if n >= limit:
            break
        line = line.strip()
        if not line or len(line) > 100 or not _LABELLED.match(line.lstrip("•*-–| ")):
            continue
        name = clean_author(line.lstrip("•*-–| "), strict=True)
        if name is None:
            continue
        rest = line[line.find(name) + len(name):]
        if _SENTENCE_LABEL.match(line) and regex.search(r"\p{Ll}{3,}", regex.sub(
                r"\d+\.?\s*\p{L}+\.?\s*\d{2,4}|\b\p{L}+\s+\d{1,2},?\s+\d{4}", "", rest)):
            continue  # a sentence opening with "Von" / "Par": not a byline
        return name
    return None


def person_names(value: Any) -> list[str]:
    """The names in a JSON-LD ``author`` value: a string, an object with a ``name``, or a
    list of them.

    >>> person_names([{"@type": "Person", "name": "Jane Roe"}, "John Doe"])
    ['Jane Roe', 'John Doe']
    """
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items[:20]:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = next((x for x in name if isinstance(x, str)), None)
        if isinstance(name, str) and name.strip():
            out.append(" ".join(name.split()))
    return out


_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl", "citation_author", "og:article:author")


def markup_authors(meta_tags: Sequence[tuple[str, str]], jsonld: Sequence[dict[str, Any]],
                   visible: Sequence[str]) -> list[tuple[str, str]]:
    """Author candidates of a page, best first, as ``(source, name)``: from the JSON-LD
    objects (articles first), the meta tags (``(key, content)``) and the texts of visible
    byline elements.

    >>> markup_authors([("author", "Jane Roe")], [], ["By John Doe"])
    [('meta:author', 'Jane Roe'), ('byline', 'John Doe')]
    """
    out: list[tuple[str, str]] = []
    for obj in jsonld:
        names = [n for n in (clean_author(x) for x in person_names(obj.get("author"))) if n]
        if names:
            out.append(("jsonld:author", ", ".join(dict.fromkeys(names))))
            break
    for key, content in meta_tags:
        if key in _AUTHOR_META:
            name = clean_author(content)
            if name:
                out.append((f"meta:{key}", name))
    for text in visible:
        name = clean_author(text)
        if name:
            out.append(("byline", name))
            break
    return out
