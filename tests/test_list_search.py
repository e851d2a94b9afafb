"""The list search's shortcuts keep its answers (``ngoclean.listfind``)."""

from __future__ import annotations

import ngoclean
from ngoclean.blocks import text_blocks
from ngoclean.listfind import find_list, locate_list
from ngoclean.title import HEAD_LIMIT, title_block

LETTER = ("Joint letter on the dam\n\nWe, the undersigned organisations, urge the ministry "
          "to halt the dam project now.\n\nSignatories:\n\nRiver Watch Network\n"
          "Valley Farmers Union\nCoastal Fishers Association\n")
CLOSING = ("Joint letter on the dam\n\nWe, the undersigned organisations, urge the ministry "
           "to halt the dam project now.\n\nRiver Watch Network\nValley Farmers Union\n"
           "Coastal Fishers Association\nMountain Women Collective\nDelta Youth Forum\n")


def test_headed_search_can_be_left_out_and_locate_list_keeps_its_answer() -> None:
    blocks = text_blocks(LETTER)
    assert find_list(blocks).heading is not None
    assert find_list(blocks, headed=False).heading is None
    span = locate_list(blocks, blocks)  # the same blocks: the headed search runs once
    assert span.heading is not None and span.blocks
    closing = text_blocks(CLOSING)
    same = locate_list(closing, closing)
    copy = locate_list(closing, list(text_blocks(CLOSING)))  # other objects: both searches
    assert same.blocks and same.blocks == copy.blocks and same.heading is None


def test_headline_is_looked_for_only_near_the_top() -> None:
    def page(at: int) -> list[str]:
        lines = [str(1000 + k) for k in range(HEAD_LIMIT + 50)]  # no headline among them
        lines[at] = "Communities ask the ministry to halt the dam"
        return lines

    near = title_block(text_blocks("\n\n".join(page(10))))
    assert near is not None and near.index == 10
    assert title_block(text_blocks("\n\n".join(page(HEAD_LIMIT + 20)))) is None


# A letter pasted as one block of wrapped lines (a text dump with no blank lines), the list
# after an announcing line at its end; words for signers occur earlier in running text.
WRAPPED = [
    "Joint statement on the river",
    "",
    "The river basin authority has approved the dam without hearing the people who",
    "live along the valley. On behalf of the undersigned organisations, we express",
    "our deep concern with the decision taken by the authority and with the way in",
    "which the communities were kept out of the whole process, as the law of the",
    "country requires that they are heard before any permit is granted; we ask the",
    "authority to withdraw the permit and to open a public hearing in the valley",
    "This statement is signed by the following associations:",
    "  * River Watch Network",
    "  * Valley Farmers Union",
    "  * Coastal Fishers Association",
    "  * Delta Youth Forum",
]


def test_signer_words_inside_running_text_do_not_head_the_list() -> None:
    blocks = text_blocks("\n".join(WRAPPED))
    span = locate_list(blocks, blocks)
    block = next(b for b in blocks if b.index == span.heading)
    start = span.offset[block.index]
    assert block.lines[start - 1] == "This statement is signed by the following associations:"
    assert [x.strip("* ") for x in block.lines[start:]] == [
        "River Watch Network", "Valley Farmers Union", "Coastal Fishers Association",
        "Delta Youth Forum"]


def test_an_announcing_line_wrapped_onto_the_next_one_heads_the_list() -> None:
    lines = WRAPPED[:8] + ["The following associations of the valley have signed this",
                           "statement:"] + WRAPPED[9:]
    blocks = text_blocks("\n".join(lines))
    span = locate_list(blocks, blocks)
    block = next(b for b in blocks if b.index == span.heading)
    names = block.lines[span.offset[block.index]:]
    assert [x.strip("* ") for x in names] == [
        "River Watch Network", "Valley Farmers Union", "Coastal Fishers Association",
        "Delta Youth Forum"]


ONE_CELL = ("<html><body><table><tr><td>12.03.2009<br>PRESS STATEMENT<br>{prose}<br>"
            "{above}<br>{heading}<br>Maria Lopez<br>John Smith<br>Ayse Yilmaz<br>Ana Costa"
            "</td></tr></table></body></html>")
