"""What every benchmark script reports: nearest-rank percentiles, timed repeats and one
summary line (median, p95, n), so that all scripts compute p95 the same way."""

from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable, Sequence


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (``p`` in 0..100); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))]


def p95(values: Sequence[float]) -> float:
    return percentile(values, 95)


def timings(fn: Callable[[], object], repeat: int, warmup: int = 0) -> list[float]:
    """Milliseconds of ``repeat`` calls of ``fn`` after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(values: Sequence[float], unit: str = "ms") -> str:
    """``median X ms, p95 Y ms (n=N)``."""
    if not values:
        return "no runs"
    med, high = statistics.median(values), p95(values)
    digits = 1 if high < 10 else 0
    return f"median {med:.{digits}f} {unit}, p95 {high:.{digits}f} {unit} (n={len(values)})"


def load() -> str:
    """The machine's load averages (1, 5, 15 min), printed beside every figure."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.1f} / {five:.1f} / {fifteen:.1f}, {os.cpu_count()} cores"
