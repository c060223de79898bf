"""The one atomic file writer: every export (CSV, JSON, STIX, packs) goes through it, so a
failed or cancelled write leaves no partial file and every file gets the same mode."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from khorasan_desktop.data.errors import DataError


def _reason(exc: OSError, folder: Path) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"folder {folder} does not exist"
    if isinstance(exc, NotADirectoryError) or (folder.exists() and not folder.is_dir()):
        return f"{folder} is not a folder"
    if isinstance(exc, PermissionError):
        return f"no permission to write in {folder}"
    return exc.strerror or str(exc)


def _remove(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


@contextlib.contextmanager
def atomic_text(path: Path, newline: str = "") -> Iterator[IO[str]]:
    """A UTF-8 text file in ``path``'s folder, moved over ``path`` only once fully written."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DataError(f"Cannot write {path}: {_reason(exc, folder)}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
        # mkstemp makes the file private (0600); give it the usual mode, or the old file's.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise DataError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        _remove(tmp)
        raise


def write_text(path: Path, text: str) -> None:
    """Write ``text`` atomically with Unix line ends."""
    with atomic_text(path, newline="\n") as fh:
        fh.write(text)
