"""Documents a page links as versions of itself, and the links between their records.

A letter's page often says "Download the letter in English (PDF) / Français / عربي":
those links, found in the page's own text (its content, its list, the lines just
before and after them; never its menus, sidebar or footer), are the record's
``attachments``, each with the language its link names (``hreflang``, a language's
name in the link text, a language code in the file name). A PDF the text merely cites
("as the court ruled in its judgment") is no version of the page: a link counts when it
names a language, says what it offers ("PDF", "Download", "Texto completo", "Carta
aberta": :data:`ngoclean._data.ATTACHMENT_WORDS`), or its file is named after the
page's title. When a batch reads both the page and the document,
:func:`link_records` gives each attachment the id of the document's record, and the
document's record the page's id in ``attachment_of``.

>>> from lxml import html
>>> el = html.fromstring('<p>Read the letter: <a href="/files/letter-fr.pdf">Français</a>, '
...                      '<a href="/files/letter_EN.pdf" hreflang="en">English (PDF)</a>.</p>')
>>> for a in document_links([el], "https://ngo.example/news/x"):
...     print(a.url, a.text, a.language, sep=" | ")
https://ngo.example/files/letter-fr.pdf | Français | fr
https://ngo.example/files/letter_EN.pdf | English (PDF) | en
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import regex

from ._data import ATTACHMENT_WORDS, LANGUAGE_NAMES
from .model import Attachment, Record

__all__ = ["document_links", "link_records", "same_url"]

MAX_ATTACHMENTS = 50

_DOCUMENT_PATH = regex.compile(r"\.(?:pdf)$", regex.I)
_CODE_IN_NAME = regex.compile(r"(?:^|[_\-.(\s])([a-z]{2})\)?$", regex.I)
_CODES = frozenset(LANGUAGE_NAMES.values())
_NAME_WORD = regex.compile(r"\p{L}+")
_OFFERS = regex.compile(r"(?<!\p{L})(?:" + "|".join(ATTACHMENT_WORDS) + r")", regex.I)
_TITLE_WORD = regex.compile(r"\p{L}{4,}")
_URL_TEXT = regex.compile(r"^\s*(?:https?://|www\.|\S+/\S+)", regex.I)


def _offers(link: Any, text: str, path: str, title: str | None) -> bool:
    """Whether a link offers the page's own document (see the module docstring)."""
    if _named_language(link, text) is not None:
        return True
    said = f"{text} {link.get('title') or ''}"
    if not _URL_TEXT.match(text) and _OFFERS.search(said):
        return True
    if not title:
        return False
    stem = path.rsplit("/", 1)[-1].casefold()
    words = {w.casefold() for w in _TITLE_WORD.findall(title)}
    return sum(w in stem for w in words) >= 2


def _named_language(link: Any, text: str) -> str | None:
    """The language the link itself names: its ``hreflang``, or a language's name in
    its text."""
    declared = (link.get("hreflang") or "").strip().lower()[:2]
    if declared.isalpha() and len(declared) == 2:
        return declared
    for word in _NAME_WORD.findall(text.casefold()):
        if word in LANGUAGE_NAMES:
            return LANGUAGE_NAMES[word]
    return None


def _language(link: Any, text: str, path: str) -> str | None:
    named = _named_language(link, text)
    if named is not None:
        return named
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    m = _CODE_IN_NAME.search(stem)
    return m.group(1).lower() if m and m.group(1).lower() in _CODES else None


def _link_text(link: Any) -> str:
    text = " ".join("".join(link.itertext()).split())
    if not text:
        text = link.get("title") or link.get("aria-label") or next(
            (img.get("alt") or "" for img in link.iter("img")), "")
    return " ".join(text.split())[:300]


