"""Import event data sets (UCDP GED, ACLED) from CSV into the user database, and count them.

An import streams the CSV (``csv`` over the open file, rows written in batches with
``executemany``), so memory stays flat for a 300 MB global GED file. The whole import is
one transaction: a cancel, a crash, a refused file or any error leaves the user database
exactly as it was. Rows are keyed by the source's own id (UCDP ``id``, ACLED
``event_id_cnty``): importing a file again under the same data set name updates the rows
in place, adds new ones and drops the ones no longer in the file; it never duplicates.

Two levels of trouble:

* a bad *row* (a date that is not a date, a number that is not a number, too few or too
  many fields, no id) is skipped and reported with its line number and the reason;
* a bad *file* is refused with one clear message and nothing is written: a header that is
  not the format's, text that is not UTF-8 (with the line), a file that ends inside a row
  (truncated download), a field over :data:`FIELD_LIMIT` (an unclosed quote), a file with
  no usable row. Importing part of a damaged file would give silently wrong counts.

Dates keep their precision (see :func:`span_precision` and the source modules); the chart
bins accept ``day``/``month`` for months, plus ``quarter`` for quarters and ``year`` for
years, and anything coarser is counted apart as "imprecise", as for the reference data.

Actors are mapped to reference actor ids by an explicit, editable mapping (see
:class:`ActorMapping`); unmapped actors keep their source names. Provinces are matched on
the reference's names and aliases of the event's country (see :class:`PlaceLookup`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from khorasan_desktop.core import dates
from khorasan_desktop.core.models import Counts
from khorasan_desktop.core.normalize import compact, normalize
from khorasan_desktop.data.browse import IncidentPlace, PlaceIncident
from khorasan_desktop.data.errors import BadQuery, DataError
from khorasan_desktop.data.reference import _FITS, _PERIOD_SQL, BINS, CountFilter, Reference
from khorasan_desktop.data.userdb import UserStore

KINDS = ("ucdp", "acled")
FIELD_LIMIT = 8 * 1024 * 1024  # one CSV field; far above any real GED/ACLED field
LINE_LIMIT = FIELD_LIMIT + 65536  # one physical line
BATCH = 2000
MAX_LISTED = 100  # bad/duplicate lines listed one by one in a report (all are counted)

Progress = Callable[[int, int], None] | None  # (bytes read, file size)
Cancelled = Callable[[], bool] | None


class ImportCancelled(DataError):
    """The user cancelled an import; nothing was written."""


class RowError(ValueError):
    """A row that cannot be imported (the message is the reason)."""


# -- dates ---------------------------------------------------------------------------------
_PREC_ORDER = ("day", "month", "quarter", "year", "period")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d*)?)?Z?)?$")


def iso_day(text: str, what: str = "date") -> str:
    """``2018-03-04`` from ``2018-03-04`` or ``2018-03-04 00:00:00.000``; RowError else."""
    m = _ISO.match(text.strip())
    if not m:
        raise RowError(f"{what} {text.strip()[:40]!r} is not YYYY-MM-DD")
    return checked_day(int(m[1]), int(m[2]), int(m[3]), text, what)


def checked_day(year: int, month: int, day: int, text: str, what: str = "date") -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise RowError(f"{what} {text.strip()[:40]!r} is not a calendar day") from None


def span_precision(start: str, end: str) -> str:
    """The finest calendar period that holds the whole range: ``day`` (one day), ``month``,
    ``quarter``, ``year``, else ``period`` (the range crosses a year boundary)."""
    if start == end:
        return "day"
    if start[:7] == end[:7]:
        return "month"
    if start[:4] == end[:4]:
        q1 = (int(start[5:7]) - 1) // 3
        q2 = (int(end[5:7]) - 1) // 3
        return "quarter" if q1 == q2 else "year"
    return "period"


def coarser(a: str, b: str) -> str:
    return a if _PREC_ORDER.index(a) >= _PREC_ORDER.index(b) else b


def month_bounds(day: str) -> tuple[str, str]:
    fd = dates.parse(day[:7])
    assert fd.start and fd.end
    return fd.start, fd.end


def to_int(text: str, what: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(f"{what} {text[:20]!r} is not a number") from None
    if value != value or value < 0 or value != int(value):
        raise RowError(f"{what} {text[:20]!r} is not a whole number")
    return int(value)


def to_coord(text: str, what: str, limit: float) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(f"{what} {text[:20]!r} is not a number") from None
    if not -limit <= value <= limit:
        raise RowError(f"{what} {value} is out of range")
    return value


# -- source formats ------------------------------------------------------------------------
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
    if kind == "ucdp":
        from khorasan_desktop.data.ucdp import SPEC as UCDP

        return UCDP
    if kind == "acled":
        from khorasan_desktop.data.acled import SPEC as ACLED

        return ACLED
    raise DataError(f"Unknown event data kind {kind!r}: use ucdp or acled.")


# -- actor mapping -------------------------------------------------------------------------
@dataclass(frozen=True)
class MappingRule:
    """``key`` as written in the mapping: ``NAME``, ``NAME @ COUNTRY``, ``re:PATTERN`` or
    ``re:PATTERN @ COUNTRY``. ``actor_id`` None keeps the source name (no mapping)."""

    key: str
    actor_id: str | None
    actor_name: str | None
    origin: str  # 'default' or 'custom'
    pattern: re.Pattern[str] | None
    name_norm: str | None
    country_norm: str | None

    @property
    def rank(self) -> int:
        return (2 if self.pattern else 0) + (0 if self.country_norm else 1)

    def matches(self, name: str, name_norm: str, country_norm: str) -> bool:
        if self.country_norm and self.country_norm != country_norm:
            return False
        if self.pattern is not None:
            return self.pattern.search(name) is not None
        return self.name_norm == name_norm


def _rule(key: str, actor_id: str | None, actor_name: str | None, origin: str) -> MappingRule:
    body, country = key, None
    if " @ " in key:
        body, country = key.rsplit(" @ ", 1)
    body = body.strip()
    pattern = None
    if body.startswith("re:"):
        try:
            pattern = re.compile(body[3:], re.IGNORECASE)
        except re.error as exc:
            raise DataError(f"Actor mapping: bad pattern in {key!r}: {exc}") from None
    elif not body:
        raise DataError(f"Actor mapping: empty source name in {key!r}.")
    return MappingRule(
        key=key,
        actor_id=actor_id,
        actor_name=actor_name,
        origin=origin,
        pattern=pattern,
        name_norm=None if pattern else normalize(body),
        country_norm=_country_norm(country) if country else None,
    )


def _country_norm(name: str) -> str:
    """Country names compared without parenthesised former names: 'Russia (Soviet Union)'."""
    return normalize(re.sub(r"\s*\(.*?\)\s*", " ", name))


@dataclass
class ActorMapping:
    """How source actor names become our actor ids. Shown before an import
    (``--show-mapping``, :meth:`lines`, :meth:`to_json` for the GUI), editable as a JSON
    file ``{"source name": "actor id"}`` (:func:`load_mapping_file`), stored with the
    imported data set. Precedence: an exact name for the event's country, an exact name,
    a pattern for the country, a pattern; in each group the first rule wins."""

    kind: str
    rules: list[MappingRule]
    _cache: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)

    def resolve(self, name: str, country_norm: str) -> str | None:
        key = (name, country_norm)
        if key in self._cache:
            return self._cache[key]
        norm = normalize(name)
        found: str | None = None
        for rule in sorted(self.rules, key=lambda r: r.rank):
            if rule.matches(name, norm, country_norm):
                found = rule.actor_id
                break
        if len(self._cache) < 100_000:
            self._cache[key] = found
        return found

    def to_json(self) -> dict[str, str | None]:
        """The mapping in the ``--mapping`` file format (save, edit, pass back)."""
        return {r.key: r.actor_id for r in self.rules}

    def lines(self) -> list[str]:
        width = max((len(r.key) for r in self.rules), default=0)
        out = [f"{self.kind.upper()} actor mapping (source name -> our actor):"]
        for r in self.rules:
            target = f"{r.actor_id} ({r.actor_name})" if r.actor_id else "(kept as in source)"
            out.append(f"  {r.key.ljust(width)}  ->  {target}  [{r.origin}]")
        out.append(
            "Other actors are kept under their source names. 'NAME @ COUNTRY' applies in that "
            "country only; 're:' starts a pattern (case-insensitive)."
        )
        return out


def reference_actors(ref: Reference) -> dict[str, str]:
    return {
        r[0]: r[1] for r in ref.db.execute("SELECT id, name FROM entities WHERE kind = 'actor'")
    }


def load_mapping_file(path: Path) -> dict[str, str | None]:
    """A JSON object ``{"source name": "actor id or name" | null}``; DataError otherwise."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DataError(f"Mapping file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"Cannot read mapping file {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise DataError(f"Mapping file {path} is not valid JSON (line {exc.lineno}).") from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise DataError(
            f'Mapping file {path} must be one JSON object {{"source name": "actor id"}}.'
        )
    return {k: (v or None) for k, v in data.items()}


