"""An output that cannot be written (no such folder, disk full) ends the command with
one line on stderr and exit code 3, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ngoclean.cli import EXIT_OUTPUT, main


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Open letter on defenders\n\nWe urge the Council to act now.\n",
                    encoding="utf-8")
    return path


def test_no_such_output_folder(page: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing" / "out.jsonl"
    assert main(["clean", str(page), "-o", str(out), "--quiet"]) == EXIT_OUTPUT == 3
    err = capsys.readouterr().err
    assert err.startswith(f"ngoclean: cannot write {out}: ") and "Traceback" not in err
    assert not out.exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_disk_full(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(page), "-o", "/dev/full", "--quiet"]) == 3
    err = capsys.readouterr().err
    assert "No space left on device" in err and "--resume" in err