def document_links(elements: Iterable[Any], base: str | None,
                   title: str | None = None) -> list[Attachment]:
    """The PDF links inside ``elements`` (lxml elements) that offer the page's own
    document, in order, each once, with their address made absolute against ``base``
    (the page's URL, or its ``<base>``); ``title`` is the page's title.

    Links to fragments, scripts and mail addresses are no documents:

    >>> from lxml import html
    >>> el = html.fromstring('<p><a href="javascript:x.pdf">a</a> <a href="#x.pdf">b</a> '
    ...                      'as <a href="/rulings/2016-11.pdf">the court ruled</a></p>')
    >>> document_links([el], None)
    []
    >>> el = html.fromstring('<p><a href="/docs/civic-space-letter.pdf">here</a></p>')
    >>> [a.url for a in document_links([el], None, title="Letter on civic space")]
    ['/docs/civic-space-letter.pdf']
    """
    out: list[Attachment] = []
    seen: set[str] = set()
    for element in elements:
        for link in element.iter("a"):
            href = (link.get("href") or "").strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "data:")):
                continue
            url = urljoin(base, href) if base else href
            path = urlsplit(url).path
            typed = (link.get("type") or "").lower() == "application/pdf"
            if not (_DOCUMENT_PATH.search(path) or typed) or url in seen:
                continue
            seen.add(url)
            text = _link_text(link)
            if not _offers(link, text, path, title):
                continue
            out.append(Attachment(url, text, _language(link, text, path)))
            if len(out) >= MAX_ATTACHMENTS:
                return out
    return out


def same_url(url: str) -> str:
    """The form in which two addresses of one document compare equal: scheme, host
    case and a fragment aside.

    >>> same_url("HTTPS://NGO.example/a/letter.pdf#page=2") == same_url("http://ngo.example/a/letter.pdf")
    True
    """
    parts = urlsplit(url.strip())
    return urlunsplit(("", parts.netloc.lower().removeprefix("www."), parts.path or "/",
                       parts.query, ""))


def link_records(records: Sequence[dict[str, Any]] | Sequence[Record]) -> int:
    """Link pages and the documents they attach, among records of one batch, in place:
    an attachment whose URL is another record's URL gets that record's id, and that
    record lists the page's id in ``attachment_of``. Works on records or on their
    dict forms; returns the number of links made.

    >>> page = {"id": "p1", "url": "https://ngo.example/letter", "attachment_of": [],
    ...         "attachments": [{"url": "https://ngo.example/letter.pdf", "id": None}]}
    >>> pdf = {"id": "d1", "url": "https://ngo.example/letter.pdf", "attachments": []}
    >>> link_records([page, pdf]), page["attachments"][0]["id"], pdf["attachment_of"]
    (1, 'd1', ['p1'])
    """
    def get(rec: Any, key: str) -> Any:
        return rec.get(key) if isinstance(rec, dict) else getattr(rec, key)

    def rid(rec: Any) -> str:
        return str(rec.get("id")) if isinstance(rec, dict) else str(rec.id)

    by_url: dict[str, int] = {}
    for k, rec in enumerate(records):
        url = get(rec, "url")
        if url and "error" not in (rec if isinstance(rec, dict) else {}):
            by_url.setdefault(same_url(url), k)
    links = 0
    items: list[Any] = list(records)
    for k, rec in enumerate(items):
        attachments = get(rec, "attachments") or []
        changed = []
        for a in attachments:
            url = a["url"] if isinstance(a, dict) else a.url
            target = by_url.get(same_url(url))
            if target is None or target == k:
                changed.append(a)
                continue
            other = items[target]
            other_id, own_id = rid(other), rid(rec)
            links += 1
            if isinstance(a, dict):
                changed.append({**a, "id": other_id})
            else:
                changed.append(dataclasses.replace(a, id=other_id))
            backs = get(other, "attachment_of")
            if isinstance(other, dict):
                other["attachment_of"] = [*(backs or []), own_id] if own_id not in (
                    backs or []) else backs
            elif own_id not in backs:
                backs.append(own_id)
        if isinstance(rec, dict):
            rec["attachments"] = changed
        else:
            rec.attachments = changed
    return links
