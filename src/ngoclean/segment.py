"""Segmenting a damaged signatory list into names.

The list is one stream of tokens. A line break is strong but fallible evidence of a
boundary; the segmentation chosen is the one that scores best under a linear model of
what organisation names look like (a semi-Markov dynamic programme over candidate
boundaries). The evidence is written as features of the token that starts a name, of the
token that ends one, and of the span between:

- a name starts with a capital, an acronym or a digit, not with "of", "for" or a dash;
- it does not end with a function word, a dash, a comma or an adjective ("Egyptian");
- it often ends with a typical last word (Centre, Network, Watch, Foundation, ...), an
  acronym ("CRIN", "(APC)") or a country qualifier (", Pakistan", "- Ecuador");
- its parentheses and quotes are balanced;
- when most of the list is in alphabetical order, a name's start keeps that order;
- the words themselves: which words open and close names, their suffixes and shapes,
  learned from organisation names (``training/train_segmenter.py``);
- a name the caller already knows (``known=``), reproduced by a split, is likely right.

Two weightings of the same features ship: the hand-set :class:`Weights` (the default,
``HAND_SET``) and a learned one (package data ``segmenter.json``, trained from the
hand-set weights; ``segment_lines(..., model=learned_model())`` or
``with using(learned_model()): ...``). The learned weights repair damaged lists of
names they never saw far better and match the hand-set ones on real letters, but miss
one shifted word of the seed page, so they are not the default. Segments span at
most :data:`MAX_TOKENS` tokens, so the cost grows linearly with the list.

>>> [s.name for s in segment_lines(["Human Rights Watch", "Amnesty International"])]
['Human Rights Watch', 'Amnesty International']
>>> lines = ["Global Initiative for Economic,", "Social and Cultural Rights"]
>>> [s.name for s in segment_lines(lines)]
['Global Initiative for Economic, Social and Cultural Rights']
"""

from __future__ import annotations

import dataclasses
import json
import re
from bisect import bisect_right
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from operator import add
from typing import NamedTuple

import numpy as np
import regex

from ._data import FUNCTION_WORDS, NAME_END_WORDS, NON_END_WORDS, ROMANCE_HEADS
from ._words import zipf
from .blocks import wrapped_breaks
from .names import is_acronym
from .textfold import COUNTRY_FOLD, LIST_MARKER, fold_key

__all__ = [
    "HAND_SET", "MAX_TOKENS", "KnownNames", "Segment", "SegmentModel", "Weights",
    "alphabetical_starts",
    "learned_model", "name_key", "segment_lines", "sort_key", "using",
]

MAX_TOKENS = 30
MAX_LINE_BREAKS = 4

_PUNCT = regex.compile(r"[^\p{L}\p{N}\s]+")
_ASCII_PUNCT = re.compile("[^A-Za-z0-9\t\n\x0b\x0c\r ]+")  # the same in ASCII
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
_WORD = re.compile(r"[\S\x1c-\x1f]+")  # regex's \S: re counts \x1c-\x1f as spaces
_HYPHEN_END = regex.compile(r"\p{L}-$")
_GENERIC = NAME_END_WORDS | NON_END_WORDS | FUNCTION_WORDS


@dataclass(frozen=True)
class Weights:
    """The hand-set scores of the segmentation model (log-odds-like); the learned model
    starts from them."""

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
    mid_after_suffix: float = 2.0  # ... after an entry's ", Country" / "(ACR)" ending
    mid_clean_list: float = -2.0   # ... in a list that looks clean: few bad breaks, few
    #                                long lines, and not in a re-wrapped run
    end_romance_head: float = -0.5  # French, Spanish, ... head nouns come first
    mid_romance_head: float = 0.5  # ... so a name may well start with one mid-line
    continuation_start: float = -1.5  # a line starting with "Studies", "Rights", "Watch"
    line_lower_list: float = 2.0   # a line starting in lower case in a list that is not
    #                                re-wrapped and where a tenth of the lines or more
    #                                do ("openpoli", "info.nodes"): the list's own style
    alpha_misfit: float = -1.5     # a mid-line start that breaks the alphabetical order
    alpha_misfit_line: float = -3.5  # a line start that breaks it
    joined_lines: float = -3.0     # a whole line joined across a "complete name" break
    shifted_line_break: float = 0.0  # a line break inside a run of shifted first words
    shifted_last_word: float = 2.5   # ... where the line's last word starts the next name
    shift_density: float = 0.5     # share of nearby breaks showing the shift, to believe it
    known_name: float = 8.0        # a span that reproduces a name the caller knows (set on
    # the dev split of the registry names: 4.0 left heavy damaged lists at 0.91)


DEFAULT_WEIGHTS = Weights()

#: The categories of the span-level features (index 0: the feature is off).
_SPAN_TEMPLATES: dict[str, tuple[str, ...]] = {
    "paren": ("", "unbalanced"),
    "quote": ("", "unbalanced"),
    "single": ("", "common_line", "common_word"),
    "generic": ("", "fragment"),
    "alpha": ("", "misfit_line", "misfit") + tuple(f"fit{k}" for k in range(27)),
    "joined": ("", "lines"),
    "known": ("", "name"),
    "acronym": ("", "match", "other", "paren_match", "paren_other"),  # a name ending in
    # an acronym (or one and a country), bare or bracketed: its letters are the initials
    # of the name's words, or not
    "len": tuple(f"{k}" for k in range(MAX_TOKENS + 1)),
    "breaks": tuple(f"{k}" for k in range(MAX_LINE_BREAKS + 1)),
    "edges": ("ll", "lm", "ml", "mm"),  # starts at a line start / mid-line, ends at one
}


