"""Paragraph numbering of the seed brief, shared by the database build and its tests.

The brief is a plain-text conversion: paragraphs are separated by blank lines, and a
page break sometimes splits one paragraph in two, the second part starting in lower case.
Paragraph numbers are the locators every citation of the brief uses, so they must never
depend on who splits the text.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\]]*)\]\(#\)")


def clean(text: str) -> str:
    """Drop the lost-link markup ``[text](#)`` and keep its text."""
    return _LINK.sub(r"\1", text)


def paragraphs(text: str) -> list[str]:
    """Numbered paragraphs (index 0 is paragraph 1); title and author line dropped."""
    chunks = [c.strip() for c in re.split(r"\n\s*\n", text) if c.strip()]
    # The first two chunks are the title and the author line.
    body = chunks[2:]
    merged: list[str] = []
    for chunk in body:
        if merged and chunk[0].islower():
            merged[-1] = f"{merged[-1]} {chunk}"
        else:
            merged.append(chunk)
    return [clean(p) for p in merged]
