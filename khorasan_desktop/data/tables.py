"""Table views as plain rows, and CSV/JSON writers for them (no Qt).

Each ``*_table`` function returns a :class:`Table`: column names and rows (tuples in
column order). Figures the sources did not state stay ``None``: an empty CSV cell and a
JSON ``null``, never 0. The writers replace the target file atomically, so a failed
export leaves no partial file behind.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from khorasan_desktop.core.events import Event
from khorasan_desktop.core.models import Correction, SearchHit
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.connection import in_chunks
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.events.mapping import UNCERTAIN, UNCERTAIN_NAME
from khorasan_desktop.data.files import atomic_text
from khorasan_desktop.data.reference import Reference

Row = tuple[Any, ...]

EVENT_COLUMNS = (
    "id",
    "date",  # as precise as the source: 2021-08-26, 2021-08 or 2021
    "date_start",  # first day the date covers (ISO)
    "date_end",  # last day it covers (ISO; the same as date_start for a day)
    "date_precision",
    "name",
    "place",
    "country",
    "province",
    "latitude",
    "longitude",
    "coord_precision",  # exact, city (approximate centre added by the compiler), ...
    "attack_type",
    "target",
    "deaths_best",
    "deaths_low",
    "deaths_high",
    "injuries",
    "attribution",  # claimed, attributed or disputed (when the source grades it)
    "actor_ids",  # our actors: "actor-iskp", or "attribution-uncertain" for "X and/or Y"
    "actors",  # their names, each with its role for a documented incident: "ISIS-K (claimed)"
    "perpetrator_as_stated",  # the source's own words for who did it
    "sources",  # each cited source once, with its grades: reliability A-F, credibility 1-6
    "correction",  # what the compilers changed in the source row, and why
)
RELATION_COLUMNS = (
    "subject_id",
    "subject",
    "type",
    "object_id",
    "object",
    "start",
    "end",
    "vague",
    "citations",
    "summary",
)
SEARCH_COLUMNS = ("id", "kind", "name", "matched")
SEARCH_LIMIT = 500
_PRECISION_CHARS = {"day": 10, "month": 7}


class Table(NamedTuple):
    columns: tuple[str, ...]
    rows: list[Row]


# -- tables --------------------------------------------------------------------------------
def _iso(value: str | None, precision: str) -> str | None:
    """An ISO date cut to what is known: ``2021-08-26``, ``2021-08`` or ``2021``."""
    if not value:
        return None
    return value[: _PRECISION_CHARS.get(precision, 4)]


def _sources_text(citations: Sequence[Any]) -> str | None:
    """Cited sources, once each, with both grades: ``Title <url> (B2) | Title (C3)``."""
    seen: dict[str, str] = {}
    for c in citations:
        if c.source_id not in seen:
            text = f"{c.source_title} <{c.url}>" if c.url else c.source_title
            seen[c.source_id] = f"{text} ({c.reliability or '?'}{c.credibility or '?'})"
    return " | ".join(seen.values()) or None


def _correction_text(fix: Correction | None) -> str | None:
    if fix is None:
        return None
    changes = "; ".join(
        f"{k}: {fix.original[k] or '(blank)'} -> {fix.corrected.get(k, '')}" for k in fix.original
    )
    return f"{changes}. Why: {fix.reason}"


def events_table(
    ref: Reference,
    ids: Sequence[str],
    imported: Sequence[Event] = (),
) -> Table:
    """The given bundled incidents and imported events as rows (the events view chooses
    them); an imported row's ``sources`` cell names its data set."""
    rows: list[Row] = []
    for chunk, _marks in in_chunks(ids):
        events = ref.event_rows(chunk)
        cites = ref.citations_for("entity", chunk)
        fixes = ref.corrections(chunk)
        who = _incident_actors(ref, chunk)
        for eid in chunk:
            if eid in events:
                rows.append(
                    _event_row(
                        events[eid],
                        who.get(eid, _NOBODY),
                        _sources_text(cites.get(eid, ())),
                        _correction_text(fixes.get(eid)),
                    )
                )
    names = ref.entity_names(e.actor_id for e in imported if e.actor_id)
    for e in imported:
        rows.append(_event_row(e, _imported_actors(e, names), f"imported data set {e.source}"))
    return Table(EVENT_COLUMNS, rows)


