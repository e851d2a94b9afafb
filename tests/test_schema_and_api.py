"""Records validate against the published JSON Schema; the public API behaves as documented."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import ngoclean
from conftest import FIXTURES

SCHEMA = json.loads(resources.files("ngoclean").joinpath("schema/record.schema.json").read_text())
PAGES = sorted((FIXTURES / "text").glob("*.txt")) + sorted((FIXTURES / "html").glob("*.html")) \
    + [FIXTURES / "seed" / "imadr-2015-hrd-letter.txt"]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_record_matches_schema(page: Path) -> None:
    jsonschema.validate(ngoclean.parse(page).to_dict(), SCHEMA)


def test_public_api_exports() -> None:
    for name in ngoclean.__all__:
        assert hasattr(ngoclean, name)
    assert {"parse", "repair", "replay", "Record", "NgocleanError", "InputError"} <= set(
        ngoclean.__all__)


def test_str_bytes_and_path_give_the_same_record(tmp_path: Path) -> None:
    page = FIXTURES / "text" / "fr-fidh-style.txt"
    from_path = ngoclean.parse(page)
    from_bytes = ngoclean.parse(page.read_bytes())
    from_str = ngoclean.parse(page.read_text(encoding="utf-8"))
    assert from_path.id == from_bytes.id == from_str.id
    assert from_path.source == str(page) and from_bytes.source is None


def test_url_is_kept_and_id_is_content_only() -> None:
    text = (FIXTURES / "text" / "de-datum-numeric.txt").read_text(encoding="utf-8")
    a = ngoclean.parse(text, url="https://example.org/a")
    b = ngoclean.parse(text)
    assert a.url == "https://example.org/a" and b.url is None
    assert a.id == b.id


def test_output_does_not_depend_on_earlier_calls() -> None:
    page = FIXTURES / "text" / "en-wrapped-lynx.txt"
    first = ngoclean.parse(page).to_dict()
    for other in PAGES:
        ngoclean.parse(other)
    assert ngoclean.parse(page).to_dict() == first


def test_html_goes_through_the_text_path() -> None:
    html = ("<html><head><title>x</title></head><body><p>Home &gt; News &gt; Letters</p>"
            "<h1>Joint letter on press freedom in the region</h1><p>Date: 2020-02-03</p>"
            "<p>We call on the authorities to release every journalist held for their work, "
            "and to repeal the laws used against them.</p><p>Signatories:</p>"
            "<p>Reporters Without Borders<br>Committee to Protect Journalists<br>"
            "PEN International</p></body></html>")
    rec = ngoclean.parse(html.encode("utf-8"))
    assert rec.title == "Joint letter on press freedom in the region"
    assert rec.date is not None and rec.date.isoformat() == "2020-02-03"
    assert [s.name for s in rec.signatories] == [
        "Reporters Without Borders", "Committee to Protect Journalists", "PEN International"]
    assert "Home" not in rec.body


def test_repaired_is_a_string_with_repairs() -> None:
    fixed = ngoclean.repair("a\u00a0b")
    assert str(fixed) == "a b" and fixed.repairs[0].step == "odd_space"


def test_markup_title_is_repaired_and_audited() -> None:
    page = ("<html><head><title>Statement on non-\u2010State actors | Network</title></head>"
            "<body><p>We, the undersigned organisations, call on the Council to address "
            "attacks on defenders by non-State actors, businesses included.</p></body></html>")
    rec = ngoclean.parse(page)
    assert rec.title == "Statement on non-State actors"
    title_repairs = [r for r in rec.repairs if r.field == "title"]
    assert [(r.step, r.before, r.after) for r in title_repairs] == [
        ("broken_hyphen", "-\u2010", "-")]
    assert ngoclean.replay("Statement on non-\u2010State actors", title_repairs) == rec.title


def test_every_label_the_library_can_write_is_listed() -> None:
    from ngoclean import labels, meta

    for key in (*meta._PUBLISHED_META, *meta._MODIFIED_META):
        assert f"meta:{key}" in labels.DATE_SOURCES, key
    assert labels.LINE_SOURCES <= labels.DATE_SOURCES
    from ngoclean.pagedate import LEAVES_BODY

    assert LEAVES_BODY <= labels.DATE_SOURCES and "dateline" not in LEAVES_BODY


def test_every_exception_is_in_the_tree_and_exported() -> None:
    import inspect

    from ngoclean import errors

    for name, obj in vars(errors).items():
        if inspect.isclass(obj) and issubclass(obj, Exception):
            assert issubclass(obj, ngoclean.NgocleanError), name
            assert getattr(ngoclean, name) is obj, name


def test_records_are_assembled_in_one_place() -> None:
    """Every front end ends in ngoclean.assemble: no other module builds a Record."""
    import re

    src = Path(ngoclean.__file__).parent
    builders = sorted(p.name for p in src.glob("*.py")
                      if re.search(r"(?<![\w.])Record\(", p.read_text(encoding="utf-8"))
                      and p.name not in ("model.py",))
    assert builders == ["assemble.py"]
