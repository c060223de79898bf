"""Read-only repository over the reference database: returns core dataclasses."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khorasan_desktop.core import dates
from khorasan_desktop.core.models import (
    Alias,
    Citation,
    Correction,
    Counts,
    Entity,
    EntityRef,
    EventDetail,
    Fact,
    Judgement,
    Relation,
    SearchHit,
    SearchResult,
)
from khorasan_desktop.data import search as search_mod
from khorasan_desktop.data.browse import BrowseQueries
from khorasan_desktop.data.connection import in_chunks, interruptible, meta, open_reference
from khorasan_desktop.data.errors import BadQuery, NameNotFound, NotFound

BINS = ("year", "quarter", "month")
ATTRIBUTIONS = ("claimed", "attributed", "disputed")
_PERIOD_SQL = {
    "year": "substr(v.date_start, 1, 4)",
    "quarter": "substr(v.date_start, 1, 4) || '-Q' || ((CAST(substr(v.date_start, 6, 2) "
    "AS INTEGER) + 2) / 3)",
    "month": "substr(v.date_start, 1, 7)",
}
_FITS = {
    "year": ("day", "month", "quarter", "year"),
    "quarter": ("day", "month", "quarter"),
    "month": ("day", "month"),
}


@dataclass(frozen=True)
class CountFilter:
    """Scope of an incident count; ids are entity ids (resolve names first)."""

    actor_id: str | None = None
    country_id: str | None = None
    province_id: str | None = None
    attributions: tuple[str, ...] = ATTRIBUTIONS
    date_from: str | None = None  # ISO day, inclusive
    date_to: str | None = None  # ISO day, inclusive
    attack_type: str | None = None
    target: str | None = None


class Reference(BrowseQueries):
    """The bundled reference database, opened read-only."""

    def __init__(self, path: Path, connection: sqlite3.Connection | None = None) -> None:
        """``connection``: one ``open_reference(path)`` returned already (the window's
        first frame read the tree's top rows from it); else it is opened here."""
        self.path = path
        self.db = connection if connection is not None else open_reference(path)
        self.meta = meta(self.db)
        self._date_counts: bool | None = None

    closed = False  # set by close(): pictures still drawing in slices stop reading

    def close(self) -> None:
        self.db.close()
        self.closed = True

    # -- search --------------------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        kind: str | None = None,
        limit: int = 20,
        cancelled: Callable[[], bool] | None = None,
    ) -> SearchResult:
        """Ranked hits; raises :class:`Interrupted` soon after ``cancelled()`` turns true."""
        with interruptible(self.db, cancelled):
            return search_mod.search(self.db, text, kind=kind, limit=limit)

    def resolve(self, name_or_id: str, kind: str | None = None) -> str:
        """The one entity a name, alias or id names; NameNotFound (with the candidates of
        an ambiguous name, or the names close to a mistyped one) otherwise."""
        found = search_mod.lookup(self.db, name_or_id, kind)
        if found.entity_id is not None:
            return found.entity_id
        what = f"{kind} " if kind else ""

        def listed(hits: tuple[SearchHit, ...]) -> tuple[tuple[str, str, str], ...]:
            return tuple(
                (h.id, h.name, h.kind + (f"/{h.subtype}" if h.subtype else "")) for h in hits
            )

        if found.candidates:
            names = [h.name for h in found.candidates]
            raise NameNotFound(
                f"{name_or_id!r} may mean {len(names)} entities: {', '.join(names)}; "
                "give the full name or the id.",
                candidates=listed(found.candidates),
            )
        message = f"No {what}entity matches {name_or_id!r}."
        if found.suggestions:
            message += f" Did you mean {search_mod.either([h.name for h in found.suggestions])}?"
        raise NameNotFound(message, suggestions=listed(found.suggestions))

    # -- entities ------------------------------------------------------------------------
    def ref(self, entity_id: str) -> EntityRef:
        row = self.db.execute(
            "SELECT id, kind, name FROM entities WHERE id = ?", [entity_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"No entity with id {entity_id!r}.")
        return EntityRef(*row)

    def citations(self, subject_type: str, subject_id: str) -> tuple[Citation, ...]:
        rows = self.db.execute(
            "SELECT c.source_id, s.title, c.locator, s.reliability, c.credibility, s.url, "
            "c.note, s.author FROM citations c JOIN sources s ON s.entity_id = c.source_id "
            "WHERE c.subject_type = ? AND c.subject_id = ? ORDER BY c.id",
            [subject_type, subject_id],
        ).fetchall()
        return tuple(Citation(*r) for r in rows)

    def entity(self, entity_id: str, relations_limit: int | None = None) -> Entity:
        """One entity with everything cited about it. ``relations_limit`` caps the relations
        returned (pages of very connected entities); ``details['relations_total']`` then
        says how many there are."""
        row = self.db.execute(
            "SELECT id, kind, subtype, name, summary, vague, vague_note FROM entities WHERE id = ?",
            [entity_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"No entity with id {entity_id!r}.")
        ent_id, kind, subtype, name, summary, vague, vague_note = row
        alias_rows = self.db.execute(
            "SELECT id, alias, script, language, kind FROM aliases WHERE entity_id = ? ORDER BY id",
            [ent_id],
        ).fetchall()
        alias_cites = self.citations_for("alias", [str(r[0]) for r in alias_rows])
        aliases = tuple(
            Alias(r[1], r[2], r[3], r[4], tuple(alias_cites.get(str(r[0]), ()))) for r in alias_rows
        )
        details: dict[str, Any] = {}
        if vague:
            details["vague"] = vague_note or "recorded as vague in the source"
        event = None
        if kind == "actor":
            details.update(self._row("actors", ent_id))
        elif kind == "region":
            details.update(self._row("regions", ent_id))
            if details.get("parent_id"):
                details["parent"] = {
                    "id": details["parent_id"],
                    "name": self.ref(details["parent_id"]).name,
                }
            rows = self.db.execute(
                "SELECT m.member_id, e.name FROM region_members m JOIN entities e "
                "ON e.id = m.member_id WHERE m.region_id = ? ORDER BY e.name",
                [ent_id],
            ).fetchall()
            # A membership's citations say how much of the member the source puts in the
            # region ("parts of the territory of Iran"): the note of each citation.
            cited = self.citations_for("region_member", [f"{ent_id}>{r[0]}" for r in rows])
            members = []
            for member_id, member_name in rows:
                cites = tuple(cited.get(f"{ent_id}>{member_id}", ()))
                extent = "; ".join(dict.fromkeys(c.note for c in cites if c.note)) or None
                members.append(
                    {"id": member_id, "name": member_name, "extent": extent, "citations": cites}
                )
            if members:
                details["members"] = members
        elif kind == "source":
            details.update(self._row("sources", ent_id))
        elif kind == "event":
            event = self._event(ent_id)
        if relations_limit is not None:
            details["relations_total"] = self.relation_count(ent_id)
        return Entity(
            id=ent_id,
            kind=kind,
            subtype=subtype,
            name=name,
            summary=summary,
            aliases=aliases,
            citations=self.citations("entity", ent_id),
            relations=self.relations(ent_id, relations_limit),
            facts=self.facts(ent_id),
            judgements=self.judgements(ent_id),
            event=event,
            details=details,
        )

    def _row(self, table: str, ent_id: str, drop_none: bool = True) -> dict[str, Any]:
        cur = self.db.execute(f"SELECT * FROM {table} WHERE entity_id = ?", [ent_id])
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        if not rows:
            return {}
        return {
            k: v
            for k, v in rows[0].items()
            if k != "entity_id" and (v is not None or not drop_none)
        }

    def _event(self, ent_id: str) -> EventDetail:
        r = self._row("events", ent_id, drop_none=False)
        country = self.ref(r["country_id"]) if r["country_id"] else None
        province = self.ref(r["province_id"]) if r["province_id"] else None
        place = r["place"]
        if not place:
            names = [
                row[0]
                for row in self.db.execute(
                    "SELECT e.name FROM event_regions x JOIN entities e ON e.id = x.region_id "
                    "WHERE x.event_id = ? ORDER BY e.name",
                    [ent_id],
                )
            ]
            place = ", ".join(names) or None
        return EventDetail(
            type=r["type"],
            date_start=r["date_start"],
            date_end=r["date_end"],
            date_precision=r["date_precision"],
            date_display=dates.display(r["date_start"], r["date_precision"], r["date_end"]),
            place=place,
            country=country,
            province=province,
            latitude=r["latitude"],
            longitude=r["longitude"],
            coord_precision=r["coord_precision"],
            deaths_low=r["deaths_low"],
            deaths_best=r["deaths_best"],
            deaths_high=r["deaths_high"],
            injuries=r["injuries"],
            attack_type=r["attack_type"],
            target=r["target"],
            attribution=r["attribution"],
            perpetrator_text=r["perpetrator_text"],
            correction=_correction(r),
        )

    def corrections(self, ids: list[str]) -> dict[str, Correction]:
        """The corrections of those of ``ids`` that the compilers corrected."""
        out: dict[str, Correction] = {}
        for chunk, marks in in_chunks(ids):
            cur = self.db.execute(
                f"SELECT * FROM events WHERE entity_id IN ({marks}) AND original IS NOT NULL",
                chunk,
            )
            names = [d[0] for d in cur.description]
            for row in cur.fetchall():
                r = dict(zip(names, row, strict=True))
                fix = _correction(r)
                if fix is not None:
                    out[r["entity_id"]] = fix
        return out

    def citations_for(self, subject_type: str, ids: list[str]) -> dict[str, list[Citation]]:
        """Citations of many subjects in one query (an entity may have thousands)."""
        out: dict[str, list[Citation]] = {}
        for chunk, marks in in_chunks(ids):
            rows = self.db.execute(
                "SELECT c.subject_id, c.source_id, s.title, c.locator, s.reliability, "
                "c.credibility, s.url, c.note, s.author FROM citations c JOIN sources s "
                "ON s.entity_id = "
                f"c.source_id WHERE c.subject_type = ? AND c.subject_id IN ({marks}) "
                "ORDER BY c.id",
                [subject_type, *chunk],
            )
            for r in rows:
                out.setdefault(r[0], []).append(Citation(*r[1:]))
        return out

    def entity_citations(self, ids: list[str]) -> dict[str, list[Citation]]:
        """What a row naming these entities cites (copy with source): each entity's own
        citations; a source, which no citation names, is its own source (its grade)."""
        out = self.citations_for("entity", ids)
        rest = [i for i in ids if i not in out]
        for chunk, marks in in_chunks(rest):
            rows = self.db.execute(
                "SELECT entity_id, title, reliability, url, author FROM sources "
                f"WHERE entity_id IN ({marks})",
                chunk,
            )
            for r in rows:
                out[r[0]] = [Citation(r[0], r[1], "", r[2], None, r[3], None, r[4])]
        return out

    def relation_count(self, entity_id: str) -> int:
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM relations WHERE source_id = :id) + "
            "(SELECT count(*) FROM relations WHERE target_id = :id)",
            {"id": entity_id},
        ).fetchone()
        return int(row[0])

    def relations(self, entity_id: str, limit: int | None = None) -> tuple[Relation, ...]:
        rows = self.db.execute(
            "SELECT r.id, r.type, 'out', t.id, t.kind, t.name, r.start, r.\"end\", r.summary, "
            "r.vague FROM relations r JOIN entities t ON t.id = r.target_id "
            "WHERE r.source_id = :id UNION ALL "
            "SELECT r.id, r.type, 'in', s.id, s.kind, s.name, r.start, r.\"end\", r.summary, "
            "r.vague FROM relations r JOIN entities s ON s.id = r.source_id "
            "WHERE r.target_id = :id ORDER BY 2, 6 LIMIT :limit",
            {"id": entity_id, "limit": -1 if limit is None else limit},
        ).fetchall()
        cites = self.citations_for("relation", [r[0] for r in rows])
        return tuple(
            Relation(
                id=r[0],
                type=r[1],
                direction=r[2],
                other=EntityRef(r[3], r[4], r[5]),
                start=r[6],
                end=r[7],
                summary=r[8],
                vague=bool(r[9]),
                citations=tuple(cites.get(r[0], ())),
            )
            for r in rows
        )

    def facts(self, entity_id: str) -> tuple[Fact, ...]:
        rows = self.db.execute(
            "SELECT id, statement, value_text FROM facts WHERE entity_id = ? ORDER BY rowid",
            [entity_id],
        ).fetchall()
        return tuple(Fact(r[0], r[1], r[2], self.citations("fact", r[0])) for r in rows)

    def judgements(self, entity_id: str) -> tuple[Judgement, ...]:
        rows = self.db.execute(
            "SELECT id, statement, likelihood, horizon FROM judgements "
            "WHERE subject_id = ? ORDER BY rowid",
            [entity_id],
        ).fetchall()
        return tuple(
            Judgement(r[0], r[1], r[2], r[3], self.citations("judgement", r[0])) for r in rows
        )

    def attributions(self) -> list[str]:
        return list(json.loads(self.meta.get("attributions", "[]")))

    def incident_years(self) -> tuple[int, int] | None:
        """First and last year of a dated incident (two index lookups, no scan)."""
        first = self.db.execute(
            "SELECT date_start FROM events WHERE is_incident = 1 AND date_start IS NOT NULL "
            "ORDER BY date_start LIMIT 1"
        ).fetchone()
        last = self.db.execute(
            "SELECT date_start FROM events WHERE is_incident = 1 AND date_start IS NOT NULL "
            "ORDER BY date_start DESC LIMIT 1"
        ).fetchone()
        if not first or not last:
            return None
        return int(first[0][:4]), int(last[0][:4])

    # -- counts --------------------------------------------------------------------------
    def counts(self, flt: CountFilter, by: str = "year") -> Counts:
        """Documented incidents per period; imprecise dates counted apart, never guessed.

        SQL groups by the date columns in index order (no sort, index-only for the common
        filters); the few thousand distinct dates are then binned here.
        """
        if by not in BINS:
            raise BadQuery(f"Unknown bin {by!r}: use year, quarter or month.")
        bad = [a for a in flt.attributions if a not in ATTRIBUTIONS]
        if bad or not flt.attributions:
            raise BadQuery(f"Attribution must be among {', '.join(ATTRIBUTIONS)}.")
        table, n, use_links = self.count_table(flt)
        where, params = self._incident_where(flt, actor_table=use_links)
        sql = (
            f"SELECT v.date_start, v.date_end, v.date_precision, {n} FROM {table} {where} "
            "GROUP BY v.date_start, v.date_end, v.date_precision"
        )
        return dates.count_bins(self.db.execute(sql, params), by, flt.date_from, flt.date_to)

    def count_table(self, flt: CountFilter, by_country: bool = False) -> tuple[str, str, bool]:
        """Where a count of ``flt`` reads from: (table as ``v``, count expression, whether
        it is the actor links table). Counts that only dates, attribution or a country
        narrow read the per-date totals the build stores (about 14,000 rows where the events
        table holds a million); an actor reads its links, anything else the events.
        """
        if flt.actor_id and not (flt.attack_type or flt.target):
            return "event_actors v", "count(*)", True
        narrowed = flt.actor_id or flt.province_id or flt.attack_type or flt.target
        if not narrowed and self._has_date_counts():
            if flt.country_id or by_country:
                return "incident_country_date_counts v", "sum(v.n)", False
            return "incident_date_counts v", "sum(v.n)", False
        return "events v", "count(*)", False

    def _has_date_counts(self) -> bool:
        """Databases built before the per-date totals existed count from the events."""
        if self._date_counts is None:
            row = self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_date_counts'"
            ).fetchone()
            self._date_counts = row is not None
        return self._date_counts

    def _incident_where(
        self, flt: CountFilter, actor_table: bool = False
    ) -> tuple[str, dict[str, Any]]:
        """WHERE clause over alias ``v``: the events table, or the actor links table
        (which carries copies of the event columns) when ``actor_table`` is set."""
        join = ""
        clauses = ["v.is_incident = 1"]
        params: dict[str, Any] = {}
        if flt.actor_id:
            if actor_table:
                clauses.insert(0, "v.actor_id = :actor")
            else:
                join = " JOIN event_actors ea ON ea.event_id = v.entity_id AND ea.actor_id = :actor"
            params["actor"] = flt.actor_id
        if flt.country_id:
            clauses.append("v.country_id = :country")
            params["country"] = flt.country_id
        if flt.province_id:
            clauses.append("v.province_id = :province")
            params["province"] = flt.province_id
        if tuple(sorted(flt.attributions)) != tuple(sorted(ATTRIBUTIONS)):
            names = []
            for i, a in enumerate(flt.attributions):
                params[f"att{i}"] = a
                names.append(f":att{i}")
            clauses.append(f"v.attribution IN ({', '.join(names)})")
        if flt.date_from:
            clauses.append("v.date_end >= :dfrom")
            params["dfrom"] = flt.date_from
        # Always an upper bound on date_start (the end of time when none is asked): with
        # only ``date_end >= :dfrom`` SQLite at a million events walks the non-covering
        # date index and looks up every row (3.5 s instead of 0.2 s); a range on
        # date_start keeps it on the covering (is_incident, date_start, ...) indexes. A
        # dated event always has a date_start (the build derives date_end from it).
        if flt.date_to or flt.date_from:
            clauses.append("v.date_start <= :dto")
            params["dto"] = flt.date_to or "9999-12-31"
        if flt.attack_type:
            clauses.append("v.attack_type = :atype")
            params["atype"] = flt.attack_type
        if flt.target:
            clauses.append("v.target = :target")
            params["target"] = flt.target
        return f"{join} WHERE {' AND '.join(clauses)}", params


def _contained(flt: CountFilter) -> str:
    """SQL true when an event lies wholly inside the date range (else it is imprecise)."""
    parts = ["1"]
    if flt.date_from:
        parts.append("v.date_start >= :dfrom")
    if flt.date_to:
        parts.append("v.date_end <= :dto")
    return "(" + " AND ".join(parts) + ")"


# Source fields a correction may set -> the events column holding the corrected value.
_CORRECTED_COLUMN = {"date": "date_text", "deaths": "deaths_best"}


def _correction(r: dict[str, Any]) -> Correction | None:
    if not r.get("original"):
        return None
    original = {k: "" if v is None else str(v) for k, v in json.loads(r["original"]).items()}
    corrected = {}
    for field in original:
        value = r.get(_CORRECTED_COLUMN.get(field, field))
        corrected[field] = "" if value is None else str(value)
    return Correction(original, corrected, r.get("correction_reason") or "")
