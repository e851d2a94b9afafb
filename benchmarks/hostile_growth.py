"""Hostile shapes grown by 10x steps: time must not grow faster than n log n.

Each shape (runs of blank lines, a long run of letters before a line-end hyphen, many
line-end hyphens, attributes on one element, nested elements, names on one line, table
rows, an inline list of names joined by "and") is parsed at sizes n, 10n, 100n. Between
two steps the time may grow by at most ``10 * log(10n) / log(n)`` times a slack of 2.5
(noise, caches); a shape that grows faster is reported and the script exits 1.

    python benchmarks/hostile_growth.py [--start 1000] [--steps 3]
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
import time
from collections.abc import Callable

import ngoclean

SHAPES: dict[str, Callable[[int], str | bytes]] = {
    "blank lines": lambda n: "Open letter\n" + "\n" * n + "We urge the Council to act.",
    "letters before a hyphen": lambda n: "Open letter\n\n" + "a" * n + "-\nword",
    "line-end hyphens": lambda n: "Open letter\n\n" + "protec-\ntion and " * (n // 10),
    "attributes": lambda n: "<html><body><p " + " ".join(
        f'a{i}="v"' for i in range(n // 10)) + ">We urge the Council to act.</p></body></html>",
    "nesting": lambda n: "<div>" * (n // 10) + "We urge the Council to act.",
    "names on one line": lambda n: "Joint letter\n\nWe, the undersigned, urge action.\n\n"
    "Signed by: " + ", ".join(f"Organisation Number {i}" for i in range(n // 20)),
    "table rows": lambda n: "<html><body><p>We, the undersigned organisations, urge the "
    "Council to act.</p><h2>Signatories</h2><table>" + "".join(
        f"<tr><td>Organisation {i}</td><td>Kenya</td></tr>" for i in range(n // 40))
    + "</table></body></html>",
    # found by benchmarks/fuzz.py: each was quadratic before
    "link markers before a space": lambda n: "Open letter\n\n    " + "[1]" * (n // 3) + " x",
    "one long word in a list": lambda n: "<html><body><p>We, the undersigned organisations, "
    "urge the Council to act.</p><h3>Signatories</h3><p>Fair Trials<br>East" + "a" * n
    + " Horn Project<br>Global Witness<br>Front Line Defenders</p></body></html>",
    "attributes around tags": lambda n: "<html><body><p " + " ".join(
        f'a{i}="v"' for i in range(n // 10)) + "<li>" * 100 + ">We urge the Council.</p>",
    "blank lines, mojibake sign": lambda n: "Open letter\n\nCafÃ© des droits\n" + "\n" * n,
    "long word, e-mail sign": lambda n: "Open letter\n\nContact: " + "a" * n
    + " and more words here.",
    "conjunctions in an inline list": lambda n: "<html><body><p>We, the undersigned, urge "
    "action.</p><p>Signed by: " + "Alpha Group and Beta Union and " * (n // 31) + "Gamma.</p>"
    "</body></html>",
    "bullets after a signer lead": lambda n: "<html><body><p>We, the undersigned, urge "
    "action.</p><p>" + "Ana Ruiz, author, Book: A Tale<br>" * (n // 64) + "</p><p>Other "
    "signatories include " + "• Ben Ode, poet, Days: Poems " * (n // 28) + "</p></body></html>",
}


def seconds(page: str | bytes) -> float:
    t0 = time.perf_counter()
    with contextlib.suppress(ngoclean.NgocleanError):  # a documented refusal is an answer
        ngoclean.parse(page)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--start", type=int, default=1000)
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args(argv)
    ngoclean.preload()
    seconds("Warm up\n\nWe urge the Council to act.")
    failed = 0
    print(f"{'shape':<26}" + "".join(f"{args.start * 10 ** k:>12,}" for k in range(args.steps))
          + "   worst ratio / allowed")
    for name, make in SHAPES.items():
        times = [seconds(make(args.start * 10 ** k)) for k in range(args.steps)]
        worst = 0.0
        ok = True
        for k in range(1, args.steps):
            n = args.start * 10 ** (k - 1)
            allowed = 2.5 * 10 * math.log(10 * n) / math.log(n)
            ratio = times[k] / max(times[k - 1], 1e-3)  # below a millisecond: noise
            worst = max(worst, ratio / allowed)
            ok = ok and ratio <= allowed
        failed += not ok
        print(f"{name:<26}" + "".join(f"{t:>11.3f}s" for t in times)
              + f"   {worst:5.2f} {'ok' if ok else 'TOO FAST A GROWTH'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
