"""Name, alias and full-text search over the reference database.

Ranking is by tier: exact name > exact alias > prefix of a name or alias > full text.
Every tier reads a bounded number of candidate rows (index range scans with LIMIT, and an
FTS scan with LIMIT), so a broad prefix over a million rows costs about what a narrow one
costs. bm25 is only computed when the text match is narrow enough to rank in full; a broad
match is ordered by kind and weight among its first candidates instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from khorasan_desktop.core.models import SearchHit, SearchResult
from khorasan_desktop.core.normalize import normalize, tokens, valid_text

MAX_QUERY_CHARS = 300
MAX_TOKENS = 12
PREFIX_CANDIDATES = 400
TEXT_CANDIDATES = 400
MIN_FTS_PREFIX = 3  # shorter last words are matched whole (the FTS prefix index is 3)
KINDS = ("actor", "region", "event", "source")
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}

Order = list[tuple[tuple[object, ...], str]]


def _bump(prefix: str) -> str:
    """Smallest string greater than every string starting with ``prefix``."""
    return prefix + "\U0010ffff"


def search(
    db: sqlite3.Connection, text: str, *, kind: str | None = None, limit: int = 20
) -> SearchResult:
    """Search names, aliases and text; never raises on user input."""
    if kind is not None and kind not in KINDS:
        return SearchResult((), f"Unknown kind {kind!r}: use one of {', '.join(KINDS)}.")
    limit = max(1, min(int(limit), 500))
    message = None
    text = valid_text(text)
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
    order: Order = []

    def add(rows: Sequence[Any], tier_of: Callable[[str, int], tuple[int, str]]) -> None:
        for row in rows:
            ent_id, ent_kind, subtype, name, weight, matched_name, is_alias = row
            tier, matched = tier_of(matched_name, is_alias)
            if ent_id in hits and hits[ent_id].tier <= tier:
                continue
            hits[ent_id] = SearchHit(ent_id, ent_kind, subtype, name, matched, tier)
            order.append(((tier, _KIND_RANK[ent_kind], -weight, len(name), name), ent_id))

    kind_sql = "n.kind = :kind AND " if kind else ""
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
        f"SELECT * FROM ({base} WHERE {kind_sql}n.norm = :norm LIMIT 200) UNION ALL "
        f"SELECT * FROM ({base} WHERE {kind_sql}n.compact = :comp LIMIT 200)",
        params,
    ).fetchall()
    add(exact, exact_tier)
    # One word: norm and compact coincide, so the compact range covers the norm range.
    prefix_sql = (
        f"SELECT * FROM ({base} WHERE {kind_sql}n.compact >= :comp AND n.compact < :chi "
        f"LIMIT {PREFIX_CANDIDATES})"
    )
    if len(words) > 1:
        prefix_sql += (
            f" UNION ALL SELECT * FROM ({base} WHERE {kind_sql}n.norm >= :norm "
            f"AND n.norm < :hi LIMIT {PREFIX_CANDIDATES})"
        )
    add(db.execute(prefix_sql, params).fetchall(), prefix_tier)
    if len(hits) < limit:
        _text_tier(db, words, kind, limit, hits, order)
    order.sort()
    unique: list[SearchHit] = []
    seen: set[str] = set()
    for _, ent_id in order:
        if ent_id not in seen:
            seen.add(ent_id)
            unique.append(hits[ent_id])
            if len(unique) == limit:
                break
    page = _explain_text_hits(db, unique, words)
    if not page and message is None:
        message = f"No matches for {' '.join(words)!r}."
    return SearchResult(tuple(page), message)


def _fts_expression(words: list[str], kind: str | None, prefix: bool) -> str:
    """Quoted FTS5 expression: every word must occur; the last may be a prefix."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix:
        quoted[-1] += "*"
    expr = "{names summary place} : (" + " AND ".join(quoted) + ")"
    if kind:
        expr = f'kind : "kind_{kind}" AND {expr}'
    return expr


