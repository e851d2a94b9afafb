"""Reading bytes: encodings, BOMs, binary and empty input."""

from __future__ import annotations

from pathlib import Path

import pytest

import ngoclean
from ngoclean.read import load

LETTER = ("Déclaration commune\n\nPublié le 3 février 2021\n\nLes organisations "
          "soussignées demandent la libération des défenseurs détenus arbitrairement.\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_decode_to_the_same_text(encoding: str) -> None:
    rec = ngoclean.parse(LETTER.encode(encoding))
    assert rec.title == "Déclaration commune"
    assert rec.date is not None and rec.date.isoformat() == "2021-02-03"
    assert "libération" in rec.body


def test_declared_html_charset_is_used() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 cr\xe8me</p>'
    doc = load(html.encode("latin-1"))
    assert "Café crème" in doc.text and doc.encoding == "cp1252"


def test_wrong_declared_charset_falls_back_with_a_problem() -> None:
    html = '<html><head><meta charset="us-ascii"></head><body><p>Café</p></body></html>'
    doc = load(html.encode("utf-8"))
    assert "Café" in doc.text
    assert [p.code for p in doc.problems] == ["wrong_charset"]


@pytest.mark.parametrize("data, error", [
    (b"", ngoclean.EmptyInputError),
    (b"   \n\t ", ngoclean.EmptyInputError),
    (b"\x89PNG\r\n\x1a\n\x00\x00", ngoclean.BinaryInputError),
    (b"%PDF-1.7\n", ngoclean.PdfError),  # a PDF that does not open as one
    (b"abc\x00def\x00", ngoclean.BinaryInputError),
    (b"\x1f\x8b\x08\x00", ngoclean.DecodingError),  # gzip cut before any content
])
def test_bad_bytes_raise_input_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        ngoclean.parse(data)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ngoclean.InputError, match="no such file"):
        ngoclean.parse(tmp_path / "missing.txt")
    with pytest.raises(ngoclean.InputError, match="directory"):
        ngoclean.parse(tmp_path)


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        ngoclean.parse(42)  # type: ignore[arg-type]


def test_crlf_line_endings() -> None:
    rec = ngoclean.parse(LETTER.replace("\n", "\r\n"))
    assert rec.title == "Déclaration commune"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    rec = ngoclean.parse(LETTER.encode(codec))
    assert rec.title == "Déclaration commune" and rec.language == "fr"
