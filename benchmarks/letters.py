"""Speed on the pages this library exists for: joint letters carrying signatory lists.

HTML letter pages (the HTML fixtures of ``tests/fixtures/html``, the real letters of
``../shared/real/letters`` and letters generated in every list form: ``<ul>``, ``<ol>``,
``<p>`` with ``<br>``, a table with a country column, one paragraph per name, 20 to 500
held-out names of ``../shared/orgnames`` (or the test names of ``tests/pdfmake.py``
without it), clean and damaged), each read in one run by:

- ngoclean's full record (``ngoclean.parse``: title, date, body, signatories, language,
  repairs);
- trafilatura's full record (``bare_extraction(html, with_metadata=True)``: title, date,
  body and the rest of its metadata), and its plain ``extract``;
- ``lxml.html.fromstring`` alone (parsing, the floor of any HTML tool).

Text dumps (the real letters' lynx twins, the text fixtures, generated damaged lists)
have no peer: beside ngoclean stands a plain pass over the text (``str.splitlines`` and
one regular expression finding words), the floor of any text tool.

Each document is timed as the best of ``--repeat`` runs; every tool is run once first,
untimed, so that its one-off loading is not counted. Peers are installed by
``benchmarks/requirements.txt``.

    python benchmarks/letters.py [--repeat 3] [--verbose]
"""

from __future__ import annotations

import argparse
import contextlib
import html as htmllib
import os
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT / "src"), str(HERE), str(ROOT / "training"), str(ROOT / "tests")]

import ngoclean  # noqa: E402

SHARED = Path(os.environ.get("NGOCLEAN_SHARED", ROOT.parent / "shared"))
LETTER = (
    "We, the undersigned organisations, write to urge the members of the Council to "
    "renew the mandate of the Special Rapporteur on the situation of human rights "
    "defenders, and to resist any attempt to weaken its independence or its budget. "
)
COUNTRIES = ["Kenya", "Brazil", "Philippines", "Germany", "Mexico", "India", "France"]


def names_pool() -> list[str]:
    folder = SHARED / "orgnames"
    if folder.is_dir():
        import orgnames

        return orgnames.load("test", folder)
    import pdfmake

    return [f"{n} {k}" for k in range(20) for n in pdfmake.NAMES]


def _page(title: str, list_html: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | Coalition site</title>"
        "<meta property='article:published_time' content='2024-05-06T09:00:00Z'></head>"
        "<body><header><nav><a href='/'>Home</a> <a href='/news'>News</a> "
        "<a href='/about'>About us</a> <a href='/join'>Join</a></nav></header>"
        f"<main><article><h1>{title}</h1><p class='date'>6 May 2024</p>"
        + f"<p>{LETTER * 3}</p>" * 4
        + f"<h2>Signatories</h2>{list_html}</article></main>"
        "<aside><h3>Related</h3><ul><li><a href='/a'>Another letter</a></li>"
        "<li><a href='/b'>Our report</a></li></ul></aside>"
        "<footer><p>© 2024 Coalition. All rights reserved.</p></footer></body></html>")


def generated_html(rng: random.Random, pool: list[str]) -> list[tuple[str, str]]:
    from damage import damaged_list

    pages: list[tuple[str, str]] = []
    start = 0
    for count in (20, 100, 500):
        for form in ("ul", "ol", "br", "table", "p", "damaged"):
            names = pool[start:start + count]
            start = (start + count) % max(1, len(pool) - 600)
            esc = [htmllib.escape(n) for n in names]
            if form in ("ul", "ol"):
                body = f"<{form}>" + "".join(f"<li>{n}</li>" for n in esc) + f"</{form}>"
            elif form == "br":
                body = "<p>" + "<br>".join(esc) + "</p>"
            elif form == "table":
                body = "<table><tr><th>Organisation</th><th>Country</th></tr>" + "".join(
                    f"<tr><td>{n}</td><td>{rng.choice(COUNTRIES)}</td></tr>"
                    for n in esc) + "</table>"
            elif form == "p":
                body = "".join(f"<p>{n}</p>" for n in esc)
            else:  # a list pasted from a PDF: merged, wrapped, shifted names in one <p>
                example = damaged_list(names, 0.3, rng)
                body = "<p>" + "<br>".join(htmllib.escape(x) for x in example.lines) + "</p>"
            pages.append((f"generated-{form}-{count}", _page(f"Joint letter {form} {count}",
                                                            body)))
    return pages


def generated_text(rng: random.Random, pool: list[str]) -> list[tuple[str, str]]:
    from damage import damaged_list

    pages: list[tuple[str, str]] = []
    for k, count in enumerate((20, 100, 500)):
        names = pool[k * 600:k * 600 + count]
        for share, label in ((0.0, "clean"), (0.3, "damaged")):
            example = damaged_list(names, share, rng)
            text = (f"Joint letter on defenders\n\nGeneva, 6 May 2024\n\n{LETTER * 3}\n\n"
                    "Signatories:\n\n" + "\n".join(example.lines) + "\n")
            pages.append((f"generated-text-{label}-{count}", text))
    return pages


