"""PDF letters: speed and signatory quality beside pdftotext (poppler-utils), in one run.

Sets:

- ``fixtures``: the generated letters of ``tests/pdfmake.py`` (every layout of the test
  suite but the scan);
- ``lists``: letters generated with 20, 100 and 500 names of the held-out test split of
  ``../shared/orgnames`` (``benchmarks/orgnames.py``) in one, two and three columns,
  over as many pages as they need (skipped without ``../shared``);
- ``real``: real PDFs of joint letters in ``$NGOCLEAN_BENCH_DATA/real_pdfs`` with
  their ``NAME.gold.json``, scored with the shared scorer (``../shared/eval/score.py``)
  when present. ``benchmarks/data/real_pdfs.json`` is their manifest: where each PDF
  comes from (a public repository, path and commit: fetch the repository and copy the
  file out as ``NAME.pdf``) and its gold title, date and signatories;
  ``--write-gold`` writes the ``NAME.gold.json`` files from it.

For every set, in the same run: ngoclean's full record (PDFium reader, and pdfplumber's
for comparison) in documents/s and PDF pages/s; ``pdftotext`` alone (a process per file,
as it is used) in its plain and ``-layout`` modes; and the signatories ngoclean finds
in the PDF against those it finds in pdftotext's text of the same PDF (the copy that
archives hold when the PDF was copied as text), scored against the gold list.

    python benchmarks/pdf.py [--repeat 3] [--sets fixtures,lists,real] [--verbose]
    python benchmarks/pdf.py --write-gold      # NAME.gold.json of the real set
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(HERE)]

import ngoclean  # noqa: E402
import pdfmake  # noqa: E402
from ngoclean.assemble import assemble  # noqa: E402
from ngoclean.pdfpage import pdf_parts  # noqa: E402
from ngoclean.pdfread import read_pdf  # noqa: E402

SHARED = Path(os.environ.get("NGOCLEAN_SHARED", ROOT.parent / "shared"))
Doc = tuple[str, bytes, dict[str, Any]]  # name, PDF, gold


def _gold(names: list[str], title: str | None = None) -> dict[str, Any]:
    return {"title": title, "signatories": names}


def fixture_docs() -> list[Doc]:
    n = pdfmake.NAMES
    gold = {"one-column": n[:12], "two-column-body": n[12:20], "three-column-list": n,
            "table-list": [x if x != n[4] else
                           "Tidewater Human Rights Initiative for Coastal Communities"
                           for x in n[:9]],
            "running-headers": [f"{x} {'I' * (k + 1)}" if k else x
                                for k in range(3) for x in n],
            "ligatures": n[20:26], "undated": n[5:9], "two-column-list": n[:16]}
    return [(name, pdfmake.ALL[name](), _gold(gold[name])) for name in gold]


def list_docs() -> list[Doc]:
    folder = SHARED / "orgnames"
    if not folder.is_dir():
        return []
    import orgnames

    names = orgnames.load("test", folder)
    docs: list[Doc] = []
    start = 0
    for columns in (1, 2, 3):
        usable = [x for x in names if pdfmake.fits(x, columns)]
        for count in (20, 100, 500):
            chosen = usable[start:start + count]
            start += count
            docs.append((f"{count}-names-{columns}-col",
                         pdfmake.list_letter_pdf(chosen, columns), _gold(chosen)))
    return docs


MANIFEST = HERE / "data" / "real_pdfs.json"


def real_folder() -> Path:
    data = os.environ.get("NGOCLEAN_BENCH_DATA")
    return Path(data) / "real_pdfs" if data else Path.home() / ".cache" / \
        "ngoclean-bench" / "real_pdfs"


def write_gold() -> None:
    folder = real_folder()
    folder.mkdir(parents=True, exist_ok=True)
    for entry in json.loads(MANIFEST.read_text(encoding="utf-8")):
        path = folder / f"{entry['name']}.gold.json"
        path.write_text(json.dumps(entry["gold"], ensure_ascii=False, indent=1),
                        encoding="utf-8")
        have = (folder / f"{entry['name']}.pdf").exists()
        print(f"{path.name}{'' if have else ': the PDF is missing, copy ' + entry['path']}"
              f"{'' if have else ' of ' + entry['repo'] + ' at ' + entry['commit']}")


def real_docs() -> list[Doc]:
    folder = real_folder()
    docs: list[Doc] = []
    for pdf in sorted(folder.glob("*.pdf")) if folder.is_dir() else []:
        gold_path = pdf.with_suffix(".gold.json")
        if gold_path.exists():
            docs.append((pdf.stem, pdf.read_bytes(),
                         json.loads(gold_path.read_text(encoding="utf-8"))))
    return docs


def load_scorer() -> ModuleType | None:
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("ngoclean_shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prf(gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    """True positives, predicted, gold: names compared as the shared scorer does when
    it is absent (whitespace folded, casefolded), each gold name used once."""
    from collections import Counter

    def key(x: str) -> str:
        return " ".join(x.split()).casefold().strip(" ,;.")

    g, p = Counter(map(key, gold)), Counter(map(key, pred))
    return sum((g & p).values()), sum(p.values()), sum(g.values())


def score(scorer: ModuleType | None, gold: dict[str, Any], record: dict[str, Any]
          ) -> tuple[float, float, float]:
    """(true positives, predicted, gold) of the signatories."""
    names = [s["name"] for s in record.get("signatories", [])]
    if scorer is not None:
        r = scorer.score({"signatories": gold.get("signatories", [])}, record)
        return r.get("sig_tp", 0), r.get("sig_pred", len(names)), r.get("sig_gold", 0)
    plain = [g for g in gold.get("signatories", []) if isinstance(g, str)]
    return _prf(plain, names)


def pdftotext(data: bytes, layout: bool) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", "-", "-"]
    proc = subprocess.run(args, input=data, capture_output=True, timeout=120, check=False)
    return proc.stdout.decode("utf-8", "replace")


def _timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def _record(data: bytes, backend: str) -> dict[str, Any]:
    try:
        if backend == "pdfium":
            return ngoclean.parse(data).to_dict()
        return assemble(pdf_parts(data, source=None, url=None,
                                  backend=backend)).to_dict()  # type: ignore[arg-type]
    except ngoclean.NgocleanError as exc:
        return {"signatories": [], "error": str(exc)}


def _text_record(text: str) -> dict[str, Any]:
    try:
        return ngoclean.parse(text).to_dict()
    except ngoclean.NgocleanError as exc:
        return {"signatories": [], "error": str(exc)}


def run_set(name: str, docs: list[Doc], repeat: int, scorer: ModuleType | None,
            plumber: bool, verbose: bool) -> dict[str, Any]:
    pages = sum(len(read_pdf(d).pages) for _, d, _ in docs)
    size = sum(len(d) for _, d, _ in docs)
    rows: dict[str, dict[str, Any]] = {}

    def measure(label: str, fn: Callable[[bytes], dict[str, Any] | str],
                as_record: Callable[[Any], dict[str, Any]] | None) -> None:
        seconds = 0.0
        tp = pred = gold_n = 0.0
        for doc, data, gold in docs:
            t, out = _timed(lambda data=data: fn(data), repeat)
            seconds += t
            if as_record is not None:
                rec = as_record(out)
                a, b, c = score(scorer, gold, rec)
                tp, pred, gold_n = tp + a, pred + b, gold_n + c
                if verbose:
                    print(f"    {label:24} {doc:28} {a:>4}/{b:<4} of {c}")
        row: dict[str, Any] = {"seconds": round(seconds, 3),
                               "docs/s": round(len(docs) / seconds, 1),
                               "pages/s": round(pages / seconds, 1),
                               "MB/s": round(size / seconds / 2 ** 20, 2)}
        if as_record is not None:
            p = tp / pred if pred else 0.0
            r = tp / gold_n if gold_n else 0.0
            row.update(P=round(p, 3), R=round(r, 3),
                       F1=round(2 * p * r / (p + r), 3) if p + r else 0.0)
        rows[label] = row

    measure("ngoclean (pdfium)", lambda d: _record(d, "pdfium"), lambda r: r)
    if plumber:
        measure("ngoclean (pdfplumber)", lambda d: _record(d, "pdfplumber"), lambda r: r)
    if shutil.which("pdftotext"):
        measure("pdftotext", lambda d: pdftotext(d, False), None)
        measure("pdftotext -layout", lambda d: pdftotext(d, True), None)
        texts = {doc: pdftotext(data, False) for doc, data, _ in docs}
        layouts = {doc: pdftotext(data, True) for doc, data, _ in docs}
        by_data = {data: doc for doc, data, _ in docs}
        measure("pdftotext + ngoclean", lambda d: texts[by_data[d]], _text_record)
        measure("pdftotext -layout + ngoclean", lambda d: layouts[by_data[d]], _text_record)
        for label in ("pdftotext + ngoclean", "pdftotext -layout + ngoclean"):
            for key in ("seconds", "docs/s", "pages/s", "MB/s"):
                rows[label].pop(key)  # the text is read once: only quality is compared
    return {"set": name, "documents": len(docs), "pages": pages,
            "MB": round(size / 2 ** 20, 2), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per document (best kept)")
    ap.add_argument("--sets", default="fixtures,lists,real")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--write-gold", action="store_true",
                    help="write the gold files of the real set from the manifest, then stop")
    args = ap.parse_args(argv)
    if args.write_gold:
        write_gold()
        return 0
    ngoclean.preload()
    try:
        import pdfplumber  # noqa: F401
        plumber = True
    except ImportError:
        plumber = False
    scorer = load_scorer()
    makers = {"fixtures": fixture_docs, "lists": list_docs, "real": real_docs}
    if not shutil.which("pdftotext"):
        print("pdftotext not found (apt-get install poppler-utils): no peer in this run")
    for name in args.sets.split(","):
        docs = makers[name]()
        if not docs:
            print(f"{name}: no documents here, skipped")
            continue
        _record(docs[0][1], "pdfium")  # warm-up, untimed
        res = run_set(name, docs, args.repeat, scorer, plumber, args.verbose)
        print(f"{name}: {res['documents']} documents, {res['pages']} pages, {res['MB']} MB")
        print(f"  {'reader':30} {'docs/s':>8} {'pages/s':>8} {'MB/s':>6}   "
              f"{'P':>6} {'R':>6} {'F1':>6}")
        for label, row in res["rows"].items():
            speed = f"{row['docs/s']:>8} {row['pages/s']:>8} {row['MB/s']:>6}" \
                if "docs/s" in row else f"{'':>8} {'':>8} {'':>6}"
            quality = f"{row['P']:>6} {row['R']:>6} {row['F1']:>6}" if "F1" in row else ""
            print(f"  {label:30} {speed}   {quality}")
        rows = res["rows"]
        if "pdftotext" in rows:
            ratio = rows["ngoclean (pdfium)"]["pages/s"] / rows["pdftotext"]["pages/s"]
            print(f"  speed ratio ngoclean full record / pdftotext text alone: {ratio:.2f}")
        if "ngoclean (pdfplumber)" in rows:
            ratio = rows["ngoclean (pdfium)"]["pages/s"] / rows["ngoclean (pdfplumber)"][
                "pages/s"]
            print(f"  speed ratio PDFium reader / pdfplumber reader: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
