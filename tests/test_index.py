"""The SQLite search index and the Elasticsearch bulk export, built from fixture records."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ngoclean
from conftest import FIXTURES
from ngoclean.esbulk import bulk_lines
from ngoclean.index import INDEX_SCHEMA_VERSION, BadQueryError, Index, SearchIndexError, org_key

SRC = Path(__file__).parent.parent / "src"
PAGES = sorted((FIXTURES / "html").glob("*.html")) + sorted((FIXTURES / "text").glob("*.txt"))


@pytest.fixture(scope="module")
def records() -> list[ngoclean.Record]:
    return [ngoclean.parse(p) for p in PAGES]


@pytest.fixture
def index(records: list[ngoclean.Record]) -> Index:
    idx = Index(":memory:")
    assert idx.add(records) == len({r.id for r in records})
    return idx


def test_phrase_prefix_and_ranking(index: Index) -> None:
    hits = index.search('"civic space"')
    titles = {h.title for h in hits}
    assert {"Joint NGO letter: Protect civic space in Cambodia",
            "Joint letter: protect civic space in the Sahel"} <= titles
    # Every hit holds the phrase, and no record without it is returned.
    assert all("[civic space]" in h.snippet.lower() for h in hits)
    assert "Statement on the closure of Radio Dabanga" not in titles
    prefix = {h.title for h in index.search("journalist*")}
    assert "Statement on the closure of Radio Dabanga" in prefix
    assert all(a.score <= b.score for a, b in zip(hits, hits[1:], strict=False))


def test_accents_are_folded(index: Index) -> None:
    assert index.search("liberation") and index.search("libération")


def test_signatory_filter_and_dates(index: Index) -> None:
    titles = {h.title for h in index.search("rights OR droits OR derechos", limit=50,
                                            signatory="amnesty international")}
    assert "Joint letter: protect civic space in the Sahel" in titles
    assert all(t != "New report documents abuses in garment factories" for t in titles)
    dated = index.search("rights OR droits OR derechos", since="2020-01-01",
                         until="2021-12-31", limit=50)
    assert dated and all("2020-01-01" <= (h.date or "") <= "2021-12-31" for h in dated)


def test_reindexing_changes_nothing(index: Index, records: list[ngoclean.Record]) -> None:
    n = index.count()
    assert index.add(records) == 0
    assert index.count() == n


def test_organisations_and_cosigners(index: Index) -> None:
    top = index.orgs(top=5)
    assert top and top[0].letters >= top[-1].letters
    names = {o.key for o in index.orgs(top=500)}
    assert org_key("Human Rights Watch") in names
    co = index.cosigners("Human Rights Watch", top=100)
    assert any(c.key == org_key("Amnesty International") for c in co)


def test_org_keys_fold_variants() -> None:
    assert org_key("Front Line Defenders (FLD)") == org_key("FRONT LINE DEFENDERS")
    assert org_key("Comité de Familiares") == org_key("Comite de  Familiares")
    assert org_key("Women’s Refugee Commission") == org_key("Women's Refugee Commission")
    assert org_key("ARTICLE 19") != org_key("ARTICLE 20")


def test_bad_query_is_a_clear_error(index: Index) -> None:
    with pytest.raises(BadQueryError, match="bad search query"):
        index.search('"unbalanced', fts=True)
    with pytest.raises(BadQueryError):  # parameterised: only a bad FTS query
        index.search("x'); DROP TABLE documents; --", fts=True)
    with pytest.raises(BadQueryError, match="has no words"):
        index.search("?! --")
    # Plain words (the default): nothing a user types is syntax, nothing is an error.
    for query in ('"unbalanced', "x'); DROP TABLE documents; --", "NGO's (joint) letter:",
                  "AND", "rights NOT", "NEAR(civic space)", "title:civic"):
        assert isinstance(index.search(query), list), query
    assert index.count() > 0


def test_not_an_index_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(SearchIndexError):
        Index(str(bad))


def _check(value: object, spec: dict) -> None:
    kind = spec.get("type", "object")
    if value is None:
        return
    if kind in ("text", "keyword"):
        assert isinstance(value, str) or (isinstance(value, list) and all(
            isinstance(v, str) for v in value))
    elif kind == "date":
        assert isinstance(value, str) and value[:4].isdigit()
    elif kind in ("nested", "object"):
        for item in value if isinstance(value, list) else [value]:
            assert set(item) <= set(spec["properties"]), set(item) - set(spec["properties"])
            for k, v in item.items():
                _check(v, spec["properties"][k])


def test_bulk_file_matches_the_mapping(records: list[ngoclean.Record]) -> None:
    mapping = json.loads((Path(__file__).parent.parent / "docs" / "es-mapping.json")
                         .read_text())["mappings"]
    for rec in records:
        action, doc = bulk_lines(rec.to_dict(), index="letters")
        a, d = json.loads(action), json.loads(doc)
        assert a == {"index": {"_index": "letters", "_id": rec.id}}
        assert set(d) <= set(mapping["properties"])
        for key, value in d.items():
            _check(value, mapping["properties"][key])


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "ngoclean", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_three_commands_from_pages_to_answers(tmp_path: Path) -> None:
    recs, db = tmp_path / "r.jsonl", tmp_path / "a.sqlite"
    run("clean", str(FIXTURES / "html"), "--include", "*.html", "-o", str(recs), "--quiet")
    first = run("index", str(recs), "--db", str(db))
    pages = len(list((FIXTURES / "html").glob("*.html")))
    assert first.returncode == 0 and f"{pages} new records" in first.stderr
    again = run("index", str(recs), "--db", str(db))
    assert "0 new records" in again.stderr
    found = run("search", str(db), "civic", "--json")
    assert json.loads(found.stdout.splitlines()[0])["title"].startswith("Joint letter")
    orgs = run("orgs", str(db), "--top", "3")
    assert orgs.returncode == 0 and len(orgs.stdout.splitlines()) == 3
    bad = run("search", str(db), '"oops', "--fts")
    assert bad.returncode == 2 and "bad search query" in bad.stderr
    assert "Traceback" not in bad.stderr
    plain = run("search", str(db), '"oops')  # plain words: the phrase "oops", no hit
    assert plain.returncode == 0 and plain.stdout == ""
    raw = run("search", str(db), "civic NOT sahel", "--fts", "--json")
    raw_titles = [json.loads(line)["title"] for line in raw.stdout.splitlines()]
    assert raw_titles and not any("Sahel" in t for t in raw_titles)
    for args in (["--since", "yesterday"], ["--limit", "0"], ["--max-seconds", "-1"]):
        usage = run("search", str(db), "civic", *args)
        assert usage.returncode == 2 and "Traceback" not in usage.stderr, args
    bulk = tmp_path / "bulk.ndjson"
    run("export", str(recs), "--format", "es-bulk", "-o", str(bulk))
    assert len(bulk.read_text().splitlines()) == 2 * pages  # an action line and a document


def test_search_and_orgs_never_create_or_alter_a_database(tmp_path: Path) -> None:
    import sqlite3

    missing = tmp_path / "missing.sqlite"
    for args in (["search", str(missing), "rights"], ["orgs", str(missing)]):
        proc = run(*args)
        assert proc.returncode == 2 and "no such index" in proc.stderr
        assert "Traceback" not in proc.stderr and not missing.exists()
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE customers (name TEXT)")
    before = other.read_bytes()
    for args in (["search", str(other), "rights"], ["orgs", str(other)],
                 ["index", str(FIXTURES / "text" / "fr-fidh-style.txt"), "--db", str(other)]):
        proc = run(*args)
        assert proc.returncode == 2 and "not an ngoclean index" in proc.stderr, proc.stderr
    assert other.read_bytes() == before


def test_index_skips_bad_lines_and_says_where(tmp_path: Path,
                                              records: list[ngoclean.Record]) -> None:
    good = [json.dumps(r.to_dict(), ensure_ascii=False) for r in records[:3]]
    error = json.dumps({"source": "x.html", "error": {"type": "EmptyInputError",
                                                       "message": "x.html: empty"}})
    lines = [good[0], "{not json", '["a", "list"]', error, good[1], good[1], "[" * 5000,
             good[2][: len(good[2]) // 2]]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "i.sqlite"
    proc = run("index", str(path), "--db", str(db))
    assert proc.returncode == 1, proc.stderr  # some lines were not records
    for number in (2, 3, 7, 8):
        assert f"{path}:{number}: " in proc.stderr
    assert "2 new records" in proc.stderr and "1 already in it" in proc.stderr
    assert "1 error lines and 4 bad lines skipped" in proc.stderr
    assert run("search", str(db), "the", "--json").returncode == 0


def test_index_add_takes_what_parse_many_yields(tmp_path: Path) -> None:
    pages = [PAGES[0], tmp_path / "missing.html", PAGES[1]]
    with Index(":memory:") as idx:
        assert idx.add(ngoclean.parse_many(pages)) == 2
        assert idx.errors == 1 and idx.count() == 2


def test_hyphenated_words_acronyms_name_starts_and_dates(index: Index) -> None:
    hits = index.search("non-State")  # FTS5 alone: a syntax error
    assert [h.title for h in hits] == ["Joint statement on non-State actors and civic space"]
    assert all("\n" not in h.snippet for h in index.search('"human rights"', limit=50))
    by_acronym = index.search("loi", signatory="RSF", limit=50)
    by_name = index.search("loi", signatory="Reporters sans frontières", limit=50)
    assert by_acronym and [h.id for h in by_acronym] == [h.id for h in by_name]
    assert len(index.org_keys("amnesty")) >= 3  # every Amnesty section of the fixtures
    with pytest.raises(SearchIndexError, match="no organisation"):
        index.search("rights", signatory="Nonexistent Organisation Of Nowhere")
    with pytest.raises(SearchIndexError, match="not a date"):
        index.search("rights", since="yesterday")
    assert index.search("rights", since="2016", until="2016-03", limit=50) == \
        index.search("rights", since="2016-01-01", until="2016-03-31", limit=50)


def test_language_and_list_size_filters(index: Index, records: list[ngoclean.Record]) -> None:
    french = index.search("droits", language="fr", limit=50)
    assert french and {r.language for r in records if r.id in {h.id for h in french}} == {"fr"}
    big = index.search("letter", min_signatories=20, limit=50)
    sizes = {r.id: len(r.signatories) for r in records}
    assert big and all(sizes[h.id] >= 20 for h in big)
    assert len(big) < len(index.search("letter", limit=50))


def test_a_query_is_stopped_after_its_time(index: Index) -> None:
    with pytest.raises(SearchIndexError, match="stopped after"):
        index.search("rights OR droits OR letter OR civic", max_seconds=1e-9)
    with pytest.raises(SearchIndexError, match="stopped after"):
        index.orgs(max_seconds=1e-9)
    assert index.search("civic")  # the connection still answers afterwards


def _make_schema_1(path: Path, records: list[ngoclean.Record]) -> None:
    """An index as ngoclean's schema 1 wrote it (no signatory count column)."""
    import sqlite3

    with Index(str(path)) as idx:
        idx.add(records)
    with sqlite3.connect(path) as con:
        con.execute("DROP INDEX documents_language")
        con.execute("ALTER TABLE documents DROP COLUMN n_signatories")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")


