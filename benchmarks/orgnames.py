"""Organisation names of the Research Organization Registry (``../shared/orgnames/``, CC0)
split BY NAME into train / dev / test, for training and evaluating list segmentation.

The split is a stable hash of the casefolded name (80 / 10 / 10), so that no name of the
test split is ever seen in training, whichever script reads it. Names are taken as lists
write them: a trailing disambiguator in brackets that is not an acronym ("(Portugal)",
"(United States)") is cut, as is a trailing ", Inc." / ", Ltd" company suffix; names of
more than twelve words or with no letter are left out.

    python benchmarks/orgnames.py      # counts per split
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "orgnames"
FILES = ("ror_display_names.txt", "ror_nonprofit_all_variants.txt")
_DISAMBIGUATOR = re.compile(r"\s*\((?![A-Z0-9&.\-]{2,12}\))[^()]{2,60}\)$")
_COMPANY = re.compile(r",?\s+(?:Inc|Ltd|LLC|GmbH|S\.?A|AG|Co)\.?$")


def split_of(name: str) -> str:
    """'test' (10%), 'dev' (10%) or 'train' (80%), by a stable hash of the name.

    >>> split_of("Electronic Frontier Foundation") in ("train", "dev", "test")
    True
    """
    b = int(hashlib.sha1(name.casefold().encode("utf-8")).hexdigest()[:8], 16) % 10
    return "test" if b == 0 else "dev" if b == 1 else "train"


def clean(name: str) -> str:
    """A registry name as a list writes it.

    >>> clean("Instituto de Medicina Molecular (Portugal)"), clean("Acme Research, Inc.")
    ('Instituto de Medicina Molecular', 'Acme Research')
    >>> clean("Centro de Estudios Legales y Sociales (CELS)")
    'Centro de Estudios Legales y Sociales (CELS)'
    """
    text = " ".join(name.split())
    text = _DISAMBIGUATOR.sub("", text)
    return _COMPANY.sub("", text).strip()


def load(part: str, folder: Path = SHARED) -> list[str]:
    """The cleaned names of one split ('train', 'dev' or 'test'), sorted, distinct."""
    names: set[str] = set()
    for f in FILES:
        path = folder / f
        if not path.exists():
            raise SystemExit(f"organisation names not found: {path}")
        for line in path.read_text(encoding="utf-8").splitlines():
            name = clean(line)
            if name and any(c.isalpha() for c in name) and len(name.split()) <= 12 and \
                    split_of(name) == part:
                names.add(name)
    return sorted(names)


if __name__ == "__main__":
    for part in ("train", "dev", "test"):
        print(part, len(load(part)))
