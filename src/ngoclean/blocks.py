"""Page text to blocks: the paragraphs of a text dump (HTML blocks: :mod:`ngoclean.htmlblocks`).

>>> [b.lines for b in text_blocks("Title\\n\\nLine one\\nline two\\n\\n\\nEnd")]
[['Title'], ['Line one', 'line two'], ['End']]
>>> [b.path for b in text_blocks("a\\n\\nb\\nc")]
['L1', 'L3-L4']
"""

from __future__ import annotations

from .model import Block

__all__ = ["text_blocks", "without_date_line"]


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


_PARAGRAPH_LINE = 200  # characters: no text browser or mail wraps this wide


def _add(blocks: list[Block], lines: list[str], first: int) -> None:
    long = sum(len(x) > _PARAGRAPH_LINE for x in lines)
    if len(lines) >= 2 and long >= 1 and long * 5 >= len(lines):
        for k, line in enumerate(lines):
            blocks.append(_block(len(blocks), [line], first + k))
        return
    if len(lines) >= 2 and long >= 1:
        # paragraph lines, then a run of short ones (a closing, a list): the paragraphs
        # (and a headline over them) one block each, the run one block
        cut = max(k for k, x in enumerate(lines) if len(x) > _PARAGRAPH_LINE) + 1
        for k, line in enumerate(lines[:cut]):
            blocks.append(_block(len(blocks), [line], first + k))
        if cut < len(lines):
            blocks.append(_block(len(blocks), lines[cut:], first + cut))
        return
    blocks.append(_block(len(blocks), lines, first))


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