def test_an_older_index_is_migrated_when_written_and_refused_when_read(
        tmp_path: Path, records: list[ngoclean.Record]) -> None:
    import sqlite3

    db = tmp_path / "old.sqlite"
    _make_schema_1(db, records)
    before = db.read_bytes()
    read = run("search", str(db), "civic")
    assert read.returncode == 2 and "older than this ngoclean" in read.stderr
    assert "ngoclean index --db" in read.stderr and db.read_bytes() == before
    migrate = run("index", "--db", str(db))
    assert migrate.returncode == 0, migrate.stderr
    assert f"migrated from index schema 1 to {INDEX_SCHEMA_VERSION}" in migrate.stderr
    with Index(str(db), readonly=True) as idx:
        assert idx.count() == len({r.id for r in records})
        big = idx.search("letter", min_signatories=20, limit=50)
        sizes = {r.id: len(r.signatories) for r in records}
        assert big and all(sizes[h.id] >= 20 for h in big)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    newer = db.read_bytes()
    for args in (["search", str(db), "civic"], ["index", "--db", str(db)]):
        proc = run(*args)
        assert proc.returncode == 2 and "newer ngoclean" in proc.stderr, proc.stderr
    assert db.read_bytes() == newer


def test_stats_of_a_records_file(tmp_path: Path, records: list[ngoclean.Record]) -> None:
    path = tmp_path / "records.jsonl"
    error = {"source": "x.png", "error": {"type": "BinaryInputError", "message": "PNG"}}
    lines = [json.dumps(r.to_dict()) for r in records] + [json.dumps(error),
                                                          json.dumps(records[0].to_dict())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run("stats", str(path), "--json", "--top", "3")
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    unique = {r.id: r for r in records}
    assert got["records"] == len(unique) and got["duplicates"] == len(records) - len(unique) + 1
    assert got["errors"] == {"BinaryInputError": 1}
    assert sum(got["languages"].values()) == sum(got["years"].values()) == len(unique)
    assert got["letters"] == sum(1 for r in unique.values() if r.signatories)
    assert got["signatures"] == sum(len(r.signatories) for r in unique.values())
    top = got["top_organisations"]
    assert len(top) == 3 and top[0]["letters"] >= top[1]["letters"] >= top[2]["letters"]
    signed = sum(1 for r in unique.values()
                 if any(org_key(s.name) == org_key(top[0]["name"]) for s in r.signatories))
    assert top[0]["letters"] == signed
    text = run("stats", str(path), "--top", "3").stdout
    assert text.splitlines()[0].startswith(f"records    {len(unique)} (and 1 error lines")
