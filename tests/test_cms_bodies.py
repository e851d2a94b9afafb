"""Bodies of real CMS pages that nest or name their markup oddly: the article inside an
unclosed banner or a sidebar, the story outside the chosen box, Drupal's BEM modifiers.
Each page is written here; each has a negative twin that must stay as it was."""

from __future__ import annotations

import ngoclean

SENTENCE = ("The ministry confirmed on Tuesday that the new rules on associations will "
            "be reviewed by the court before they take effect in the spring. ")
STORY = "".join(f"<p>{SENTENCE}Paragraph {i} of the story adds its own details.</p>"
                for i in range(6))


def _paragraphs(html: str) -> list[str]:
    return ngoclean.parse(html).body.split("\n\n")


def test_an_article_inside_an_unclosed_banner_is_kept() -> None:
    page = ("<html><body><header role='banner'><a href='/'>Site</a>"
            "<section role='main'><h1>Court to review the law on associations</h1>"
            f"{STORY}</section></header></body></html>")
    body = _paragraphs(page)
    assert len(body) == 6 and body[0].startswith("The ministry confirmed")


def test_an_article_inside_an_aside_is_kept_but_a_sidebar_of_prose_is_not() -> None:
    article = (f"<aside class='content-panel'><h1>Court to review the law</h1>{STORY}</aside>")
    assert len(_paragraphs(f"<html><body>{article}</body></html>")) == 6
    # a short article written in divs beside a sidebar whose prose is in <p>: the
    # sidebar holds most paragraph text but neither the headline nor half the text
    sidebar = ("<aside class='sidebar'><p>" + "About this magazine: it was published for "
               "twenty years and wrote about the stars, the planets and their observers. " * 3
               + "</p></aside>")
    short = ("<html><body><h1>Pleiades, M45</h1><div class='entry'><div>" + SENTENCE * 4 +
             "</div><div>" + SENTENCE * 4 + "</div></div>" + sidebar + "</body></html>")
    rec = ngoclean.parse(short)
    assert "About this magazine" not in rec.body
    assert any(d.reason == "sidebar" and "About this magazine" in d.text for d in rec.dropped)


def test_the_story_outside_the_chosen_box_is_found() -> None:
    # the lead sits in a box named like an article body; the story in an unnamed box;
    # a long menu inside the same <main> charges the larger container
    lead = "<div class='article-body'><p>" + SENTENCE + "</p></div>"
    rest = "".join(f"<div class='sc-x{i}'>{p}</p></div>" for i, p in enumerate(STORY.split("</p>"))
                   if p)
    menu = "<nav>" + " ".join(f"<a href='/{i}'>Section {i}</a>" for i in range(300)) + "</nav>"
    page = f"<html><body><main>{menu}{lead}<div class='meta'>By A. Writer</div>{rest}</main>" \
           "</body></html>"
    body = _paragraphs(page)
    assert sum(p.endswith("adds its own details.") for p in body) == 6


def test_bem_modifiers_are_not_furniture_but_hidden_blocks_are() -> None:
    story = "".join(f"<p>{SENTENCE}</p>" for _ in range(3))  # too short to pass as "article"
    menu = "<nav>" + " ".join(f"<a href='/{i}'>Section {i}</a>" for i in range(300)) + "</nav>"
    page = (f"<html><body>{menu}<article class='node node--promoted'><h1>Court to review the law"
            f"</h1><div class='field field--label-hidden'>{story}</div>"
            "<div class='hidden'><p>A hidden note that stays out of the body.</p></div>"
            "</article></body></html>")
    rec = ngoclean.parse(page)
    assert len(rec.body.split("\n\n")) == 3
    assert any(d.reason == "hidden" for d in rec.dropped)


def test_a_heading_over_dropped_teasers_goes_with_them() -> None:
    teasers = ("<h2>More from our campaigns</h2><ul class='related-posts'>"
               "<li><a href='/a'>Other story one</a></li><li><a href='/b'>Other story two</a>"
               "</li></ul>")
    page = (f"<html><body><article><h1>Court to review the law</h1>{STORY}<h2>Background</h2>"
            f"<p>{SENTENCE}</p>{teasers}</article></body></html>")
    rec = ngoclean.parse(page)
    assert "Background" in rec.body and "More from our campaigns" not in rec.body
    assert any(d.reason == "orphan_heading" and d.text == "More from our campaigns"
               for d in rec.dropped)
    # a heading over kept text stays, and so does one above the first paragraph (the
    # headline of a page without an h1)
    page = (f"<html><body><div class='entry-content'><h2>Court to review the law</h2>"
            f"<div class='share'><a href='/s'>Share</a></div>{STORY}<h3>Next steps</h3>"
            f"<p>{SENTENCE}</p></div></body></html>")
    rec = ngoclean.parse(page)
    assert rec.title == "Court to review the law" and "Next steps" in rec.body
    assert not any(d.reason == "orphan_heading" for d in rec.dropped)


