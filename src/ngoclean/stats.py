"""A first look at a crawl: what a records file holds, counted.

>>> recs = [{"id": "a", "language": "en", "date": "2021-03-04", "problems": [],
...          "signatories": [{"name": "Front Line Defenders (FLD)"}, {"name": "CIVICUS"}]},
...         {"id": "b", "language": "fr", "date": None,
...          "problems": [{"code": "no_date"}], "signatories": [{"name": "CIVICUS"}]},
...         {"source": "x.png", "error": {"type": "BinaryInputError", "message": "..."}}]
>>> s = crawl_stats(recs)
>>> s["records"], s["errors"], s["languages"], s["years"]
(2, {'BinaryInputError': 1}, {'en': 1, 'fr': 1}, {'2021': 1, 'undated': 1})
>>> s["letters"], s["top_organisations"][0]
(2, {'name': 'CIVICUS', 'letters': 2})
>>> print(format_stats(s, top=1))
records    2 (and 1 error lines)
languages  en 1, fr 1
years      2021 1, undated 1
problems   no_date 1
errors     BinaryInputError 1
letters    2 with signatories: 3 signatures, median 1.5, most 2
top organisations by letters signed:
       2  CIVICUS
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .index import org_key

__all__ = ["crawl_stats", "format_stats"]


def crawl_stats(records: Iterable[dict[str, Any]], *, top: int = 20) -> dict[str, Any]:
    """Counts over record dicts (lines of a ``clean`` output): records and error lines
    by type, languages, publication years, problems by code, letters with signatories
    and the organisations that signed most (by :func:`ngoclean.index.org_key`, shown
    as most often written). Duplicate records (the same id twice) are counted once."""
    seen: set[str] = set()
    errors: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    years: Counter[str] = Counter()
    problems: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    sizes: list[int] = []
    duplicates = 0
    for rec in records:
        if "error" in rec:
            error = rec.get("error")
            errors[error.get("type", "?") if isinstance(error, dict) else "?"] += 1
            continue
        rid = str(rec.get("id"))
        if rid in seen:
            duplicates += 1
            continue
        seen.add(rid)
        languages[rec.get("language") or "undetermined"] += 1
        date = rec.get("date")
        years[date[:4] if isinstance(date, str) and len(date) >= 4 else "undated"] += 1
        problems.update({p.get("code", "?") for p in rec.get("problems") or []
                         if isinstance(p, dict)})
        names = [s["name"] for s in rec.get("signatories") or []
                 if isinstance(s, dict) and isinstance(s.get("name"), str)]
        if names:
            sizes.append(len(names))
        keys = set()
        for name in names:
            key = org_key(name)
            if key and key not in keys:
                keys.add(key)
                spellings.setdefault(key, Counter())[name] += 1
        orgs.update(keys)
    top_orgs = [{"name": spellings[k].most_common(1)[0][0], "letters": n}
                for k, n in sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    return {
        "records": len(seen), "duplicates": duplicates, "errors": dict(errors.most_common()),
        "languages": dict(sorted(languages.items(), key=lambda kv: (-kv[1], kv[0]))),
        "years": dict(sorted(years.items())),
        "problems": dict(sorted(problems.items(), key=lambda kv: (-kv[1], kv[0]))),
        "letters": len(sizes), "signatures": sum(sizes),
        "median_signatories": statistics.median(sizes) if sizes else 0,
        "most_signatories": max(sizes, default=0),
        "organisations": len(orgs), "top_organisations": top_orgs,
    }


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in counts.items()) or "none"


def format_stats(stats: dict[str, Any], *, top: int = 20) -> str:
    """The counts of :func:`crawl_stats` as a few lines for a terminal."""
    extra = [f"{n:,} {what}" for n, what in ((sum(stats["errors"].values()), "error lines"),
                                             (stats["duplicates"], "duplicates")) if n]
    lines = [f"records    {stats['records']:,}" + (f" (and {', '.join(extra)})" if extra else ""),
             f"languages  {_counts(stats['languages'])}",
             f"years      {_counts(stats['years'])}",
             f"problems   {_counts(stats['problems'])}",
             f"errors     {_counts(stats['errors'])}",
             f"letters    {stats['letters']:,} with signatories: {stats['signatures']:,} "
             f"signatures, median {stats['median_signatories']:g}, most "
             f"{stats['most_signatories']:,}"]
    if stats["top_organisations"]:
        lines.append("top organisations by letters signed:")
        lines.extend(f"{o['letters']:>8,}  {o['name']}" for o in stats["top_organisations"][:top])
    return "\n".join(lines)