PROSE = ("We call on the minister to withdraw the bill on the foreign funding of associations, "
         "which would silence every group that defends the rights of women in the country.")
ORGS = ["Alpha Women's Association", "Beta Rights Foundation", "Gamma Solidarity Network",
        "Delta Legal Aid Society", "Epsilon Youth Union", "Zeta Media Watch Group"]


def test_a_letter_in_one_cell_lists_its_organisations_above_the_heading_of_persons() -> None:
    import ngoclean

    page = ONE_CELL.format(prose=PROSE, above="<br>".join(ORGS),
                           heading="Individual signatories:")
    rec = ngoclean.parse(page)
    people = ["Maria Lopez", "John Smith", "Ayse Yilmaz", "Ana Costa"]
    assert [(s.name, s.kind) for s in rec.signatories] == (
        [(n, "organisation") for n in ORGS] + [(n, "person") for n in people])
    # the list's own heading names no section (it is not the cell's first line either)
    assert {s.section for s in rec.signatories} == {None}
    assert rec.body.endswith(PROSE) and "Alpha Women" not in rec.body
    # lines above the heading that are not a run of organisations stay in the body
    address = "<br>".join(["Ms Jane Roe", "Minister of the Interior", "12 Long Street",
                           "Capital City", "Republic of Nowhere"])
    rec = ngoclean.parse(ONE_CELL.format(prose=PROSE, above=address,
                                         heading="Individual signatories:"))
    assert [s.name for s in rec.signatories] == people
    assert "12 Long Street" in rec.body


def test_a_heading_line_inside_a_block_names_no_section_with_the_block_s_first_line() -> None:
    import ngoclean

    text = ("Joint letter on the dam\n\n12 March 2009\nWe, the undersigned organisations, "
            "urge the ministry to halt the dam project now.\nSignatories:\n"
            "River Watch Network\nValley Farmers Union\nCoastal Fishers Association\n")
    rec = ngoclean.parse(text)
    assert [(s.name, s.section) for s in rec.signatories] == [
        ("River Watch Network", None), ("Valley Farmers Union", None),
        ("Coastal Fishers Association", None)]


def _letter(items: list[str], tail: str = "") -> str:
    return ("Joint letter on civic space\n\nWe, the undersigned organisations, urge the "
            "government to protect civil society.\n\nSignatories:\n\n"
            + "\n\n".join(items) + "\n" + tail)


def _names(text: str) -> list[str]:
    import ngoclean

    return [s.name for s in ngoclean.parse(text).signatories]


# One entry per paragraph (a text dump of <p>s), some entries long enough to wrap: two
# wrapped ones in a row used to end the list, and so did a line of names run together
# right after a wrapped entry.
WRAPPED_ITEMS = [
    "Coastal Fishers Association", "Delta Youth Forum",
    "Laboratoire des matériaux composites pour la\nconstruction",
    "National Institute for Clinical Biology and\nPublic Health", "Mountain Women Collective",
    "River Watch Network", "Centre for the Study of Water Law, Policy and\nScience",
    "Valley Farmers Union Tenants Rights Alliance Harbour Workers Guild",
    "Prairie Seed Savers", "Urban Gardens Trust",
]


def test_a_list_goes_on_over_entries_wrapped_one_after_another() -> None:
    names = _names(_letter(WRAPPED_ITEMS))
    assert names[2:4] == ["Laboratoire des matériaux composites pour la construction",
                          "National Institute for Clinical Biology and Public Health"]
    assert names[-2:] == ["Prairie Seed Savers", "Urban Gardens Trust"]
    # (the line of names run together is the segmenter's to split: here it is in the list)
    assert any(x.endswith("Harbour Workers Guild") for x in names)


def test_items_under_one_marker_stay_in_the_list_however_they_wrap() -> None:
    items = ["* Coastal Fishers Association", "* Delta Youth Forum",
             "* Henry Predolin Foundation for Research\nin Leukemia",
             "* Valley Farmers Union Tenants\nRights Alliance Harbour\nWorkers Guild",
             "* Mountain Women Collective", "* River Watch Network"]
    names = _names(_letter(items))
    assert "Henry Predolin Foundation for Research in Leukemia" in names
    assert names[-2:] == ["Mountain Women Collective", "River Watch Network"]


