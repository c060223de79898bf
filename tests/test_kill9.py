"""kill -9 in the middle of imports, exports, backups and pack installs: the user database
and the targets are intact, and the temporary files left behind go at the next start.

The process kills itself (SIGKILL, nothing runs after it) at a chosen point: right after
the first batch of an import is written inside its transaction, or at the first atomic
rename (an export, backup or pack about to be put in place), so every run is killed at the
same place.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from khorasan_desktop import paths
from khorasan_desktop.data import backups
from khorasan_desktop.data.userdb import UserStore

DATA = Path(__file__).parent / "data"
GED = DATA / "GEDEvent_v25_1_SYNTHETIC.csv"

KILLER = """
import os, signal, sys
point = sys.argv[1]
def die(*a, **k):
    os.kill(os.getpid(), signal.SIGKILL)
if point == "rename":
    os.replace = die
elif point == "upsert":
    from khorasan_desktop.data import userdb
    real = userdb.UserStore.upsert_events
    def upsert(self, *a, **k):
        real(self, *a, **k)
        die()
    userdb.UserStore.upsert_events = upsert
from khorasan_desktop.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _run(user: Path, point: str, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", KILLER, point, "--user-dir", str(user), *args]
    env = {**os.environ, paths.USER_DIR_ENV: str(user), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, env=env)


def _cli(user: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run(user, "none", *args)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _temps(*folders: Path) -> list[Path]:
    return sorted(
        f
        for folder in folders
        if folder.is_dir()
        for f in folder.rglob(".*")
        if f.name.endswith((".tmp", ".part"))
    )


def _healthy(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@pytest.fixture
def user(_isolated_user_dir: Path) -> Path:
    store = UserStore(paths.user_db())
    store.set_note("actor-iskp", "a note that must survive")
    store.add_bookmark("actor-iskp", "ISIS-K")
    store.close()
    return _isolated_user_dir


def test_kill_during_import_keeps_the_user_db(user: Path, ref_path: Path) -> None:
    killed = _run(user, "upsert", "--db", str(ref_path), "import", "ucdp", str(GED))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    _healthy(paths.user_db())
    store = UserStore(paths.user_db())
    try:
        assert store.note("actor-iskp") == "a note that must survive"
        assert store.datasets() == [] and store.event_datasets() == []  # all or nothing
    finally:
        store.close()
    assert "before-import" in [b.reason for b in backups.list_backups(paths.user_db())]
    again = _cli(user, "--db", str(ref_path), "import", "ucdp", str(GED))
    assert again.returncode == 0, again.stderr


def test_kill_during_backup_leaves_a_temp_that_the_next_start_removes(
    user: Path, ref_path: Path
) -> None:
    before = _sha(paths.user_db())
    killed = _run(user, "rename", "--db", str(ref_path), "import", "ucdp", str(GED))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    left = _temps(user)
    assert left and all(f.parent.name == "backups" for f in left)
    assert backups.list_backups(paths.user_db()) == []  # no half copy under a backup's name
    _healthy(paths.user_db())
    assert _sha(paths.user_db()) == before
    assert _cli(user, "datasets").returncode == 0
    assert _temps(user) == []


@pytest.mark.parametrize("kind", ["csv", "json", "stix"])
def test_kill_during_export_keeps_the_old_file(
    user: Path, ref_path: Path, tmp_path: Path, kind: str
) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    out = out_dir / f"out.{kind}"
    out.write_text("the previous export\n")
    view = [] if kind == "stix" else ["--view", "events"]
    killed = _run(user, "rename", "--db", str(ref_path), "export", kind, "-o", str(out), *view)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert out.read_text() == "the previous export\n"
    assert len(_temps(out_dir)) == 1
    assert _cli(user, "--db", str(ref_path), "search", "ISKP").returncode == 0
    assert _temps(out_dir) == []
    assert out.read_text() == "the previous export\n"
    _healthy(paths.user_db())


def test_kill_during_pdf_export(user: Path, ref_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    killed = _run(
        user, "rename", "--db", str(ref_path), "export", "pdf", "-o", str(out), "--view", "map"
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not out.exists() and [f.name for f in _temps(tmp_path)] == [".report.pdf.part"]
    assert _cli(user, "--db", str(ref_path), "search", "ISKP").returncode == 0
    assert _temps(tmp_path) == []


def test_kill_during_pack_install(
    user: Path, built_db: Path, tmp_path: Path, trusted_pack_key: Path
) -> None:
    import shutil

    from khorasan_desktop.data.packs import build_pack
    from khorasan_desktop.data.signing import load_private_key

    db = tmp_path / "newer.sqlite"
    shutil.copy(built_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '2099.1.1' WHERE key = 'data_version'")
    conn.close()
    pack = tmp_path / "update.kdpack"
    build_pack(db, pack, load_private_key(trusted_pack_key))
    killed = _run(user, "rename", "install-pack", str(pack))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert paths.reference_db() == paths.bundled_reference_db()
    assert _temps(paths.packs_dir())
    assert _cli(user, "trust-key", "--list").returncode == 0
    assert _temps(user) == []
    done = _cli(user, "install-pack", str(pack))
    assert done.returncode == 0, done.stderr
    assert paths.reference_db().name == "khorasan-2099.1.1.sqlite"
