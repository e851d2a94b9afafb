"""HTML to blocks: the same Block model as text dumps, with DOM paths and boilerplate labels.

Parsing never touches the network and expands no external entities. Scripts, styles and
form controls are removed; navigation, headers, footers, sidebars, cookie banners, share
widgets, comments, related links and the like are not removed but *labelled*, so that the
caller can drop them with a reason (and find a signatory list before judging anything).

>>> root = parse_html("<html><body><nav><a href='/'>Home</a></nav>"
...                   "<article><h1>Title</h1><p>One<br>two</p></article></body></html>")
>>> [(b.tag, b.lines, b.boilerplate) for b in html_blocks(root)]
[('nav', ['Home'], 'navigation'), ('h1', ['Title'], None), ('p', ['One', 'two'], None)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from lxml import etree

from .labels import DroppedReason
from .model import Block

__all__ = ["BLOCK_TAGS", "boilerplate_reason", "html_blocks", "parse_html"]

BLOCK_TAGS = frozenset(
    "html body div p section article main header footer nav aside h1 h2 h3 h4 h5 h6 ul ol "
    "li dl dt dd table thead tbody tfoot tr caption blockquote pre figure figcaption form "
    "fieldset address hr center details summary menu dialog legend".split()
)
_DROP_TAGS = frozenset(
    "rt rp script style template svg math iframe object embed canvas button select option "
    "textarea input head link meta map area audio video source track picture noscript".split()
)
_TAG_REASON: dict[str, DroppedReason] = {
    "nav": "navigation", "footer": "footer", "aside": "sidebar", "form": "form",
    "menu": "navigation", "dialog": "popup", "figcaption": "caption",
}
_ROLE_REASON: dict[str, DroppedReason] = {
    "navigation": "navigation", "banner": "header", "contentinfo": "footer",
    "complementary": "sidebar", "search": "navigation", "menu": "navigation",
    "menubar": "navigation", "dialog": "popup", "alertdialog": "popup", "tablist": "navigation",
}
_CLASS_RULES: list[tuple[DroppedReason, re.Pattern[str]]] = [
    ("breadcrumb", re.compile(r"breadcrumb|crumbs")),
    ("cookie", re.compile(r"cookie|consent|gdpr|onetrust|cc-window|cc-banner")),
    ("share", re.compile(
        r"(?:^|[-_])(?:share|sharing|social|addthis|sharethis|shariff|sociable)(?:$|[-_s])")),
    ("comments", re.compile(
        r"^comment(?!ary)|[-_]comments?(?:$|[-_])|disqus|(?:^|[-_])respond(?:$|[-_])")),
    ("related", re.compile(
        r"related|recommend|more-stories|more-news|also-read|read-more|readmore|popular|"
        r"trending|most-read|mostread|you-may|outbrain|taboola|recirc|further-reading")),
    ("promo", re.compile(
        r"newsletter|subscribe|signup|sign-up|paywall|promo|advert|(?:^|[-_])ads?(?:$|[-_])|"
        r"sponsor|dfp|adsense|adslot|ad-slot|ad-container|ad-wrapper")),
    ("pagination", re.compile(
        r"pagination|(?:^|[-_])pagers?(?:$|[-_])|nav-links|post-navigation|nav-previous")),
    ("navigation", re.compile(
        r"(?:^|[-_])(?:nav|navbar|navigation|menu|menubar|topbar|skip-link|skip|toolbar)"
        r"(?:$|[-_])")),
    ("footer", re.compile(r"(?:^|[-_])(?:footer|site-info|colophon|copyright)(?:$|[-_])")),
    ("sidebar", re.compile(
        r"(?:^|[-_])(?:sidebar|widget-area|widgets|rail|secondary)(?:$|[-_])|^widget_")),
    ("header", re.compile(r"(?:^|[-_])(?:masthead|site-header|top-header)(?:$|[-_])")),
    ("hidden", re.compile(
        r"(?:^|[-_])(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden|hidden)"
        r"(?:$|[-_])")),
    ("popup", re.compile(r"(?:^|[-_])(?:modal|popup|overlay|lightbox|dialog)(?:$|[-_])")),
    ("tags", re.compile(r"(?:^|[-_])(?:tags|tag-list|tagcloud|cat-links|tags-links)(?:$|[-_])|"
                        r"^(?:postmetadata|entry-utility|entry-footer|entryfooter|post-footer)$")),
    ("author", re.compile(r"author-bio|about-author|author-box")),
    ("caption", re.compile(r"(?:^|[-_])(?:caption|credit|wp-caption-text)(?:$|[-_])")),
]
_MODIFIER = re.compile(r"(?:^|[-_])(?:has|with|without|no|show|hide)[-_]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_CELL = "\x1f"  # marks a table-cell break while a row is read
_WS = re.compile(r"[ \t\n\r\f\x1f]+")
_WS_PLAIN = re.compile(r"[ \t\n\r\f]+")
_LINK_TEXT = etree.XPath(".//a//text()")
_BODY_PROP = etree.XPath(".//*[@itemprop='articleBody' or @itemprop='reviewBody']")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


#: No real tag is longer: beyond it a tag is an attribute flood, which libxml2 reads in
#: time quadratic in the number of attributes (10,000 attributes: 0.1 s, 100,000: 10 s).
MAX_TAG_CHARS = 20_000
_TAG_OPEN = re.compile(r"<[A-Za-z!/?]")


def _cap_tags(markup: str) -> str:
    """The markup with every tag longer than :data:`MAX_TAG_CHARS` cut at an attribute
    boundary under that length (its text content is untouched); unchanged, without a
    copy, when no stretch between two ``>`` is that long.

    >>> page = "<p " + " ".join(f'a{i}="v"' for i in range(5000)) + ">Text</p>"
    >>> capped = _cap_tags(page)
    >>> len(capped) < MAX_TAG_CHARS + 20 and capped.endswith('">Text</p>')
    True
    >>> flood = "<p " + " ".join(f'a{i}="v"' for i in range(5000)) + "<li><li>Text</p>"
    >>> len(_cap_tags(flood)) < MAX_TAG_CHARS + 40  # a tag inside the flood ends it
    True
    >>> script = "<script>" + "for (i = 0; i <n; i++) {}" * 1000 + "</script><p>Text</p>"
    >>> _cap_tags(script) == script  # a script's text is no tag
    True
    """
    chunks = markup.split(">")
    if max(map(len, chunks)) <= MAX_TAG_CHARS:
        return markup
    for k, chunk in enumerate(chunks[:-1]):
        if len(chunk) <= MAX_TAG_CHARS:
            continue
        if chunk[chunk.rfind("<") + 1:][:1] == "/":
            continue  # text (a script's) and the tag closing it: no tag to cap
        # the tag starts at the first "<" opening one: a later "<" is inside it
        found = _TAG_OPEN.search(chunk)
        at = found.start() if found else -1
        if at >= 0 and len(chunk) - at > MAX_TAG_CHARS:
            tag = chunk[at:at + MAX_TAG_CHARS]
            cut = tag.rfind(" ")
            chunks[k] = chunk[:at] + (tag[:cut] if cut > 0 else tag)
    return ">".join(chunks)


def parse_html(markup: str) -> Any:
    """Parse HTML with lxml, recovering from broken markup; None when nothing is left.

    No network access, no external entities, comments and processing instructions
    removed.
    """
    markup = _cap_tags(_XML_DECL.sub("", markup, count=1))
    # Plain lxml elements: the lxml.html element classes cost a Python call per element.
    parser = etree.HTMLParser(
        recover=True, no_network=True, remove_comments=True, remove_pis=True,
        remove_blank_text=False, huge_tree=False, collect_ids=False)
    try:
        return etree.fromstring(markup, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def text_content(el: Any) -> str:
    """All the text inside an element, its own tail excluded.

    >>> text_content(parse_html("<p>a <b>b</b> c</p>tail").find(".//p"))
    'a b c'
    """
    return str(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def boilerplate_reason(el: Any, page_chars: int = 0,
                       page_prose: int | Callable[[], int] = 0) -> DroppedReason | None:
    """Why an element is page furniture, from its tag, role, classes, id and visibility.
    ``page_prose`` is the length of the page's paragraph text (or a function giving
    it, called only when needed): a sidebar, footer, banner or menu
    holding most of it holds the article, in markup nested wrongly (an unclosed
    ``<header>``, the article inside an ``<aside>``), and is no furniture.

    >>> boilerplate_reason(etree.fromstring('<div class="share-buttons"></div>'))
    'share'
    >>> boilerplate_reason(etree.fromstring('<div class="entry-content"></div>'))
    >>> boilerplate_reason(etree.fromstring('<div class="field field--label-hidden"></div>'))
    >>> page = '<aside><p>' + 'A sentence of the article, with its words. ' * 20 + '</p></aside>'
    >>> boilerplate_reason(etree.fromstring(page)), boilerplate_reason(etree.fromstring(page),
    ...                                                              page_prose=900)
    ('sidebar', None)
    """
    reason = _furniture_kind(el, page_chars)
    if reason in _PROSE_HOLDERS and _holds_prose(el, page_prose, page_chars):
        return None
    return reason


def _furniture_kind(el: Any, page_chars: int) -> DroppedReason | None:
    """The furniture an element is by its tag, role, visibility, classes and id."""
    tag = el.tag
    reason = _TAG_REASON.get(tag)
    if reason:
        return None if tag == "form" and _holds_article(el, page_chars) else reason
    get = el.get
    role = get("role")
    if role and role in _ROLE_REASON:
        return _ROLE_REASON[role]
    if get("hidden") is not None or get("aria-hidden") == "true":
        return "hidden"
    style = get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden"
    cls, ident = get("class"), get("id")
    if not cls and not ident:
        return None
    reason = _names_reason(f"{cls or ''} {ident or ''}")
    if reason is None:
        return None
    if reason == "comments":  # long comments must not pass for the article
        return None if el.find(".//h1") is not None else reason
    # A wrapper named after a sidebar or menu that holds the article is not furniture
    # ("page-with-sidebar", an ASP.NET form around the page).
    if reason == "related":  # teasers of other stories can be long: text length is no sign
        return None if el.find(".//h1") is not None or len(el.findall(".//p")) >= 5 \
            else reason
    if reason == "popup":  # a login dialog holds many paragraphs of messages
        return None if el.find(".//h1") is not None or any(
            _ARTICLE_TOKEN.match(t) for t in (cls or "").lower().split()) or (
            _opens_popup(cls) and _holds_article(el, page_chars)) else reason
    return None if _holds_article(el, page_chars) else reason


def _opens_popup(names: str | None) -> bool:
    """Script hooks ("js-lightbox-gallery") mark content that opens a popup, not the popup.

    >>> _opens_popup("o-media js-lightbox-gallery"), _opens_popup("lightbox")
    (True, False)
    """
    tokens = (names or "").split()
    return any(t.startswith("js-") for t in tokens) and not any(
        _token_reason(t) == "popup" for t in tokens if not t.startswith("js-"))


# Furniture that may wrap the article in badly nested or oddly named markup (an unclosed
# menu around the whole page); share bars, cookie notices and the like never do.
# (A "related" box is none: teasers of other stories may outweigh a short article; one
# holding the headline or five paragraphs was kept by _furniture_kind already.)
_PROSE_HOLDERS = frozenset(("sidebar", "footer", "header", "navigation", "caption",
                            "pagination", "comments"))


def paragraph_chars(el: Any) -> int:
    """Characters of text in the paragraphs (``<p>``) under ``el``, links left out."""
    total = 0
    for p in el.iter("p"):
        total += len(text_content(p)) - sum(len(text_content(a)) for a in p.iter("a"))
    return total


def _holds_prose(el: Any, page_prose: int | Callable[[], int], page_chars: int = 0) -> bool:
    """Most of the page's paragraph text (at least 400 characters) is under ``el``, and
    with it the page's headline or half of all its text (a sidebar of prose beside a
    short article in ``<div>`` elements holds neither)."""
    if callable(page_prose):
        page_prose = page_prose()
    if page_prose < 400 or paragraph_chars(el) < max(400, 0.5 * page_prose):
        return False
    return el.find(".//h1") is not None or len(text_content(el)) >= 0.5 * page_chars


def _names_reason(names: str) -> DroppedReason | None:
    """The furniture kind named by class and id tokens. On a post marked up by its CMS
    ("type-post", "hentry"), tokens of its taxonomy ("tag-popular", "category-news")
    name its topics, not furniture.

    >>> _names_reason("post type-post tag-popular"), _names_reason("popular")
    (None, 'related')
    """
    post = _CMS_POST.search(names) is not None
    for token in names.split():
        if post and _TAXONOMY.match(token):
            continue
        reason = _token_reason(token)
        if reason is not None:
            return reason
    return None


@lru_cache(maxsize=16384)
def _token_reason(token: str) -> DroppedReason | None:
    """The furniture kind one class or id token names (a pure function, cached).

    >>> _token_reason("related-posts"), _token_reason("entry-content-read-more")
    ('related', None)
    """
    token = token.lower()
    if _MODIFIER.search(token):
        return None  # "has-sidebar", "with-right-rail", "no-comments": layout switches
    if _ARTICLE_TOKEN.match(token):
        return None  # "entry-content-read-more": the article's body, in a variant
    # A BEM modifier says how its block is shown, not that the block is furniture:
    # "field--label-hidden" hides the field's label, "node--promoted" is a node
    # promoted to the front page.
    block, _, modifier = token.partition("--")
    if modifier in _HIDDEN_STATES or block in _HIDDEN_STATES:
        return "hidden"  # "ie-info--hidden", a plain "hide": the block itself is hidden
    for reason, pattern in _CLASS_RULES:
        if pattern.search(block if reason in _STATE_REASONS else token):
            return reason
    return None


_STATE_REASONS = frozenset(("hidden", "promo"))
_CMS_POST = re.compile(r"(?:^|\s)(?:type-[\w-]+|hentry|status-publish)(?:\s|$)")
_TAXONOMY = re.compile(r"(?:tag|category|post_tag|format|topic)-", re.I)
_HIDDEN_STATES = frozenset(("hidden", "hide", "is-hidden", "d-none", "invisible"))
_ARTICLE_TOKEN = re.compile(r"(?:entry|post|article|story)[-_]+(?:content|body|text)(?:$|[-_])")


def _holds_article(el: Any, page_chars: int) -> bool:
    """An element wrapping the page's article (an ASP.NET page-wide form, a layout div
    named "l-sidebar-fixed" or "with-right-rail"): a heading, paragraphs, or much of the
    page's text with few links, or the body the page marks up as its article's
    (``itemprop="articleBody"``)."""
    if el.find(".//h1") is not None or len(el.findall(".//p")) >= 5 or _BODY_PROP(el):
        return True
    text = len(text_content(el))
    if text < 1500 and text < 0.25 * page_chars:
        return False
    links = sum(len(text_content(a)) for a in el.iter("a"))
    return text - links >= 1500 or links < 0.4 * text


def _space(m: re.Match[str]) -> str:
    """A run of white space becomes one space; one holding a table-cell break, a tab."""
    return "\t" if _CELL in m.group() else " "


class _Builder:
    def __init__(self, root: Any) -> None:
        self.tree = root.getroottree()
        self.blocks: list[Block] = []
        self.lines: list[list[str]] = [[]]
        self.link_chars = 0
        self.owner: Any = None
        self.reason: DroppedReason | None = None

    def add(self, text: str | None, owner: Any, reason: DroppedReason | None,
            in_link: bool) -> None:
        if not text:
            return
        if self.owner is None:
            if text.isspace():
                return
            self.owner, self.reason = owner, reason
        self.lines[-1].append(text)
        if in_link:
            self.link_chars += len(text.strip())

    def newline(self) -> None:
        if any(x.strip() for x in self.lines[-1]):
            self.lines.append([])

    def separate(self, el: Any) -> None:
        """Keep apart two inline siblings written with nothing between them
        ("<span class='org'>Freedom House</span><span class='country'>USA</span>"): a
        cell break between two fields of one kind of element, else a space, and only where
        the words would otherwise run together."""
        line = self.lines[-1]
        if not line or not line[-1][-1:].isalnum() or not el.text[:1].isalnum():
            return
        prev = el.getprevious()
        if prev is None or prev.tail or not isinstance(prev.tag, str):
            return
        if prev.tag == el.tag and prev.get("class") and el.get("class"):
            line.append(_CELL)
        elif line[-1][-1:].islower() and el.text[:1].isupper():
            line.append(" ")

    def cell(self) -> None:
        if any(x.strip() for x in self.lines[-1]):
            self.lines[-1].append(_CELL)

    def furniture(self, el: Any, reason: DroppedReason) -> None:
        """One block holding all the text of a furniture element (scripts are gone)."""
        text = _WS.sub(" ", " ".join(el.itertext())).strip()
        if text:
            links = sum(map(len, _LINK_TEXT(el)))
            if el.tag == "a":
                links = len(text)
            self.blocks.append(Block(
                len(self.blocks), [text], "", el.tag,
                boilerplate=reason, link_chars=min(links, len(text)), element=el))

    def flush(self) -> None:
        if self.owner is None:
            return
        lines = []
        for parts in self.lines:
            joined = "".join(parts)
            if len(self.lines) == 1 and self.owner.tag == "p" and \
                    joined.count("\n") >= _SOURCE_LINES - 1 and _CELL not in joined and \
                    (source := _source_lines(joined)):
                lines.extend(source)
                continue
            lines.append((_WS.sub(_space, joined) if _CELL in joined else
                          _WS_PLAIN.sub(" ", joined)).strip(" "))
        lines = [x.strip("\t") for x in lines if x and not x.isspace()]
        if lines:
            owner = self.owner
            self.blocks.append(Block(
                len(self.blocks), lines, "", owner.tag,
                boilerplate=self.reason, link_chars=self.link_chars, element=owner))
        self.lines = [[]]
        self.link_chars = 0
        self.owner = None
        self.reason = None


_SOURCE_LINES = 6
_SENTENCE_END = (".", "!", "?", ":", ";")


def _source_lines(text: str) -> list[str]:
    r"""The lines of a paragraph written as a list in the page's source, one name per
    line with no ``<br>`` ("<p>Ana Ruiz - ATE ROSARIO\nJUVENTUD GUEVARISTA\n…</p>":
    a browser runs them together): six lines or more, short, each opening with a capital
    or a digit, few closing a sentence, and not a paragraph hard-wrapped in the source.
    [] otherwise.

    >>> _source_lines("\nATE ROSARIO\nEL LEVANTE\nTren para todos\nFacultad Libre\n"
    ...               "Marea Popular\nProyecto Sur\n")[:2]
    ['ATE ROSARIO', 'EL LEVANTE']
    >>> _source_lines("We urge the Council\nto act now on the\nresolution before it\n"
    ...               "is too late for the\nmany people who\nare held.")
    []
    """
    lines = [_WS_PLAIN.sub(" ", x).strip() for x in text.split("\n")]
    lines = [x for x in lines if x]
    if len(lines) < _SOURCE_LINES or any(len(x) > 120 or len(x.split()) > 14 for x in lines):
        return []
    capital = sum(x[0].isupper() or x[0].isdigit() for x in lines)
    ends = sum(x.endswith(_SENTENCE_END) for x in lines)
    if capital < 0.9 * len(lines) or ends > 0.2 * len(lines):
        return []
    return lines


def _is_layout_cell(el: Any) -> bool:
    return el.find(".//p") is not None or el.find(".//div") is not None or \
        el.find(".//table") is not None or el.find(".//br") is not None and \
        len(el.findall(".//br")) > 3


def _unwrap_noscript_articles(root: Any) -> None:
    """Keep the text of a ``<noscript>`` that holds an article (paragraphs of prose: the
    fallback of a page whose script renders the story), dropping only the element; a
    tracking pixel or "enable JavaScript" notice goes with the other scripts.

    >>> page = etree.fromstring("<div><noscript><p>" + "Prose of the story. " * 20 +
    ...                         "</p></noscript><noscript><img src='p.gif'/></noscript></div>")
    >>> _unwrap_noscript_articles(page)
    >>> [el.tag for el in page.iter()]
    ['div', 'p', 'noscript', 'img']
    """
    unwrap = False
    for el in root.iter("noscript"):
        if el.find(".//p") is not None and len(text_content(el)) >= 300:
            el.tag = "ngoclean-unwrap"
            unwrap = True
    if unwrap:
        etree.strip_tags(root, "ngoclean-unwrap")


def html_blocks(root: Any) -> list[Block]:
    """Blocks of the document in reading order, each labelled with its boilerplate reason.

    Scripts, styles and other non-text elements are removed from ``root`` first (read
    the metadata before calling this).
    """
    _unwrap_noscript_articles(root)
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    body = root.find("body")
    start = body if body is not None else root
    b = _Builder(root)
    page_chars = len(text_content(start))
    # the page's paragraph text is measured once, and only when some sidebar, footer or
    # menu could hold the article
    page_prose = cache(lambda: paragraph_chars(start))
    # stack entries: (is_block, reason, in_link, owner): owner is the nearest block element
    stack: list[tuple[bool, DroppedReason | None, bool, Any]] = [(True, None, False, start)]
    skip_depth = 0
    walk = etree.iterwalk(start, events=("start", "end"))
    for event, el in walk:
        if el is start:
            if event == "start" and el.text:
                b.add(el.text, start, None, False)
            continue
        tag = el.tag
        if event == "start":
            if skip_depth or tag in _DROP_TAGS or not isinstance(tag, str):
                skip_depth += 1
                continue
            _, parent_reason, parent_link, parent_owner = stack[-1]
            reason = parent_reason or (boilerplate_reason(el, page_chars, page_prose)
                                       if el.attrib or
                                       tag in _TAG_REASON else None)
            in_link = parent_link or tag == "a"
            if reason is not None and parent_reason is None:
                # Furniture is read whole, as one labelled block, without walking it.
                if b.owner is not None:
                    b.flush()
                b.furniture(el, reason)
                walk.skip_subtree()
                stack.append((True, reason, in_link, el))
                continue
            if tag in BLOCK_TAGS:
                is_block = True
            elif tag == "td" or tag == "th":
                is_block = _is_layout_cell(el)
                if not is_block:
                    b.cell()
            else:
                is_block = False
                if tag == "br":
                    b.newline()
                elif el.text:
                    b.separate(el)
            if is_block and b.owner is not None:
                b.flush()
            owner = el if is_block else parent_owner
            stack.append((is_block, reason, in_link, owner))
            if el.text:
                b.add(el.text, owner, reason, in_link)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0 and el.tail:  # the dropped element's tail
                    _, reason, in_link, owner = stack[-1]
                    b.add(el.tail, owner, reason, in_link)
                continue
            is_block = stack.pop()[0]
            if is_block and b.owner is not None:
                b.flush()
            if el.tail:
                _, reason, in_link, owner = stack[-1]
                b.add(el.tail, owner, reason, in_link)
    b.flush()
    return b.blocks
