"""Ways a signatory list is announced on web pages, and lists that are not signatories."""

from __future__ import annotations

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
