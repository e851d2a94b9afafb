"""Headlines and dates of page texts as they come: the layouts of real copies (the texts
here are invented), and lines that must never be taken for a headline."""

from __future__ import annotations

import datetime as dt

import pytest

import ngoclean

LEAD = ("La Asociación de Vecinos del Río ha presentado hoy un recurso ante el tribunal "
        "contra la denegación del derecho de reunión, y pide la rectificación inmediata de "
        "la decisión de la subdelegación.")
PROSE = ("The coalition met the minister on Tuesday to ask for the withdrawal of the bill, "
         "which would force every association to register again and to report each grant "
         "it receives from abroad; the minister promised an answer within a month.")


def test_paragraph_per_line_copy_with_a_dateline_lead() -> None:
    # no blank line anywhere: one paragraph per line, the date only in the lead's dateline
    text = ("La Asociación de Vecinos del Río presenta un recurso por el derecho de "
            "reunión.\n- Exigimos la rectificación inmediata de la denegación\n"
            f"Sevilla, 19 de febrero de 2020.- {LEAD}\n{LEAD}\n")
    rec = ngoclean.parse(text)
    assert rec.title == ("La Asociación de Vecinos del Río presenta un recurso por el "
                         "derecho de reunión.")
    assert rec.date == dt.date(2020, 2, 19) and rec.date_source == "dateline"


def test_a_bracketed_dateline_opens_a_long_lead() -> None:
    text = (f"Coalition urges the minister to withdraw the bill\n\n(Lusaka, September 2, "
            f"2014) {PROSE}\n\n{PROSE}\n")
    rec = ngoclean.parse(text)
    assert rec.title == "Coalition urges the minister to withdraw the bill"
    assert rec.date == dt.date(2014, 9, 2)


@pytest.mark.parametrize("noise", [
    "FOR IMMEDIATE RELEASE", "Search This Blog", "Helpline: 0716 200 100",
    "Home → News → Statements", "• Web page addresses turn into links automatically",
    "Thursday 28th July 5.30pm", "(Translated from the original English)",
])
def test_label_and_furniture_lines_are_never_the_headline(noise: str) -> None:
    text = (f"{noise}\n\nCoalition urges the minister to withdraw the bill\n\n"
            f"{noise}\n\n3 May 2019\n\n{PROSE}\n")
    rec = ngoclean.parse(text)
    assert rec.title == "Coalition urges the minister to withdraw the bill"
    assert rec.date == dt.date(2019, 5, 3)


def test_a_date_after_the_headline_is_cut_from_it() -> None:
    text = f"Menu\nNews\nAbout\n\nOPEN LETTER ON THE NGO BILL Sep 26 2024\n\n{PROSE}\n"
    assert ngoclean.parse(text).title == "OPEN LETTER ON THE NGO BILL"


def test_a_signature_date_places_no_headline() -> None:
    text = (f"Public note on the preliminary report\n\nWe stand by the people.\n\n{PROSE}"
            f"\n\n{PROSE}\n\nLusaka, 5 May 2016\n")
    rec = ngoclean.parse(text)
    assert rec.title == "Public note on the preliminary report"


def test_month_first_pages_read_their_ambiguous_dates_so() -> None:
    text = f"Forum post on the bill\n\n09/02/2014, 03:57 PM\n\nRegistered: 01/13/2014\n\n{PROSE}"
    assert ngoclean.parse(text).date == dt.date(2014, 9, 2)
    text = f"Forum post on the bill\n\n09/02/2014, 03:57 PM\n\n{PROSE}"
    assert ngoclean.parse(text).date == dt.date(2014, 2, 9)  # day first otherwise


def test_text_quoting_tags_is_text() -> None:
    text = (f"Coalition urges the minister to withdraw the bill\n\n3 May 2019\n\n{PROSE}"
            "\n\nAllowed HTML tags: <a> <b> <p> <br> <ul> <li>\n")
    rec = ngoclean.parse(text)
    assert rec.title == "Coalition urges the minister to withdraw the bill"
    assert not [p for p in rec.problems if p.code == "markup_unparsed"]


