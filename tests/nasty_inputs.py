"""The battery of nasty inputs, shared by tests/test_robustness.py and
benchmarks/robustness.py."""

from __future__ import annotations


def _nested(n: int) -> str:
    return "<div>" * n + "deep text" + "</div>" * n


NASTY: dict[str, object] = {
    "empty": b"",
    "whitespace only": "  \n\t  ",
    "png bytes": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    "pdf bytes": b"%PDF-1.7\n" + bytes(range(256)),
    "zip bytes": b"PK\x03\x04" + bytes(100),
    "invalid utf-8": b"Title\n\nText \xff\xfe\xc3\x28 with broken bytes and more text.",
    "utf-16 with bom": "Titre\n\nUn texte en français.".encode("utf-16"),
    "utf-16 without bom": "Titre\n\nUn texte en français.".encode("utf-16-le"),
    "nul bytes": b"abc\x00\x00def" * 50,
    "10 MB single line": ("word " * 2_000_000),
    "100,000 nested tags": _nested(100_000),
    "entity expansion bomb": ('<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;'
                              '&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                              "<html><body><p>&c;&c;&c;&c;</p></body></html>"),
    "external entity": ('<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                        "<html><body><p>before &xxe; after</p></body></html>"),
    "capitalised words, no breaks": ("Letter title\n\nWe write to you as organisations.\n\n"
                                     "Signatories:\n\n" + " ".join(
                                         f"Org{i} Centre" for i in range(5000))),
    "runs of dashes and spaces": "T\n\n" + "- " * 50000 + "-" * 100000 + " " * 100000
                                  + "-\u2010" * 50000,
    "huge colspan": '<table><tr><td colspan="1000000000" rowspan="99999">x</td></tr></table>',
    "thousands of table rows": "<table>" + "<tr><td>a</td><td>b</td></tr>" * 20000 + "</table>",
}
