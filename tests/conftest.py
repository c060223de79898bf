"""Test setup: offscreen Qt, user folders in tmp, a fresh reference database per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests expect the English interface and Latin digits in spin boxes, which a Dari or
# Pashto desktop would change (View > Language is "System" until chosen, and Qt formats
# numbers in the system's locale). So the suite states its locale, for this process and
# the programs it starts, before Qt reads it; a test of another language chooses it, and
# the tests of the System choice pass the locale they mean.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

from khorasan_desktop import paths
from khorasan_desktop.data.build import build
from khorasan_desktop.data.reference import Reference

REPO = Path(__file__).resolve().parent.parent
AUDIT = Path(__file__).resolve().parent / "audit"


def pytest_configure(config: pytest.Config) -> None:
    """Audit sockets in this process and in every Python process tests start."""
    import sys
    import tempfile

    log = Path(tempfile.mkdtemp(prefix="khorasan-socket-audit-")) / "sockets.log"
    log.touch()
    os.environ["KHORASAN_SOCKET_AUDIT_LOG"] = str(log)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(AUDIT), os.environ.get("PYTHONPATH", "")) if p
    )
    sys.path.insert(0, str(AUDIT))
    import sitecustomize  # the audit hook, installed here too

    sitecustomize.install(str(log))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run when any app code opened an internet socket."""
    log = Path(os.environ.get("KHORASAN_SOCKET_AUDIT_LOG", ""))
    if log.is_file() and log.read_text(encoding="utf-8").strip():
        print(f"\nSocket audit: app code opened network sockets:\n{log.read_text()}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


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


@pytest.fixture(scope="session")
def pack_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A publisher private key made for this run (tests never use a shipped key)."""
    from khorasan_desktop.data.signing import make_key

    key = tmp_path_factory.mktemp("keys") / "publisher.pem"
    make_key(key, passphrase="")
    return key


@pytest.fixture
def trusted_pack_key(pack_key: Path) -> Path:
    """``pack_key``'s public half trusted in this test's user folder."""
    from khorasan_desktop.data.signing import trust_key

    trust_key(pack_key.with_name("publisher.pub.pem"))
    return pack_key