def _text_tier(
    db: sqlite3.Connection,
    words: list[str],
    kind: str | None,
    limit: int,
    hits: dict[str, SearchHit],
    order: Order,
) -> None:
    """Full-text candidates, bounded: first whole words unranked, then ranked if narrow."""
    try:
        whole = db.execute(
            f"SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT {TEXT_CANDIDATES + 1}",
            [_fts_expression(words, kind, prefix=False)],
        ).fetchall()
        broad = len(whole) > TEXT_CANDIDATES
        if broad:
            scores = {r[0]: 0.0 for r in whole[:TEXT_CANDIDATES]}
        else:
            use_prefix = len(words[-1]) >= MIN_FTS_PREFIX
            rows = db.execute(
                "SELECT rowid, bm25(search_fts, 0.0, 10.0, 2.0, 4.0) FROM search_fts "
                f"WHERE search_fts MATCH ? LIMIT {TEXT_CANDIDATES}",
                [_fts_expression(words, kind, prefix=use_prefix)],
            ).fetchall()
            scores = dict(rows)
    except sqlite3.OperationalError:
        return  # words are quoted, so only tokenizer corner cases end here
    if not scores:
        return
    marks = ",".join("?" * len(scores))
    if broad:
        # Let SQLite order and cut the unranked candidates: only a page's worth come back.
        ents = db.execute(
            f"SELECT rowid, id, kind, subtype, name, weight FROM entities WHERE rowid IN "
            f"({marks}) ORDER BY CASE kind WHEN 'actor' THEN 0 WHEN 'region' THEN 1 "
            "WHEN 'event' THEN 2 ELSE 3 END, weight DESC, name LIMIT ?",
            [*scores, limit + len(hits)],
        ).fetchall()
    else:
        ents = db.execute(
            f"SELECT rowid, id, kind, subtype, name, weight FROM entities WHERE rowid IN ({marks})",
            list(scores),
        ).fetchall()
    for rowid, ent_id, ent_kind, subtype, name, weight in ents:
        if ent_id in hits:
            continue
        hits[ent_id] = SearchHit(ent_id, ent_kind, subtype, name, "text", 3)
        rank = (3, _KIND_RANK[ent_kind], -weight) if broad else (3, scores[rowid], -weight)
        order.append(((*rank, _KIND_RANK[ent_kind], name), ent_id))


def _contains_all(text: str | None, words: list[str]) -> bool:
    if not text:
        return False
    folded = text.casefold()
    if all(w in folded for w in words):
        return True
    if text.isascii() and "-" not in text and "'" not in text:
        return False
    norm = normalize(text)
    return all(w in norm for w in words)


def _explain_text_hits(
    db: sqlite3.Connection, page: list[SearchHit], words: list[str]
) -> list[SearchHit]:
    """Say where each text hit matched; one query, only for hits on the returned page."""
    ids = [h.id for h in page if h.tier == 3]
    if not ids:
        return page
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        "SELECT e.id, e.summary, v.place FROM entities e LEFT JOIN events v "
        f"ON v.entity_id = e.id WHERE e.id IN ({marks})",
        ids,
    ).fetchall()
    found = {r[0]: (r[1], r[2]) for r in rows}
    out = []
    for h in page:
        if h.tier != 3:
            out.append(h)
            continue
        summary, place = found.get(h.id, (None, None))
        if _contains_all(h.name, words):
            matched = "text: name"
        elif _contains_all(summary, words):
            matched = "text: summary"
        elif _contains_all(place, words):
            matched = f"place: {place}"
        else:
            matched = "text: alias or words"
        out.append(SearchHit(h.id, h.kind, h.subtype, h.name, matched, 3))
    return out


def resolve(db: sqlite3.Connection, name_or_id: str, kind: str | None = None) -> str | None:
    """Entity id for an id, a name or an alias; the best exact or prefix match wins."""
    name_or_id = valid_text(name_or_id)
    row = db.execute("SELECT id FROM entities WHERE id = ?", [name_or_id]).fetchone()
    if row:
        return str(row[0])
    result = search(db, name_or_id, kind=kind, limit=1)
    if result.hits and result.hits[0].tier <= 2:
        return result.hits[0].id
    return None
