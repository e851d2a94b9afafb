"""The signatory segmenter: every damage pattern, and clean lists that must stay as they are.

The names here are real organisations written from general knowledge, not from fixtures.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ngoclean.listsplit import entries_from_lines
from ngoclean.segment import alphabetical_starts, segment_lines, sort_key

ROOT = Path(__file__).parent.parent
# Real organisation names (general knowledge), the benchmark's test data: a dense,
# alphabetical list like real joint-letter lists.
ALL = sorted(
    dict.fromkeys(
        x.strip() for x in (ROOT / "benchmarks" / "data" / "organisations.txt")
        .read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")),
    key=sort_key)
CLEAN = [
    "Access Now",
    "African Centre for Democracy and Human Rights Studies (ACDHRS)",
    "Al-Haq",
    "American Civil Liberties Union (ACLU)",
    "Anti-Slavery International",
    "Asia Pacific Forum on Women, Law and Development (APWLD)",
    "Avocats Sans Frontières",
    "Big Brother Watch",
    "Brot für die Welt",
    "Cairo Institute for Human Rights Studies (CIHRS)",
    "Center for Constitutional Rights",
    "Centro Nicaragüense de Derechos Humanos (CENIDH)",
    "Committee to Protect Journalists",
    "Digital Rights Foundation, Pakistan",
    "Equality Now",
    "Fair Trials",
    "Front Line Defenders",
    "Global Witness",
    "Human Rights Watch",
    "Index on Censorship",
    "Justice and Peace",
    "Kenya Human Rights Commission",
    "Legal Resources Centre",
    "Peace Brigades International",
    "Privacy International",
]


def damaged(edit: dict[int, list[str]], span: dict[int, int]) -> list[str]:
    """ALL with the names from index k (``span[k]`` of them) replaced by ``edit[k]``."""
    out: list[str] = []
    k = 0
    while k < len(ALL):
        if k in edit:
            out.extend(edit[k])
            k += span[k]
        else:
            out.append(ALL[k])
            k += 1
    return out


def at(name: str) -> int:
    return ALL.index(name)


def names(lines: list[str]) -> list[str]:
    return [s.name for s in segment_lines(lines)]


def test_clean_list_is_unchanged() -> None:
    assert names(ALL) == ALL
    assert names(CLEAN) == CLEAN


def test_clean_unsorted_list_is_unchanged() -> None:
    shuffled = list(ALL)
    random.Random(3).shuffle(shuffled)
    assert names(shuffled) == shuffled


@pytest.mark.parametrize("name", [
    "Human Rights Watch", "Justice and Peace", "Peace Brigades International",
    "Global Initiative for Economic, Social and Cultural Rights",
    'Kharkiv Regional Foundation "Public Alternative", Ukraine',
    "JASS (Just Associates)",
    "Civil Society Coalition on Human Rights and Constitutional Law",
])
def test_names_with_commas_and_quotes_and_parentheses_stay_whole(name: str) -> None:
    lines = sorted(set(ALL) | {name}, key=sort_key)
    assert names(lines) == lines


def test_two_and_three_names_merged_on_one_line_are_split() -> None:
    a, b = at("Big Brother Watch"), at("Cairo Institute for Human Rights Studies (CIHRS)")
    c = at("Gulf Centre for Human Rights")
    lines = damaged({a: [" ".join(ALL[a:a + 2])], b: [" ".join(ALL[b:b + 3])],
                     c: [" ".join(ALL[c:c + 2])]}, {a: 2, b: 3, c: 2})
    assert len(lines) == len(ALL) - 4
    assert names(lines) == ALL


def test_first_words_shifted_onto_the_previous_line_are_moved_back() -> None:
    k = at("Human Rights Centre Memorial")
    run = ALL[k:k + 4]
    shifted = [run[0]]
    for name in run[1:]:
        head, rest = name.split(" ", 1)
        shifted[-1] += " " + head
        shifted.append(rest)
    assert shifted[1].startswith("Rights Commission of Pakistan")
    assert names(damaged({k: shifted}, {k: 4})) == ALL


def test_shifted_first_words_in_an_unsorted_list() -> None:
    # No alphabetical order to lean on: the breaks themselves give the shift away (the
    # next line opens with "dos" or "für", the line ends on a word that opens a name).
    lines = ["Instituto de Defensa Legal (IDL) Ukrainian",
             "Helsinki Human Rights Union Movimento",
             "dos Trabalhadores Rurais Sem Terra Conectas",
             "Direitos Humanos"]
    assert [s.name for s in segment_lines(lines)] == [
        "Instituto de Defensa Legal (IDL)", "Ukrainian Helsinki Human Rights Union",
        "Movimento dos Trabalhadores Rurais Sem Terra", "Conectas Direitos Humanos"]
    # A clean unsorted list whose lines end and start well is left as it is.
    clean = ["Conectas Direitos Humanos", "Brot für die Welt", "Amnesty International",
             "Legal Resource Centre", "Front Line Defenders"]
    assert [s.name for s in segment_lines(clean)] == clean


def test_run_rewrapped_as_running_text_is_resegmented() -> None:
    k = at("International Crisis Group")
    text = " ".join(ALL[k:k + 5])
    wrapped = [text[:60].rsplit(" ", 1)[0]]
    rest = text[len(wrapped[0]) + 1:]
    while rest:
        cut = rest if len(rest) <= 60 else rest[:60].rsplit(" ", 1)[0]
        wrapped.append(cut)
        rest = rest[len(cut) + 1:]
    assert len(wrapped) >= 3
    assert names(damaged({k: wrapped}, {k: 5})) == ALL


def test_name_wrapped_after_a_function_word_is_rejoined() -> None:
    k = at("Asia Pacific Forum on Women, Law and Development (APWLD)")
    lines = damaged({k: ["Asia Pacific Forum on Women, Law and", "Development (APWLD)"]}, {k: 1})
    assert names(lines) == ALL


def test_name_wrapped_before_its_acronym_is_rejoined() -> None:
    k = at("Cairo Institute for Human Rights Studies (CIHRS)")
    lines = damaged({k: ["Cairo Institute for Human Rights", "Studies (CIHRS)"]}, {k: 1})
    assert names(lines) == ALL


def test_hyphenated_name_wrapped_at_the_hyphen() -> None:
    k = at("Anti-Slavery International")
    assert names(damaged({k: ["Anti-", "Slavery International"]}, {k: 1})) == ALL


def test_isolated_out_of_order_name_stays_on_its_own() -> None:
    k = at("Brot für die Welt")
    lines = ALL[:k] + ["Zimbabwe Lawyers for Human Rights"] + ALL[k:]
    assert names(lines) == lines


def test_names_of_one_common_word_on_their_own_line_stay() -> None:
    lines = sorted(set(CLEAN) | {"Liberty", "Redress", "Emergency"}, key=sort_key)
    assert names(lines) == lines


def test_html_paragraph_with_lost_line_breaks() -> None:
    merged = [" ".join(ALL[k:k + 3]) for k in range(0, len(ALL), 3)]
    got = names(merged)
    correct = len(set(got) & set(ALL))
    assert correct >= 0.9 * len(ALL)


def test_bulleted_and_semicolon_lists() -> None:
    assert names(["• Human Rights Watch", "• Amnesty International", "• Front Line Defenders"]) \
        == ["Human Rights Watch", "Amnesty International", "Front Line Defenders"]
    assert names(["Human Rights Watch; Amnesty International; Front Line Defenders"]) == [
        "Human Rights Watch;", "Amnesty International;", "Front Line Defenders"]


def test_non_latin_names() -> None:
    lines = CLEAN[-3:] + ["Правозащитный центр «Мемориал»", "中国维权律师关注组"]
    assert names(lines) == lines


def test_raw_keeps_the_source_text_and_lines() -> None:
    k = at("Global Witness") - 1
    lines = damaged({k: [ALL[k] + " Global", "Witness"]}, {k: 2})
    segs = {s.name: s for s in segment_lines(lines)}
    assert (segs["Global Witness"].raw, segs["Global Witness"].lines) == ("Global\nWitness",
                                                                         [k, k + 1])
    assert segs[ALL[k]].raw == ALL[k]


def test_audit_trail_names_each_split_join_and_move() -> None:
    a, b = at("Big Brother Watch"), at("Cairo Institute for Human Rights Studies (CIHRS)")
    c = at("Global Witness") - 1
    lines = damaged({a: [ALL[a] + " " + ALL[a + 1]],
                     b: ["Cairo Institute for Human Rights", "Studies (CIHRS)"],
                     c: [ALL[c] + " Global", "Witness"]}, {a: 2, b: 1, c: 2})
    sigs, repairs = entries_from_lines([(0, x) for x in lines])
    assert [s.name for s in sigs] == ALL
    assert [(r.step, r.field) for r in repairs] == [
        ("split_names", "signatories"), ("join_lines", "signatories"),
        ("move_words", "signatories")]
    assert repairs[0].before == ALL[a] + " " + ALL[a + 1]
    assert repairs[0].after == ALL[a] + "\n" + ALL[a + 1]
    assert repairs[1].after == "Cairo Institute for Human Rights Studies (CIHRS)"
    assert repairs[2].before == ALL[c] + " Global\nWitness"
    assert repairs[2].after == ALL[c] + "\nGlobal Witness"


def test_glued_comma_before_a_country_is_spaced() -> None:
    sigs, repairs = entries_from_lines([(3, "Mountain Women Network,Nepal")])
    assert sigs[0].name == "Mountain Women Network, Nepal" and sigs[0].country == "Nepal"
    assert [(r.step, r.block) for r in repairs] == [("comma_space", 3)]


def test_people_are_told_from_organisations() -> None:
    sigs, _ = entries_from_lines([(0, "Freelance Journalist / Human Rights Defender"),
                                  (0, "Jane Doe, Director, Example Foundation"),
                                  (0, "Front Line Defenders")])
    assert [s.kind for s in sigs] == ["person", "person", "organisation"]


def test_alphabetical_helpers() -> None:
    assert sort_key("Österreich-Café") == "osterreichcafe"
    assert alphabetical_starts([]) == []
    assert alphabetical_starts(["b", "a"]) in ([True, False], [False, True])


def test_long_lists_scale() -> None:
    lines = [f"{CLEAN[k % len(CLEAN)]} {k}" for k in range(3000)]
    assert len(segment_lines(lines)) == 3000


def test_learned_weights_ship_as_package_data() -> None:
    from importlib import resources

    from ngoclean.segment import HAND_SET, learned_model, using

    model = learned_model()
    assert model is not HAND_SET and model.about.startswith("averaged perceptron")
    assert len(model.weights) > 1000
    artefact = resources.files("ngoclean").joinpath("data/segmenter.json")
    assert len(artefact.read_bytes()) < 2_000_000
    lines = ["Human Rights Watch Amnesty International", "Front Line Defenders"]
    with using(HAND_SET):
        hand = [s.name for s in segment_lines(lines)]
    assert hand == [s.name for s in segment_lines(lines, model=HAND_SET)]


def test_a_word_hyphenated_at_a_line_break_is_joined() -> None:
    got = names(["Beta Union for Environmental Protection and Interna-",
                 "tional Cooperation", "Gamma Fund"])
    assert got == ["Beta Union for Environmental Protection and International Cooperation",
                   "Gamma Fund"]
    # a compound keeps its hyphen
    assert names(["Union of Franco-", "german Studies", "Gamma Fund"])[0] == \
        "Union of Franco-german Studies"


def _letter(list_lines: list[str]) -> str:
    return ("Joint letter on civic space\n\nWe, the undersigned organisations, call on all "
            "States to protect civil society.\n\nSignatories:\n\n" + "\n".join(list_lines) + "\n")


def test_a_wrapped_entry_country_is_no_section_and_a_merged_line_does_not_end_the_list() -> None:
    import ngoclean

    names = ALL[:60]
    # a section with lines of names run together (a dump splits it into one block per
    # line), a wrapped "Name -" / "India" entry in it, a run-together line closing it,
    # then a second section
    first = [names[0], " ".join(names[1:5]), names[5],
             "Institute of Mental Health and Neurosciences (IMHANS) -", "India",
             names[6], " ".join(names[7:11]), names[11], " ".join(names[12:20])]
    text = _letter([*first, "", *names[20:40]])
    got = [s.name for s in ngoclean.parse(text).signatories]
    assert "Institute of Mental Health and Neurosciences (IMHANS) - India" in got
    assert "India" not in got
    assert got[-1] == names[39] and len(got) == 41, got
    # a country line under a complete entry still opens a section
    sections = ["Europe", "", *names[:6], "", "Africa", "", *names[6:12]]
    rec = ngoclean.parse(_letter(sections))
    assert [s.name for s in rec.signatories] == names[:12]
    assert [s.section for s in rec.signatories][5:7] == ["Europe", "Africa"]


def test_entries_closing_like_the_list_s_lines_are_split_where_run_together() -> None:
    """Lines end "..., Country": inside a line, a country after a comma and then a
    capitalised word is where two entries were run together."""
    lines = ["Tottori Hospital Foundation, Japan", "Asia Pacific Research Centre, Bangladesh "
             "Florida Global University, USA", "Coast Mountain College, Canada",
             "Royal Academy of Music, Denmark"]
    assert names(lines) == ["Tottori Hospital Foundation, Japan",
                            "Asia Pacific Research Centre, Bangladesh",
                            "Florida Global University, USA", "Coast Mountain College, Canada",
                            "Royal Academy of Music, Denmark"]
    # without that pattern at line ends, a country inside a line is no cue
    plain = ["Tottori Hospital Foundation", "Asia Pacific Research Centre Bangladesh Chapter",
             "Coast Mountain College", "Royal Academy of Music"]
    assert names(plain) == plain


def test_only_the_closings_the_lines_use_mark_a_run_together_entry() -> None:
    """Lines end "... (ACR)" (bracketed), so an acronym after a comma inside a line
    ("..., BTU Cottbus") is part of its entry, not where an entry closes; made-up
    people and places."""
    lines = [f"Prof. Dr. {p}, {o}" for p, o in [
        ("Anna Berg", "Universität Nordstadt"), ("Karl Roth", "BTU Altdorf-Neuberg"),
        ("Eva Lind", "TU Westburg"), ("Jan Holm", "Technisches Institut für Land Osterau (TIO)"),
        ("Lea Stern", "Hochschule Südfeld (HSS)"), ("Tom Weber", "Universität Ostburg"),
        ("Ida Falk", "Technisches Institut für Land Osterau (TIO)"), ("Max Vogt", "TU Westburg"),
        ("Ole Brandt", "Hochschule Südfeld (HSS)")]]
    assert names(lines) == lines


def test_a_clean_sorted_list_keeps_names_whose_second_word_fits_the_order() -> None:
    # every line one name, and lines in order: a capitalised word inside a line that
    # would fit the order ("Bekev | Buca ...") is no reason to cut it
    lines = ["Adana Kadın Dayanışma Derneği", "Amargi Kadın Kooperatifi", "Ankara Kadın Platformu",
             "Bekev Buca Evka Kadın Kültür Evi", "Bodrum Kadın Derneği", "Çanakkale Kadın Derneği",
             "Fitne Fücur", "Gaziantep Kadın Platformu", "Kırk Örük Kadın Kooperatifi",
             "Kozadan İpeğe Çalışanlar Kooperatifi", "Mor Çatı Vakfı", "Muğla Kadın Platformu",
             "Yaka Yaşam Evi Kadın Derneği", "Zeytin Kadın Girişimi"]
    assert names(lines) == lines
    # two names run together on one line of such a list are still split
    merged = lines[:1] + [lines[1] + " " + lines[2]] + lines[3:]
    assert names(merged) == lines


def test_a_whole_line_is_never_cut() -> None:
    # a line the layout shows is one name (a list item that is one link) stays whole,
    # where the same words in a plain line are two names run together
    k = at("Fair Trials")
    lines = damaged({k: [" ".join(ALL[k:k + 2])]}, {k: 2})
    assert names(lines) == ALL
    whole = [s.name for s in segment_lines(lines, whole_lines=[k])]
    assert lines[k] in whole and "Fair Trials" not in whole


def test_names_in_lower_case_in_a_clean_list_stand_alone() -> None:
    from ngoclean.segment import segment_lines

    base = ["Alpha Data Network", "Citizens for Open Budgets", "Green Schools Alliance",
            "Free Press Union", "Scienza in rete", "Open Health Forum", "Rete della Salute",
            "Delta Foundation", "Epsilon Trust", "Zeta Union", "Eta Media Collective",
            "Theta Rights Watch", "Iota Youth Council", "Kappa Water Forum",
            "Lambda Legal Aid", "Mu Farmers Association", "Nu Women Network",
            "Xi Press Freedom Group", "Omicron Health Alliance", "Pi Civic Lab",
            "Rho Transparency Italia", "Sigma Green Party", "Tau Teachers Union",
            "Upsilon Climate Action", "Phi Open Science", "Chi Digital Rights"]
    # a logo wall as a text browser writes it: one name a line, a few in lower case
    names = [*base[:5], "info.nodes", *base[5:10], "openmap", *base[10:16], "dataninja lab",
             *base[16:22], "civic hackers", *base[22:]]
    assert [s.name for s in segment_lines(names)] == names
    # the same list with one name wrapped, its tail in lower case: joined again
    wrapped = [*base[:1], "Citizens for Open", "budgets and accounts", *base[2:]]
    got = [s.name for s in segment_lines(wrapped)]
    assert "Citizens for Open budgets and accounts" in got and len(got) == len(base)