def html_sets() -> dict[str, list[tuple[str, str]]]:
    rng = random.Random(7)
    pool = names_pool()
    fixtures = [(p.name, p.read_text(encoding="utf-8", errors="replace"))
                for p in sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))]
    real = [(p.name, p.read_bytes().decode("utf-8", "replace"))
            for p in sorted((SHARED / "real" / "letters").glob("*.html"))]
    sets = {"fixtures": fixtures, "real letters": real,
            "generated": generated_html(rng, pool)}
    return {k: v for k, v in sets.items() if v}


def text_sets() -> dict[str, list[tuple[str, str]]]:
    rng = random.Random(8)
    pool = names_pool()
    fixtures = [(p.name, p.read_text(encoding="utf-8", errors="replace"))
                for p in sorted((ROOT / "tests" / "fixtures" / "text").glob("*.txt"))]
    real = [(p.name, p.read_text(encoding="utf-8", errors="replace"))
            for p in sorted((SHARED / "real" / "letters").glob("*-dump.txt"))]
    seed = SHARED / "fixtures" / "imadr-2015-hrd-letter.txt"
    if seed.exists():
        real.append((seed.name, seed.read_text(encoding="utf-8")))
    sets = {"fixtures": fixtures, "real dumps": real,
            "generated": generated_text(rng, pool)}
    return {k: v for k, v in sets.items() if v}


def best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        with contextlib.suppress(Exception):  # a peer's failure costs what it cost
            fn()
        times.append(time.perf_counter() - t)
    return min(times)


_WORD = re.compile(r"\w+")


def floor_pass(text: str) -> int:
    return sum(len(_WORD.findall(line)) for line in text.splitlines())


def measure(pages: list[tuple[str, str]], tools: dict[str, Callable[[str], Any]],
            repeat: int, verbose: bool) -> dict[str, float]:
    seconds = dict.fromkeys(tools, 0.0)
    for name, page in pages:
        row = {}
        for tool, fn in tools.items():
            t = best(lambda fn=fn, page=page: fn(page), repeat)
            seconds[tool] += t
            row[tool] = t
        if verbose:
            print(f"    {name[:44]:44} " + " ".join(f"{k.split()[0]} {v * 1000:7.1f} ms"
                                                  for k, v in row.items()))
    return seconds


def report(label: str, pages: list[tuple[str, str]], seconds: dict[str, float],
           ours: str, against: list[str]) -> None:
    size = sum(len(p.encode("utf-8")) for _, p in pages) / 2 ** 20
    print(f"{label}: {len(pages)} pages, {size:.2f} MB")
    print(f"  {'tool':44} {'pages/s':>9} {'MB/s':>7}")
    for tool, s in seconds.items():
        print(f"  {tool:44} {len(pages) / s:>9.1f} {size / s:>7.2f}")
    for other in against:
        ratio = seconds[other] / seconds[ours]
        print(f"  ratio {ours} / {other}: {ratio:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    import lxml.html
    import trafilatura

    ngoclean.preload()
    warm = _page("Warm-up letter", "<ul><li>Alpha Trust</li><li>Beta Union</li></ul>")
    ngoclean.parse(warm)
    trafilatura.bare_extraction(warm, with_metadata=True)
    trafilatura.extract(warm)
    html_tools: dict[str, Callable[[str], Any]] = {
        "ngoclean full record": ngoclean.parse,
        "trafilatura bare_extraction(with_metadata)": lambda h: trafilatura.bare_extraction(
            h, with_metadata=True),
        "trafilatura extract": trafilatura.extract,
        "lxml.html.fromstring": lxml.html.fromstring,
    }
    every: list[tuple[str, str]] = []
    total = dict.fromkeys(html_tools, 0.0)
    for label, pages in html_sets().items():
        seconds = measure(pages, html_tools, args.repeat, args.verbose)
        report(f"HTML {label}", pages, seconds, "ngoclean full record",
               ["trafilatura bare_extraction(with_metadata)", "trafilatura extract"])
        every += pages
        for k, v in seconds.items():
            total[k] += v
    report("HTML, all sets", every, total, "ngoclean full record",
           ["trafilatura bare_extraction(with_metadata)", "trafilatura extract"])
    lxml_share = total["lxml.html.fromstring"] / total["ngoclean full record"]
    print(f"  ngoclean's rate as a share of lxml's parse-alone rate: {lxml_share:.1%}")
    text_tools: dict[str, Callable[[str], Any]] = {
        "ngoclean full record": ngoclean.parse,
        "splitlines + one regex (floor)": floor_pass,
    }
    for label, pages in text_sets().items():
        seconds = measure(pages, text_tools, args.repeat, args.verbose)
        report(f"text {label}", pages, seconds, "ngoclean full record", [])
        share = seconds["splitlines + one regex (floor)"] / seconds["ngoclean full record"]
        print(f"  ngoclean's rate as a share of the floor's: {share:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
