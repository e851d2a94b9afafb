"""Letters written as PDFs for the tests, with reportlab (a test dependency only).

Each ``*_pdf()`` function returns the bytes of one document laid out as joint letters
are: one column, a body in two columns, a list in three columns, a list in a table
with ruled cells, running headers and page numbers over several pages, a TrueType font
whose ligature glyphs stand for "fi" and "fl", a scan without a text layer, a
password. Output is deterministic (reportlab's invariant mode; the creation date is
set). The organisations are invented.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
LEFT, RIGHT = 72.0, WIDTH - 72.0
TOP = HEIGHT - 72.0

NAMES = [
    "Coalition for Open Rivers", "Northern Plains Legal Aid", "Harbour Workers Union",
    "Institute for Quiet Streets", "Women of the Delta Network", "Forum for Civic Voices",
    "Lantern Press Freedom Centre", "Mountain Villages Alliance", "Safe Passage Collective",
    "Centre for Fair Elections", "Youth for Clean Air", "Association of Rural Midwives",
    "Tidewater Human Rights Initiative", "Open Archives Society", "Justice Now Foundation",
    "Desert Bloom Cooperative", "Network of Independent Journalists",
    "Council for Refugee Dignity", "Green Corridor Trust", "Citizens Budget Watch",
    "Union of Small Farmers", "Bridge Builders Institute", "Free Assembly League",
    "River Stones Legal Clinic", "Equal Ground Alliance", "Voices Against Torture",
    "Clearwater Environmental Defenders", "Sunrise Literacy Project",
    "Meridian Rights Observatory", "Pathways to Justice",
]

COUNTRIES = ["Kenya", "Brazil", "Philippines", "Germany", "Mexico", "India", "France",
             "Nigeria", "Colombia", "Canada"]

LETTER = (
    "We, the undersigned organisations, write to urge the members of the Council to "
    "renew the mandate of the Special Rapporteur on the situation of human rights "
    "defenders, and to resist any attempt to weaken its independence or its budget."
)
SECOND = (
    "Defenders who speak out on land, water and labour rights face smear campaigns, "
    "arbitrary arrest and violence. The mandate remains the only international "
    "mechanism that documents these cases and follows them up with the States concerned."
)


def _vera() -> str:
    import reportlab

    path = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", path))
    return "Vera"


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """Words filled into lines no wider than ``width`` points."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


