"""The one rule for shortening text in narrow places."""

from __future__ import annotations

import pytest

from khorasan_desktop.core.text import shortened


@pytest.mark.parametrize(
    ("text", "width", "want"),
    [
        ("ISIS-K", 40, "ISIS-K"),
        (
            "ISIS-K (Islamic State – Khorasan Province), incidents",
            40,
            "ISIS-K (Islamic State – Khorasan…",
        ),
        ("Supercalifragilisticexpialidocious", 10, "Supercali…"),
        ("a b", 3, "a b"),
        (
            "408 deaths · Sky News analysis of ISIS-K... (right scale)",
            50,
            "408 deaths · Sky News analysis of ISIS-K…",
        ),
    ],
)
def test_shortened_cuts_at_a_word_and_says_so(text: str, width: int, want: str) -> None:
    got = shortened(text, width)
    assert got == want
    assert len(got) <= width
