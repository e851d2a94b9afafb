"""A text rendering of an HTML page in the manner of ``lynx -dump -nolist -width=80``.

Used by the parity tests (the same page as HTML and as text must give the same record);
also a script: ``python tests/lynxlike.py page.html > page.txt``. It knows nothing of
ngoclean: a browser's rendering, not the library's reading.

- the head, scripts, styles and forms' controls are not shown; images are not shown;
- block elements (paragraphs, headings, divs, list items, rows) start new lines, and
  paragraphs, headings and lists are set apart by a blank line;
- ``<ul>`` items are marked ``*`` and ``<ol>`` items ``1.``, ``2.``, ... (indented by
  nesting depth), ``<br>`` breaks a line, table cells are set two spaces apart;
- every line is wrapped at 80 columns, continuation lines indented like the first.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

from lxml import etree
from lxml import html as lxml_html

WIDTH = 80
_SKIP = {"head", "script", "style", "noscript", "template", "svg", "select", "option",
         "textarea", "button", "input", "img", "iframe", "object"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
              "pre", "dl", "figure", "address", "hr", "header", "footer", "nav", "section",
              "article", "aside", "main", "form"}
_LINE = {"div", "li", "tr", "dt", "dd", "caption", "figcaption", "center", "details",
         "summary", "fieldset", "legend", "tbody", "thead", "tfoot"}


class _Out:
    def __init__(self) -> None:
        self.lines: list[tuple[int, str]] = []  # (indent, text); text "" = blank line
        self.current: list[str] = []
        self.indent = 3

    def text(self, s: str) -> None:
        self.current.append(s)

    def end_line(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append((self.indent, text))
        self.current = []

    def blank(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1][1]:
            self.lines.append((0, ""))

    def render(self) -> str:
        self.end_line()
        out: list[str] = []
        for indent, text in self.lines:
            if not text:
                out.append("")
                continue
            pad = " " * indent
            out.extend(textwrap.wrap(text, WIDTH - 1, initial_indent=pad,
                                     subsequent_indent=pad, break_long_words=False,
                                     break_on_hyphens=False) or [pad])
        while out and not out[-1]:
            out.pop()
        return "\n".join(out) + "\n"


def _walk(el: Any, out: _Out, depth: int) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP or not tag:
        if el.tail:
            out.text(el.tail)
        return
    if tag in _PARAGRAPH:
        out.blank()
    elif tag in _LINE:
        out.end_line()
    saved = out.indent
    if tag in ("ul", "ol"):
        depth += 1
        count = 0
        for child in el:
            if isinstance(child.tag, str) and child.tag == "li":
                count += 1
                out.end_line()
                out.indent = 3 + 3 * (depth - 1)
                marker = f"{count}. " if tag == "ol" else "* "
                out.text(marker)
                _children(child, out, depth)
                out.end_line()
                out.indent = saved
                if child.tail:
                    out.text(child.tail)
            else:
                _walk(child, out, depth)
        out.blank()
    elif tag in ("td", "th"):
        out.text("  ")
        _children(el, out, depth)
        out.text("  ")
    elif tag == "br":
        out.end_line()
    elif tag == "blockquote":
        out.indent += 2
        _children(el, out, depth)
        out.end_line()
        out.indent = saved
    else:
        _children(el, out, depth)
    if tag in _PARAGRAPH:
        out.blank()
    elif tag in _LINE:
        out.end_line()
    if el.tail:
        out.text(el.tail)


def _children(el: Any, out: _Out, depth: int) -> None:
    if el.text:
        out.text(el.text)
    for child in el:
        _walk(child, out, depth)


def render(markup: str) -> str:
    """The page as lynx would print it (see the module docstring)."""
    root = lxml_html.document_fromstring(markup.encode("utf-8"),
                                         parser=lxml_html.HTMLParser(encoding="utf-8"))
    etree.strip_elements(root, etree.Comment, with_tail=False)
    body = root.find("body")
    out = _Out()
    _walk(body if body is not None else root, out, 0)
    return out.render()


def render_file(path: Path) -> str:
    """The rendering of an HTML file, read as ngoclean reads it (declared charset, BOM)."""
    from ngoclean.read import load

    return render(load(path).text)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        sys.stdout.write(render_file(Path(arg)))
