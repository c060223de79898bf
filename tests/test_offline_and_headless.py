"""No code path opens an internet socket (tests/audit/sitecustomize.py audits the whole
run; these make the STIX path visible), and a start without a display never aborts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_stix_export_and_import_open_no_socket(tmp_path: Path, ref_path: Path) -> None:
    log = tmp_path / "sockets.log"
    env = {**os.environ, "KHORASAN_SOCKET_AUDIT_LOG": str(log)}
    base = [sys.executable, "-m", "khorasan_desktop", "--db", str(ref_path)]
    bundle = tmp_path / "bundle.json"
    for args in (["export", "stix", "-o", str(bundle)], ["import", "stix", str(bundle)]):
        run = subprocess.run(base + args, env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
    assert not log.exists() or log.read_text(encoding="utf-8") == ""
    # The audit itself works: the plain library import, run as app code, is caught.
    app_code = "exec(compile('import stix2', 'khorasan_desktop/probe.py', 'exec'))"
    probe = subprocess.run(
        [sys.executable, "-c", app_code], env=env, capture_output=True, text=True, timeout=60
    )
    assert probe.returncode == 0, probe.stderr
    caught = log.read_text(encoding="utf-8")
    assert "urllib3" in caught and "khorasan_desktop/probe.py" in caught


def test_no_display_gives_a_clear_message_and_exit_2(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    run = subprocess.run(
        [sys.executable, "-m", "khorasan_desktop", "--user-dir", str(tmp_path / "u")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "no display" in run.stderr and "xvfb-run" in run.stderr and "screenshot" in run.stderr
    assert "xcb" not in run.stderr  # not Qt's misleading library message


def test_headless_screenshot_with_damaged_user_data_exits_2(tmp_path: Path, ref_path: Path) -> None:
    """A dialog nobody can close would hang the command: it ends with the message."""
    user = tmp_path / "user"
    user.mkdir()
    damaged = user / "user.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    before = damaged.read_bytes()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "khorasan_desktop",
            "--db",
            str(ref_path),
            "--user-dir",
            str(user),
            "screenshot",
            str(tmp_path / "s.png"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 2, run.stderr
    assert str(damaged) in run.stderr
    assert damaged.read_bytes() == before and not (tmp_path / "s.png").exists()
    assert sorted(p.name for p in user.iterdir()) == ["user.sqlite"]