class SegmentModel:
    """A weighting of the segmenter's features: feature name -> weight.

    >>> HAND_SET.weight("start:function_word")
    -5.0
    >>> learned_model().version >= 1
    True
    """

    def __init__(self, weights: dict[str, float], *, version: int = 0,
                 order_fit: float = 4.5, order_misfit: float = -4.5,
                 shift_density: float = 0.5, long_name: float = -0.25,
                 long_name_from: int = 20, about: str = "") -> None:
        self.weights = weights
        self.version = version
        self.order_fit = order_fit
        self.order_misfit = order_misfit
        self.shift_density = shift_density
        self.long_name = long_name
        self.long_name_from = long_name_from
        self.about = about
        self._static: dict[str, tuple[float, float]] = {}
        self._context: dict[tuple[str | bool | None, ...], float] = {}
        self.span_weights = {
            t: np.array([weights.get(f"{t}:{c}", 0.0) for c in cats])
            for t, cats in _SPAN_TEMPLATES.items()}

    def weight(self, feature: str) -> float:
        return self.weights.get(feature, 0.0)

    def static_sums(self, texts: Sequence[str], info: Sequence[_Word]
                    ) -> list[tuple[float, float]]:
        """Per token, the summed weights of its own start and end features (cached)."""
        cache = self._static
        get = self.weights.get
        out = []
        for text, w in zip(texts, info, strict=True):
            pair = cache.get(text)
            if pair is None:
                pair = (sum(get(f, 0.0) for f in w.start_static),
                        sum(get(f, 0.0) for f in w.end_static))
                if len(cache) < 200_000:
                    cache[text] = pair
            out.append(pair)
        return out

    def context_sums(self, start_keys: Sequence[_StartKey],
                     end_keys: Sequence[tuple[str, str]]) -> tuple[list[float], list[float]]:
        """Per token, the summed weights of its start and end context keys (cached: the
        keys take few values)."""
        cache = self._context
        get = self.weights.get
        out: tuple[list[float], list[float]] = ([], [])
        for keys, features, sums in ((start_keys, _start_features, out[0]),
                                     (end_keys, _end_features, out[1])):
            for key in keys:
                v = cache.get(key)
                if v is None:
                    v = cache[key] = sum(get(f, 0.0) for f in features(key))
                sums.append(v)
        return out

    @classmethod
    def from_weights(cls, w: Weights) -> SegmentModel:
        """The hand-set model written as feature weights."""
        d = asdict(w)
        f: dict[str, float] = {
            "gap:line": w.line_break, "gap:wrapped": w.wrapped_break,
            "gap:para": w.paragraph_break, "gap:space": w.mid_line,
            "gap:space_marked": w.mid_line_marked, "gap:shifted": w.shifted_line_break,
            "gap:shift_word": w.shifted_last_word, "bias": w.segment,
            "mid:romance_head": w.mid_romance_head, "mid:head_noun": w.mid_head_noun,
            "mid:after_suffix": w.mid_after_suffix, "mid:clean_list": w.mid_clean_list,
            "line:continuation": w.continuation_start, "line:lower_list": w.line_lower_list,
            "paren:unbalanced": w.unbalanced_paren, "quote:unbalanced": w.unbalanced_quote,
            "single:common_line": w.single_common_line,
            "single:common_word": w.single_common_word,
            "generic:fragment": w.generic_fragment, "alpha:misfit_line": w.alpha_misfit_line,
            "alpha:misfit": w.alpha_misfit, "joined:lines": w.joined_lines,
            "known:name": w.known_name,
        }
        for cat in ("function_word", "lower", "lower_other_script", "punct", "paren"):
            f[f"start:{cat}"] = d[f"start_{cat}"]
        for cat in ("function_word", "cap_function_word", "dangling", "name_word", "acronym",
                    "country", "adjective", "romance_head"):
            f[f"end:{cat}"] = d[f"end_{cat}"]
        for k in range(27):
            f[f"alpha:fit{k}"] = max(w.alpha_fit_loose,
                                     w.alpha_fit_tight - w.alpha_fit_step * max(0, k - 1))
        return cls(f, order_fit=w.order_fit, order_misfit=w.order_misfit,
                   shift_density=w.shift_density, long_name=w.long_name,
                   long_name_from=w.long_name_from, about="hand-set")

    def to_json(self) -> dict[str, object]:
        return {"version": self.version, "about": self.about,
                "order_fit": self.order_fit, "order_misfit": self.order_misfit,
                "shift_density": self.shift_density, "long_name": self.long_name,
                "long_name_from": self.long_name_from,
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items()) if v}}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> SegmentModel:
        weights = data["weights"]
        assert isinstance(weights, dict)
        return cls({str(k): float(v) for k, v in weights.items()},
                   version=int(data.get("version", 0)),  # type: ignore[call-overload]
                   order_fit=float(data.get("order_fit", 4.5)),  # type: ignore[arg-type]
                   order_misfit=float(data.get("order_misfit", -4.5)),  # type: ignore[arg-type]
                   shift_density=float(data.get("shift_density", 0.5)),  # type: ignore[arg-type]
                   long_name=float(data.get("long_name", -0.25)),  # type: ignore[arg-type]
                   long_name_from=int(data.get("long_name_from", 20)),  # type: ignore[call-overload]
                   about=str(data.get("about", "")))


HAND_SET = SegmentModel.from_weights(DEFAULT_WEIGHTS)


_IN_USE: ContextVar[SegmentModel | None] = ContextVar("segment_model", default=None)


@contextmanager
def using(model: SegmentModel) -> Iterator[None]:
    """Segment with ``model`` instead of the learned one inside the block (for
    benchmarks that compare weightings through the whole pipeline).

    >>> with using(HAND_SET):
    ...     [s.name for s in segment_lines(["Global Witness", "Fair Trials"])]
    ['Global Witness', 'Fair Trials']
    """
    token = _IN_USE.set(model)
    try:
        yield
    finally:
        _IN_USE.reset(token)


