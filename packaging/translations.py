"""Refresh the translation sources and build the compiled translations.

``pyside6-lupdate`` reads every ``translate("Context", "text")`` (and ``QT_TRANSLATE_NOOP``)
call of the package into ``resources/translations/khorasan_<lang>.ts``, keeping the
translations already there and dropping messages the code no longer has; then
``pyside6-lrelease`` compiles each to the ``.qm`` file the application loads. Run it after
changing interface words (``bash dev.sh translations``), translate the new messages in
the ``.ts`` files (Qt Linguist, or any editor), and run it again; commit both.
``--check`` changes nothing and fails if a ``.ts`` or ``.qm`` is out of date.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "khorasan_desktop"
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("fa_AF", "ps")


def _tool(name: str) -> str:
    """The PySide6 wrapper next to this Python (the virtual environment's bin/)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the package with its dependencies")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in PACKAGE.rglob("*.py"))


def update(ts: Path, language: str) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",  # no line numbers: an edit elsewhere in a file leaves the .ts alone
            "-source-language",
            "en",
            "-target-language",
            language,
            "-silent",
            "-ts",
            str(ts),
        ],
        cwd=REPO,
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=REPO, check=True
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    stale = []
    for lang in LANGUAGES:
        ts, qm = FOLDER / f"khorasan_{lang}.ts", FOLDER / f"khorasan_{lang}.qm"
        if not args.check:
            update(ts, lang)
            release(ts, qm)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh_ts, fresh_qm = Path(tmp) / ts.name, Path(tmp) / qm.name
            shutil.copy(ts, fresh_ts)
            update(fresh_ts, lang)
            release(ts, fresh_qm)
            if fresh_ts.read_bytes() != ts.read_bytes():
                stale.append(f"{ts.name} (run: python packaging/translations.py)")
            if not qm.exists() or fresh_qm.read_bytes() != qm.read_bytes():
                stale.append(f"{qm.name} (run: python packaging/translations.py)")
    for line in stale:
        print(f"out of date: {line}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
