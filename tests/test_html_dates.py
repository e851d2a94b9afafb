"""Publication dates of HTML pages: which evidence wins, and what is never taken."""

from __future__ import annotations

import datetime as dt

import pytest

import ngoclean
from ngoclean.dates import parse_date

ARTICLE = (
    "<p>The coalition of civil society organisations calls on the government to release "
    "the detained defenders and to drop every charge brought against them.</p>"
    "<p>We urge the authorities to guarantee a safe environment for human rights work.</p>")


def page(head: str = "", before: str = "", after: str = "") -> str:
    return (f"<html><head><title>Joint statement | Site</title>{head}</head><body>"
            f"<header class='site-header'><a href='/'>Home</a></header>"
            f"<main><article><h1>Joint statement on defenders</h1>{before}{ARTICLE}</article>"
            f"</main>{after}</body></html>")


SIDEBAR = ("<aside class='sidebar'><section class='widget widget_recent_entries'><ul>"
           "<li><a href='/a'>Older news</a> <span class='post-date'>09/09/2019</span></li>"
           "<li><a href='/b'>Other news</a> <span class='post-date'>05/07/2019</span></li>"
           "</ul></section></aside>")


def date_of(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    rec = ngoclean.parse(html, url=url)
    return (rec.date.isoformat() if rec.date else None), rec.date_source


def test_date_in_the_article_beats_recent_posts_in_the_sidebar() -> None:
    html = page(before="<div class='entry-meta'><span class='post-date'>27/09/2016</span></div>",
                after=SIDEBAR)
    assert date_of(html) == ("2016-09-27", "class:date")


def test_sidebar_dates_are_not_the_page_date_while_the_text_has_one() -> None:
    html = page(before="<p>27 September 2016</p>", after=SIDEBAR)
    assert date_of(html) == ("2016-09-27", "date_line")


def test_sidebar_date_is_a_last_resort_before_the_markup_scan() -> None:
    html = page(after=SIDEBAR)
    assert date_of(html) == ("2019-09-09", "text")


def test_comment_dates_are_furniture_but_a_header_named_comment_is_not() -> None:
    comments = ("<div class='comments-area'><ol class='comment-list'><li>"
                "<span class='date'>3 March 2020</span> Great text</li></ol></div>")
    assert date_of(page(before="<p>1 February 2020</p>", after=comments))[0] == "2020-02-01"
    header = ("<div class='ArticleHeaderComment'><div class='PublishDate'>"
              "Dienstag, 29. Januar 2019</div></div>")
    assert date_of(page(before=header)) == ("2019-01-29", "class:date")


@pytest.mark.parametrize("link", [
    "<link rel='canonical' href='https://example.org/news/2021/10/29/statement/'>",
    "<meta property='og:url' content='https://example.org/meldungen/29-10-2021'>",
])
def test_date_in_the_canonical_address(link: str) -> None:
    assert date_of(page(head=link)) == ("2021-10-29", "url:canonical")


def test_a_given_url_comes_before_the_canonical_link() -> None:
    html = page(head="<link rel='canonical' href='https://example.org/2020/01/01/x/'>")
    assert date_of(html, url="https://example.org/2021/10/29/x/") == ("2021-10-29", "url")


@pytest.mark.parametrize("url", [
    "https://example.org/item/20191022123",  # an id, not a date
    "https://example.org/page?from=2019-10-22",  # a query, not the path
    "https://example.org/2019/02/30/x/",  # no such day
])
def test_no_date_from_ids_queries_or_impossible_days(url: str) -> None:
    assert ngoclean.meta.url_date(url) is None


def test_meta_tag_beats_visible_dates() -> None:
    html = page(head="<meta property='article:published_time' content='2018-05-04T09:00:00'>",
                before="<p>Posted on 1 June 2018</p>")
    assert date_of(html) == ("2018-05-04", "meta:article:published_time")


@pytest.mark.parametrize(("line", "expected"), [
    ("Erstellt am: 30.01.2022 18:36", "2022-01-30"),
    ("Pubblicato il 12 marzo 2021", "2021-03-12"),
    ("Publié le 3 février 2020", "2020-02-03"),
])
def test_labelled_dates_beat_earlier_dates_in_the_text(line: str, expected: str) -> None:
    html = page(before="<p>The hearing of 1 February 2022 was postponed once more by the court "
                       "of appeal, which gave no reason.</p>", after=f"<p>{line}</p>")
    assert date_of(html) == (expected, "label")


def test_cjk_dates() -> None:
    html = page(before="<div class='entry-top-info'><span class='entry-top-info-time'>"
                       "2020年07月12日</span></div>")
    assert date_of(html) == ("2020-07-12", "class:date")


def test_copyright_year_is_never_the_date() -> None:
    html = page(after="<footer><p>© 2019 Some Organisation. All rights reserved.</p></footer>")
    rec = ngoclean.parse(html)
    assert rec.date is None and "no_date" in [p.code for p in rec.problems]


def test_future_dates_are_refused() -> None:
    future = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    html = page(head=f"<meta property='article:published_time' content='{future}'>")
    assert date_of(html)[0] != future


RELATED = ("<ul class='related-posts'><li><article class='post'><div class='post-meta'>"
           "<p class='post-date'><time class='published' datetime='2009-04-11 18:06'>"
           "11 April 2009</time></p></div><a href='/old'>Older post</a></article></li></ul>")


def test_time_elements_of_related_posts_are_not_the_page_date() -> None:
    html = page(head="<link rel='canonical' href='https://example.org/2019/10/22/post/'>",
                after=RELATED)
    assert date_of(html) == ("2019-10-22", "url:canonical")


def test_time_in_an_aside_of_the_article_is_the_article_date() -> None:
    html = page(before="<aside class='meta'><p class='wrapper-date'><time itemprop="
                       "'datePublished' datetime='2023-10-18T11:45:00+02:00'>18. Oktober 2023"
                       "</time></p></aside>", after=RELATED)
    assert date_of(html) == ("2023-10-18", "time:published")


def test_time_inside_a_publication_line() -> None:
    html = page(before="<header><p class='publication'>Publié le <time datetime="
                       "'2019-06-28T13:49:45Z'>28 juin 2019</time></p></header>")
    assert date_of(html) == ("2019-06-28", "time:published")


@pytest.mark.parametrize(("stamp", "url_day", "expected"), [
    ("2018-12-31T23:11:59+00:00", "2019/01/01", "2019-01-01"),  # Europe, after midnight
    ("2020-02-18T02:18:11Z", "2020/02/17", "2020-02-17"),  # the Americas, evening
    ("2020-07-09T10:04:04Z", "2020/07/08", "2020-07-09"),  # no time zone that far west
    ("2020-07-09T23:04:04+02:00", "2020/07/10", "2020-07-09"),  # not UTC: as written
    ("2020-07-09T23:04:04Z", "2020/07/12", "2020-07-09"),  # days apart: as written
])
def test_utc_timestamp_near_midnight_and_the_day_in_the_address(
        stamp: str, url_day: str, expected: str) -> None:
    html = page(head=f"<meta property='article:published_time' content='{stamp}'>"
                     f"<link rel='canonical' href='https://example.org/{url_day}/post/'>")
    assert date_of(html) == (expected, "meta:article:published_time")


@pytest.mark.parametrize(("line", "expected"), [
    ("von <a href='/author/k'>Klaus Muster</a>, 8.5.12", "2012-05-08"),
    ("Von: Björn Jahner <span>|</span> <span>31.10.23</span>", "2023-10-31"),
    ("By Jane Doe | 3 May 2019 10:30", "2019-05-03"),
    ("Par Marie Dupont, le 4 mars 2020", "2020-03-04"),
])
def test_bylines_give_the_date(line: str, expected: str) -> None:
    html = page(before=f"<div class='article-meta'>{line}</div>",
                after="<p>The hearing of 1 February 2011 was postponed.</p>")
    assert date_of(html) == (expected, "byline")


@pytest.mark.parametrize("line", [
    "By 3 May 2019 the government had not answered.",  # a sentence, not a byline
    "Installed with version 1.2.10 of the tool",  # a version number
    "Geneva, 8.5.12",  # a place and a short date: too weak
])
def test_what_is_not_a_byline_date(line: str) -> None:
    assert date_of(page(before=f"<p>{line}</p>"))[1] != "byline"


def test_two_digit_years_only_in_bylines_and_date_lines() -> None:
    assert ngoclean.dates.find_dates("see 8.5.12 below") == []
    assert date_of(page(before="<p>Release 8.5.12 is out.</p>")) == (None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "2020-10-07"),
    ("15 تشرين الثاني 2019", "2019-11-15"),
    ("3 Μαΐου 2021", "2021-05-03"),
    ("7 octombrie 2020", "2020-10-07"),
    ("12 Agustus 2019", "2019-08-12"),
])
def test_month_names_of_more_languages(text: str, expected: str) -> None:
    assert str(ngoclean.dates.parse_date(text)) == expected


