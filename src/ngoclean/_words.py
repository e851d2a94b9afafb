"""Word look-ups backed by wordfreq (general knowledge of several languages).

>>> is_word("protection"), is_word("protec")
(True, False)
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

__all__ = ["LANGUAGES", "is_word", "zipf"]

LANGUAGES = ("en", "fr", "es", "de", "pt", "it", "nl")


@lru_cache(maxsize=1)
def _frequencies() -> list[dict[str, float]]:
    """wordfreq's "small" frequency tables of :data:`LANGUAGES` (wordfreq holds them
    once loaded: no copy is made)."""
    from wordfreq import get_frequency_dict

    return [get_frequency_dict(lang, "small") for lang in LANGUAGES]


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The highest Zipf frequency of ``word`` across :data:`LANGUAGES` (0 when unknown).

    wordfreq's "small" lists (words of Zipf 3 and up) load in a fraction of the time of
    the full ones, and every threshold used here is at 3 or above. A word of letters
    below the CJK blocks is one token in every one of these languages: it is looked up
    in the tables directly, as wordfreq would after its own normalisation (NFC, case
    folded) and with its rounding, at a sixth of the cost of its tokenizer; anything
    else goes through wordfreq.

    >>> zipf("Rights") == zipf("rights") > 4, zipf("xqzv"), zipf("rights-based") > 0
    (True, 0.0, True)
    """
    if word.isalpha() and max(word) < "\u2e80":
        key = unicodedata.normalize("NFC", word).casefold()
        return _to_zipf(max(table.get(key, 0.0) for table in _frequencies()))
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, lang, wordlist="small") for lang in LANGUAGES)


def _to_zipf(freq: float) -> float:
    """wordfreq's rounding: three significant digits, then the Zipf scale to 0.01."""
    if freq <= 0.0:
        return 0.0
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log10(freq) + 9, 2)


def is_word(word: str, threshold: float = 3.0) -> bool:
    """True when ``word`` is a common word of one of :data:`LANGUAGES`."""
    return zipf(word.lower()) >= threshold
