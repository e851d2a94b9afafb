"""Signatory-list benchmark: damage clean lists, parse them, score them.

Clean lists are drawn from ``benchmarks/data/organisations.txt`` (real organisation names
written from general knowledge; test data, not library data). Each list is damaged the
way scraped copies are:

- merge: a run of 2-5 names put on one line;
- rewrap: a run of names re-flowed as running text at a width of 45-80 characters;
- shift: the first word of each name in a run moved onto the previous line;
- characters: hyphens doubled with U+2010, some spaces made no-break, some lines mojibake.

Levels give the share of names inside damaged runs: none 0, light ~0.12, medium ~0.33,
heavy ~0.6. The page (a headline, a prose paragraph, "Signatories:", the list) goes
through ``ngoclean.parse``; precision, recall and F1 are those of ``score.py`` from the
shared evaluation folder (loaded from ``--scorer``, not copied here). Lists are
alphabetical, as most joint-letter lists are; ``--unsorted`` also runs shuffled lists.

Usage::

    python benchmarks/signatories.py [--lists 20] [--size 150] [--unsorted]
                                     [--names own|ror-test|ror-dev]

``--names ror-test`` draws the lists from the held-out test split of the registry's
names (``benchmarks/orgnames.py``): names no trained model has seen.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import textwrap
import time
import unicodedata
from pathlib import Path
from types import ModuleType

import ngoclean
from ngoclean.segment import segment_lines

HERE = Path(__file__).parent
LEVELS = {"none": 0.0, "light": 0.12, "medium": 0.33, "heavy": 0.6}


def human_order(name: str) -> str:
    """Sort as people and spreadsheets do: ignoring case and accents."""
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def load_names() -> list[str]:
    lines = (HERE / "data" / "organisations.txt").read_text(encoding="utf-8").splitlines()
    return list(dict.fromkeys(x.strip() for x in lines if x.strip() and not x.startswith("#")))


def load_scorer(path: Path) -> ModuleType:
    if not path.is_file():
        sys.exit(f"scorer not found at {path} (give --scorer PATH to shared/eval/score.py)")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mojibake(line: str) -> str:
    try:
        return line.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return line


def damage_chars(line: str, rng: random.Random, rate: float) -> str:
    if rng.random() < rate:
        line = line.replace("-", "-\u2010")
    if rng.random() < rate:
        line = "".join("\u00a0" if c == " " and rng.random() < 0.3 else c for c in line)
    if rng.random() < rate / 2 and not line.isascii():
        line = _mojibake(line)
    return line


def damage_list(names: list[str], share: float, rng: random.Random) -> list[str]:
    """Lines of a damaged list; about ``share`` of the names fall in damaged runs."""
    out: list[str] = []
    i = 0
    while i < len(names):
        remaining = len(names) - i
        if share and remaining >= 2 and rng.random() < share / 3.2:
            kind = rng.choice(["merge", "rewrap", "shift"])
            run = names[i:i + rng.randint(2, min(5, remaining))]
            if kind == "merge":
                out.append(" ".join(run))
            elif kind == "rewrap":
                out.extend(textwrap.wrap(" ".join(run), width=rng.randint(45, 80)))
            else:
                lines = [run[0]]
                for name in run[1:]:
                    head, _, rest = name.partition(" ")
                    if not rest:
                        lines.append(name)
                        continue
                    lines[-1] += " " + head
                    lines.append(rest)
                out.extend(lines)
            i += len(run)
        else:
            out.append(names[i])
            i += 1
    return [damage_chars(x, rng, share) for x in out]


def page(lines: list[str]) -> str:
    return ("Joint letter on the protection of civic space\n\nDate: 12 March 2024\n\n"
            "We, the undersigned organisations, call on all States to protect civil society "
            "and to end reprisals against those who speak out.\n\nSignatories:\n\n"
            + "\n".join(lines) + "\n")


def run_level(names: list[str], share: float, args: argparse.Namespace, scorer: ModuleType,
              ordered: bool) -> dict[str, float]:
    rng = random.Random(args.seed)
    tp = n_gold = n_pred = 0
    seconds = 0.0
    total = 0
    for _ in range(args.lists):
        sample = rng.sample(names, args.size)
        sample = sorted(sample, key=human_order) if ordered else sample
        lines = damage_list(sample, share, rng)
        t0 = time.perf_counter()
        rec = ngoclean.parse(page(lines))
        seconds += time.perf_counter() - t0
        total += len(sample)
        s = scorer.score_signatories(sample, [x.to_dict() for x in rec.signatories])
        tp += s["sig_tp"]
        n_gold += s["sig_gold"]
        n_pred += s["sig_pred"]
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "ms_per_1000": 1000 * seconds / total * 1000}


def scaling(names: list[str], args: argparse.Namespace) -> list[tuple[int, float]]:
    """Seconds to segment lists of growing length (medium damage)."""
    rng = random.Random(args.seed)
    out = []
    for n in (500, 1000, 2000, 5000):
        big = [rng.choice(names) + ("" if k < len(names) else f" {k}") for k in range(n)]
        lines = damage_list(sorted(big, key=human_order), LEVELS["medium"], rng)
        times = []
        for _ in range(2):
            t0 = time.perf_counter()
            segment_lines(lines)
            times.append(time.perf_counter() - t0)
        out.append((n, min(times)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lists", type=int, default=20, help="lists per level")
    ap.add_argument("--size", type=int, default=150, help="names per list")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--unsorted", action="store_true", help="also run shuffled lists")
    ap.add_argument("--scorer", type=Path,
                    default=HERE.parent.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--names", choices=["own", "ror-test", "ror-dev"], default="own",
                    help="own: benchmarks/data/organisations.txt; ror-test / ror-dev: the "
                         "held-out splits of ../shared/orgnames (see benchmarks/orgnames.py)")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)
    if args.names == "own":
        names = load_names()
    else:
        sys.path.insert(0, str(HERE))
        from orgnames import load as load_split

        names = load_split(args.names.split("-")[1])
    ngoclean.parse(page(names[:10]))  # load word lists and the language model once
    print(f"{len(names)} names; {args.lists} lists of {args.size} per level; seed {args.seed}")
    print(f"{'order':<10}{'level':<8}{'share':>6}{'P':>8}{'R':>8}{'F1':>8}{'ms/1000 names':>15}")
    orders = [True, False] if args.unsorted else [True]
    for ordered in orders:
        for level, share in LEVELS.items():
            m = run_level(names, share, args, scorer, ordered)
            print(f"{'sorted' if ordered else 'shuffled':<10}{level:<8}{share:>6.2f}"
                  f"{m['precision']:>8.4f}{m['recall']:>8.4f}{m['f1']:>8.4f}"
                  f"{m['ms_per_1000']:>15.0f}")
    print("segmenter alone, medium damage (names: seconds):")
    pairs = scaling(names, args)
    print("  " + "  ".join(f"{n}: {s:.2f}s" for n, s in pairs))
    ratio = (pairs[-1][1] / pairs[-1][0]) / (pairs[0][1] / pairs[0][0])
    print(f"  time per name at 5000 / at 500: {ratio:.2f} (1.0 = linear)")


if __name__ == "__main__":
    main()