def test_wiki_last_edited_footer_is_a_modified_date() -> None:
    footer = ("<div id='footer'><ul><li id='footer-info-lastmod'>Diese Seite wurde zuletzt am "
              "29. Januar 2020 um 13:20 Uhr bearbeitet.</li></ul></div>")
    html = page(before="<p>Treffen am 5. Februar 2020 im Vereinsheim, wie immer.</p>",
                after=footer)
    assert date_of(html) == ("2020-01-29", "lastmod")
    # Any publication evidence comes first.
    html = page(head="<meta name='date' content='2020-01-02'>", after=footer)
    assert date_of(html) == ("2020-01-02", "meta:date")


@pytest.mark.parametrize(("lang", "expected", "ambiguous"), [
    ("en-US", "2021-03-04", False),  # month first in the United States
    ("en-GB", "2021-04-03", True),   # day first, and said to be ambiguous
    ("fr", "2021-04-03", True),
])
def test_ambiguous_numeric_dates_follow_the_page_locale(lang: str, expected: str,
                                                        ambiguous: bool) -> None:
    for line in ("<p>Date: 03/04/2021</p>", "<p class='post-date'>03/04/2021</p>"):
        html = page(before=line).replace("<html>", f"<html lang='{lang}'>")
        rec = ngoclean.parse(html)
        assert rec.date is not None and rec.date.isoformat() == expected
        if rec.date_source == "label":
            assert ("date_ambiguous" in [p.code for p in rec.problems]) == ambiguous


