"""A searchable archive in SQLite: FTS5 over title, body and signatories, and organisations.

>>> import ngoclean
>>> idx = Index(":memory:")
>>> rec = ngoclean.parse("Joint letter on press freedom\\n\\nDate: 2021-03-04\\n\\n"
...     "We call on the Council to protect journalists and to end reprisals against them.\\n\\n"
...     "Signatories:\\n\\nFront Line Defenders (FLD)\\nHuman Rights Watch\\nCIVICUS")
>>> idx.add([rec])
1
>>> [h.title for h in idx.search("journalists")]
['Joint letter on press freedom']
>>> [h.title for h in idx.search("protect", signatory="front line defenders")]
['Joint letter on press freedom']
>>> idx.add([rec])  # the same record again changes nothing
0
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import ErrorRecord
from .errors import BadQueryError, SearchIndexError
from .model import Record
from .textfold import fold_key

__all__ = ["BadQueryError", "Hit", "INDEX_SCHEMA_VERSION", "Index", "OrgCount", "SearchIndexError",
           "org_key", "plain_query"]

INDEX_SCHEMA_VERSION = "2"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    source TEXT, url TEXT, title TEXT, date TEXT, language TEXT,
    record TEXT NOT NULL,
    n_signatories INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_language ON documents(language);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, body, signatories, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS organisations (
    key TEXT PRIMARY KEY, name TEXT NOT NULL, acronym TEXT, country TEXT
);
CREATE TABLE IF NOT EXISTS signed (
    document INTEGER NOT NULL REFERENCES documents(rowid),
    position INTEGER NOT NULL,
    org TEXT NOT NULL REFERENCES organisations(key),
    name_as_listed TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (document, position)
);
CREATE INDEX IF NOT EXISTS signed_org ON signed(org);
"""

# What turns an index of schema N into one of schema N + 1, in one transaction. An
# index made by an older ngoclean is migrated when it is opened for writing; opened
# for reading only, it is an error that says so.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: ("ALTER TABLE documents ADD COLUMN n_signatories INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX IF NOT EXISTS documents_language ON documents(language)"),
}


def _fill_signatory_counts(db: sqlite3.Connection) -> None:
    """Schema 2's ``n_signatories`` of documents indexed before it existed."""
    rows = db.execute("SELECT rowid, record FROM documents").fetchall()
    db.executemany("UPDATE documents SET n_signatories = ? WHERE rowid = ?",
                   [(len(json.loads(rec).get("signatories") or []), rowid)
                    for rowid, rec in rows])


_ACRONYM_TAIL = re.compile(r"\s*\(([^()]{2,15})\)\s*$")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def org_key(name: str) -> str:
    """One key for the ways an organisation's name gets written.

    >>> org_key("Front Line Defenders (FLD)") == org_key("front-line  defenders")
    True
    >>> org_key("Comisión Colombiana de Juristas")
    'comision colombiana de juristas'
    """
    return fold_key(_ACRONYM_TAIL.sub("", name.strip()))


@dataclass(frozen=True)
class Hit:
    """A search result."""

    id: str
    title: str | None
    date: str | None
    source: str | None
    snippet: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "date": self.date, "source": self.source,
                "snippet": self.snippet, "score": self.score}


@dataclass(frozen=True)
class OrgCount:
    """An organisation and the number of letters it signed."""

    key: str
    name: str
    letters: int

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "letters": self.letters}


MAX_QUERY_CHARS = 2_000
MAX_QUERY_SECONDS = 10.0
_HYPHENATED = re.compile(r'"[^"]*"|(?<![\w*])(\w+(?:-\w+)+)(?![\w*])')
_PLAIN_TERM = re.compile(r'"([^"]*)"?(\*?)|(\w+(?:[-\'’.]\w+)*)(\*?)')
_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def quote_hyphenated(query: str) -> str:
    """An FTS5 query with each hyphenated word made a phrase (FTS5 would read the
    hyphen as syntax); quoted phrases and other syntax stay as they are.

    >>> quote_hyphenated('pre-trial detention OR "non-State actors" co-op*')
    '"pre-trial" detention OR "non-State actors" co-op*'
    """
    return _HYPHENATED.sub(lambda m: f'"{m.group(1)}"' if m.group(1) else m.group(), query)


