"""Known names help the segmenter: ``segment_lines(known=)``, ``parse(names=)``,
``ngoclean clean --names FILE`` and ``--learn-names``.

The names here are invented for the tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import ngoclean
from ngoclean.clean_cli import clean_list_names, read_names
from ngoclean.segment import HAND_SET, KnownNames, segment_lines

SRC = Path(__file__).parent.parent / "src"
MERGED = "Sunrise Valley Water Trust Harbour Lights Collective"


def page(*lines: str) -> str:
    return ("Joint statement on river protection\n\nDate: 3 May 2024\n\n"
            "We, the undersigned groups, ask the ministry to halt the dam project.\n\n"
            "Signed by:\n\n" + "\n".join(lines) + "\n")


def test_a_known_name_decides_the_split_of_a_merged_line() -> None:
    # an odd split no model would choose: only the known names can make it
    known = ["Sunrise Valley Water", "Trust Harbour Lights Collective"]
    for model in (HAND_SET, None):
        segs = segment_lines([MERGED, "Northwind Tenants Union"], known=known, model=model)
        assert [s.name for s in segs] == known + ["Northwind Tenants Union"]
        assert [s.known for s in segs] == [True, True, False]


def test_known_names_are_compared_without_case_or_punctuation() -> None:
    known = KnownNames(["sunrise valley water trust", "Harbour Lights Collective (HLC)"])
    segs = segment_lines([MERGED + " (HLC)"], known=known)
    assert [s.name for s in segs] == ["Sunrise Valley Water Trust",
                                      "Harbour Lights Collective (HLC)"]


def test_unknown_names_change_nothing() -> None:
    lines = ["Northwind Tenants Union", "Riverside Food Bank", MERGED]
    plain = [s.name for s in segment_lines(lines)]
    assert [s.name for s in segment_lines(lines, known=["Mountain Goat Society"])] == plain
    rec = ngoclean.parse(page(*lines))
    assert ngoclean.parse(page(*lines), names=[]).to_dict() == rec.to_dict()


def test_parse_audits_the_entries_cut_out_as_known_names() -> None:
    known = ["Sunrise Valley Water", "Trust Harbour Lights Collective"]
    rec = ngoclean.parse(page(MERGED, "Northwind Tenants Union", "Riverside Food Bank"),
                         names=known)
    assert [s.name for s in rec.signatories] == known + ["Northwind Tenants Union",
                                                         "Riverside Food Bank"]
    audit = [(r.step, r.before, r.after) for r in rec.repairs if r.step == "known_name"]
    assert audit == [("known_name", "Sunrise Valley Water", "Sunrise Valley Water"),
                     ("known_name", "Trust Harbour Lights Collective",
                      "Trust Harbour Lights Collective")]
    # a known name alone on its line is no repair
    rec = ngoclean.parse(page("Northwind Tenants Union", "Riverside Food Bank"),
                         names=["Riverside Food Bank"])
    assert not [r for r in rec.repairs if r.step == "known_name"]


def test_names_of_clean_lists_only() -> None:
    rec = {"signatories": [{"name": "Riverside Food Bank"}],
           "repairs": [{"step": "list_marker"}]}
    assert clean_list_names(rec) == ["Riverside Food Bank"]
    assert clean_list_names({**rec, "repairs": [{"step": "join_lines"}]}) == []
    assert clean_list_names({"source": "x", "error": {"type": "E", "message": "m"}}) == []


def test_read_names_from_text_and_from_records(tmp_path: Path) -> None:
    text = tmp_path / "names.txt"
    text.write_text("# groups\nRiverside Food Bank\n\n  Northwind Tenants Union \n",
                    encoding="utf-8")
    assert read_names(text) == ["Riverside Food Bank", "Northwind Tenants Union"]
    records = tmp_path / "run.jsonl"
    records.write_text(json.dumps({"signatories": [{"name": "Harbour Lights Collective"}]})
                       + "\nnot json\n", encoding="utf-8")
    assert read_names(records) == ["Harbour Lights Collective"]


def clean(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "ngoclean", "clean", "--quiet", *args],
                          capture_output=True, env=env, timeout=120)


def test_clean_with_a_names_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "letter.txt").write_text(page(MERGED, "Northwind Tenants Union"),
                                               encoding="utf-8")
    names = tmp_path / "names.txt"
    names.write_text("Sunrise Valley Water\nTrust Harbour Lights Collective\n",
                     encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = clean(str(tmp_path / "in"), "-o", str(out), "--names", str(names), "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert [s["name"] for s in rec["signatories"]][:2] == ["Sunrise Valley Water",
                                                          "Trust Harbour Lights Collective"]
    bad = clean(str(tmp_path / "in"), "-o", str(out), "--names", str(tmp_path / "nope.txt"))
    assert bad.returncode == 2 and b"cannot read --names" in bad.stderr
    assert b"Traceback" not in bad.stderr


def test_learn_names_from_the_clean_lists_of_the_batch(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    # one page lists the names cleanly (HTML items), another has them run together
    items = "".join(f"<li>{x}</li>" for x in ["Sunrise Valley Water",
                                               "Trust Harbour Lights Collective",
                                               "Northwind Tenants Union"])
    (tmp_path / "in" / "a.html").write_text(
        "<html><body><h1>Joint statement on river protection</h1><p>We, the undersigned "
        "groups, ask the ministry to halt the dam project.</p><p>Signed by:</p>"
        f"<ul>{items}</ul></body></html>", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(page(MERGED, "Riverside Food Bank"),
                                          encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = clean(str(tmp_path / "in"), "-o", str(out), "--learn-names", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    recs = {Path(r["source"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert [s["name"] for s in recs["b.txt"]["signatories"]] == [
        "Sunrise Valley Water", "Trust Harbour Lights Collective", "Riverside Food Bank"]
    assert any(r["step"] == "known_name" for r in recs["b.txt"]["repairs"])
    stdin = clean("-", "-o", str(out), "--learn-names")
    assert stdin.returncode == 2 and b"cannot read stdin" in stdin.stderr
