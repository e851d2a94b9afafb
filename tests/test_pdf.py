"""PDF letters: generated documents of every layout (``pdfmake.py``) give exact
expected records; a list in two columns gives what the same list gives in HTML; a WARC
holding a letter's page and its PDF gives two linked records; broken, encrypted and
scanned PDFs give errors or problems, never a crash."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

import ngoclean  # noqa: E402
import pdfmake  # noqa: E402
from conftest import FIXTURES, comparable, load_json  # noqa: E402
from ngoclean.pdfread import read_pdf  # noqa: E402

SRC = Path(__file__).parent.parent / "src"
KEYS = ["title", "date", "date_source", "language", "body", "signatories", "problems"]


def comparable_pdf(record: dict[str, Any]) -> dict[str, Any]:
    """What a PDF fixture's expected record pins: the fields, and every dropped line
    and repair with its page."""
    out = comparable(record, KEYS)
    out["dropped"] = [[d["text"], d["reason"], d.get("page")] for d in record["dropped"]]
    out["repairs"] = [[r["step"], r["before"], r["after"], r.get("page")]
                      for r in record["repairs"] if r["step"] != "unwrap"]
    return out


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return {name: make() for name, make in pdfmake.ALL.items()}


@pytest.mark.parametrize("name", list(pdfmake.ALL))
def test_pdf_fixture(name: str, pdfs: dict[str, bytes]) -> None:
    want = load_json(FIXTURES / "pdf" / f"{name}.expected.json")
    assert comparable_pdf(ngoclean.parse(pdfs[name]).to_dict()) == want


def test_every_layout_has_a_fixture() -> None:
    assert len(pdfmake.ALL) >= 8
    assert sorted(p.name.split(".")[0] for p in (FIXTURES / "pdf").glob("*.json")) == sorted(
        pdfmake.ALL)


def test_a_list_in_two_columns_gives_the_signatories_of_the_same_list_in_html(
        pdfs: dict[str, bytes]) -> None:
    from_pdf = ngoclean.parse(pdfs["two-column-list"])
    from_html = ngoclean.parse(pdfmake.LIST_HTML)
    assert [s.to_dict() for s in from_pdf.signatories] == [
        s.to_dict() for s in from_html.signatories]
    assert [s.name for s in from_pdf.signatories] == pdfmake.NAMES[:16]
    assert (from_pdf.title, from_pdf.date, from_pdf.body, from_pdf.language) == (
        from_html.title, from_html.date, from_html.body, from_html.language)
    assert [(d.text, d.reason) for d in from_pdf.dropped] == [
        (d.text, d.reason) for d in from_html.dropped]


def test_columns_are_read_one_after_the_other(pdfs: dict[str, bytes]) -> None:
    rec = ngoclean.parse(pdfs["two-column-body"])
    assert rec.body == f"{pdfmake.LETTER}\n\n{pdfmake.SECOND}"
    names = [s.name for s in ngoclean.parse(pdfs["three-column-list"]).signatories]
    assert names == pdfmake.NAMES


def test_a_bold_heading_after_the_list_opens_a_section_of_the_body(
        pdfs: dict[str, bytes]) -> None:
    rec = ngoclean.parse(pdfs["list-then-agenda"])
    assert [s.name for s in rec.signatories] == pdfmake.NAMES[22:28]
    assert rec.body.endswith("Press launch\n\nOpening words by the coalition\n"
                             "Testimonies of two defenders\nQuestions from the press\n"
                             "Closing remarks")
    assert rec.body_kinds == ["p", "h3", "p"]


def test_the_file_name_title_of_a_word_export_is_not_the_title(pdfs: dict[str, bytes]) -> None:
    assert read_pdf(pdfs["two-column-body"]).title == "Microsoft Word - statement_v4.docx"
    assert ngoclean.parse(pdfs["two-column-body"]).title == "Stop the attacks on river defenders"


def test_the_date_line_beats_the_creation_date(pdfs: dict[str, bytes]) -> None:
    rec = ngoclean.parse(pdfs["one-column"])
    assert str(read_pdf(pdfs["one-column"]).created) == "2024-03-15"
    assert (str(rec.date), rec.date_source) == ("2024-03-12", "dateline")


def test_a_password_protected_pdf_is_a_clear_error() -> None:
    with pytest.raises(ngoclean.PdfError, match="^encrypted_pdf: "):
        ngoclean.parse(pdfmake.encrypted_pdf())


@pytest.mark.parametrize("damage", ["truncated", "header only", "garbage", "no xref"])
def test_a_broken_pdf_gives_an_error_or_a_record_never_a_crash(damage: str,
                                                               pdfs: dict[str, bytes]) -> None:
    data = pdfs["one-column"]
    broken = {"truncated": data[: len(data) // 2], "header only": b"%PDF-1.4\n",
              "garbage": b"%PDF-1.7\n" + bytes(range(256)) * 40,
              "no xref": data.split(b"xref")[0]}[damage]
    try:
        rec = ngoclean.parse(broken)
    except ngoclean.PdfError as exc:
        assert str(exc).startswith(("pdf_unreadable: ", "encrypted_pdf: "))
    else:
        assert isinstance(rec.to_json(), str)


def test_without_pdf_support_a_pdf_is_refused_with_the_extra_to_install(
        monkeypatch: pytest.MonkeyPatch, pdfs: dict[str, bytes]) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    with pytest.raises(ngoclean.BinaryInputError, match=r"pip install 'ngoclean\[pdf\]'"):
        ngoclean.parse(pdfs["one-column"])


def test_repairs_and_dropped_lines_name_their_page(pdfs: dict[str, bytes]) -> None:
    rec = ngoclean.parse(pdfs["running-headers"]).to_dict()
    pages = {(d["text"], d["page"]) for d in rec["dropped"] if d["reason"] == "running_header"}
    assert pages == {("Joint submission on the right to water", 1), ("Page 1 of 3", 1),
                     ("Joint submission on the right to water", 2), ("Page 2 of 3", 2),
                     ("Joint submission on the right to water", 3), ("Page 3 of 3", 3)}
    assert len(rec["signatories"]) == 90
    assert all(r.get("page") for r in rec["repairs"] if r.get("block") is not None)


def test_the_pdfplumber_reader_gives_the_same_record(pdfs: dict[str, bytes]) -> None:
    pytest.importorskip("pdfplumber")
    from ngoclean.assemble import assemble
    from ngoclean.pdfpage import pdf_parts

    for name in ("one-column", "three-column-list", "table-list"):
        a = ngoclean.parse(pdfs[name])
        b = assemble(pdf_parts(pdfs[name], source=None, url=None, backend="pdfplumber"))
        assert (b.title, b.date, [s.name for s in b.signatories]) == (
            a.title, a.date, [s.name for s in a.signatories]), name


# -- attachments, WARC and folders --------------------------------------------------------

PAGE = (
    "<html><head><title>Joint letter on digital rights | Example NGO</title></head><body>"
    "<nav><a href='/annual-report.pdf'>Annual report</a></nav><article>"
    "<h1>Joint letter on digital rights</h1><p>4 April 2024</p>"
    f"<p>{pdfmake.LETTER}</p>"
    "<p>Download the letter: <a href='/files/letter.pdf'>English (PDF)</a> | "
    "<a href='/files/lettre-fr.pdf'>Français</a></p>"
    "</article><footer><a href='/privacy.pdf'>Privacy</a></footer></body></html>")


def test_a_page_lists_the_pdf_versions_it_links_in_its_text_not_in_its_menus() -> None:
    rec = ngoclean.parse(PAGE, url="https://ngo.example/news/letter")
    assert [a.to_dict() for a in rec.attachments] == [
        {"url": "https://ngo.example/files/letter.pdf", "text": "English (PDF)",
         "language": "en", "id": None},
        {"url": "https://ngo.example/files/lettre-fr.pdf", "text": "Français",
         "language": "fr", "id": None}]


def _warc(path: Path, pdf: bytes) -> None:
    responses = [
        ("https://ngo.example/news/letter", "text/html; charset=utf-8", PAGE.encode()),
        ("https://ngo.example/files/letter.pdf", "application/pdf", pdf),
    ]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, ctype, body in responses:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))


def _clean(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "ngoclean", "clean", *args],
                          capture_output=True, text=True, env=env, timeout=300)


def test_a_warc_with_a_letter_and_its_pdf_gives_two_linked_records(
        tmp_path: Path, pdfs: dict[str, bytes]) -> None:
    _warc(tmp_path / "crawl.warc.gz", pdfs["two-column-list"])
    out = tmp_path / "records.jsonl"
    proc = _clean(str(tmp_path / "crawl.warc.gz"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    page, pdf = (json.loads(x) for x in out.read_text(encoding="utf-8").splitlines())
    assert pdf["url"] == "https://ngo.example/files/letter.pdf" and pdf["crawled_at"]
    assert [s["name"] for s in pdf["signatories"]] == pdfmake.NAMES[:16]
    assert page["attachments"][0]["id"] == pdf["id"]
    assert page["attachments"][1]["id"] is None  # the French version was not crawled
    assert pdf["attachment_of"] == [page["id"]] and page["attachment_of"] == []
    assert "1 attachment link(s)" in proc.stderr
    assert not (tmp_path / "records.jsonl.linking").exists()


def test_a_folder_of_pdfs_cleans_in_parallel_with_one_line_per_input(
        tmp_path: Path, pdfs: dict[str, bytes]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    for name, data in pdfs.items():
        (folder / f"{name}.pdf").write_bytes(data)
    (folder / "broken.pdf").write_bytes(pdfs["one-column"][:300])
    (folder / "locked.pdf").write_bytes(pdfmake.encrypted_pdf())
    out = tmp_path / "records.jsonl"
    proc = _clean(str(folder), "-o", str(out), "--jobs", "2")
    assert proc.returncode == 1, proc.stderr  # two inputs failed, and said so
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(pdfs) + 2
    errors = {Path(d["source"]).name: d["error"] for d in lines if "error" in d}
    assert set(errors) == {"broken.pdf", "locked.pdf"}
    assert errors["locked.pdf"]["type"] == "PdfError"
    assert errors["locked.pdf"]["message"].startswith("encrypted_pdf: ")
    by_name = {Path(d["source"]).name: d for d in lines if "error" not in d}
    assert [s["name"] for s in by_name["three-column-list.pdf"]["signatories"]] == \
        pdfmake.NAMES


def test_explain_names_the_page_of_every_dropped_line(tmp_path: Path,
                                                      pdfs: dict[str, bytes]) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdfs["running-headers"])
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.run([sys.executable, "-m", "ngoclean", "explain", str(path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "SIGNATORIES: 90" in proc.stdout
    dropped = [x for x in proc.stdout.splitlines() if "running_header" in x]
    assert len(dropped) == 6 and all(" p1] " in x or " p2] " in x or " p3] " in x
                                     for x in dropped), dropped
