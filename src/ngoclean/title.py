"""The headline of a text page.

>>> from ngoclean.blocks import text_blocks
>>> blocks = text_blocks("Our Site\\n\\nNGOs urge the Assembly to protect defenders\\n\\n"
...                      "Date: 2015-12-10\\n\\nA long first paragraph that is prose and goes on "
...                      "for a good while, as article paragraphs do, ending with a full stop.")
>>> title_block(blocks, date_block=2).lines[0]
'NGOs urge the Assembly to protect defenders'
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .dates import find_dates
from .model import Block

__all__ = ["title_block"]

_LABEL = regex.compile(r"^(?:title|titre|título|titel)\s*:\s*", regex.I)
_NOT_TITLE = regex.compile(r"^(?:to|re|cc|dear|from)\b|:$", regex.I)


def _candidate(block: Block) -> bool:
    if len(block.lines) != 1:
        return False
    line = block.lines[0]
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250 or _NOT_TITLE.search(line):
        return False
    if line.endswith(".") and len(words) > 8:
        return False  # a sentence, not a headline
    dates = find_dates(line)
    return not (dates and dates[0].end - dates[0].start >= len(line) * 0.6)


def _is_prose(block: Block) -> bool:
    text = " ".join(block.lines)
    return len(text) >= 200 or (len(block.lines) > 1 and len(text) >= 120)


def title_block(blocks: Sequence[Block], *, date_block: int | None = None) -> Block | None:
    """The block holding the headline: a labelled title, else the short line nearest the
    page date, else the first short line of four words or more before the prose."""
    for b in blocks:
        if len(b.lines) == 1 and _LABEL.match(b.lines[0]):
            return b
    head: list[Block] = []
    for b in blocks:
        if _is_prose(b):
            break
        head.append(b)
    cands = [b for b in head if _candidate(b)]
    if not cands:
        return None
    if date_block is not None:
        before = [b for b in cands if b.index < date_block]
        if before:
            return before[-1]
        after = [b for b in cands if b.index > date_block]
        if after:
            return after[0]
    long_enough = [b for b in cands if len(b.lines[0].split()) >= 4]
    return (long_enough or cands)[0]


def title_text(block: Block) -> str:
    """The title text of a title block, without a "Title:" label."""
    return _LABEL.sub("", block.lines[0]).strip()
