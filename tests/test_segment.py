"""The signatory segmenter: every damage pattern, and clean lists that must stay as they are.

The names here are real organisations written from general knowledge, not from fixtures.
"""

from __future__ import annotations

import pytest

from ngoclean.segment import alphabetical_starts, segment_lines, sort_key
from ngoclean.signatories import entries_from_lines

# A clean alphabetical list that the damaged lists below are made from.
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


def names(lines: list[str]) -> list[str]:
    return [s.name for s in segment_lines(lines)]


def test_clean_list_is_unchanged() -> None:
    assert names(CLEAN) == CLEAN


def test_clean_unsorted_list_is_unchanged() -> None:
    shuffled = CLEAN[::2] + CLEAN[1::2]
    assert names(shuffled) == shuffled


@pytest.mark.parametrize("name", [
    "Human Rights Watch", "Justice and Peace", "Peace Brigades International",
    "Global Initiative for Economic, Social and Cultural Rights",
    'Kharkiv Regional Foundation "Public Alternative", Ukraine',
    "JASS (Just Associates)",
    "Civil Society Coalition on Human Rights and Constitutional Law",
])
def test_names_with_commas_and_quotes_and_parentheses_stay_whole(name: str) -> None:
    lines = CLEAN[:10] + [name] + CLEAN[10:]
    assert name in names(sorted(lines, key=sort_key))


def test_two_and_three_names_merged_on_one_line_are_split() -> None:
    lines = CLEAN[:7] + ["Big Brother Watch Brot für die Welt"] + [
        "Cairo Institute for Human Rights Studies (CIHRS) Center for Constitutional Rights "
        "Centro Nicaragüense de Derechos Humanos (CENIDH)"] + CLEAN[12:]
    assert names(lines) == CLEAN


def test_first_words_shifted_onto_the_previous_line_are_moved_back() -> None:
    lines = CLEAN[:16] + [
        "Front Line Defenders Global",
        "Witness Human",
        "Rights Watch",
    ] + CLEAN[19:]
    assert names(lines) == CLEAN


def test_run_rewrapped_as_running_text_is_resegmented() -> None:
    lines = CLEAN[:12] + [
        "Committee to Protect Journalists Digital Rights Foundation,",
        "Pakistan Equality Now Fair Trials",
    ] + CLEAN[16:]
    assert names(lines) == CLEAN


def test_name_wrapped_after_a_function_word_is_rejoined() -> None:
    lines = CLEAN[:5] + ["Asia Pacific Forum on Women, Law and", "Development (APWLD)"] + CLEAN[6:]
    assert names(lines) == CLEAN


def test_hyphenated_name_wrapped_at_the_hyphen() -> None:
    lines = CLEAN[:4] + ["Anti-", "Slavery International"] + CLEAN[5:]
    assert names(lines) == CLEAN


def test_isolated_out_of_order_name_stays_on_its_own() -> None:
    lines = CLEAN[:9] + ["Zimbabwe Lawyers for Human Rights"] + CLEAN[9:]
    assert names(lines) == lines


def test_names_of_one_common_word_on_their_own_line_stay() -> None:
    lines = sorted(CLEAN + ["Liberty", "Redress", "Emergency"], key=sort_key)
    assert names(lines) == lines


def test_html_paragraph_with_lost_line_breaks() -> None:
    one_line = " ".join(CLEAN[:8])
    assert names(CLEAN[8:12] + [one_line] + CLEAN[12:]) != []  # no crash on odd order
    merged = [" ".join(CLEAN[k:k + 3]) for k in range(0, len(CLEAN), 3)]
    got = names(merged)
    correct = len(set(got) & set(CLEAN))
    assert correct >= 0.9 * len(CLEAN)


def test_bulleted_and_semicolon_lists() -> None:
    assert names(["• Human Rights Watch", "• Amnesty International", "• Front Line Defenders"]) \
        == ["Human Rights Watch", "Amnesty International", "Front Line Defenders"]
    assert names(["Human Rights Watch; Amnesty International; Front Line Defenders"]) == [
        "Human Rights Watch;", "Amnesty International;", "Front Line Defenders"]


def test_non_latin_names() -> None:
    lines = CLEAN[-3:] + ["Правозащитный центр «Мемориал»", "中国维权律师关注组"]
    assert names(lines) == lines


def test_raw_keeps_the_source_text_and_lines() -> None:
    segs = segment_lines(["Front Line Defenders Global", "Witness"])
    assert [(s.name, s.raw, s.lines) for s in segs] == [
        ("Front Line Defenders", "Front Line Defenders", [0]),
        ("Global Witness", "Global\nWitness", [0, 1]),
    ]


def test_audit_trail_names_each_split_join_and_move() -> None:
    lines = [(0, x) for x in CLEAN[:7]] + [
        (0, "Big Brother Watch Brot für die Welt"),   # merged: split
        (0, "Cairo Institute for Human Rights"),      # wrapped: joined
        (0, "Studies (CIHRS)"),
    ] + [(0, x) for x in CLEAN[10:16]] + [
        (0, "Front Line Defenders Global"),           # shifted: moved
        (0, "Witness"),
    ] + [(0, x) for x in CLEAN[18:]]
    sigs, repairs = entries_from_lines(lines)
    assert [s.name for s in sigs] == CLEAN
    assert [(r.step, r.field) for r in repairs] == [
        ("split_names", "signatories"), ("join_lines", "signatories"),
        ("move_words", "signatories")]
    assert repairs[0].before == "Big Brother Watch Brot für die Welt"
    assert repairs[0].after == "Big Brother Watch\nBrot für die Welt"
    assert repairs[2].before == "Front Line Defenders Global\nWitness"
    assert repairs[2].after == "Front Line Defenders\nGlobal Witness"


def test_glued_comma_before_a_country_is_spaced() -> None:
    sigs, repairs = entries_from_lines([(3, "Mountain Women Network,Nepal")])
    assert sigs[0].name == "Mountain Women Network, Nepal" and sigs[0].country == "Nepal"
    assert [(r.step, r.block) for r in repairs] == [("comma_space", 3)]


def test_people_are_told_from_organisations() -> None:
    sigs, _ = entries_from_lines([(0, "Freelance Journalist / Human Rights Defender"),
                                  (0, "Jane Doe, Director, Example Foundation"),
                                  (0, "Front Line Defenders")])
    assert [s.kind for s in sigs] == ["person", "organisation", "organisation"]


def test_alphabetical_helpers() -> None:
    assert sort_key("Österreich-Café") == "osterreichcafe"
    assert alphabetical_starts([]) == []
    assert alphabetical_starts(["b", "a"]) in ([True, False], [False, True])


def test_long_lists_scale() -> None:
    lines = [f"{CLEAN[k % len(CLEAN)]} {k}" for k in range(3000)]
    assert len(segment_lines(lines)) == 3000