def test_a_screen_reader_heading_is_not_the_headline() -> None:
    html = ("<html><head><title>Example Network</title></head><body><header>"
            "<h1 class='sr-only'>Example Network</h1></header><main><h1>NGOs call for the "
            f"release of defenders</h1><p>{PROSE}</p></main></body></html>")
    assert ngoclean.parse(html).title == "NGOs call for the release of defenders"


def test_underlined_and_wrapped_headlines() -> None:
    text = f"Kernel Enforcement Statement\n----------------------------\n\n{PROSE}\n"
    rec = ngoclean.parse(text)
    assert rec.title == "Kernel Enforcement Statement"
    # the whole block leaves the body, and is recorded as dropped (nothing silently lost)
    assert "-----" not in rec.body
    assert [d.text for d in rec.dropped if d.reason == "title"] == [
        "Kernel Enforcement Statement\n----------------------------"]
    text = (f"   Companies warn of a falling\n      level of privacy in the EU\n\n"
            f"   2021-04-15\n\n{PROSE}\n")
    assert ngoclean.parse(text).title == "Companies warn of a falling level of privacy in the EU"
    # a full first line wrapped before a shorter one, in title case
    text = ("Joint Letter by 55 Groups | Hold the Agriculture Ministry and\n"
            "              Microsoft India Accountable\n\n   2021-05-06\n\n" + PROSE + "\n")
    assert ngoclean.parse(text).title == (
        "Joint Letter by 55 Groups | Hold the Agriculture Ministry and Microsoft India "
        "Accountable")


def test_the_headline_right_above_a_dateline_lead_after_site_prose() -> None:
    site = ("At the Example Forum we work with partners across the region on a range of "
            "strategies meant to achieve our goals and to create a lasting impact for all.")
    text = (f"{site}\n\nWho we work with\n\n{site}\n\nCivil society groups convey concern to "
            f"the ministers\n\n(Bangkok, 2 November 2019) – {PROSE}\n\n{PROSE}\n")
    rec = ngoclean.parse(text)
    assert rec.title == "Civil society groups convey concern to the ministers"
    assert rec.date == dt.date(2019, 11, 2)


def test_a_headline_shown_twice_in_trail_and_heading() -> None:
    text = ("   site.example\n\n   HOME > Open letter: for a society without racism and\n"
            "   xenophobia\n   OPEN LETTER: FOR A SOCIETY WITHOUT RACISM AND XENOPHOBIA Sep 26\n"
            f"   2024\n\n   by Community Desk\n\n{PROSE}\n")
    rec = ngoclean.parse(text)
    assert rec.title == "Open letter: for a society without racism and xenophobia"
    assert "HOME >" not in rec.body
    # a breadcrumb whose last crumb is not repeated stays furniture
    rec = ngoclean.parse(f"HOME > News\nOpen letter on defenders\n\n{PROSE}\n")
    assert any(d.reason == "breadcrumb" for d in rec.dropped)


def _page(head: str, body: str = "") -> str:
    return (f"<html><head>{head}</head><body>{body}<article><p>{PROSE}</p><p>{PROSE}</p>"
            "</article></body></html>")


@pytest.mark.parametrize(("head", "body", "title"), [
    # the site's name known and named nowhere in the title: the title stays whole
    ('<title>Office 365 - HBDI - die Dritte</title><meta property="og:site_name" '
     'content="Jane\'s Blog">', "", "Office 365 - HBDI - die Dritte"),
    # only the parts naming the site go, the separators between the others stay
    ('<title>Korsetts – Shops, online kaufen | Pinup-Fashion.de</title><meta '
     'property="og:site_name" content="Pinup-Fashion.de">', "", "Korsetts – Shops, online kaufen"),
    # the site's slogan as og:title on every page; the page's name in <title>
    ('<title>Companies in support | Stop Watching Us</title><meta property="og:title" '
     'content="Stop Watching Us: Rally Against Mass Surveillance"><meta '
     'property="og:site_name" content="StopWatching.us">', "<h2>Thank you</h2>",
     "Companies in support"),
    # a domain as the last part: the rest as the page shows it in its trail ...
    ("<title>Criminalising lives – Open letter - news.example.org</title>",
     "<div>HOME &gt; Criminalising lives – Open letter</div>", "Criminalising lives – Open letter"),
    # ... and without that evidence the longest part
    ("<title>Criminalising lives – Open letter - news.example.org</title>", "",
     "Criminalising lives"),
])
def test_site_names_around_document_titles(head: str, body: str, title: str) -> None:
    assert ngoclean.parse(_page(head, body)).title == title


