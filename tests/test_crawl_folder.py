"""A real crawl folder as an archivist has it: pages, gzipped pages, the site's assets, a
WARC with redirects, 404s, images and PDFs. It cleans with exit 0 and a summary that
accounts for every file and every WARC response; the PDFs are read as pages."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import FIXTURES

pdfmake = pytest.importorskip("pdfmake")  # reportlab, a test dependency
pytest.importorskip("pypdfium2")

SRC = Path(__file__).parent.parent / "src"
HTML = sorted((FIXTURES / "html").glob("*.html"))


def _warc(path: Path) -> None:
    page = HTML[0].read_bytes()
    responses = [
        ("https://example.org/letter", "200 OK", "text/html; charset=utf-8", page),
        ("https://example.org/news", "200 OK", "text/html", HTML[1].read_bytes()),
        ("https://example.org/old", "301 Moved Permanently", "text/html", b"<p>moved</p>"),
        ("https://example.org/gone", "404 Not Found", "text/html", b"<h1>Not found</h1>"),
        ("https://example.org/letter.pdf", "200 OK", "application/pdf",
         pdfmake.one_column_pdf()),
        ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
    ]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, status, ctype, body in responses:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))


def _crawl(root: Path) -> Path:
    site = root / "crawl" / "example.org"
    (site / "assets").mkdir(parents=True)
    for page in HTML[2:5]:
        (site / page.name).write_bytes(page.read_bytes())
    (site / "archive.html.gz").write_bytes(gzip.compress(HTML[5].read_bytes()))
    (site / "dump.txt").write_bytes((FIXTURES / "text" / "fr-fidh-style.txt").read_bytes())
    assets = {"style.css": b"body { color: red }", "app.js": b"var a = 1;",
              "feed.json": b'{"items": []}', "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00",
              "font.woff2": b"wOF2\x00\x01", "photo": b"\xff\xd8\xff\xe0\x00\x10JFIF",
              "letter.pdf": pdfmake.table_list_pdf()}
    for name, data in assets.items():
        (site / "assets" / name).write_bytes(data)
    _warc(root / "crawl" / "capture.warc.gz")
    return root / "crawl"


def _clean(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "ngoclean", "clean", *args],
                          capture_output=True, text=True, env=env, timeout=300)


def test_a_crawl_folder_cleans_with_exit_0_and_every_file_accounted(tmp_path: Path) -> None:
    crawl = _crawl(tmp_path)
    out = tmp_path / "records.jsonl"
    proc = _clean(str(crawl), "-o", str(out), "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert not [d for d in lines if "error" in d]
    # 2 HTML responses and a PDF of the WARC, 3 pages, a gzipped page, a text dump, a PDF
    assert len(lines) == 9
    assert sorted(d["url"] for d in lines if d.get("url")) == [
        "https://example.org/letter", "https://example.org/letter.pdf",
        "https://example.org/news"]
    assert sum(len(d["signatories"]) for d in lines if "pdf" in (d["url"] or d["source"])) == 21
    assert any(d["source"].endswith("archive.html.gz") and d["title"] for d in lines)
    summary = proc.stderr.strip().splitlines()[-1]
    assert summary.startswith("pages 9, ok ") and "failed 0" in summary
    assert ("not pages 9 (css 1, jpeg 1, js 1, json 1, png 1, warc http 301 1, "
            "warc http 404 1, warc image 1, woff2 1)") in summary, summary


def test_all_files_and_include_errors_read_what_is_passed_over(tmp_path: Path) -> None:
    crawl = _crawl(tmp_path)
    out = tmp_path / "records.jsonl"
    proc = _clean(str(crawl), "-o", str(out), "--all-files", "--include-errors", "--quiet")
    assert proc.returncode == 1  # the assets are read, and are no pages
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 7 + 7 + 3  # every file, the WARC's PDF, 301 and 404 responses
    failed = {Path(d["source"]).name: d["error"]["type"] for d in lines if "error" in d}
    assert failed["logo.png"] == "BinaryInputError" and "letter.pdf" not in failed
    statuses = sorted(d.get("http_status") or 0 for d in lines if d.get("url"))
    assert statuses == [200, 200, 200, 301, 404]
