"""Shared helpers: the fixture folders and the comparable form of a record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SHARED = HERE.parent.parent / "shared"


def comparable(record: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    """The parts of a record that an ``*.expected.json`` file pins down."""
    out: dict[str, Any] = {}
    for key in keys:
        value = record[key]
        if key == "signatories":
            value = [{k: s[k] for k in ("name", "acronym", "country", "kind")} for s in value]
        elif key == "problems":
            value = [p["code"] for p in value]
        elif key == "dropped":
            value = [[d["text"], d["reason"]] for d in value]
        out[key] = value
    return out


@pytest.fixture
def shared_dir() -> Path:
    if not (SHARED / "fixtures").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
