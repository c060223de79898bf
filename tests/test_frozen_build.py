"""Smoke test of the installed builds: `packaging/build.py` (what `bash dev.sh build` runs)
makes the one-folder build, the .tar.gz and the .deb; the frozen binary runs the commands
headless, and the .deb unpacked into a scratch root has its launcher, desktop entry, icons,
metainfo and MIME type. Slow (a PyInstaller build, about two minutes on two cores)."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from khorasan_desktop import __version__, resources

REPO = Path(__file__).resolve().parent.parent
NAME = resources.ICON_NAME
# The budget. Pack signatures are checked by core/ed25519.py, so the build leaves
# cryptography out (its Rust binding alone is 11 MB).
MAX_UNPACKED = 150 * 10**6

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build only"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "build.py"),
            "--dist",
            str(root / "dist"),
            "--work",
            str(root / "work"),
        ],
        check=True,
        timeout=1800,
    )
    info = json.loads((root / "dist" / "build-info.json").read_text(encoding="utf-8"))
    info["root"] = root
    return info


def _run(info: dict[str, object], *argv: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(str(info["folder"])) / NAME
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", KHORASAN_DESKTOP_USER_DIR=str(tmp / "user"))
    return subprocess.run(
        [str(exe), *argv], capture_output=True, text=True, env=env, timeout=180, cwd=tmp
    )


def test_build_is_lean(built: dict[str, object]) -> None:
    folder = Path(str(built["folder"]))
    size = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())
    assert size == built["unpacked_bytes"]
    assert size <= MAX_UNPACKED, f"{size / 1e6:.1f} MB unpacked"
    names = {p.name for p in folder.rglob("*")}
    for absent in ("libqgtk3.so", "libqopensslbackend.so", "libQt6Network.so.6", "libQt6Qml.so.6"):
        assert absent not in names, absent
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    bundled = folder / "_internal" / "khorasan_desktop" / "_bundled"
    for asset in resources.REQUIRED_ASSETS:
        assert (bundled / "resources" / asset).is_file(), asset
    assert (bundled / "db" / "khorasan.sqlite").is_file()


def test_frozen_binary_runs_headless(built: dict[str, object], tmp_path: Path) -> None:
    version = _run(built, "--version", tmp=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith(f"khorasan-desktop {__version__}, data ")
    search = _run(built, "search", "ISKP", "--json", tmp=tmp_path)
    assert search.returncode == 0, search.stderr
    hits = json.loads(search.stdout)
    assert hits[0]["id"] == "actor-iskp" and hits[0]["matched"] == "alias: ISKP"
    for view in ("page", "relations", "chart", "map"):
        out = tmp_path / f"{view}.png"
        shot = _run(built, "screenshot", str(out), "--view", view, tmp=tmp_path)
        assert shot.returncode == 0 and shot.stderr == "", (view, shot.stderr)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
    pdf = tmp_path / "report.pdf"
    report = _run(
        built,
        "export",
        "pdf",
        "-o",
        str(pdf),
        "--view",
        "entity:ISIS-K",
        "--view",
        "chart:by=quarter",
        "--view",
        "map",
        "--view",
        "relations:ISIS-K",
        tmp=tmp_path,
    )
    assert report.returncode == 0 and report.stderr == "", report.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"
    # The interface's translations are in the build (and Qt's Persian words for Dari).
    folder = Path(str(built["folder"]))
    for qm in ("khorasan_fa_AF.qm", "khorasan_ps.qm", "qtbase_fa.qm"):
        assert list(folder.rglob(qm)), qm
    dari = tmp_path / "dari.png"
    shot = _run(built, "screenshot", str(dari), "--language", "fa_AF", tmp=tmp_path)
    assert shot.returncode == 0 and shot.stderr == "", shot.stderr
    dari_pdf = tmp_path / "dari.pdf"
    made = _run(
        built,
        "export",
        "pdf",
        "-o",
        str(dari_pdf),
        "--language",
        "ps",
        "--view",
        "map",
        tmp=tmp_path,
    )
    assert made.returncode == 0 and made.stderr == "", made.stderr


def test_frozen_binary_checks_packs_and_exchanges_stix(
    built: dict[str, object], tmp_path: Path, pack_key: Path
) -> None:
    """Without a cryptography library: a signed pack installs once its key is trusted, an
    altered one is refused, signing says where the publisher tools are; STIX goes out and
    back in (its library loads without the HTTP stack the build leaves out)."""
    import zipfile

    pack = tmp_path / "p.kdpack"
    made = subprocess.run(
        [sys.executable, "-m", "khorasan_desktop", "--user-dir", str(tmp_path / "publisher"),
         "build-pack", "-o", str(pack), "--key", str(pack_key), "--changes", "smoke"],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    unknown = _run(built, "install-pack", str(pack), tmp=tmp_path)
    assert unknown.returncode == 2 and "unknown key" in unknown.stderr, unknown.stderr
    public = str(pack_key.with_name("publisher.pub.pem"))
    assert _run(built, "trust-key", public, tmp=tmp_path).returncode == 0
    altered = tmp_path / "altered.kdpack"
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(altered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                data = data.replace(b"smoke", b"smoky")
            dst.writestr(item, data)
    refused = _run(built, "install-pack", str(altered), tmp=tmp_path)
    assert refused.returncode == 2 and "does not match" in refused.stderr, refused.stderr
    installed = _run(built, "install-pack", str(pack), tmp=tmp_path)
    assert installed.returncode == 0, installed.stderr
    signing = _run(built, "make-key", str(tmp_path / "k.pem"), tmp=tmp_path)
    assert signing.returncode == 2 and "publisher tools" in signing.stderr, signing.stderr

    bundle = tmp_path / "bundle.json"
    out = _run(built, "export", "stix", "-o", str(bundle), tmp=tmp_path)
    assert out.returncode == 0 and bundle.stat().st_size > 10_000, out.stderr
    back = _run(built, "import", "stix", str(bundle), tmp=tmp_path)
    assert back.returncode == 0, back.stderr


def test_tarball_holds_the_folder(built: dict[str, object]) -> None:
    with tarfile.open(str(built["tarball"])) as tar:
        members = {m.name: m for m in tar.getmembers()}
    exe = members[f"{NAME}/{NAME}"]
    assert exe.isfile() and exe.mode & 0o111 and exe.uid == 0
    assert f"{NAME}/_internal/khorasan_desktop/_bundled/db/khorasan.sqlite" in members


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="no dpkg-deb: no .deb is built")
def test_deb_installs_launcher_desktop_entry_icons(
    built: dict[str, object], tmp_path: Path
) -> None:
    deb = Path(str(built["deb"]))
    assert deb.name.startswith(f"{NAME}_{__version__}_") and deb.suffix == ".deb"
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Package: {NAME}" in fields and f"Version: {__version__}" in fields
    assert "libglib2.0-0 | libglib2.0-0t64" in fields
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)

    launcher = root / "usr" / "bin" / NAME
    assert launcher.is_file() and os.access(launcher, os.X_OK)
    target = launcher.read_text().split("exec ", 1)[1].split()[0]
    assert target == f"/opt/{NAME}/{NAME}"
    assert (root / target.lstrip("/")).is_file()

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(root / "usr/share/applications" / f"{NAME}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Khorasan Desktop"
    assert desktop["Exec"].split()[0] == NAME and "%f" in desktop["Exec"]
    assert desktop["Icon"] == NAME
    assert "application/x-khorasan-desktop-pack" in desktop["MimeType"].split(";")

    icons = root / "usr/share/icons/hicolor"
    assert (icons / "scalable/apps" / f"{NAME}.svg").is_file()
    for size in resources.ICON_SIZES:
        assert (icons / f"{size}x{size}/apps" / f"{NAME}.png").is_file(), size

    meta = ET.parse(root / "usr/share/metainfo" / f"{NAME}.metainfo.xml").getroot()
    assert meta.findtext("launchable") == f"{NAME}.desktop"
    assert meta.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    mime = ET.parse(root / "usr/share/mime/packages" / f"{NAME}.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-khorasan-desktop-pack"
    assert kind.find("m:glob", ns).get("pattern") == "*.kdpack"  # type: ignore[union-attr]
    assert "Natural Earth" in (root / "usr/share/doc" / NAME / "copyright").read_text()

    # the unpacked copy runs from its own place
    installed = subprocess.run(
        [str(root / target.lstrip("/")), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KHORASAN_DESKTOP_USER_DIR": str(tmp_path / "u")},
    )
    assert installed.returncode == 0 and __version__ in installed.stdout, installed.stderr
    shutil.rmtree(root)
