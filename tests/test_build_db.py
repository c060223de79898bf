"""build-db: a rebuild from unchanged sources leaves the database file as it was, and an
unusable output path is one clear line."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from khorasan_desktop import paths
from khorasan_desktop.cli import main
from khorasan_desktop.data.build import build


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_rebuild_of_unchanged_sources_leaves_the_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "k.sqlite"
    first = build(paths.sources_dir(), paths.resources_dir(), out, build_time="first")
    assert first.written and first.counts["entities"] > 0
    before, mtime = _sha(out), out.stat().st_mtime_ns
    again = build(paths.sources_dir(), paths.resources_dir(), out, build_time="second")
    assert not again.written
    assert _sha(out) == before and out.stat().st_mtime_ns == mtime
    assert not list(tmp_path.glob("*.tmp"))


def test_changed_sources_are_written(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(paths.sources_dir(), sources)
    out = tmp_path / "k.sqlite"
    build(sources, paths.resources_dir(), out)
    meta = sources / "meta.yaml"
    meta.write_text(meta.read_text().replace('as_of: "', 'as_of: "1'), encoding="utf-8")
    assert build(sources, paths.resources_dir(), out).written


def test_build_db_default_path_keeps_a_current_database_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As `khorasan-desktop build-db` runs in a checkout: db/sources -> db/khorasan.sqlite."""
    db = tmp_path / "db"
    shutil.copytree(paths.sources_dir(), db / "sources")
    shutil.copy(paths.bundled_reference_db(), db / paths.DB_FILENAME)
    before = _sha(db / paths.DB_FILENAME)
    assert main(["build-db", "--sources", str(db / "sources")]) == 0
    assert "up to date" in capsys.readouterr().out
    assert _sha(db / paths.DB_FILENAME) == before


@pytest.mark.parametrize("where", ["missing", "file"])
def test_unusable_output_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    if where == "file":
        (tmp_path / "file").write_text("x")
    out = tmp_path / ("missing" if where == "missing" else "file") / "k.sqlite"
    assert main(["build-db", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("khorasan-desktop: cannot write")
    assert ("does not exist" if where == "missing" else "is not a folder") in err[0]
