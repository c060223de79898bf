"""Test setup: offscreen Qt, user folders in tmp, a fresh reference database per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from khorasan_desktop import paths
from khorasan_desktop.data.build import build
from khorasan_desktop.data.reference import Reference

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user's data folder or settings."""
    user = tmp_path / "user"
    monkeypatch.setenv(paths.USER_DIR_ENV, str(user))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return user


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference database built once from the repository's sources."""
    out = tmp_path_factory.mktemp("refdb") / "khorasan.sqlite"
    build(paths.sources_dir(), paths.resources_dir(), out, build_time="test")
    return out


@pytest.fixture
def ref_path(built_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the reference database for one test."""
    dest = tmp_path / "khorasan.sqlite"
    shutil.copy(built_db, dest)
    return dest


@pytest.fixture
def ref(ref_path: Path) -> Iterator[Reference]:
    reference = Reference(ref_path)
    yield reference
    reference.close()
