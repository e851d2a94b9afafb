"""The batch's worker processes: real bounds on time and memory, exact crash blame,
no orphans, and a resume after SIGKILL that gives the same bytes as a clean run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import FIXTURES
from ngoclean.sources import Page
from ngoclean.workers import GRACE, run_pool

SRC = Path(__file__).parent.parent / "src"
LINUX = sys.platform.startswith("linux")


class Sleeper:
    """Unpickled in the worker as ``time.sleep(30)``: a page stuck where no timer
    signal reaches (as lxml's C code is)."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return (time.sleep, (30,))


class Abort:
    """Unpickled in the worker as ``os.abort()``: a page that kills its worker."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (os.abort, ())


def good(name: str) -> Page:
    return Page(name, data=f"Page {name}\n\nSome text of page {name}.".encode())


def kinds(lines: list[str]) -> list[tuple[str, str | None]]:
    out = []
    for line in lines:
        d = json.loads(line)
        out.append((d["source"], d.get("error", {}).get("type")))
    return out


pytestmark = pytest.mark.skipif(not LINUX, reason="Unpickling tricks need fork workers")


def test_a_stuck_page_is_stopped_by_killing_its_worker() -> None:
    pages = [good("a"), Page("stuck", data=Sleeper()), good("b"), good("c")]  # type: ignore[arg-type]
    t0 = time.monotonic()
    lines = list(run_pool(pages, jobs=2, timeout=1.0))
    took = time.monotonic() - t0
    assert kinds(lines) == [("a", None), ("stuck", "Timeout"), ("b", None), ("c", None)]
    assert "worker was stopped" in json.loads(lines[1])["error"]["message"]
    assert took < 1.0 + GRACE + 3  # not the 30 s the page would take


def test_a_page_that_kills_its_worker_is_blamed_exactly() -> None:
    pages = [good(f"p{i}") for i in range(6)]
    pages.insert(4, Page("killer", data=Abort()))  # type: ignore[arg-type]
    lines = list(run_pool(pages, jobs=2, timeout=10))
    got = kinds(lines)
    assert [s for s, _ in got] == [p.source for p in pages]
    assert [s for s, e in got if e] == ["killer"]
    assert "SIGABRT" in json.loads(lines[4])["error"]["message"]


def test_a_worker_over_its_memory_cap_fails_its_page_only(tmp_path: Path) -> None:
    # In a fresh interpreter: the address space a worker inherits from a long test run
    # holds freed memory that a page can reuse under any cap.
    script = tmp_path / "cap.py"
    script.write_text(textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        sys.path.insert(0, {str(SRC)!r})
        from ngoclean.record import preload
        from ngoclean.sources import Page
        from ngoclean.workers import run_pool
        preload()
        status = Path("/proc/self/status").read_text().splitlines()
        vm = next(int(x.split()[1]) * 1024 for x in status if x.startswith("VmSize:"))
        big = (b"<html><body>" + b"<p>Words of a page, Org Name One</p>\\n" * 120_000
               + b"</body></html>")
        pages = [Page("a", data=b"Page a\\n\\nSome text."), Page("big", data=big),
                 Page("b", data=b"Page b\\n\\nMore text.")]
        for line in run_pool(pages, jobs=1, timeout=60, max_memory=vm + 120 * 2 ** 20):
            d = json.loads(line)
            print(d["source"], d.get("error", {{}}).get("type"))
    """))
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=120)
    assert proc.stdout.decode().split("\n") == ["a None", "big MemoryError", "b None", ""], \
        proc.stderr


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_exit_when_the_batch_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "batch.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(SRC)!r})
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from ngoclean.sources import Page
        from ngoclean.workers import run_pool
        from test_workers import Sleeper
        print("go", flush=True)
        for line in run_pool([Page(str(i), data=Sleeper()) for i in range(4)], jobs=2):
            print(line, flush=True)
    """))
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == b"go\n"
        deadline = time.monotonic() + 20
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = _descendants(proc.pid)
        assert len(workers) >= 2
        time.sleep(0.5)  # the workers are inside their pages now
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)]
    finally:
        if proc.poll() is None:
            proc.kill()


def _clean(*args: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.Popen([sys.executable, "-m", "ngoclean", "clean", *args, "--quiet"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    """Forty pages: the HTML and text fixtures, and letters with long generated lists."""
    root = tmp_path / "pages"
    root.mkdir()
    for p in sorted((FIXTURES / "html").glob("*.html"))[:12]:
        (root / p.name).write_bytes(p.read_bytes())
    for p in sorted((FIXTURES / "text").glob("*.txt"))[:12]:
        (root / p.name).write_bytes(p.read_bytes())
    rng = random.Random(7)
    words = ("Action Rights Network Women Council Justice Centre Forum Peace Aid Health "
             "Alliance Foundation Legal Youth Watch Union Trust Society Initiative").split()
    for i in range(16):
        names = sorted({" ".join(rng.sample(words, 3)) for _ in range(120)})
        text = (f"Joint letter number {i}\n\nWe, the undersigned organisations, call on "
                "the government to act.\n\nSignatories:\n\n" + "\n".join(names) + "\n")
        (root / f"letter{i:02}.txt").write_text(text, encoding="utf-8")
    return root


def test_resume_after_sigkill_at_random_moments_is_byte_identical(letters: Path,
                                                                  tmp_path: Path) -> None:
    ref = tmp_path / "ref.jsonl"
    started = time.monotonic()
    proc = _clean(str(letters), "-o", str(ref), "--jobs", "2")
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    whole = time.monotonic() - started  # kills fall inside a run, however fast the machine
    out = tmp_path / "out.jsonl"
    rng = random.Random(11)
    kills = 0
    first = True
    for _ in range(12):
        args = [str(letters), "-o", str(out), "--jobs", "2"] + ([] if first else ["--resume"])
        proc = _clean(*args)
        first = False
        try:
            proc.wait(timeout=rng.uniform(0.3, 0.9) * whole)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
            kills += 1
            continue
        assert proc.returncode == 0
        break
    else:
        proc = _clean(str(letters), "-o", str(out), "--jobs", "2", "--resume")
        assert proc.wait(timeout=300) == 0
    assert kills >= 1
    assert out.read_bytes() == ref.read_bytes()


def _run_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "ngoclean", "clean", *args, "--quiet"],
                          env=env, capture_output=True, timeout=300)


def test_resume_tries_a_crashed_page_once_more(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("Joint statement on the arrest of lawyers\n\nWe, the undersigned, are "
                    "alarmed by the arrest of ten lawyers last week.\n", encoding="utf-8")
    other = tmp_path / "q.txt"
    other.write_text("Other title\n\nMore text.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    crashed = {"source": str(page), "error": {"type": "WorkerCrashed", "message": "x"}}
    final = {"source": str(other), "error": {"type": "WorkerCrashed", "message": "x",
                                              "attempts": 2}}
    out.write_text(json.dumps(crashed) + "\n" + json.dumps(final) + "\n", encoding="utf-8")
    proc = _run_cli(str(page), str(other), "-o", str(out), "--resume", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(d["source"], "error" in d) for d in lines] == [(str(other), True),
                                                            (str(page), False)]
    assert lines[1]["title"] == "Joint statement on the arrest of lawyers"


@pytest.mark.parametrize("args", [["--timeout", "-1"], ["--max-bytes", "0"],
                                  ["--max-memory", "lots"], ["--max-memory", "-2G"]])
def test_bad_bounds_are_usage_errors(tmp_path: Path, args: list[str]) -> None:
    proc = _run_cli(str(tmp_path), "-o", str(tmp_path / "o.jsonl"), *args)
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_a_batch_over_every_hostile_page_and_warc_fault_gives_one_line_each(
        tmp_path: Path) -> None:
    import gzip

    from nasty_inputs import NASTY
    from ngoclean.sources import iter_pages
    from test_hostile_round2 import _letter_body, _raw_record

    root = tmp_path / "hostile"
    root.mkdir()
    for i, value in enumerate(NASTY.values()):
        data = value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogatepass")
        (root / f"nasty{i:02}.html").write_bytes(data)
    body = _letter_body()
    good = _raw_record(body, http_length=len(body))
    faults = {
        "short.warc": _raw_record(body, http_length=len(body), warc_delta=-300) + good,
        "long.warc": _raw_record(body, http_length=len(body), warc_delta=300) + good,
        "cut.warc": _raw_record(body, http_length=len(body) + 500) + good,
        "gzip.warc": _raw_record(gzip.compress(body)[:300],
                                 http_extra=b"Content-Encoding: gzip\r\n") + good,
        "chunks.warc": _raw_record(b"zz\r\n" + body,
                                   http_extra=b"Transfer-Encoding: chunked\r\n") + good,
        "status.warc": good.replace(b"200 OK", b"404 Not Found") + good,
        "torn.warc": good + good[:200],
        "html.warc": body,
        "html.warc.gz": gzip.compress(body),
        "bomb.warc": _raw_record(gzip.compress(b"<p>" + b"a" * 3_000_000 + b"</p>"),
                                 http_extra=b"Content-Encoding: gzip\r\n") + good,
    }
    for name, data in faults.items():
        (root / name).write_bytes(data)
    passed_over: list[str] = []
    expected = [p.source for p in iter_pages([root], max_bytes=1_000_000,
                                             passed_over=passed_over)]
    assert passed_over == ["warc http 404"]  # counted in the summary, not a failed page
    out = tmp_path / "out.jsonl"
    proc = _run_cli(str(root), "-o", str(out), "--jobs", "2", "--timeout", "20",
                    "--max-bytes", "1000000")
    assert proc.returncode == 1, proc.stderr  # some pages fail, as they should
    assert b"Traceback" not in proc.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["source"] for d in lines] == expected
    assert len(expected) == len(NASTY) + 16  # every WARC record and damage named
    errors = {d["source"].rsplit("/", 1)[-1]: d["error"]["type"] for d in lines if "error" in d}
    assert errors["html.warc"] == errors["html.warc.gz"] == "WarcError"
    assert "InputTooLargeError" in errors.values()
    assert not {"WorkerCrashed", "Timeout", "MemoryError"} & set(errors.values())


def test_large_pages_with_large_records_flow_through_the_pipes() -> None:
    # a page and a record each larger than a pipe's buffer, both ways at once
    prose = ("We, the undersigned organisations, urge the Council to act now. " * 9000)
    pages = [Page(f"big{i}", data=f"Letter {i}\n\n{prose}".encode()) for i in range(4)]
    lines = list(run_pool(pages, jobs=2, timeout=60))
    assert kinds(lines) == [(f"big{i}", None) for i in range(4)]
    assert all(len(line) > 500_000 for line in lines)