def plain_query(query: str) -> str:
    """A search-box query made FTS5: every word must occur (hyphenated and
    apostrophed words as the phrase they are), ``"a phrase"`` and ``prefix*`` kept,
    ``OR`` in capitals between two terms kept; any other character is not syntax
    (an unclosed quote closes at the end). Empty when the query has no words.

    >>> plain_query('pre-trial detention OR "civic space" journalist* (NGO): AND')
    '"pre-trial" "detention" OR "civic space" "journalist"* "NGO" "AND"'
    >>> plain_query("x'); DROP TABLE documents; --")
    '"x" "DROP" "TABLE" "documents"'
    >>> plain_query('"unclosed phrase'), plain_query("?!")
    ('"unclosed phrase"', '')
    """
    terms: list[str] = []
    for m in _PLAIN_TERM.finditer(query):
        if m.group(3) == "OR" and terms and terms[-1] != "OR":
            terms.append("OR")
            continue
        text = m.group(1) if m.group(3) is None else m.group(3)
        star = m.group(2) if m.group(3) is None else m.group(4)
        words = " ".join(re.findall(r"\w+(?:[-'’.]\w+)*", text))
        if words:
            terms.append(f'"{words}"' + star)
    while terms and terms[-1] == "OR":
        terms.pop()
    return " ".join(terms)