def test_bulleted_sentences_after_the_list_are_not_entries() -> None:
    items = ["* Coastal Fishers Association", "* Delta Youth Forum",
             "* River Watch Network",
             "* We call on the government to repeal the law on foreign funding and\n"
             "to end the harassment of human rights defenders without delay.",
             "* Mountain Women Collective"]
    text = _letter(items)
    names = _names(text)
    assert names[:3] == ["Coastal Fishers Association", "Delta Youth Forum",
                         "River Watch Network"]
    assert not any("repeal" in x for x in names)


def test_an_inline_list_with_no_colon_closes_the_letter() -> None:
    text = ("Forderungen zur Meerespolitik\n\nWir fordern die Bundesregierung auf, die Meere "
            "wirksam zu schützen.\n\nUnterzeichnet von Brot für die Welt, Deutsche "
            "Umwelthilfe, fair oceans, Forum Umwelt & Entwicklung, Pro Wildlife und WWF\n")
    assert _names(text) == ["Brot für die Welt", "Deutsche Umwelthilfe", "fair oceans",
                            "Forum Umwelt & Entwicklung", "Pro Wildlife", "WWF"]


def test_a_joint_release_names_its_authors_in_its_first_line() -> None:
    text = ("Klimakrise: Was jetzt getan werden muss\n\nGemeinsame Pressemitteilung von BUND, "
            "Campact, Germanwatch, Naturschutzbund Deutschland (Nabu) und dem "
            "Umweltdachverband Deutscher Naturschutzring (DNR), 16.08.2019\n\n"
            "Berlin. Die Verbände fordern die Bundesregierung auf, endlich zu handeln.\n")
    assert _names(text) == ["BUND", "Campact", "Germanwatch", "Naturschutzbund Deutschland "
                            "(Nabu)", "Umweltdachverband Deutscher Naturschutzring (DNR)"]
    # a statement of officials is no list of signers
    news = ("Ministers meet in Rome\n\nJoint statement by the foreign ministers of France, "
            "Germany and Italy on the situation in the region.\n\nThe ministers met today.\n")
    assert _names(news) == []


def test_inline_persons_with_affiliations_then_an_inline_list_of_organisations() -> None:
    import ngoclean

    text = ("Tous ensemble le 5 décembre\n\nNous appelons à la grève.\n\nPremiers "
            "signataires : Ana Ruiz (CGT, Rouen), Luis Paz (SUD-Rail, Paris Nord), Eva Sol "
            "(enseignante), Marc Ode (FSU)…\n\nPour signer la tribune :\n\n"
            "Premiers collectifs et organisations signataires : CGT Goodyear, Comité Adama, "
            "UNL 17, 62, 06, Front social 57, Stylos rouges…\n")
    rec = ngoclean.parse(text)
    assert [s.name for s in rec.signatories] == [
        "Ana Ruiz (CGT, Rouen)", "Luis Paz (SUD-Rail, Paris Nord)", "Eva Sol (enseignante)",
        "Marc Ode (FSU)", "CGT Goodyear", "Comité Adama", "UNL 17, 62, 06", "Front social 57",
        "Stylos rouges"]
    # the second list's lead stays in the record, in the raw of its first name
    assert "Premiers collectifs et organisations signataires" in rec.signatories[4].raw


