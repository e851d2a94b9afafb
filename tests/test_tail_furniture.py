"""Furniture closing an article (related stories, comments, author boxes, share and rating
widgets, image credits): dropped with its reason, while the article stays whole."""

from __future__ import annotations

import ngoclean

P1 = ("The coalition met the minister on Tuesday to ask for the withdrawal of the bill, which "
      "would force every association to register again and to report each grant it receives.")
P2 = ("The minister promised an answer within a month, and the coalition will meet again in "
      "March to decide on the next steps of its campaign against the bill and its backers.")


def reasons(rec: ngoclean.Record) -> dict[str, str]:
    return {d.text: d.reason for d in rec.dropped}


def between(line: str, title: str = "Groups urge the minister to withdraw the bill"
            ) -> ngoclean.Record:
    """The record of a short article with ``line`` between its two paragraphs."""
    return ngoclean.parse(f"{title}\n\n{P1}\n\n{line}\n\n{P2}\n")


def test_related_stories_closing_the_page_leave_the_body() -> None:
    text = (f"Groups urge the minister to withdraw the bill\n\n{P1}\n\n{P2}\n\n"
            "Das könnte Sie auch interessieren:\n\nMinister meets unions\n\nNew law on grants\n")
    rec = ngoclean.parse(text)
    assert rec.body == f"{P1}\n\n{P2}"
    got = reasons(rec)
    assert got["Das könnte Sie auch interessieren:"] == "related"
    assert got["Minister meets unions"] == got["New law on grants"] == "related"


def test_a_read_also_box_inside_the_article_takes_only_its_teaser() -> None:
    text = (f"Groups urge the minister to withdraw the bill\n\n{P1}\n\nLesen Sie auch\n\n"
            f"Minister meets unions\n\n{P2}\n\n{P1}\n\n{P2}\n")
    rec = ngoclean.parse(text)
    assert rec.body == f"{P1}\n\n{P2}\n\n{P1}\n\n{P2}"
    assert reasons(rec)["Minister meets unions"] == "related"


def test_comments_author_box_rating_and_credits() -> None:
    text = (f"Groups urge the minister to withdraw the bill\n\nFoto: Jane Roe\n\n{P1}\n\n{P2}\n\n"
            "War der Artikel nützlich?\n\nÜber den Autor\n\nJane Roe writes on civil society.\n")
    rec = ngoclean.parse(text)
    assert rec.body == f"{P1}\n\n{P2}"
    got = reasons(rec)
    assert got["Foto: Jane Roe"] == "caption"
    assert got["War der Artikel nützlich?"] == "rating"
    assert got["Über den Autor"] == got["Jane Roe writes on civil society."] == "author"


def test_headings_that_only_look_like_furniture_stay() -> None:
    # a heading of the article's own, and a furniture word before any body text
    text = (f"Comments\n\nGroups urge the minister to withdraw the bill\n\n{P1}\n\n"
            f"Related work on the bill\n\n{P2}\n")
    rec = ngoclean.parse(text)
    assert "Related work on the bill" in rec.body and P2 in rec.body
    assert not any(d.reason == "related" for d in rec.dropped)


def test_a_signatory_list_after_a_related_heading_is_kept() -> None:
    text = (f"Joint letter on the bill\n\n{P1} We, the undersigned organisations, call on the "
            f"minister to withdraw it.\n\nSignatories:\n\nAmnesty International\nHuman Rights "
            f"Watch\nFront Line Defenders\n\nRelated articles\n\nMinister meets unions\n")
    rec = ngoclean.parse(text)
    assert [s.name for s in rec.signatories] == [
        "Amnesty International", "Human Rights Watch", "Front Line Defenders"]
    assert "Minister meets unions" not in rec.body and "Minister meets unions" in reasons(rec)


