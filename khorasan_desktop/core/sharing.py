"""Long Python work on a worker thread that leaves the GUI thread its turns.

A worker thread parsing rows keeps Python's interpreter lock for as long as it runs
Python code, and a thread waiting for the lock may not get it for the whole of a batch:
each brief release inside the worker (a buffered read, a database call) lets the worker
take the lock back before the waiting thread wakes, which resets the waiter's clock. On
a 300,000-row import the window missed every tick for 60-90 ms per batch of 2,000 rows.
A ``time.sleep(0)`` every few milliseconds hands the lock over and costs nothing
measurable.
"""

from __future__ import annotations

import time
from collections.abc import Callable

SHARE_EVERY_S = 0.008  # the GUI thread gets a turn at least this often


def lock_sharer(every_s: float = SHARE_EVERY_S) -> Callable[[], None]:
    """A function to call in a long loop (per row): cheap, and every ``every_s`` seconds
    it lets a waiting thread run."""
    last = time.perf_counter()

    def share() -> None:
        nonlocal last
        now = time.perf_counter()
        if now - last >= every_s:
            time.sleep(0)
            last = time.perf_counter()

    return share
