"""Ways a signatory list is announced on web pages, and lists that are not signatories."""

from __future__ import annotations

import textwrap

import pytest

import ngoclean

LETTER = ("<html><head><title>Joint letter on media freedom</title></head><body><article>"
          "<h1>Joint letter on media freedom</h1><p>We, the organisations below, call on the "
          "government to release the journalists held for their work and to repeal the "
          "laws used against them.</p>{heading}<ul><li>ARTICLE 19</li><li>Committee to Protect "
          "Journalists</li><li>PEN International</li></ul></article></body></html>")
NAMES = ["ARTICLE 19", "Committee to Protect Journalists", "PEN International"]


@pytest.mark.parametrize("heading", [
    "<h2>Signatories</h2>",
    "<h3>List of signatories (as of 10 May 2021)</h3>",
    "<p>This letter is co-signed by the following organisations:</p>",
    "<p><strong>Ont signé :</strong></p>",
    "<h4>Firmantes (3)</h4>",
    "<p>Unterzeichnende Organisationen:</p>",
])
def test_announced_lists(heading: str) -> None:
    rec = ngoclean.parse(LETTER.format(heading=heading))
    assert [s.name for s in rec.signatories] == NAMES
    assert "ARTICLE 19" not in rec.body


@pytest.mark.parametrize("heading", [
    "<h3>Sign up for our newsletter:</h3>",
    "<h3>Significant developments:</h3>",
    "<h3>Our partners</h3>",
])
def test_other_lists_stay_in_the_body(heading: str) -> None:
    rec = ngoclean.parse(LETTER.format(heading=heading))
    assert rec.signatories == []
    assert "PEN International" in rec.body


def test_grid_table_of_names() -> None:
    grid = ("<h2>Signatories</h2><table><tr><td>ARTICLE 19</td><td>Fair Trials</td></tr>"
            "<tr><td>Freedom House</td><td>PEN International</td></tr></table>")
    page = LETTER.replace("{heading}<ul><li>ARTICLE 19</li><li>Committee to Protect "
                          "Journalists</li><li>PEN International</li></ul>", grid)
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == ["ARTICLE 19", "Fair Trials", "Freedom House",
                                                 "PEN International"]


def test_list_in_br_lines_then_a_new_section() -> None:
    page = ("<html><body><article><h1>End the crackdown on civil society</h1><p>The "
            "undersigned organisations condemn the closure of hundreds of organisations and "
            "call for their legal status to be restored.</p><h3>Signed by</h3><p>Center for "
            "Justice and International Law (CEJIL)<br>Centro Nicaragüense de Derechos Humanos "
            "(CENIDH), Nicaragua<br>Colectivo Nicaragua Nunca Más, Costa Rica<br>Due Process "
            "of Law Foundation (DPLF)<br>Front Line Defenders<br>Race and Equality</p>"
            "<h3>Background</h3><p>Since 2018 the legislature has cancelled the legal status "
            "of hundreds of organisations, universities among them.</p></article></body></html>")
    rec = ngoclean.parse(page)
    assert [(s.name, s.country) for s in rec.signatories] == [
        ("Center for Justice and International Law (CEJIL)", None),
        ("Centro Nicaragüense de Derechos Humanos (CENIDH), Nicaragua", "Nicaragua"),
        ("Colectivo Nicaragua Nunca Más, Costa Rica", "Costa Rica"),
        ("Due Process of Law Foundation (DPLF)", None),
        ("Front Line Defenders", None),
        ("Race and Equality", None),
    ]
    assert "Background" in rec.body and "Since 2018" in rec.body


HEADINGLESS = ("<html><body><article><h1>{title}</h1><p>{intro}</p><ul>{items}</ul>"
               "</article></body></html>")
VENUES = "".join(f"<li>{x}</li>" for x in [
    "June 9 -- Riverside Amphitheatre, West Palm Beach, FL",
    "June 10 -- Credit Union Arena, Tampa, FL",
    "June 14 -- Bank Music Center, Alpharetta, GA",
    "June 17 -- National Arena, Nashville, TN",
    "June 19 -- Music Pavilion, Charlotte, NC",
    "June 20 -- Community Music Park, Raleigh, NC"])
ORGS = "".join(f"<li>{x}</li>" for x in [
    "Amnesty International", "Human Rights Watch", "International Commission of Jurists",
    "Front Line Defenders", "Committee to Protect Journalists (CPJ)",
    "World Organisation Against Torture (OMCT)"])


@pytest.mark.parametrize(("title", "items", "intro", "signatories", "in_body"), [
    # A run of organisation-like lines on a page that signs nothing is not a list.
    ("Band sets its anniversary tour", VENUES,
     "The band will reunite for a special tour next year, its first in decades, with thirty "
     "dates across the country and a new live album to follow it.", 0, "Credit Union Arena"),
    # A run of names closing a letter needs no heading.
    ("Release the defenders", ORGS,
     "We, the undersigned organisations, call on the authorities to release the defenders "
     "detained since March and to drop every charge against them.", 6, None),
])
def test_lists_without_a_heading(title: str, items: str, intro: str, signatories: int,
                                 in_body: str | None) -> None:
    rec = ngoclean.parse(HEADINGLESS.format(title=title, items=items, intro=intro))
    assert len(rec.signatories) == signatories
    if signatories:
        assert [s.name for s in rec.signatories][:2] == ["Amnesty International",
                                                         "Human Rights Watch"]
        assert "Front Line Defenders" not in rec.body
    if in_body:
        assert in_body in rec.body


def test_text_dump_list_without_heading_needs_a_letter_too() -> None:
    names = "\n".join(["Amnesty International", "Human Rights Watch",
                       "International Commission of Jurists", "Front Line Defenders"])
    prose = ("The festival returns this summer with more stages than ever before, and the "
             "organisers have announced the first acts and partners of the programme.")
    rec = ngoclean.parse(f"Festival news\n\n{prose}\n\n{names}\n")
    assert rec.signatories == [] and "Front Line Defenders" in rec.body
    letter = prose.replace("The festival returns", "We, the undersigned, write as the "
                           "festival returns")
    rec = ngoclean.parse(f"Festival news\n\n{letter}\n\n{names}\n")
    assert [s.name for s in rec.signatories][-1] == "Front Line Defenders"


NAMED = ["Access Now", "Amnesty International", "ARTICLE 19", "Electronic Frontier Foundation",
         "Human Rights Watch", "Privacy International"]


