"""The data model: blocks, repairs, problems, signatories and records.

>>> r = Repair(step="broken_hyphen", field="text", before="-\u2010", after="-", start=3)
>>> r.to_dict()["step"]
'broken_hyphen'
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from .labels import DateSource, DroppedReason, Kind, ProblemCode

__all__ = [
    "SCHEMA_VERSION",
    "Attachment",
    "Block",
    "Dropped",
    "Problem",
    "Record",
    "Repair",
    "Repaired",
    "Signatory",
]

SCHEMA_VERSION = "1.5"

#: The kinds of body paragraphs (``Record.body_kinds``).
BODY_KINDS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "quote", "pre")


@dataclass(frozen=True)
class Repair:
    """One change made to the text.

    ``start`` is the offset of ``before`` in the text of ``field`` at the moment this
    repair was applied; repairs replay in list order (see :func:`ngoclean.replay`).
    ``block`` is the index of the block the field text belongs to, when there is one;
    ``page`` the page of a PDF that block stands on.
    """

    step: str
    field: str
    before: str
    after: str
    start: int
    block: int | None = None
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "step": self.step,
            "field": self.field,
            "before": self.before,
            "after": self.after,
            "start": self.start,
        }
        if self.block is not None:
            d["block"] = self.block
        if self.page is not None:
            d["page"] = self.page
        return d


@dataclass(frozen=True)
class Problem:
    """Something ngoclean could not do or was unsure of, with a stable ``code``."""

    code: ProblemCode
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail}


@dataclass(frozen=True)
class Dropped:
    """A block left out of the record, with the reason (nothing is silently lost);
    ``page``: the page of a PDF it stands on."""

    block: int
    text: str
    reason: DroppedReason
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"block": self.block, "text": self.text, "reason": self.reason}
        if self.page is not None:
            d["page"] = self.page
        return d


@dataclass(frozen=True)
class Attachment:
    """A document a page links as a version of itself ("Download the letter (PDF)",
    "Français"): its address, the link's text, the language the link names, and the
    record id of that document when the same batch read it."""

    url: str
    text: str = ""
    language: str | None = None
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "text": self.text, "language": self.language,
                "id": self.id}


@dataclass
class Block:
    """A unit of page text: a paragraph of a text dump or a block element of HTML.

    ``lines`` keeps the line breaks of the source; ``path`` says where it came from
    (``"L12-L14"`` for lines of a text dump, a DOM path for HTML). For HTML,
    ``boilerplate`` names the furniture it sits in (navigation, footer, share, ...),
    ``link_chars`` counts its characters inside links and ``element`` is its element.
    """

    index: int
    lines: list[str]
    path: str
    tag: str = "p"
    boilerplate: DroppedReason | None = None
    link_chars: int = 0
    element: Any = field(default=None, repr=False, compare=False)
    #: Lines (by index) that the layout shows begin anew, not a wrapped line going on:
    #: in a PDF, the line before ends short of its column's edge by more than this
    #: line's first word.
    line_starts: frozenset[int] = field(default=frozenset(), repr=False)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def location(self) -> str:
        """Where the block came from: its line numbers, or the DOM path of its element
        (computed when asked: paths among thousands of siblings are costly).

        >>> Block(0, ["x"], "L3").location
        'L3'
        """
        if self.path or self.element is None:
            return self.path
        return str(self.element.getroottree().getpath(self.element))

    @property
    def link_density(self) -> float:
        """Share of the block's characters that sit inside links."""
        n = sum(len(x) for x in self.lines)
        return self.link_chars / n if n else 0.0


@dataclass(frozen=True)
class Signatory:
    """One signatory as listed. ``name`` keeps acronym and country; they are copies.

    ``section`` is the list's section line the entry stands under ("National
    organisations"); ``affiliation`` what follows a person's name ("Jane Roe, Professor,
    Some University" gives "Professor, Some University"); ``org_type`` and ``url`` come
    from a table's type and website columns.
    """

    name: str
    raw: str
    acronym: str | None = None
    country: str | None = None
    kind: Kind = "organisation"
    section: str | None = None
    affiliation: str | None = None
    org_type: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "acronym": self.acronym,
            "country": self.country,
            "kind": self.kind,
            "section": self.section,
            "affiliation": self.affiliation,
            "org_type": self.org_type,
            "url": self.url,
            "raw": self.raw,
        }


