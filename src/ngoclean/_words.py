"""Word look-ups backed by wordfreq (general knowledge of several languages).

>>> is_word("protection"), is_word("protec")
(True, False)
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["LANGUAGES", "is_word", "zipf"]

LANGUAGES = ("en", "fr", "es", "de", "pt", "it", "nl")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The highest Zipf frequency of ``word`` across :data:`LANGUAGES` (0 when unknown).

    wordfreq's "small" lists (words of Zipf 3 and up) load in a fraction of the time of
    the full ones, and every threshold used here is at 3 or above.
    """
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, lang, wordlist="small") for lang in LANGUAGES)


def is_word(word: str, threshold: float = 3.0) -> bool:
    """True when ``word`` is a common word of one of :data:`LANGUAGES`."""
    return zipf(word.lower()) >= threshold
