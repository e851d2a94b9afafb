"""Robustness benchmark: time and peak memory for each nasty input, in a fresh process.

The inputs are the battery of tests/nasty_inputs.py plus a page at the default size
limit (50 MB). Each runs in its own process, so peak RSS is that input's alone.

Usage::

    python benchmarks/robustness.py [--budget 60] [--memory 2000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
import ngoclean
from nasty_inputs import NASTY
name = sys.argv[1]
if name == "page at the size limit (50 MB)":
    unit = b"<p>Some words of a paragraph of the page.</p>"
    data = b"<html><body>" + unit * ((ngoclean.read.DEFAULT_MAX_BYTES - 100) // len(unit))
else:
    data = NASTY[name]
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
try:
    rec = ngoclean.parse(data, timeout=float(sys.argv[3]))
    outcome = "record, problems: " + ",".join(p.code for p in rec.problems)
except ngoclean.NgocleanError as exc:
    outcome = f"{type(exc).__name__}: {str(exc)[:60]}"
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "extra_mb": (peak - base) / 1024,
                  "outcome": outcome}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=60.0, help="time budget per page (s)")
    ap.add_argument("--memory", type=float, default=2000.0, help="memory bound (MB)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from nasty_inputs import NASTY

    names = [*NASTY, "page at the size limit (50 MB)"]
    print(f"{'input':<32}{'seconds':>9}{'peak MB':>9}{'within':>8}  outcome")
    worst = True
    for name in names:
        out = subprocess.run([sys.executable, "-c", CHILD, name, str(ROOT / "tests"),
                              str(args.budget)], capture_output=True, text=True,
                             timeout=args.budget * 3)
        try:
            r = json.loads(out.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            print(f"{name:<32}  CRASH {out.stderr.strip()[-200:]}")
            worst = False
            continue
        ok = r["seconds"] <= args.budget + 1 and r["peak_mb"] <= args.memory
        worst &= ok
        print(f"{name:<32}{r['seconds']:>9.2f}{r['peak_mb']:>9.0f}{'yes' if ok else 'NO':>8}  "
              f"{r['outcome']}")
    print("every input within its bounds" if worst else "SOME INPUTS OUT OF BOUNDS")


if __name__ == "__main__":
    main()