@lru_cache(maxsize=1)
def learned_model() -> SegmentModel:
    """The model learned from organisation names, loaded once from package data."""
    path = resources.files("ngoclean").joinpath("data/segmenter.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:  # a source tree without the trained artefact
        return HAND_SET
    return SegmentModel.from_json(data)


@dataclass
class Segment:
    """One name: its text, the raw source text and the lines (indices) it came from;
    ``known`` when the span reproduces a name the caller supplied."""

    name: str
    raw: str
    lines: list[int] = field(default_factory=list)
    whole_lines: bool = True
    starts_line: bool = True
    known: bool = False


@dataclass(slots=True)
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
    if text.isascii():  # the same key, read faster
        return " ".join(_ASCII_PUNCT.sub("", text).lower().split())
    return fold_key(_PUNCT.sub("", text))  # "E-Education" sorts as one word


def name_key(text: str) -> str:
    """The form in which known names are compared: words of letters and digits only.

    >>> name_key("Amnesty  International (AI),") == name_key("amnesty international ai")
    True
    """
    return " ".join(sort_key(text).split())


class KnownNames:
    """Names known to be right (a user's file, the clean lists of a batch), prepared once
    for the segmenter: their comparison keys and every key prefix.

    >>> known = KnownNames(["Global Witness", "Fair Trials", ""])
    >>> len(known), "global witness" in known, bool(KnownNames([]))
    (2, True, False)
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.keys = frozenset(k for k in (name_key(x) for x in names) if k)
        prefixes: set[str] = set()
        for key in self.keys:
            words = key.split()
            for m in range(1, len(words)):
                prefixes.add(" ".join(words[:m]))
        self.prefixes = frozenset(prefixes)

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def __bool__(self) -> bool:
        return bool(self.keys)


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


def _start_cat(tok: str) -> str:
    bare = _bare(tok)
    if not bare or tok[0] in ")],;&/" or all(c in _DASHES for c in tok):
        return "punct"
    if tok[0] == "(":
        return "paren"
    first = next((c for c in tok if c.isalpha()), "")
    if first and first.islower():
        if bare in FUNCTION_WORDS:
            return "function_word"
        return "lower" if _LATIN.match(first) else "lower_other_script"
    return ""


def _end_cat(tok: str) -> str:
    if tok[-1] in ",&/(" or tok[-1] in _DASHES or tok in ("&", "/"):
        return "dangling"
    bare = _bare(tok)
    if not bare:
        return "dangling"
    if bare in FUNCTION_WORDS:
        return "function_word" if tok[:1].islower() else "cap_function_word"
    if tok.startswith("(") and tok.endswith(")") and is_acronym(tok[1:-1], bracketed=True):
        return "acronym"
    core = tok.strip(".,;:\"'“”‘’")
    if bare in ROMANCE_HEADS:
        return "romance_head"  # "Collectif", "Fundación": they open names
    if bare in NAME_END_WORDS:
        return "name_word"
    if is_acronym(core):
        return "acronym"
    if bare in _COUNTRY_WORDS:
        return "country"
    if bare in NON_END_WORDS or _ADJECTIVE_END.match(core):
        return "adjective"
    return ""


_BAD_START = frozenset({"punct", "paren", "function_word", "lower", "lower_other_script"})
_BAD_END = frozenset({"dangling", "function_word", "cap_function_word", "adjective",
                      "romance_head"})
_HIDDEN_END = frozenset({"", "name_word", "acronym", "country", "adjective", "romance_head"})


def _shape(tok: str) -> str:
    """A coarse shape of a token: "Xx", "X" (capitals), "x", "f" (function word),
    "d", "(X", "(x", "p" (punctuation), "o" (caseless script)."""
    bare = _bare(tok)
    if not bare:
        return "p"
    lead = "(" if tok[0] in "([" else '"' if tok[0] in "\"“«'‘" else ""
    first = next((c for c in tok if c.isalnum()), "")
    if first.isdigit():
        return lead + "d"
    letters = [c for c in tok if c.isalpha()]
    if not letters:
        return lead + "p"
    if first.islower():
        return lead + ("f" if bare in FUNCTION_WORDS else "x")
    if not first.isupper():
        return lead + "o"
    if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.6 * len(letters):
        return lead + "X"
    return lead + "Xx"


def _tail(tok: str) -> str:
    """Trailing punctuation of a token, as a feature: "," "." ")" ":" or ""."""
    last = tok[-1]
    return last if last in ",.):;-" else ""


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
        for part in _WORD.finditer(line[offset:]):
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


class _Word(NamedTuple):
    """What the model reads of one distinct token (computed once per process)."""

    bare: str
    start_cat: str
    end_cat: str
    shape: str
    band: str          # word frequency band
    head: bool         # a typical last word ("Centre", "Network")
    romance: bool      # a head noun that opens names ("Fundación")
    cont: bool         # a word that continues names ("Rights")
    generic: bool
    common: bool
    opens: int
    closes: int
    quotes: int
    key: str           # alphabetical sort key
    initial: str       # its first letter, case-folded ("" without one)
    letters: str       # its letters, case-folded (an acronym's, matched to initials)
    start_static: tuple[str, ...]  # features of a name starting with it
    end_static: tuple[str, ...]    # ... ending with it


@lru_cache(maxsize=65536)
def _word_info(tok: str) -> _Word:
    bare = _bare(tok)
    z = zipf(bare) if bare else 0.0
    band = "0" if z < 1 else "1" if z < 3 else "3" if z < 4.5 else "5"
    common = not is_acronym(tok.strip(".,;:()")) and z >= 3.5
    scat, shape = _start_cat(tok), _shape(tok)
    start = ("bias", f"sw:{bare}", f"ss:{shape}", f"sz:{band}") + \
        ((f"start:{scat}",) if scat else ())
    end = (f"ew:{bare}", f"es:{bare[-3:]}", f"esh:{shape}{_tail(tok)}", f"ez:{band}")
    return _Word(bare, scat, _end_cat(tok), shape, band, bare in NAME_END_WORDS,
                 bare in ROMANCE_HEADS, bare in _CONTINUATIONS,
                 bare in _GENERIC and not tok.isupper(), common, tok.count("("),
                 tok.count(")"), sum(tok.count(q) for q in "\"“”«»"), sort_key(tok),
                 next((c for c in tok.casefold() if c.isalpha()), ""),
                 "".join(c for c in tok.casefold() if c.isalpha()), start, end)


#: What the start of a name reads of its context: gap class, its shape, the shape and end
#: category of the token before (None: first token), its start category, the list's
#: regime, a head-noun / continuation flag, the line's length band, whether the token
#: before closes an entry the way the list's lines end (", Peru", "- ACR", "(ACR)") and
#: whether the name would start inside a line of a list that looks clean.
_StartKey = tuple[str, str, str | None, str, str, str, str, str, bool, bool]


@lru_cache(maxsize=4096)
def _start_features(key: _StartKey) -> list[str]:
    g, shape, pshape, pend, scat, regime, extra, rel, after_suffix, clean = key
    out = [f"sg:{g}|{shape}"]
    if pshape is not None:
        out += [f"gap:{g}", f"ge:{g}|{pend}|{scat}", f"gr:{g}|{regime}",
                f"bs:{pshape}|{shape}|{g}"]
    if rel:
        out.append(f"gl:{g}|{rel}")
    if extra:
        out.append(extra)
    if after_suffix:
        out.append("mid:after_suffix")
    if clean:
        out.append("mid:clean_list")
    return out


@lru_cache(maxsize=1024)
def _end_features(key: tuple[str, str]) -> list[str]:
    ng, ecat = key
    return [f"eg:{ng}|{ecat}", f"end:{ecat}"] if ecat else [f"eg:{ng}|{ecat}"]


class _Features:
    """Everything the model reads of one list, computed once: per token the features of
    a name starting and ending there, and the arrays behind the span features."""

    def __init__(self, toks: list[_Tok], lines: Sequence[str], wrapped: set[int],
                 shift_density: float, known: KnownNames | None = None,
                 whole: frozenset[int] = frozenset()) -> None:
        self.toks = toks
        self.whole = whole
        n = self.n = len(toks)
        info = [_word_info(t.text) for t in toks]
        self.info = info
        self.texts = [t.text for t in toks]
        # A delimiting comma at a line end is no dangling end: the name is scored without it.
        self.end_cat = [
            _end_cat(t.text[:-1]) if k + 1 < n and toks[k + 1].gap == "hard"
            and t.text.endswith(",") and len(t.text) > 1 else info[k].end_cat
            for k, t in enumerate(toks)]
        self.start_cat = [x.start_cat for x in info]
        self.end_only = [x.cont for x in info]
        shifted = self._shifted_lines(shift_density)
        gap_class: list[str] = []
        for t in toks:
            if t.gap == "line":
                gap_class.append("shifted" if t.line in shifted else
                                 "wrapped" if t.line in wrapped else "line")
            elif t.gap == "space":
                gap_class.append("space_marked" if t.marked else "space")
            else:
                gap_class.append(t.gap)
        for k in range(1, n):
            if gap_class[k] == "shifted" and k >= 2 and toks[k - 1].gap == "space":
                gap_class[k - 1] = "shift_word"
        self.gap_class = gap_class
        # tokens per line (for the regime's long lines and each line's length band)
        self.line_tokens: dict[int, int] = {}
        for t in toks:
            self.line_tokens[t.line] = self.line_tokens.get(t.line, 0) + 1
        regime = self._regime()
        # per token: the contextual features of a name starting / ending there, as keys
        # of few values (gap, shapes, categories, regime; summed once per model and key)
        # and the pair of words across the boundary (the token's own features are in its
        # _Word, summed once per model and token)
        start_keys: list[_StartKey] = []
        pair_keys: list[str] = []
        end_keys: list[tuple[str, str]] = []
        end_cat = self.end_cat
        rel = self._line_lengths()
        suffixed = self._suffix_ends()
        # a list whose breaks look clean (no bad breaks, under 5% of long lines): a name
        # starting inside one of its lines, unless the line is in a re-wrapped run
        clean = regime[:1] == "0" and regime[2:] == "0"
        lower_list = self._lower_list(regime)
        prev: _Word | None = None
        for k, t in enumerate(toks):
            w = info[k]
            mid = t.gap == "space"
            extra = ("mid:romance_head" if mid and w.romance else
                     "mid:head_noun" if mid and w.head else
                     "line:continuation" if not mid and w.cont else
                     "line:lower_list" if lower_list and not mid and w.start_cat == "lower"
                     else "")
            if prev is None:
                start_keys.append((gap_class[k], w.shape, None, "", w.start_cat, regime, extra,
                                   "", False, False))
                pair_keys.append("")
            else:
                start_keys.append((gap_class[k], w.shape, prev.shape, end_cat[k - 1],
                                   w.start_cat, regime, extra, rel[t.line] if mid else "",
                                   mid and w.shape == "Xx" and k - 1 in suffixed,
                                   mid and clean and t.line not in wrapped
                                   and t.line + 1 not in wrapped))
                pair_keys.append(f"bp:{prev.bare}|{w.bare}")
            end_keys.append((gap_class[k + 1] if k + 1 < n else "end", end_cat[k]))
            prev = w
        self.start_keys, self.pair_keys, self.end_keys = start_keys, pair_keys, end_keys
        self._span_arrays(lines)
        self.known_spans: set[tuple[int, int]] = self._known(known) if known else set()

    def _lower_list(self, regime: str) -> bool:
        """Whether a tenth or more of the list's lines start in lower case while none of
        its breaks looks re-wrapped and few lines are long: names written in lower case
        ("openpoli", "cittadini reattivi"), not lines continuing the one before.

        >>> f = prepare(["Alpha Network", "openpoli", "Beta Trust", "dataninja",
        ...              "Gamma Union", "Delta Fund", "Epsilon Aid", "Zeta Group",
        ...              "Eta Forum", "Theta Media"])
        >>> f._lower_list(f._regime())
        True
        """
        if regime[2:] != "0":
            return False
        starts = [k for k, t in enumerate(self.toks) if t.gap in ("line", "para", "start")]
        lower = sum(self.start_cat[k] == "lower" for k in starts)
        # (few re-wrapped breaks; not the shifted-word ones, which lines in lower case mimic)
        wrapped = sum(self.gap_class[k] == "wrapped" for k in starts)
        return len(starts) >= 10 and lower >= 0.1 * len(starts) and wrapped < 0.05 * len(starts)

    def _suffix_ends(self) -> set[int]:
        """Tokens that close an entry the way this list's lines end, when a quarter of
        its lines or more end so: a country or an acronym after a comma or a dash
        ("..., Peru", "... - ACR") or an acronym in brackets ("... (HRW)"). Inside a
        line, such a token followed by a capitalised word is where two entries were run
        together ("... Pacific, Bangladesh Florida ...").

        >>> f = prepare(["Alpha Trust, Peru", "Beta Union, Chile Gamma Fund, Peru",
        ...              "Delta Group - DG", "Eta Aid (EA)"])
        >>> sorted(f.texts[k] for k in f._suffix_ends())
        ['(EA)', 'Chile', 'DG', 'Peru', 'Peru']
        """
        toks, n = self.toks, self.n
        kind: dict[int, str] = {}  # token -> how it closes: bracketed, or delimited cat
        for k, t in enumerate(toks):
            cat = self.info[k].end_cat
            if cat == "acronym" and t.text.startswith("("):
                kind[k] = "bracketed"
            elif cat in ("country", "acronym") and k > 0 and t.gap == "space" and (
                    toks[k - 1].text.endswith(",") or toks[k - 1].text in _DASHES):
                kind[k] = cat
        line_ends = [k for k in range(n) if k + 1 == n or toks[k + 1].gap != "space"]
        at_ends = Counter(kind[k] for k in line_ends if k in kind)
        if not line_ends or sum(at_ends.values()) < 0.25 * len(line_ends):
            return set()
        # only the closings the lines themselves use: in a list of "..., University
        # (KIT)" lines, a ", BTU" inside a line is part of the entry
        used = {c for c, m in at_ends.items() if m >= 0.1 * len(line_ends)}
        return {k for k, c in kind.items() if c in used}

    def _line_lengths(self) -> dict[int, str]:
        """Per line, how long it is beside the list's typical line (its median count of
        tokens), in three bands: "short" (under 1.4 times), "long" (under twice),
        "double" (more). A name starting mid-line is likely in a line twice as long as
        the others (two names merged), unlikely in one of the usual length.

        >>> f = prepare(["Alpha Trust", "Beta Union", "Gamma Fund Delta Group", "Eta Aid"])
        >>> f._line_lengths()
        {0: 'short', 1: 'short', 2: 'double', 3: 'short'}
        """
        per_line = self.line_tokens
        counts = sorted(per_line.values())
        median = counts[len(counts) // 2] if counts else 1
        return {line: "short" if c < 1.4 * median else "long" if c < 2 * median else "double"
                for line, c in per_line.items()}

    def _regime(self) -> str:
        """How damaged the list looks as a whole, in three bands each: the share of line
        breaks that leave a bad end or start, of re-wrapped breaks, and of long lines
        (several names on one line). A clean list can trust its line breaks."""
        toks = self.toks
        breaks = [k for k in range(1, self.n) if toks[k].gap in ("line", "para", "hard")]
        if not breaks:
            return "x"
        bad = sum(self.end_cat[k - 1] in _BAD_END or self.start_cat[k] in _BAD_START
                  or self.end_only[k] for k in breaks)
        wrapped = sum(self.gap_class[k] in ("wrapped", "shifted") for k in breaks)
        per_line = self.line_tokens
        long = sum(c >= 9 for c in per_line.values())

        def band(x: float) -> str:  # coarse: a few damaged lines do not flip it
            return "0" if x < 0.05 else "1" if x < 0.2 else "2"

        return band(bad / len(breaks)) + band(wrapped / len(breaks)) + \
            band(long / len(per_line))

    def _shifted_lines(self, shift_density: float) -> set[int]:
        """Lines whose first name lost its first word to the line before ("... Legal" /
        "Policy Research Centre"): a break is suspect when the next line starts badly or
        this one ends badly, and moving the last word would mend both ends; the shift is
        believed where most breaks around a line are suspect."""
        toks = self.toks
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
            bad = (self.start_cat[k] in _BAD_START or self.end_only[k]
                   or self.end_cat[k - 1] in _BAD_END)
            mended = self.start_cat[k - 1] not in _BAD_START and \
                self.end_cat[k - 2] not in _BAD_END and not self.end_only[k - 1]
            suspect[b] = bad and mended
        out: set[int] = set()
        for i, b in enumerate(lines[1:], start=1):
            near = [suspect[x] for x in lines[max(1, i - 3):i + 4] if x in suspect]
            if suspect[b] and near and sum(near) >= shift_density * len(near) and \
                    sum(near) >= 2:
                out.add(b)
        return out

    def _width(self) -> int:
        """The longest span a name may take here: at most :data:`MAX_TOKENS` tokens, never
        over a hard gap or more than :data:`MAX_LINE_BREAKS` line breaks. Lists of one
        name per element are narrow, and every array below is only that wide.

        >>> lines = ["Amnesty International", "Human Rights Watch"]
        >>> prepare(lines, hard_starts=[1]).width, prepare(lines).width
        (3, 5)
        """
        toks, n = self.toks, self.n
        width, lo, breaks = 1, 0, 0
        for j in range(1, n):  # tokens lo .. j may form one name
            gap = toks[j].gap
            if gap in ("hard", "start"):
                lo, breaks = j, 0
            elif gap in ("line", "para"):
                breaks += 1
                while breaks > MAX_LINE_BREAKS:
                    lo += 1
                    if toks[lo].gap in ("line", "para"):
                        breaks -= 1
            width = max(width, j - lo + 1)
            if width >= MAX_TOKENS:
                return MAX_TOKENS
        return width

    def _span_arrays(self, lines: Sequence[str]) -> None:
        toks, n, info = self.toks, self.n, self.info
        L = self.width = self._width()
        i = np.arange(n)[:, None]
        length = np.arange(1, L + 1)[None, :]
        j = i + length  # exclusive end
        self.valid = j <= n
        jc = np.minimum(j, n)
        gaps = [t.gap for t in toks]
        is_hard = np.array([g in ("hard", "start") for g in gaps] + [True], dtype=np.int32)
        is_break = np.array([g in ("line", "para") for g in gaps] + [False], dtype=np.int32)
        hard_c = np.concatenate([[0], np.cumsum(is_hard)])
        break_c = np.concatenate([[0], np.cumsum(is_break)])
        # tokens i+1 .. j-1 carry no hard gap; at most MAX_LINE_BREAKS breaks among them
        inner_hard = hard_c[jc] - hard_c[np.minimum(i + 1, n)]
        inner_breaks = break_c[jc] - break_c[np.minimum(i + 1, n)]
        self.valid &= (inner_hard == 0) & (inner_breaks <= MAX_LINE_BREAKS)
        if self.whole:
            # a line the layout shows is one name (an item that is one link): no name
            # starts inside it (when it fits in one span)
            whole = {x for x in self.whole if self.line_tokens.get(x, 0) <= L}
            inside = np.array([g == "space" and t.line in whole
                               for g, t in zip(gaps, toks, strict=True)])
            self.valid &= ~inside[:, None]
        self.breaks = np.clip(inner_breaks, 0, MAX_LINE_BREAKS)
        self.length = np.broadcast_to(length, (n, L))
        opens = np.concatenate([[0], np.cumsum([x.opens for x in info])])
        closes = np.concatenate([[0], np.cumsum([x.closes for x in info])])
        quotes = np.concatenate([[0], np.cumsum([x.quotes for x in info])])
        ii = np.broadcast_to(i, (n, L))
        self.paren = ((opens[jc] - opens[ii]) != (closes[jc] - closes[ii])).astype(np.int8)
        self.quote = ((quotes[jc] - quotes[ii]) % 2).astype(np.int8)
        mid = np.array([g == "space" for g in gaps])
        next_mid = np.array([g == "space" for g in gaps[1:]] + [False])
        # edges: 0 starts at a line start and ends at a line end, 1 ends mid-line, ...
        ends_mid = next_mid[jc - 1]
        self.edges = (mid[:, None] * 2 + ends_mid).astype(np.int8)
        common = np.array([x.common for x in info])
        single = np.zeros((n, L), dtype=np.int8)
        single[:, 0] = np.where(common, np.where(~mid & ~next_mid, 1, 2), 0)
        self.single = single
        generic = np.array([x.generic for x in info] + [False])
        gen = np.zeros((n, L), dtype=np.int8)
        whole = ~mid[:, None] & ~ends_mid
        opens_paren = np.array([t.text.startswith("(") for t in toks])
        for m in (1, 2, 3):
            if m > L:
                break
            jj = np.minimum(np.arange(n) + m, n)
            core = jj - (opens_paren[jj - 1] & (m > 1))
            ok = np.ones(n, dtype=bool)
            for d in range(2):
                idx = np.minimum(np.arange(n) + d, n)
                ok &= ~(idx < core) | generic[idx]
            ok &= (core - np.arange(n)) <= 2
            gen[:, m - 1] = ok & ~whole[:, m - 1]
        # longer spans: the core would be longer than two words
        self.generic = gen
        # hidden[k + 1] counts line breaks up to token k that look like a complete name
        # followed by a new one ("... Watch" / "Amnesty ..."): joining whole lines across
        # one needs strong evidence.
        good = [False] + [
            toks[k].gap in ("line", "para") and self.end_cat[k - 1] in _HIDDEN_END
            and self.start_cat[k] == "" and not self.end_only[k] for k in range(1, n)]
        hidden = np.concatenate([[0, 0], np.cumsum(good[1:])])
        self.joined = ((~mid[:, None]) &
                       ((hidden[jc] - hidden[np.minimum(i + 1, n)]) > 0)).astype(np.int8)
        self.alpha = self._alphabet(lines)
        self.acronym = self._acronyms()

    def _acronyms(self) -> np.ndarray:
        """Per span ending in an acronym ("... Court COC", "... (HRW)", "... ACR, Peru"):
        1 when the acronym's letters are, in order, initials of the span's words before
        it, 2 when not; 3 and 4 the same for a bracketed one. A bare acronym that is not
        the span's initials is often another name merged onto the line ("... Peace
        CIVICUS"); a bracketed one rarely is (it may abbreviate another language's name)."""
        n, L = self.n, self.width
        out = np.zeros((n, L), dtype=np.int8)
        toks, end_cat = self.toks, self.end_cat
        acronyms = [k for k in range(1, n) if end_cat[k] == "acronym"]
        if not acronyms:
            return out
        initials = [x.initial for x in self.info]
        at_i: list[int] = []
        at_m: list[int] = []
        cats: list[int] = []
        for a in acronyms:
            letters = self.info[a].letters
            if not letters:
                continue
            shift = 2 if toks[a].text.startswith("(") else 0
            ends = [a + 1]
            if a + 1 < n and end_cat[a + 1] == "country" and toks[a + 1].gap == "space":
                ends.append(a + 2)
            # match the letters right to left against the initials of tokens a-1, a-2, ...
            p = len(letters) - 1
            for i in range(a - 1, max(-1, a - L), -1):
                if p >= 0 and initials[i] == letters[p]:
                    p -= 1
                cat = (1 if p < 0 else 2) + shift
                for j in ends:
                    if j - i <= L:
                        at_i.append(i)
                        at_m.append(j - i - 1)
                        cats.append(cat)
        out[at_i, at_m] = cats
        return out

    def _alphabet(self, lines: Sequence[str]) -> np.ndarray:
        n = self.n
        out = np.zeros((n, self.width), dtype=np.int8)
        self.alphabetical = False
        if len(lines) < 6:
            return out
        # (the first sixty characters order the lines: keys of up to three words are
        # compared with them)
        keys = [sort_key(x[:60]) for x in lines]
        keep = alphabetical_starts(keys)
        if sum(keep) < 0.7 * len(lines):
            return out
        self.alphabetical = True
        toks = self.toks
        tkeys = [x.key for x in self.info]
        reliable = [i for i, k in enumerate(keep) if k]
        line_first_tok: dict[int, int] = {}
        for ti, t in enumerate(toks):
            line_first_tok.setdefault(t.line, ti)
        unreliable = {line_first_tok[i] for i, k in enumerate(keep)
                      if not k and i in line_first_tok}
        fit0 = _SPAN_TEMPLATES["alpha"].index("fit0")

        def neighbours(line: int, first: bool) -> tuple[str, str, int]:
            """The reliable line starts around a token, and the fit category."""
            pos = bisect_right(reliable, line - 1 if first else line)
            lo = keys[reliable[pos - 1]] if pos > 0 else ""
            hi_pos = bisect_right(reliable, line)
            hi = keys[reliable[hi_pos]] if hi_pos < len(reliable) else "\U0010ffff"
            span = ord(hi[0]) - ord(lo[0]) if lo and hi and hi[0] <= "z" else 26
            return lo, hi, fit0 + min(max(span, 0), 26)

        # per line: the bounds for its first token and for its other tokens
        at_first = {line: neighbours(line, True) for line in line_first_tok}
        inside = {line: neighbours(line, False) for line in line_first_tok}

        def joined(a: str, b: str) -> str:
            return f"{a} {b}" if a and b else a or b

        # the keys of names of one, two and three words starting at each token
        k2 = [joined(a, b) for a, b in zip(tkeys, tkeys[1:], strict=False)]
        k3 = [joined(a, b) for a, b in zip(k2, tkeys[2:], strict=False)]
        rows: list[tuple[int, int, int]] = []
        starts = ("line", "para", "start", "hard")
        for ti, t in enumerate(toks):
            at_line_start = t.gap in starts
            if at_line_start and ti in unreliable:
                rows.append((1, 1, 1))
                continue
            if t.text[0] in "(\"“«'‘" and not at_line_start:
                rows.append((0, 0, 0))
                continue  # a bracketed or quoted word continues a name
            lo, hi, fit = at_first[t.line] if line_first_tok[t.line] == ti else inside[t.line]
            key = tkeys[ti]
            c1 = fit if lo <= key <= hi else 2
            if ti + 2 > n:
                rows.append((c1, 0, 0))
                continue
            key = k2[ti]
            c2 = fit if lo <= key <= hi else 2
            if ti + 3 > n:
                rows.append((c1, c2, 0))
                continue
            key = k3[ti]
            rows.append((c1, c2, fit if lo <= key <= hi else 2))
        first3 = np.array(rows, dtype=np.int8)
        w = min(2, self.width)
        out[:, :w] = first3[:, :w]
        out[:, 2:] = first3[:, 2:3]
        return out

    def _known(self, known: KnownNames) -> set[tuple[int, int]]:
        """Spans whose text is a known name (compared by :func:`name_key`)."""
        prefixes = known.prefixes
        out: set[tuple[int, int]] = set()
        tkeys = [name_key(t.text) for t in self.toks]
        for i in range(self.n):
            key = ""
            for j in range(i + 1, min(self.n, i + self.width) + 1):
                part = tkeys[j - 1]
                key = f"{key} {part}" if key and part else key or part
                if key in known and self.valid[i, j - i - 1]:
                    out.add((i, j))
                if key and key not in prefixes:
                    break
        return out

    # -- features of a span, for training and for scores ---------------------------------

    def start_context(self, k: int) -> list[str]:
        """The contextual features of a name starting at token ``k``."""
        out = _start_features(self.start_keys[k])
        return [*out, self.pair_keys[k]] if k else out

    def span_categories(self, i: int, j: int) -> dict[str, int]:
        m = j - i - 1
        return {"paren": int(self.paren[i, m]), "quote": int(self.quote[i, m]),
                "single": int(self.single[i, m]), "generic": int(self.generic[i, m]),
                "alpha": int(self.alpha[i, m]), "joined": int(self.joined[i, m]),
                "acronym": int(self.acronym[i, m]),
                "known": int((i, j) in self.known_spans), "len": min(j - i, MAX_TOKENS),
                "breaks": int(self.breaks[i, m]), "edges": int(self.edges[i, m])}

    def span_features(self, i: int, j: int) -> list[str]:
        """Every feature of the name spanning tokens ``i`` .. ``j - 1``."""
        out = [*self.info[i].start_static, *self.start_context(i),
               *self.info[j - 1].end_static, *_end_features(self.end_keys[j - 1])]
        out += [f"{t}:{_SPAN_TEMPLATES[t][c]}" for t, c in self.span_categories(i, j).items()
                if c or t in ("len", "breaks", "edges")]
        return out

    def scores(self, model: SegmentModel) -> np.ndarray:
        """``S[i, L - 1]``: the score of a name of ``L`` tokens starting at token ``i``
        (-inf where no name may span)."""
        get = model.weights.get
        static = model.static_sums(self.texts, self.info)
        starts, ends = model.context_sums(self.start_keys, self.end_keys)
        ss = np.array([a + c + get(bp, 0.0) for (a, _), c, bp
                       in zip(static, starts, self.pair_keys, strict=True)])
        es = np.array([b + c for (_, b), c in zip(static, ends, strict=True)] + [0.0])
        n, L = self.n, self.width
        jc = np.minimum(np.arange(n)[:, None] + np.arange(1, L + 1)[None, :], n)
        sw = model.span_weights
        s = ss[:, None] + es[jc - 1]
        s = s + sw["paren"][self.paren] + sw["quote"][self.quote] + \
            sw["single"][self.single] + sw["generic"][self.generic] + \
            sw["alpha"][self.alpha] + sw["joined"][self.joined] + sw["acronym"][self.acronym] + \
            sw["len"][self.length] + sw["breaks"][self.breaks] + sw["edges"][self.edges]
        over = np.maximum(0, self.length - model.long_name_from)
        s = s + model.long_name * over
        if self.known_spans:
            bonus = sw["known"][1]
            for i, j in self.known_spans:
                s[i, j - i - 1] += bonus
        return np.where(self.valid, s, -np.inf)


