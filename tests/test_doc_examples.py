"""Every example of the README and docs/ runs as written: each ``ngoclean`` command of a
```bash block and each ```python block (doctests are run by pytest's doctest-glob) is run
in order, in a folder holding the files the examples name, and must exit 0.

A few lines are not run, each for a reason given in SKIP: they need a network service
(a Dask cluster, Elasticsearch) or install or test the package itself."""

from __future__ import annotations

import gzip
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import FIXTURES

ROOT = Path(__file__).parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SKIP = {
    "--scheduler": "needs a running Dask scheduler",
    "dask scheduler": "starts a Dask scheduler",
    "dask worker": "starts a Dask worker",
    "curl ": "needs an Elasticsearch server",
    "pip install": "installs the package",
    "-m pytest": "runs this test suite",
    "benchmarks/": "benchmarks need their peers and data",
    "training/": "training needs ../shared",
    "Client(": "needs a running Dask scheduler",
}
_BLOCK = re.compile(r"^```(bash|python)\n(.*?)^```$", re.S | re.M)


def examples(doc: Path) -> list[tuple[str, str]]:
    """The (kind, code) examples of a document, in order, skipped ones left out."""
    found = []
    for kind, body in _BLOCK.findall(doc.read_text(encoding="utf-8")):
        if kind == "python":
            if ">>>" not in body and not any(k in body for k in SKIP):
                found.append(("python", body))
            continue
        for line in body.splitlines():
            line = line.split(" && ")[-1].replace(".venv/bin/ngoclean", "ngoclean")
            if "ngoclean" in line and not any(k in line for k in SKIP):
                found.append(("bash", line))
    return found


def _warc(path: Path, pages: list[Path]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.org/{i}", "response", payload=io.BytesIO(page.read_bytes()),
                http_headers=headers))


def _workspace(root: Path) -> Path:
    """The files and folders the examples name, made of the fixture pages."""
    # a small crawl, with letters signed by the organisations the examples name
    named = ("CIVICUS", "Front Line Defenders", "Human Rights Watch", "civic space")
    html = [p for p in sorted((FIXTURES / "html").glob("*.html"))
            if any(n in p.read_text(encoding="utf-8", errors="replace") for n in named)][:8]
    text = sorted((FIXTURES / "text").glob("*.txt"))[:4]
    for folder in ("crawl", "saved-pages"):
        (root / folder).mkdir()
        for page in html + text:
            shutil.copy(page, root / folder / page.name)
    (root / "crawl" / "style.css").write_text("body { margin: 0 }")
    (root / "crawl" / "old.html.gz").write_bytes(gzip.compress(html[0].read_bytes()))
    (root / "dumps" / "2021").mkdir(parents=True)
    for page in text[:4]:
        shutil.copy(page, root / "dumps" / "2021" / page.name)
    _warc(root / "capture.warc.gz", html[:3])
    _warc(root / "crawl-2021.warc.gz", html[3:5])
    (root / "more").mkdir()
    _warc(root / "more" / "a.warc.gz", html[5:6])
    shutil.copy(html[0], root / "page.html")
    shutil.copy(html[1], root / "other.html")
    shutil.copy(FIXTURES / "text" / "fr-fidh-style.txt", root / "page.txt")
    (root / "members.txt").write_text("Front Line Defenders\nHuman Rights Watch\n")
    shutil.copytree(ROOT / "examples", root / "examples")
    try:  # PDF letters, written by the tests' reportlab helper
        import pdfmake

        (root / "letter.pdf").write_bytes(pdfmake.one_column_pdf())
        (root / "letters").mkdir()
        for name in ("two-column-list", "three-column-list", "table-list"):
            (root / "letters" / f"{name}.pdf").write_bytes(pdfmake.ALL[name]())
    except ImportError:  # pragma: no cover - reportlab is a test dependency
        pass
    bin_dir = root / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "ngoclean"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m ngoclean "$@"\n')
    shim.chmod(0o755)
    return root


@pytest.mark.parametrize("doc", [d for d in DOCS if examples(d)], ids=lambda d: d.name)
def test_every_example_of_the_document_runs(doc: Path, tmp_path: Path) -> None:
    work = _workspace(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"),
               PATH=f"{work / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    for kind, code in examples(doc):
        argv = ["bash", "-c", code] if kind == "bash" else [sys.executable, "-c", code]
        proc = subprocess.run(argv, cwd=work, env=env, capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 0, f"{doc.name}: {code}\n{proc.stderr[-2000:]}"
        assert "Traceback" not in proc.stderr, f"{doc.name}: {code}\n{proc.stderr[-2000:]}"


def test_the_examples_are_found() -> None:
    """The collector reads what the documents hold (a change of fence would hide them)."""
    counts = {d.name: len(examples(d)) for d in DOCS}
    assert counts["archivists.md"] >= 6 and counts["search.md"] >= 6
    assert counts["README.md"] >= 9
    readme = examples(ROOT / "README.md")
    assert readme[0] == ("bash", "ngoclean explain examples/imadr-2015-hrd-letter.txt")
