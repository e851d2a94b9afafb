"""Markdown and plain-text renderings of a record: headings, lists, quotations and
paragraphs kept, text that would read as Markdown escaped, the signatory list last."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import ngoclean
from ngoclean.model import Record
from ngoclean.render import render, to_markdown, to_text

SRC = Path(__file__).parent.parent / "src"

PAGE = (
    '<html><head><title>Joint letter on detention | Example Network</title>\n'
    '<meta property="article:published_time" '
    'content="2023-05-04T10:00:00Z"></head>\n'
    '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>\n'
    '<article><h1>Joint letter: end arbitrary detention of defenders</h1>\n'
    '<p>We, the undersigned organisations, write to urge the government to '
    'release every human rights defender held for peaceful work.</p>\n'
    '<h2>What we ask</h2>\n'
    '<ul><li>Release all defenders held for their work.</li><li>Repeal the 2019 '
    'law on associations.</li></ul>\n'
    '<blockquote><p>No one shall be subjected to arbitrary '
    'arrest.</p></blockquote>\n'
    '<p># 1 priority: access to lawyers and families, without delay and without '
    'conditions.</p>\n'
    '<h3>Signatories</h3>\n'
    '<ul><li>Front Line Defenders</li><li>Human Rights Watch</li><li>World '
    'Organisation Against Torture (OMCT)</li></ul>\n'
    '</article><footer>Copyright 2023 Example Network</footer></body></html>\n'
)

MARKDOWN = (
    '# Joint letter: end arbitrary detention of defenders\n'
    '\n'
    '*2023-05-04*\n'
    '\n'
    'We, the undersigned organisations, write to urge the government to release '
    'every human rights defender held for peaceful work.\n'
    '\n'
    '## What we ask\n'
    '\n'
    '- Release all defenders held for their work.\n'
    '- Repeal the 2019 law on associations.\n'
    '\n'
    '> No one shall be subjected to arbitrary arrest.\n'
    '\n'
    '\\# 1 priority: access to lawyers and families, without delay and without '
    'conditions.\n'
    '\n'
    '## Signatories\n'
    '\n'
    '- Front Line Defenders\n'
    '- Human Rights Watch\n'
    '- World Organisation Against Torture (OMCT)\n'
)

TEXT = (
    'Joint letter: end arbitrary detention of defenders\n'
    '\n'
    'We, the undersigned organisations, write to urge the government to release '
    'every human rights defender held for peaceful work.\n'
    '\n'
    'What we ask\n'
    '\n'
    '- Release all defenders held for their work.\n'
    '- Repeal the 2019 law on associations.\n'
    '\n'
    'No one shall be subjected to arbitrary arrest.\n'
    '\n'
    '# 1 priority: access to lawyers and families, without delay and without '
    'conditions.\n'
    '\n'
    'Front Line Defenders\n'
    'Human Rights Watch\n'
    'World Organisation Against Torture (OMCT)\n'
)


def test_markdown_keeps_headings_lists_and_quotations() -> None:
    rec = ngoclean.parse(PAGE)
    assert rec.body_kinds == ["p", "h2", "li", "li", "quote", "p"]
    assert rec.to_markdown() == MARKDOWN
    assert rec.to_text() == TEXT


def test_rendering_a_written_record_gives_the_same() -> None:
    rec = ngoclean.parse(PAGE)
    line = json.loads(rec.to_json())
    assert to_markdown(line) == MARKDOWN and render(line, "txt") == TEXT
    assert Record.from_dict(line).body_kinds == rec.body_kinds


def test_text_pages_and_older_records_are_all_paragraphs() -> None:
    rec = ngoclean.parse("A title of a text dump\n\n- not a list item of markup\n\n"
                         "1. nor this one, a numbered line of the dump itself")
    assert rec.body_kinds == []
    md = rec.to_markdown()
    assert "\\- not a list item" in md and "1\\. nor this one" in md
    old = {"title": "T", "body": "a\n\nb", "body_kinds": ["li"]}  # does not match: ignored
    assert to_markdown(old) == "# T\n\na\n\nb\n"


def test_plain_text_is_left_as_it_is() -> None:
    rec = {"title": "Title", "body": "Plain words, a rate of 5 * 3 and an_underscore.",
           "signatories": []}
    assert to_markdown(rec) == "# Title\n\nPlain words, a rate of 5 * 3 and an_underscore.\n"
    assert to_text(rec) == "Title\n\nPlain words, a rate of 5 * 3 and an_underscore.\n"


def test_parse_format_markdown_of_several_files(tmp_path: Path) -> None:
    page = tmp_path / "letter.html"
    page.write_text(PAGE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.run([sys.executable, "-m", "ngoclean", "parse", "--format", "markdown",
                           str(page), str(page)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == MARKDOWN + "\n---\n\n" + MARKDOWN
