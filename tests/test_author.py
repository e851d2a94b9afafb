"""The ``author`` and ``site_name`` fields: markup first, bylines of text pages, and
lines that look like bylines but are not."""

from __future__ import annotations

import pytest

import ngoclean
from ngoclean.author import byline_author, clean_author

BODY = ("<p>The undersigned organisations call on the authorities to release the defenders "
        "detained last week and to end the harassment of civil society groups.</p>") * 3


def page(head: str = "", article: str = "", title: str = "Joint statement | Example Net") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            f"<h1>Joint statement</h1>{article}{BODY}</article>"
            "<footer>© 2020 Example Net</footer></body></html>")


@pytest.mark.parametrize(("html", "author"), [
    (page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Joint '
          'statement", "datePublished": "2020-01-02", "author": [{"@type": "Person", '
          '"name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}]}</script>'),
     "Jane Roe, John Doe"),
    (page('<meta name="author" content="Maria Muster">'), "Maria Muster"),
    (page(article='<p class="byline">By <a rel="author" href="/a/jr">Jane Roe</a>, 3 May '
          '2020</p>'), "Jane Roe"),
    (page(article='<span itemprop="author" itemscope><span itemprop="name">Ana Pérez'
          '</span></span>'), "Ana Pérez"),
    # a hidden author element and an author's handle that is a URL name nobody
    (page('<meta property="article:author" content="https://facebook.com/example">',
          '<span class="author sr-only">Jane Roe</span>'), None),
    (page(article='<div class="entry-meta">Posted on 3 May 2020 by admin</div>'), None),
])
def test_html_author(html: str, author: str | None) -> None:
    assert ngoclean.parse(html).author == author


@pytest.mark.parametrize(("head", "site"), [
    ('<meta property="og:site_name" content="Example Net">', "Example Net"),
    ('<script type="application/ld+json">{"@type": "Article", "headline": "Joint statement",'
     ' "publisher": {"@type": "Organization", "name": "Example Network"}}</script>',
     "Example Network"),
    ("", "Example Net"),  # the part of <title> cut off as the site's name
])
def test_site_name(head: str, site: str) -> None:
    assert ngoclean.parse(page(head)).site_name == site


def test_site_name_absent_without_one() -> None:
    rec = ngoclean.parse(page(title="Joint statement"))
    assert rec.site_name is None and rec.author is None


@pytest.mark.parametrize(("text", "author"), [
    ("Joint statement on defenders\n\nBy Jane Roe and John Doe | 3 May 2019\n\n" + "Words. " * 30,
     "Jane Roe and John Doe"),
    ("Pressemitteilung\n\nVerbände fordern ein Lieferkettengesetz\n\nVon: Björn Jahner | "
     "31.10.23\n\n" + "Text. " * 30, "Björn Jahner"),
    ("Les associations dénoncent la loi\n\nPar Jean Dupont, le 3 mai 2019\n\n" + "Mot. " * 30,
     "Jean Dupont"),
    # headlines and sentences opening with a label word are no bylines
    ("Von der Leyen fordert mehr Mittel für die Entwicklungshilfe\n\n" + "Text. " * 30, None),
    ("Statement\n\nPar ailleurs, les associations dénoncent la loi.\n\n" + "Mot. " * 30, None),
    ("By 2030, every State must end the use of coal\n\n" + "Words. " * 30, None),
])
def test_text_byline(text: str, author: str | None) -> None:
    rec = ngoclean.parse(text)
    assert rec.author == author
    assert rec.site_name is None


def test_byline_leaves_body_and_author_kept() -> None:
    rec = ngoclean.parse("Joint statement on defenders\n\nBy Jane Roe\n\n" + "Words here. " * 20)
    assert rec.author == "Jane Roe"
    assert "Jane Roe" not in rec.body
    assert any(d.reason == "byline" and d.text == "By Jane Roe" for d in rec.dropped)


@pytest.mark.parametrize(("value", "strict", "out"), [
    ("Benjamin Fischer und Marcus Theurer", False, "Benjamin Fischer und Marcus Theurer"),
    ("gnaddrig", False, "gnaddrig"),
    ("gnaddrig", True, None),
    ("Autor: Jean-Luc de la Fontaine", True, "Jean-Luc de la Fontaine"),
    ("por María José García el 3 de mayo", True, "María José García"),
    ("jane@example.org", False, None),
    ("Redaktion", False, None),
    ("", False, None),
])
def test_clean_author(value: str, strict: bool, out: str | None) -> None:
    assert clean_author(value, strict=strict) == out


def test_byline_only_in_the_head() -> None:
    lines = ["Title"] + ["A line of text that is no byline at all."] * 12 + ["By Jane Roe"]
    assert byline_author(lines) is None


def test_record_round_trip_keeps_author_and_site() -> None:
    rec = ngoclean.parse(page('<meta name="author" content="Maria Muster">'
                              '<meta property="og:site_name" content="Example Net">'))
    back = ngoclean.Record.from_dict(rec.to_dict())
    assert (back.author, back.site_name) == ("Maria Muster", "Example Net")
    assert rec.to_dict()["schema_version"] == "1.5"


@pytest.mark.parametrize(("value", "out"), [
    ("Tomas Spahn Fr", "Tomas Spahn"),  # a weekday after the name
    ("Jane Roe Friday", "Jane Roe"),
    ("Jack Ma", "Jack Ma"),  # a two-letter surname stays
    ("Beitragvon", None),  # a label run into a word
    ("vom Support Team", None),  # a phrase, not a name
])
def test_byline_elements_of_real_pages(value: str, out: str | None) -> None:
    assert clean_author(value) == out
