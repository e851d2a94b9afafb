"""A record as Markdown or plain text, for reading and for tools that take documents.

Both work from the record's dict (:meth:`ngoclean.Record.to_dict`, or a line of a
``clean`` output), so records written earlier can be rendered later.

>>> rec = {"title": "Joint letter", "date": "2021-03-04", "author": None, "url": None,
...        "body": "Background\\n\\nWe call on the Council to act.\\n\\nRelease them\\n\\n"
...                "# not a heading",
...        "body_kinds": ["h2", "p", "li", "p"],
...        "signatories": [{"name": "Front Line Defenders (FLD)"}, {"name": "CIVICUS"}]}
>>> print(to_markdown(rec))
# Joint letter
<BLANKLINE>
*2021-03-04*
<BLANKLINE>
## Background
<BLANKLINE>
We call on the Council to act.
<BLANKLINE>
- Release them
<BLANKLINE>
\\# not a heading
<BLANKLINE>
## Signatories
<BLANKLINE>
- Front Line Defenders (FLD)
- CIVICUS
<BLANKLINE>
>>> print(to_text(rec))
Joint letter
<BLANKLINE>
Background
<BLANKLINE>
We call on the Council to act.
<BLANKLINE>
- Release them
<BLANKLINE>
# not a heading
<BLANKLINE>
Front Line Defenders (FLD)
CIVICUS
<BLANKLINE>
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["FORMATS", "render", "to_markdown", "to_text"]

#: The output formats of :func:`render`.
FORMATS = ("markdown", "txt")

# A line Markdown would read as structure: a heading, quotation, list item, rule,
# table row, fence or HTML block.
_MARKER = re.compile(r"^(\s*)([#>|<]|[*+-](?=\s|$)|\d{1,9}[.)](?=\s|$)|[=_-]{3,}|`{3}|~{3})")


def _escape(line: str) -> str:
    """A line of text that Markdown reads as text.

    >>> _escape("# 1 title"), _escape("1. first"), _escape("- item"), _escape("plain")
    ('\\\\# 1 title', '1\\\\. first', '\\\\- item', 'plain')
    """
    m = _MARKER.match(line)
    if not m:
        return line
    start = m.end(1)
    marker = m.group(2)
    if marker[0].isdigit():  # "1." -> "1\." (a backslash before a digit is literal)
        cut = len(marker) - 1
        return line[:start] + marker[:cut] + "\\" + line[start + cut:]
    return line[:start] + "\\" + line[start:]


def _paragraphs(rec: dict[str, Any]) -> list[tuple[str, str]]:
    body = rec.get("body") or ""
    paragraphs = body.split("\n\n") if body else []
    kinds = list(rec.get("body_kinds") or [])
    if len(kinds) != len(paragraphs):
        kinds = ["p"] * len(paragraphs)
    return list(zip(kinds, paragraphs, strict=True))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_markdown(rec: dict[str, Any]) -> str:
    """The record as Markdown: ``# title``, a date, author and URL line in italics,
    the body with its headings, list items, quotations and preformatted text, then the
    signatories as a list under ``## Signatories`` (with a ``###`` heading per section
    of the list). Text that would read as Markdown
    structure is escaped; line breaks inside a paragraph are kept as hard breaks."""
    out: list[str] = []
    if rec.get("title"):
        out.append("# " + _one_line(rec["title"]))
    about = [x for x in (rec.get("date"), rec.get("author"), rec.get("url")) if x]
    if about:
        out.append("*" + " · ".join(_one_line(str(x)) for x in about) + "*")
    previous = None
    for kind, text in _paragraphs(rec):
        lines = text.split("\n")
        if kind.startswith("h") and kind[1:].isdigit():
            block = "#" * int(kind[1:]) + " " + _one_line(text)
        elif kind == "li":
            block = "- " + "  \n  ".join(_escape(x) if i else x for i, x in enumerate(lines))
            if previous == "li":  # a tight list: items on consecutive lines
                out[-1] += "\n" + block
                previous = kind
                continue
        elif kind == "quote":
            block = "\n".join("> " + _escape(x) for x in lines)
        elif kind == "pre":
            fence = "~~~" if "```" in text else "```"
            block = f"{fence}\n{text}\n{fence}"
        else:
            block = "  \n".join(_escape(x) for x in lines)
        out.append(block)
        previous = kind
    signatories = rec.get("signatories") or []
    if signatories:
        out.append("## Signatories")
        section = None
        items: list[str] = []
        for s in signatories:
            if s.get("section") and s["section"] != section:
                if items:
                    out.append("\n".join(items))
                    items = []
                section = s["section"]
                out.append("### " + _one_line(section))
            items.append("- " + _escape(_one_line(s["name"])))
        out.append("\n".join(items))
    return "\n\n".join(out) + "\n"


def to_text(rec: dict[str, Any]) -> str:
    """The record as plain text: the title, the body's paragraphs (list items marked
    ``- ``), then the signatories one per line, blocks separated by a blank line."""
    out: list[str] = []
    if rec.get("title"):
        out.append(_one_line(rec["title"]))
    previous = None
    for kind, text in _paragraphs(rec):
        if kind == "li":
            item = "- " + text.replace("\n", "\n  ")
            if previous == "li":
                out[-1] += "\n" + item
            else:
                out.append(item)
        else:
            out.append(text)
        previous = kind
    lines: list[str] = []
    section = None
    for s in rec.get("signatories") or []:
        if s.get("section") and s["section"] != section:
            section = s["section"]
            lines.extend(["", _one_line(section)] if lines else [_one_line(section)])
        lines.append(_one_line(s["name"]))
    if lines:
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def render(rec: dict[str, Any], fmt: str) -> str:
    """The record in one of :data:`FORMATS`."""
    if fmt == "markdown":
        return to_markdown(rec)
    if fmt == "txt":
        return to_text(rec)
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