def _decode(scores: np.ndarray) -> list[tuple[int, int]]:
    """The best segmentation under span scores (``scores[i, L - 1]``).

    >>> s = np.array([[1.0, 3.0], [1.0, -np.inf]])
    >>> _decode(s)
    [(0, 2)]
    """
    n, L = scores.shape
    # by end: ends[j][m - 1] = scores[j - m, m - 1], the names of m tokens ending at j,
    # for m up to the longest that may end there (no name runs over a hard gap: lists of
    # one name per item are read item by item, not L tokens back at every token)
    m = np.arange(1, L + 1)
    starts = np.arange(n + 1)[:, None] - m[None, :]
    by_end = np.where(starts >= 0, scores[np.maximum(starts, 0), m - 1], -np.inf)
    finite = by_end > -np.inf
    reach = np.where(finite.any(axis=1), L - np.argmax(finite[:, ::-1], axis=1), 1)
    reach[0] = 0
    flat = by_end[m[None, :] <= reach[:, None]].tolist()
    offsets = np.concatenate([[0], np.cumsum(reach)]).tolist()
    # the best scores of the last L prefixes, the latest first: best[j - 1], best[j - 2], ...
    # beside the names of 1, 2, ... tokens ending at j
    recent: deque[float] = deque([0.0], maxlen=L)
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        cand = list(map(add, recent, flat[offsets[j]:offsets[j + 1]]))
        top = max(cand)
        recent.appendleft(top)
        back[j] = j - 1 - cand.index(top)
    bounds: list[tuple[int, int]] = []
    j = n
    while j > 0:
        bounds.append((back[j], j))
        j = back[j]
    bounds.reverse()
    return bounds