@pytest.mark.parametrize(("text", "title"), [
    # image alt text and icon labels run into the text are no headline
    (f"Site icon Example Network\n\nNGOs call for the release of defenders\n\n{PROSE}\n",
     "NGOs call for the release of defenders"),
    (f"Open letter to the prefect of the region\n\nThe Guests of the Club (avatar)\n\n"
     f"{PROSE}\n", "Open letter to the prefect of the region"),
    # nor a letter's subject line, a contact line, a tagline after "//", doubled labels
    (f"Open Letter to the Prime Minister on the referendum\n\nSubject: Open letter on the "
     f"referendum and a commission\n\n24 June 2016\n\n{PROSE}\n",
     "Open Letter to the Prime Minister on the referendum"),
    (f"Administration asks the court to review the ruling\n\nContact: Jane Roe, "
     f"jroe@example.org\n\nNovember 20, 2015\n\n{PROSE}\n",
     "Administration asks the court to review the ruling"),
    (f"// network and voice of civil society groups\n\nCivil society and the coalition "
     f"agreement\n\n{PROSE}\n", "Civil society and the coalition agreement"),
    (f"Print this post Print this post Share it Share it\n\nIn concern for our church and "
     f"its constitution\n\nFriday 11 September 2020 by Administrator\n\n{PROSE}\n",
     "In concern for our church and its constitution"),
    # a date before the headline on its line, or on the line over it
    (f"2021-09-24 APPEAL to the member organisations of the union\n\n{PROSE}\n",
     "APPEAL to the member organisations of the union"),
    (f"09.06.2010\nOpen letter of a staff representative\n\n{PROSE}\n",
     "Open letter of a staff representative"),
    # a headline with its standfirst over a dated byline: the first of the two
    (f"A joint letter to philanthropists\n\nHow to keep charities serving\n\nBy Dan Roe "
     f"30 March 2020\n\n{PROSE}\n", "A joint letter to philanthropists"),
    # share counters under the headline
    (f"\nExperts urge the States to stop criminalising civil society\n0\n10\n0\n\n"
     f"25 de septiembre de 2025\n{PROSE}\n",
     "Experts urge the States to stop criminalising civil society"),
    # no blank line at all: a headline over paragraph lines, a short closing run after
    ("NOTA DE REPÚDIO\n" + PROSE * 2 + "\n" + PROSE * 2 + "\nVitória, 02 de junho de 2011.\n"
     "Movimento A\nMovimento B\nSindicato C\n", "NOTA DE REPÚDIO"),
])
def test_headline_line_among_furniture(text: str, title: str) -> None:
    assert ngoclean.parse(text).title == title


def test_a_date_before_the_byline_is_the_page_date() -> None:
    rec = ngoclean.parse(f"In concern for our church\n\nFreitag 11. September 2020 von "
                         f"Administrator\n\n{PROSE}\n\nAm 3. Oktober 2020 treffen wir uns.\n")
    assert (rec.date, rec.date_source) == (dt.date(2020, 9, 11), "byline")


def test_an_underlined_document_title_after_a_comment_block() -> None:
    text = (".. Example documentation master file, created by\n   sphinx-quickstart on Mon Mar "
            "16 16:01:16 2020. You can adapt this file completely to your liking, but it "
            "should at least\n   contain the root toctree directive.\n\nDissent over the "
            "article written for the paper\n=============================================\n\n"
            f"{PROSE}\n")
    assert ngoclean.parse(text).title == "Dissent over the article written for the paper"
    # a rule of underscores under a site name is no title underline
    rec = ngoclean.parse(f"example.org\n______________________________________________\n\n"
                         f"Open letter on defenders\n\n{PROSE}\n")
    assert rec.title == "Open letter on defenders"


@pytest.mark.parametrize(("line", "date"), [
    ("2016-11-08, 17:37", dt.date(2016, 11, 8)),  # a time after the date
    ("Opublikowano: wtorek, 17 marzec 2020", dt.date(2020, 3, 17)),  # Polish nominative
    ("23 - Octobre - 2020", dt.date(2020, 10, 23)),  # dashes between the parts
])
def test_date_lines_of_real_dumps(line: str, date: dt.date) -> None:
    rec = ngoclean.parse(f"Przejdź do treści głównej\n\nA protest letter of the groups\n\n"
                         f"Foto: Jane Roe\n\n{line}\n\n{PROSE}\n")
    assert rec.date == date
    assert rec.title == "A protest letter of the groups"


