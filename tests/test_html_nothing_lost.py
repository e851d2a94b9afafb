"""Nothing is silently lost from an HTML page: every word of every block the page is read
into (furniture included) ends in the title, the body, a signatory's raw text or a
``dropped`` entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import ngoclean
from conftest import FIXTURES
from ngoclean.htmlblocks import html_blocks, parse_html
from ngoclean.read import decode
from ngoclean.repairs import repair_chars

_WORD = regex.compile(r"[\p{L}\p{N}]+")
PAGES = sorted((FIXTURES / "html").glob("*.html"))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_word_of_an_html_fixture_is_accounted_for(page: Path) -> None:
    raw = page.read_bytes()
    rec = ngoclean.parse(raw)
    accounted = _words(" ".join([rec.title or "", rec.body]
                                + [s.raw for s in rec.signatories]
                                + [d.text for d in rec.dropped]))
    for block in html_blocks(parse_html(decode(raw)[0])):
        text = repair_chars("\n".join(block.lines), field="block")  # as the record has it
        assert _words(text) <= accounted, (block.index, sorted(_words(text) - accounted))
