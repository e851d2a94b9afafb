"""Worker processes for the batch, with bounds that hold whatever a page does.

Each worker parses one page at a time, so the parent always knows which page each
worker holds. That gives the batch its real bounds:

- **time**: a page still running ``grace`` seconds after its ``timeout`` has its worker
  killed and replaced; the page gets a ``Timeout`` line (the in-process timer signal
  cannot interrupt lxml's C code, the kill can);
- **memory**: each worker's address space is capped (``max_memory`` bytes, by
  ``RLIMIT_AS`` where the system has it); a page that needs more gets a ``MemoryError``
  line and its worker is replaced, so one page cannot take the machine;
- **crashes**: a worker that dies (a signal, the kernel's OOM killer, a fault in a C
  library) fails exactly the page it held (``WorkerCrashed``, with the signal), and a
  fresh worker takes the next page;
- **orphans**: workers exit when the batch's process dies, even in the middle of a
  page (the kernel's parent-death signal on Linux, and a watchdog thread everywhere).

On Linux workers are forked from the batch's process after it has loaded the language
model and word lists (:func:`ngoclean.record.preload`), so they share those pages with
it instead of each loading its own copy.

>>> import json
>>> from ngoclean.sources import Page
>>> pages = [Page("a", data=b"Title of page\\n\\nSome text."), Page("b", data=b"")]
>>> lines = list(run_pool(pages, jobs=1, timeout=5))
>>> [json.loads(line).get("error", {}).get("type") for line in lines]
[None, 'EmptyInputError']
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from .read import DEFAULT_MAX_BYTES
from .segment import KnownNames
from .sources import Page

__all__ = ["DEFAULT_MAX_MEMORY", "GRACE", "run_pool"]

DEFAULT_MAX_MEMORY = 2 * 1024 ** 3
"""A worker's address-space cap in bytes (``ngoclean clean --max-memory``)."""

GRACE = 0.5
"""Seconds a page may run past its timeout (while the worker's own timer acts) before
its worker is killed."""


def _context() -> Any:
    """Fork where it is safe and usual (Linux): workers share the models the parent
    loaded, and a script that calls the batch needs no ``__main__`` guard. Elsewhere
    spawn (each worker loads its own models; the calling script needs the guard)."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _limit_memory(max_memory: int | None) -> None:
    if not max_memory:
        return
    try:
        import resource
    except ImportError:  # not on this system
        return
    with contextlib.suppress(ValueError, OSError, AttributeError):
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = max_memory if hard == resource.RLIM_INFINITY else min(max_memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _die_with_parent(parent: int) -> None:
    """Exit when the batch's process dies, even while busy with a page."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(3)
            except OSError:  # exists, owned by someone else: not ours any more
                os._exit(3)

    threading.Thread(target=watch, name="ngoclean-parent-watch", daemon=True).start()