def test_the_noscript_copy_of_a_script_rendered_story_is_read() -> None:
    page = ("<html><body><h1>Court to review the law</h1><div class='post-body'>"
            f"<script type='text/template'>{STORY}</script><noscript>{STORY}</noscript></div>"
            "<noscript><p>Please enable JavaScript.</p></noscript></body></html>")
    body = _paragraphs(page)
    assert len(body) == 6 and body[0].startswith("The ministry confirmed")


def test_metadata_lines_and_post_footers_leave_the_body() -> None:
    page = ("<html><body><article><h1>Court to review the law</h1>"
            "<p>Freitag | 14. Juni 2019 | 15:49 VON Jane Roe IN News | 0 COMMENTS</p>"
            f"{STORY}<div class='postmetadata'><p>This entry was posted in News. Bookmark the "
            "permalink.</p></div></article></body></html>")
    rec = ngoclean.parse(page)
    assert len(_paragraphs(page)) == 6 and "COMMENTS" not in rec.body
    assert "Bookmark" not in rec.body
    # a sentence holding a pipe and a date is text
    line = "On 14 June 2019 | the court ruled that the law on associations was void."
    assert line in ngoclean.parse(page.replace("Freitag | 14. Juni 2019 | 15:49 VON Jane Roe IN "
                                               "News | 0 COMMENTS", line)).body


def test_hidden_states_dialogs_and_ruby_readings_leave_the_body() -> None:
    # a block hidden by its BEM state ("--hidden") or a plain "hide" class, a dialog box,
    # and the readings (<rt>) printed over Japanese characters are not the article
    page = ("<html><body><div class='site-header__notice--hidden'><p>Your browser is no "
            "longer supported. Please update it.</p></div><article><h1>Court to review the "
            f"law</h1>{STORY}<p><ruby>子<rt>こ</rt></ruby>どもの<ruby>法律<rp>(</rp><rt>ほうりつ"
            "</rt><rp>)</rp></ruby>ができる。</p></article><div class='app-dialog__box hide'>"
            "<p>Send us your photo of the finished dish to share it.</p></div></body></html>")
    rec = ngoclean.parse(page)
    assert "browser" not in rec.body and "photo" not in rec.body
    assert rec.body.endswith("子どもの法律ができる。")
    # a modifier hiding a part of a field, a class merely containing "pager", stay
    kept = page.replace("site-header__notice--hidden", "field--label-hidden").replace(
        "app-dialog__box hide", "APageRoot__SectionWrapper")
    body = ngoclean.parse(kept).body
    assert "browser is no longer supported" in body and "Send us your photo" in body


def test_long_teasers_of_related_posts_do_not_pass_for_the_article() -> None:
    # the post's own text is short; three long teaser paragraphs in a "related-posts" box
    # hold more prose, but no headline and fewer than five paragraphs
    teaser = ("<div class='card'><h4><a href='/o'>Other story</a></h4><p>" + SENTENCE * 3 +
              "</p></div>")
    page = ("<html><body><article class='post type-post tag-popular'><h1>Court to review "
            f"the law</h1><p>{SENTENCE}</p><p>{SENTENCE}</p></article>"
            f"<div class='section related-posts'>{teaser * 3}</div></body></html>")
    rec = ngoclean.parse(page)
    assert rec.body == f"{SENTENCE.strip()}\n\n{SENTENCE.strip()}"
    assert any(d.reason == "related" for d in rec.dropped)
    # a box named "related" that holds the headline holds the article
    nested = page.replace("<article class='post type-post tag-popular'>",
                          "<div class='related-wrap'><article>").replace(
        "</article>", "</article></div>")
    assert SENTENCE.strip() in ngoclean.parse(nested).body


def test_a_login_dialog_of_many_messages_is_a_popup_but_an_article_body_is_not() -> None:
    messages = "".join(f"<p>Please enter a valid e-mail address, message {i}.</p>"
                       for i in range(8))
    page = (f"<html><body><article><h1>Court to review the law</h1>{STORY}</article>"
            f"<div class='b-dialog x-dialog-login'>{messages}</div></body></html>")
    rec = ngoclean.parse(page)
    assert "e-mail" not in rec.body and any(d.reason == "popup" for d in rec.dropped)
    # a body that names itself the article's, whatever else its classes say
    page = ("<html><body><h1>Court to review the law</h1><div class='article__body "
            f"article-overlay-handle'>{STORY}</div></body></html>")
    assert len(_paragraphs(page)) == 6
