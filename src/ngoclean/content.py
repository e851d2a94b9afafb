"""Choosing the main content of an HTML page, in two passes (as jusText does).

1. Context-free: each block is *content-like* (long, few links, not furniture), *furniture*
   (inside navigation, footer, share widgets, ...), or neither.
2. The container: the element whose subtree holds the most content-like text once the
   other text inside it is charged against it. Its blocks are kept, except furniture,
   link lists and short stock phrases ("Advertisement", "Caption"); every block left out
   comes back labelled with its reason.

>>> from ngoclean.htmlblocks import parse_html, html_blocks
>>> page = ("<body><div class='menu'><a href='/'>Home</a> <a href='/a'>About</a></div>"
...         "<div><p>" + "Long sentence of the article. " * 8 + "</p><p>Advertisement</p>"
...         "<p>" + "More text of the story here. " * 8 + "</p></div>"
...         "<div><a href='/x'>Other story</a></div></body>")
>>> blocks = html_blocks(parse_html(page))
>>> kept, reasons = main_content(blocks)
>>> [blocks[i].text[:12] for i in kept], sorted(set(reasons.values()))
(['Long sentenc', 'More text of'], ['navigation', 'outside_main', 'stock_phrase'])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from ._data import FUNCTION_WORDS, NAV_LINES
from .labels import DroppedReason
from .model import Block

__all__ = ["STOCK_PHRASES", "is_content_like", "main_content"]

#: Short lines inside articles that are never article text.
STOCK_PHRASES = frozenset(
    """
