"""Records as NDJSON for the Elasticsearch / OpenSearch ``_bulk`` API.

Each record gives two lines: an ``index`` action with the record id, then the document.
The index mapping is ``docs/es-mapping.json``.

>>> import ngoclean
>>> rec = ngoclean.parse("A letter title here\\n\\nSome words of the letter go here.")
>>> action, doc = bulk_lines(rec.to_dict(), index="letters")
>>> json.loads(action)["index"]["_index"], sorted(json.loads(doc))[:3]
('letters', ['author', 'body', 'crawled_at'])
"""

from __future__ import annotations

import json
from typing import Any

from .index import org_key

__all__ = ["bulk_document", "bulk_lines"]


def bulk_document(record: dict[str, Any]) -> dict[str, Any]:
    """The document indexed for a record: text fields, the date, signatories as objects
    with their organisation key (a keyword for facets)."""
    sigs = record.get("signatories") or []
    return {
        "title": record.get("title"),
        "body": record.get("body"),
        "date": record.get("date"),
        "date_source": record.get("date_source"),
        "author": record.get("author"),
        "site_name": record.get("site_name"),
        "language": record.get("language"),
        "source": record.get("source"),
        "url": record.get("url"),
        "crawled_at": record.get("crawled_at"),
        "http_status": record.get("http_status"),
        "signatories": [{"name": s["name"], "key": org_key(s["name"]),
                         "acronym": s.get("acronym"), "country": s.get("country"),
                         "kind": s.get("kind")} for s in sigs],
        "signatory_keys": sorted({org_key(s["name"]) for s in sigs} - {""}),
        "problems": [p["code"] for p in record.get("problems") or []],
        "schema_version": record.get("schema_version"),
    }


def bulk_lines(record: dict[str, Any], *, index: str = "ngoclean") -> tuple[str, str]:
    """The action line and the document line for one record."""
    action = {"index": {"_index": index, "_id": record["id"]}}
    return (json.dumps(action, ensure_ascii=False),
            json.dumps(bulk_document(record), ensure_ascii=False))
