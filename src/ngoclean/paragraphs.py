"""Paragraph steps: rejoining hard-wrapped lines and words split at a line end.

They run on prose only, never on a signatory list, where a line break is a boundary.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from . import _words
from .edits import Edit, apply_edits
from .textfold import LIST_MARKER

__all__ = ["fix_line_hyphens", "find_line_hyphens", "find_wraps", "is_wrapped_prose",
           "unwrap_lines"]


#: A hyphen at a line end before a letter: found first, the words around it read after,
#: so that a long run of letters never makes the search quadratic.
_LINE_HYPHEN_RE = regex.compile(r"[-\u2010]\n(?=(\p{L}{1,200}))")
_WORD_BEFORE = regex.compile(r"\p{L}{1,200}\Z")
_WORDS_RE = regex.compile(r"\p{L}+")
_COMPOUND_RE = regex.compile(r"\p{L}+(?:-\p{L}+)+")
_SUSPENDED = frozenset({"and", "or", "nor", "to", "und", "oder", "bis", "et", "ou", "y", "o", "e"})


def find_line_hyphens(text: str) -> list[Edit]:
    edits: list[Edit] = []
    words: set[str] | None = None
    pairs: set[str] = set()
    for m in _LINE_HYPHEN_RE.finditer(text):
        hyphen_at = m.start()
        before = _WORD_BEFORE.search(text, max(0, hyphen_at - 200), hyphen_at)
        if before is None:
            continue
        left, right = before.group(), m.group(1)
        span_end = hyphen_at + 2
        if right.lower() in _SUSPENDED and right.islower():
            edits.append(Edit(hyphen_at, span_end, "- "))  # "short-\nand long-term"
            continue
        if not right[0].islower():
            edits.append(Edit(hyphen_at, span_end, "-"))  # "non-\nState"
            continue
        if words is None:  # the page's own words, read once
            lowered = text.lower()
            words = set(_WORDS_RE.findall(lowered))
            for c in _COMPOUND_RE.findall(lowered):
                parts = c.split("-")
                pairs.update(f"{a}-{b}" for a, b in zip(parts, parts[1:], strict=False))
        joined = (left + right).lower()
        if joined in words:
            after = ""
        elif f"{left}-{right}".lower() in pairs:
            after = "-"
        else:
            after = "" if _words.is_word(joined) else "-"
        edits.append(Edit(hyphen_at, span_end, after))
    return edits


def fix_line_hyphens(text: str) -> str:
    """Rejoin words split by a hyphen at a line end, keeping real hyphens.

    >>> fix_line_hyphens("their protec-\\ntion")
    'their protection'
    >>> fix_line_hyphens("non-\\nState actors")
    'non-State actors'
    >>> fix_line_hyphens("short-\\nand long-term")
    'short- and long-term'
    """
    return apply_edits(text, find_line_hyphens(text))


_SENTENCE_END = tuple(".!?…:;\"”’»)")
_ACRONYM_END = regex.compile(r"\(\p{Lu}[\p{Lu}\d&./-]{1,15}\)$")
_HYPHEN_END = regex.compile(r"\p{L}[-\u2010]$")


def _first_word(line: str) -> str:
    return line.split(" ", 1)[0]


def is_wrapped_prose(lines: Sequence[str]) -> bool:
    """True when ``lines`` look like one paragraph hard-wrapped at a fixed width.

    >>> is_wrapped_prose(["We urge all States to live up to their human rights",
    ...                   "commitments by supporting this resolution."])
    True
    >>> is_wrapped_prose(["Human Rights Watch", "Amnesty International"])
    False
    >>> is_wrapped_prose(["Cambodian Center for Human Rights (CCHR)",
    ...                   "Community Legal Education Center (CLEC)"])
    False
    """
    if len(lines) < 2:
        return False
    width = max(len(x) for x in lines)
    if width < 40:
        return False
    breaks = list(zip(lines, lines[1:], strict=False))
    lower_next = sum(1 for _, b in breaks if b[:1].islower())
    full = sum(1 for a, b in breaks if len(a) + 1 + len(_first_word(b)) > width)
    last = lines[-1].rstrip()
    # "… Center (CLEC)": a name closing on its acronym does not end a sentence.
    ends_sentence = last.endswith(_SENTENCE_END) and not _ACRONYM_END.search(last)
    if sum(1 for x in lines if LIST_MARKER.match(x)) >= 2:
        return False  # bulleted or numbered lines are a list
    if lower_next and lower_next * 3 >= len(breaks):
        return True
    return ends_sentence and full * 4 >= len(breaks) * 3


_BLANK_LINE = regex.compile(r"(\n[ \t]*\n)")


def find_wraps(text: str) -> list[Edit]:
    edits: list[Edit] = []
    pos = 0
    for para in _BLANK_LINE.split(text):
        if "\n" in para and para.strip() and not para.isspace():
            lines = para.split("\n")
            if is_wrapped_prose(lines):
                width = max(len(x) for x in lines)
                off = pos
                for a, b in zip(lines, lines[1:], strict=False):
                    off += len(a)
                    if _HYPHEN_END.search(a) and b[:1].isalpha():
                        pass  # a word split at the line end: the line_hyphen step's call
                    elif a and b and (
                        b[:1].islower() or len(a) + 1 + len(_first_word(b)) > width
                        or not a.endswith(_SENTENCE_END)
                    ):
                        edits.append(Edit(off, off + 1, " "))
                    off += 1
        pos += len(para)
    return edits


def unwrap_lines(text: str) -> str:
    """Rejoin the lines of hard-wrapped paragraphs; lists and short lines stay.

    >>> unwrap_lines("We urge all States to live up to their human rights\\n"
    ...              "commitments by supporting this resolution.")
    'We urge all States to live up to their human rights commitments by supporting this resolution.'
    >>> unwrap_lines("Human Rights Watch\\nAmnesty International")
    'Human Rights Watch\\nAmnesty International'
    """
    return apply_edits(text, find_wraps(text))
