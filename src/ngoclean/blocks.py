"""Page text to blocks: the paragraphs of a text dump (HTML blocks: :mod:`ngoclean.htmlblocks`).

>>> [b.lines for b in text_blocks("Title\\n\\nLine one\\nline two\\n\\n\\nEnd")]
[['Title'], ['Line one', 'line two'], ['End']]
>>> [b.path for b in text_blocks("a\\n\\nb\\nc")]
['L1', 'L3-L4']
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .model import Block

__all__ = ["text_blocks", "without_date_line", "wrapped_breaks"]


def text_blocks(text: str) -> list[Block]:
    """Split text into blocks at blank lines; each block keeps its lines and line numbers.

    A run of lines written one paragraph per line with no blank line between (a copy of a
    page's text, not a hard-wrapped dump: a fifth of its lines or more far longer than
    any wrap width) is split at every line, so that its headline and date lines stand on
    their own.

    >>> page = ("Nota pública sobre o relatório\\nSão Paulo, 5 de maio de 2016\\n"
    ...         + "O conselho repudia o relatório " * 12 + "\\n" + "Consideramos que " * 20)
    >>> [len(b.lines) for b in text_blocks(page)]
    [1, 1, 1, 1]
    """
    blocks: list[Block] = []
    current: list[str] = []
    first = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                first = number
            current.append(line.strip())
        elif current:
            _add(blocks, current, first)
            current = []
    if current:
        _add(blocks, current, first)
    return blocks


_HEAD_LINES = 12
_SENTENCE_LINE = 100  # characters: longer than a headline's or a name's line


def _head_lines(lines: list[str]) -> int:
    """How many first lines of a page's first block stand as blocks of their own, when
    the block runs the page's head (headline, date line, kicker) straight into its first
    hard-wrapped paragraph with no blank line between: the lines before the first
    re-wrapped line break, so that the headline can be told from the text. A block of a
    dozen lines or fewer with no re-wrapped break but two lines as long as sentences (100
    characters or more) is a paragraph per line: every line. Otherwise, or when the head
    would be one line or over a dozen, none.

    >>> b = text_blocks("Council adopts the resolution\\n12 May 2020\\n"
    ...                 + "The Council adopted today a resolution on the protection of\\n"
    ...                 + "human rights defenders, after a long debate among its members,\\n"
    ...                 + "and the text will now go to the General Assembly for adoption.")
    >>> [len(x.lines) for x in b], b[1].path
    ([1, 1, 3], 'L2')
    """
    # (the breaks of the first lines decide it: a line's break is read from the three
    # lines on each side, so the head of a block of any length costs the same)
    wrapped = wrapped_breaks(lines[:_HEAD_LINES + 6])
    if not wrapped:
        # no line re-wrapped, two as long as sentences: a paragraph per line
        per_line = len(lines) <= _HEAD_LINES and \
            sum(len(x) >= _SENTENCE_LINE for x in lines) >= 2
        return len(lines) if per_line else 0
    # the head ends where the first re-wrapped run starts (the line before its break)
    cut = min(wrapped) - 1
    return cut if 2 <= cut <= _HEAD_LINES else 0


_PARAGRAPH_LINE = 200  # characters: no text browser or mail wraps this wide


def _add(blocks: list[Block], lines: list[str], first: int) -> None:
    """Add the block of ``lines``; its first lines that stand alone (paragraphs written
    one per line, the page's head) each as a block of their own."""
    cut = _own_lines(lines, head=not blocks)
    for k, line in enumerate(lines[:cut]):
        blocks.append(_block(len(blocks), [line], first + k))
    if cut < len(lines):
        rest = lines[cut:]
        at = _marked_run(rest)
        if at:  # a paragraph, then a list with no blank line between: two blocks
            blocks.append(_block(len(blocks), rest[:at], first + cut))
            cut += at
            rest = rest[at:]
        blocks.append(_block(len(blocks), rest, first + cut))


_MARKED = regex.compile(r"^(?:(?P<num>\d{1,3})[.)]|[*•▪◦·-])\s+\S")


def _marked_run(lines: list[str]) -> int:
    """Where a list marked line by line starts inside a block whose first lines are not
    marked and end a sentence (a text browser sets an ``<ol>`` or ``<ul>`` right under
    the paragraph before it, with no blank line): the index of its first line, else 0.
    The run is three marked lines or more, numbered from 1 or bulleted.

    >>> _marked_run(["We urge the Council to act", "on the resolution now.", "1. Alpha Trust",
    ...              "2. Beta Union", "Group", "3. Gamma Fund"])
    2
    >>> _marked_run(["We ask for three things:", "1. Stop it", "2. Fund it", "3. End it"])
    0
    >>> _marked_run(["We ask for two things.", "1. Stop the evictions", "2. Fund clinics"])
    0
    >>> _marked_run(["The Council acted", "1. Alpha Trust", "2. Beta Union", "3. Gamma"])
    0
    """
    for k, line in enumerate(lines):
        m = _MARKED.match(line)
        if m is None:
            continue
        if k == 0 or not lines[k - 1].rstrip().endswith((".", "!", "?")):
            return 0  # (a line announcing the list, "... signatários:", is read in it)
        num = m.group("num")
        if num is not None and num != "1":
            return 0
        marks = [_MARKED.match(x) for x in lines[k:]]
        marked = [x for x in marks if x is not None]
        if len(marked) < 3:
            return 0
        if num is not None:
            numbers = [x.group("num") for x in marked]
            ok = numbers[:3] == ["1", "2", "3"]
        else:
            ok = all(x is not None and x.group("num") is None for x in marks[:3])
        return k if ok else 0
    return 0


def _own_lines(lines: list[str], *, head: bool) -> int:
    """How many first lines of a block stand as blocks of their own (``head``: the
    page's first block)."""
    long = sum(len(x) > _PARAGRAPH_LINE for x in lines)
    if len(lines) >= 2 and long >= 1 and long * 5 >= len(lines):
        return len(lines)
    if len(lines) >= 2 and long >= 1:
        # paragraph lines, then a run of short ones (a closing, a list): the paragraphs
        # (and a headline over them) one block each, the run one block
        return max(k for k, x in enumerate(lines) if len(x) > _PARAGRAPH_LINE) + 1
    return _head_lines(lines) if head and len(lines) >= 3 else 0


def _block(index: int, lines: list[str], first: int) -> Block:
    last = first + len(lines) - 1
    path = f"L{first}" if last == first else f"L{first}-L{last}"
    return Block(index, lines, path)


def without_date_line(block: Block, date_line: tuple[int, str] | None) -> list[str]:
    """The block's lines less the one date line taken for the record's date (only that
    one: an identical second line stays)."""
    lines = list(block.lines)
    if date_line is not None and date_line[0] == block.index and date_line[1] in lines:
        lines.remove(date_line[1])
    return lines


def wrapped_breaks(lines: Sequence[str]) -> set[int]:
    """Lines whose break looks like a re-wrap of running text (index of the next line):
    the line before and one beside it are too full to have taken the next word.

    >>> wrapped_breaks(["A short heading",
    ...                 "The Council adopted today a resolution on the protection of",
    ...                 "human rights defenders, after a long debate among its members,",
    ...                 "and the text will now go to the General Assembly."])
    {2, 3}
    """
    out: set[int] = set()
    n = len(lines)
    full = [False] * n
    for i in range(n - 1):
        lo, hi = max(0, i - 3), min(n, i + 4)
        width = max(len(x) for x in lines[lo:hi])
        nxt = lines[i + 1].split(" ", 1)[0]
        full[i] = len(lines[i]) >= 35 and len(lines[i]) + 1 + len(nxt) > width - 2
    for i in range(n - 1):
        if full[i] and ((i > 0 and full[i - 1]) or (i + 1 < n - 1 and full[i + 1])):
            out.add(i + 1)
    return out
