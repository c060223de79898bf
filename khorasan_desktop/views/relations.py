"""The relations view: an entity's neighbourhood as of a year, computed once.

What the graph draws and what the table lists come from one :class:`RelationsViewData`:
the neighbourhood capped to the busiest entities (:func:`plan`), then the as-of-year rule
and reachability from the centre (:func:`visibility`). The page, the report's picture and
its table, and the exports all read it. Plain Python, so it runs off the GUI thread.
"""

from __future__ import annotations

import heapq
import textwrap
from collections import Counter, deque
from dataclasses import dataclass

from khorasan_desktop.core.models import Citation, EntityRef
from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.views import options

MAX_NODES = 120  # related entities drawn at most, besides the centre
MAX_PARALLEL = 6  # relations drawn at most between one pair of entities
MAX_EDGES = 1000  # relations drawn at most (beyond those that link every entity)


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def visible_in(row: RelationRow, year: int | None) -> bool:
    """As-of rule: started by ``year`` and not ended before it; undated is always shown."""
    if year is None:
        return True
    start, end = _year(row.start), _year(row.end)
    return (start is None or start <= year) and (end is None or end >= year)


def period_phrase(row: RelationRow) -> str:
    start, end = row.start, row.end
    if start and end:
        return f"{start}–{end}"
    if start:
        return f"since {start}"
    if end:
        return f"until {end}"
    return "undated"