def test_names_written_as_links_after_the_closing() -> None:
    links = "<br>".join(f"<a href='https://example.org/{i}'>{name}</a>"
                        for i, name in enumerate(NAMED))
    page = ("<html><body><div class='entry-content'><p>We, the undersigned organisations, "
            "call for a moratorium on the sale of surveillance technology until safeguards "
            f"are in place.</p><p>Sincerely,</p><p>{links}</p></div></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == NAMED
    assert rec.body.endswith("Sincerely,") and "Access Now" not in rec.body
    # A menu of links on a page that signs nothing stays furniture.
    menu = page.replace("We, the undersigned organisations, call for", "The report calls for")
    rec = ngoclean.parse(menu)
    assert rec.signatories == [] and ("\n".join(NAMED), "link_list") in [
        (d.text, d.reason) for d in rec.dropped]


@pytest.mark.parametrize("items", [
    "Amnesty International,<br>CIVICUS,<br>Front Line Defenders,<br>and Human Rights Watch.",
    "Amnesty International;<br>CIVICUS;<br>Front Line Defenders; and<br>Human Rights Watch.",
    "- Amnesty International –<br>- CIVICUS –<br>- Front Line Defenders –<br>"
    "- Human Rights Watch –",
])
def test_delimited_lists_and_the_last_and(items: str) -> None:
    page = ("<html><body><article><h1>Letter</h1><p>We, the undersigned organisations, call "
            "on the government to release the defenders detained in March.</p>"
            f"<h3>Signatories</h3><p>{items}</p></article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == [
        "Amnesty International", "CIVICUS", "Front Line Defenders", "Human Rights Watch"]
    # What was cut is audited as list_marker repairs ("and" joined to its name: join_lines).
    steps = {r.step for r in rec.repairs}
    assert "list_marker" in steps and steps <= {"list_marker", "join_lines"}


def test_items_with_the_country_on_a_line_of_its_own() -> None:
    items = "".join(f"<li>{n}<br>{c}</li>" for n, c in [
        ("Kenya Human Rights Commission", "Kenya"), ("Legal Resources Centre", "South Africa"),
        ("Zimbabwe Lawyers for Human Rights", "Zimbabwe"),
        ("Amnesty International", "International")])
    page = ("<html><body><article><h1>Letter</h1><p>We, the undersigned organisations, call "
            "on the government to release the defenders detained in March.</p>"
            f"<h3>Signatories</h3><ul>{items}</ul></article></body></html>")
    assert [(s.name, s.country) for s in ngoclean.parse(page).signatories] == [
        ("Kenya Human Rights Commission", "Kenya"), ("Legal Resources Centre", "South Africa"),
        ("Zimbabwe Lawyers for Human Rights", "Zimbabwe"),
        ("Amnesty International", "International")]
    # The same in a text dump, one line each; a name wrapped before its country stays whole.
    text = ("Letter\n\nWe, the undersigned organisations, call on the government to release "
            "the defenders.\n\nSignatories:\n\nKenya Human Rights Commission\nKenya\n"
            "Legal Resources Centre\nSouth Africa\nZimbabwe Lawyers for Human Rights\n"
            "Zimbabwe\n\nCentre for Human Rights and Development –\nMongolia\n")
    assert [(s.name, s.country) for s in ngoclean.parse(text).signatories] == [
        ("Kenya Human Rights Commission", "Kenya"), ("Legal Resources Centre", "South Africa"),
        ("Zimbabwe Lawyers for Human Rights", "Zimbabwe"),
        ("Centre for Human Rights and Development – Mongolia", "Mongolia")]


# --- lists as real sites write them (issue: lists found by their structure) ------------

INTRO = ("<p>We, the undersigned organisations, urge the Council to renew the mandate and "
         "to protect human rights defenders from reprisals.</p>")


def _page(body: str) -> str:
    return f"<html><body><article><h1>Joint letter</h1>{INTRO}{body}</article></body></html>"


def test_table_with_number_type_country_and_website_columns() -> None:
    rows = [("Legal Aid Collective", "NGO", "Kenya", "lac.example.org"),
            ("Coastal Workers Union", "Union", "Ghana", "www.cwu.example"),
            ("Rights Forum", "Network", "Peru", "rights-forum.example")]
    table = "<tr><th>#</th><th>Organisation</th><th>Type</th><th>Country</th><th>Website</th>" \
            "</tr>" + "".join(f"<tr><td>{k}</td><td>{n}</td><td>{t}</td><td>{c}</td>"
                              f"<td>{u}</td></tr>" for k, (n, t, c, u) in enumerate(rows, 1))
    rec = ngoclean.parse(_page(f"<h2>Signatories</h2><table>{table}</table>"))
    got = [(s.name, s.org_type, s.country, s.url) for s in rec.signatories]
    assert got == rows
    assert ("# | Organisation | Type | Country | Website", "list_heading") in [
        (d.text, d.reason) for d in rec.dropped]


def test_person_table_keeps_the_role_out_of_the_name() -> None:
    table = ("<tr><th>No.</th><th>Name</th><th>Role</th></tr>"
             "<tr><td>1</td><td>Ana Ruiz</td><td>software developer, Lima</td></tr>"
             "<tr><td>2</td><td>Li Wei</td><td>data engineer, Taipei</td></tr>")
    rec = ngoclean.parse(_page(f"<h2>Signatories</h2><table>{table}</table>"))
    assert [s.name for s in rec.signatories] == ["Ana Ruiz", "Li Wei"]


def test_sections_under_the_heading_are_kept_on_each_entry() -> None:
    body = ("<h2>Signatories</h2><p>International organisations</p><ul><li>Global Rights "
            "Watch</li><li>World Forum for Justice</li></ul><p>National organisations</p><ul>"
            "<li>Legal Aid Collective</li><li>Coastal Workers Union</li></ul>")
    rec = ngoclean.parse(_page(body))
    assert [(s.name, s.section) for s in rec.signatories] == [
        ("Global Rights Watch", "International organisations"),
        ("World Forum for Justice", "International organisations"),
        ("Legal Aid Collective", "National organisations"),
        ("Coastal Workers Union", "National organisations")]


def test_one_odd_entry_costs_only_itself() -> None:
    names = ["Legal Aid Collective", "Rede Juventude - Unidos!", "Coastal Workers Union",
             "Rights Forum (RF).", "Women Lawyers Network"]
    body = "<h2>Firmantes</h2><ul>" + "".join(f"<li>{n}</li>" for n in names) + "</ul>"
    rec = ngoclean.parse(_page(body))
    assert len(rec.signatories) == 5 and "Coastal Workers Union" not in rec.body


def test_names_then_a_sentence_in_one_paragraph() -> None:
    body = ("<h2>Organizaciones firmantes</h2><p>Colectivo Tierra<br>Fundación Horizonte<br>"
            "Red de Mujeres del Sur<br>Se firma el 8 de abril de 2022.</p>")
    rec = ngoclean.parse(_page(body))
    assert [s.name for s in rec.signatories] == [
        "Colectivo Tierra", "Fundación Horizonte", "Red de Mujeres del Sur"]
    assert rec.body.endswith("Se firma el 8 de abril de 2022.")


def test_people_after_a_closing_with_their_affiliation() -> None:
    body = ("<p>Mit freundlichen Grüßen</p><ul><li>Dr. Anna Berg, Universität Nord</li>"
            "<li>Jonas Keller - Softwareentwickler</li><li>Mia Wolf (Kassel)</li></ul>")
    rec = ngoclean.parse(_page(body))
    assert [(s.name, s.kind, s.affiliation) for s in rec.signatories] == [
        ("Dr. Anna Berg, Universität Nord", "person", "Universität Nord"),
        ("Jonas Keller - Softwareentwickler", "person", "Softwareentwickler"),
        ("Mia Wolf (Kassel)", "person", "Kassel")]


@pytest.mark.parametrize("sentence", [
    "Ce bilan est co-signé par les associations suivantes : Collectif Alpha, Réseau Beta, "
    "Ligue Gamma et Union Delta.",
    "Adhieren: Colectivo Alpha / Red Beta / Liga Gamma / Unión Delta",
])
def test_inline_lists_announced_mid_sentence(sentence: str) -> None:
    rec = ngoclean.parse(_page(f"<p>{sentence}</p>"))
    assert len(rec.signatories) == 4 and rec.signatories[-1].name.endswith("Delta")


def test_a_word_that_only_looks_like_signers_is_not_a_heading() -> None:
    page = ("<html><body><article><h1>Firmenportrait</h1><p>Die Firma baut seit vierzig "
            "Jahren Flugzeuge und zeigt ihre neuen Modelle auf der Messe.</p><h2>Firmen</h2>"
            "<ul><li>Nordwerk</li><li>Südbau</li><li>Ostflug</li><li>Westtech</li></ul>"
            "</article></body></html>")
    assert ngoclean.parse(page).signatories == []


# Invented names, one per item, in alphabetical order (the order signatures are listed in).
SORTED = ["Adler Tenants Union", "Birch Lane Collective", "Cobalt Media Lab", "Dunmore Library",
          "Elm Street Clinic", "Fennel Press", "Garnet Watch", "Harbour Radio", "Ivy Legal Aid",
          "Juniper Forum", "Kestrel Archive", "Linden Workers", "Marlow Youth Network",
          "Nettle Theatre"]
SUPPORTERS = ("<html><body><article><h1>Thank you</h1><p>Thousands of you came to the square "
              "on Saturday and sent a clear message to the city council.</p>"
              "<h2>{heading}</h2><ul>{items}</ul></article></body></html>")


def test_a_long_sorted_run_under_any_heading_is_a_list() -> None:
    items = "".join(f"<li>{n}</li>" for n in SORTED)
    rec = ngoclean.parse(SUPPORTERS.format(heading="Companies", items=items))
    assert [s.name for s in rec.signatories] == SORTED
    assert "Fennel Press" not in rec.body


def test_the_same_names_unsorted_and_unannounced_stay_in_the_body() -> None:
    names = [SORTED[k] for k in (7, 2, 11, 0, 9, 4, 13, 1, 6, 10, 3, 12, 5, 8)]  # no order
    items = "".join(f"<li>{n}</li>" for n in names)
    rec = ngoclean.parse(SUPPORTERS.format(heading="Companies", items=items))
    assert rec.signatories == []


def test_a_sorted_schedule_is_not_a_list() -> None:
    items = "".join(f"<li>Stage {k}: {k + 2} May 2024 - {n}</li>" for k, n in enumerate(SORTED))
    rec = ngoclean.parse(SUPPORTERS.format(heading="Stages", items=items))
    assert rec.signatories == []


def test_people_sorted_by_family_name_close_a_text_letter() -> None:
    people = ["Laura Ashby", "Tom Barlow (Acme)", "Ines Carvalho", "Rui Dantas", "Mia Eklund",
              "Ole Fagerlund", "Ana Gomes", "Kai Hartmann", "Lea Ibsen", "Joe Jarvis",
              "Eva Kowalski", "Max Lindqvist"]
    text = ("Statement on licence enforcement\n\nWe want companies and people to use and share "
            "this software, and we view legal action as a last resort.\n\n"
            + "\n".join(f"  - {p}" for p in people) + "\n")
    rec = ngoclean.parse(text)
    assert [s.name for s in rec.signatories] == people


def test_a_name_never_runs_from_one_item_into_the_next() -> None:
    names = ["Writers Guild of the North", "YourNewsDesk", "May First/People Link",
             "Harbour Pirate Party", "Anonyops"]
    items = "".join(f"<li>{n}</li>" for n in SORTED + names)
    rec = ngoclean.parse(SUPPORTERS.format(heading="Organizations", items=items))
    assert [s.name for s in rec.signatories][-5:] == names


ROLL = ["Harbour Tenants Union", "Fennel Press (Docente)", "Comité Norte", "Radio Libre Sur",
        "Linden Workers", "Garnet Watch", "Colectivo Arena", "Marlow Youth Network",
        "Juniper Forum", "Nettle Theatre", "Kestrel Archive"]
ODD = "Carla Ruiz (docente e investigadora de la facultad de arquitectura en la sede norte)."


def test_two_inline_sections_one_list_with_an_odd_entry() -> None:
    called = " / ".join(ROLL[:4])
    joined = " / ".join(ROLL[4:7] + [ODD] + ROLL[7:])
    page = ("<html><body><article><h1>Jornada de lucha</h1><p>Las organizaciones abajo "
            "firmantes convocamos a una nueva jornada de lucha en defensa de lo público.</p>"
            f"<p>CONVOCAN:</p><p>{called}</p><p>ADHIEREN:</p><p>{joined}</p>"
            "</article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == ROLL[:7] + [ODD.rstrip(".")] + ROLL[7:]


def test_an_inline_list_wrapped_by_a_text_dump() -> None:
    text = " / ".join(ROLL)
    wrapped = textwrap.fill(text, 70)
    rec = ngoclean.parse("Jornada de lucha\n\nLas organizaciones abajo firmantes convocamos "
                         "a una nueva jornada de lucha en defensa de lo público.\n\nCONVOCAN:\n\n"
                         + wrapped + "\n")
    assert [s.name for s in rec.signatories] == ROLL


def test_odd_entries_are_tolerated_only_inside_a_list_of_names() -> None:
    from ngoclean.listfind import split_inline

    names = " / ".join(ROLL[:5] + [ODD] + ROLL[5:])
    assert len(split_inline(names)) == len(ROLL) + 1
    sentence = ("In our post of yesterday we released a letter signed by 37 groups and "
                "75 people against the app, and since then many more have joined. / ")
    assert split_inline(sentence + " / ".join(ROLL)) == []  # a sentence opens it
    kinds = ("activists / academics / technologists / journalists / lawyers / doctors / "
             "nurses / teachers / students / artists / the rest of the names will be added to "
             "this page as soon as we have checked every one of them")
    assert split_inline(kinds) == []  # lower-case kinds of people, and one odd entry


def test_signers_announced_at_the_end_of_a_paragraph_without_a_full_stop() -> None:
    items = "".join(f"<p>{n}</p>" for n in ROLL[:6])
    page = ("<html><body><article><h1>Carta aberta</h1><p>Exigimos que o Estado cumpra as "
            "suas obrigações e trave a escalada de violência em curso no país.</p>"
            "<p>Setembro de 2024, pelo Grupo de Ação Conjunta Os coletivos signatários:</p>"
            f"{items}<p><a href='/'>« Back to home</a></p></article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == ROLL[:6]


def test_items_of_one_list_stay_together_whatever_they_read_like() -> None:
    entries = ["Ana Ruiz, CEO of Ruiz Data, http://ruizdata.example",
               "Bo Lind, lawyer, Lind Law Office, http://lindlaw.example",
               "Cy Marsh , Marsh Point http://marsh.example, network and web site management "
               "as well as the development of dynamic web sites.",
               "Di Noor, Noor Systems BV, Utrecht, nominated for the regional innovation award.",
               "Ed Olsen, Olsen Hosting, http://olsen.example"]
    page = ("<html><body><article><h1>Companies for the directive</h1><p>Twenty firms speak "
            "out for the parliament's text and against the council's position.</p>"
            "<h2>Signatories</h2><ul>" + "".join(f"<li>{e}</li>" for e in entries)
            + "</ul></article></body></html>")
    rec = ngoclean.parse(page)
    assert len(rec.signatories) == 5
    assert rec.signatories[-1].name.startswith("Ed Olsen")


def test_tags_after_a_closing_run_of_names_are_not_names() -> None:
    names = [f"| {n}" for n in sorted(ROLL)] + ["| Zona Norte"]
    page = ("<html><body><article><h1>Manifestação</h1><p>Está convocada uma manifestação "
            "para este sábado, com o apoio das seguintes organizações até ao momento.</p>"
            + "".join(f"<p>{n}</p>" for n in names)
            + "<p><a href='/t/a'>Tags: Lisboa</a>, <a href='/t/b'>Protesto</a></p>"
            "</article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == sorted(ROLL) + ["Zona Norte"]


def test_name_country_entries_run_together_on_one_line() -> None:
    entries = ["Alpha Trust - US", "Beta Network - Global", "gamma rights - South Africa",
               "Delta Forum (DLT) - Democratic Republic of Congo", "Epsilon Lab - EU"]
    page = ("<html><body><article><h1>Open letter</h1><p>We, the undersigned, share a common "
            "concern about the platform and its effects on the open internet.</p>"
            f"<p>Signed,</p><p>{' '.join(entries)}</p></article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == entries


def test_entries_with_a_description_under_each() -> None:
    rows = [("Alpha Trust - France", "Alpha Trust defends the rights of readers and writers "
             "of free software across the country."),
            ("Beta Union - Spain", "A union of media workers founded in 1981 in Madrid."),
            ("Gamma Lab - Italy", "Association for arts and media"),
            ("Delta Forum - Germany", "Delta Forum campaigns on privacy and open standards "
             "before the federal parliament.")]
    page = ("<html><body><article><h1>Open letter</h1><p>We urge the Parliament to call on "
            "the negotiators to make the talks public and to publish every draft.</p>"
            "<p>The first signatories of this letter are (in alphabetical order):</p>"
            + "".join(f"<p>{n}<br>{d}</p>" for n, d in rows) + "</article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == [n for n, _ in rows]
    assert "open standards" in rec.body  # the descriptions are not lost


def test_a_text_dump_of_described_entries_with_images_between_them() -> None:
    rows = [("Alpha Trust - France", "Alpha Trust defends the rights of readers and writers",
             "of free software across the country."),
            ("Beta Union - Spain", "A union of media workers founded in 1981 in Madrid", ""),
            ("Gamma Lab - Italy", "Association for arts and media", ""),
            ("Delta Forum - Germany", "Delta Forum campaigns on privacy and open standards",
             "before the federal parliament.")]
    parts = ["Open letter", "We urge the Parliament to call on the negotiators to make the "
             "talks public and to publish every draft.",
             "The first signatories of this letter are (in alphabetical order):"]
    for name, *desc in rows:
        parts += ["[]", "\n".join([name, *[d for d in desc if d]])]
    rec = ngoclean.parse("\n\n".join(parts) + "\n")
    assert [s.name for s in rec.signatories] == [n for n, *_ in rows]


def test_an_inline_list_wrapped_inside_a_long_block_after_its_heading() -> None:
    names = ["Alpha Kadın Derneği", "Beta Kolektifi", "Gamma Dayanışma Vakfı", "Delta Grubu",
             "Epsilon Kadın Meclisi", "Zeta Sendikası", "Eta Kültür Kooperatifi",
             "Theta Kadın Komisyonu", "Iota Girişimi"]
    wrapped = textwrap.fill(", ".join(names), 60).split("\n")
    prose = ["Barışın hayata geçirilmesi için operasyonlar derhal durdurulmalı ve",
             "görüşme koşulları hemen, şimdi yaratılmalı, engeller kaldırılmalı",
             "ve komisyon oluşturulmalı, yargılanmalı, tanınmalı, kaldırılmalı."]
    text = ("Barış olsun\n\n" + "\n".join(prose * 2) + "\nEylemi destekleyen örgütler:\n"
            + "\n".join(wrapped) + "\nBültendeki diğer yazılar (Ekim 2010)\n")
    rec = ngoclean.parse(text)
    assert [s.name for s in rec.signatories] == names
    assert "Bültendeki" in rec.body


LOGOS = ["Alphacrypt", "Beta Mail", "Gamma.de", "Deltafence"]


def test_a_row_of_logos_under_the_heading_names_the_signers() -> None:
    imgs = "".join(f'<img src="/{k}.png" alt="{n} Logo"/>' for k, n in enumerate(LOGOS))
    page = ("<html><body><article><h1>Joint statement</h1><p>As experts in secure "
            "communication we ask the Commission not to weaken encryption in any way.</p>"
            f"<p>Signatory:</p><div>{imgs}</div></article></body></html>")
    assert [s.name for s in ngoclean.parse(page).signatories] == LOGOS
    text = ("Joint statement\n\nAs experts in secure communication we ask the Commission not "
            "to weaken encryption in any way.\n\nUnterzeichner:\n\n"
            + " ".join(f"{n} Logo" for n in LOGOS) + "\n")
    assert [s.name for s in ngoclean.parse(text).signatories] == LOGOS


def test_a_grid_of_logos_past_a_rule_under_the_heading() -> None:
    cells = "".join(f'<div class="col"><a href="https://{k}.example.org/"><img src="/{k}.png"'
                    f' alt="{n}"></a></div>' for k, n in enumerate(LOGOS))
    page = ("<html><body><article><h1>Joint statement</h1><p>As experts in secure "
            "communication we ask the Commission not to weaken encryption in any way.</p>"
            f'<h2>Signatories</h2><hr><div class="row">{cells}</div></article></body></html>')
    assert [s.name for s in ngoclean.parse(page).signatories] == LOGOS


def test_images_without_a_signer_heading_are_not_names() -> None:
    imgs = "".join(f'<img src="/{k}.png" alt="{n} Logo"/>' for k, n in enumerate(LOGOS))
    page = ("<html><body><article><h1>Our sponsors</h1><p>The conference was made possible "
            f"by the help of many friends this year.</p><p>Thanks to:</p><div>{imgs}</div>"
            "</article></body></html>")
    assert ngoclean.parse(page).signatories == []


WALL = [f"{a} {b}" for a in ("Open", "Civic", "Green", "Fair", "Free")
        for b in ("Data Association", "Network", "Foundation", "Institute", "Alliance")][:22]
CARDS = ["Ada Verdi, data journalist", "Bruno Neri, researcher", "Carla Blu, teacher"]


def _wall_page(heading: str, alts: list[str], cta: bool = True) -> str:
    cells = "".join(f'<div class="partners col"><div><a href="https://{k}.example.org/">'
                    f'<img src="/logos/{k}.png" alt="{n}"></a><!-- a note --></div></div>'
                    for k, n in enumerate(alts))
    if cta:
        cells += ('<div class="col"><h4>Join with your organisation!</h4><div class="modal" '
                  'hidden>Write to us to add your logo to the ones above.</div></div>')
    cards = "".join(f'<div class="col"><figure><img src="/p/{k}.jpg"><figcaption>{n}'
                    "</figcaption></figure></div>" for k, n in enumerate(CARDS))
    return ("<html><body><article><h1>Open letter on public data</h1><p>We ask the "
            "government to publish the data it holds, in open formats and on time.</p>"
            f'</article><section><h2>{heading}</h2><hr><div class="row">{cells}</div>'
            f'</section><section><h2>Signatories</h2><div class="row">{cards}</div>'
            "</section></body></html>")


def test_a_wall_of_logos_then_people_under_a_second_heading() -> None:
    # the promoters as a wall of logos (one without alt text, a call to join among the
    # cells), then the people who signed as captioned cards: one list, in page order
    alts = [*WALL[:10], "", *WALL[10:]]
    rec = ngoclean.parse(_wall_page("Promoters", alts))
    assert [s.name for s in rec.signatories] == WALL + CARDS
    assert [s.kind for s in rec.signatories] == ["organisation"] * 22 + ["person"] * 3
    assert rec.signatories[-1].affiliation == "teacher"


def test_a_wall_of_logos_under_a_heading_that_names_no_signers_stays_out() -> None:
    rec = ngoclean.parse(_wall_page("Our partners", WALL))
    assert [s.name for s in rec.signatories] == CARDS
    # too many logos without a name: not read as a list
    alts = [*WALL[:15], *[""] * 5]
    assert [s.name for s in ngoclean.parse(_wall_page("Promoters", alts)).signatories] == \
        CARDS


def test_an_entry_wrapped_over_two_lines_among_one_line_entries() -> None:
    entries = ["Alpha – Cooperativa Integral, CRL", "Beta – Associação de Promoção Florestal",
               "Gamma – Associação Nacional para a Cidadania Ambiental Coletivo à\nescuta",
               "Delta – Associação de Protecção da Natureza", "Epsilon – Sociedade de Botânica"]
    text = ("Carta\n\nAs associações pedem a revisão do programa de revitalização do parque "
            "natural e a participação de todos.\n\nSignatários\n\n" + "\n\n".join(entries) + "\n")
    rec = ngoclean.parse(text)
    assert [s.name for s in rec.signatories] == [e.replace("\n", " ") for e in entries]


def test_one_entry_under_a_section_line_is_no_list() -> None:
    """A page's tag list ("Internationale Organisationen" / "Waffen") after an article
    that speaks of signing a petition is not a list of signers."""
    page = (
        "<html><body><article><h1>Autonome Waffensysteme: Regierungen müssen handeln</h1>"
        "<p>Amnesty International und eine globale Kampagne haben eine Petition gestartet, "
        "in der alle Regierungen aufgefordert werden, Verhandlungen über ein Verbot "
        "aufzunehmen.</p><p>Unterzeichne die Petition und fordere die Regierungen auf, "
        "autonome Waffen per Gesetz zu kontrollieren, bevor es zu spät ist.</p>"
        "<p>Die Gruppe der Regierungsexperten wird im Dezember entscheidende Gespräche "
        "führen, an denen viele Staaten teilnehmen.</p>"
        "<h3>Internationale Organisationen</h3><p>Waffen</p></article></body></html>")
    rec = ngoclean.parse(page)
    assert rec.signatories == []
    assert "Waffen" in rec.body.split("\n\n")


def test_a_headless_list_goes_on_into_a_section_of_persons() -> None:
    prose = ("<p>We call on the government to withdraw the bill on the foreign funding of "
             "associations, which would harm the work of every civil society group in the "
             "country and silence those who defend the rights of women.</p>")
    orgs = ["Alpha Women's Association", "Beta Rights Foundation", "Gamma Solidarity Network",
            "Delta Legal Aid Society", "Epsilon Youth Union", "Zeta Media Watch Group"]
    people = ["Maria Lopez", "John Smith", "Ayse Yilmaz", "Ana Costa"]
    items = "".join(f"<li>{n}</li>" for n in orgs)
    persons = "".join(f"<li>{n}</li>" for n in people)
    page = (f"<html><body><article><h1>Withdraw the bill</h1>{prose}<ul>{items}</ul>"
            f"<h3>Individuals</h3><ul>{persons}</ul></article>"
            "<footer><p>Contact us</p></footer></body></html>")
    rec = ngoclean.parse(page)
    assert [(s.name, s.kind) for s in rec.signatories] == (
        [(n, "organisation") for n in orgs] + [(n, "person") for n in people])
    # a section line under the run that heads no names leaves the list as it was
    alone = page.replace(f"<ul>{persons}</ul>", "<p>" + prose[3:-4] + "</p>")
    assert [s.name for s in ngoclean.parse(alone).signatories] == orgs


def test_a_bold_paragraph_between_item_lists_opens_the_next_section() -> None:
    def items(names: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{n}</li>" for n in names) + "</ul>"

    first = [f"University of Place {k} (France)" for k in range(6)]
    second = [f"National Research Fund {k} (Spain)" for k in range(4)]
    html = ("<html><body><article><h1>Declaration on open research information</h1>"
            "<p>We, the undersigned organisations, commit to make research information "
            "open.</p><h2>Signatories</h2><p><strong>Universities</strong></p>"
            + items(first) + "<p><br></p><hr><p><strong>Research funding organizations and "
            "governments</strong></p>" + items(second)
            + "<h2>Supporters</h2>" + items(["Data Service One", "Data Service Two"])
            + "</article></body></html>")
    rec = ngoclean.parse(html.encode())
    assert [s.name for s in rec.signatories] == first + second
    assert {s.section for s in rec.signatories[6:]} == {
        "Research funding organizations and governments"}
    # items themselves in italics are items, not sections
    people = [f"<li><em>Person {k} Name, director of Group {k}</em></li>" for k in range(5)]
    html2 = ("<html><body><article><h1>Open letter</h1><p>We, the undersigned, ask the "
             "president to act.</p><h3>Signataires</h3><ul>" + "".join(people)
             + "</ul></article></body></html>")
    assert len(ngoclean.parse(html2.encode()).signatories) == 5


def _items(names: list[str], paragraphs: bool = False) -> str:
    inner = "<li><p>{}</p></li>" if paragraphs else "<li>{}</li>"
    return "<ul>" + "".join(inner.format(n) for n in names) + "</ul>"


NATIONAL = ["Aktionsbündnis Frieden Jetzt", "Brot und Rosen e.V.", "Christliche Friedensinitiative",
            "Deutsche Flüchtlingshilfe", "Evangelischer Friedensdienst"]
ABROAD = ["Alliance for Peace (France)", "Campaign Against War Trade", "Peace Network Italia",
          "Yemen Relief Network"]
PROSE = ("<p>Wir fordern die Bundesregierung auf, keine weiteren Exporte von Rüstungsgütern in "
         "die Länder der Koalition zu genehmigen und die erteilten zu widerrufen.</p>")


def test_a_line_naming_signers_after_a_list_opens_its_next_section() -> None:
    html = ("<html><body><article><h1>Offener Brief: Exporte stoppen</h1>" + PROSE
            + "<h4>Nationale unterzeichnende Organisationen</h4>" + _items(NATIONAL)
            + "<h4>Internationale unterzeichnende Organisationen und Bündnisse</h4>"
            + _items(ABROAD) + "</article></body></html>")
    rec = ngoclean.parse(html.encode())
    assert [s.name for s in rec.signatories] == NATIONAL + ABROAD
    assert "Internationale unterzeichnende" not in rec.body
    # the same line over a paragraph, not a list, ends the list and stays in the body
    prose = html.replace(_items(ABROAD), "<p>Weitere Organisationen können sich bis Ende "
                         "des Monats anschließen, wir nehmen Meldungen per Post entgegen.</p>")
    rec = ngoclean.parse(prose.encode())
    assert [s.name for s in rec.signatories] == NATIONAL
    assert "Internationale unterzeichnende Organisationen und Bündnisse" in rec.body


def test_paragraphs_inside_list_items_are_items() -> None:
    # Markdown's loose lists: <li><p>Name</p></li>; a name starting in lower case
    # ("het bestuur van ...") never runs on from the item before
    names = ["het bestuur van Stichting Alfa", "het bestuur van Vereniging Beta",
             "Jan Jansen namens Instituut Gamma", "het bestuur van Delta Netwerk",
             "het bestuur van Epsilon Huis"]
    html = ("<html><body><article><h1>Open brief over de registratie</h1><p>Wij betreuren "
            "het besluit van de stichting en vragen om een open en transparante dialoog met "
            "alle partijen die erbij betrokken zijn.</p><p>Mede-ondertekend door:</p>"
            + _items(names, paragraphs=True) + "</article></body></html>")
    assert [s.name for s in ngoclean.parse(html.encode()).signatories] == names


@pytest.mark.parametrize("paragraphs", [False, True])
def test_an_item_cut_where_no_name_ends_runs_on_into_the_next(paragraphs: bool) -> None:
    # a name copied from a PDF over two items: the first stops on "der"
    items = [*NATIONAL[:3], "Arbeitskreis Gerechtigkeit und Bewahrung der",
             "Schöpfung in Niedersachsen", *NATIONAL[3:]]
    html = ("<html><body><article><h1>Offener Brief: Exporte stoppen</h1>" + PROSE
            + "<h4>Unterzeichnende Organisationen</h4>" + _items(items, paragraphs)
            + "</article></body></html>")
    assert [s.name for s in ngoclean.parse(html.encode()).signatories] == [
        *NATIONAL[:3], "Arbeitskreis Gerechtigkeit und Bewahrung der Schöpfung in Niedersachsen",
        *NATIONAL[3:]]


PEOPLE = ["Anna Rossi, economista", "Marco Bianchi, giornalista di Radio Alfa",
          "Giulia Verdi, ricercatrice", "Paolo Neri, attivista digitale"]


def _cards(captions: list[str]) -> str:
    return "".join(f'<div class="col"><figure><img src="p{k}.jpg"><figcaption>{c}'
                   "</figcaption></figure></div>" for k, c in enumerate(captions))


def test_captioned_photos_under_a_heading_of_signatories_are_its_entries() -> None:
    html = ("<html><body><section><h1>Lettera aperta sui dati</h1><p>Chiediamo al Governo "
            "di pubblicare i dati in formato aperto, disaggregati e aggiornati ogni giorno, "
            "per monitorare la situazione.</p></section><section><h2>Firmatari</h2>"
            + _cards(PEOPLE) + "</section></body></html>")
    rec = ngoclean.parse(html.encode())
    assert [s.name for s in rec.signatories] == PEOPLE
    # photo captions of a story, under no such heading, stay out of the record
    story = html.replace("<h2>Firmatari</h2>", "<h2>Le foto della giornata</h2>").replace(
        "".join(PEOPLE[:1]), "Foto di Anna Rossi")
    rec = ngoclean.parse(story.encode())
    assert rec.signatories == []
    assert "Marco Bianchi" not in rec.body


GROUPS = [f"{kind} {place}" for kind, place in zip(
    ["Asamblea de", "Colectivo", "Red Vecinal de", "Biblioteca Popular", "Radio Comunitaria",
     "Pueblo de", "Multisectorial", "Museo del", "Cátedra Libre de", "Huerta Comunitaria"] * 3,
    ["Ancasti", "Tinogasta", "Belén", "Andalgalá", "Santa María", "Choya", "Paraná",
     "Hambre", "Soberanía", "Rosario", "Esquel", "Concordia", "Punilla", "Chilecito",
     "Famatina", "Cafayate", "Jáchal", "Mendoza", "Neuquén", "Bariloche", "Salta", "Jujuy",
     "Tucumán", "Córdoba", "Santa Fe", "La Rioja", "San Juan", "Chubut", "Misiones",
     "Formosa"], strict=True)][:24]


def _pronouncement(prose: str, names: list[str]) -> str:
    return ("<html><body><article><h1>Pronunciamiento por el agua</h1><p>" + prose + "</p>"
            "<p>Agua para los pueblos y no para las mineras!</p><p>"
            + "<br>".join(names) + "</p></article></body></html>")


def test_a_closing_block_of_many_names_on_a_page_whose_demands_drop_the_pronoun() -> None:
    prose = ("Hoy confluimos en estas tierras desde territorios diversos. Reclamamos la "
             "restitución inmediata de los territorios ancestrales y exigimos el fin de "
             "los proyectos que contaminan el agua de las comunidades.")
    rec = ngoclean.parse(_pronouncement(prose, GROUPS).encode())
    assert [s.name for s in rec.signatories] == GROUPS
    # the same block closing a report that demands nothing is no list of signers
    report = ("La provincia registró lluvias por encima de la media en marzo, según los "
              "datos publicados por el servicio meteorológico, que detalla las localidades "
              "con más precipitaciones en el último mes.")
    assert ngoclean.parse(_pronouncement(report, GROUPS).encode()).signatories == []


def test_a_paragraph_written_one_name_per_source_line() -> None:
    # no <br>: a browser runs the names together, the source keeps them apart
    names = ["Ana Ruiz - FAMILIARES DE DETENIDOS ROSARIO", "JUVENTUD UNIDA",
             "Carlos Paz SECRETARIO GREMIAL DE SITRA", "SINDICATO DE PRENSA ROSARIO",
             "TREN PARA TODOS", "MERCADO SOLIDARIO", "FACULTAD LIBRE"]
    prose = ("<p>La ciudad que queremos depende de la decisión que tomen las fuerzas "
             "políticas. Exigimos la expropiación de los terrenos del tambo.</p>")
    html = ("<html><body><article><h1>El tambo se queda</h1>" + prose
            + "<p>ADHIEREN</p><p>" + "\n".join(names) + "</p></article></body></html>")
    assert [s.name for s in ngoclean.parse(html.encode()).signatories] == names
    # a paragraph hard-wrapped in the source stays one line of prose
    wrapped = ("<html><body><article><h1>El tambo se queda</h1><p>La ciudad que queremos\n"
               "depende de la decisión\nque tomen las fuerzas\npolíticas de la ciudad\n"
               "sobre los terrenos\ndonde funciona el tambo.</p></article></body></html>")
    rec = ngoclean.parse(wrapped.encode())
    assert "La ciudad que queremos depende de la decisión que tomen" in rec.body


def test_an_item_that_is_one_link_is_one_name() -> None:
    names = ["Alphachain Capital", "Calypso IT Services GmbH", "Chaos Computer Club Siegen e. V.",
             "Collectif Libre Tech", "Cryptomator", "Digitalcourage", "Epicenter Works"]
    items = "".join(f'<li><a href="https://{k}.example.org/">{n}</a></li>'
                    for k, n in enumerate(names))
    page = ("<html><body><article><h1>An open letter against content scanning</h1><p>We, "
            "the undersigned organisations, ask the company to halt its plan to scan "
            f"every device.</p><h2>Signatories</h2><ul>{items}</ul></article></body></html>")
    # (the legal form keeps its final dot: "e. V.")
    assert [s.name for s in ngoclean.parse(page.encode()).signatories] == names


@pytest.mark.parametrize("call", ["→ Sign the letter via GitHub.", "Signez la pétition !",
                                  "Add your organisation"])
def test_a_call_to_sign_under_the_heading_is_no_entry(call: str) -> None:
    names = ["Alphachain Capital", "Sign Language Union", "Cryptomator", "Digitalcourage"]
    items = "".join(f"<li>{n}</li>" for n in names)
    page = ("<html><body><article><h1>An open letter against content scanning</h1><p>We, "
            "the undersigned organisations, ask the company to halt its plan to scan every "
            f"device.</p><h2>Signatures</h2><p>{call}</p><ul>{items}</ul></article>"
            "</body></html>")
    rec = ngoclean.parse(page.encode())
    assert [s.name for s in rec.signatories] == names
    text = ("An open letter\n\nWe, the undersigned organisations, ask the company to halt "
            "its plan.\n\nSignatures\n\n" + "\n".join(names) + f"\n\n{call}\n")
    assert [s.name for s in ngoclean.parse(text).signatories] == names


def test_a_section_line_saying_which_groups_it_holds() -> None:
    first = ["AACREA (CONSORCIOS REGIONALES)", "ABA (ASOCIACIÓN DE BANCOS)",
             "CAC (CÁMARA ARGENTINA DE COMERCIO)", "SRA (SOCIEDAD RURAL)"]
    second = ["ASOCIACIÓN CONCIENCIA", "FEDERACIÓN DE ASOCIACIONES DE MUJERES",
              "FUNDACIÓN LIBERTAD"]
    section = "ORGANIZACIONES Y FUNDACIONES QUE ADHIEREN AL FORO DE CONVERGENCIA EMPRESARIAL"
    html = ("<html><body><article><h1>Los empresarios piden un ajuste</h1><p>Las entidades "
            "firmantes del foro reclaman al Gobierno que baje el gasto público y los impuestos "
            "que pagan las empresas.</p><p><strong>Entidades firmantes</strong></p>"
            + "".join(f"<p>{n}</p>" for n in first) + f"<p>{section}</p>"
            + "".join(f"<p>{n}</p>" for n in second) + "</article></body></html>")
    rec = ngoclean.parse(html.encode())
    assert [s.name for s in rec.signatories] == first + second
    assert {s.section for s in rec.signatories[len(first):]} == {section}


def test_a_contact_block_after_the_list_stays_out_of_it() -> None:
    names = ["Asamblea del Valle Alto", "Colectivo Agua Libre", "Red de Huertas Urbanas",
             "Fundación Cuenca Viva", "Movimiento por los Ríos"]
    contact = ["CONTACTOS PARA MAYOR INFORMACIÓN", "Ana Ruiz, bióloga",
               "Teléfono: +54 9 351 000000", "Email: ana@example.org"]
    lines = ["Celebramos el fallo que ordena cerrar la mina y pedimos que el proyecto no "
             "siga del otro lado de la frontera.", "Firman:", *names, *contact]
    page = ("<html><body><article><h1>Comunicado</h1><p>" + "<br>".join(lines) +
            "</p></article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == names
    assert all(x in rec.body for x in contact)
    # a list block of its own, the contact lines at its end
    page = ("<html><body><article><h1>Comunicado</h1><p>" + lines[0] + "</p><p>Firman:</p>"
            "<p>" + "<br>".join(names + contact) + "</p></article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == names
    assert all(x in rec.body for x in contact)


def test_a_note_on_the_list_and_the_end_mark_are_no_entries() -> None:
    people = ["Ana Ruiz, organiser Harbour Workers Union*", "Ben Ode, Northern University*",
              "Cleo Dunn, teacher", "Dev Rao, president Tram Drivers Union*"]
    page = ("<html><body><article><h1>Open letter</h1><p>We, the undersigned, ask the "
            "board to lift the suspension of a teacher standing for election.</p>"
            "<p>Signed:</p><p>" + "<br>".join(people) + "</p><p>* universities and unions "
            "listed for identification purposes only</p><p>ENDS</p></article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == people
    assert "identification purposes only" in rec.body
    inline = ("We, the undersigned, ask the board to act. Signed by: Ana Ruiz, Ben Ode, Cleo "
              "Dunn, Dev Rao, organisations listed for identification purposes only.")
    assert [s.name for s in ngoclean.parse(inline).signatories] == [
        "Ana Ruiz", "Ben Ode", "Cleo Dunn", "Dev Rao"]


def test_a_degree_is_no_acronym_and_no_place_to_cut() -> None:
    people = ["Dr. Ana Ruiz, Ophthalmologist, Lima, Peru",
              "Mr Ben Ode, Ph.D. Student, Northern University, Canada",
              "Ms. Cleo Dunn - MA MHSc, Health Planner, Toronto, Canada", "Dev Rao MSc"]
    page = ("<html><body><article><h1>Open letter</h1><p>We, the undersigned, urge the "
            "committee to protect the forest.</p><p>Signatories:</p><ol>"
            + "".join(f"<li>{p}</li>" for p in people) + "</ol></article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == people
    assert [s.acronym for s in rec.signatories] == [None] * 4


def test_inline_lists_after_labels_in_one_paragraph() -> None:
    first = ["Ana Ruiz (tête de liste, enseignante)", "Ben Ode (artisan et commerçant)",
             "Cleo Dunn (Directrice d’une Association d’Aide et de Soutien)"]
    second = ["Dev Rao", "Eva Lind", "Finn Moss", "Gus Vale"]
    para = ("<strong>Signataires candidat.e.s :</strong> " + ", ".join(first) +
            " <strong>Signataires personnalités locales :</strong> " + ", ".join(second) +
            " <em>NB : les signataires le font en leur nom propre.</em>")
    page = ("<html><body><article><h1>Tribune</h1><p>Nous voulons une économie locale, "
            "par et pour les habitants de la ville.</p><p>" + para + "</p></article>"
            "</body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == first + second
    # one label alone is a sentence's colon, read as before (the last colon's list)
    one = ("<html><body><p>Nous voulons une économie locale.</p><p>Signataires : "
           + ", ".join(second) + "</p></body></html>")
    assert [s.name for s in ngoclean.parse(one).signatories] == second


def test_an_inline_list_under_a_section_line_closing_the_last_block() -> None:
    lines = ["Anna Berg, Lehrerin", "Dr. Bernd Carl, Arzt", "Clara Dorn, Autorin",
             "Prof. Dieter Ems, Historiker"]
    inline = ["Eva Falk", "Frank Gold", "Greta Hahn", "Hans Iser", "Ina Jung"]
    page = ("<html><body><article><h1>Aufruf</h1><p>Wir fordern die Stadt auf, die "
            "Bibliotheken offen zu halten.</p><p>Unterzeichner:</p><p>" + "<br>".join(lines)
            + "<br>Die Erstunterzeichner des Aufrufs:</p><p>" + ", ".join(inline) + ".</p>"
            "</article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == lines + inline
    assert {s.section for s in rec.signatories[4:]} == {"Die Erstunterzeichner des Aufrufs"}
    assert "Greta Hahn" not in rec.body


def test_entries_above_a_bulleted_inline_list_of_more_signers_are_its_first_part() -> None:
    """A letter closes with lines of "Name, role" and then "Other signatories include •
    ... • ...": both are the list (the colon inside a book title announces nothing); the
    note on the list stays in the body. Made-up people."""
    lines = ["Ana Ruiz, author, Lost Days", "Ben Ode, ZNet", "Cleo Dunn, director, Peace Now*",
             "Dev Rao, author, Borders: A History"]
    more = ["Eli Park, muralist", "Fay Lo, author, Blue: Poems", "Gus Hale, teacher",
            "Hana Ito, Iraq Veterans"]
    page = ("<html><body><article><h1>Why we stand for withdrawal</h1><p>The occupation has "
            "made life worse for most people and must end now.</p><p><b>We call on the "
            "government to bring the troops home now.</b></p><p>" + "<br>".join(lines)
            + "<br>* for identification purposes only</p><p>Other signatories include • "
            + " • ".join(more) + "</p></article></body></html>")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == lines + more
    assert "identification purposes" in rec.body and "Gus Hale" not in rec.body


def test_a_bulleted_paragraph_or_a_prose_block_above_an_inline_list_is_no_list() -> None:
    # bullets with no lead naming signers: the page's points, not a list
    points = ("<html><body><article><h1>Our demands</h1><p>We ask the council for three "
              "things this year.</p><p>Our demands • Stop the evictions • End the closures • "
              "Fund the clinics</p></article></body></html>")
    assert ngoclean.parse(points).signatories == []
    # prose above "Signed by: ..." stays in the body: its lines are sentences
    prose = ("<html><body><article><h1>Joint letter</h1><p>We urge the council to act.<br>"
             "The closures hurt families across the city.<br>Funding must be restored now."
             "</p><p>Signed by: Alpha Trust, Beta Union and Gamma Fund.</p></article></body>"
             "</html>")
    rec = ngoclean.parse(prose)
    assert [s.name for s in rec.signatories] == ["Alpha Trust", "Beta Union", "Gamma Fund"]
    assert "Funding must be restored now." in rec.body