def actor_mapping(
    kind: str, ref: Reference, custom: Mapping[str, str | None] | None = None
) -> ActorMapping:
    """The mapping an import of ``kind`` would use: the defaults whose actor exists in the
    reference, then ``custom`` (same key: replaces the default; new key: added; value None:
    keep the source name). Custom values may be actor ids or names (resolved like search)."""
    spec = spec_for(kind)
    actors = reference_actors(ref)
    rules: dict[str, MappingRule] = {}
    for key, default_id in spec.default_rules:
        if default_id in actors:
            rules[key] = _rule(key, default_id, actors[default_id], "default")
    bad: list[str] = []
    for key, value in (custom or {}).items():
        actor_id: str | None = value
        if value is not None and value not in actors:
            try:
                actor_id = ref.resolve(value, "actor")
            except DataError:
                bad.append(f"{key!r}: {value!r}")
                continue
        rules[key] = _rule(key, actor_id, actors.get(actor_id or ""), "custom")
    if bad:
        raise DataError("Actor mapping names actors not in the reference: " + "; ".join(bad))
    return ActorMapping(kind, list(rules.values()))


# -- places --------------------------------------------------------------------------------
# Spellings used by UCDP/ACLED that the reference's names and aliases do not fold to.
EXTRA_PROVINCE_SPELLINGS = {
    "maidan wardak": "wardak",
    "maydan wardak": "wardak",
    "oruzgan": "uruzgan",
    "urozgan": "uruzgan",
    "kondoz": "kunduz",
    "konar": "kunar",
    "qandahar": "kandahar",
    "zabol": "zabul",
    "parvan": "parwan",
    "ghowr": "ghor",
    "bamiyan": "bamyan",
    "dai kundi": "daykundi",
    "kurdistan": "kordestan",
    "west azerbaijan": "west azarbaijan",
    "east azerbaijan": "east azarbaijan",
    "isfahan": "esfahan",
    "ardabil": "ardebil",
    "kohgiluyeh and boyer ahmad": "kohgiluyeh and buyer ahmad",
    "chaharmahal and bakhtiari": "chahar mahall and bakhtiari",
}
_PROV_PREFIX = re.compile(r"^(wilayat e |wilayat |province of )")
_PROV_SUFFIX = re.compile(r" (province|provinces|prov)$")