advertisement
advertising
ad
sponsored
sponsored content
caption
close
close caption
hide caption
toggle caption
expand
collapse
enlarge
image
photo
video
watch
play
play video
loading
loading...
continue reading
read more
read full article
click here
see more
show more
more
follow
follow us
comments
comment
leave a comment
print
email
share
share this
share this article
tweet
related
related articles
related stories
recommended
recommended stories
you may also like
story continues below advertisement
article continues below advertisement
continue reading below
publicité
publicidad
anzeige
werbung
""".strip().splitlines()
) | NAV_LINES

_CONTAINER_HINT = regex.compile(
    r"articlebody|article[-_]+body|article[-_]+content|article[-_]+text|entry[-_]content|"
    r"post[-_]+(?:content|body|text)|story[-_]+(?:body|content|text)|field-name-body|"
    r"field--name-body|node[-_]+content|body[-_]text|rich-text|main[-_]content|"
    r"single[-_]content|content[-_]body|text[-_]body", regex.I)
_SENTENCE = regex.compile(r"[.!?…:;»”\"')]\s*$")
_WORD = regex.compile(r"\p{L}+")
_LEAF_TAGS = frozenset("p li blockquote pre h1 h2 h3 h4 h5 h6 span a em strong b i font".split())


def is_content_like(block: Block) -> bool:
    """Long enough, few links, not furniture: text an article is made of.

    >>> is_content_like(Block(0, ["A short line"], "p"))
    False
    >>> is_content_like(Block(0, ["This is a sentence of the article, long enough to be "
    ...                           "prose and ending with a full stop as prose does."], "p"))
    True
    """
    if block.boilerplate is not None or block.link_density > 0.35:
        return False
    text = " ".join(block.lines)
    n = len(text)
    if n >= 150:
        return True
    if n < 40:
        return False
    words = _WORD.findall(text.lower())
    stop = sum(1 for w in words if w in FUNCTION_WORDS)
    return bool(_SENTENCE.search(text)) and len(words) >= 7 and stop >= 2


def _in_list_item(chain: list[Any]) -> bool:
    """Inside a list item: teasers of other stories look like prose but sit in lists."""
    return any(el.tag == "li" for el in chain[:6])


def _ancestors(el: Any) -> list[Any]:
    out = []
    while el is not None:
        out.append(el)
        el = el.getparent()
    return out


def main_content(blocks: Sequence[Block], *, other_weight: float = 0.5,
                 neutral_weight: float = 0.2) -> tuple[
        list[int], dict[int, DroppedReason]]:
    """Indices of the blocks that make the main content, and a reason for every other one."""
    good: dict[Any, int] = {}
    neutral: dict[Any, int] = {}
    other: dict[Any, int] = {}
    depth: dict[Any, int] = {}
    chains: list[list[Any]] = []
    for b in blocks:
        chain = _ancestors(b.element) if b.element is not None else []
        chains.append(chain)
        for k, el in enumerate(chain):
            depth[el] = len(chain) - k
        n = sum(len(x) for x in b.lines)
        if is_content_like(b) and not _in_list_item(chain):
            target = good
        elif b.boilerplate is None and b.link_density < 0.5:
            target = neutral  # short lines, list items, headings: may belong to the article
        else:
            target = other
        for el in chain:
            target[el] = target.get(el, 0) + n
    best, best_score = None, 0.0
    for el, g in good.items():
        score = g + neutral_weight * neutral.get(el, 0) - other_weight * other.get(el, 0)
        if _CONTAINER_HINT.search(f"{el.get('class') or ''} {el.get('id') or ''} "
                                  f"{el.get('itemprop') or ''}"):
            score *= 1.5
        if score > best_score:
            best, best_score = el, score
    best = _holding_most(best, good, depth)
    if best is not None and best.tag in _LEAF_TAGS and best.getparent() is not None:
        best = best.getparent()  # one paragraph is not a container: its parent is
    reasons: dict[int, DroppedReason] = {}
    kept: list[int] = []
    for b, chain in zip(blocks, chains, strict=True):
        if b.boilerplate is not None:
            reasons[b.index] = b.boilerplate
        elif best is not None and best not in chain:
            reasons[b.index] = "outside_main"
        elif _is_stock(b):
            reasons[b.index] = "stock_phrase"
        elif b.link_density > 0.6 and len(" ".join(b.lines)) < 300:
            reasons[b.index] = "link_list"
        else:
            kept.append(b.index)
    for k in _orphan_headings(blocks, kept, reasons):
        reasons[k] = "orphan_heading"
    kept = [k for k in kept if k not in reasons]
    return kept, reasons


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _orphan_headings(blocks: Sequence[Block], kept: list[int],
                     reasons: dict[int, DroppedReason]) -> list[int]:
    """Kept subheadings that head nothing kept: every block after one, up to the next
    kept heading, was left out ("Related posts" over its teasers, "Photo credits" over
    the credits) and at least one was.

    >>> blocks = [Block(0, ["Text " * 30], "", "p"), Block(1, ["More to read"], "", "h2"),
    ...           Block(2, ["Other story"], "", "li"), Block(3, ["Next"], "", "h2"),
    ...           Block(4, ["Text " * 30], "", "p")]
    >>> _orphan_headings(blocks, [0, 1, 3, 4], {2: "link_list"})
    [1]
    """
    by_index = {b.index: b for b in blocks}
    keep = set(kept)
    out: list[int] = []
    order = sorted(by_index)
    # the headings above the first kept text are the headline's (a page without an h1)
    first_text = next((k for k in order if k in keep and by_index[k].tag not in _SUBHEADINGS
                       and by_index[k].tag != "h1"), None)
    for pos, k in enumerate(order):
        if k not in keep or by_index[k].tag not in _SUBHEADINGS or \
                first_text is None or k < first_text:
            continue
        dropped = 0
        for j in order[pos + 1:]:
            if j in keep:
                if by_index[j].tag in _SUBHEADINGS or by_index[j].tag == "h1":
                    break
                dropped = -1  # it heads kept text
                break
            if reasons.get(j) not in ("title", "date", "byline"):
                dropped += 1
        if dropped > 0:
            out.append(k)
    return out


def _holding_most(best: Any, good: dict[Any, int], depth: dict[Any, int]) -> Any:
    """The chosen container, or when most of the page's prose lies outside it (a lead
    paragraph in its own box, the story further down), the smallest element holding
    four fifths of that prose."""
    if best is None or not good:
        return best
    total = max(good.values())
    inside = good.get(best, 0)
    if inside >= 0.4 * total or total - inside < 500:
        return best
    holders = [el for el, g in good.items() if g >= 0.8 * total]
    return max(holders, key=lambda el: depth.get(el, 0))


_ICON_ONLY = regex.compile(r"^[\p{Co}\s\p{P}\p{S}]*\p{Co}[\p{Co}\s\p{P}\p{S}]*$")


def _is_stock(block: Block) -> bool:
    """A stock phrase ("Advertisement", "Read more"), or glyphs of an icon font alone
    (private-use characters such as Material Icons' U+E5C5, an arrow).

    >>> _is_stock(Block(0, ["\ue5c5"], "p")), _is_stock(Block(0, ["Read more"], "p"))
    (True, True)
    >>> _is_stock(Block(0, ["Archive"], "p"))
    False
    """
    text = " ".join(block.lines)
    if len(text) > 60:
        return False
    if _ICON_ONLY.match(text):
        return True
    folded = " ".join(_WORD.findall(text.casefold()))
    return folded in STOCK_PHRASES or text.casefold().strip(" .:!") in STOCK_PHRASES