def test_json_ld_with_a_second_object_or_a_stray_brace_is_read() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"datePublished": "2020-10-26T18:10:00+01:00"} }</script>')
    html = page(head=ld, before="<div class='entry-meta'><span class='date'>9.8.2020</span></div>")
    assert date_of(html)[0] == "2020-10-26"


def test_a_date_element_may_write_a_two_digit_year_where_the_date_ends_it() -> None:
    assert date_of(page(before="<div class='date'>Party, 30.10.23</div>")) == \
        ("2023-10-30", "class:date")
    event = ("<div class='field-datum'>19.1.23, 10:00-11:30 Uhr</div>"
             "<div class='post-date'>20.12.2022</div>")
    assert date_of(page(before=event)) == ("2022-12-20", "class:date")


def test_the_site_banner_and_teasers_of_other_pages_do_not_date_the_page() -> None:
    banner = ("<header role='banner'><a class='logo' href='/'><span class='date-edition'>"
              "5 August 2019</span></a></header>")
    html = (f"<html><body>{banner}<main><h1>Joint statement on defenders</h1>"
            f"<ul class='info'><li>27 June 2019</li></ul>{ARTICLE}</main></body></html>")
    assert date_of(html)[0] == "2019-06-27"
    teasers = ("<ul><li><a href='/news/other'><em class='teaser-pubdate'>04.11.2021</em> "
               "Other news</a></li></ul>")
    html = (f"<html><head><link rel='canonical' href='https://example.org/news/this'></head>"
            f"<body><main><h1>Joint statement on defenders</h1><p>Stand - 12.11.2021</p>"
            f"{ARTICLE}{teasers}</main></body></html>")
    assert date_of(html)[0] == "2021-11-12"
    own = ("<span class='posted-on'><a href='https://example.org/news/this' rel='bookmark'>"
           "<time class='entry-date'>3 May 2021</time></a></span>")
    assert date_of(page(before=own))[0] == "2021-05-03"


def test_the_address_keeps_the_first_day_of_a_page_published_again() -> None:
    head = ("<link rel='canonical' href='https://example.org/home/2017/7/12/story'>"
            "<meta property='article:published_time' content='2019-06-17T18:28:00+02:00'>")
    assert date_of(page(head=head))[0] == "2017-07-12"
    # within a month the markup's day stands (the same story updated)
    head = ("<link rel='canonical' href='https://example.org/2022/05/02/story/'>"
            "<meta property='article:published_time' content='2022-05-08T06:00:00-05:00'>")
    assert date_of(page(head=head))[0] == "2022-05-08"


def test_a_cms_meta_date_gives_way_to_the_date_shown_by_the_headline() -> None:
    weak = "<meta name='date' content='2020-02-12'>"
    shown = "<div class='news-single-timedata'>05.02.2020 - Redaktion: Eva Roe</div>"
    assert date_of(page(head=weak, before=shown)) == ("2020-02-05", "class:date")
    # ... not to the dates of an events list far below the article
    events = "<p>Our events</p>" * 50 + "".join(
        f"<p>Event {k}</p><span class='datum'>2{k}.03.2020 18:00 Uhr</span>" for k in range(3))
    assert date_of(page(head=weak, after=f"<section>{events}</section>"))[0] == "2020-02-12"
    # a labelled line in the page says more than the meta tag
    assert date_of(page(head=weak, before="<p>Erschienen am: 13.10.2021</p>")) == \
        ("2021-10-13", "label")
    # a publisher's meta tag stands
    strong = "<meta property='article:published_time' content='2020-02-12T10:00:00+01:00'>"
    assert date_of(page(head=strong, before=shown))[0] == "2020-02-12"