def _province_key(name: str) -> str:
    return _PROV_SUFFIX.sub("", _PROV_PREFIX.sub("", normalize(name)))


class PlaceLookup:
    """Countries and provinces of the reference, found by name, alias or spelling variant."""

    def __init__(self, ref: Reference) -> None:
        self.countries: dict[str, str] = {}
        self.provinces: dict[tuple[str, str], str] = {}
        rows = ref.db.execute(
            "SELECT n.entity_id, n.name, e.subtype, r.parent_id FROM names n "
            "JOIN entities e ON e.id = n.entity_id JOIN regions r ON r.entity_id = e.id "
            "WHERE e.kind = 'region' AND e.subtype IN ('country', 'province')"
        ).fetchall()
        for ent_id, name, subtype, parent in rows:
            if subtype == "country":
                self.countries.setdefault(_country_norm(name), ent_id)
                self.countries.setdefault(compact(name), ent_id)
            elif parent:
                key = _province_key(name)
                self.provinces.setdefault((parent, key), ent_id)
                self.provinces.setdefault((parent, key.replace(" ", "")), ent_id)
        self.with_provinces = {c for c, _ in self.provinces}
        self._cache: dict[tuple[str, str], str | None] = {}

    def country(self, name: str) -> str | None:
        if not name:
            return None
        return self.countries.get(_country_norm(name)) or self.countries.get(compact(name))

    def province(self, country_id: str, name: str) -> str | None:
        ck = (country_id, name)
        if ck in self._cache:
            return self._cache[ck]
        key = _province_key(name)
        key = EXTRA_PROVINCE_SPELLINGS.get(key, key)
        found = self.provinces.get((country_id, key)) or self.provinces.get(
            (country_id, key.replace(" ", ""))
        )
        if len(self._cache) < 100_000:
            self._cache[ck] = found
        return found


