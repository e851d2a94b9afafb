"""The text-dump front end: page text to the :class:`~ngoclean.assemble.Parts` of a page.

Copy-pastes, ``lynx -dump`` output and PDF-to-text copies: the characters are repaired
first (on the whole text), blocks are split at blank lines, furniture lines (breadcrumbs,
"Back to top", running headers of PDF copies) are dropped, and the signatory list is
looked for among the blocks. Every block may form the body.

>>> from ngoclean.assemble import assemble
>>> from ngoclean.read import load
>>> rec = assemble(text_parts(load("Joint statement\\n\\nDate: 10 December 2015\\n\\n"
...     "We, the undersigned organisations, call on every State to protect human rights "
...     "defenders and to end reprisals against them.\\n\\nSignatories:\\n\\n"
...     "Human Rights Watch\\nAmnesty International\\n\\nBack to top"), url=None))
>>> rec.title, str(rec.date), rec.date_source
('Joint statement', '2015-12-10', 'label')
>>> [s.name for s in rec.signatories]
['Human Rights Watch', 'Amnesty International']
>>> [(d.text, d.reason) for d in rec.dropped if d.reason == "navigation"]
[('Back to top', 'navigation')]
"""

from __future__ import annotations

import regex

from .assemble import Parts
from .blocks import text_blocks
from .furniture import running_lines, strip_furniture
from .listfind import locate_list
from .model import Dropped, Problem, Repair
from .read import Document
from .repairs import repair_chars

__all__ = ["strip_tags", "text_parts"]

_TAG = regex.compile(r"<(?:script|style)\b[^>]*>.*?</(?:script|style)\s*>|<[^>]{0,2000}>",
                     regex.I | regex.S)


def strip_tags(markup: str) -> str:
    """Markup that no parser could read, as text: tags become line breaks.

    >>> strip_tags("<p>One</p><p>Two<script>x()</script></p>")
    'One\\n\\nTwo'
    """
    text = _TAG.sub("\n", markup)
    return regex.sub(r"\n{3,}", "\n\n", text).strip()


def text_parts(doc: Document, *, url: str | None, markup_failed: bool = False) -> Parts:
    """The parts of a text page (of markup that could not be parsed, with
    ``markup_failed``: its text with the tags taken out, and a problem saying so)."""
    problems = list(doc.problems)
    text = doc.text
    if markup_failed:
        text = strip_tags(text)
        problems.append(Problem("html_unparsable", "markup could not be parsed; read as text"))
    repairs: list[Repair] = []
    running = running_lines(text)  # read before the repairs turn form feeds into spaces
    text = repair_chars(text, field="document", repairs=repairs)
    dropped: list[Dropped] = []
    blocks, _ = strip_furniture(text_blocks(text), dropped, running)
    span = locate_list(blocks, blocks)
    return Parts(source=doc.source, url=url, blocks=blocks, main=[b.index for b in blocks],
                 span=span, dropped=dropped, repairs=repairs, problems=problems)
