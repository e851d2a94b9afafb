"""The HTML front end: markup to the :class:`~ngoclean.assemble.Parts` of a page.

The signatory list is looked for among all non-furniture blocks *before* the main
content is chosen, so that short, link-free name lines are never thrown away as
boilerplate.

>>> from ngoclean.assemble import assemble
>>> from ngoclean.read import load
>>> page = ('<html><head><title>Joint letter | Example</title>'
...         '<meta property="article:published_time" content="2021-03-04"></head><body>'
...         '<nav><a href="/">Home</a></nav><article><h1>Joint letter</h1>'
...         '<p>We, the undersigned organisations, urge the Council to renew the mandate '
...         'of the Special Rapporteur without delay.</p><h2>Signatories</h2><ul>'
...         '<li>Human Rights Watch</li><li>Amnesty International</li></ul></article>'
...         '<footer>Copyright 2021</footer></body></html>')
>>> rec = assemble(html_parts(load(page), url=None))
>>> rec.title, rec.date.isoformat(), rec.date_source
('Joint letter', '2021-03-04', 'meta:article:published_time')
>>> [s.name for s in rec.signatories]
['Human Rights Watch', 'Amnesty International']
>>> rec.body[:60]
'We, the undersigned organisations, urge the Council to renew'
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from .assemble import Parts
from .attachments import document_links
from .content import main_content
from .furniture import strip_furniture
from .htmlblocks import html_blocks, parse_html
from .labels import DroppedReason
from .listfind import ListSpan, locate_list
from .meta import own_url, read_meta
from .model import Block, Dropped, Repair
from .read import Document
from .repairs import repair_blocks

__all__ = ["html_parts"]


def _find_html_list(blocks: list[Block], candidates: list[Block], kept: list[int],
                    reasons: dict[int, DroppedReason]) -> ListSpan:
    """The signatory list, looked for before anything is thrown away, on the raw text:
    under a heading anywhere outside furniture; else an inline "Signed by: …" sentence
    or a run of names closing the main content, on a page that speaks as signers."""
    # Names written as links (each organisation linked to its site) were set aside as a
    # link list; inside the content they may be the list.
    kept_set = set(kept)
    last = kept[-1] + 10 if kept else -1
    main_raw = [b for b in blocks if b.index in kept_set or (
        reasons.get(b.index) == "link_list" and kept and kept[0] < b.index <= last)]
    return locate_list(candidates, main_raw)


def _candidates(blocks: list[Block]) -> list[Block]:
    """The blocks a list may be made of: every block outside furniture, and runs of
    three captions or more in a row (a grid of signers' photos, each captioned "Name,
    role"): whether such a run is a list, the list search decides (under a heading of
    signatories, say), as for any other blocks.

    >>> from ngoclean.model import Block
    >>> bs = [Block(0, ["Firmatari"], "", "h2")] + [
    ...     Block(k, [f"Person {k}, role"], "", "figcaption", boilerplate="caption")
    ...     for k in range(1, 4)] + [Block(4, ["More text."], "", "p"),
    ...     Block(5, ["Photo: A. Roe"], "", "p", boilerplate="caption")]
    >>> [b.index for b in _candidates(bs)]
    [0, 1, 2, 3, 4]
    """
    out: list[Block] = []
    run: list[Block] = []
    for b in [*blocks, None]:
        if b is not None and b.boilerplate == "caption":
            run.append(b)
            continue
        if len(run) >= 3:
            out.extend(run)
        run = []
        if b is not None and b.boilerplate is None:
            out.append(b)
    return out


def html_parts(doc: Document, *, url: str | None) -> Parts | None:
    """The parts of an HTML page; None when the markup holds nothing to parse."""
    root = parse_html(doc.text)
    if root is None:
        return None
    meta = read_meta(root, url=url, markup=doc.text)
    repairs: list[Repair] = []
    dropped: list[Dropped] = []
    blocks = html_blocks(root)
    kept, reasons = main_content(blocks)
    by_index = {b.index: b for b in blocks}
    candidates = _candidates(blocks)
    span = _find_html_list(blocks, candidates, kept, reasons)
    # Only the blocks that can end in the record are repaired and stripped of furniture
    # lines: the main content, the list and what comes just before the content.
    first = kept[0] if kept else len(blocks)
    lead = [b.index for b in candidates if first - 20 <= b.index < first]
    wanted = set(kept) | set(span.blocks) | set(lead) | {
        i for i in (span.heading, *span.subheadings) if i is not None}
    fixed = repair_blocks([by_index[i] for i in sorted(wanted)], repairs)
    fixed, emptied = strip_furniture(fixed, dropped)
    by_index.update((b.index, b) for b in fixed)
    # Links to versions of the page stand in its text or in a line of links right by it
    # ("English | Français"), never in its furniture (menus, footer, sidebar).
    attachments = []
    if _links_pdf(doc.text):  # (most pages link no PDF: not walked)
        last = kept[-1] + 10 if kept else -1
        near = [b for b in candidates if first - 20 <= b.index <= last or b.index in wanted]
        attachments = document_links((b.element for b in near if b.element is not None),
                                     _base(root, url),
                                     meta.titles[0][1] if meta.titles else None)
    return Parts(
        source=doc.source, url=url, blocks=[by_index[b.index] for b in blocks], main=kept,
        span=span, head=sorted(set(lead) | set(kept)), reasons=reasons, emptied=emptied,
        dropped=dropped, repairs=repairs, problems=list(doc.problems), meta=meta,
        markup=doc.text, attachments=attachments)


def _links_pdf(markup: str) -> bool:
    """Whether the markup may link a PDF (plain substring searches: a case-blind
    regular expression over a whole page costs milliseconds).

    >>> _links_pdf('<a href="/a/Letter.PDF">x</a>'), _links_pdf("<p>No link</p>")
    (True, False)
    """
    return any(x in markup for x in (".pdf", ".PDF", ".Pdf", "application/pdf"))


def _base(root: Any, url: str | None) -> str | None:
    """The address links of the page are read against: its ``<base href>`` (itself
    read against the page's URL), else the page's URL, else its canonical address."""
    base = next((el.get("href") for el in root.iter("base") if el.get("href")), None)
    own = url or own_url(root)
    if base:
        return urljoin(own, base) if own else base
    return own
