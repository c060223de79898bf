"""Name, alias and full-text search over the reference database.

Ranking is by tier: exact name > exact alias > prefix of a name or alias > full text >
similar name. Every tier reads a bounded number of candidate rows (index range scans with
LIMIT, and an FTS scan with LIMIT), so a broad prefix over a million rows costs about what a
narrow one costs. bm25 is only computed when the text match is narrow enough to rank in
full; a broad match is ordered by kind and weight among its first candidates instead.

Typos: when no name or alias matches exactly or as a prefix, the names of actors, regions
and sources sharing the most trigrams with the query (``names_trigram``, bounded) are
ranked by edit distance (Damerau, optimal string alignment) to the whole name, a prefix of
it, or a word run inside it; the close ones are hits of tier 4 and the "did you mean" of
the result. :func:`lookup` turns a search into one entity, a list of candidates when a name
is ambiguous (``Kashmir``), or suggestions when it is mistyped (``Nangahar``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from khorasan_desktop.core.models import SearchHit, SearchResult
from khorasan_desktop.core.normalize import normalize, tokens, valid_text

MAX_QUERY_CHARS = 300
MAX_TOKENS = 12
PREFIX_CANDIDATES = 400
TEXT_CANDIDATES = 400
MIN_FTS_PREFIX = 3  # shorter last words are matched whole (the FTS prefix index is 3)
MAX_LIMIT = 500
EXACT_CANDIDATES = 200
FUZZY_CANDIDATES = 24  # names sharing the most trigrams with a mistyped query
MAX_GRAMS = 12  # trigrams of a long query looked up (an even sample of them)
MIN_FUZZY_CHARS = 4  # shorter queries have too many one-letter neighbours to guess from
SUGGESTIONS = 3
AMBIGUOUS_SHOWN = 12  # candidates listed for an ambiguous name
LISTED_WHOLE = min(PREFIX_CANDIDATES, TEXT_CANDIDATES)  # a list this long misses no hit
COUNT_BOUND = 1_000  # hits counted exactly up to this many ("over" beyond)
KINDS = ("actor", "region", "event", "source")
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}

Order = list[tuple[tuple[object, ...], str]]


def _bump(prefix: str) -> str:
    """Smallest string greater than every string starting with ``prefix``."""
    return prefix + "\U0010ffff"


def search(
    db: sqlite3.Connection,
    text: str,
    *,
    kind: str | None = None,
    limit: int = 20,
    exact_only: bool = False,
) -> SearchResult:
    """Search names, aliases and text; never raises on user input. ``exact_only`` stops
    after the exact names and aliases (an importer's mapping asks for nothing else)."""
    if kind is not None and kind not in KINDS:
        return SearchResult((), f"Unknown kind {kind!r}: use one of {', '.join(KINDS)}.")
    limit = max(1, min(int(limit), MAX_LIMIT))
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
        f"SELECT * FROM ({base} WHERE {kind_sql}n.norm = :norm LIMIT {EXACT_CANDIDATES}) "
        f"UNION ALL SELECT * FROM ({base} WHERE {kind_sql}n.compact = :comp "
        f"LIMIT {EXACT_CANDIDATES})",
        params,
    ).fetchall()
    add(exact, exact_tier)
    if exact_only:
        order.sort()
        return SearchResult(tuple(hits[i] for i in dict.fromkeys(i for _, i in order)))
    capped = len(exact) >= EXACT_CANDIDATES
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
    prefix = db.execute(prefix_sql, params).fetchall()
    add(prefix, prefix_tier)
    capped = capped or len(prefix) >= PREFIX_CANDIDATES
    named = bool(hits)  # some name or alias matches as typed
    text_run = len(hits) < limit
    if text_run:
        capped = _text_tier(db, words, kind, limit, hits, order) or capped
    suggestions: tuple[str, ...] = ()
    if not named:
        suggestions = _fuzzy_tier(db, comp, kind, hits, order)
    order.sort()
    unique: list[SearchHit] = []
    seen: set[str] = set()
    for _, ent_id in order:
        if ent_id not in seen:
            seen.add(ent_id)
            unique.append(hits[ent_id])
    more, more_exact = max(0, len(unique) - limit), not capped and text_run
    if more and not more_exact:
        # The candidates were cut at their bounds: count every entity the query matches,
        # by the same rules (names, aliases, their beginnings, the text), up to a bound.
        fuzzy = [h.id for h in unique if h.tier == 4]
        total = _count_matches(db, words, kind, params, kind_sql, fuzzy)
        more = max(more, min(total, COUNT_BOUND) - min(limit, len(unique)))
        more_exact = total <= COUNT_BOUND
    page = _explain_text_hits(db, unique[:limit], words)
    query = text.strip()
    if suggestions and not any(h.tier <= 3 for h in page):
        message = message or f"No matches for {query!r}. Did you mean {either(suggestions)}?"
    elif suggestions:
        message = message or f"No name matches {query!r}. Did you mean {either(suggestions)}?"
    if not page and message is None:
        message = f"No matches for {' '.join(words)!r}."
    return SearchResult(
        tuple(page),
        message,
        more=more,
        more_exact=more_exact,
        suggestions=suggestions,
    )


