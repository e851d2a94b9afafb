"""Language identification (ISO 639-1) with py3langid, normalised probabilities.

>>> detect("Nous sommes un groupe de défenseurs des droits humains et d'organisations.")
'fr'
>>> detect("ok") is None
True
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["detect", "load_model"]

MIN_CHARS = 20
MIN_PROBABILITY = 0.6


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_model() -> None:
    """Load the language model now (it loads on first use otherwise)."""
    _identifier()


def detect(text: str, *, max_chars: int = 400) -> str | None:
    """The language of ``text``, or None when it is too short or unclear."""
    sample = text[:max_chars]
    if sum(map(str.isalpha, sample)) < MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= MIN_PROBABILITY else None