def _day(text: str, what: str, *, end: bool = False) -> str:
    """A date bound: ``2020``, ``2020-05`` or ``2020-05-17``, checked.

    >>> _day("2020-05", "since"), _day("2020", "until", end=True)
    ('2020-05-01', '2020-12-31')
    """
    m = _DAY.match(text.strip())
    if not m:
        raise BadQueryError(f"--{what} {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(int(year), int(month), int(day)).isoformat()
        if month:
            first = dt.date(int(year), int(month), 1)
            if not end:
                return first.isoformat()
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return (nxt - dt.timedelta(days=1)).isoformat()
        return f"{year}-12-31" if end else f"{year}-01-01"
    except ValueError:
        raise BadQueryError(f"--{what} {text!r} is not a date") from None


BUSY_SECONDS = 60.0
_RETRIES = 12


class Index:
    """An SQLite search index of records (a file path, or ``":memory:"``).

    ``readonly`` opens an existing index for reading only (``search``, ``orgs``): a
    missing file is an error, never created. A database that is not an ngoclean index
    (another program's SQLite file) is refused either way, never altered.

    >>> Index("missing.sqlite", readonly=True)
    Traceback (most recent call last):
    ...
    ngoclean.errors.SearchIndexError: missing.sqlite: no such index
    """

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = path
        self.duplicates = self.errors = 0
        self.migrated_from: int | None = None
        if readonly and path != ":memory:" and not Path(path).is_file():
            raise SearchIndexError(f"{path}: no such index")
        try:
            # Another writer holds the database for a while (two `ngoclean index` runs
            # into one file): wait for it rather than fail.
            if readonly and path != ":memory:":
                uri = Path(path).resolve().as_uri() + "?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS)
            else:
                self.db = sqlite3.connect(path, timeout=BUSY_SECONDS)
            self.db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            tables = {r[0] for r in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        except sqlite3.DatabaseError as exc:
            raise SearchIndexError(f"{path}: not a usable ngoclean index ({exc})") from exc
        if (tables and "meta" not in tables) or (readonly and not tables):
            self.db.close()
            raise SearchIndexError(f"{path}: not an ngoclean index (it holds tables "
                                   f"{', '.join(sorted(tables)[:5]) or 'none'}); left as it is")
        try:
            if readonly:
                row = self.db.execute(
                    "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                self._check_version(row, readonly=True)
            else:
                self._prepare()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise SearchIndexError(f"{path}: not a usable ngoclean index ({exc})") from exc
        except SearchIndexError:
            self.db.close()
            raise

    def _check_version(self, row: tuple[Any, ...] | None, *, readonly: bool) -> int:
        """The schema version of a ``meta`` row, refused when this ngoclean cannot use
        it (newer, unknown, or older when opened for reading only)."""
        try:
            version = int(row[0]) if row else 0
        except (TypeError, ValueError):
            version = 0
        current = int(INDEX_SCHEMA_VERSION)
        if version < 1 or version > current:
            made = "a newer ngoclean" if version > current else "an unknown program"
            raise SearchIndexError(
                f"{self.path}: index schema {row[0] if row else 'unknown'} (made by {made}); "
                f"this ngoclean reads schema {current}; left as it is")
        if version < current and readonly:
            raise SearchIndexError(
                f"{self.path}: index schema {version} is older than this ngoclean's "
                f"{current}; `ngoclean index --db {self.path}` migrates it (nothing is "
                "read again)")
        return version

    def _prepare(self) -> None:
        """Create the tables of a new index, or migrate an older one, under the write
        lock (two writers opening one new file at once create it once)."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            has_meta = self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
            if not has_meta:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)",
                                (INDEX_SCHEMA_VERSION,))
                return
            row = self.db.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = self._check_version(row, readonly=False)
            if version == int(INDEX_SCHEMA_VERSION):
                return
            self.migrated_from = version
            for step in range(version, int(INDEX_SCHEMA_VERSION)):
                for statement in _MIGRATIONS[step]:
                    self.db.execute(statement)
                if step == 1:
                    _fill_signatory_counts(self.db)
            self.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                            (INDEX_SCHEMA_VERSION,))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, records: Iterable[Record | ErrorRecord | dict[str, Any]], *,
            batch: int = 500) -> int:
        """Add records not indexed yet (by id); returns how many were new. What
        :func:`ngoclean.parse_many` yields can be given as it is: error records (pages
        that could not be read) are passed over. After a call, ``duplicates`` and
        ``errors`` count the records already indexed and the error records passed over.

        Records are written ``batch`` at a time, each batch in one transaction that takes
        the write lock at once; a batch that meets another writer's lock waits and is
        tried again (adding is idempotent by id), so two writers into one index lose
        nothing.
        """
        new = 0
        self.duplicates = self.errors = 0
        chunk: list[Record | ErrorRecord | dict[str, Any]] = []
        for rec in records:
            chunk.append(rec)
            if len(chunk) >= batch:
                new += self._add_batch(chunk)
                chunk = []
        if chunk:
            new += self._add_batch(chunk)
        return new

    def _add_batch(self, chunk: list[Record | ErrorRecord | dict[str, Any]]) -> int:
        for attempt in range(_RETRIES):
            try:
                return self._write(chunk)
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise SearchIndexError(f"cannot write the index: {exc}") from exc
                if attempt == _RETRIES - 1:
                    raise SearchIndexError(
                        f"index busy for too long (another writer?): {exc}") from exc
                time.sleep(min(2.0, 0.05 * 2 ** attempt))
        return 0  # pragma: no cover - the loop returns or raises

    def _write(self, chunk: list[Record | ErrorRecord | dict[str, Any]]) -> int:
        new = duplicates = errors = 0
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")  # the write lock first: no upgrade deadlock
            for rec in chunk:
                d = rec if isinstance(rec, dict) else rec.to_dict()
                if "error" in d or not d.get("id"):
                    errors += 1
                    continue
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO documents (id, source, url, title, date, language, "
                    "record, n_signatories) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (d["id"], d.get("source"), d.get("url"), d.get("title"), d.get("date"),
                     d.get("language"), json.dumps(d, ensure_ascii=False),
                     len(d.get("signatories") or [])))
                if cur.rowcount == 0:
                    duplicates += 1
                    continue
                rowid = cur.lastrowid
                sigs = d.get("signatories") or []
                self.db.execute(
                    "INSERT INTO documents_fts (rowid, title, body, signatories) "
                    "VALUES (?, ?, ?, ?)",
                    (rowid, d.get("title") or "", d.get("body") or "",
                     "\n".join(s["name"] for s in sigs)))
                for pos, s in enumerate(sigs):
                    key = org_key(s["name"])
                    if not key:
                        continue
                    self.db.execute(
                        "INSERT OR IGNORE INTO organisations (key, name, acronym, country) "
                        "VALUES (?, ?, ?, ?)", (key, s["name"], s.get("acronym"),
                                                s.get("country")))
                    self.db.execute("INSERT INTO signed VALUES (?, ?, ?, ?, ?)",
                                    (rowid, pos, key, s["name"], s.get("kind", "organisation")))
                new += 1
        self.duplicates += duplicates  # counted once the batch is written
        self.errors += errors
        return new

    def search(self, query: str, *, signatory: str | None = None, since: str | None = None,
               until: str | None = None, language: str | None = None,
               min_signatories: int = 0, limit: int = 10, fts: bool = False,
               max_seconds: float = MAX_QUERY_SECONDS) -> list[Hit]:
        """Documents matching a query, best first (bm25), with a one-line snippet.

        The query is plain words (see :func:`plain_query`): every word must occur,
        ``"a phrase"``, ``prefix*`` and ``a OR b`` work, and no other character is
        syntax, so ``pre-trial`` or ``NGO's`` are searched as written. ``fts=True``
        takes the query as raw FTS5 syntax instead (``NEAR(a b, 5)``, ``title:word``,
        ``NOT``). ``signatory`` is an organisation's name, acronym or the start of its
        name (``FLD``, ``amnesty``): an error when no organisation of the index
        matches. ``since`` and ``until`` are dates (``YYYY``, ``YYYY-MM`` or
        ``YYYY-MM-DD``); ``language`` a language code; ``min_signatories`` keeps
        letters with at least that many signatories. A query running longer than
        ``max_seconds`` is stopped with an error.
        """
        if len(query) > MAX_QUERY_CHARS:
            raise BadQueryError(f"search query over {MAX_QUERY_CHARS} characters")
        match = query if fts else plain_query(query)
        if not match.strip():
            raise BadQueryError(f"search query {query!r} has no words")
        sql = ["SELECT d.id, d.title, d.date, d.source, "
               "snippet(documents_fts, -1, '[', ']', '…', 16), bm25(documents_fts) "
               "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
               "WHERE documents_fts MATCH ?"]
        args: list[Any] = [match]
        if signatory:
            keys = self.org_keys(signatory)
            if not keys:
                raise SearchIndexError(f"no organisation in the index matches {signatory!r}")
            sql.append(f"AND d.rowid IN (SELECT document FROM signed WHERE org IN "
                       f"({', '.join('?' * len(keys))}))")
            args.extend(keys)
        if since:
            sql.append("AND d.date >= ?")
            args.append(_day(since, "since"))
        if until:
            sql.append("AND d.date <= ?")
            args.append(_day(until, "until", end=True))
        if language:
            sql.append("AND d.language = ?")
            args.append(language.strip().lower())
        if min_signatories > 0:
            sql.append("AND d.n_signatories >= ?")
            args.append(min_signatories)
        sql.append("ORDER BY bm25(documents_fts) LIMIT ?")
        args.append(limit)
        rows = self._bounded(" ".join(sql), args, max_seconds, f"search query {query!r}")
        return [Hit(a, b, c, d, " ".join(e.split()), f) for a, b, c, d, e, f in rows]

    def _bounded(self, sql: str, args: list[Any], max_seconds: float,
                 what: str) -> list[Any]:
        """Rows of a query stopped once it has run ``max_seconds``."""
        deadline = time.monotonic() + max_seconds
        self.db.set_progress_handler(lambda: int(time.monotonic() > deadline), 100)
        try:
            return self.db.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise SearchIndexError(f"{what} stopped after {max_seconds:g} s; narrow it "
                                       "(more words, --since, --signatory)") from None
            raise BadQueryError(f"bad {what}: {exc}") from None
        finally:
            self.db.set_progress_handler(None, 0)

    def org_keys(self, name: str) -> list[str]:
        """The organisations a name stands for: the same name folded, an acronym, or
        else every organisation whose folded name starts with it (at most 50)."""
        key = org_key(name)
        if not key:
            return []
        rows = self.db.execute("SELECT key FROM organisations WHERE key = ? OR acronym = ? "
                               "COLLATE NOCASE", (key, name.strip())).fetchall()
        if not rows:
            rows = self.db.execute("SELECT key FROM organisations WHERE key >= ? AND key < ? "
                                   "LIMIT 50", (key, key + "\U0010ffff")).fetchall()
        return sorted({r[0] for r in rows})

    def orgs(self, *, top: int = 20, max_seconds: float = MAX_QUERY_SECONDS) -> list[OrgCount]:
        """Organisations by the number of letters they signed."""
        rows = self._bounded(
            "SELECT o.key, o.name, COUNT(DISTINCT s.document) AS n FROM organisations o "
            "JOIN signed s ON s.org = o.key GROUP BY o.key ORDER BY n DESC, o.key LIMIT ?",
            [top], max_seconds, "organisation count")
        return [OrgCount(*row) for row in rows]

    def cosigners(self, name: str, *, top: int = 20,
                  max_seconds: float = MAX_QUERY_SECONDS) -> list[OrgCount]:
        """Organisations that signed the same letters as ``name`` (its name, acronym or
        the start of its name, as for :meth:`search`), most often first."""
        keys = self.org_keys(name)
        if not keys:
            raise SearchIndexError(f"no organisation in the index matches {name!r}")
        rows = self._bounded(
            "SELECT o.key, o.name, COUNT(DISTINCT b.document) AS n FROM signed a "
            "JOIN signed b ON a.document = b.document AND b.org NOT IN "
            f"({', '.join('?' * len(keys))}) "
            "JOIN organisations o ON o.key = b.org WHERE a.org IN "
            f"({', '.join('?' * len(keys))}) "
            "GROUP BY o.key ORDER BY n DESC, o.key LIMIT ?", [*keys, *keys, top],
            max_seconds, "co-signer count")
        return [OrgCount(*row) for row in rows]

    def count(self) -> int:
        """Number of documents."""
        return int(self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