# -- report --------------------------------------------------------------------------------
@dataclass
class EventImportReport:
    dataset: str
    kind: str
    source_file: str
    release: str | None = None
    licence: str | None = None
    attribution: str | None = None
    replaced: bool = False  # the data set existed: rows updated in place
    rows_read: int = 0  # data records read (bad ones included)
    inserted: int = 0
    updated: int = 0
    removed: int = 0  # rows of the earlier import no longer in the file
    row_count: int = 0  # rows in the data set after the import
    date_from: str | None = None
    date_to: str | None = None
    skipped: int = 0
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    skipped_lines: list[tuple[int, str]] = field(default_factory=list)  # first MAX_LISTED
    duplicates: int = 0  # ids seen again in the file: the later row replaced the earlier
    duplicate_lines: list[int] = field(default_factory=list)
    unmapped_provinces: dict[str, int] = field(default_factory=dict)  # "Country / adm1": n
    outside_reference: int = 0  # events in countries without reference provinces
    actors_mapped: dict[str, int] = field(default_factory=dict)  # "name -> id": n
    actors_unmapped: dict[str, int] = field(default_factory=dict)  # most frequent first
    actors_unmapped_total: int = 0  # distinct unmapped names
    columns_missing: list[str] = field(default_factory=list)
    columns_extra: list[str] = field(default_factory=list)
    precision: dict[str, int] = field(default_factory=dict)  # date precision: n
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        verb = "updated" if self.replaced else "imported"
        out = [
            f"{verb} {self.kind.upper()} data set {self.dataset!r} from {self.source_file}: "
            f"{self.row_count} events ({self.inserted} new, {self.updated} updated"
            + (f", {self.removed} removed as no longer in the file" if self.removed else "")
            + f"), {self.date_from or '?'} to {self.date_to or '?'}, {self.seconds:.1f} s"
        ]
        if self.release:
            out.append(f"release: {self.release}")
        out.append(f"attribution: {self.attribution}")
        if self.precision:
            out.append(
                "date precision: " + ", ".join(f"{k} {v}" for k, v in self.precision.items())
            )
        if self.columns_missing:
            out.append("columns missing (left empty): " + ", ".join(self.columns_missing))
        if self.columns_extra:
            out.append("columns not used (kept in the raw row): " + ", ".join(self.columns_extra))
        if self.skipped:
            out.append(
                f"skipped {self.skipped} bad rows: "
                + "; ".join(f"{r} ({n})" for r, n in self.skipped_reasons.items())
            )
            out += [f"  line {line}: {why}" for line, why in self.skipped_lines]
            if self.skipped > len(self.skipped_lines):
                out.append(f"  ... {self.skipped - len(self.skipped_lines)} more")
        if self.duplicates:
            shown = ", ".join(map(str, self.duplicate_lines))
            more = " ..." if self.duplicates > len(self.duplicate_lines) else ""
            out.append(
                f"{self.duplicates} rows repeat an id seen earlier in the file (the later row "
                f"was kept): lines {shown}{more}"
            )
        if self.actors_mapped:
            out.append("actors mapped to the reference:")
            out += [f"  {k}: {n}" for k, n in self.actors_mapped.items()]
        if self.actors_unmapped:
            out.append(
                f"actors kept under their source names ({self.actors_unmapped_total}), "
                "most frequent: "
                + ", ".join(f"{k} ({n})" for k, n in list(self.actors_unmapped.items())[:15])
            )
        if self.unmapped_provinces:
            out.append("provinces not found in the reference (events kept without province):")
            out += [f"  {k}: {n}" for k, n in self.unmapped_provinces.items()]
        if self.outside_reference:
            out.append(
                f"{self.outside_reference} events in countries the reference has no provinces "
                "for (kept, country by name only)"
            )
        out += self.warnings
        return out


# -- reading -------------------------------------------------------------------------------
class _BadFile(DataError):
    pass


class _Lines(Iterator[str]):
    """Physical lines of a binary file, decoded as UTF-8 one by one (so a decode error has
    a line number), with the byte count for progress and end-of-file facts for truncation."""

    def __init__(self, fh: IO[bytes], label: str) -> None:
        self.fh = fh
        self.label = label
        self.line = 0
        self.bytes = 0
        self.unterminated = False
        self.exhausted = False

    def __iter__(self) -> _Lines:
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
            raise _BadFile(
                f"{self.label}: line {self.line} is longer than {LINE_LIMIT // 1048576} MB; "
                "not a CSV file, or a damaged one. Nothing was imported."
            )
        if self.line == 1:
            if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise _BadFile(
                    f"{self.label} is UTF-16 text; save it as UTF-8 CSV. Nothing was imported."
                )
            if raw.startswith(b"PK\x03\x04"):
                raise _BadFile(
                    f"{self.label} is a ZIP or Excel file; unpack it or export it as CSV. "
                    "Nothing was imported."
                )
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.start + 1].hex()
            raise _BadFile(
                f"{self.label}: line {self.line} is not UTF-8 text (byte 0x{bad} at column "
                f"{exc.start + 1}); the file is damaged or was re-saved in another encoding. "
                "Nothing was imported."
            ) from None


def _header(raw: list[str], spec: SourceSpec, label: str) -> list[str]:
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


_COLUMNS = (
    "dataset_id",
    "ext_id",
    "date_start",
    "date_end",
    "date_precision",
    "country_id",
    "country_name",
    "province_id",
    "adm1_name",
    "place",
    "latitude",
    "longitude",
    "place_precision",
    "deaths_low",
    "deaths_best",
    "deaths_high",
    "actor_id",
    "actor_name",
    "actor2_id",
    "actor2_name",
    "event_type",
    "description",
    "source_text",
    "data_json",
    "import_run",
)
_UPSERT = (
    f"INSERT INTO imported_events ({', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_COLUMNS))}) ON CONFLICT (dataset_id, ext_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[2:])
)