def test_a_run_of_names_re_wrapped_over_lines_inside_the_list_stays_in_it() -> None:
    items = ["Coastal Fishers Association", "Delta Youth Forum", "Mountain Women Collective",
             "Institute for Geological Processes\nand Mineral Resources Valley General\n"
             "Hospital Centre for Health Law, Policy and\nEthics (CHLPE), Canada River Trust",
             "River Watch Network", "Urban Gardens Trust"]
    names = _names(_letter(items))
    assert names[:3] == items[:3] and names[-2:] == items[-2:]
    joined = " ".join(names[3:-2])
    assert "Mineral Resources" in joined and "River Trust" in joined
    # five long wrapped entries in a row, then one-line ones: one list
    long = [f"{w} Institute for Advanced Research on\nSustainable Development"
            for w in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")]
    names = _names(_letter(items[:2] + long + items[4:]))
    assert names[-2:] == items[-2:] and len(names) == 9


def test_a_headless_run_of_names_between_slashes_closes_the_letter() -> None:
    names = ["AAIC – Associazione Tessile Italia – Cina", "Associazione Culturale Arte Viva",
             "Associazione Studenti Cinesi di Brera", "Unione Imprenditori Cinesi",
             "COSPE – Cooperativa per lo Sviluppo", "Cooperativa Tangram",
             "Centro di Ricerche Interculturali", "Rete Professionisti Italo-Cinesi",
             "Consiglio degli Studenti Cinesi", "Associazione Generale Ramunion in Italia"]
    text = ("Comunicato congiunto\n\nCi rivolgiamo a tutta la cittadinanza contro ogni "
            "discriminazione.\n\n(I nomi sono in ordine alfabetico)\n" + " / ".join(names)
            + "\n")
    assert _names(text) == names
    # a menu of short items between bars is not a list of signers
    menu = " | ".join(["Home", "Chi siamo", "Notizie", "Eventi", "Contatti", "Dona",
                       "Lavora con noi", "Stampa", "Privacy", "Note legali"])
    assert _names("Comunicato\n\nCi rivolgiamo a tutta la cittadinanza.\n\n" + menu + "\n") == []


def test_a_number_touching_the_name_is_its_marker() -> None:
    from ngoclean.listsplit import entries_from_lines

    lines = ["19. Alpha Food Bank (AFB)", "20.Bar Association of the Capital (BAC)",
             "21. Centre for Gamma Studies", "22.GAMMA North Chamber", "23. Delta Club"]
    sigs, _ = entries_from_lines([(0, x) for x in lines])
    assert [s.name for s in sigs] == [
        "Alpha Food Bank (AFB)", "Bar Association of the Capital (BAC)",
        "Centre for Gamma Studies", "GAMMA North Chamber", "Delta Club"]


def test_a_text_browser_s_wrapped_entry_among_one_line_entries_is_one_name() -> None:
    import ngoclean

    entries = ["Associação Alfa de Moradores", "Centro Beta de Direitos Humanos",
               "Coletivo Gama", "Fórum Delta das Mulheres",
               "Núcleo de Estudos e Pesquisas em Violência, Segurança e Políticas\n"
               "Públicas do Nordeste – NEPN", "Rede Épsilon", "Sindicato Zeta dos Trabalhadores",
               "Grupo Eta / Recife"]
    page = ("Nota pública das entidades\n\nAs entidades abaixo assinadas manifestam o seu "
            "repúdio à entrega da secretaria e pedem ao governo que reveja a decisão.\n\n"
            "ASSINAM AS ENTIDADES:\n\n" + "\n\n".join(entries) + "\n")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == [x.replace("\n", " ") for x in entries]
    assert any(r.step == "join_lines" for r in rec.repairs)
    # two short names in one paragraph are two entries
    page2 = page.replace("Núcleo de Estudos e Pesquisas em Violência, Segurança e Políticas\n"
                         "Públicas do Nordeste – NEPN", "Rede Teta\nInstituto Iota")
    names = [s.name for s in ngoclean.parse(page2).signatories]
    assert "Rede Teta" in names and "Instituto Iota" in names


def test_a_text_browser_s_underlined_heading_over_photo_cards() -> None:
    import ngoclean

    page = ("Lettera aperta sui dati\n\nChiediamo al Governo di pubblicare i dati in "
            "formato aperto, disaggregati e aggiornati ogni giorno.\n\nFirmatari\n"
            + "_" * 66 + "\n\n[anna_rossi.jpg] Anna Rossi, economista\n"
            "[marco.png] Marco Bianchi, giornalista de Il Sole 24\nOre e Radio Alfa\n"
            "[giulia_verdi.jpg] Giulia Verdi, ricercatrice\n"
            "[paolo.jpg] Paolo Neri, attivista digitale\n")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == [
        "Anna Rossi, economista", "Marco Bianchi, giornalista de Il Sole 24 Ore e Radio Alfa",
        "Giulia Verdi, ricercatrice", "Paolo Neri, attivista digitale"]


def test_an_entry_ending_in_a_dotted_legal_form_does_not_end_the_list() -> None:
    import ngoclean

    entries = ["Alpha Research Institute", "Beta Health Foundation", "Gamma Parks s.r.o.",
               "Delta Chemistry S.r.l.", "Epsilon Museum of Natural History", "Zeta Hospital"]
    page = ("Joint letter\n\nWe, the undersigned organisations, call on all States to "
            "protect civil society.\n\nSignatories:\n\n" + "\n\n".join(entries) + "\n")
    assert [s.name for s in ngoclean.parse(page).signatories] == entries
    from ngoclean.listfind import is_name_like

    assert not is_name_like("We call on all States to act.")


def test_names_after_gez_end_where_the_comments_begin() -> None:
    import ngoclean

    names = ["Anna Berg", "Dr. Bernd Carl", "Clara Dorn", "Prof. Dieter Ems", "Eva Falk",
             "Frank Gold", "Greta Hahn", "Hans Iser"]
    text = ("Gemeinsame Erklärung\n\nDonnerstag, 15.03.2018\n\nMit wachsendem Befremden "
            "beobachten wir, wie die Stadt ihre Bibliotheken schließt, und wir fordern,\n"
            "dass sie offen bleiben.\n\ngez.\n\n" + "\n".join(names) + "\n\n12 Kommentare\n\n"
            "     * Rolf Maier 15. März, 2018 Das ist richtig so, und ich unterschreibe\n"
            "       das auch gern.\n     * Uta Lenz 16. März, 2018 Sehr gut.\n")
    rec = ngoclean.parse(text)
    assert [s.name for s in rec.signatories] == names
    page = ("<html><body><article><h1>Gemeinsame Erklärung</h1><p>Mit wachsendem Befremden "
            "beobachten wir, wie die Stadt ihre Bibliotheken schließt.</p><p>gez.<p>"
            + "<br>".join(names) + "</article></body></html>")
    assert [s.name for s in ngoclean.parse(page).signatories] == names


def test_lines_closing_the_list_that_are_no_entries_go_to_the_body() -> None:
    """A text dump's long list block closes with a call to join: no entry, it stays in
    the record's body. Made-up names."""
    names = ["Alpha Trust", "Beta Union", "Gamma Fund", "Delta Network", "Epsilon Aid",
             "Zeta Forum", "Eta Group", "Theta Media", "Iota Lab",
             "Kappa Centre", "Lambda Onlus", "Mu Fondazione", "Nu Rete",
             "Xi Report", "Omicron Data", "Pi Holding", "Rho Articolo 33", "SIGMA.CENTER"]
    page = ("Lettera aperta sui dati\n\nChiediamo al governo di pubblicare i dati in modo "
            "aperto e completo, ogni giorno.\n\nFirmatari\n\n"
            + "\n".join("   " + n for n in names)
            + "\n   Aderisci con la tua organizzazione!\n\nAderisci con la tua "
            "organizzazione!\n")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == names
    assert "Aderisci con la tua organizzazione!" in rec.body


def test_a_numbered_list_right_under_a_paragraph_of_a_text_dump_is_its_own_block() -> None:
    """A text browser sets an ``<ol>`` right under the paragraph before it, with no blank
    line: the paragraph stays the body, the numbered lines are the list, a wrapped entry
    whole. Made-up names."""
    names = ["Alpha Trust", "Beta Union (BU)", "Gamma Network for Election Observation "
             "and Electoral Integrity", "Delta Forum (DF)", "Epsilon Aid"]
    page = ("Joint statement on the election\n\n"
            "   We, the undersigned organisations, are deeply concerned about the conduct\n"
            "   of the election and the arrests of observers in the weeks before it.\n\n"
            "   In light of these concerns, we urge all governments to refrain from\n"
            "   legitimising the election and to support the people in their quest\n"
            "   for freedom and democracy.\n"
            "    1. Alpha Trust\n    2. Beta Union (BU)\n"
            "    3. Gamma Network for Election Observation and Electoral\n       Integrity\n"
            "    4. Delta Forum (DF)\n    5. Epsilon Aid\n")
    rec = ngoclean.parse(page)
    assert [s.name for s in rec.signatories] == names
    assert rec.body.endswith("in their quest for freedom and democracy.")
