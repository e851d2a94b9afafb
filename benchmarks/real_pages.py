"""Score ngoclean on real pages with the shared scorer (``../shared/eval/score.py``).

Four sets, none stored in the repository:

- ``letters``: ``../shared/real/letters/`` (real published letters with gold lists,
  HTML and lynx dumps);
- ``own``: real letters collected for the project, in
  ``$NGOCLEAN_BENCH_DATA/own_letters/`` (default ``~/.cache/ngoclean-bench``); their
  origins and gold lists are listed in ``benchmarks/data/own_letters.json``, which can
  rebuild the gold files (``--write-gold``);
- ``dumps``: real page texts with gold title and date, pulled into
  ``$NGOCLEAN_BENCH_DATA/real_dumps/`` as ``../shared/real/README.md`` says;
- ``fresh``: real letters from sites none of the other sets draws on, collected after
  the code was written and scored before any change was made for them, in
  ``$NGOCLEAN_BENCH_DATA/fresh_letters/``; origins and gold in
  ``benchmarks/data/fresh_letters.json`` (``--write-gold`` as for ``own``); ``fresh2``
  the same for a second such batch (``fresh2_letters/``, ``fresh2_letters.json``) and
  ``fresh3`` and on for later batches (``fresh3_letters/``, ``fresh3_letters.json``,
  and so on: every ``benchmarks/data/fresh*_letters.json`` is a set);
- ``owndumps``: 40 more real page texts collected for the project (13 languages, one
  page per host, 9 without a date), in ``$NGOCLEAN_BENCH_DATA/own_dumps/``; each
  page's url, the search query that finds it in the search tool's ``pages`` corpus,
  its layout and its gold title and date are in ``benchmarks/data/own_dumps.json``
  (pull each page's excerpt as the shared README says for ``dumps``, then
  ``--write-gold``).

Usage::

    python benchmarks/real_pages.py                  # every set found, one line per set
    python benchmarks/real_pages.py --set letters -v # one line per document
    python benchmarks/real_pages.py --set own --by-form
    python benchmarks/real_pages.py --model hand-set # segmenter weights: learned, or a PATH

With ``--peer``, htmldate (``benchmarks/requirements.txt``) reads the same text pages in
the same run, each wrapped in ``<html><body><pre>…</pre></body></html>``, as
``find_date(html, extensive_search=True, original_date=True)``; its date score is
printed beside ngoclean's.

Signatory figures are micro-averaged over entries (precision, recall, F1); title and
date are the share of pages right.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import ngoclean
from ngoclean.segment import HAND_SET, SegmentModel, learned_model, using

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("NGOCLEAN_SHARED", HERE.parent.parent / "shared"))


def bench_dir() -> Path:
    return Path(os.environ.get("NGOCLEAN_BENCH_DATA", Path.home() / ".cache" / "ngoclean-bench"))


def load_scorer(path: Path | None = None) -> ModuleType:
    """The shared scorer as a module (never copied into the project)."""
    path = path or SHARED / "eval" / "score.py"
    if not path.exists():
        sys.exit(f"scorer not found: {path} (set NGOCLEAN_SHARED or pass --scorer)")
    spec = importlib.util.spec_from_file_location("ngoclean_shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: The batches of real letters collected for the project, scored blind on arrival: one
#: manifest each in benchmarks/data (``fresh_letters.json``, ``fresh2_letters.json``, ...),
#: the pages in a folder of the same name under $NGOCLEAN_BENCH_DATA.
FRESH_SETS = sorted((m.name.removesuffix("_letters.json") for m in
                     (HERE / "data").glob("fresh*_letters.json")),
                    key=lambda n: int(n.removeprefix("fresh") or 1))


def folders() -> dict[str, Path]:
    return {
        "letters": SHARED / "real" / "letters",
        "own": bench_dir() / "own_letters",
        "dumps": bench_dir() / "real_dumps",
        "owndumps": bench_dir() / "own_dumps",
        **{name: bench_dir() / f"{name}_letters" for name in FRESH_SETS},
    }


def manifests() -> list[Path]:
    """The project's own manifests (origin and gold of each page)."""
    return [HERE / "data" / "own_letters.json", HERE / "data" / "own_dumps.json",
            *(HERE / "data" / f"{name}_letters.json" for name in FRESH_SETS)]


def forms(folder: Path) -> dict[str, str]:
    """A short list-form label per file, from the folder's manifests."""
    out: dict[str, str] = {}
    found = sorted(folder.glob("MANIFEST*.json")) or [m for m in manifests() if m.exists()]
    for manifest in found:
        for entry in json.loads(manifest.read_text(encoding="utf-8")):
            out[entry["name"]] = form_label(entry.get("form", ""), entry["name"])
    return out


def form_label(form: str, name: str) -> str:
    """The list form a manifest describes, as one word: text, inline, table, br, ol, ul, p."""
    if name.endswith(".txt"):
        return "text"
    f = form.lower()
    for label, keys in (("inline", ("inline",)), ("table", ("table",)),
                        ("br", ("<br>", "br lines", " br ")), ("ol", (" ol ", "ol of", "an ol")),
                        ("ul", (" ul", "ul ")), ("p", ("<p>",))):
        if any(k in f"{f} " or f.startswith(k.strip()) for k in keys):
            return label
    return "other"


