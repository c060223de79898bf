"""Which event data a count uses: the bundled incidents, imported data sets, or both.

A source text is what the user types on the command line or picks in the GUI:
``bundled`` (default), ``ucdp`` / ``acled`` (every imported data set of that kind),
``imported`` (every imported data set), ``all`` (bundled + imported), or a data set's
name; several can be joined with ``+``. Counts from different layers are added up bin by
bin, and every caption says which layers were counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khorasan_desktop.core.models import CountBin, Counts
from khorasan_desktop.data.browse import ChartData, EventRow, IncidentPlace
from khorasan_desktop.data.errors import BadQuery
from khorasan_desktop.data.reference import CountFilter, Reference

KINDS = ("ucdp", "acled")


@dataclass(frozen=True)
class Layers:
    bundled: bool = True
    kinds: tuple[str, ...] = ()  # every imported data set of these kinds
    names: tuple[str, ...] = ()  # these imported data sets

    @property
    def imported(self) -> bool:
        return bool(self.kinds or self.names)

    def text(self) -> str:
        parts = (["bundled"] if self.bundled else []) + list(self.kinds) + list(self.names)
        return "+".join(parts) or "bundled"


BUNDLED = Layers()


def parse_source(text: str | None) -> Layers:
    """Parse a source text (see the module docstring); names are checked later."""
    if not text or not text.strip():
        return BUNDLED
    bundled, kinds, names = False, [], []
    for part in (p.strip() for p in text.replace(",", "+").split("+")):
        low = part.lower()
        if not part:
            continue
        if low == "bundled":
            bundled = True
        elif low in KINDS:
            kinds.append(low)
        elif low == "imported":
            kinds.extend(KINDS)
        elif low == "all":
            bundled = True
            kinds.extend(KINDS)
        else:
            names.append(part)
    return Layers(bundled, tuple(dict.fromkeys(kinds)), tuple(dict.fromkeys(names)))


def dataset_names(user_db: Path, layers: Layers) -> list[str]:
    """Imported data sets a layer selection covers (BadQuery for an unknown name)."""
    if not layers.imported:
        return []
    if not Path(user_db).exists():
        if layers.names:
            raise BadQuery(f"No imported data set named {layers.names[0]!r} (nothing imported).")
        return []
    from khorasan_desktop.data.userdb import UserStore

    store = UserStore(Path(user_db))
    try:
        known = {d.name: d for d in store.event_datasets()}
    finally:
        store.close()
    for name in layers.names:
        if name not in known:
            listing = ", ".join(sorted(known)) or "none"
            raise BadQuery(f"No imported data set named {name!r} (imported: {listing}).")
    return sorted(n for n, d in known.items() if d.kind in layers.kinds or n in layers.names)


def _add(a: Counts, b: Counts) -> Counts:
    per = {x.period: x.count for x in a.bins}
    for x in b.bins:
        per[x.period] = per.get(x.period, 0) + x.count
    return Counts(
        by=a.by,
        bins=tuple(CountBin(k, per[k]) for k in sorted(per)),
        imprecise=a.imprecise + b.imprecise,
        total=a.total + b.total,
    )


def counts(ref: Reference, user_db: Path, layers: Layers, flt: CountFilter, by: str) -> Counts:
    from khorasan_desktop.data.events_import import imported_counts

    total = ref.counts(flt, by) if layers.bundled else Counts(by, (), 0, 0)
    names = dataset_names(user_db, layers)
    if names:
        total = _add(total, imported_counts(Path(user_db), names, None, flt, by))
    return total


def province_counts(
    ref: Reference, user_db: Path, layers: Layers, flt: CountFilter
) -> dict[str, int]:
    from khorasan_desktop.data.events_import import imported_province_counts

    out = dict(ref.province_counts(flt)) if layers.bundled else {}
    names = dataset_names(user_db, layers)
    if names:
        for prov, n in imported_province_counts(Path(user_db), names, None, flt).items():
            out[prov] = out.get(prov, 0) + n
    return out


def chart_data(
    ref: Reference, user_db: Path, layers: Layers, flt: CountFilter, by: str, stack: str | None
) -> ChartData:
    """The chart's data for these layers. Stacks are only drawn for the bundled incidents
    alone (imported events are counted per bin, not per place, here)."""
    data = ref.chart_data(flt, by, stack if layers == BUNDLED else None)
    if layers == BUNDLED:
        return data
    return ChartData(counts(ref, user_db, layers, flt, by), None, data.statistics)


def describe(user_db: Path, layers: Layers) -> str:
    """Which data a count used, for captions and report covers."""
    parts = ["bundled documented incidents"] if layers.bundled else []
    for name in dataset_names(user_db, layers):
        parts.append(f"imported data set {name}")
    return " + ".join(parts) or "no data"


def attributions(user_db: Path, layers: Layers) -> list[str]:
    """Licence lines of the imported data sets in use (UCDP CC BY 4.0, ACLED terms)."""
    names = dataset_names(user_db, layers)
    if not names:
        return []
    from khorasan_desktop.data.userdb import UserStore

    store = UserStore(Path(user_db))
    try:
        return [
            f"{d.name}: {d.attribution or d.kind}"
            + (f" (licence: {d.licence})" if d.licence else "")
            for d in store.event_datasets()
            if d.name in names
        ]
    finally:
        store.close()


@dataclass(frozen=True)
class LayeredChart:
    data: ChartData
    description: str
    attributions: list[str]


def chart(
    ref: Reference, user_db: Path, layers: Layers, flt: CountFilter, by: str, stack: str | None
) -> LayeredChart:
    """Chart data plus what was counted and the licences to show with it."""
    return LayeredChart(
        chart_data(ref, user_db, layers, flt, by, stack),
        describe(user_db, layers),
        attributions(user_db, layers),
    )


IMPORTED_PREFIX = "imported:"


def _event_row(r: Any) -> EventRow:
    """An imported event as a row of the events tables (keyed imported:<set>:<id>)."""
    from khorasan_desktop.core import dates

    who = r.actor_name or "?"
    if r.actor2_name:
        who += f" vs {r.actor2_name}"
    return EventRow(
        id=f"{IMPORTED_PREFIX}{r.dataset}:{r.ext_id}",
        date_display=dates.display(r.date_start, r.precision, r.date_end),
        date_start=r.date_start,
        precision=r.precision,
        place=r.place or r.adm1_name or r.country_name,
        attack_type=r.event_type,
        target=None,
        deaths_best=r.deaths_best,
        deaths_low=r.deaths_low,
        deaths_high=r.deaths_high,
        injuries=None,
        attribution=None,
        name=f"[{r.dataset}] {who}",
    )


def bin_rows(
    ref: Reference,
    user_db: Path,
    layers: Layers,
    flt: CountFilter,
    by: str,
    period: str,
    limit: int = 5000,
) -> tuple[list[str], dict[str, EventRow]]:
    """The events of one chart bin: bundled incident ids, and imported events as table rows
    keyed ``imported:<data set>:<id>`` (at most ``limit`` of them)."""
    from khorasan_desktop.data.events_import import imported_event_rows

    ids = ref.incident_ids(flt, by, period) if layers.bundled else []
    rows: dict[str, EventRow] = {}
    names = dataset_names(user_db, layers)
    if names:
        for r in imported_event_rows(
            Path(user_db), names, None, flt, by=by, period=period, limit=limit
        ):
            row = _event_row(r)
            rows[row.id] = row
    return ids, rows


def entity_imported_rows(
    ref: Reference, user_db: Path, entity_id: str, limit: int = 5000
) -> dict[str, EventRow]:
    """Imported events for an actor (either side) or a country/province page."""
    if not Path(user_db).exists():
        return {}
    ent = ref.ref(entity_id)
    row = ref.entity(entity_id, relations_limit=0)
    if ent.kind == "actor":
        flt = CountFilter(actor_id=entity_id)
    elif ent.kind == "region" and row.subtype == "country":
        flt = CountFilter(country_id=entity_id)
    elif ent.kind == "region" and row.subtype == "province":
        flt = CountFilter(province_id=entity_id)
    else:
        return {}
    names = dataset_names(user_db, Layers(bundled=False, kinds=KINDS))
    if not names:
        return {}
    from khorasan_desktop.data.events_import import imported_event_rows

    rows = imported_event_rows(Path(user_db), names, None, flt, limit=limit)
    return {row.id: row for row in map(_event_row, rows)}


def places(
    ref: Reference, user_db: Path, layers: Layers, flt: CountFilter, limit: int, examples: int
) -> tuple[list[IncidentPlace], int]:
    """Map markers for the chosen layers: bundled incident places and imported event
    places (markers of imported events open no page; their ids start ``imported:``)."""
    out: list[IncidentPlace] = []
    total = 0
    if layers.bundled:
        found, n = ref.incident_places(flt, limit, examples)
        out += found
        total += n
    names = dataset_names(user_db, layers)
    if names:
        from khorasan_desktop.data.events_import import imported_places

        found, n = imported_places(Path(user_db), names, None, flt, limit, examples)
        out += found
        total += n
    out.sort(key=lambda p: -p.count)
    return out[:limit], total
