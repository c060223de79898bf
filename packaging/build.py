"""``bash dev.sh build``: the one-folder build, a .tar.gz of it and a .deb, in dist/.

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR]

Steps: PyInstaller with packaging/khorasan-desktop.spec; strip the Linux libraries (not
numpy's, whose bundled OpenBLAS breaks when stripped); measure; pack the .tar.gz; stage and
build the .deb with dpkg-deb (installs under /opt, a launcher in /usr/bin, the .desktop
entry, icons, AppStream metainfo, the MIME type of update packs). Prints the sizes and the
time of each step and writes them to DIST/build-info.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "packaging"))

import prune  # noqa: E402

from khorasan_desktop import __version__, resources  # noqa: E402

NAME = resources.ICON_NAME  # "khorasan-desktop": folder, binary, launcher, desktop id
SPEC = REPO / "packaging" / "khorasan-desktop.spec"
LINUX = REPO / "packaging" / "linux"
MIME_TYPE = "application/x-khorasan-desktop-pack"
MAX_UNPACKED_MB = 150
# Packages Debian 13 / Ubuntu 24.04 renamed in the 64-bit time_t transition (either name
# satisfies the dependency).
T64_RENAMED = {"libglib2.0-0", "libssl3", "libpng16-16"}
NO_STRIP = ("numpy.libs",)  # under _internal/: auditwheel-patched, stripping breaks them


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder as unpacked on disk, symlinks counted as links."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            total += path.lstat().st_size
            count += 1
    return total, count


def run_pyinstaller(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=REPO,
    )
    return dist / NAME


def remove_dangling_links(folder: Path) -> int:
    """Links PyInstaller made to libraries the spec then left out."""
    dangling = [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    for link in dangling:
        link.unlink()
    return len(dangling)


def strip_libraries(folder: Path) -> int:
    """Strip debug symbols from the ELF files (libpython alone loses 17 MB)."""
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        log("strip not found: libraries left as they are")
        return 0
    internal = folder / "_internal"
    files = [
        str(p)
        for p in folder.rglob("*")
        if p.is_file()
        and not p.is_symlink()
        and not any(internal / skip in p.parents for skip in NO_STRIP)
        and _is_elf(p)
    ]
    for start in range(0, len(files), 200):
        subprocess.run([strip, "--strip-unneeded", *files[start : start + 200]], check=True)
    return len(files)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def _arch() -> tuple[str, str]:
    """(machine for file names, Debian architecture)."""
    machine = platform.machine().lower()
    deb = {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)
    if shutil.which("dpkg"):
        deb = subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return machine, deb


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(folder: Path, out: Path) -> None:
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name, filter=_normalised)


def system_dependencies(folder: Path) -> list[str]:
    """Debian packages providing the libraries the build links but does not ship; a package
    renamed for 64-bit time_t gets both names (libglib2.0-0 | libglib2.0-0t64)."""
    shipped = {p.name for p in folder.rglob("*.so*")}
    wanted: set[str] = set()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            wanted.update(n for n in prune.elf_needed(str(path)) if n not in shipped)
    found = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    where: dict[str, str] = {}  # soname -> path, the first (preferred) one ldconfig lists
    for line in found.splitlines():
        name, _, target = line.strip().partition(" => ")
        if target:
            where.setdefault(name.split(" ", 1)[0], target.strip())
    packages: set[str] = set()
    for soname in sorted(wanted):
        path = where.get(soname)
        owner = None
        for query in [path, f"*/{soname}"] if path else [f"*/{soname}"]:
            out = subprocess.run(
                ["dpkg-query", "-S", str(query)], capture_output=True, text=True
            ).stdout
            if out:
                owner = out.split(":", 1)[0].split(",")[0].strip()
                break
        if owner is None:
            log(f"no package found for {soname}; not in Depends")
            continue
        packages.add(owner)
    out = []
    for package in sorted(packages):
        base = package.removesuffix("t64")
        out.append(f"{base} | {base}t64" if base in T64_RENAMED else package)
    return out


def stage_deb(folder: Path, stage: Path, deb_arch: str, depends: list[str]) -> None:
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / NAME
    shutil.copytree(folder, opt, symlinks=True)
    installs = {
        LINUX / f"{NAME}.sh": stage / "usr" / "bin" / NAME,
        LINUX / f"{NAME}.desktop": stage / "usr" / "share" / "applications" / f"{NAME}.desktop",
        LINUX / f"{NAME}-mime.xml": stage / "usr" / "share" / "mime" / "packages" / f"{NAME}.xml",
        REPO / "resources" / resources.ICON_SVG: stage
        / "usr/share/icons/hicolor/scalable/apps"
        / f"{NAME}.svg",
    }
    for size in resources.ICON_SIZES:
        installs[REPO / "resources" / "icons" / f"{NAME}-{size}.png"] = (
            stage / f"usr/share/icons/hicolor/{size}x{size}/apps/{NAME}.png"
        )
    for src, dest in installs.items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)
    launcher = stage / "usr" / "bin" / NAME
    launcher.chmod(0o755)
    metainfo = (LINUX / f"{NAME}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", __version__).replace(
        "@DATE@", dt.date.today().isoformat()
    )
    meta_dest = stage / "usr" / "share" / "metainfo" / f"{NAME}.metainfo.xml"
    meta_dest.parent.mkdir(parents=True, exist_ok=True)
    meta_dest.write_text(metainfo, encoding="utf-8")
    doc = stage / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "\n\n".join(
            (REPO / name).read_text(encoding="utf-8")
            for name in ("LICENSE.md", "resources/DATA-LICENCES.md", "resources/fonts/LICENSES.md")
        ),
        encoding="utf-8",
    )
    for path in stage.rglob("*"):  # dpkg wants 0755 folders and no group/other writes
        if path.is_dir():
            path.chmod(0o755)
        elif path.is_file() and not path.is_symlink():
            mode = path.stat().st_mode
            path.chmod(0o755 if mode & stat.S_IXUSR else 0o644)
    size_kib = sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir()) // 1024
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {__version__}\n"
        f"Architecture: {deb_arch}\n"
        "Maintainer: Khorasan Desktop <khorasan-desktop@localhost>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: Offline reference on ISIS-K and its region\n"
        " An offline desktop reference for analysts who follow ISIS-K (Islamic State\n"
        " Khorasan Province) and the militant landscape of Afghanistan and its\n"
        " neighbours: cited facts, relation graphs, attack-count charts, an offline map,\n"
        " PDF and STIX exports. It never opens a network connection.\n",
        encoding="utf-8",
    )


def build_deb(stage: Path, out: Path) -> None:
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=REPO / "build", help="scratch folder")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    for path in (dist / NAME, work / "pyinstaller", work / "deb"):
        if path.exists():
            shutil.rmtree(path)
    dist.mkdir(parents=True, exist_ok=True)
    times: dict[str, float] = {}
    machine, deb_arch = _arch()

    start = time.monotonic()
    log("PyInstaller one-folder build (packaging/khorasan-desktop.spec)")
    folder = run_pyinstaller(dist, work)
    times["pyinstaller_s"] = time.monotonic() - start

    step = time.monotonic()
    remove_dangling_links(folder)
    stripped = strip_libraries(folder)
    times["strip_s"] = time.monotonic() - step
    size, files = folder_size(folder)
    log(f"{folder}: {size / 1e6:.1f} MB unpacked in {files} files ({stripped} stripped)")

    step = time.monotonic()
    tarball = dist / f"{NAME}-{__version__}-linux-{machine}.tar.gz"
    log(f"packing {tarball.name}")
    make_tarball(folder, tarball)
    times["tarball_s"] = time.monotonic() - step

    deb: Path | None = None
    if shutil.which("dpkg-deb") and shutil.which("dpkg-query"):
        step = time.monotonic()
        deb = dist / f"{NAME}_{__version__}_{deb_arch}.deb"
        log(f"building {deb.name} with dpkg-deb")
        stage_deb(folder, work / "deb", deb_arch, system_dependencies(folder))
        build_deb(work / "deb", deb)
        times["deb_s"] = time.monotonic() - step
    else:
        log("dpkg-deb not found (not a Debian/Ubuntu system): no .deb")
    times["total_s"] = time.monotonic() - start

    info = {
        "version": __version__,
        "folder": str(folder),
        "unpacked_bytes": size,
        "files": files,
        "tarball": str(tarball),
        "tarball_bytes": tarball.stat().st_size,
        "deb": str(deb) if deb else None,
        "deb_bytes": deb.stat().st_size if deb else None,
        **{k: round(v, 1) for k, v in times.items()},
    }
    (dist / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    log(
        f"done in {times['total_s']:.0f} s: {size / 1e6:.1f} MB unpacked, "
        f"{files} files; {tarball.name} {info['tarball_bytes'] / 1e6:.1f} MB"
        + (f"; {deb.name} {info['deb_bytes'] / 1e6:.1f} MB" if deb else "")
    )
    if size > MAX_UNPACKED_MB * 1e6:
        log(f"warning: larger than the {MAX_UNPACKED_MB} MB target")
    os.sync()
    return 0


if __name__ == "__main__":
    sys.exit(main())
