"""Import an event data set (UCDP GED, ACLED) from a CSV file into the user database.

An import streams the CSV (``csv`` over the open file, rows written in batches), so memory
stays flat for a 300 MB global GED file. The whole import is one transaction of the user
store: a cancel, a crash, a refused file or any error leaves the user database exactly as
it was. Rows are keyed by the source's own id (UCDP ``id``, ACLED ``event_id_cnty``):
importing a file again under the same data set name updates the rows in place, adds new
ones and drops the ones no longer in the file; it never duplicates.

Two levels of trouble:

* a bad *row* (a date that is not a date, a number that is not a number, too few or too
  many fields, no id) is skipped and reported with its line number and the reason;
* a bad *file* is refused with one clear message and nothing is written: a header that is
  not the format's, text that is not UTF-8 (with the line), a file that ends inside a row
  (truncated download), a field over :data:`FIELD_LIMIT` (an unclosed quote), a file with
  no usable row. Importing part of a damaged file would give silently wrong counts.

Dates keep their precision (see :func:`fields.span_precision` and the source modules);
actors are mapped by an explicit :class:`mapping.ActorMapping`; provinces are matched on
the reference's names (:class:`places.PlaceLookup`).
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from khorasan_desktop.core.sharing import lock_sharer
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.events.fields import RowError
from khorasan_desktop.data.events.formats import (
    FIELD_LIMIT,
    BadFile,
    Lines,
    Parsed,
    SourceSpec,
    read_header,
    spec_for,
)
from khorasan_desktop.data.events.mapping import ActorMapping, actor_mapping, fold_country
from khorasan_desktop.data.events.places import PlaceLookup
from khorasan_desktop.data.events.report import MAX_LISTED, EventImportReport
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore, check_now

BATCH = 2000

Progress = Callable[[int, int], None] | None  # (bytes read, file size)
Cancelled = Callable[[], bool] | None

_REASON_VALUES = re.compile(r"'[^']*'|\d+(?:\.\d+)?")


class ImportCancelled(DataError):
    """The user cancelled an import; nothing was written."""


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
    resolver = _Resolver(mapping, PlaceLookup(ref))
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except FileNotFoundError:
        raise DataError(f"File not found: {path}") from None
    except OSError as exc:
        raise DataError(f"Cannot read {path}: {exc.strerror or exc}") from None
    name = (name or path.stem).strip()
    if not name:
        fh.close()
        raise DataError("The data set needs a name.")
    report = EventImportReport(
        dataset=name,
        kind=kind,
        source_file=str(path),
        release=spec.release(path.name),
        licence=spec.licence,
    )
    store = user_db if isinstance(user_db, UserStore) else UserStore(Path(user_db))
    old_limit = csv.field_size_limit(FIELD_LIMIT)
    try:
        with fh:
            feed = _Feed(fh, size, progress, cancelled)
            _Import(store, spec, mapping, resolver, report, feed, batch_size).run()
    finally:
        csv.field_size_limit(old_limit)
        if not isinstance(user_db, UserStore):
            store.close()
    if not isinstance(user_db, UserStore):
        check_now(store.path)  # here, on the import's thread, not at the window's next open
    report.seconds = time.perf_counter() - t0
    return report


@dataclass
class _Feed:
    """The file being read, and the caller's progress and cancel callbacks."""

    fh: IO[bytes]
    size: int
    progress: Progress
    cancelled: Cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled("Import cancelled; your data is unchanged.")

    def report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, self.size)


@dataclass
class _Tally:
    """What the rows were like, for the report (counted as they stream past)."""

    skipped: Counter[str] = field(default_factory=Counter)
    unmapped_provinces: Counter[str] = field(default_factory=Counter)
    mapped: Counter[str] = field(default_factory=Counter)
    unmapped_actors: Counter[str] = field(default_factory=Counter)
    precision: Counter[str] = field(default_factory=Counter)
    max_stamp: str = ""


