"""The installed wheel carries the database and resources and runs from a fresh venv."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_searches(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        check=True,
        timeout=600,
    )
    wheel = next(dist.glob("khorasan_desktop-*.whl"))
    import zipfile

    with zipfile.ZipFile(wheel) as whl:
        names = set(whl.namelist())
        metadata = whl.read("khorasan_desktop-0.1.0.dist-info/METADATA").decode()
    assert "License-Expression: LicenseRef-Proprietary" in metadata
    for licence in ("LICENSE.md", "resources/DATA-LICENCES.md", "resources/fonts/LICENSES.md"):
        assert f"License-File: {licence}" in metadata
        assert f"khorasan_desktop-0.1.0.dist-info/licenses/{licence}" in names
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=900)
    exe = env_dir / "bin" / "khorasan-desktop"
    out = subprocess.run(
        [str(exe), "search", "ISKP", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)
    assert hits[0]["id"] == "actor-iskp" and hits[0]["matched"] == "alias: ISKP"
    where = subprocess.run(
        [
            str(py),
            "-c",
            "from khorasan_desktop import paths; print(paths.reference_db()); "
            "print(paths.resources_dir())",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout.split()
    db, resources = Path(where[0]), Path(where[1])
    assert "_bundled" in db.parts and db.exists()
    assert "_bundled" in resources.parts
    from khorasan_desktop import resources as res

    for asset in res.REQUIRED_ASSETS:
        assert (resources / asset).exists(), asset
