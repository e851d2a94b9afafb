"""The seed page (a real IMADR news page carrying a joint letter) and its gold annotation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import ngoclean
from conftest import FIXTURES, comparable, load_json

SEED = FIXTURES / "seed" / "imadr-2015-hrd-letter.txt"
GOLD = FIXTURES / "seed" / "imadr-2015-hrd-letter.gold.json"
EXPECTED = FIXTURES / "seed" / "imadr-2015-hrd-letter.expected.json"


def test_seed_expected_record() -> None:
    want = load_json(EXPECTED)
    assert comparable(ngoclean.parse(SEED).to_dict(), list(want)) == want


def test_seed_repairs_replay_to_the_document() -> None:
    rec = ngoclean.parse(SEED)
    original = SEED.read_text(encoding="utf-8")
    doc_repairs = [r for r in rec.repairs if r.field == "document"]
    steps = {r.step for r in doc_repairs}
    assert {"broken_hyphen", "odd_space", "alt_text", "space_run"} <= steps
    repaired = ngoclean.replay(original, doc_repairs)
    assert "-\u2010" not in repaired and "\u00a0" not in repaired
    assert "pdficon_small" not in repaired


def test_seed_scores_with_the_shared_scorer(shared_dir: Path, tmp_path: Path) -> None:
    pred = tmp_path / "pred.json"
    pred.write_text(ngoclean.parse(SEED).to_json(), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(GOLD), str(pred)],
        capture_output=True, text=True, check=True,
    ).stdout
    score = json.loads(out)
    assert score["title_ok"] and score["date_ok"]
    assert score["body_contains_ok"] == score["body_excludes_ok"] == 1.0
    assert score["body_raw_excludes_ok"] == 1.0
    assert score["sig_f1"] >= 0.97


def test_seed_list_repairs_are_audited() -> None:
    rec = ngoclean.parse(SEED)
    sig = [r for r in rec.repairs if r.field == "signatories"]
    steps = [r.step for r in sig]
    assert steps.count("split_names") >= 15 and steps.count("move_words") >= 2
    first = next(r for r in sig if r.step == "split_names")
    assert first.before == "Action Trans-Crime Uganda Alkarama Foundation"
    assert first.after == "Action Trans-Crime Uganda\nAlkarama Foundation"
    raw = {s.name: s.raw for s in rec.signatories}
    assert raw["Helsinki Committee of Armenia"] == "Helsinki\nCommittee of Armenia"
    assert ("dash_space", "-", "- ") in {(r.step, r.before, r.after) for r in sig}