def test_html_a_box_heading_before_more_short_paragraphs_keeps_them() -> None:
    paras = "".join(f"<p>{x}</p>" for x in (
        "Protesters believe the bill is an example of eroding autonomy in the region.",
        "They worry the freedoms given to the city are being taken back year by year.",
        "Police have laid siege to a university, pinning hundreds of students inside."))
    html = (f"<html><body><article><h1>Groups urge the minister to withdraw the bill</h1>"
            f"<p>{P1}</p><p>{P2}</p><p>{P1}</p><h3>Don't miss</h3>{paras}</article></body></html>")
    rec = ngoclean.parse(html)
    assert "Police have laid siege" in rec.body
    assert reasons(rec)["Don't miss"] == "related"
    # the same heading over teaser cards (not paragraphs) closing the page: all go
    cards = "".join(f"<div><a href='/n{i}'>Minister meets unions {i}</a></div>" for i in range(3))
    html = (f"<html><body><article><h1>Groups urge the minister to withdraw the bill</h1>"
            f"<p>{P1}</p><p>{P2}</p><p>{P1}</p><h3>Don't miss</h3>{cards}</article></body></html>")
    rec = ngoclean.parse(html)
    assert "Minister meets unions" not in rec.body


def test_a_site_addressing_its_readers_is_promo_but_a_call_on_states_is_not() -> None:
    text = (f"Groups urge the minister to withdraw the bill\n\n{P1}\n\nFor the latest news, "
            f"download the Example News app and follow us on Twitter.\n\nWe urge all States to "
            f"subscribe to the treaty and to sign up for its review.\n\n{P2}\n")
    rec = ngoclean.parse(text)
    assert reasons(rec)["For the latest news, download the Example News app and follow us on "
                        "Twitter."] == "promo"
    assert "subscribe to the treaty" in rec.body


def test_excerpts_of_other_stories_closing_the_page_go_but_not_a_ticker_above() -> None:
    teasers = [f"Another story of the week {i} tells how the groups went on with their plans …"
               for i in range(3)]
    text = ("Groups urge the minister to withdraw the bill\n\n" + f"{P1}\n\n{P2}\n\n{P1}\n\n"
            + "\n\n".join(teasers) + "\n")
    rec = ngoclean.parse(text)
    assert rec.body == f"{P1}\n\n{P2}\n\n{P1}"
    assert all(reasons(rec)[t] == "related" for t in teasers)
    # a ticker of excerpts above the article: the article stays whole
    html = ("<html><body><ul>" + "".join(f"<li>{t}</li>" for t in teasers) + "</ul><article>"
            f"<h1>Groups urge the minister</h1><p>{P1}</p><p>{P2}</p><p>{P1}</p></article>"
            "</body></html>")
    assert P2 in ngoclean.parse(html).body


def test_source_category_and_read_more_lines_leave_the_body() -> None:
    text = (f"Groups urge the minister to withdraw the bill\n\n{P1}\n\n{P2}\n\n"
            "Źródło: ISBnews\n\nKategorie: News, Verbände\n\nEn savoir plus\n")
    rec = ngoclean.parse(text)
    assert rec.body == f"{P1}\n\n{P2}"
    got = reasons(rec)
    assert got["Źródło: ISBnews"] == "caption" and got["Kategorie: News, Verbände"] == "tags"
    # a sentence that starts with "Source:" is text
    line = "Source: the ministry said the law was passed in March after a long debate."
    assert line in between(line, "Groups urge the minister").body


def test_captions_closing_with_their_credit_leave_the_body() -> None:
    for caption in ("Roman Prymula, photo: Archives of the Government",
                    "The minister at the briefing. Foto: Stadt Nordhausen",
                    "(Quelle: Foto Jane Roe)", "Jane Roe (Bild: Facebook)"):
        rec = between(caption)
        assert rec.body == f"{P1}\n\n{P2}" and reasons(rec)[caption] == "caption"
    # a sentence that goes on after a colon is text
    line = "The photo: a minister who smiles while the law he wrote is struck down."
    assert line in between(line, "Groups urge the minister").body


def test_figure_captions_by_their_label_leave_the_body() -> None:
    for caption in ("Abbildung 3: Grosser Schneekristall auf dem Raster.",
                    "Figure 1: Signatures collected per month.",
                    "Vergrößern Die Kamera im Display des Telefons."):
        rec = between(caption)
        assert rec.body == f"{P1}\n\n{P2}" and reasons(rec)[caption] == "caption"
    line = "Figures released on Monday show that the law hit 300 associations."
    assert line in between(line, "Groups urge the minister").body
