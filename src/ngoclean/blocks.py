"""Page text to blocks: paragraphs of a text dump, or the block elements of HTML.

>>> [b.lines for b in text_blocks("Title\\n\\nLine one\\nline two\\n\\n\\nEnd")]
[['Title'], ['Line one', 'line two'], ['End']]
>>> [b.path for b in text_blocks("a\\n\\nb\\nc")]
['L1', 'L3-L4']
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from .model import Block

__all__ = ["html_to_text", "text_blocks", "without_date_line"]


def text_blocks(text: str) -> list[Block]:
    """Split text into blocks at blank lines; each block keeps its lines and line numbers."""
    blocks: list[Block] = []
    current: list[str] = []
    first = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                first = number
            current.append(line.strip())
        elif current:
            blocks.append(_block(len(blocks), current, first))
            current = []
    if current:
        blocks.append(_block(len(blocks), current, first))
    return blocks


def _block(index: int, lines: list[str], first: int) -> Block:
    last = first + len(lines) - 1
    path = f"L{first}" if last == first else f"L{first}-L{last}"
    return Block(index, lines, path)


_WS = re.compile(r"[ \t\r\f]+")  # HTML white space; no-break spaces are not
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol tr table section article header footer nav aside "
    "blockquote pre dt dd dl figure figcaption form address main title".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg head iframe object".split())


def html_to_text(markup: str) -> str:
    """A plain-text rendering of HTML: one blank line between block elements.

    >>> html_to_text("<html><body><h1>T</h1><p>a<br>b</p><script>x</script></body></html>")
    'T\\n\\na\\nb'
    """
    parser = lxml_html.HTMLParser(remove_comments=True, no_network=True, recover=True)
    try:
        root = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP_TAGS:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if tag == "br":
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    text = "".join(parts)
    lines = [_WS.sub(" ", line).strip(" ") for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def without_date_line(block: Block, date_line: tuple[int, str] | None) -> list[str]:
    """The block's lines less the one date line taken for the record's date (only that
    one: an identical second line stays)."""
    lines = list(block.lines)
    if date_line is not None and date_line[0] == block.index and date_line[1] in lines:
        lines.remove(date_line[1])
    return lines