def test_headline_over_its_deck_above_a_dateline_lead() -> None:
    text = (f"Your Editors\n\nVarious\n\nNABU: Paragraph 13b sends the wrong signal\n\n"
            f"Cabinet passes the amendment / Miller: land use goes on growing\n\n"
            f"Berlin, 4.11.2020 – {PROSE}\n\n{PROSE}\n")
    rec = ngoclean.parse(text)
    assert rec.title == "NABU: Paragraph 13b sends the wrong signal"
    assert rec.date == dt.date(2020, 11, 4)


def test_a_letter_s_address_block_is_no_headline() -> None:
    text = (f"Open Letter to the Prime Minister concerning the referendum\n\n\n"
            f"The Prime Minister, Rt Hon Jane Roe MP\n\n10 Example Street\n\n"
            f"Friday 24th June 2016\n\nSubject: Open letter on the referendum\n\n"
            f"Dear Prime Minister,\n\n{PROSE}\n")
    rec = ngoclean.parse(text)
    assert rec.title == "Open Letter to the Prime Minister concerning the referendum"
    assert rec.date == dt.date(2016, 6, 24)


def test_the_date_closing_a_headline_shown_twice_even_wrapped() -> None:
    text = ("   HOME > Open letter of the associations on the park programme\n"
            "   OPEN LETTER OF THE ASSOCIATIONS ON THE PARK PROGRAMME Feb 22\n   2024\n\n"
            f"   by Community Desk\n\nOn 3 March 2024 the associations meet. {PROSE}\n")
    rec = ngoclean.parse(text)
    assert rec.title == "Open letter of the associations on the park programme"
    assert (rec.date, rec.date_source) == (dt.date(2024, 2, 22), "date_line")


def test_a_member_s_registration_date_is_no_publication_date() -> None:
    text = (f"Forum thread on the shop software\n\nr23 Posts: 1626 Registriert: 18.09.2008\n\n"
            f"Beitrag von r23 » 21.01.2009 The new version is out. {PROSE}\n")
    assert ngoclean.parse(text).date == dt.date(2009, 1, 21)


def test_the_name_under_an_avatar_is_no_headline() -> None:
    text = (f"Blog post 11 December 2015\n\nThe Guests of the Club (avatar)\n\n"
            f"The Guests of the Club\n\nOpen letter to the prefect of the region\n\n"
            f"{PROSE}\n")
    assert ngoclean.parse(text).title == "Open letter to the prefect of the region"


WRAPPED = ("The coalition met the minister on Tuesday to ask for the withdrawal of\n"
           "the bill, which would force every association to register again and to\n"
           "report each grant it receives from abroad; the minister promised an\n"
           "answer within a month, and the coalition will meet again in the spring.\n")


def test_a_head_run_into_its_first_wrapped_paragraph() -> None:
    # a copy with no blank line at all: the site's motto, a date, the headline, a place
    # line, then the text hard-wrapped at 75 columns
    text = ("\"Clean air in the valley is a right and not a privilege\".\nWednesday 31 July 2019\n"
            "COALITION ASKS THE MINISTER TO WITHDRAW THE REGISTRATION BILL\n"
            "VALLEY CITY, 30 JULY 2019\n" + WRAPPED)
    rec = ngoclean.parse(text)
    assert rec.title == "COALITION ASKS THE MINISTER TO WITHDRAW THE REGISTRATION BILL"
    assert "the bill, which would force every association" in rec.body


def test_a_wrapped_paragraph_or_a_list_block_stays_whole() -> None:
    from ngoclean.blocks import text_blocks

    assert [len(b.lines) for b in text_blocks(WRAPPED)] == [4]
    names = "Alpha Trust\nBeta Union\nGamma Fund for the Valley\nDelta Aid\nEpsilon Lab\n"
    assert [len(b.lines) for b in text_blocks(names)] == [5]
    # a one-line head over a wrapped paragraph is no head run (the headline is found
    # as before, from the block)
    assert [len(b.lines) for b in text_blocks("Short title\n" + WRAPPED)] == [5]


