"""Drop shared libraries that nothing kept in the frozen build links to (Linux).

PyInstaller collects each Qt plugin with every library it links, and the spec then drops
plugins an offline Widgets app never loads (the GTK theme, TLS, ...). Their libraries
(GTK, cairo, pango, Kerberos, ...) would stay behind; this keeps only the libraries
reachable through the link-time dependencies (DT_NEEDED) of what remains.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterable

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, typecode)


def _is_library(dest: str) -> bool:
    """A dependency library (a candidate for dropping), not a module or a plugin."""
    name = posixpath.basename(dest)
    return (
        name.startswith("lib")
        and ".so" in name
        and "/plugins/" not in "/" + dest
        and not name.startswith("libpython")
    )


def reachable(binaries: Iterable[Entry], needed: Callable[[str], Iterable[str]]) -> list[Entry]:
    """``binaries`` without the libraries no root needs. Roots: Python extension modules,
    Qt plugins, libpython. ``needed(source_path)`` gives a file's DT_NEEDED names."""
    entries = list(binaries)
    files = [e for e in entries if e[2] != "SYMLINK"]
    by_name: dict[str, list[Entry]] = {}
    for entry in files:
        by_name.setdefault(posixpath.basename(entry[0].replace(os.sep, "/")), []).append(entry)
    for entry in entries:  # a symlink answers to its own name too
        if entry[2] == "SYMLINK":
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(entry[0].replace(os.sep, "/")), entry[1])
            )
            for real in files:
                if real[0].replace(os.sep, "/") == target:
                    by_name.setdefault(posixpath.basename(entry[0]), []).append(real)
    keep: set[str] = set()
    todo = [e for e in files if not _is_library(e[0].replace(os.sep, "/"))]
    while todo:
        entry = todo.pop()
        if entry[0] in keep:
            continue
        keep.add(entry[0])
        for name in needed(entry[1]):
            todo.extend(e for e in by_name.get(posixpath.basename(name), []) if e[0] not in keep)
    out = []
    for entry in entries:
        if entry[2] == "SYMLINK":
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(entry[0].replace(os.sep, "/")), entry[1])
            )
            if target in keep or not _is_library(target):
                out.append(entry)
        elif entry[0] in keep:
            out.append(entry)
    return out


def elf_needed(path: str) -> list[str]:
    """DT_NEEDED entries of an ELF file (empty for anything else), read directly."""
    import struct

    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []  # only 64-bit little-endian ELF (the Linux builds)
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads = []
    dynamic = None
    for i in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize
        )
        if p_type == 1:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []

    def offset_of(vaddr: int) -> int | None:
        for start, offset, size in loads:
            if start <= vaddr < start + size:
                return offset + vaddr - start
        return None

    needed_offsets, strtab = [], None
    offset, size = dynamic
    for i in range(size // 16):
        tag, value = struct.unpack_from("<qQ", data, offset + i * 16)
        if tag == 0:
            break
        if tag == 1:
            needed_offsets.append(value)
        elif tag == 5:
            strtab = offset_of(value)
    if strtab is None:
        return []
    names = []
    for value in needed_offsets:
        end = data.index(b"\0", strtab + value)
        names.append(data[strtab + value : end].decode("utf-8", "replace"))
    return names
