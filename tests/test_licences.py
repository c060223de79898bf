"""Licence metadata names files that exist, and every shipped part states its licence."""

from __future__ import annotations

import tomllib
from pathlib import Path

from khorasan_desktop import resources

REPO = Path(__file__).resolve().parent.parent


def test_pyproject_licence_files_exist() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert isinstance(project["license"], str)  # an expression, not free text naming a file
    files = project["license-files"]
    assert "resources/DATA-LICENCES.md" in files
    for name in files:
        assert (REPO / name).is_file(), name


def test_every_section_of_the_data_licences_states_its_licence() -> None:
    text = (REPO / "resources" / resources.DATA_LICENCES).read_text(encoding="utf-8")
    sections = text.count("\n## ")
    summary = resources.licence_summary()
    assert len(summary) == sections >= 7
    titles = " ".join(title for title, _ in summary)
    for part in ("Natural Earth", "Fonts", "Incident data set", "UCDP", "import"):
        assert part in titles, part


def test_licences_text_includes_the_font_licences_in_full() -> None:
    text = resources.licences_text()
    assert "Bitstream Vera" in text and "SIL Open Font License" in text
    assert "Permission is hereby granted" in text