def import_event_file(
    user_db: Path | UserStore,
    kind: str,
    path: Path,
    ref: Reference,
    *,
    name: str | None = None,
    mapping: ActorMapping | Mapping[str, str | None] | None = None,
    progress: Progress = None,
    cancelled: Cancelled = None,
    batch_size: int = BATCH,
) -> EventImportReport:
    """Import a UCDP GED (``kind='ucdp'``) or ACLED (``'acled'``) CSV as the data set
    ``name`` (default: the file's stem). ``mapping``: an :class:`ActorMapping`, or custom
    rules for :func:`actor_mapping`. ``progress(bytes_read, file_size)`` is called per batch;
    ``cancelled()`` is checked per batch (True: ImportCancelled, nothing written).
    DataError when the file is refused; the user database is then unchanged."""
    t0 = time.perf_counter()
    spec = spec_for(kind)
    path = Path(path)
    if not isinstance(mapping, ActorMapping):
        mapping = actor_mapping(kind, ref, mapping)
    places = PlaceLookup(ref)
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except FileNotFoundError:
        raise DataError(f"File not found: {path}") from None
    except OSError as exc:
        raise DataError(f"Cannot read {path}: {exc.strerror or exc}") from None
    name = (name or path.stem).strip()
    if not name:
        raise DataError("The data set needs a name.")
    release = spec.release(path.name)
    report = EventImportReport(
        dataset=name,
        kind=kind,
        source_file=str(path),
        release=release,
        licence=spec.licence,
    )
    store = user_db if isinstance(user_db, UserStore) else UserStore(Path(user_db))
    old_limit = csv.field_size_limit(FIELD_LIMIT)
    try:
        with fh:
            _stream(fh, size, spec, mapping, places, store, report, progress, cancelled, batch_size)
    finally:
        csv.field_size_limit(old_limit)
        if not isinstance(user_db, UserStore):
            store.close()
    report.seconds = time.perf_counter() - t0
    return report


