"""Signatory-list benchmark: damage clean lists, parse them, score them, for the learned
segmenter and the hand-set one in the same run.

Clean lists are drawn from held-out names: ``--names ror-test`` (default) is the test
split of the Research Organization Registry names (``benchmarks/orgnames.py``: split by
name, never seen in training); ``own`` is ``benchmarks/data/organisations.txt`` (names
written from general knowledge). Each list is written in one style and damaged the way
scraped copies are (``training/damage.py``): entry forms ("Name (ACR)", "Name, Country",
"Name - Country"), bullets or numbers, sections; merges of 2-5 names on one line,
re-wraps at 40-80 columns with hyphens, shifted first words, long entries wrapped; and
characters: hyphens doubled with U+2010, no-break spaces, mojibake.

Levels give the share of entries inside damaged runs: none 0, light ~0.12, medium ~0.33,
heavy ~0.6. The page (a headline, a prose paragraph, "Signatories:", the list) goes
through ``ngoclean.parse``; precision, recall and F1 are those of ``score.py`` from the
shared evaluation folder (loaded from ``--scorer``, not copied here). Lists are sorted
(as most joint-letter lists are) and shuffled. ``known`` runs the learned model with the
list's own names given as known names (``parse(..., names=...)``) among the names of
every other list of the run: the batch that has seen them cleanly elsewhere.

Usage::

    python benchmarks/signatories.py [--lists 20] [--size 150] [--names ror-test|ror-dev|own]
                                     [--sorted-only] [--no-known]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import ngoclean
from ngoclean.segment import (
    HAND_SET,
    KnownNames,
    SegmentModel,
    learned_model,
    segment_lines,
    using,
)

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "training"))

from damage import LEVELS, damaged_list, human_order, random_style  # noqa: E402


def load_names() -> list[str]:
    lines = (HERE / "data" / "organisations.txt").read_text(encoding="utf-8").splitlines()
    return list(dict.fromkeys(x.strip() for x in lines if x.strip() and not x.startswith("#")))


class ExactScorer:
    """Without ``../shared``: names matched exactly (case and spaces folded), counted as
    multisets. Stricter than the shared scorer; its figures are labelled as such."""

    @staticmethod
    def score_signatories(gold: list[str], pred: list[dict]) -> dict[str, int]:
        def fold(x: str) -> str:
            return " ".join(x.casefold().split())

        g = Counter(fold(x) for x in gold)
        p = Counter(fold(x["name"]) for x in pred)
        return {"sig_tp": sum((g & p).values()), "sig_gold": sum(g.values()),
                "sig_pred": sum(p.values())}


def load_scorer(path: Path) -> ModuleType | ExactScorer:
    if not path.is_file():
        print(f"scorer: exact name match ({path} not found; give --scorer PATH to "
              "shared/eval/score.py for the shared scorer's figures)")
        return ExactScorer()
    print(f"scorer: {path}")
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


def page(lines: list[str], paragraph_starts: list[int]) -> str:
    body = "".join(("\n" if i in paragraph_starts else "") + x + "\n"
                   for i, x in enumerate(lines))
    return ("Joint letter on the protection of civic space\n\nDate: 12 March 2024\n\n"
            "We, the undersigned organisations, call on all States to protect civil society "
            "and to end reprisals against those who speak out.\n\nSignatories:\n\n" + body)


Case = tuple[list[str], str]  # gold entries, page text


def make_cases(names: list[str], share: float, args: argparse.Namespace, ordered: bool,
               extras: tuple[dict[str, str], dict[str, str]]) -> list[Case]:
    rng = random.Random(args.seed)
    cases: list[Case] = []
    for _ in range(args.lists):
        sample = rng.sample(names, args.size)
        sample = sorted(sample, key=human_order) if ordered else sample
        ex = damaged_list(sample, share, rng, style=random_style(rng), acronyms=extras[0],
                          countries=extras[1])
        lines = [damage_chars(x, rng, share) for x in ex.lines]
        cases.append((ex.entries, page(lines, ex.paragraph_starts)))
    return cases


def run_cases(cases: list[Case], scorer: ModuleType | ExactScorer, known: KnownNames | None = None
              ) -> dict[str, float]:
    tp = n_gold = n_pred = 0
    seconds = 0.0
    total = 0
    for gold, text in cases:
        t0 = time.perf_counter()
        rec = ngoclean.parse(text, names=known)
        seconds += time.perf_counter() - t0
        total += len(gold)
        s = scorer.score_signatories(gold, [x.to_dict() for x in rec.signatories])
        tp += s["sig_tp"]
        n_gold += s["sig_gold"]
        n_pred += s["sig_pred"]
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "names_per_s": total / seconds}


def scaling(names: list[str], args: argparse.Namespace) -> list[tuple[int, float]]:
    """Seconds to segment lists of growing length (medium damage)."""
    rng = random.Random(args.seed)
    out = []
    for n in (500, 1000, 2000, 5000):
        big = [rng.choice(names) + ("" if k < len(names) else f" {k}") for k in range(n)]
        ex = damaged_list(sorted(big, key=human_order), LEVELS["medium"], rng)
        times = []
        for _ in range(2):
            t0 = time.perf_counter()
            segment_lines(ex.lines)
            times.append(time.perf_counter() - t0)
        out.append((n, min(times)))
    return out


def _timed(job: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    job()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lists", type=int, default=20, help="lists per level")
    ap.add_argument("--size", type=int, default=150, help="names per list")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sorted-only", action="store_true", help="no shuffled lists")
    ap.add_argument("--no-known", action="store_true", help="skip the known-names runs")
    ap.add_argument("--scorer", type=Path,
                    default=HERE.parent.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--model", type=Path,
                    help="a trained artefact to compare instead of the shipped one "
                         "(training/train_segmenter.py --out)")
    ap.add_argument("--names", choices=["own", "ror-test", "ror-dev"], default="ror-test",
                    help="ror-test / ror-dev: the held-out splits of ../shared/orgnames "
                         "(see benchmarks/orgnames.py); own: benchmarks/data/organisations.txt")
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)
    extras: tuple[dict[str, str], dict[str, str]] = ({}, {})
    if args.names == "own":
        names = load_names()
    else:
        from orgnames import load as load_split
        from train_segmenter import registry_extras

        names = load_split(args.names.split("-")[1])
        extras = registry_extras()
    ngoclean.preload()
    ngoclean.parse(page(names[:10], []))  # word lists, the language and segment models
    learned = SegmentModel.from_json(json.loads(args.model.read_text(encoding="utf-8"))) \
        if args.model else learned_model()
    print(f"{len(names)} names ({args.names}); {args.lists} lists of {args.size} per level; "
          f"seed {args.seed}; learned model: {learned.about or 'none'}")
    print(f"{'order':<10}{'level':<8}{'model':<9}{'P':>8}{'R':>8}{'F1':>8}{'names/s':>10}")
    orders = [True] if args.sorted_only else [True, False]
    for ordered in orders:
        for level, share in LEVELS.items():
            cases = make_cases(names, share, args, ordered, extras)
            runs = [("hand-set", HAND_SET, None), ("learned", learned, None)]
            if not args.no_known:
                # the batch has seen every list's names cleanly (on other pages)
                batch = KnownNames(e for gold, _ in cases for e in gold)
                runs.append(("known", learned, batch))
            for label, model, known in runs:
                with using(model):
                    m = run_cases(cases, scorer, known)
                print(f"{'sorted' if ordered else 'shuffled':<10}{level:<8}{label:<9}"
                      f"{m['precision']:>8.4f}{m['recall']:>8.4f}{m['f1']:>8.4f}"
                      f"{m['names_per_s']:>10.0f}", flush=True)
    seed = HERE.parent.parent / "shared" / "fixtures" / "imadr-2015-hrd-letter.txt"
    if seed.is_file():
        text = seed.read_text(encoding="utf-8")
        for label, model in (("hand-set", HAND_SET), ("learned", learned)):
            with using(model):
                best = min(_timed(lambda: ngoclean.parse(text)) for _ in range(10))
            print(f"seed page ({len(text) // 1024} KB, 172 names), whole parse ({label}): "
                  f"{best * 1000:.1f} ms")
    for label, model in (("hand-set", HAND_SET), ("learned", learned)):
        with using(model):
            pairs = scaling(names, args)
        ratio = (pairs[-1][1] / pairs[-1][0]) / (pairs[0][1] / pairs[0][0])
        print(f"segmenter alone ({label}), medium damage: "
              + "  ".join(f"{n}: {s:.2f}s" for n, s in pairs)
              + f"; time per name at 5000 / at 500: {ratio:.2f} (1.0 = linear)")


if __name__ == "__main__":
    main()