_NOBODY: tuple[str | None, str | None, str | None] = (None, None, None)


def _incident_actors(
    ref: Reference, ids: Sequence[str]
) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Per documented incident: our actor ids, their names with the role the compilers
    gave (claimed, attributed, disputed), and the perpetrator as the source words it."""
    marks = ",".join("?" * len(ids))
    out: dict[str, tuple[str | None, str | None, str | None]] = {}
    stated = dict(
        ref.db.execute(
            f"SELECT entity_id, perpetrator_text FROM events WHERE entity_id IN ({marks})",
            list(ids),
        )
    )
    actors: dict[str, list[tuple[str, str]]] = {}
    for event_id, actor_id, name, role in ref.db.execute(
        "SELECT a.event_id, a.actor_id, e.name, a.role FROM event_actors a JOIN entities e "
        f"ON e.id = a.actor_id WHERE a.event_id IN ({marks}) AND a.role != 'participant' "
        "ORDER BY a.event_id, e.name",
        list(ids),
    ):
        actors.setdefault(event_id, []).append((actor_id, f"{name} ({role})"))
    for eid in ids:
        found = actors.get(eid, [])
        out[eid] = (
            "; ".join(a for a, _ in found) or None,
            "; ".join(n for _, n in found) or None,
            stated.get(eid) or None,
        )
    return out


def _imported_actors(
    e: Event, names: Mapping[str, str]
) -> tuple[str | None, str | None, str | None]:
    """An imported event's first side as mapped (an "X and/or Y" label maps to the
    uncertain attribution, an unmapped name to no actor) and as the source names it."""
    if e.actor_id == UNCERTAIN:
        return UNCERTAIN, UNCERTAIN_NAME, e.actor_name
    return e.actor_id, names.get(e.actor_id or ""), e.actor_name


def _event_row(
    e: Event,
    who: tuple[str | None, str | None, str | None],
    sources: str | None,
    correction: str | None = None,
) -> Row:
    """One event as a table row: the same columns whatever its source (an imported
    event's id is ``<data set>:<source id>`` and its name the sides the source names)."""
    return (
        f"{e.source}:{e.ext_id}" if e.imported else e.id,
        _iso(e.date_start, e.precision),
        e.date_start,
        e.date_end or e.date_start,
        e.precision,
        e.sides if e.imported else e.name,
        e.place,
        e.country_name,
        e.province_name,
        e.latitude,
        e.longitude,
        e.place_precision,
        e.attack_type,
        e.target,
        e.deaths_best,
        e.deaths_low,
        e.deaths_high,
        e.injuries,
        e.attribution,
        *who,
        sources,
        correction,
    )


def relations_table(ref: Reference, rels: Sequence[RelationRow], steps: bool = False) -> Table:
    """The given relations with their citations (the relations view chooses them);
    ``steps``: a first column numbers them, as the steps of a path."""
    cites = ref.citations_for("relation", [r.id for r in rels])
    rows: list[Row] = []
    for r in rels:
        cited = "; ".join(f"{c.source_title}, {c.locator}" for c in cites.get(r.id, ()))
        rows.append(
            (
                r.source.id,
                r.source.name,
                r.type,
                r.target.id,
                r.target.name,
                r.start,
                r.end,
                r.vague,
                cited or r.citation or None,
                r.summary,
            )
        )
    if steps:
        return Table(("step", *RELATION_COLUMNS), [(i, *row) for i, row in enumerate(rows, 1)])
    return Table(RELATION_COLUMNS, rows)


def search_table(ref: Reference, text: str, kind: str | None = None) -> Table:
    """Search hits, best first (at most ``SEARCH_LIMIT``)."""
    return hits_table(ref.search(text, kind=kind, limit=SEARCH_LIMIT).hits)


def hits_table(hits: Sequence[SearchHit]) -> Table:
    return Table(SEARCH_COLUMNS, [(h.id, h.kind, h.name, h.matched) for h in hits])


def table_meta(
    ref: Reference, view: str, filter_text: str | None = None, **extra: Any
) -> dict[str, Any]:
    """The ``meta`` block of an export (JSON's ``meta``, a CSV's sidecar): data version,
    as-of date, the view, the filter, what the view adds (an events or count view: its
    coverage caveat and published figures, ``ScopeFigures.meta``) and the attributions."""
    meta: dict[str, Any] = {
        "data_version": ref.meta.get("data_version"),
        "as_of": ref.meta.get("as_of"),
        "view": view,
        "filter": filter_text,
    }
    meta.update(extra)
    meta["attributions"] = ref.attributions()
    return meta


# -- writers -------------------------------------------------------------------------------
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP's list).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# ... unless the whole cell is a plain decimal number ("-3.5", "+1", "-2e3"), which it
# reads as that number: such text cells (the GUI exports display text) are left alone.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """One CSV cell a spreadsheet will not run: a text cell starting with ``= + - @``,
    tab or CR gets a leading single quote. Numbers (int/float values, and text that is
    exactly a decimal number) and blanks are written as they are."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def _cell(value: Any, raw: bool) -> Any:
    if value is None:
        return ""
    return value if raw else safe_cell(value)


def write_csv(
    path: Path, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, raw: bool = False
) -> None:
    """UTF-8 CSV with a header row; blank figures stay blank. Cells a spreadsheet would
    run as formulas are neutralised (:func:`safe_cell`) unless ``raw`` (for data
    pipelines that read the file as data)."""
    with atomic_text(path) as fh:
        writer = csv.writer(fh)
        writer.writerow([_cell(c, raw) for c in columns])
        for row in rows:
            writer.writerow([_cell(v, raw) for v in row])


def write_json(
    path: Path,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    meta: Mapping[str, Any] | None = None,
) -> None:
    """``{"columns": [...], "rows": [{column: value}], "meta": {...}}``; blanks are null."""
    cols = list(columns)
    doc = {
        "columns": cols,
        "rows": [dict(zip(cols, row, strict=True)) for row in rows],
        "meta": dict(meta or {}),
    }
    with atomic_text(path) as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


SIDECAR_SUFFIX = ".meta.json"


def sidecar_path(path: Path) -> Path:
    """Where a CSV's metadata goes: ``events.csv`` -> ``events.csv.meta.json``."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def write_sidecar(path: Path, columns: Sequence[str], meta: Mapping[str, Any]) -> None:
    """A CSV's metadata (what a JSON export holds under ``meta``: version, filter, the
    coverage caveat, the published figures, attributions) as JSON beside it. A commented
    header would break spreadsheets and CSV readers that take the first line as the
    column names; a sidecar keeps the CSV plain and the metadata whole."""
    doc = {"table": path.name, "columns": list(columns), "meta": dict(meta)}
    with atomic_text(sidecar_path(path)) as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_table(
    path: Path,
    fmt: str,
    table: Table,
    meta: Mapping[str, Any] | None = None,
    *,
    raw_cells: bool = False,
) -> None:
    """Write ``table`` as ``fmt`` (``csv`` or ``json``); ``raw_cells`` turns off the CSV
    formula neutralising (JSON is never changed). A CSV's ``meta`` goes to a sidecar
    (:func:`sidecar_path`), so the CSV stays a plain table any reader takes."""
    if fmt == "csv":
        write_csv(path, table.columns, table.rows, raw=raw_cells)
        if meta is not None:
            write_sidecar(path, table.columns, meta)
    elif fmt == "json":
        write_json(path, table.columns, table.rows, meta)
    else:
        raise DataError(f"Unknown table format {fmt!r}: use csv or json.")
