"""How figures read wherever a view shows them (table cells, PDF, exports)."""

from __future__ import annotations


def deaths(best: int | None, low: int | None = None, high: int | None = None) -> str:
    """Best figure with the range when sources differ ('12 (10–15)'); blank when none
    was stated, never a guessed zero."""
    text = "" if best is None else str(best)
    if low is not None or high is not None:
        text += f" ({'?' if low is None else low}–{'?' if high is None else high})"
    return text.strip()
