"""Every label a record carries, as ``Literal`` types, in one place.

``Problem.code``, ``Dropped.reason``, ``Record.date_source`` and ``Signatory.kind`` take
their values from these sets (docs/schema.md explains each value). The ``*_VALUES``
frozensets hold the same values for checks at run time.

>>> "no_date" in PROBLEM_CODES and "list_heading" in DROPPED_REASONS
True
>>> "meta:article:published_time" in DATE_SOURCES and "label" in DATE_SOURCES
True
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "DATE_SOURCES", "DROPPED_REASONS", "KINDS", "LINE_SOURCES", "PROBLEM_CODES",
    "DateSource", "DroppedReason", "Kind", "LineSource", "ProblemCode",
]

ProblemCode = Literal[
    # reading the input
    "decoding_replaced", "wrong_charset", "unknown_charset", "html_unparsable",
    # a WARC response damaged in the capture
    "truncated_body", "broken_chunks", "warc_length_mismatch",
    # what the page lacks or leaves uncertain
    "no_title", "no_date", "date_ambiguous", "no_body", "language_undetermined",
    # PDF documents: pages without a text layer, a page that failed, pages left out
    "scanned_pdf", "pdf_unreadable", "pdf_truncated",
    # bounds
    "list_truncated",
]

DroppedReason = Literal[
    # taken into a field of the record
    "title", "date", "byline", "list_heading",
    # past the bound of entries a record lists
    "list_overflow",
    # text furniture (lines of any page)
    "empty", "navigation", "breadcrumb", "copyright", "pagination", "tags", "url",
    "download", "share", "promo", "running_header", "header", "rating",
    # HTML furniture (the element the block sits in) and main-content choice
    "footer", "sidebar", "form", "popup", "caption", "cookie", "comments", "related",
    "hidden", "author", "outside_main", "stock_phrase", "link_list", "not_main",
    "orphan_heading",
]

# Where a date line of the page's own text was read ("Posted on 3 May 2019": label).
LineSource = Literal["label", "date_line", "byline", "dateline", "modified_label"]

DateSource = Literal[
    # the page's own text
    "label", "date_line", "byline", "dateline", "modified_label", "text",
    # markup evidence, strongest first
    "jsonld:datePublished", "jsonld:dateCreated", "jsonld:dateModified", "time:published",
    "itemprop:datePublished", "microformat:published", "url", "url:canonical", "class:date",
    "time:headline",
    "class:date:furniture", "lastmod", "markup",
    # publication and modification meta tags: "meta:" and the tag's name
    "meta:article:published_time", "meta:og:article:published_time",
    "meta:og:published_time", "meta:datepublished", "meta:date", "meta:dc.date",
    "meta:dc.date.issued", "meta:dc.date.created", "meta:dcterms.date", "meta:dcterms.issued",
    "meta:dcterms.created", "meta:citation_date", "meta:citation_publication_date",
    "meta:citation_online_date", "meta:pubdate", "meta:publishdate", "meta:publish-date",
    "meta:publish_date", "meta:publication_date", "meta:publication-date", "meta:sailthru.date",
    "meta:article.published", "meta:article:published", "meta:parsely-pub-date",
    "meta:cxenseparse:recs:publishtime", "meta:rnews:datepublished",
    "meta:originalpublicationdate", "meta:article_date_original", "meta:date_published",
    "meta:pub_date", "meta:datecreated", "meta:release_date", "meta:created", "meta:eprints.date",
    "meta:prism.publicationdate", "meta:bt:pubdate", "meta:vr:published_time", "meta:live_date",
    "meta:article:modified_time", "meta:og:updated_time", "meta:datemodified",
    "meta:dc.date.modified", "meta:dcterms.modified", "meta:last-modified", "meta:lastmod",
    "meta:modified", "meta:article:modified", "meta:updated_time", "meta:sailthru.lastmodified",
    # a PDF's document information: when it was made or last saved (weaker than its text)
    "pdf:created", "pdf:modified",
]

Kind = Literal["organisation", "person"]

PROBLEM_CODES: frozenset[str] = frozenset(get_args(ProblemCode))
DROPPED_REASONS: frozenset[str] = frozenset(get_args(DroppedReason))
LINE_SOURCES: frozenset[str] = frozenset(get_args(LineSource))
DATE_SOURCES: frozenset[str] = frozenset(get_args(DateSource))
KINDS: frozenset[str] = frozenset(get_args(Kind))