def _count_matches(
    db: sqlite3.Connection,
    words: list[str],
    kind: str | None,
    params: dict[str, Any],
    kind_sql: str,
    fuzzy: list[str],
) -> int:
    """How many entities the query matches: names and aliases as typed or beginning so,
    the full text (the last word a prefix, as the search takes it) and the similar names
    found; each part an index range or an FTS lookup cut at ``COUNT_BOUND + 1`` distinct
    entities (an entity has several names), so the answer is exact up to the bound and
    "more than the bound" beyond it."""
    bound = COUNT_BOUND + 1
    by_name = (
        "SELECT * FROM (SELECT DISTINCT e.rowid FROM names n JOIN entities e ON e.id = n.entity_id "
        f"WHERE {kind_sql}{{where}} LIMIT {bound})"
    )
    parts = [
        by_name.format(where="n.norm = :norm"),
        by_name.format(where="n.compact = :comp"),
        by_name.format(where="n.compact >= :comp AND n.compact < :chi"),
    ]
    if len(words) > 1:
        parts.append(by_name.format(where="n.norm >= :norm AND n.norm < :hi"))
    args = dict(params)
    args["fts"] = _fts_expression(words, kind, prefix=len(words[-1]) >= MIN_FTS_PREFIX)
    parts.append(
        f"SELECT * FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH :fts LIMIT {bound})"
    )
    for i, ent_id in enumerate(fuzzy):
        args[f"f{i}"] = ent_id
    if fuzzy:
        marks = ",".join(f":f{i}" for i in range(len(fuzzy)))
        parts.append(f"SELECT rowid FROM entities WHERE id IN ({marks})")
    sql = f"SELECT count(*) FROM ({' UNION '.join(parts)} LIMIT {bound})"
    try:
        return int(db.execute(sql, args).fetchone()[0])
    except sqlite3.OperationalError:
        # a tokenizer corner case in the text part: count the names alone
        parts = [p for p in parts if "search_fts" not in p]
        sql = f"SELECT count(*) FROM ({' UNION '.join(parts)} LIMIT {bound})"
        return int(db.execute(sql, args).fetchone()[0])


