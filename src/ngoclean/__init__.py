"""ngoclean: scraped NGO pages to clean, structured records with signatory lists.

>>> import ngoclean
>>> ngoclean.repair("non-\\u2010State").text
'non-State'
"""

from __future__ import annotations

from .attachments import link_records
from .batch import ErrorRecord, parse_many
from .errors import (
    BadQueryError,
    BinaryInputError,
    DecodingError,
    EmptyInputError,
    InputError,
    InputTooComplexError,
    InputTooLargeError,
    NgocleanError,
    PdfError,
    ReplayError,
    SearchIndexError,
    TimeLimitError,
    WarcError,
)
from .model import (
    SCHEMA_VERSION,
    Attachment,
    Block,
    Dropped,
    Problem,
    Record,
    Repair,
    Repaired,
    Signatory,
)
from .record import parse, preload
from .repairs import STEPS, repair, replay

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "STEPS",
    "Attachment",
    "BinaryInputError",
    "Block",
    "DecodingError",
    "Dropped",
    "EmptyInputError",
    "ErrorRecord",
    "InputError",
    "InputTooComplexError",
    "InputTooLargeError",
    "NgocleanError",
    "PdfError",
    "Problem",
    "Record",
    "Repair",
    "Repaired",
    "ReplayError",
    "BadQueryError",
    "SearchIndexError",
    "Signatory",
    "TimeLimitError",
    "WarcError",
    "__version__",
    "link_records",
    "parse",
    "parse_many",
    "preload",
    "repair",
    "replay",
]