_WORD_END = regex.compile(r"(\p{L}+)-$")
_WORD_START = regex.compile(r"^\p{Ll}+")


def _dehyphenate(left: str, right: str) -> bool:
    """A word hyphenated at a line break ("Interna-" / "tional"): the hyphen goes when
    the joined word is a word, or neither piece is one; a compound ("Franco-" /
    "german") keeps it.

    >>> _dehyphenate("Interna-", "tional"), _dehyphenate("Franco-", "german")
    (True, False)
    """
    a, b = _WORD_END.search(left), _WORD_START.match(right)
    if not a or not b:
        return False
    head, tail = a.group(1).casefold(), b.group()
    if zipf(head + tail) >= 1.5:
        return True
    return zipf(head) < 2.5 and zipf(tail) < 2.5


def _join(toks: Sequence[_Tok]) -> str:
    out = ""
    for k, t in enumerate(toks):
        if k and t.gap in ("line", "para") and _HYPHEN_END.search(out):
            if _dehyphenate(out, t.text):
                out = out[:-1]
        elif k:
            out += " "
        out += t.text
    return out


def prepare(lines: Sequence[str], *, paragraph_starts: Sequence[int] = (),
            hard_starts: Sequence[int] = (), known: Iterable[str] | KnownNames = (),
            model: SegmentModel | None = None, whole_lines: Sequence[int] = ()
            ) -> _Features | None:
    """The tokens and features of a list (for training: ``training/train_segmenter.py``)."""
    model = model or _IN_USE.get() or HAND_SET
    toks = _tokenize(lines, set(paragraph_starts), _comma_delimited(lines),
                     frozenset(hard_starts))
    if not toks:
        return None
    names = known if isinstance(known, KnownNames) else KnownNames(known)
    return _Features(toks, lines, wrapped_breaks(lines), model.shift_density, names,
                     frozenset(whole_lines))


