"""The real command line, run as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES

SRC = Path(__file__).parent.parent / "src"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "ngoclean", *args], input=stdin,
                          capture_output=True, env=env, timeout=120)


def test_parse_prints_one_json_line_per_file() -> None:
    pages = [FIXTURES / "text" / "fr-fidh-style.txt", FIXTURES / "text" / "de-datum-numeric.txt"]
    out = run("parse", *map(str, pages))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().splitlines()
    assert [json.loads(x)["date"] for x in lines] == ["2019-01-12", "2015-12-10"]


def test_parse_bad_inputs_exit_1_and_keep_going(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    good = FIXTURES / "text" / "fr-fidh-style.txt"
    out = run("parse", str(empty), str(tmp_path / "missing.txt"), str(binary), str(good))
    assert out.returncode == 1
    assert len(out.stdout.decode().splitlines()) == 1
    err = out.stderr.decode()
    assert "empty" in err and "no such file" in err and "PNG" in err


def test_usage_error_exits_2() -> None:
    assert run("frobnicate").returncode == 2
    assert run("parse").returncode == 2


def test_repair_from_stdin_with_explain() -> None:
    out = run("repair", "--explain", stdin="non-\u2010State\u00a0 actors\n".encode())
    assert out.returncode == 0
    assert out.stdout.decode() == "non-State actors\n"
    err = out.stderr.decode()
    assert "broken_hyphen" in err and "3 repairs" in err


def test_repair_json_of_a_file(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("Committee  of  Armenia", encoding="utf-8")
    out = run("repair", "--json", str(page))
    data = json.loads(out.stdout)
    assert data["text"] == "Committee of Armenia"
    assert [r["step"] for r in data["repairs"]] == ["space_run", "space_run"]


def test_repair_of_binary_stdin_exits_1() -> None:
    out = run("repair", stdin=b"\x00\x01\x02binary")
    assert out.returncode == 1 and b"binary" in out.stderr


def test_explain_shows_kept_and_dropped_blocks_with_reasons() -> None:
    out = run("explain", str(FIXTURES / "html" / "wp-en-ul-jsonld.html"))
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    assert "KEPT: 2 body paragraphs" in text
    assert "cookie" in text and "sidebar" in text and "comments" in text
    assert "SIGNATORIES: 7" in text and "[acronym WAHRDN]" in text
    assert "(jsonld:datePublished)" in text


def test_explain_lists_repairs() -> None:
    out = run("explain", str(FIXTURES / "seed" / "imadr-2015-hrd-letter.txt"))
    text = out.stdout.decode()
    assert "broken_hyphen" in text and "split_names" in text and "move_words" in text


def test_explain_missing_file_exits_1(tmp_path: Path) -> None:
    assert run("explain", str(tmp_path / "nope.html")).returncode == 1