def _stream(
    fh: IO[bytes],
    size: int,
    spec: SourceSpec,
    mapping: ActorMapping,
    places: PlaceLookup,
    store: UserStore,
    report: EventImportReport,
    progress: Progress,
    cancelled: Cancelled,
    batch_size: int,
) -> None:
    label = Path(report.source_file).name
    lines = _Lines(fh, label)
    reader = csv.reader(lines)
    try:
        raw_header = next(reader)
    except StopIteration:
        raise DataError(f"{label} is empty. Nothing was imported.") from None
    except csv.Error as exc:
        raise DataError(f"{label}: the header is not CSV ({exc}). Nothing was imported.") from None
    header = _header(raw_header, spec, label)
    ncols = len(header)
    report.columns_missing = [c for c in spec.optional if c not in header]
    known = set(spec.required) | set(spec.optional)
    report.columns_extra = [h for h in header if h not in known and h]
    for note in spec.notes:
        report.warnings.append(note)

    conn = store.db.conn
    run = time.time_ns()
    skipped: Counter[str] = Counter()
    unmapped_prov: Counter[str] = Counter()
    mapped: Counter[str] = Counter()
    unmapped_actor: Counter[str] = Counter()
    precision: Counter[str] = Counter()
    max_stamp = ""
    batch: dict[str, list[Any]] = {}
    dup_seen_lines: dict[str, int] = {}

    def skip(line: int, why: str) -> None:
        report.skipped += 1
        skipped[_REASON_VALUES.sub("…", why)] += 1
        if len(report.skipped_lines) < MAX_LISTED:
            report.skipped_lines.append((line, why))

    def duplicate(line: int) -> None:
        report.duplicates += 1
        if len(report.duplicate_lines) < MAX_LISTED:
            report.duplicate_lines.append(line)

    def flush() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled("Import cancelled; your data is unchanged.")
        ids = list(batch)
        existing: dict[str, int] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for ext, prev_run in conn.execute(
                "SELECT ext_id, import_run FROM imported_events WHERE dataset_id = ? "
                f"AND ext_id IN ({marks})",
                [ds_id, *chunk],
            ):
                existing[ext] = prev_run
        for ext in ids:
            prev = existing.get(ext)
            if prev is None:
                report.inserted += 1
            elif prev == run:
                duplicate(dup_seen_lines[ext])
            else:
                report.updated += 1
        conn.executemany(_UPSERT, batch.values())
        batch.clear()
        dup_seen_lines.clear()
        if progress is not None:
            progress(lines.bytes, size)

    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise DataError(f"Cannot write to {store.path}: {exc}") from exc
    try:
        if cancelled is not None and cancelled():
            raise ImportCancelled("Import cancelled; your data is unchanged.")
        row0 = conn.execute(
            "SELECT id, kind FROM datasets WHERE name = ?", [report.dataset]
        ).fetchone()
        if row0 is not None and row0[1] != spec.kind:
            raise DataError(
                f"A {row0[1]} data set named {report.dataset!r} exists; choose another name "
                "(--name) or remove it first."
            )
        if row0 is not None:
            ds_id = int(row0[0])
            report.replaced = True
        else:
            cur = conn.execute(
                "INSERT INTO datasets (name, kind, imported_at) VALUES (?, ?, ?)",
                [report.dataset, spec.kind, _now()],
            )
            ds_id = int(cur.lastrowid or 0)
        prev_line = lines.line
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                msg = str(exc)
                if "field limit" in msg:
                    msg = f"a field is larger than {FIELD_LIMIT // 1048576} MB (an unclosed quote?)"
                raise _BadFile(
                    f"{label}: line {prev_line + 1}: {msg}; the file is damaged. "
                    "Nothing was imported."
                ) from None
            line = prev_line + 1
            prev_line = lines.line
            if not row:
                continue
            report.rows_read += 1
            if len(row) != ncols:
                if lines.exhausted or lines.unterminated:
                    raise _BadFile(
                        f"{label}: the file ends inside a row (line {line}: {len(row)} of "
                        f"{ncols} fields); it is truncated, download it again. "
                        "Nothing was imported."
                    )
                skip(line, f"{len(row)} fields where the header has {ncols}")
                continue
            rec = dict(zip(header, row, strict=True))
            try:
                ev = spec.parse(rec)
            except RowError as exc:
                skip(line, str(exc))
                continue
            if ev.stamp and ev.stamp > max_stamp:
                max_stamp = ev.stamp
            country_id = places.country(ev.country_name)
            province_id = None
            if ev.adm1_name and country_id:
                province_id = places.province(country_id, ev.adm1_name)
                if province_id is None and country_id in places.with_provinces:
                    unmapped_prov[f"{ev.country_name} / {ev.adm1_name}"] += 1
            if country_id not in places.with_provinces:
                report.outside_reference += 1
            cnorm = _country_norm(ev.country_name)
            ids: list[str | None] = []
            for actor in (ev.actor_name, ev.actor2_name):
                aid = mapping.resolve(actor, cnorm) if actor else None
                ids.append(aid)
                if actor and aid:
                    mapped[f"{actor} ({ev.country_name}) -> {aid}"] += 1
                elif actor:
                    unmapped_actor[actor] += 1
            precision[ev.date_precision] += 1
            blob = json.dumps(
                {k: v for k, v in rec.items() if v}, ensure_ascii=False, separators=(",", ":")
            )
            if ev.ext_id in batch:
                duplicate(line)
            else:
                dup_seen_lines[ev.ext_id] = line
            batch[ev.ext_id] = [
                ds_id,
                ev.ext_id,
                ev.date_start,
                ev.date_end,
                ev.date_precision,
                country_id,
                ev.country_name,
                province_id,
                ev.adm1_name,
                ev.place,
                ev.latitude,
                ev.longitude,
                ev.place_precision,
                ev.deaths_low,
                ev.deaths_best,
                ev.deaths_high,
                ids[0],
                ev.actor_name,
                ids[1],
                ev.actor2_name,
                ev.event_type,
                ev.description,
                ev.source_text,
                blob,
                run,
            ]
            if len(batch) >= batch_size:
                flush()
        flush()
        if lines.unterminated:
            report.warnings.append(
                f"The file does not end with a line break; its last row (line {lines.line}) "
                "was complete and was imported; check the download if in doubt."
            )
        report.removed = conn.execute(
            "DELETE FROM imported_events WHERE dataset_id = ? AND import_run != ?", [ds_id, run]
        ).rowcount
        first, last, count = conn.execute(
            "SELECT min(date_start), max(date_end), count(*) FROM imported_events "
            "WHERE dataset_id = ?",
            [ds_id],
        ).fetchone()
        if not count:
            why = "; ".join(f"{r} ({n})" for r, n in skipped.most_common(5))
            raise DataError(
                f"{label}: no row could be imported"
                + (f" ({report.skipped} bad rows: {why})" if why else " (no data rows)")
                + ". Nothing was imported."
            )
        report.row_count, report.date_from, report.date_to = int(count), first, last
        if not report.release and max_stamp:
            report.release = f"data as of {max_stamp}"
        report.attribution = spec.attribution(report.release, label)
        report.skipped_reasons = dict(skipped.most_common())
        report.unmapped_provinces = dict(unmapped_prov.most_common())
        report.actors_mapped = dict(mapped.most_common())
        report.actors_unmapped = dict(unmapped_actor.most_common(100))
        report.actors_unmapped_total = len(unmapped_actor)
        report.precision = dict(precision.most_common())
        report_json = report.to_json()
        report_json["mapping"] = mapping.to_json()
        conn.execute(
            "UPDATE datasets SET release = ?, source_file = ?, imported_at = ?, licence = ?, "
            "attribution = ?, row_count = ?, report_json = ?, date_from = ?, date_to = ?, "
            "mapping_json = ? WHERE id = ?",
            [
                report.release,
                str(Path(report.source_file).resolve()),
                _now(),
                report.licence,
                report.attribution,
                report.row_count,
                json.dumps(report_json, ensure_ascii=False),
                first,
                last,
                json.dumps(mapping.to_json(), ensure_ascii=False),
                ds_id,
            ],
        )
        conn.execute("COMMIT")
    except BaseException as exc:
        conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise DataError(f"Could not save the import to {store.path}: {exc}") from exc
        raise


_REASON_VALUES = re.compile(r"'[^']*'|\d+(?:\.\d+)?")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# -- counting ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportedEventRow:
    dataset: str
    kind: str
    ext_id: str
    date_display: str
    date_start: str | None
    date_end: str | None
    precision: str
    country_id: str | None
    country_name: str | None
    province_id: str | None
    adm1_name: str | None
    place: str | None
    latitude: float | None
    longitude: float | None
    place_precision: str | None
    deaths_low: int | None
    deaths_best: int | None
    deaths_high: int | None
    actor_id: str | None
    actor_name: str | None
    actor2_id: str | None
    actor2_name: str | None
    event_type: str | None
    description: str | None