def test_a_date_opening_the_lead_with_a_dash_is_its_dateline() -> None:
    lead = ("<p>29.11.2022 – Mehrfach und vehement hatte die Branche die Nachteile des "
            "geplanten Gesetzes dargelegt und Vorschläge zu einer Änderung gemacht, leider "
            "ohne Erfolg; die Abschöpfung soll nun ab dem 1. Dezember greifen.</p>")
    assert date_of(page(before=lead)) == ("2022-11-29", "dateline")
    prose = ("<p>2022 – the year in which the branch argued again and again against the "
             "planned law, and made proposals for a change, without success so far.</p>")
    assert date_of(page(before=prose))[0] is None


def test_the_date_beside_the_logo_in_the_page_header_is_not_the_page_date() -> None:
    html = ("<html><head><meta name='date' content='2017-05-01T17:05:00+0200'></head><body>"
            "<div><header><h1>Radio Example</h1><span class='dlf-date'>Mittwoch, 26.02.2020"
            f"</span></header><article><h1>The future of work</h1>{ARTICLE}</article></div>"
            "</body></html>")
    assert date_of(html)[0] == "2017-05-01"
    # a header inside the article is the article's own
    html = (f"<html><body><article><header><h1>The future of work</h1><span class='date'>"
            f"26.02.2020</span></header>{ARTICLE}</article></body></html>")
    assert date_of(html) == ("2020-02-26", "class:date")


def test_a_time_shown_by_the_headline_keeps_the_first_day_of_a_republished_page() -> None:
    head = "<meta property='article:published_time' content='2022-11-17T10:33:13.258Z'>"
    hero = ("<ul><li><time datetime='2022-03-09' class='hero__meta-label'>09.03.2022</time>"
            "</li></ul>")
    assert date_of(page(head=head, before=hero))[0] == "2022-03-09"
    # the times of a list of teasers are not the page's
    teasers = "".join(f"<div class='teaser'><time class='teaser__date' datetime='2019-10-2{k}'>"
                      f"2{k}.10.2019</time></div>" for k in range(4))
    assert date_of(page(head=head, before=teasers))[0] == "2022-11-17"


def test_a_date_label_line_with_its_time_of_day_is_page_metadata() -> None:
    head = "<meta property='article:published_time' content='2020-04-11T08:00:00+02:00'>"
    rec = ngoclean.parse(page(head=head, after="<p>Publiziert: 03.04.2020, 12:35</p>"
                                             "<p>Veröffentlicht am 03.04.2020 um 12:35 Uhr</p>"))
    assert "Publiziert" not in rec.body and "Veröffentlicht" not in rec.body
    assert {d.reason for d in rec.dropped if "03.04.2020" in d.text} == {"date"}
    # "Uhr" without a time (a site's clock) does not make a date line
    from ngoclean.pagedate import is_date_only_line
    assert not is_date_only_line("Dienstag, 26. Januar 2021 Uhr")


@pytest.mark.parametrize(("text", "expected"), [
    ("4 de juliol de 2005", dt.date(2005, 7, 4)),      # Catalan
    ("3 d'abril de 2005", dt.date(2005, 4, 3)),        # ... with the elided "de"
    ("dimarts, 5 d’octubre de 2010", dt.date(2010, 10, 5)),
    ("12 de xullo de 2020", dt.date(2020, 7, 12)),     # Galician
])
def test_catalan_and_galician_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_an_elided_article_is_no_date() -> None:
    assert parse_date("3 d'artistes, 2005 edition") is None


@pytest.mark.parametrize(("lead", "expected"), [
    ("Paris, le 12 mai 2004 - Des éditeurs indépendants manifestent leur inquiétude", "2004-05-12"),
    ("Berlin, den 12. Mai 2004 – Die Verbände fordern die Regierung auf", "2004-05-12"),
])
def test_a_dateline_with_an_article_before_its_date(lead: str, expected: str) -> None:
    # the later date of an event the text announces is not the page's
    page = ("<html><body><article><h1>Brevets logiciels</h1><p>Des éditeurs appellent "
            "le gouvernement à respecter ses promesses sur la brevetabilité des logiciels."
            "</p><p><em>Pour publication immédiate</em></p><p>" + lead + " face à la "
            "position du représentant du gouvernement concernant la brevetabilité des "
            "logiciels, qui menace la création d'entreprises et d'emplois.</p><p>Nous "
            "appelons le gouvernement à adopter les 17 et 18 mai 2004 lors du conseil des "
            "ministres une position conforme aux promesses du président.</p>"
            "</article></body></html>")
    rec = ngoclean.parse(page.encode())
    assert (rec.date.isoformat(), rec.date_source) == (expected, "dateline")
