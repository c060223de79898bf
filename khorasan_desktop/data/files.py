"""The one atomic file writer: every export (CSV, JSON, STIX, packs) goes through it, so a
failed or cancelled write leaves no partial file and every file gets the same mode.

Every temporary file a write makes (here, in packs, PDF reports, backups) is recorded by
:func:`tracked` in ``<user data>/pending/`` with the writer's process id while it exists.
A process killed mid-write (kill -9, power loss) leaves its record behind, and the next
start (:func:`clean_stale_temps`) removes the temporary file it names once that process is
gone: no stale ``.name.XXXX.tmp`` stays beside an export or in the data folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from khorasan_desktop import paths
from khorasan_desktop.data.errors import DataError

PENDING_DIRNAME = "pending"
_TEMP_SUFFIXES = (".tmp", ".part")


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
        with tracked(Path(tmp)):
            with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
                yield fh
            # mkstemp makes the file private (0600); give it the usual mode, or the old one's.
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


def _pending_dir() -> Path:
    return paths.user_data_dir() / PENDING_DIRNAME


@contextlib.contextmanager
def tracked(tmp: Path) -> Iterator[None]:
    """Record ``tmp`` as being written by this process until the block ends (best effort:
    an unwritable data folder just means no record)."""
    record: str | None = None
    folder = _pending_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(exist_ok=True)  # in an existing data folder only: never make one here
        fd, record = tempfile.mkstemp(prefix="w-", suffix=".txt", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()}\n{Path(tmp).resolve()}\n")
    try:
        yield
    finally:
        if record is not None:
            _remove(record)
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty: no other write in progress


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's) or cannot tell: leave it
    return True


def clean_stale_temps() -> list[Path]:
    """Remove temporary files left by writers that died (see the module doc); the
    temporary files removed. Only hidden files ending in .tmp or .part are touched."""
    folder = _pending_dir()
    if not folder.is_dir():
        return []
    gone: list[Path] = []
    for record in folder.glob("w-*.txt"):
        try:
            pid_text, name = record.read_text(encoding="utf-8").splitlines()[:2]
            pid = int(pid_text)
        except (OSError, ValueError):
            _remove(str(record))
            continue
        if _alive(pid):
            continue
        tmp = Path(name)
        if tmp.name.startswith(".") and tmp.name.endswith(_TEMP_SUFFIXES):
            with contextlib.suppress(OSError):
                if tmp.is_file() and not tmp.is_symlink():
                    tmp.unlink()
                    gone.append(tmp)
        _remove(str(record))
    return gone
