"""Name, alias and full-text search over the reference database.

Ranking is by tier: exact name > exact alias > prefix of a name or alias > full text.
Every tier reads a bounded number of candidate rows (index range scans with LIMIT, and an
unordered FTS scan with LIMIT before bm25 is compared), so a broad prefix over a million
rows costs the same as a narrow one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

import sqlite_utils

from khorasan_desktop.core.models import SearchHit, SearchResult
from khorasan_desktop.core.normalize import compact, normalize, tokens

MAX_QUERY_CHARS = 300
MAX_TOKENS = 12
PREFIX_CANDIDATES = 400
TEXT_CANDIDATES = 400
KINDS = ("actor", "region", "event", "source")
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}


def _bump(prefix: str) -> str:
    """Smallest string greater than every string starting with ``prefix``."""
    return prefix + "\U0010ffff"


def search(
    db: sqlite_utils.Database, text: str, *, kind: str | None = None, limit: int = 20
) -> SearchResult:
    """Search names, aliases and text; never raises on user input."""
    if kind is not None and kind not in KINDS:
        return SearchResult((), f"Unknown kind {kind!r}: use one of {', '.join(KINDS)}.")
    limit = max(1, min(int(limit), 500))
    message = None
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        message = f"Search text shortened to its first {MAX_QUERY_CHARS} characters."
    words = tokens(text)
    if len(words) > MAX_TOKENS:
        words = words[:MAX_TOKENS]
        message = f"Search uses the first {MAX_TOKENS} words only."
    if not words:
        if text.strip():
            return SearchResult((), "Nothing to search for: the text has no letters or digits.")
        return SearchResult(())
    norm = " ".join(words)
    comp = "".join(words)
    hits: dict[str, SearchHit] = {}
    order: list[tuple[tuple[object, ...], str]] = []

    def add(rows: Sequence[Any], tier_of: Callable[[str, int], tuple[int, str]]) -> None:
        for row in rows:
            ent_id, ent_kind, subtype, name, weight, matched_name, is_alias = row
            tier, matched = tier_of(matched_name, is_alias)
            if ent_id in hits and hits[ent_id].tier <= tier:
                continue
            hits[ent_id] = SearchHit(ent_id, ent_kind, subtype, name, matched, tier)
            order.append(((tier, _KIND_RANK[ent_kind], -weight, len(name), name), ent_id))

    kind_sql = " AND e.kind = :kind" if kind else ""
    params = {"norm": norm, "comp": comp, "kind": kind, "hi": _bump(norm), "chi": _bump(comp)}
    base = (
        "SELECT e.id, e.kind, e.subtype, e.name, e.weight, n.name, n.is_alias "
        "FROM names n JOIN entities e ON e.id = n.entity_id "
    )

    def exact_tier(matched_name: str, is_alias: int) -> tuple[int, str]:
        return (1, f"alias: {matched_name}") if is_alias else (0, f"name: {matched_name}")

    def prefix_tier(matched_name: str, is_alias: int) -> tuple[int, str]:
        shown = matched_name if len(matched_name) <= 40 else matched_name[:39] + "…"
        return 2, f"{'alias' if is_alias else 'name'} prefix: {shown}"

    exact = db.execute(
        base + "WHERE (n.norm = :norm OR n.compact = :comp)" + kind_sql + " LIMIT 200", params
    ).fetchall()
    add(exact, exact_tier)
    prefix = db.execute(
        "SELECT * FROM ("
        + base
        + "WHERE n.norm >= :norm AND n.norm < :hi"
        + kind_sql
        + f" LIMIT {PREFIX_CANDIDATES}) UNION ALL SELECT * FROM ("
        + base
        + "WHERE n.compact >= :comp AND n.compact < :chi"
        + kind_sql
        + f" LIMIT {PREFIX_CANDIDATES})",
        params,
    ).fetchall()
    add(prefix, prefix_tier)
    if len(hits) < limit:
        _text_tier(db, words, kind, hits, order)
    order.sort()
    ranked = tuple(hits[ent_id] for _, ent_id in order if ent_id in hits)
    seen: set[str] = set()
    unique = []
    for h in ranked:
        if h.id not in seen:
            seen.add(h.id)
            unique.append(h)
    if not unique and message is None:
        message = f"No matches for {' '.join(words)!r}."
    return SearchResult(tuple(unique[:limit]), message)


def _fts_expression(words: list[str], kind: str | None) -> str:
    """Quoted FTS5 expression: every word must occur; the last may be a prefix."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    expr = "{names summary place} : (" + " AND ".join(quoted) + ")"
    if kind:
        expr = f'kind : "kind_{kind}" AND {expr}'
    return expr


def _text_tier(
    db: sqlite_utils.Database,
    words: list[str],
    kind: str | None,
    hits: dict[str, SearchHit],
    order: list[tuple[tuple[object, ...], str]],
) -> None:
    expr = _fts_expression(words, kind)
    try:
        rows = db.execute(
            "SELECT f.rowid, bm25(search_fts, 0.0, 10.0, 2.0, 4.0) FROM search_fts f "
            f"WHERE search_fts MATCH ? LIMIT {TEXT_CANDIDATES}",
            [expr],
        ).fetchall()
    except sqlite3.OperationalError:
        return  # words were quoted, so this only happens for odd tokenizer corner cases
    if not rows:
        return
    score = dict(rows)
    qmarks = ",".join("?" * len(score))
    ents = db.execute(
        f"SELECT rowid, id, kind, subtype, name, summary, weight FROM entities "
        f"WHERE rowid IN ({qmarks})",
        list(score),
    ).fetchall()
    places = dict(
        db.execute(
            f"SELECT e.id, v.place FROM events v JOIN entities e ON e.id = v.entity_id "
            f"WHERE e.rowid IN ({qmarks})",
            list(score),
        ).fetchall()
    )
    for rowid, ent_id, ent_kind, subtype, name, summary, weight in ents:
        if ent_id in hits:
            continue
        where = "text"
        if all(w in normalize(name) for w in words):
            where = "name"
        elif summary and all(w in normalize(summary) for w in words):
            where = "summary"
        elif places.get(ent_id) and all(w in normalize(places[ent_id]) for w in words):
            where = f"place: {places[ent_id]}"
        hits[ent_id] = SearchHit(
            ent_id,
            ent_kind,
            subtype,
            name,
            f"text: {where}" if not where.startswith("place") else where,
            3,
        )
        order.append(((3, score[rowid], -weight, _KIND_RANK[ent_kind], name), ent_id))


def resolve(db: sqlite_utils.Database, name_or_id: str, kind: str | None = None) -> str | None:
    """Entity id for an id, a name or an alias; the best exact or prefix match wins."""
    row = db.execute("SELECT id FROM entities WHERE id = ?", [name_or_id]).fetchone()
    if row:
        return str(row[0])
    result = search(db, name_or_id, kind=kind, limit=1)
    if result.hits and result.hits[0].tier <= 2:
        return result.hits[0].id
    return None


__all__ = ["compact", "resolve", "search"]
