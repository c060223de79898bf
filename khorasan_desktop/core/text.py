"""Shortening text for a narrow place (a table cell, an axis label, a citation in a
terminal line): one rule, so every place cuts the same way and says it did."""

from __future__ import annotations


def shortened(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` characters, else its start ending in "…": at the
    last space when that keeps at least two thirds of the width (so a word is not cut in
    the middle), else mid-word."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space >= (2 * width) // 3:
        cut = cut[:space]
    # a cut text that already ended in an ellipsis ("ISIS-K...") keeps just the one
    return cut.rstrip(" ,;:–-.…·") + "…"
