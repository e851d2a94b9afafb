"""One error model for every command: the exit code of each outcome, one line on stderr,
never a traceback (``--debug`` shows it)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import ngoclean.cli as cli
from conftest import FIXTURES

PAGE = FIXTURES / "text" / "fr-fidh-style.txt"
HTML = sorted((FIXTURES / "html").glob("*.html"))[0]


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A records file, an index built from it, another program's database."""
    root = tmp_path_factory.mktemp("exit")
    records = root / "records.jsonl"
    records.write_text("".join(json.dumps(cli.parse(p).to_dict()) + "\n"
                               for p in sorted((FIXTURES / "html").glob("*.html"))))
    torn = root / "torn.jsonl"
    torn.write_text(records.read_text()[:-200])
    assert cli.main(["index", str(records), "--db", str(root / "index.sqlite")]) == 0
    with sqlite3.connect(root / "other.sqlite") as con:
        con.execute("CREATE TABLE customers (name TEXT)")
    return root


CASES = [
    # command line (W = the work folder), exit code, a piece of the stderr
    ("parse P", 0, ""),
    ("parse W/missing.txt P", 1, "no such file"),
    ("parse", 2, "required"),
    ("parse --indent two P", 2, "invalid int"),
    ("explain P", 0, ""),
    ("explain W/missing.txt", 1, "no such file"),
    ("explain P --width wide", 2, "invalid int"),
    ("repair P", 0, ""),
    ("repair W/missing.txt", 1, "no such file"),
    ("repair P --colour", 2, "unrecognized"),
    ("clean H -o W/out.jsonl --quiet", 0, ""),
    ("clean H W/missing.html -o W/out.jsonl --quiet", 1, ""),
    ("clean H -o W/out.jsonl --jobs 0", 2, "--jobs"),
    ("clean H -o W/out.jsonl --timeout -1", 2, "--timeout"),
    ("clean H -o W/no/such/folder/out.jsonl", 3, "no/such/folder"),
    ("index W/records.jsonl --db W/index.sqlite", 0, "0 new records"),
    ("index W/torn.jsonl --db W/index2.sqlite", 1, "torn.jsonl:"),
    ("index W/missing.jsonl --db W/index3.sqlite", 1, "no such records file"),
    ("index P --db W/other.sqlite", 2, "not an ngoclean index"),
    ("search W/index.sqlite civic", 0, ""),
    ("search W/index.sqlite civic --signatory 'No Such Organisation Anywhere'", 1,
     "no organisation"),
    ("search W/index.sqlite civic --since yesterday", 2, "not a date"),
    ("search W/index.sqlite '\"civic' --fts", 2, "bad search query"),
    ("search W/index.sqlite ?!", 2, "no words"),
    ("search W/missing.sqlite civic", 2, "no such index"),
    ("search W/other.sqlite civic", 2, "not an ngoclean index"),
    ("orgs W/index.sqlite --top 3", 0, ""),
    ("orgs W/index.sqlite --cosigners 'No Such Organisation Anywhere'", 1, "no organisation"),
    ("orgs W/index.sqlite --top 0", 2, "at least 1"),
    ("orgs W/missing.sqlite", 2, "no such index"),
    ("stats W/records.jsonl", 0, ""),
    ("stats W/torn.jsonl", 1, "torn.jsonl:"),
    ("stats W/missing.jsonl", 1, "no such records file"),
    ("stats W/records.jsonl --top 0", 2, "at least 1"),
    ("export W/records.jsonl -o W/bulk.ndjson", 0, ""),
    ("export W/torn.jsonl -o W/bulk2.ndjson", 1, "torn.jsonl:"),
    ("export W/records.jsonl -o W/no/such/folder/bulk.ndjson", 3, "cannot write"),
    ("frobnicate", 2, "invalid choice"),
]


@pytest.mark.parametrize(("line", "code", "said"), CASES, ids=[c[0] for c in CASES])
def test_exit_code_of_every_outcome(line: str, code: int, said: str, work: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    argv = [a.replace("W/", f"{work}/") for a in shlex.split(line)]
    argv = [str(PAGE) if a == "P" else str(HTML) if a == "H" else a for a in argv]
    assert cli.main(argv) == code
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    if code in (2, 3):
        # a usage or output error is said in one line (argparse adds its usage line)
        lines = [x for x in err.splitlines() if not x.startswith(("usage:", " "))]
        assert len(lines) == 1, err


def _boom(args: object) -> int:
    raise RuntimeError("a bug in a step")


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "_cmd_parse", _boom)
    assert cli.main(["parse", str(PAGE)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == ["ngoclean: unexpected error: RuntimeError: a bug in a step "
                                "(run with --debug for the traceback)"]
    for argv in (["--debug", "parse", str(PAGE)], ["parse", "--debug", str(PAGE)]):
        assert cli.main(argv) == 1
        err = capsys.readouterr().err
        assert "Traceback (most recent call last)" in err and "a bug in a step" in err


def test_ctrl_c_in_any_command_exits_130(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_cmd_explain", interrupted)
    assert cli.main(["explain", str(PAGE)]) == 130
    assert capsys.readouterr().err == "ngoclean: interrupted\n"