class _Resolver:
    """Our ids for a source row: country, province and the two actors."""

    def __init__(self, mapping: ActorMapping, places: PlaceLookup) -> None:
        self.mapping = mapping
        self.places = places

    def place(self, ev: Parsed, tally: _Tally) -> tuple[str | None, str | None, bool]:
        """(country id, province id, whether the reference has provinces there)."""
        country_id = self.places.country(ev.country_name)
        province_id = None
        covered = country_id in self.places.with_provinces
        if ev.adm1_name and country_id:
            province_id = self.places.province(country_id, ev.adm1_name)
            if province_id is None and covered:
                tally.unmapped_provinces[f"{ev.country_name} / {ev.adm1_name}"] += 1
        return country_id, province_id, covered

    def actors(self, ev: Parsed, tally: _Tally) -> list[str | None]:
        cnorm = fold_country(ev.country_name)
        ids: list[str | None] = []
        for actor in (ev.actor_name, ev.actor2_name):
            aid = self.mapping.resolve(actor, cnorm) if actor else None
            ids.append(aid)
            if actor and aid:
                tally.mapped[f"{actor} ({ev.country_name}) -> {aid}"] += 1
            elif actor:
                tally.unmapped_actors[actor] += 1
        return ids


class _Import:
    """One import run: header, rows in batches, then the data set's summary."""

    def __init__(
        self,
        store: UserStore,
        spec: SourceSpec,
        mapping: ActorMapping,
        resolver: _Resolver,
        report: EventImportReport,
        feed: _Feed,
        batch_size: int,
    ) -> None:
        self.store = store
        self.spec = spec
        self.mapping = mapping
        self.resolver = resolver
        self.report = report
        self.feed = feed
        self.batch_size = batch_size
        self.label = Path(report.source_file).name
        self.lines = Lines(feed.fh, self.label)
        self.reader = csv.reader(self.lines)
        self.tally = _Tally()
        self.run_id = time.time_ns()
        self.dataset_id = 0
        self.batch: dict[str, list[Any]] = {}
        self.batch_lines: dict[str, int] = {}

    def run(self) -> None:
        header = self._header()
        with self.store.import_transaction():
            self.feed.check()
            self.dataset_id, self.report.replaced = self.store.open_event_dataset(
                self.report.dataset, self.spec.kind
            )
            share = lock_sharer()  # the window keeps its turns while rows are parsed
            for line, rec in self._records(header):
                self._add(line, rec)
                share()
            self._flush()
            self._finish()

    def _header(self) -> list[str]:
        try:
            raw = next(self.reader)
        except StopIteration:
            raise DataError(f"{self.label} is empty. Nothing was imported.") from None
        except csv.Error as exc:
            raise DataError(
                f"{self.label}: the header is not CSV ({exc}). Nothing was imported."
            ) from None
        header = read_header(raw, self.spec, self.label)
        self.report.columns_missing = [c for c in self.spec.optional if c not in header]
        known = set(self.spec.required) | set(self.spec.optional)
        self.report.columns_extra = [h for h in header if h not in known and h]
        self.report.warnings.extend(self.spec.notes)
        return header

    def _records(self, header: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
        """(line number, column -> text) per data row; a row with the wrong number of
        fields is skipped, or refuses the file when the file ends inside it."""
        ncols = len(header)
        prev_line = self.lines.line
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                msg = str(exc)
                if "field limit" in msg:
                    msg = f"a field is larger than {FIELD_LIMIT // 1048576} MB (an unclosed quote?)"
                raise BadFile(
                    f"{self.label}: line {prev_line + 1}: {msg}; the file is damaged. "
                    "Nothing was imported."
                ) from None
            line = prev_line + 1
            prev_line = self.lines.line
            if not row:
                continue
            self.report.rows_read += 1
            if len(row) == ncols:
                yield line, dict(zip(header, row, strict=True))
            elif self.lines.exhausted or self.lines.unterminated:
                raise BadFile(
                    f"{self.label}: the file ends inside a row (line {line}: {len(row)} of "
                    f"{ncols} fields); it is truncated, download it again. Nothing was imported."
                )
            else:
                self._skip(line, f"{len(row)} fields where the header has {ncols}")

    def _add(self, line: int, rec: dict[str, str]) -> None:
        try:
            ev = self.spec.parse(rec)
        except RowError as exc:
            self._skip(line, str(exc))
            return
        except OverflowError:  # a date or figure beyond what the calendar or SQLite hold
            self._skip(line, "a date or number is out of range")
            return
        tally = self.tally
        if ev.stamp and ev.stamp > tally.max_stamp:
            tally.max_stamp = ev.stamp
        country_id, province_id, covered = self.resolver.place(ev, tally)
        if not covered:
            self.report.outside_reference += 1
        actor_ids = self.resolver.actors(ev, tally)
        tally.precision[ev.date_precision] += 1
        if ev.ext_id in self.batch:
            self._duplicate(line)
        else:
            self.batch_lines[ev.ext_id] = line
        self.batch[ev.ext_id] = self._row(ev, rec, country_id, province_id, actor_ids)
        if len(self.batch) >= self.batch_size:
            self._flush()

    def _row(
        self,
        ev: Parsed,
        rec: dict[str, str],
        country_id: str | None,
        province_id: str | None,
        actor_ids: list[str | None],
    ) -> list[Any]:
        """Values in :data:`userdb.EVENT_COLUMNS` order; the raw row is kept as JSON."""
        blob = json.dumps(
            {k: v for k, v in rec.items() if v}, ensure_ascii=False, separators=(",", ":")
        )
        return [
            self.dataset_id,
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
            actor_ids[0],
            ev.actor_name,
            actor_ids[1],
            ev.actor2_name,
            ev.event_type,
            ev.description,
            ev.source_text,
            blob,
            self.run_id,
        ]

    def _flush(self) -> None:
        """Write the batch; count new and updated rows, and ids repeated in the file."""
        self.feed.check()
        ids = list(self.batch)
        runs = self.store.event_runs(self.dataset_id, ids)
        for ext in ids:
            prev = runs.get(ext)
            if prev is None:
                self.report.inserted += 1
            elif prev == self.run_id:
                self._duplicate(self.batch_lines[ext])
            else:
                self.report.updated += 1
        self.store.upsert_events(self.batch.values())
        self.batch.clear()
        self.batch_lines.clear()
        self.feed.report(self.lines.bytes)

    def _skip(self, line: int, why: str) -> None:
        self.report.skipped += 1
        self.tally.skipped[_REASON_VALUES.sub("…", why)] += 1
        if len(self.report.skipped_lines) < MAX_LISTED:
            self.report.skipped_lines.append((line, why))

    def _duplicate(self, line: int) -> None:
        self.report.duplicates += 1
        if len(self.report.duplicate_lines) < MAX_LISTED:
            self.report.duplicate_lines.append(line)

    def _finish(self) -> None:
        """Drop rows the file no longer has, refuse an import with no row, and store the
        data set's facts and the report."""
        report, tally = self.report, self.tally
        if self.lines.unterminated:
            report.warnings.append(
                f"The file does not end with a line break; its last row (line "
                f"{self.lines.line}) was complete and was imported; check the download if "
                "in doubt."
            )
        report.removed = self.store.drop_events_not_in_run(self.dataset_id, self.run_id)
        first, last, count = self.store.event_span(self.dataset_id)
        if not count:
            why = "; ".join(f"{r} ({n})" for r, n in tally.skipped.most_common(5))
            raise DataError(
                f"{self.label}: no row could be imported"
                + (f" ({report.skipped} bad rows: {why})" if why else " (no data rows)")
                + ". Nothing was imported."
            )
        report.row_count, report.date_from, report.date_to = count, first, last
        if not report.release and tally.max_stamp:
            report.release = f"data as of {tally.max_stamp}"
        report.attribution = self.spec.attribution(report.release, self.label)
        report.skipped_reasons = dict(tally.skipped.most_common())
        report.unmapped_provinces = dict(tally.unmapped_provinces.most_common())
        report.actors_mapped = dict(tally.mapped.most_common())
        report.actors_unmapped = dict(tally.unmapped_actors.most_common(100))
        report.actors_unmapped_total = len(tally.unmapped_actors)
        report.precision = dict(tally.precision.most_common())
        mapping = self.mapping.to_json()
        facts = {
            "release": report.release,
            "source_file": str(Path(report.source_file).resolve()),
            "licence": report.licence,
            "attribution": report.attribution,
            "row_count": report.row_count,
            "date_from": first,
            "date_to": last,
            "mapping_json": json.dumps(mapping, ensure_ascii=False),
        }
        self.store.finish_event_dataset(
            self.dataset_id, facts, {**report.to_json(), "mapping": mapping}
        )