UserDb = Path | str | UserStore


class _Scope:
    """The user store (opened if a path was given) and the data set ids in scope."""

    def __init__(self, user: UserDb, names: list[str] | None, kind: str | None) -> None:
        if kind is not None and kind not in KINDS:
            raise BadQuery(f"Unknown event data kind {kind!r}: use ucdp or acled.")
        self.own = not isinstance(user, UserStore)
        self.store: UserStore | None
        if isinstance(user, UserStore):
            self.store = user
        else:
            self.store = UserStore(Path(user)) if Path(user).exists() else None
        self.ids: list[int] = []
        if self.store is not None:
            self.ids = self.store.event_dataset_ids(names, kind)
        elif names:
            raise DataError(f"No event data set named {', '.join(map(repr, names))}.")

    def close(self) -> None:
        if self.own and self.store is not None:
            self.store.close()

    def __enter__(self) -> _Scope:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _where(flt: CountFilter, ids: list[int], actor_col: str | None) -> tuple[str, dict[str, Any]]:
    """WHERE over ``imported_events v``. Imported events carry no claim/attribution grade:
    the source attributes each event to its actors, so they count as 'attributed'."""
    if flt.target:
        raise BadQuery("Imported event data have no target field; clear the target filter.")
    params: dict[str, Any] = {f"ds{i}": d for i, d in enumerate(ids)}
    clauses = [f"v.dataset_id IN ({', '.join(':' + k for k in params)})"]
    if "attributed" not in flt.attributions:
        clauses.append("0")
    if flt.actor_id and actor_col:
        clauses.append(f"v.{actor_col} = :actor")
        if actor_col == "actor2_id":
            clauses.append("v.actor_id IS NOT :actor")
        params["actor"] = flt.actor_id
    elif flt.actor_id:
        clauses.append("(v.actor_id = :actor OR v.actor2_id = :actor)")
        params["actor"] = flt.actor_id
    for col, value in (
        ("country_id", flt.country_id),
        ("province_id", flt.province_id),
        ("event_type", flt.attack_type),
    ):
        if value:
            clauses.append(f"v.{col} = :{col}")
            params[col] = value
    if flt.date_from:
        clauses.append("v.date_end >= :dfrom")
        params["dfrom"] = flt.date_from
    if flt.date_to:
        clauses.append("v.date_start <= :dto")
        params["dto"] = flt.date_to
    return " WHERE " + " AND ".join(clauses), params


def _actor_cols(flt: CountFilter) -> tuple[str | None, ...]:
    return ("actor_id", "actor2_id") if flt.actor_id else (None,)


def imported_counts(
    user: UserDb,
    dataset_names: list[str] | None,
    kind: str | None,
    flt: CountFilter,
    by: str = "year",
) -> Counts:
    """Imported events per period, as :meth:`Reference.counts`: an event whose date is too
    imprecise for ``by`` (or not wholly inside the date range) is counted apart. Data sets:
    those named (all of ``kind`` when None). Ids in ``flt`` are our entity ids; an actor
    matches either side of an event (UCDP side_a/side_b, ACLED actor1/actor2)."""
    if by not in BINS:
        raise BadQuery(f"Unknown bin {by!r}: use year, quarter or month.")
    rows: list[tuple[str | None, str | None, str, int]] = []
    with _Scope(user, dataset_names, kind) as scope:
        if scope.store is None or not scope.ids:
            return Counts(by=by, bins=(), imprecise=0, total=0)
        for col in _actor_cols(flt):
            where, params = _where(flt, scope.ids, col)
            sql = (
                "SELECT v.date_start, v.date_end, v.date_precision, count(*) "
                f"FROM imported_events v {where} "
                "GROUP BY v.dataset_id, v.date_start, v.date_end, v.date_precision"
            )
            rows += scope.store.db.execute(sql, params).fetchall()
    return dates.count_bins(rows, by, flt.date_from, flt.date_to)


def imported_province_counts(
    user: UserDb, dataset_names: list[str] | None, kind: str | None, flt: CountFilter
) -> dict[str, int]:
    """Imported events per reference province id (events without one are left out)."""
    out: dict[str, int] = {}
    with _Scope(user, dataset_names, kind) as scope:
        if scope.store is None or not scope.ids:
            return out
        for col in _actor_cols(flt):
            where, params = _where(flt, scope.ids, col)
            for prov, n in scope.store.db.execute(
                f"SELECT v.province_id, count(*) FROM imported_events v {where} "
                "AND v.province_id IS NOT NULL GROUP BY v.province_id",
                params,
            ):
                out[prov] = out.get(prov, 0) + n
    return out


