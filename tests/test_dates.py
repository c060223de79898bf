"""The one date rule: every caller of ``core.dates.parse`` refuses the same impossible dates."""

from __future__ import annotations

import pytest

from khorasan_desktop.core import dates


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2021", "2021-01-01", "2021-12-31", "year"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("2023-02", "2023-02-01", "2023-02-28", "month"),
        ("2021-08-26", "2021-08-26", "2021-08-26", "day"),
        (" 2021-8-6 ", "2021-08-06", "2021-08-06", "day"),
    ],
)
def test_real_dates_give_their_bounds(text: str, start: str, end: str, precision: str) -> None:
    fd = dates.parse(text)
    assert (fd.start, fd.end, fd.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "2021-02-30",
        "2023-02-29",
        "2021-13",
        "2021-00",
        "2021-04-31",
        "0",
        "2021-01-01-01",
        "20x1",
        "2021--01",
        "１２３４",
    ],
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        dates.parse(text)


def test_empty_is_unknown() -> None:
    assert dates.parse(None).precision == "unknown"
    assert dates.parse("").start is None


def test_build_names_the_row_of_an_impossible_incident_date(tmp_path) -> None:
    import shutil

    from khorasan_desktop import paths
    from khorasan_desktop.data.build import BuildError, build

    sources = tmp_path / "sources"
    shutil.copytree(paths.sources_dir(), sources)
    csv_path = sources / "incidents.csv"
    lines = csv_path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    assert "date" in header
    first = lines[1].split(",")
    first[header.index("date")] = "2021-02-30"
    lines[1] = ",".join(first)
    csv_path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(BuildError, match=r"incidents.csv line 2: day out of range: '2021-02-30'"):
        build(sources, paths.resources_dir(), tmp_path / "out.sqlite", build_time="test")