@dataclass(frozen=True)
class Repaired:
    """The result of :func:`ngoclean.repair`: the text and the repairs applied, in order."""

    text: str
    repairs: list[Repair]

    def __str__(self) -> str:
        return self.text


@dataclass
class Record:
    """The structured record of one page."""

    source: str | None
    url: str | None = None
    title: str | None = None
    date: _dt.date | None = None
    date_source: DateSource | None = None
    author: str | None = None
    site_name: str | None = None
    language: str | None = None
    body: str = ""
    signatories: list[Signatory] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    crawled_at: str | None = None
    http_status: int | None = None
    schema_version: str = SCHEMA_VERSION
    #: What each paragraph of ``body`` is, in order (:data:`BODY_KINDS`): a paragraph,
    #: a heading, a list item, a quotation, preformatted text. Empty means all are
    #: paragraphs. :meth:`to_markdown` keeps them.
    body_kinds: list[str] = field(default_factory=list)
    #: Documents the page links as versions of itself (PDFs of the letter), each with
    #: the id of its own record when the same batch read it.
    attachments: list[Attachment] = field(default_factory=list)
    #: For a document (a PDF), the ids of the pages in the same batch that link it.
    attachment_of: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """A stable hash of the extracted content (title, date, body, signatory names).

        The same page read from two places gets the same id; any change of content
        gives another.
        """
        content = {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "body": self.body,
            "signatories": [s.name for s in self.signatories],
        }
        data = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return hashlib.sha256(data).hexdigest()[:32]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: plain types only, date as ``YYYY-MM-DD``."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            "author": self.author,
            "site_name": self.site_name,
            "language": self.language,
            "body": self.body,
            "body_kinds": self.body_kinds,
            "attachments": [a.to_dict() for a in self.attachments],
            "attachment_of": self.attachment_of,
            "signatories": [s.to_dict() for s in self.signatories],
            "repairs": [r.to_dict() for r in self.repairs],
            "problems": [p.to_dict() for p in self.problems],
            "dropped": [d.to_dict() for d in self.dropped],
            "crawled_at": self.crawled_at,
            "http_status": self.http_status,
            "schema_version": self.schema_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """The record back from its :meth:`to_dict` form.

        >>> r = Record(source="a", title="T", date=_dt.date(2020, 1, 2))
        >>> Record.from_dict(r.to_dict()) == r
        True
        """
        date = data.get("date")
        return cls(
            source=data.get("source"),
            url=data.get("url"),
            title=data.get("title"),
            date=_dt.date.fromisoformat(date) if date else None,
            date_source=data.get("date_source"),
            author=data.get("author"),
            site_name=data.get("site_name"),
            language=data.get("language"),
            body=data.get("body") or "",
            signatories=[Signatory(s["name"], s["raw"], s.get("acronym"), s.get("country"),
                                   s.get("kind", "organisation"), s.get("section"),
                                   s.get("affiliation"), s.get("org_type"), s.get("url"))
                         for s in data.get("signatories", [])],
            repairs=[Repair(r["step"], r["field"], r["before"], r["after"], r["start"],
                            r.get("block"), r.get("page")) for r in data.get("repairs", [])],
            problems=[Problem(p["code"], p.get("detail", "")) for p in data.get("problems", [])],
            dropped=[Dropped(d["block"], d["text"], d["reason"], d.get("page"))
                     for d in data.get("dropped", [])],
            crawled_at=data.get("crawled_at"),
            http_status=data.get("http_status"),
            schema_version=data.get("schema_version", SCHEMA_VERSION),
            body_kinds=list(data.get("body_kinds") or []),
            attachments=[Attachment(a["url"], a.get("text") or "", a.get("language"),
                                    a.get("id")) for a in data.get("attachments") or []],
            attachment_of=list(data.get("attachment_of") or []),
        )

    def to_json(self) -> str:
        """One line of JSON (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_markdown(self) -> str:
        """The page as Markdown: title, date line, body with its headings, lists and
        quotations, and the signatories as a list (see :mod:`ngoclean.render`)."""
        from .render import to_markdown

        return to_markdown(self.to_dict())

    def to_text(self) -> str:
        """The page as plain text: title, body paragraphs, signatories one per line."""
        from .render import to_text

        return to_text(self.to_dict())