def segment_lines(
    lines: Sequence[str],
    *,
    paragraph_starts: Sequence[int] = (),
    hard_starts: Sequence[int] = (),
    known: Iterable[str] | KnownNames = (),
    model: SegmentModel | None = None,
    weights: Weights | None = None,
    whole_lines: Sequence[int] = (),
) -> list[Segment]:
    """Split list lines into names; ``paragraph_starts`` are lines after a blank line,
    ``hard_starts`` lines that always start a name (the first line of a list item
    element: no name runs over from one ``<li>`` into the next), ``whole_lines`` lines
    that are each one name, not to be cut (an item that is one link). ``known`` names,
    when a split reproduces one, weigh for that split (the segment says ``known``).

    >>> [s.name for s in segment_lines(["Fair Trials Global Witness"],
    ...                                known=["Global Witness"])]
    ['Fair Trials', 'Global Witness']
    """
    if weights is not None:
        model = SegmentModel.from_weights(weights)
    model = model or _IN_USE.get() or HAND_SET
    if len(lines) > 2 * CHUNK_LINES:
        return _segment_chunks(lines, paragraph_starts, hard_starts, known, model,
                               whole_lines)
    feats = prepare(lines, paragraph_starts=paragraph_starts, hard_starts=hard_starts,
                    known=known, model=model, whole_lines=whole_lines)
    if feats is None:
        return []
    if not feats.alphabetical and len(lines) < 6 and feats.n <= 600 and \
            max(map(len, lines)) > 150:
        # names run together on a line or two: the pairwise order decides, weighed
        # against the hand-set scores it was set with (no list of this kind is trained)
        bounds = _ordered_bounds(feats, feats.scores(HAND_SET), HAND_SET)
    else:
        bounds = _decode(feats.scores(model))
    return _segments(feats, lines, bounds)


