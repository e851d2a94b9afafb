"""ngoclean beside trafilatura and htmldate, measured in the same run.

Two public data sets, kept out of the repository in a cache folder
(``$NGOCLEAN_BENCH_DATA``, default ``~/.cache/ngoclean-bench``):

- ``aeb/``: the ScrapingHub article-extraction-benchmark (``ground-truth.json`` and
  ``html/*.html.gz``, 181 pages; https://github.com/scrapinghub/article-extraction-benchmark).
  Body quality is the benchmark's measure: shingles of 4 word tokens, true/false
  positives and negatives normalised per page, precision and recall averaged over pages,
  F1 of the two averages.
- ``htmldate/tests/``: htmldate's evaluation pages (``eval_default.json``,
  ``eval_mediacloud_2020.json`` and the ``cache``, ``eval``, ``test_set`` folders;
  https://github.com/adbar/htmldate). Date accuracy is the share of pages whose date
  (YYYY-MM-DD) equals the annotated one; htmldate runs as ``find_date(html,
  extensive_search=True, original_date=True)``.
- ``trafilatura/``: trafilatura's evaluation corpus (``tests/evaldata.json`` and the
  ``tests/eval`` and ``tests/cache`` folders of https://github.com/adbar/trafilatura,
  990 pages). Body quality is its measure: each page lists snippets that must be in the
  text and snippets that must not; a snippet found (whitespace folded) where it belongs
  is a true positive, found where it does not a false positive, over all pages. Title
  (exact after the shared scorer's normalisation), date and author are scored on the
  pages annotated with one; trafilatura runs as ``extract(html, output_format="json",
  with_metadata=True)``.

Both tools get the same input (the page's text and, when ``--with-url``, its URL). Speed is
pages per second of the whole call (ngoclean: the full record).

Set up::

    pip install -r benchmarks/requirements.txt
    git clone https://github.com/scrapinghub/article-extraction-benchmark $DATA/aeb
    git clone https://github.com/adbar/htmldate $DATA/htmldate
    git clone https://github.com/adbar/trafilatura /tmp/t && mkdir -p $DATA/trafilatura/tests && \
        cp /tmp/t/tests/evaldata.json $DATA/trafilatura/ && \
        cp -r /tmp/t/tests/eval /tmp/t/tests/cache $DATA/trafilatura/tests/
    python benchmarks/peers.py [--only aeb|dates|corpus] [--limit N] [--with-url]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from real_pages import SHARED, load_scorer  # (benchmarks/ is the script's folder)

import ngoclean

_TOKEN = re.compile(r"\w+")


def excluded_hosts() -> tuple[str, ...]:
    """The web hosts ``../shared/real/EXCLUDED.md`` keeps for independent evaluation:
    their pages are left out of every set here (never developed or tuned on)."""
    path = SHARED / "real" / "EXCLUDED.md"
    if not path.exists():
        return ()
    text = path.read_text(encoding="utf-8")
    at = text.find("Web hosts:")
    if at < 0:
        return ()
    chunk = text[at + len("Web hosts:"):].split("\n\n")[0]
    chunk = re.sub(r"\([^)]*\)", "", chunk)
    return tuple(h.strip().rstrip(".").lower() for h in chunk.split(",") if h.strip())


def is_excluded(url: str | None, hosts: tuple[str, ...]) -> bool:
    """Whether a page's URL is on one of ``hosts`` (or a subdomain of one)."""
    from urllib.parse import urlsplit
    host = (urlsplit(url or "").hostname or "").lower()
    return bool(host) and any(host == h or host.endswith("." + h) for h in hosts)


def data_dir() -> Path:
    return Path(os.environ.get("NGOCLEAN_BENCH_DATA", Path.home() / ".cache" / "ngoclean-bench"))