def peer_dates(folder: Path) -> str:
    """htmldate's date score on the folder's text pages (those with a gold date)."""
    import html

    from htmldate import find_date

    right = total = 0
    for g in sorted(folder.glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        page = folder / gold["source"]
        if "date" not in gold or not page.exists() or page.suffix != ".txt":
            continue
        text = page.read_text(encoding="utf-8", errors="replace")
        wrapped = f"<html><body><pre>{html.escape(text)}</pre></body></html>"
        try:
            found = find_date(wrapped, extensive_search=True, original_date=True)
        except Exception:  # a peer's crash counts as no date
            found = None
        total += 1
        right += found == gold["date"]
    return f"{right}/{total}"


def score_folder(folder: Path, scorer: ModuleType, verbose: bool = False,
                 by_form: bool = False) -> dict[str, Any]:
    golds = sorted(folder.glob("*.gold.json"))
    label = forms(folder)
    rows: list[dict[str, Any]] = []
    elapsed = 0.0
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        page = folder / gold["source"]
        if not page.exists():
            continue
        t0 = time.perf_counter()
        try:
            pred = json.loads(json.dumps(ngoclean.parse(page).to_dict(), default=str))
        except ngoclean.NgocleanError as e:
            pred = {"error": type(e).__name__}
        elapsed += time.perf_counter() - t0
        r = scorer.score(gold, pred)
        r["name"] = gold["source"]
        r["form"] = label.get(gold["source"], "other")
        rows.append(r)
    out: dict[str, Any] = {"pages": len(rows), "seconds": round(elapsed, 2)}
    out.update(_totals(rows))
    if verbose:
        for r in rows:
            line = f"  {r['name']:<58}"
            if "sig_f1" in r:
                line += (f" F1 {r['sig_f1']:.2f} ({r['sig_tp']}/{r['sig_gold']} gold,"
                         f" {r['sig_pred']} pred)")
            if "title_ok" in r:
                line += " title " + ("ok" if r["title_ok"] else "--")
            if "date_ok" in r:
                line += " date " + ("ok" if r["date_ok"] else "--")
            print(line)
    if by_form:
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            groups[r["form"]].append(r)
        out["by_form"] = {k: _totals(v) | {"pages": len(v)} for k, v in sorted(groups.items())}
    return out


def _totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    tp = sum(r.get("sig_tp", 0) for r in rows)
    ng = sum(r.get("sig_gold", 0) for r in rows)
    npred = sum(r.get("sig_pred", 0) for r in rows)
    out: dict[str, Any] = {}
    if ng:
        p = tp / npred if npred else 0.0
        rr = tp / ng
        out.update(P=round(p, 3), R=round(rr, 3),
                   F1=round(2 * p * rr / (p + rr), 3) if p + rr else 0.0,
                   below_080=sum(1 for r in rows if "sig_f1" in r and r["sig_f1"] < 0.8))
    titles = [r["title_ok"] for r in rows if "title_ok" in r]
    dates = [r["date_ok"] for r in rows if "date_ok" in r]
    if titles:
        out["title"] = f"{sum(titles)}/{len(titles)}"
    if dates:
        out["date"] = f"{sum(dates)}/{len(dates)}"
    return out


def write_gold(manifest: Path, folder: Path) -> None:
    """Write each ``NAME.gold.json`` of an own set from its manifest in the repo."""
    if not folder.is_dir():
        return
    for entry in json.loads(manifest.read_text(encoding="utf-8")):
        gold = {"source": entry["name"], **entry["gold"]}
        (folder / (Path(entry["name"]).stem + ".gold.json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="all",
                    choices=["letters", "own", "dumps", "owndumps", *FRESH_SETS, "all"])
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per document")
    ap.add_argument("--by-form", action="store_true", help="figures per list form")
    ap.add_argument("--scorer", type=Path, help="path of score.py")
    ap.add_argument("--peer", action="store_true",
                    help="htmldate's dates on the same text pages, in the same run")
    ap.add_argument("--model", default="default",
                    help="the segmenter's weights: default (the library's own choice), "
                    "hand-set, learned, or the path of a trained artefact "
                    "(training/train_segmenter.py --out)")
    ap.add_argument("--write-gold", action="store_true",
                    help="write the own sets' gold files from benchmarks/data/own_*.json")
    args = ap.parse_args(argv)
    if args.write_gold:
        write_gold(HERE / "data" / "own_letters.json", folders()["own"])
        write_gold(HERE / "data" / "own_dumps.json", folders()["owndumps"])
        for name in FRESH_SETS:
            write_gold(HERE / "data" / f"{name}_letters.json", folders()[name])
    scorer = load_scorer(args.scorer)
    ngoclean.preload()
    if args.model != "default":
        model = HAND_SET if args.model == "hand-set" else learned_model() \
            if args.model == "learned" else \
            SegmentModel.from_json(json.loads(Path(args.model).read_text(encoding="utf-8")))
        with using(model):
            return _run(args, scorer)
    return _run(args, scorer)


def _run(args: argparse.Namespace, scorer: ModuleType) -> int:
    names = list(folders()) if args.set == "all" else [args.set]
    for name in names:
        folder = folders()[name]
        if not folder.is_dir():
            print(f"{name}: no folder {folder}")
            continue
        print(f"{name}: {folder}")
        res = score_folder(folder, scorer, args.verbose, args.by_form)
        by = res.pop("by_form", None)
        if args.peer:
            res["htmldate_date"] = peer_dates(folder)
        print("  " + json.dumps(res))
        for form, figures in (by or {}).items():
            print(f"    {form:<7} " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