CHUNK_LINES = 2_000
"""Lists longer than twice this many lines are split in chunks of about this many, each
segmented on its own, so that memory stays bounded (the features of a list take about
a kilobyte per word). Chunks are cut where a line always starts a name (a new list item,
a line after a blank one) when one is near."""


def _segment_chunks(lines: Sequence[str], paragraph_starts: Sequence[int],
                    hard_starts: Sequence[int], known: Iterable[str] | KnownNames,
                    model: SegmentModel, whole_lines: Sequence[int] = ()) -> list[Segment]:
    names = known if isinstance(known, KnownNames) else KnownNames(known)
    starts = sorted(set(paragraph_starts) | set(hard_starts))
    cuts = [0]
    while len(lines) - cuts[-1] > 2 * CHUNK_LINES:
        target = cuts[-1] + CHUNK_LINES
        pos = bisect_right(starts, target - 1)
        near = starts[pos] if pos < len(starts) and starts[pos] < target + 200 else None
        cuts.append(near if near is not None else target)
    cuts.append(len(lines))
    out: list[Segment] = []
    para, hard, whole = set(paragraph_starts), set(hard_starts), set(whole_lines)
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        segs = segment_lines(lines[lo:hi],
                             paragraph_starts=[k - lo for k in range(lo, hi) if k in para],
                             hard_starts=[k - lo for k in range(lo, hi) if k in hard],
                             known=names, model=model,
                             whole_lines=[k - lo for k in range(lo, hi) if k in whole])
        out.extend(dataclasses.replace(x, lines=[k + lo for k in x.lines]) for x in segs)
    return out


