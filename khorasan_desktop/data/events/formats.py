"""Source formats of event files (UCDP GED, ACLED) and reading their CSV safely.

A format (:class:`SourceSpec`) names its columns and parses one row into :class:`Parsed`;
the source modules ``data/ucdp.py`` and ``data/acled.py`` define them. :class:`Lines`
and :func:`read_header` refuse a damaged file (not UTF-8, an endless line, a ZIP, a
header that is not the format's) with one message, before anything is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO

from khorasan_desktop.data.errors import DataError

KINDS = ("ucdp", "acled")
FIELD_LIMIT = 8 * 1024 * 1024  # one CSV field; far above any real GED/ACLED field
LINE_LIMIT = FIELD_LIMIT + 65536  # one physical line


@dataclass(frozen=True)
class Parsed:
    """One source row, parsed; ids of our entities are filled in by the importer."""

    ext_id: str
    date_start: str
    date_end: str
    date_precision: str
    country_name: str
    adm1_name: str | None
    place: str | None
    latitude: float | None
    longitude: float | None
    place_precision: str | None
    deaths_low: int | None
    deaths_best: int | None
    deaths_high: int | None
    actor_name: str | None
    actor2_name: str | None
    event_type: str | None
    description: str | None
    source_text: str | None
    stamp: str | None = None  # ISO day the source last changed the row (ACLED timestamp)


@dataclass(frozen=True)
class SourceSpec:
    """What the importer needs to know about one file format."""

    kind: str
    title: str  # for messages: "UCDP GED"
    required: tuple[str, ...]
    optional: tuple[str, ...]
    aliases: Mapping[str, str]  # older column names -> current ones
    parse: Callable[[dict[str, str]], Parsed]  # raises RowError
    default_rules: tuple[tuple[str, str], ...]  # mapping keys -> actor ids, in order
    licence: str
    attribution: Callable[[str | None, str], str]  # (release, file name)
    release: Callable[[str], str | None]  # from the file name
    notes: tuple[str, ...] = ()  # shown in every report (e.g. redistribution terms)


def spec_for(kind: str) -> SourceSpec:
    """The format of ``kind`` (imported late: the source modules import this one)."""
    if kind == "ucdp":
        from khorasan_desktop.data.ucdp import SPEC as UCDP

        return UCDP
    if kind == "acled":
        from khorasan_desktop.data.acled import SPEC as ACLED

        return ACLED
    raise DataError(f"Unknown event data kind {kind!r}: use ucdp or acled.")


class BadFile(DataError):
    """The file as a whole is refused (damaged, truncated, wrong encoding)."""


class Lines(Iterator[str]):
    """Physical lines of a binary file, decoded as UTF-8 one by one (so a decode error has
    a line number), with the byte count for progress and end-of-file facts for truncation."""

    def __init__(self, fh: IO[bytes], label: str) -> None:
        self.fh = fh
        self.label = label
        self.line = 0
        self.bytes = 0
        self.unterminated = False
        self.exhausted = False

    def __iter__(self) -> Lines:
        return self

    def __next__(self) -> str:
        raw = self.fh.readline(LINE_LIMIT)
        if not raw:
            self.exhausted = True
            raise StopIteration
        self.line += 1
        self.bytes += len(raw)
        self.unterminated = not raw.endswith(b"\n")
        if self.unterminated and len(raw) >= LINE_LIMIT:
            raise BadFile(
                f"{self.label}: line {self.line} is longer than {LINE_LIMIT // 1048576} MB; "
                "not a CSV file, or a damaged one. Nothing was imported."
            )
        if self.line == 1:
            raw = self._first_line(raw)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.start + 1].hex()
            raise BadFile(
                f"{self.label}: line {self.line} is not UTF-8 text (byte 0x{bad} at column "
                f"{exc.start + 1}); the file is damaged or was re-saved in another encoding. "
                "Nothing was imported."
            ) from None

    def _first_line(self, raw: bytes) -> bytes:
        """Refuse UTF-16 and ZIP files by their first bytes; drop a UTF-8 byte-order mark."""
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise BadFile(
                f"{self.label} is UTF-16 text; save it as UTF-8 CSV. Nothing was imported."
            )
        if raw.startswith(b"PK\x03\x04"):
            raise BadFile(
                f"{self.label} is a ZIP or Excel file; unpack it or export it as CSV. "
                "Nothing was imported."
            )
        return raw.removeprefix(b"\xef\xbb\xbf")


def read_header(raw: list[str], spec: SourceSpec, label: str) -> list[str]:
    """Column names in the format's current spelling (repeated names numbered ``#2``);
    DataError when a required column is missing, with a hint if it is the other format."""
    names = [spec.aliases.get(h.strip().lower(), h.strip().lower()) for h in raw]
    seen: Counter[str] = Counter()
    out = []
    for n in names:
        seen[n] += 1
        out.append(n if seen[n] == 1 else f"{n}#{seen[n]}")
    missing = [c for c in spec.required if c not in out]
    if missing:
        other = "acled" if spec.kind == "ucdp" else "ucdp"
        hint = ""
        other_spec = spec_for(other)
        if all(c in out for c in other_spec.required):
            hint = f" It looks like {other_spec.title}: use 'import {other}'."
        found = ", ".join(h for h in names[:6] if h) or "nothing"
        raise DataError(
            f"{label} is not a {spec.title} CSV: the header lacks "
            f"{', '.join(missing)} (it starts with {found[:120]}).{hint} Nothing was imported."
        )
    return out