class Writer:
    """A page cursor over a reportlab canvas."""

    def __init__(self, *, title: str | None = None, author: str | None = None,
                 encrypt: str | None = None) -> None:
        self.buf = io.BytesIO()
        kwargs = {}
        if encrypt is not None:
            from reportlab.lib.pdfencrypt import StandardEncryption

            kwargs["encrypt"] = StandardEncryption(encrypt, canPrint=0)
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, **kwargs)
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        self.y = TOP
        self.page = 1
        self.header: Callable[[Writer], None] | None = None

    def text(self, x: float, y: float, text: str, size: float = 10,
             font: str = "Helvetica") -> None:
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)

    def line(self, text: str, size: float = 10, font: str = "Helvetica",
             x: float = LEFT, leading: float | None = None) -> None:
        self.need(size * 1.3)
        self.text(x, self.y, text, size, font)
        self.y -= leading if leading is not None else size * 1.3

    def paragraph(self, text: str, size: float = 10, font: str = "Helvetica",
                  x: float = LEFT, width: float = RIGHT - LEFT, after: float = 8) -> None:
        for line in wrap(text, width, font, size):
            self.line(line, size, font, x)
        self.y -= after

    def skip(self, points: float) -> None:
        self.y -= points

    def need(self, points: float) -> None:
        if self.y - points < 72:
            self.new_page()

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = TOP
        if self.header is not None:
            self.header(self)

    def columns(self, items: Sequence[str], n: int, size: float = 10, gutter: float = 24,
                font: str = "Helvetica") -> None:
        """Items one per line in ``n`` columns, filled column by column."""
        width = (RIGHT - LEFT - gutter * (n - 1)) / n
        per = -(-len(items) // n)
        top = self.y
        for k, item in enumerate(items):
            col, row = divmod(k, per)
            self.text(LEFT + col * (width + gutter), top - row * size * 1.4, item, size, font)
        self.y = top - per * size * 1.4 - 6

    def flow_columns(self, items: Sequence[str], n: int, size: float = 9,
                     gutter: float = 18, font: str = "Helvetica") -> None:
        """Items in ``n`` columns filled column by column, page after page."""
        width = (RIGHT - LEFT - gutter * (n - 1)) / n
        pitch = size * 1.4
        rest = list(items)
        while rest:
            rows = max(1, int((self.y - 72) // pitch))
            page, rest = rest[:rows * n], rest[rows * n:]
            per = -(-len(page) // n)
            for k, item in enumerate(page):
                col, row = divmod(k, per)
                self.text(LEFT + col * (width + gutter), self.y - row * pitch, item, size,
                          font)
            self.y -= per * pitch + 6
            if rest:
                self.new_page()

    def done(self, created: str = "20240315120000") -> bytes:
        self.c.showPage()
        self.c.save()
        data = self.buf.getvalue()
        return data.replace(b"D:20000101000000", b"D:" + created.encode("ascii"))


def one_column_pdf() -> bytes:
    """A one-column letter: headline, date line, paragraphs, the list one per line."""
    w = Writer(title="Renew the mandate on human rights defenders")
    w.line("Renew the mandate on human rights defenders", 18, "Helvetica-Bold", leading=30)
    w.line("Geneva, 12 March 2024", leading=24)
    w.line("Dear Members of the Council,", leading=18)
    w.paragraph(LETTER)
    w.paragraph(SECOND)
    w.line("Yours sincerely,", leading=24)
    w.line("Signed by:", 11, "Helvetica-Bold", leading=18)
    for name in NAMES[:12]:
        w.line(name)
    return w.done()


def two_column_body_pdf() -> bytes:
    """A headline across the page, then the letter in two columns, then the list."""
    w = Writer(title="Microsoft Word - statement_v4.docx")
    w.line("Stop the attacks on river defenders", 18, "Helvetica-Bold", leading=34)
    width = (RIGHT - LEFT - 24) / 2
    top = w.y
    for k, text in enumerate((LETTER, SECOND)):
        w.y = top
        w.paragraph(text, x=LEFT + k * (width + 24), width=width)
    w.y = min(w.y, top - 14 * 13)
    w.line("Signatories", 11, "Helvetica-Bold", leading=18)
    for name in NAMES[12:20]:
        w.line(name)
    return w.done()


def three_column_list_pdf() -> bytes:
    """A short letter whose 30 signatories stand in three columns."""
    w = Writer(title="untitled")
    w.line("Joint statement on the freedom of assembly", 16, "Helvetica-Bold", leading=28)
    w.line("14 May 2023", leading=22)
    w.paragraph(LETTER)
    w.line("Signatory organisations:", 11, "Helvetica-Bold", leading=20)
    w.columns(NAMES, 3, size=9, gutter=18)
    return w.done()


def table_list_pdf() -> bytes:
    """The list as a table of ruled cells: organisation and country, one long name
    wrapped over two lines of its cell."""
    w = Writer()
    w.line("Open letter on the protection of journalists", 16, "Helvetica-Bold",
           leading=28)
    w.line("Published: 2 June 2022", leading=22)
    w.paragraph(SECOND)
    w.line("The letter is signed by:", leading=20)
    rows = [("Organisation", "Country")] + [(n, COUNTRIES[k % len(COUNTRIES)])
                                            for k, n in enumerate(NAMES[:9])]
    x_split = LEFT + 300
    y = w.y
    c = w.c
    for k, (name, country) in enumerate(rows):
        cell = ["Tidewater Human Rights Initiative for", "Coastal Communities"] \
            if name == NAMES[4] else [name]
        height = 16 * len(cell)
        c.rect(LEFT, y - height + 11, 300, height, stroke=1, fill=0)
        c.rect(x_split, y - height + 11, 120, height, stroke=1, fill=0)
        font = "Helvetica-Bold" if k == 0 else "Helvetica"
        for j, part in enumerate(cell):
            w.text(LEFT + 4, y - j * 16, part, 10, font)
        w.text(x_split + 4, y, country, 10, font)
        y -= height
    w.y = y - 10
    return w.done()


def running_headers_pdf() -> bytes:
    """Three pages, each with a running header and a page number; the list runs
    from the first page over the two others."""
    w = Writer(title="Joint submission on the right to water")

    def header(wr: Writer) -> None:
        wr.text(LEFT, HEIGHT - 40, "Joint submission on the right to water", 8)
        wr.text(WIDTH / 2 - 20, 40, f"Page {wr.page} of 3", 8)

    w.header = header
    header(w)
    w.line("Joint submission on the right to water", 16, "Helvetica-Bold", leading=28)
    w.line("Nairobi, 3 October 2023", leading=22)
    w.paragraph(LETTER)
    w.paragraph(SECOND)
    w.line("Endorsed by:", 11, "Helvetica-Bold", leading=18)
    for k in range(3):
        for name in NAMES:
            w.line(f"{name} {'I' * (k + 1)}" if k else name, leading=15)
    return w.done()


def ligatures_pdf() -> bytes:
    """A TrueType font with the ligature glyphs ﬁ and ﬂ, words hyphenated at line
    ends and one across the page break."""
    font = _vera()
    w = Writer(title="Confined defenders: a call for their release")
    w.line("Conﬁned defenders: a call for their release", 16, font, leading=28)
    w.line("Brussels, 21 November 2021", 10, font, leading=22)
    w.line("The signatories are deeply concerned by the conﬂict and the detention of de-", 10,
           font)
    w.line("fenders held without charge, and call for their ﬁnal release.", 10, font,
           leading=22)
    for _ in range(44):
        w.line("Filler line of the body to push the text down the page.", 10, font)
    w.line("The authorities must also guarantee the safety of their fami-", 10, font)
    w.new_page()
    w.line("lies and lawyers.", 10, font, leading=22)
    w.line("Signed:", 10, font, leading=16)
    for name in NAMES[20:26]:
        w.line(name, 10, font)
    return w.done()


def undated_pdf() -> bytes:
    """No date in the text: the creation date of the metadata is the date."""
    w = Writer(title="Letter on the closure of the legal aid office")
    w.line("Letter on the closure of the legal aid office", 16, "Helvetica-Bold",
           leading=28)
    w.paragraph(LETTER)
    w.line("Signed:", leading=16)
    for name in NAMES[5:9]:
        w.line(name)
    return w.done(created="20220907101500")


def two_column_list_pdf() -> bytes:
    """The list of :data:`LIST_HTML` in two columns."""
    w = Writer(title="Joint letter on digital rights")
    w.line("Joint letter on digital rights", 16, "Helvetica-Bold", leading=28)
    w.line("4 April 2024", leading=22)
    w.paragraph(LETTER)
    w.line("Signatories", 11, "Helvetica-Bold", leading=18)
    w.columns(NAMES[:16], 2)
    return w.done()


LIST_HTML = (
    "<html><head><title>Joint letter on digital rights</title></head><body><article>"
    "<h1>Joint letter on digital rights</h1><p>4 April 2024</p>"
    f"<p>{LETTER}</p><h2>Signatories</h2><ul>"
    + "".join(f"<li>{n}</li>" for n in NAMES[:16]) + "</ul></article></body></html>")


def press_release_pdf() -> bytes:
    """A label in small capitals over a headline set large on two lines; the list
    numbered, its numbers at a tab stop of their own."""
    w = Writer()
    w.line("PRESS RELEASE", 11, "Helvetica-Bold", leading=30)
    w.line("Coastal defenders call for an end", 24, "Helvetica-Bold", leading=29)
    w.line("to arbitrary detention", 24, "Helvetica-Bold", leading=36)
    w.line("Manila, 8 August 2023", leading=22)
    w.paragraph(SECOND)
    w.line("Signed by:", leading=18)
    for k, name in enumerate(NAMES[8:16], start=1):
        w.text(LEFT, w.y, f"{k}.")
        w.line(name, x=LEFT + 36)
    return w.done()


def bold_title_pdf() -> bytes:
    """A headline in bold at the body's size over two lines, no metadata title."""
    w = Writer()
    w.line("Berlin, 12. Oktober 2023", leading=24)
    w.line("OFFENER BRIEF", 10, "Helvetica-Bold")
    w.line("FÜR DEN SCHUTZ DER FLUSSAUEN UND IHRER BEWOHNER", 10, "Helvetica-Bold",
           leading=22)
    w.paragraph("Wir, die unterzeichnenden Organisationen, fordern die Landesregierung auf, "
                "die geplante Begradigung des Flusses zu stoppen und die Auen zu schützen.")
    w.line("Unterzeichnet von:", leading=18)
    for name in NAMES[16:22]:
        w.line(name)
    return w.done()


def list_then_agenda_pdf() -> bytes:
    """The list, then a bold heading opening another section (the launch event's
    agenda): the section is no part of the list."""
    w = Writer(title="Defenders of the river basin need protection")
    w.line("Defenders of the river basin need protection", 18, "Helvetica-Bold", leading=30)
    w.paragraph(LETTER)
    w.line("Signatories at launch:", leading=18)
    for name in NAMES[22:28]:
        w.line(name)
    w.skip(14)
    w.line("Press launch", 10, "Helvetica-Bold", leading=16)
    for item in ("Opening words by the coalition", "Testimonies of two defenders",
                 "Questions from the press", "Closing remarks"):
        w.line(item)
    return w.done()


def scanned_pdf() -> bytes:
    """A page that is only an image (a scan without a text layer)."""
    from reportlab.lib.utils import ImageReader

    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - reportlab needs Pillow
        raise
    image = Image.new("L", (60, 80), 200)
    w = Writer(title="Scan")
    w.c.drawImage(ImageReader(image), LEFT, 300, 420, 560)
    return w.done()


def encrypted_pdf() -> bytes:
    """A letter that opens only with a password."""
    w = Writer(encrypt="secret")
    w.line("A letter behind a password")
    return w.done()


def fits(name: str, columns: int, gutter: float = 18) -> bool:
    """Whether ``name`` stands on one line of a column of :func:`list_letter_pdf`."""
    size = 10 if columns == 1 else 9
    width = (RIGHT - LEFT - gutter * (columns - 1)) / columns
    try:
        name.encode("cp1252")
    except UnicodeEncodeError:
        return False  # the core fonts write Western text only
    return pdfmetrics.stringWidth(name, "Helvetica", size) <= width


def list_letter_pdf(names: Sequence[str], columns: int, *, title: str = "Joint letter",
                    date: str = "9 September 2024") -> bytes:
    """A letter of any length whose list stands in ``columns`` columns (1 to 3),
    running over as many pages as it needs (for benchmarks)."""
    w = Writer(title=title)
    w.line(title, 16, "Helvetica-Bold", leading=28)
    w.line(date, leading=22)
    w.paragraph(LETTER)
    w.line("Signatories:", 11, "Helvetica-Bold", leading=20)
    w.flow_columns(names, columns, size=10 if columns == 1 else 9)
    return w.done()


ALL: dict[str, Callable[[], bytes]] = {
    "one-column": one_column_pdf,
    "two-column-body": two_column_body_pdf,
    "three-column-list": three_column_list_pdf,
    "table-list": table_list_pdf,
    "running-headers": running_headers_pdf,
    "ligatures": ligatures_pdf,
    "undated": undated_pdf,
    "two-column-list": two_column_list_pdf,
    "press-release": press_release_pdf,
    "bold-title": bold_title_pdf,
    "list-then-agenda": list_then_agenda_pdf,
    "scanned": scanned_pdf,
}
