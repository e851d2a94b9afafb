"""Segmenting a damaged signatory list into names.

The list is one stream of tokens. A line break is strong but fallible evidence of a
boundary; the segmentation chosen is the one that scores best under a small model of what
organisation names look like (dynamic programming over candidate boundaries):

- a name starts with a capital, an acronym or a digit, not with "of", "for" or a dash;
- it does not end with a function word, a dash, a comma or an adjective ("Egyptian");
- it often ends with a typical last word (Centre, Network, Watch, Foundation, ...), an
  acronym ("CRIN", "(APC)") or a country qualifier (", Pakistan", "- Ecuador");
- its parentheses and quotes are balanced;
- when most of the list is in alphabetical order, a name's start keeps that order: a
  line that breaks the order is probably not a name's start, and a word inside a line
  that fits the order exactly is probably one.

Segments span at most :data:`MAX_TOKENS` tokens, so the cost grows linearly with the list.

>>> [s.name for s in segment_lines(["Human Rights Watch", "Amnesty International"])]
['Human Rights Watch', 'Amnesty International']
>>> lines = ["Global Initiative for Economic,", "Social and Cultural Rights"]
>>> [s.name for s in segment_lines(lines)]
['Global Initiative for Economic, Social and Cultural Rights']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ._data import FUNCTION_WORDS, NAME_END_WORDS, NON_END_WORDS, ROMANCE_HEADS
from ._words import zipf
from .names import is_acronym
from .textfold import COUNTRY_FOLD, LIST_MARKER, fold_key

__all__ = ["MAX_TOKENS", "Segment", "Weights", "alphabetical_starts", "segment_lines", "sort_key"]

MAX_TOKENS = 30
MAX_LINE_BREAKS = 4

_PUNCT = regex.compile(r"[^\p{L}\p{N}\s]+")
_COUNTRY_WORDS = frozenset(c for c in COUNTRY_FOLD if " " not in c)
_ADJECTIVE_END = regex.compile(r"^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic)$")
_DASHES = frozenset("-–—‐‑")
#: Words that end names and almost never begin one: a line starting with one continues
#: the name before it.
_CONTINUATIONS = frozenset(
    "rights studies watch worldwide "
    "derechos droits rechte menschenrechte direitos diritti inc ltd e.v asbl".split()
)
_LATIN = regex.compile(r"\p{Latin}")


@dataclass(frozen=True)
class Weights:
    """The scores of the segmentation model (log-odds-like, hand-set)."""

    line_break: float = 3.0        # a boundary at a line break
    wrapped_break: float = 1.0     # ... at a break that looks like a re-wrap
    paragraph_break: float = 3.0   # ... at a blank line
    mid_line: float = -1.5         # a boundary between two words of one line
    segment: float = -1.0          # every name
    start_function_word: float = -5.0
    start_lower: float = -2.5
    start_lower_other_script: float = -0.5
    start_punct: float = -4.0
    start_paren: float = -4.0
    end_function_word: float = -5.0
    end_cap_function_word: float = -1.5
    end_dangling: float = -4.0
    end_name_word: float = 1.0
    end_acronym: float = 1.0
    end_country: float = 1.0
    end_adjective: float = -1.0
    single_common_word: float = -2.5
    single_common_line: float = -1.0
    unbalanced_paren: float = -6.0
    unbalanced_quote: float = -4.0
    long_name: float = -0.25       # per token over long_name_from
    long_name_from: int = 20
    alpha_fit_tight: float = 3.5   # a mid-line start that fits a tight alphabetical gap
    alpha_fit_loose: float = 0.5
    alpha_fit_step: float = 0.8    # less per letter of alphabet between the neighbours
    order_fit: float = 4.5         # one-line lists: a name sorting after the one before
    order_misfit: float = -4.5
    mid_line_marked: float = -3.0  # a boundary inside a bulleted or numbered item
    generic_fragment: float = -1.5  # "Civil Society" carved out of a line: too generic
    mid_head_noun: float = -1.0    # a name starting mid-line with "Coalition", "Centre", ...
    end_romance_head: float = -0.5  # French, Spanish, ... head nouns come first
    mid_romance_head: float = 0.5  # ... so a name may well start with one mid-line
    continuation_start: float = -1.5  # a line starting with "Studies", "Rights", "Watch"
    alpha_misfit: float = -1.5     # a mid-line start that breaks the alphabetical order
    alpha_misfit_line: float = -3.5  # a line start that breaks it
    joined_lines: float = -3.0     # a whole line joined across a "complete name" break
    shifted_line_break: float = 0.0  # a line break inside a run of shifted first words
    shifted_last_word: float = 2.5   # ... where the line's last word starts the next name
    shift_density: float = 0.5     # share of nearby breaks showing the shift, to believe it


DEFAULT_WEIGHTS = Weights()


@dataclass
class Segment:
    """One name: its text, the raw source text and the lines (indices) it came from."""

    name: str
    raw: str
    lines: list[int] = field(default_factory=list)
    whole_lines: bool = True
    starts_line: bool = True


@dataclass
class _Tok:
    text: str
    line: int
    start: int  # offset in its line
    gap: str  # before this token: "start", "line", "para", "space", "hard"
    marked: bool = False  # its line starts with a list marker


def sort_key(text: str) -> str:
    """A comparison form for alphabetical order: no accents, case or punctuation.

    >>> sort_key("Unión Latinoamericana"), sort_key("E-Education center")
    ('union latinoamericana', 'eeducation center')
    """
    return fold_key(_PUNCT.sub("", text))  # "E-Education" sorts as one word


def alphabetical_starts(keys: Sequence[str]) -> list[bool]:
    """Which keys belong to the longest non-decreasing run (in order, not contiguous).

    >>> alphabetical_starts(["a", "b", "z", "c", "d"])
    [True, True, False, True, True]
    """
    tails: list[str] = []
    tail_idx: list[int] = []
    prev = [-1] * len(keys)
    for i, k in enumerate(keys):
        pos = bisect_right(tails, k)
        if pos > 0:
            prev[i] = tail_idx[pos - 1]
        if pos == len(tails):
            tails.append(k)
            tail_idx.append(i)
        else:
            tails[pos] = k
            tail_idx[pos] = i
    keep = [False] * len(keys)
    i = tail_idx[-1] if tail_idx else -1
    while i >= 0:
        keep[i] = True
        i = prev[i]
    return keep


def _bare(token: str) -> str:
    return token.strip(".,;:()[]\"'“”‘’«»").casefold()


def _start_score(tok: str, w: Weights) -> float:
    bare = _bare(tok)
    if not bare or tok[0] in ")],;&/" or all(c in _DASHES for c in tok):
        return w.start_punct
    if tok[0] == "(":
        return w.start_paren
    first = next((c for c in tok if c.isalpha()), "")
    if first and first.islower():
        if bare in FUNCTION_WORDS:
            return w.start_function_word
        return w.start_lower if _LATIN.match(first) else w.start_lower_other_script
    return 0.0


def _end_score(tok: str, w: Weights) -> float:
    if tok[-1] in ",&/(" or tok[-1] in _DASHES or tok in ("&", "/"):
        return w.end_dangling
    bare = _bare(tok)
    if not bare:
        return w.end_dangling
    if bare in FUNCTION_WORDS:
        return w.end_function_word if tok[:1].islower() else w.end_cap_function_word
    if tok.startswith("(") and tok.endswith(")") and is_acronym(tok[1:-1], bracketed=True):
        return w.end_acronym
    core = tok.strip(".,;:\"'“”‘’")
    if bare in ROMANCE_HEADS:
        return w.end_romance_head  # "Collectif", "Fundación": they open names
    if bare in NAME_END_WORDS:
        return w.end_name_word
    if is_acronym(core):
        return w.end_acronym
    if bare in _COUNTRY_WORDS:
        return w.end_country
    if bare in NON_END_WORDS or _ADJECTIVE_END.match(core):
        return w.end_adjective
    return 0.0


def _comma_delimited(lines: Sequence[str]) -> bool:
    """Most lines end with a comma ("Amnesty International,"): the commas delimit names."""
    ends = [x.rstrip() for x in lines if x.strip()]
    return len(ends) >= 3 and sum(x.endswith(",") for x in ends[:-1]) >= 0.6 * (len(ends) - 1)


def _tokenize(lines: Sequence[str], paragraph_starts: set[int],
              comma_delimited: bool = False, hard_starts: frozenset[int] = frozenset()
              ) -> list[_Tok]:
    toks: list[_Tok] = []
    for li, line in enumerate(lines):
        m = LIST_MARKER.match(line)
        offset = m.end() if m else 0
        first = True
        for part in regex.finditer(r"\S+", line[offset:]):
            text = part.group()
            if first:
                gap = "hard" if m or li in hard_starts else (
                    "para" if li in paragraph_starts else "line")
                if comma_delimited and toks and toks[-1].text.endswith(","):
                    gap = "hard"  # the comma closing the line before ends a name
                if li == 0:
                    gap = "start"
            else:
                gap = "hard" if toks and toks[-1].text.endswith(";") else "space"
            toks.append(_Tok(text, li, offset + part.start(), gap, bool(m)))
            first = False
    return toks


def _wrapped_breaks(lines: Sequence[str]) -> set[int]:
    """Lines whose break looks like a re-wrap of running text (index of the next line)."""
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


class _Model:
    def __init__(self, toks: list[_Tok], lines: Sequence[str], w: Weights,
                 wrapped: set[int]) -> None:
        self.toks = toks
        self.w = w
        self.start = [_start_score(t.text, w) for t in toks]
        # A delimiting comma at a line end is no dangling end: the name is scored without it.
        self.end = [_end_score(t.text[:-1] if k + 1 < len(toks) and toks[k + 1].gap == "hard"
                               and t.text.endswith(",") and len(t.text) > 1 else t.text, w)
                    for k, t in enumerate(toks)]
        self.head_noun = [_bare(t.text) in NAME_END_WORDS for t in toks]
        self.romance_head = [_bare(t.text) in ROMANCE_HEADS for t in toks]
        self.end_only = [_bare(t.text) in _CONTINUATIONS for t in toks]
        generic = NAME_END_WORDS | NON_END_WORDS | FUNCTION_WORDS
        self.generic = [_bare(t.text) in generic and not t.text.isupper() for t in toks]
        self.common = [
            not is_acronym(t.text.strip(".,;:()")) and zipf(_bare(t.text)) >= 3.5 for t in toks]
        opens = closes = quotes = 0
        self.opens, self.closes, self.quotes = [0], [0], [0]
        for t in toks:
            opens += t.text.count("(")
            closes += t.text.count(")")
            quotes += t.text.count('"') + t.text.count("“") + t.text.count("”") \
                + t.text.count("«") + t.text.count("»")
            self.opens.append(opens)
            self.closes.append(closes)
            self.quotes.append(quotes)
        # hidden[k + 1] counts line breaks up to token k that look like a complete name
        # followed by a new one ("... Watch" / "Amnesty ..."): joining whole lines across
        # one needs strong evidence.
        self.hidden = [0, 0]
        for k in range(1, len(toks)):
            good = (toks[k].gap in ("line", "para") and self.end[k - 1] > w.end_cap_function_word
                    and self.start[k] == 0 and not self.end_only[k])
            self.hidden.append(self.hidden[-1] + good)
        shifted = self._shifted_lines(toks, w)
        self.gap_bonus = []
        for t in toks:
            if t.gap == "para":
                b = w.paragraph_break
            elif t.gap == "line":
                b = w.wrapped_break if t.line in wrapped else w.line_break
            elif t.gap == "space":
                b = w.mid_line_marked if t.marked else w.mid_line
            else:
                b = 0.0
            self.gap_bonus.append(b)
        for k, t in enumerate(toks):
            # In a shifted run the break is not a boundary; the word before it is one.
            if t.gap == "line" and t.line in shifted:
                self.gap_bonus[k] = w.shifted_line_break
                if k >= 2 and toks[k - 1].gap == "space":
                    self.gap_bonus[k - 1] = w.shifted_last_word
        self._alphabet(lines)

    def _shifted_lines(self, toks: list[_Tok], w: Weights) -> set[int]:
        """Lines whose first name lost its first word to the line before ("... Legal" /
        "Policy Research Centre"): a break is suspect when the next line starts badly or
        this one ends badly, and moving the last word would mend both ends; the shift is
        believed where most breaks around a line are suspect."""
        first_tok: dict[int, int] = {}
        for k, t in enumerate(toks):
            first_tok.setdefault(t.line, k)
        lines = sorted(first_tok)
        suspect: dict[int, bool] = {}
        for b in lines[1:]:
            k = first_tok[b]  # first token of line b; k - 1 is the last of the line before
            if toks[k].gap != "line" or k < 2 or toks[k - 1].gap != "space":
                suspect[b] = False
                continue
            bad = (self.start[k] < 0 or self.end_only[k] or self.end[k - 1] < 0)
            mended = self.start[k - 1] == 0 and self.end[k - 2] >= 0 and \
                not self.end_only[k - 1]
            suspect[b] = bad and mended
        out: set[int] = set()
        for i, b in enumerate(lines[1:], start=1):
            near = [suspect[x] for x in lines[max(1, i - 3):i + 4] if x in suspect]
            if suspect[b] and near and sum(near) >= w.shift_density * len(near) and \
                    sum(near) >= 2:
                out.add(b)
        return out

    def _alphabet(self, lines: Sequence[str]) -> None:
        self.alpha = False
        keys = [sort_key(x) for x in lines]
        if len(lines) < 6:
            return
        keep = alphabetical_starts(keys)
        if sum(keep) < 0.7 * len(lines):
            return
        self.alpha = True
        self.keys = [
            [sort_key(" ".join(x.text for x in self.toks[i:i + m])) for m in (1, 2, 3)]
            for i in range(len(self.toks))]
        reliable = [i for i, k in enumerate(keep) if k]
        self.lo: list[str] = []
        self.hi: list[str] = []
        line_first_tok: dict[int, int] = {}
        for ti, t in enumerate(self.toks):
            line_first_tok.setdefault(t.line, ti)
        for ti, t in enumerate(self.toks):
            at_line_start = line_first_tok[t.line] == ti
            # the nearest reliable line start before this token, and the next one after
            pos = bisect_right(reliable, t.line if not at_line_start else t.line - 1)
            lo_line = reliable[pos - 1] if pos > 0 else None
            hi_pos = bisect_right(reliable, t.line)
            hi_line = reliable[hi_pos] if hi_pos < len(reliable) else None
            self.lo.append(keys[lo_line] if lo_line is not None else "")
            self.hi.append(keys[hi_line] if hi_line is not None else "\U0010ffff")
        self.unreliable_line_start = {
            line_first_tok[i] for i, k in enumerate(keep) if not k and i in line_first_tok}

    def alpha_score(self, i: int, j: int) -> float:
        t = self.toks[i]
        at_line_start = t.gap in ("line", "para", "start", "hard")
        if at_line_start and i in self.unreliable_line_start:
            return self.w.alpha_misfit_line
        if t.text[0] in "(\"“«'‘" and not at_line_start:
            return 0.0  # a bracketed or quoted word continues a name
        key = self.keys[i][min(j - i, 3) - 1]
        lo, hi = self.lo[i], self.hi[i]
        if lo <= key <= hi:
            # The narrower the gap between the neighbouring names, the less likely a word
            # falls into it by chance: a fit is worth more.
            span = ord(hi[0]) - ord(lo[0]) if lo and hi and hi[0] <= "z" else 26
            bonus = self.w.alpha_fit_tight - self.w.alpha_fit_step * max(0, span - 1)
            return max(self.w.alpha_fit_loose, bonus)
        return self.w.alpha_misfit

    def score(self, i: int, j: int) -> float:
        w = self.w
        s = w.segment + self.start[i] + self.end[j - 1]
        if self.opens[j] - self.opens[i] != self.closes[j] - self.closes[i]:
            s += w.unbalanced_paren
        if (self.quotes[j] - self.quotes[i]) % 2:
            s += w.unbalanced_quote
        n = j - i
        if n == 1 and self.common[i]:
            whole_line = self.toks[i].gap != "space" and (
                j == len(self.toks) or self.toks[j].gap != "space")
            # "Watch" carved out of a line is no name; a line "Liberty" may be one
            s += w.single_common_line if whole_line else w.single_common_word
        if n > w.long_name_from:
            s += w.long_name * (n - w.long_name_from)
        mid = self.toks[i].gap == "space"
        if mid and self.romance_head[i]:
            s += w.mid_romance_head
        elif mid and self.head_noun[i]:
            s += w.mid_head_noun
        elif not mid and self.end_only[i]:
            s += w.continuation_start
        core_end = j - 1 if n > 1 and self.toks[j - 1].text.startswith("(") else j
        if core_end - i <= 2 and all(self.generic[i:core_end]):
            # "Civil Society", "Foundation (DPLF)": generic words (and an acronym)
            whole_line = not mid and (j == len(self.toks) or self.toks[j].gap != "space")
            if not whole_line:
                s += w.generic_fragment
        if self.alpha:
            s += self.alpha_score(i, j)
        if self.toks[i].gap != "space" and self.hidden[j] - self.hidden[i + 1] > 0:
            s += w.joined_lines
        return s


def _join(toks: Sequence[_Tok]) -> str:
    out = ""
    for k, t in enumerate(toks):
        if k and not (t.gap in ("line", "para") and regex.search(r"\p{L}-$", out)):
            out += " "
        out += t.text
    return out


def segment_lines(
    lines: Sequence[str],
    *,
    paragraph_starts: Sequence[int] = (),
    hard_starts: Sequence[int] = (),
    weights: Weights = DEFAULT_WEIGHTS,
) -> list[Segment]:
    """Split list lines into names; ``paragraph_starts`` are lines after a blank line,
    ``hard_starts`` lines that always start a name (the first line of a list item
    element: no name runs over from one ``<li>`` into the next)."""
    toks = _tokenize(lines, set(paragraph_starts), _comma_delimited(lines),
                     frozenset(hard_starts))
    if not toks:
        return []
    model = _Model(toks, lines, weights, _wrapped_breaks(lines))
    n = len(toks)
    if not model.alpha and len(lines) < 6 and n <= 600 and max(map(len, lines)) > 150:
        return _segments(toks, lines, _ordered_bounds(model, toks))
    best = [float("-inf")] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        breaks = 0
        for i in range(j - 1, max(-1, j - 1 - MAX_TOKENS), -1):
            if best[i] > float("-inf"):
                cand = best[i] + model.score(i, j) + (model.gap_bonus[i] if i else 0.0)
                if cand > best[j]:
                    best[j] = cand
                    back[j] = i
            gap = toks[i].gap
            if gap == "hard" or gap == "start":
                break
            if gap in ("line", "para"):
                breaks += 1
                if breaks > MAX_LINE_BREAKS:
                    break
    bounds: list[tuple[int, int]] = []
    j = n
    while j > 0:
        bounds.append((back[j], j))
        j = back[j]
    bounds.reverse()
    return _segments(toks, lines, bounds)


def _ordered_bounds(model: _Model, toks: list[_Tok]) -> list[tuple[int, int]]:
    """Segment bounds for names run together on one line ("<p>" without "<br>"s).

    No line starts to read the alphabetical order from: the order of the names chosen
    is scored instead, pairwise, which needs the previous name in the state.
    """
    w = model.w
    n = len(toks)
    keys = [sort_key(" ".join(t.text for t in toks[i:i + 2])) for i in range(n)]
    best: dict[tuple[int, int], float] = {}
    back: dict[tuple[int, int], int] = {}
    for j in range(1, n + 1):
        for i in range(max(0, j - MAX_TOKENS), j):
            if any(toks[k].gap in ("hard", "start") for k in range(i + 1, j)):
                continue
            seg = model.score(i, j)
            if i == 0:
                best[(0, j)] = seg
                continue
            top, arg = float("-inf"), -1
            for k in range(max(0, i - MAX_TOKENS), i):
                prev = best.get((k, i))
                if prev is None:
                    continue
                order = w.order_fit if keys[k] <= keys[i] else w.order_misfit
                cand = prev + order
                if cand > top:
                    top, arg = cand, k
            if arg >= 0:
                best[(i, j)] = top + seg + model.gap_bonus[i]
                back[(i, j)] = arg
    i = max((i for i in range(n) if (i, n) in best), key=lambda i: best[(i, n)])
    bounds = [(i, n)]
    while i > 0:
        k = back[(i, bounds[-1][1])]
        bounds.append((k, i))
        i = k
    bounds.reverse()
    return bounds


def _segments(toks: list[_Tok], lines: Sequence[str],
              bounds: list[tuple[int, int]]) -> list[Segment]:
    per_line: dict[int, int] = {}
    for t in toks:
        per_line[t.line] = per_line.get(t.line, 0) + 1
    segments: list[Segment] = []
    for i, j in bounds:
        part = toks[i:j]
        line_ids = sorted({t.line for t in part})
        raw_parts = []
        for li in line_ids:
            in_line = [t for t in part if t.line == li]
            # A line's list marker ("1.", "•") belongs to the raw text of its first name.
            a = 0 if in_line[0].gap in ("start", "line", "para", "hard") and \
                not (in_line[0].gap == "hard" and not in_line[0].marked) else in_line[0].start
            b = in_line[-1].start + len(in_line[-1].text)
            raw_parts.append(lines[li][a:b])
        whole = len(line_ids) == 1 and per_line[line_ids[0]] == len(part)
        segments.append(Segment(_join(part), "\n".join(raw_parts), line_ids, whole,
                                part[0].gap != "space"))
    return segments
