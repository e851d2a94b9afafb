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
    """The highest Zipf frequency of ``word`` across :data:`LANGUAGES` (0 when unknown)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, lang) for lang in LANGUAGES)


def is_word(word: str, threshold: float = 3.0) -> bool:
    """True when ``word`` is a common word of one of :data:`LANGUAGES`."""
    return zipf(word.lower()) >= threshold