def imported_event_rows(
    user: UserDb,
    dataset_names: list[str] | None,
    kind: str | None,
    flt: CountFilter,
    *,
    by: str | None = None,
    period: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[ImportedEventRow]:
    """Rows for tables, by date then data set and id; ``by``/``period`` select one chart
    bin (``period='imprecise'``: the events counted apart), ``limit``/``offset`` a page."""
    with _Scope(user, dataset_names, kind) as scope:
        if scope.store is None or not scope.ids:
            return []
        where, params = _where(flt, scope.ids, None)
        if by and period is not None:
            if by not in BINS:
                raise BadQuery(f"Unknown bin {by!r}: use year, quarter or month.")
            fits = ",".join(f"'{p}'" for p in _FITS[by])
            inside = ["1"]
            if flt.date_from:
                inside.append("v.date_start >= :dfrom")
            if flt.date_to:
                inside.append("v.date_end <= :dto")
            contained = " AND ".join(inside)
            if period == "imprecise":
                where += f" AND NOT (v.date_precision IN ({fits}) AND {contained})"
            else:
                where += (
                    f" AND v.date_precision IN ({fits}) AND {contained} "
                    f"AND {_PERIOD_SQL[by]} = :period"
                )
                params["period"] = period
        params["limit"] = -1 if limit is None else limit
        params["offset"] = offset
        rows = scope.store.db.execute(
            "SELECT d.name, d.kind, v.ext_id, v.date_start, v.date_end, v.date_precision, "
            "v.country_id, v.country_name, v.province_id, v.adm1_name, v.place, v.latitude, "
            "v.longitude, v.place_precision, v.deaths_low, v.deaths_best, v.deaths_high, "
            "v.actor_id, v.actor_name, v.actor2_id, v.actor2_name, v.event_type, v.description "
            f"FROM imported_events v JOIN datasets d ON d.id = v.dataset_id {where} "
            "ORDER BY v.date_start, d.name, v.ext_id LIMIT :limit OFFSET :offset",
            params,
        ).fetchall()
    return [
        ImportedEventRow(
            dataset=r[0],
            kind=r[1],
            ext_id=r[2],
            date_display=dates.display(r[3], r[5], r[4]),
            date_start=r[3],
            date_end=r[4],
            precision=r[5],
            country_id=r[6],
            country_name=r[7],
            province_id=r[8],
            adm1_name=r[9],
            place=r[10],
            latitude=r[11],
            longitude=r[12],
            place_precision=r[13],
            deaths_low=r[14],
            deaths_best=r[15],
            deaths_high=r[16],
            actor_id=r[17],
            actor_name=r[18],
            actor2_id=r[19],
            actor2_name=r[20],
            event_type=r[21],
            description=r[22],
        )
        for r in rows
    ]


def imported_places(
    user: UserDb,
    dataset_names: list[str] | None,
    kind: str | None,
    flt: CountFilter,
    limit: int = 2000,
    examples: int = 8,
) -> tuple[list[IncidentPlace], int]:
    """Imported events grouped by their coordinates, busiest first (at most ``limit``
    places), each with its most recent events; second value: the number of places. Place
    precision 'exact' is drawn as exact, anything coarser as approximate."""
    with _Scope(user, dataset_names, kind) as scope:
        if scope.store is None or not scope.ids:
            return [], 0
        where, params = _where(flt, scope.ids, None)
        base = (
            f"FROM imported_events v {where} AND v.latitude IS NOT NULL AND v.longitude IS NOT NULL"
        )
        db = scope.store.db
        groups = db.execute(
            "SELECT v.latitude, v.longitude, v.place_precision = 'exact', count(*), "
            f"max(v.date_start) {base} GROUP BY 1, 2, 3 ORDER BY 4 DESC, 5 DESC LIMIT :limit",
            {**params, "limit": limit},
        ).fetchall()
        total = db.execute(
            f"SELECT count(*) FROM (SELECT 1 {base} GROUP BY v.latitude, v.longitude, "
            "v.place_precision = 'exact')",
            params,
        ).fetchone()[0]
        places = []
        for lat, lon, exact, n, _latest in groups:
            recent = db.execute(
                "SELECT d.name, v.ext_id, v.actor_name, v.actor2_name, v.date_start, "
                "v.date_precision, v.date_end, v.place FROM imported_events v "
                f"JOIN datasets d ON d.id = v.dataset_id {where} "
                "AND v.latitude = :lat AND v.longitude = :lon "
                "AND (v.place_precision = 'exact') = :ex "
                "ORDER BY v.date_start DESC LIMIT :k",
                {**params, "lat": lat, "lon": lon, "ex": exact, "k": examples},
            ).fetchall()
            places.append(
                IncidentPlace(
                    latitude=lat,
                    longitude=lon,
                    exact=bool(exact),
                    count=n,
                    recent=tuple(
                        PlaceIncident(
                            f"imported:{r[0]}:{r[1]}",
                            f"[{r[0]}] {r[2] or '?'}" + (f" vs {r[3]}" if r[3] else ""),
                            dates.display(r[4], r[5], r[6]),
                            r[7],
                        )
                        for r in recent
                    ),
                )
            )
        return places, int(total)