def _ordered_bounds(feats: _Features, scores: np.ndarray, model: SegmentModel
                    ) -> list[tuple[int, int]]:
    """Segment bounds for names run together on one line ("<p>" without "<br>"s).

    No line starts to read the alphabetical order from: the order of the names chosen
    is scored instead, pairwise, which needs the previous name in the state.
    """
    toks = feats.toks
    n, width = scores.shape
    rows = scores.tolist()
    keys = [sort_key(" ".join(t.text for t in toks[i:i + 2])) for i in range(n)]
    best: dict[tuple[int, int], float] = {}
    back: dict[tuple[int, int], int] = {}
    for j in range(1, n + 1):
        for i in range(max(0, j - width), j):
            seg = rows[i][j - i - 1]
            if seg == float("-inf"):
                continue
            if i == 0:
                best[(0, j)] = seg
                continue
            top, arg = float("-inf"), -1
            for k in range(max(0, i - width), i):
                prev = best.get((k, i))
                if prev is None:
                    continue
                order = model.order_fit if keys[k] <= keys[i] else model.order_misfit
                cand = prev + order
                if cand > top:
                    top, arg = cand, k
            if arg >= 0:
                best[(i, j)] = top + seg
                back[(i, j)] = arg
    i = max((i for i in range(n) if (i, n) in best), key=lambda i: best[(i, n)])
    bounds = [(i, n)]
    while i > 0:
        k = back[(i, bounds[-1][1])]
        bounds.append((k, i))
        i = k
    bounds.reverse()
    return bounds


def _segments(feats: _Features, lines: Sequence[str],
              bounds: list[tuple[int, int]]) -> list[Segment]:
    toks = feats.toks
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
                                part[0].gap != "space", (i, j) in feats.known_spans))
    return segments