def test_a_head_block_of_one_paragraph_per_line_without_wraps() -> None:
    # a lead sentence, the headline, the byline with the date: three paragraphs with no
    # blank line between and none of them re-wrapped
    text = ("On the presentation of the minister's plan for faster wind farm permits, the "
            "chair of the federation for nature conservation comments:\n"
            "Comment on the wind power plan: no great leap for the protection of species "
            "and for faster procedures\nby Valley Foundation | 4 Apr 2022 | Network\n")
    rec = ngoclean.parse(text)
    assert rec.title == ("Comment on the wind power plan: no great leap for the "
                         "protection of species and for faster procedures")
    assert rec.date == dt.date(2022, 4, 4)
    assert rec.body.startswith("On the presentation of the minister's plan")


def test_a_headline_over_share_counters_keeps_its_block() -> None:
    from ngoclean.blocks import text_blocks

    # one long line only (the headline), then counters: no paragraph per line
    head = ("Experts of the region urge the States to stop criminalising civil society "
            "and protest\n0\n10\n0\n")
    assert [len(b.lines) for b in text_blocks(head)] == [4]


def test_the_h1_the_document_title_names_wins_over_a_banner_h1() -> None:
    page = ("<html><head><title>Unions back the striking nurses – CFU</title></head><body>"
            "<header><h1>Campaign For Unions</h1></header><main><article>"
            "<h1>Unions back the striking nurses</h1><p>Twelve unions wrote to the minister "
            "on Monday in support of the nurses on strike since May.</p></article></main>"
            "</body></html>")
    assert ngoclean.parse(page).title == "Unions back the striking nurses"
    # one h1 only, the site's: the document title is the headline, as before
    page = page.replace("<h1>Unions back the striking nurses</h1>", "")
    assert ngoclean.parse(page).title == "Unions back the striking nurses"
    # two h1s, neither named by the document title: the first, as before
    page = ("<html><head><title>News</title></head><body><h1>First story of the day</h1>"
            "<p>Some words of a paragraph about it.</p><h1>Second story</h1></body></html>")
    assert ngoclean.parse(page).title == "First story of the day"


def test_a_bracketed_tag_may_open_a_text_dump_headline() -> None:
    text = ("    [Tribune] Encourager une économie locale par et pour les habitants de la\n"
            "                                  ville\n\n   2020-03-07\n\n"
            "   Nous voulons une économie locale, fondée sur les ressources du territoire et "
            "sur\n   ceux qui y vivent et y travaillent chaque jour.\n")
    rec = ngoclean.parse(text)
    assert rec.title == ("[Tribune] Encourager une économie locale par et pour les habitants "
                         "de la ville")
    assert str(rec.date) == "2020-03-07"
    # an image placeholder or a number in brackets still opens no headline
    assert ngoclean.parse(text.replace("[Tribune]", "[logo.png]")).title != rec.title


def test_a_document_title_cut_short_gives_way_to_the_headline_it_starts() -> None:
    page = ("<html><head><title>Why we stand for withdrawal</title></head><body><table><tr>"
            "<td><font size=4>A movement statement</font><br><font size=5><b>Why we stand for "
            "withdrawal of all troops from the region</b></font><p>The occupation has made "
            "life worse for most people, and the troops must now come home.</p></td></tr>"
            "</table></body></html>")
    rec = ngoclean.parse(page)
    assert rec.title == "Why we stand for withdrawal of all troops from the region"
    assert not rec.body.startswith("A movement statement")


@pytest.mark.parametrize("line", [
    "WHY WE STAND FOR WITHDRAWAL OF ALL TROOPS",       # capitals: a banner, not the title
    "Why we stand for withdrawal 12 March 2021",      # the title and a date
    "Why we stand for withdrawal Why we stand for withdrawal",  # the title twice
])
def test_a_line_that_only_looks_longer_leaves_the_document_title(line: str) -> None:
    page = ("<html><head><title>Why we stand for withdrawal</title></head><body><p>" + line
            + "</p><p>The occupation has made life worse for most people, and the troops "
            "must now come home.</p></body></html>")
    assert ngoclean.parse(page).title == "Why we stand for withdrawal"