def _reset_peak() -> None:
    """Start a new peak of resident memory for this process (Linux 4.0+)."""
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def _peak() -> int | None:
    """This process's peak resident memory in bytes since :func:`_reset_peak`."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


def _worker_main(conn: Connection, parent: int, max_memory: int | None,
                 names: KnownNames | None) -> None:
    # Imported here, not at the top: batch imports this module.
    from .batch import ErrorRecord, process_page, result_line

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent(parent)
    _limit_memory(max_memory)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        seq, page, timeout, max_bytes, measure = msg
        if measure:
            _reset_peak()
        started = time.perf_counter()
        fresh = False
        try:
            result = process_page(page, timeout, max_bytes, names)
            line = result_line(result)
            fresh = isinstance(result, ErrorRecord) and result.type == "MemoryError"
        except MemoryError:
            line = result_line(ErrorRecord(page.source, "MemoryError",
                                           "page too large for memory", page.url))
            fresh = True
        try:
            conn.send((seq, line, time.perf_counter() - started,
                       _peak() if measure else None))
        except (OSError, ValueError):
            return
        if fresh:  # memory may be fragmented or a C library left in a bad state
            return


@dataclass
class _Worker:
    proc: BaseProcess
    conn: Connection
    # the page being parsed: (seq, page, started). One page at a time: a second one
    # waiting in the pipe gained no measurable speed (benchmarks/batch.py) and can
    # deadlock both ends, the parent blocked sending a large page into a full pipe while
    # the worker is blocked sending its result.
    job: tuple[int, Page, float] | None = None


def _signal_name(exitcode: int | None) -> str:
    if exitcode is None or exitcode >= 0:
        return f"exit code {exitcode}"
    try:
        return signal.Signals(-exitcode).name
    except ValueError:
        return f"signal {-exitcode}"


def run_pool(pages: Iterable[Page], *, jobs: int, timeout: float | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES, max_memory: int | None = DEFAULT_MAX_MEMORY,
             names: KnownNames | None = None, window: int = 4,
             grace: float = GRACE,
             stats: dict[int, tuple[float, int | None]] | None = None) -> Iterator[str]:
    """Result lines (JSON, no newline) in input order, from ``jobs`` worker processes.

    At most ``jobs * window`` pages are read ahead of the line last yielded. Every page
    gives exactly one line; a page that outlives ``timeout + grace`` seconds, or kills
    its worker, gives an error line and the worker is replaced. With a ``stats`` dict,
    each page's (seconds, peak resident bytes of its worker during it, where the system
    says) is stored under its position in the input (for benchmarks).
    """
    from .batch import ErrorRecord, result_line
    from .record import preload

    ctx = _context()
    if ctx.get_start_method() == "fork":
        preload()  # once here, shared by every worker
    parent = os.getpid()
    it = iter(pages)
    queue: deque[tuple[int, Page]] = deque()
    results: dict[int, str] = {}
    workers: list[_Worker] = []
    read = 0          # pages taken from the input
    next_out = 0      # sequence number of the next line to yield
    exhausted = False
    lost_starts = 0   # workers found dead before their first page, in a row

    def start() -> _Worker:
        mine, theirs = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_worker_main, args=(theirs, parent, max_memory, names),
                           name="ngoclean-worker", daemon=True)
        proc.start()
        theirs.close()
        return _Worker(proc, mine)

    def retire(w: _Worker, kill: bool) -> None:
        if kill and w.proc.is_alive():
            with contextlib.suppress(OSError, AttributeError):
                w.proc.kill()
        w.proc.join(timeout=5)
        with contextlib.suppress(OSError):
            w.conn.close()

    def fail(w: _Worker, kind: str, message: str) -> None:
        """The page ``w`` is parsing fails."""
        assert w.job is not None
        seq, page, started = w.job
        w.job = None
        if stats is not None:
            stats[seq] = (time.monotonic() - started, None)
        results[seq] = result_line(ErrorRecord(page.source, kind, message, page.url))

    def replace(w: _Worker, kill: bool) -> None:
        retire(w, kill)
        workers[workers.index(w)] = start()

    def died(w: _Worker) -> None:
        w.proc.join(timeout=1)
        fail(w, "WorkerCrashed", "the worker process died on this page ("
             f"{_signal_name(w.proc.exitcode)})")
        replace(w, kill=True)

    try:
        workers.extend(start() for _ in range(max(1, jobs)))
        while True:
            while not exhausted and read - next_out < max(1, jobs) * window:
                try:
                    page = next(it)
                except StopIteration:
                    exhausted = True
                    break
                queue.append((read, page))
                read += 1
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
            if exhausted and next_out == read:
                break
            for w in list(workers):
                if w.job is None and queue:
                    seq, page = queue.popleft()
                    w.job = (seq, page, time.monotonic())
                    try:
                        w.conn.send((seq, page, timeout, max_bytes, stats is not None))
                    except (OSError, ValueError):  # it died before taking the page
                        w.job = None
                        lost_starts += 1
                        if lost_starts > 3:  # workers cannot start at all: say so per page
                            results[seq] = result_line(ErrorRecord(
                                page.source, "WorkerCrashed", "no worker process could start "
                                f"({_signal_name(w.proc.exitcode)})", page.url))
                        else:
                            queue.appendleft((seq, page))
                        replace(w, kill=True)
            busy = [w for w in workers if w.job is not None]
            if not busy:
                continue
            wait_for: float | None = None
            if timeout:
                now = time.monotonic()
                wait_for = max(0.0, min(w.job[2] for w in busy if w.job) + timeout + grace
                               - now)
            handles: list[Any] = [w.conn for w in busy] + [w.proc.sentinel for w in busy]
            ready = set(wait(handles, timeout=wait_for))
            for w in busy:
                if w.conn in ready:
                    try:
                        seq, line, seconds, peak = w.conn.recv()
                    except (EOFError, OSError):
                        died(w)
                        continue
                    w.job = None
                    results[seq] = line
                    if stats is not None:
                        stats[seq] = (seconds, peak)
                    lost_starts = 0
                    if not w.proc.is_alive() or '"type": "MemoryError"' in line[:300]:
                        replace(w, kill=True)
                elif w.proc.sentinel in ready:
                    died(w)
            if timeout:
                now = time.monotonic()
                for w in list(workers):
                    if w.job is not None and now - w.job[2] > timeout + grace:
                        fail(w, "Timeout", f"page took longer than its time budget "
                             f"({timeout} s); its worker was stopped")
                        replace(w, kill=True)
    finally:
        for w in workers:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
        for w in workers:
            w.proc.join(timeout=0.5 if w.job is None else 0)
            retire(w, kill=True)