def shingle_counts(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Per-page true positive, false positive and false negative shares of 4-token shingles."""
    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = _TOKEN.findall(text or "")
        return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                       if tokens[i:i + n])
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [precision(*r) for r in rows if r[0] + r[1] > 0]
    rs = [recall(*r) for r in rows if r[0] + r[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float]:
    t0 = time.perf_counter()
    try:
        out = fn(*args, **kwargs)
    except Exception as exc:  # a peer's crash counts as an empty answer
        out = exc
    return out, time.perf_counter() - t0


#: A page long enough to make every tool load what it loads lazily (language model,
#: word lists, stop lists) before the clock runs: loading is a one-off cost per process,
#: reported apart from the pages/s.
WARM_UP_PAGE = (
    "<html lang='en'><head><title>Joint letter | Example</title>"
    "<meta property='article:published_time' content='2020-05-04T10:00:00Z'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Joint letter</h1>"
    + "<p>The undersigned organisations call on the authorities to release the defenders "
      "who were detained last week and to end the harassment of civil society.</p>" * 6
    + "<h3>Signatories</h3><ul><li>Amnesty International</li><li>Human Rights Watch (HRW)"
      "</li><li>International Commission of Jurists</li></ul></article>"
      "<footer>© 2020 Example</footer></body></html>")


def warm_up(args: argparse.Namespace) -> None:
    """Run each tool once on WARM_UP_PAGE and print how long that first call took."""
    calls: list[tuple[str, Callable[[], Any]]] = [("ngoclean", lambda: (
        ngoclean.preload(), ngoclean.parse(WARM_UP_PAGE)))]
    if args.only in (None, "aeb", "corpus"):
        import trafilatura
        calls.append(("trafilatura", lambda: trafilatura.extract(WARM_UP_PAGE)))
    if args.only in (None, "dates"):
        from htmldate import find_date
        calls.append(("htmldate", lambda: find_date(WARM_UP_PAGE, extensive_search=True,
                                                    original_date=True)))
    for name, call in calls:
        _, seconds = timed(call)
        print(f"first call (one-off loading, not counted below): {name} {seconds:.2f} s")


def run_aeb(args: argparse.Namespace) -> None:
    import trafilatura

    root = data_dir() / "aeb"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    hosts = excluded_hosts()
    keys = [k for k in sorted(truth) if not is_excluded(truth[k].get("url"), hosts)]
    print(f"({len(truth) - len(keys)} pages of hosts in EXCLUDED.md left out)")
    keys = keys[: args.limit or None]
    rows: dict[str, list[tuple[float, float, float]]] = {"ngoclean": [], "trafilatura": []}
    seconds = {"ngoclean": 0.0, "trafilatura": 0.0}
    worst: list[tuple[float, str]] = []
    for key in keys:
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        url = truth[key].get("url") if args.with_url else None
        html = raw.decode("utf-8", errors="replace")
        rec, s1 = timed(ngoclean.parse, raw, url=url)
        body = "" if isinstance(rec, Exception) else f"{rec.title or ''}\n\n{rec.body}" \
            if args.title else ("" if isinstance(rec, Exception) else rec.body)
        text, s2 = timed(trafilatura.extract, html, url=url)
        seconds["ngoclean"] += s1
        seconds["trafilatura"] += s2
        gold = truth[key].get("articleBody", "")
        ours = shingle_counts(gold, body)
        rows["ngoclean"].append(ours)
        rows["trafilatura"].append(shingle_counts(gold, text if isinstance(text, str) else ""))
        worst.append((prf([ours])[2], key))
    print(f"AEB: {len(keys)} pages")
    print(f"{'tool':<12}{'P':>8}{'R':>8}{'F1':>8}{'pages/s':>10}")
    for tool in rows:
        p, r, f = prf(rows[tool])
        print(f"{tool:<12}{p:>8.3f}{r:>8.3f}{f:>8.3f}{len(keys) / seconds[tool]:>10.1f}")
    ratio = seconds["trafilatura"] / seconds["ngoclean"]
    print(f"speed ratio ngoclean/trafilatura (pages/s): {ratio:.2f}")
    if args.verbose:
        for f, key in sorted(worst)[:15]:
            print(f"  {f:.3f} {key} {truth[key].get('url')}")


def run_dates(args: argparse.Namespace) -> None:
    from htmldate import find_date

    tests = data_dir() / "htmldate" / "tests"
    pages: dict[str, dict[str, Any]] = {}
    for name in ("eval_mediacloud_2020.json", "eval_default.json"):
        pages.update(json.loads((tests / name).read_text(encoding="utf-8")))
    hosts = excluded_hosts()
    items = [(u, i) for u, i in sorted(pages.items()) if not is_excluded(u, hosts)]
    print(f"({len(pages) - len(items)} pages of hosts in EXCLUDED.md left out)")
    items = items[: args.limit or None]
    correct = {"ngoclean": 0, "htmldate": 0}
    seconds = {"ngoclean": 0.0, "htmldate": 0.0}
    misses: list[str] = []
    for url, item in items:
        path = next(p for d in ("test_set", "cache", "eval")
                    if (p := tests / d / item["file"]).is_file())
        raw = path.read_bytes()
        html = raw.decode("utf-8", errors="replace")
        given = url if args.with_url else None
        rec, s1 = timed(ngoclean.parse, raw, url=given)
        ours = None if isinstance(rec, Exception) or rec.date is None else rec.date.isoformat()
        theirs, s2 = timed(find_date, html, url=given, extensive_search=True,
                           original_date=True)
        seconds["ngoclean"] += s1
        seconds["htmldate"] += s2
        correct["ngoclean"] += ours == item["date"]
        correct["htmldate"] += (theirs if isinstance(theirs, str) else None) == item["date"]
        if ours != item["date"] and len(misses) < 40:
            src = None if isinstance(rec, Exception) else rec.date_source
            misses.append(f"  {item['date']} ours={ours} ({src}) theirs={theirs} {item['file']}")
    n = len(items)
    print(f"htmldate evaluation set: {n} pages")
    print(f"{'tool':<12}{'accuracy':>10}{'pages/s':>10}")
    for tool in correct:
        print(f"{tool:<12}{correct[tool] / n:>10.3f}{n / seconds[tool]:>10.1f}")
    ratio = seconds["htmldate"] / seconds["ngoclean"]
    print(f"speed ratio ngoclean/htmldate (pages/s): {ratio:.2f}")
    if args.verbose:
        print("\n".join(misses))


def _title_norm() -> Callable[[str], str]:
    """The shared scorer's title normalisation (never copied), or a plain fold."""
    path = SHARED / "eval" / "score.py"
    if path.exists():
        return load_scorer(path).norm  # type: ignore[no-any-return]
    return lambda text: " ".join(text.casefold().split())


def _author_key(value: Any) -> frozenset[str]:
    """An author field as a set of folded name words (order and separators aside)."""
    text = "; ".join(value) if isinstance(value, list) else str(value or "")
    words = re.findall(r"\w+", text.casefold())
    return frozenset(w for w in words if w not in {"and", "und", "et", "y", "e", "by", "von"})


def run_corpus(args: argparse.Namespace) -> None:
    import trafilatura

    root = data_dir() / "trafilatura"
    truth = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    hosts = excluded_hosts()
    items = [(u, i) for u, i in sorted(truth.items()) if not is_excluded(u, hosts)]
    print(f"({len(truth) - len(items)} pages of hosts in EXCLUDED.md left out)")
    items = items[: args.limit or None]
    norm = _title_norm()
    tools = ("ngoclean", "trafilatura")
    counts = {t: Counter[str]() for t in tools}
    seconds = {t: 0.0 for t in tools}
    misses: list[str] = []
    for url, item in items:
        path = next((p for d in ("eval", "cache") if (p := root / "tests" / d / item["file"])
                     .is_file()), None)
        if path is None:
            continue
        raw = path.read_bytes()
        html = raw.decode("utf-8", errors="replace")
        given = url if args.with_url else None
        rec, s1 = timed(ngoclean.parse, raw, url=given)
        out, s2 = timed(trafilatura.extract, html, url=given, output_format="json",
                        with_metadata=True)
        seconds["ngoclean"] += s1
        seconds["trafilatura"] += s2
        theirs = json.loads(out) if isinstance(out, str) else {}
        answers = {
            "ngoclean": {} if isinstance(rec, Exception) else {
                "text": rec.body, "title": rec.title, "author": rec.author,
                "date": rec.date.isoformat() if rec.date else None},
            "trafilatura": {"text": theirs.get("text") or "", "title": theirs.get("title"),
                            "author": theirs.get("author"), "date": theirs.get("date")},
        }
        for tool, ans in answers.items():
            c = counts[tool]
            text = " ".join((ans.get("text") or "").split())
            for snippet in item["with"]:
                c["tp" if " ".join(snippet.split()) in text else "fn"] += 1
            for snippet in item["without"]:
                c["fp" if " ".join(snippet.split()) in text else "tn"] += 1
            if item.get("title"):
                c["titles"] += 1
                c["title_ok"] += norm(ans.get("title") or "") == norm(item["title"])
            if item.get("date"):
                c["dates"] += 1
                c["date_ok"] += (ans.get("date") or "")[:10] == item["date"]
            if item.get("author"):
                c["authors"] += 1
                c["author_ok"] += _author_key(ans.get("author") or "") == \
                    _author_key(item["author"])
            if tool == "ngoclean" and args.verbose and len(misses) < 60 and item.get("title") \
                    and norm(ans.get("title") or "") != norm(item["title"]):
                misses.append(f"  title {item['file']}: {ans.get('title')!r} "
                              f"(gold {item['title']!r})")
    print(f"trafilatura evaluation corpus: {len(items)} pages")
    print(f"{'tool':<12}{'P':>7}{'R':>7}{'F1':>7}{'title':>8}{'date':>7}{'author':>8}"
          f"{'pages/s':>9}")
    for tool in tools:
        c = counts[tool]
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{tool:<12}{p:>7.3f}{r:>7.3f}{f:>7.3f}"
              f"{c['title_ok'] / max(1, c['titles']):>8.3f}"
              f"{c['date_ok'] / max(1, c['dates']):>7.3f}"
              f"{c['author_ok'] / max(1, c['authors']):>8.3f}"
              f"{len(items) / max(seconds[tool], 1e-9):>9.1f}")
    c = counts["ngoclean"]
    print(f"(titles on {c['titles']} pages, dates on {c['dates']}, authors on {c['authors']})")
    ratio = seconds["trafilatura"] / max(seconds["ngoclean"], 1e-9)
    print(f"speed ratio ngoclean/trafilatura (pages/s): {ratio:.2f}")
    if misses:
        print("\n".join(misses))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=["aeb", "dates", "corpus"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--with-url", action="store_true", help="give both tools the page URL")
    ap.add_argument("--title", action="store_true", help="prepend ngoclean's title to its body")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    if not data_dir().is_dir():
        sys.exit(f"no data in {data_dir()}: see the set-up in this script's docstring")
    warm_up(args)
    if args.only in (None, "aeb"):
        run_aeb(args)
    if args.only in (None, "dates"):
        run_dates(args)
    if args.only in (None, "corpus"):
        run_corpus(args)


if __name__ == "__main__":
    main()