def sources_phrase(citations: tuple[Citation, ...], fallback: str) -> str:
    """'Title, para. 1, para. 4 (B3)' per source and grade, in citation order."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for c in citations:
        grade = f"{c.reliability or ''}{c.credibility or ''}"
        grouped.setdefault((c.source_title, grade), []).append(c.locator)
    if not grouped:
        return fallback or "no citation"
    parts = []
    for (title, grade), locs in grouped.items():
        text = ", ".join([title, *[loc for loc in locs if loc]])
        parts.append(f"{text} ({grade})" if grade else text)
    return "; ".join(parts)


def edge_tooltip(row: RelationRow, citations: tuple[Citation, ...]) -> str:
    head = (
        f"{row.source.name} {row.type} {row.target.name} ({period_phrase(row)}); "
        f"source: {sources_phrase(citations, row.citation)}"
    )
    lines = [head]  # kept on one line: it is the sentence people quote
    if row.summary:
        lines += ["", *textwrap.wrap(row.summary, 100)]
    if row.vague:
        lines.append("(recorded as vague in the source)")
    return "\n".join(lines)


def _pick(rows: list[RelationRow], centre: str, limit: int) -> tuple[set[str], dict[str, str], int]:
    """Entities kept, the kept entity through which each one was reached, and how many
    entities are related to the centre in all (see :func:`busiest`)."""
    degree: Counter[str] = Counter()
    adj: dict[str, set[str]] = {}
    for r in rows:
        a, b = r.source.id, r.target.id
        degree[a] += 1
        degree[b] += 1
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    total = len(degree) - (1 if centre in degree else 0)
    keep = {centre}
    parent: dict[str, str] = {}
    heap = [(-degree[n], n, centre) for n in adj.get(centre, ()) if n != centre]
    heapq.heapify(heap)
    queued = {centre, *adj.get(centre, ())}
    while heap and len(keep) <= limit:
        _, node, via = heapq.heappop(heap)
        keep.add(node)
        parent[node] = via
        for nxt in sorted(adj[node] - queued):
            queued.add(nxt)
            heapq.heappush(heap, (-degree[nxt], nxt, node))
    if total <= limit:
        keep = set(degree) | {centre}  # everything (also anything not linked to the centre)
    return keep, parent, total


def busiest(
    rows: list[RelationRow], centre: str, limit: int = MAX_NODES
) -> tuple[list[RelationRow], int]:
    """The relations among the centre and at most ``limit`` related entities, and how many
    related entities there are in all.

    Entities are ranked by how many of ``rows`` they take part in (ties by id). They are
    picked outwards from the centre, the busiest reachable one first, so every kept entity
    stays linked to the centre through kept ones. Deterministic for the same rows.
    """
    keep, _, total = _pick(rows, centre, limit)
    return [r for r in rows if r.source.id in keep and r.target.id in keep], total


@dataclass(frozen=True)
class GraphPlan:
    """What to draw of a neighbourhood: capped entities, thinned relations."""

    rows: list[RelationRow]  # relations drawn, by id
    related: int  # entities related to the centre in all
    left_out: int  # relations between drawn entities that are not drawn


def _pair(row: RelationRow) -> tuple[str, str]:
    a, b = row.source.id, row.target.id
    return (a, b) if a < b else (b, a)


def plan(
    rows: list[RelationRow],
    centre: str,
    limit: int = MAX_NODES,
    parallel: int = MAX_PARALLEL,
    max_edges: int = MAX_EDGES,
) -> GraphPlan:
    """Cap the entities (:func:`busiest`), then the relations: at most ``parallel`` per
    pair (lowest ids first), and no more pairs once ``max_edges`` relations are drawn,
    except the pairs that link each entity to the one it was reached from (so nothing
    drawn floats free). Pairs with more relations go first. Pure Python, deterministic,
    so it can run off the GUI thread."""
    keep, parent, related = _pick(rows, centre, limit)
    bundles: dict[tuple[str, str], list[RelationRow]] = {}
    for r in rows:
        if r.source.id in keep and r.target.id in keep:
            bundles.setdefault(_pair(r), []).append(r)
    kept = sum(len(b) for b in bundles.values())
    tree = {(a, b) if a < b else (b, a) for a, b in parent.items()}
    order = sorted(bundles, key=lambda k: (k not in tree, -len(bundles[k]), k))
    drawn: list[RelationRow] = []
    for key in order:
        if key not in tree and len(drawn) >= max_edges:
            break
        drawn.extend(sorted(bundles[key], key=lambda r: r.id)[:parallel])
    drawn.sort(key=lambda r: r.id)
    return GraphPlan(drawn, related, kept - len(drawn))


def visibility(
    rows: list[RelationRow], centre: str, depth: int, year: int | None
) -> tuple[set[str], set[str]]:
    """Relations shown and entities reached: a relation counts if it held in ``year``
    (:func:`visible_in`) and both ends are still reachable from the centre within
    ``depth`` steps over such relations (so nothing shown floats free)."""
    held = {r.id for r in rows if visible_in(r, year)}
    adj: dict[str, list[str]] = {}
    for r in rows:
        if r.id in held:
            adj.setdefault(r.source.id, []).append(r.target.id)
            adj.setdefault(r.target.id, []).append(r.source.id)
    reach = {centre: 0}
    queue = deque([centre])
    while queue:
        cur = queue.popleft()
        if reach[cur] >= depth:
            continue
        for nxt in adj.get(cur, []):
            if nxt not in reach:
                reach[nxt] = reach[cur] + 1
                queue.append(nxt)
    shown = {r.id for r in rows if r.id in held and r.source.id in reach and r.target.id in reach}
    return shown, set(reach)


@dataclass(frozen=True)
class ResolvedRelations:
    entity_id: str
    depth: int
    year: int | None
    target: str  # the name or id the user gave, kept for the round trip

    def to_spec(self) -> ViewSpec:
        opts = {"depth": str(self.depth)} if self.depth != 1 else {}
        if self.year is not None:
            opts["year"] = str(self.year)
        return ViewSpec("relations", self.target, opts)

    def describe(self) -> str:
        steps = f"{self.depth} step{'s' if self.depth > 1 else ''} from the centre"
        return steps + (f", as of {self.year}" if self.year else ", all years")


@dataclass(frozen=True)
class RelationsViewData:
    resolved: ResolvedRelations
    centre: EntityRef
    graph: GraphPlan  # relations drawn (capped), with what was left out
    shown: tuple[RelationRow, ...]  # drawn and visible as of the year, by id
    reached: frozenset[str]  # entities drawn and visible

    @property
    def undated(self) -> int:
        return sum(1 for r in self.shown if r.start is None and r.end is None)

    def status(self) -> str:
        """'12 of 14 relations shown, 3 undated; as of 2021, 2 hidden; …'"""
        total = len(self.graph.rows)
        hidden = total - len(self.shown)
        text = f"{len(self.shown)} of {total} relations shown, {self.undated} undated"
        if self.resolved.year is not None:
            text += f"; as of {self.resolved.year}, {hidden} hidden"
        drawn = len(
            {e for r in self.graph.rows for e in (r.source.id, r.target.id)} - {self.centre.id}
        )
        if self.graph.related > drawn:
            text += f"; showing {drawn} of {self.graph.related} related entities (busiest)"
        if self.graph.left_out:
            text += f"; {self.graph.left_out} more relations among them not drawn"
        return text


def resolve(ref: Reference, spec: ViewSpec) -> ResolvedRelations:
    """Check the centre, the depth (1 or 2) and the year once, with a clear message."""
    if not spec.target:
        raise ViewSpecError("a relations view needs an entity, e.g. relations:ISKP")
    return ResolvedRelations(
        ref.resolve(spec.target), options.depth(spec), options.year(spec), spec.target
    )


def derive(resolved: ResolvedRelations, centre: EntityRef, graph: GraphPlan) -> RelationsViewData:
    """Apply the year to a planned graph (cheap: the GUI re-runs it as the slider moves)."""
    shown, reached = visibility(graph.rows, centre.id, resolved.depth, resolved.year)
    rows = tuple(r for r in graph.rows if r.id in shown)
    return RelationsViewData(resolved, centre, graph, rows, frozenset(reached))


def load(ref: Reference, resolved: ResolvedRelations) -> RelationsViewData:
    rows = ref.neighbourhood(resolved.entity_id, resolved.depth)
    return derive(resolved, ref.ref(resolved.entity_id), plan(rows, resolved.entity_id))