def either(names: Sequence[str]) -> str:
    """``A``, ``A or B``, ``A, B or C``."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def allowed_edits(length: int) -> int:
    """Typos forgiven in a query of ``length`` letters: one in a short name, up to three
    in a long one."""
    return 1 if length <= 5 else 2 if length <= 9 else 3


def osa_distance(query: str, name: str, limit: int, prefix: bool = False) -> int:
    """Edit distance (optimal string alignment: insert, delete, substitute, swap two
    neighbours) from ``query`` to ``name``, or to the closest prefix of ``name``; any
    distance over ``limit`` is returned as ``limit + 1``. Only the diagonal band of
    ``limit`` cells either side is computed, and it stops once a row exceeds the limit,
    so a comparison costs about ``len(query) * (2 * limit + 1)`` steps."""
    over = limit + 1
    m = len(query)
    if prefix:
        name = name[: m + limit]
    n = len(name)
    if not prefix and abs(m - n) > limit:
        return over
    prev2: list[int] = []
    prev = [j if j <= limit else over for j in range(n + 1)]
    for i in range(1, m + 1):
        cur = [over] * (n + 1)
        if i <= limit:
            cur[0] = i
        qi = query[i - 1]
        row_min = cur[0]
        for j in range(max(1, i - limit), min(n, i + limit) + 1):
            nj = name[j - 1]
            best = prev[j - 1] + (qi != nj)
            if prev[j] + 1 < best:
                best = prev[j] + 1
            if cur[j - 1] + 1 < best:
                best = cur[j - 1] + 1
            if i > 1 and j > 1 and qi == name[j - 2] and query[i - 2] == nj:
                best = min(best, prev2[j - 2] + 1)
            cur[j] = best if best < over else over
            if best < row_min:
                row_min = best
        if row_min > limit:
            return over
        prev2, prev = prev, cur
    return min(prev) if prefix else prev[n]


def closeness(query: str, norm_name: str, allowed: int) -> tuple[int, int] | None:
    """How close a compact query is to a name (normalised, words apart): (edits, how),
    how = 0 the whole name, 1 its beginning (the user is still typing), 2 the beginning of
    a later word (``kashmr``: Azad Kashmir); None when more than ``allowed`` edits away."""
    words = norm_name.split()
    whole = "".join(words)
    edits = osa_distance(query, whole, allowed)
    if edits <= allowed:
        return edits, 0
    edits = osa_distance(query, whole, allowed, prefix=True)
    if edits <= allowed:
        return edits, 1
    if len(query) >= 5 and len(words) > 1 and len(whole) > len(query) + allowed:
        later = min(
            osa_distance(query, "".join(words[k:]), allowed, prefix=True)
            for k in range(1, min(len(words), 5))
        )
        if later <= allowed:
            return later, 2
    return None


def _fuzzy_tier(
    db: sqlite3.Connection,
    comp: str,
    kind: str | None,
    hits: dict[str, SearchHit],
    order: Order,
) -> tuple[str, ...]:
    """Names close to a mistyped query become tier-4 hits; returns the names to suggest."""
    if len(comp) < MIN_FUZZY_CHARS or kind in ("event", "source"):
        return ()
    grams = sorted({comp[i : i + 3] for i in range(len(comp) - 2)})
    if len(grams) > MAX_GRAMS:  # a long query: an even sample finds the same names faster
        step = len(grams) / MAX_GRAMS
        grams = [grams[int(i * step)] for i in range(MAX_GRAMS)]
    expr = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
    try:
        ids = [
            r[0]
            for r in db.execute(
                "SELECT rowid FROM names_trigram WHERE names_trigram MATCH ? ORDER BY rank "
                f"LIMIT {FUZZY_CANDIDATES}",
                [expr],
            )
        ]
    except sqlite3.OperationalError:
        return ()  # a database built before the trigram index: no typo tolerance
    if not ids:
        return ()
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        "SELECT e.id, e.kind, e.subtype, e.name, e.weight, n.name, n.is_alias, n.norm "
        "FROM names n JOIN entities e ON e.id = n.entity_id "
        f"WHERE n.id IN ({marks})" + (" AND n.kind = ?" if kind else ""),
        [*ids, *([kind] if kind else [])],
    ).fetchall()
    allowed = allowed_edits(len(comp))
    best: dict[str, tuple[tuple[Any, ...], SearchHit]] = {}
    for ent_id, ent_kind, subtype, name, weight, matched_name, is_alias, name_norm in rows:
        close = closeness(comp, name_norm, allowed)
        if close is None:
            continue
        # Whole names first, then beginnings (still typing), then a later word's beginning.
        key = (4, *close, _KIND_RANK[ent_kind], -weight, len(name), name)
        label = f"similar {'alias' if is_alias else 'name'}: {matched_name}"
        if ent_id not in best or key < best[ent_id][0]:
            best[ent_id] = (key, SearchHit(ent_id, ent_kind, subtype, name, label, 4))
    ranked = sorted(best.values(), key=lambda kv: kv[0])
    # Suggest only the closest: the names as near as the nearest one.
    closest = ranked[0][0][1:3] if ranked else None
    suggestions: list[str] = []
    for key, hit in ranked:
        if hit.id in hits:
            continue  # already a text hit
        hits[hit.id] = hit
        order.append((key, hit.id))
        if key[1:3] == closest and len(suggestions) < SUGGESTIONS and hit.name not in suggestions:
            suggestions.append(hit.name)
    return tuple(suggestions)


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
) -> bool:
    """Full-text candidates, bounded: first whole words unranked, then ranked if narrow.
    True when the candidates were cut at their bound (more may exist)."""
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
        return False  # words are quoted, so only tokenizer corner cases end here
    if not scores:
        return False
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
    return broad or len(scores) >= TEXT_CANDIDATES


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


@dataclass(frozen=True)
class Lookup:
    """What a name given on its own (``show NAME``, ``actor=NAME``) refers to: one entity,
    or the candidates it could mean, or names close to it when it matches none."""

    entity_id: str | None
    candidates: tuple[SearchHit, ...] = ()  # an ambiguous name: each entity it may mean
    suggestions: tuple[SearchHit, ...] = ()  # a mistyped name: the closest names


def lookup(db: sqlite3.Connection, name_or_id: str, kind: str | None = None) -> Lookup:
    """An id, or what :func:`meant` makes of the search for the name."""
    name_or_id = valid_text(name_or_id)
    row = db.execute("SELECT id FROM entities WHERE id = ?", [name_or_id]).fetchone()
    if row:
        return Lookup(str(row[0]))
    return meant(search(db, name_or_id, kind=kind, limit=AMBIGUOUS_SHOWN + 1))


def meant(result: SearchResult) -> Lookup:
    """The one entity a search's text names: an exact name or alias, else the best
    prefix. Several entities with the same exact name or alias, or names that only
    contain the words (``Kashmir``: Azad Kashmir and Indian Kashmir), are ambiguous: the
    caller asks which one is meant instead of guessing. A mistyped name gives the closest
    names as suggestions. The command line and the search field both decide here."""
    hits = result.hits
    found = _exact(result)
    if found is not None:
        return found
    if hits and hits[0].tier == 2:
        return Lookup(hits[0].id)  # the best-ranked prefix, as the search list puts it
    # Words inside names only (never guessed, even when one name holds them): the caller
    # lists them, so that an importer's mapping or a report never picks one silently.
    in_name = [h for h in hits if h.tier == 3 and h.matched == "text: name"]
    if in_name:
        return Lookup(None, candidates=tuple(in_name[:AMBIGUOUS_SHOWN]))
    close = [h for h in hits if h.tier == 4 and h.name in result.suggestions]
    return Lookup(None, suggestions=tuple(close[:SUGGESTIONS]))


def _exact(result: SearchResult) -> Lookup | None:
    """The entity an exact name (else an exact alias) names, the candidates when several
    share it, or None when no name or alias is exactly the text."""
    for tier in (0, 1):
        same = [h for h in result.hits if h.tier == tier]
        if len(same) == 1:
            return Lookup(same[0].id)
        if same:
            return Lookup(None, candidates=tuple(same[:AMBIGUOUS_SHOWN]))
    return None


def exact(db: sqlite3.Connection, name: str, kind: str | None = None) -> Lookup:
    """Like :func:`lookup` for names only, without the prefix fallback: importers map a
    source's name to ours only when it is exactly one entity's name or alias."""
    if not name.strip():
        return Lookup(None)
    found = search(db, name, kind=kind, limit=AMBIGUOUS_SHOWN + 1, exact_only=True)
    return _exact(found) or Lookup(None)


def resolve(db: sqlite3.Connection, name_or_id: str, kind: str | None = None) -> str | None:
    """Entity id for an id, a name or an alias when it names one entity; else None."""
    return lookup(db, name_or_id, kind).entity_id
