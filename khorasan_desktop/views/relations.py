"""The relations view: an entity's neighbourhood as of a year, computed once.

What the graph draws and what the table lists come from one :class:`RelationsViewData`:
the neighbourhood capped to the busiest entities (:func:`plan`), then the as-of-year rule
and reachability from the centre (:func:`visibility`). The page, the report's picture and
its table, and the exports all read it. Plain Python, so it runs off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import heapq
import textwrap
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import Citation, EntityRef
from khorasan_desktop.core.viewspec import Layout, ViewSpec, ViewSpecError
from khorasan_desktop.data.browse import Grade, RelationLink, RelationRow
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import SavedChart, UserStore
from khorasan_desktop.views import options

MAX_NODES = 120  # related entities drawn at most, besides the centre
MAX_PARALLEL = 6  # relations drawn at most between one pair of entities
MAX_EDGES = 1000  # relations drawn at most (beyond those that link every entity)
MAX_PATH_STEPS = 6  # a path search goes this many relations out at most
MAX_PATH_VISITED = 50_000  # and stops once it has reached this many entities
KINDS = ("actor", "region", "event", "source")  # entity kinds the legend can hide
RELIABILITY = "ABCDEF"  # best first


@dataclass(frozen=True)
class LegendGroup:
    """One entry of the link chart's legend: relation types shown alike and hidden
    together. The one definition the legend filter, ``hide=`` and the path search use."""

    label: str
    types: tuple[str, ...]


LEGEND_GROUPS: tuple[LegendGroup, ...] = (
    LegendGroup(
        QT_TRANSLATE_NOOP("graph", "Ally / cooperates with"), ("ally-of", "cooperates-with")
    ),
    LegendGroup(QT_TRANSLATE_NOOP("graph", "Rival of / threatens"), ("rival-of", "threatens")),
    LegendGroup(
        QT_TRANSLATE_NOOP("graph", "Branch / splinter / part of"),
        ("branch-of", "splinter-of", "part-of"),
    ),
    LegendGroup(QT_TRANSLATE_NOOP("graph", "Pledged allegiance to"), ("pledged-allegiance-to",)),
    LegendGroup(QT_TRANSLATE_NOOP("graph", "Leader / member of"), ("leader-of", "member-of")),
    LegendGroup(
        QT_TRANSLATE_NOOP("graph", "Operates / located in, recruits from"),
        ("operates-in", "located-in", "recruits-from"),
    ),
    LegendGroup(QT_TRANSLATE_NOOP("graph", "Agreement with"), ("agreement-with",)),
    LegendGroup(QT_TRANSLATE_NOOP("graph", "Fought in (event)"), ("fought-in",)),
    LegendGroup(
        QT_TRANSLATE_NOOP("graph", "Follows tactics of / seeks alliance with"),
        ("follows-tactics-of", "seeks-alliance-with"),
    ),
)
OTHER_LABEL = QT_TRANSLATE_NOOP("graph", "Other")  # every type in no group: one entry
_GROUP_OF = {t: g for g in LEGEND_GROUPS for t in g.types}


def legend_group(relation_type: str) -> LegendGroup | None:
    """The legend entry a relation type is shown under (None: "Other")."""
    return _GROUP_OF.get(relation_type)


def whole_groups(hidden: Iterable[str], known_types: Iterable[str]) -> frozenset[str]:
    """What hiding these types and kinds hides: a relation type stands for its whole
    legend entry (``rival-of`` hides "threatens" too, as unchecking "Rival of /
    threatens" does), an ungrouped type for every ungrouped one; kinds stay as given."""
    known = set(known_types)
    out: set[str] = set()
    for item in hidden:
        group = legend_group(item)
        if group is not None:
            out |= set(group.types)
        elif item in KINDS:
            out.add(item)
        else:
            out |= {t for t in known if legend_group(t) is None} | {item}
    return frozenset(out)


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def visible_in(row: RelationRow, year: int | None) -> bool:
    """As-of rule: started by ``year`` and not ended before it; undated is always shown."""
    if year is None:
        return True
    start, end = _year(row.start), _year(row.end)
    return (start is None or start <= year) and (end is None or end >= year)


def period_phrase(row: RelationRow) -> str:
    """A relation's period as every view writes it (tables, tooltips, the timeline, the
    report), in the interface's language."""
    start, end = row.start, row.end
    if start and end:
        return f"{start}–{end}"
    if start:
        return translate("relations", "since {start}").format(start=start)
    if end:
        return translate("relations", "until {end}").format(end=end)
    return translate("relations", "undated")


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


def _pick(
    links: list[RelationLink], centre: str, limit: int
) -> tuple[set[str], dict[str, str], int]:
    """Entities kept, the kept entity through which each one was reached, and how many
    entities are related to the centre in all (see :func:`busiest`)."""
    degree: Counter[str] = Counter()
    adj: dict[str, set[str]] = {}
    for _id, a, b in links:
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


def _links(rows: Iterable[RelationRow]) -> list[RelationLink]:
    return [(r.id, r.source.id, r.target.id) for r in rows]


def busiest(
    rows: list[RelationRow], centre: str, limit: int = MAX_NODES
) -> tuple[list[RelationRow], int]:
    """The relations among the centre and at most ``limit`` related entities, and how many
    related entities there are in all.

    Entities are ranked by how many of ``rows`` they take part in (ties by id). They are
    picked outwards from the centre, the busiest reachable one first, so every kept entity
    stays linked to the centre through kept ones. Deterministic for the same rows.
    """
    keep, _, total = _pick(_links(rows), centre, limit)
    return [r for r in rows if r.source.id in keep and r.target.id in keep], total


@dataclass(frozen=True)
class GraphPlan:
    """What to draw of a neighbourhood: capped entities, thinned relations."""

    rows: list[RelationRow]  # relations drawn, by id
    related: int  # entities related to the centre in all
    left_out: int  # relations between drawn entities that are not drawn


def plan_links(
    links: list[RelationLink],
    centre: str,
    limit: int = MAX_NODES,
    parallel: int = MAX_PARALLEL,
    max_edges: int = MAX_EDGES,
) -> tuple[list[str], int, int]:
    """Cap the entities (:func:`busiest`), then the relations: at most ``parallel`` per
    pair (lowest ids first), and no more pairs once ``max_edges`` relations are drawn,
    except the pairs that link each entity to the one it was reached from (so nothing
    drawn floats free). Pairs with more relations go first. Returns the ids drawn (by
    id), the entities related to the centre and the relations left out. It needs only
    the links, so the names and citations are read for the drawn relations alone."""
    keep, parent, related = _pick(links, centre, limit)
    bundles: dict[tuple[str, str], list[str]] = {}
    for rel_id, a, b in links:
        if a in keep and b in keep:
            bundles.setdefault((a, b) if a < b else (b, a), []).append(rel_id)
    kept = sum(len(b) for b in bundles.values())
    tree = {(a, b) if a < b else (b, a) for a, b in parent.items()}
    order = sorted(bundles, key=lambda k: (k not in tree, -len(bundles[k]), k))
    drawn: list[str] = []
    for key in order:
        if key not in tree and len(drawn) >= max_edges:
            break
        drawn.extend(sorted(bundles[key])[:parallel])
    drawn.sort()
    return drawn, related, kept - len(drawn)


def plan(
    rows: list[RelationRow],
    centre: str,
    limit: int = MAX_NODES,
    parallel: int = MAX_PARALLEL,
    max_edges: int = MAX_EDGES,
) -> GraphPlan:
    """:func:`plan_links` over relations already read. Pure Python, deterministic, so it
    can run off the GUI thread."""
    drawn, related, left_out = plan_links(_links(rows), centre, limit, parallel, max_edges)
    by_id = {r.id: r for r in rows}
    return GraphPlan([by_id[i] for i in drawn], related, left_out)


def visibility(
    rows: Iterable[RelationRow],
    centre: str,
    depth: int,
    held: set[str] | None = None,
    expanded: Iterable[str] = (),
    collapsed: Iterable[str] = (),
    year: int | None = None,
) -> tuple[set[str], set[str]]:
    """Relations shown and entities reached: a relation counts if the filters keep it
    (``held``; by default, if it held in ``year``, :func:`visible_in`) and both ends are
    reachable from the centre over such relations within ``depth`` steps. An expanded
    entity reaches one step further whatever its distance; a collapsed one is a dead end
    (the entities reached only through it are hidden; it stays). Nothing shown floats free."""
    rows = list(rows)
    if held is None:
        held = {r.id for r in rows if visible_in(r, year)}
    more, stop = set(expanded), set(collapsed) - {centre}
    adj: dict[str, list[str]] = {}
    for r in rows:
        if r.id in held:
            adj.setdefault(r.source.id, []).append(r.target.id)
            adj.setdefault(r.target.id, []).append(r.source.id)
    reach = {centre: 0}
    queue = deque([centre])
    while queue:
        cur = queue.popleft()
        if cur in stop or (reach[cur] >= depth and cur not in more):
            continue
        for nxt in sorted(adj.get(cur, [])):
            if nxt not in reach:
                reach[nxt] = reach[cur] + 1
                queue.append(nxt)
    shown = {r.id for r in rows if r.id in held and r.source.id in reach and r.target.id in reach}
    return shown, set(reach)


@dataclass(frozen=True)
class Grading:
    """A grade filter: ``B`` keeps relations with a citation whose source is graded A or
    B; ``B2`` also needs that citation's credibility to be 1 or 2."""

    reliability: str
    credibility: int | None = None

    @classmethod
    def parse(cls, text: str) -> Grading:
        t = text.strip().upper()
        if not t or t[0] not in RELIABILITY or (t[1:] and t[1:] not in "123456") or len(t) > 2:
            raise ViewSpecError(
                f"grade must be a reliability A-F, optionally with a credibility 1-6 "
                f"(e.g. grade=B or grade=B2), not {text!r}"
            )
        return cls(t[0], int(t[1]) if t[1:] else None)

    def text(self) -> str:
        return self.reliability + (str(self.credibility) if self.credibility else "")

    def admits(self, grades: Iterable[Grade]) -> bool:
        for g in grades:
            if g.reliability is None or g.reliability not in RELIABILITY:
                continue
            if RELIABILITY.index(g.reliability) > RELIABILITY.index(self.reliability):
                continue
            if self.credibility is not None and not (
                g.credibility and g.credibility.isdigit() and int(g.credibility) <= self.credibility
            ):
                continue
            return True
        return False


@dataclass(frozen=True)
class ResolvedRelations:
    """A relations spec checked once: the centre, depth and year, and the link chart's
    filters (legend, grade, source), expanded and collapsed entities, the path target and
    the saved layout it was opened from. Names are resolved to ids here."""

    entity_id: str
    depth: int
    year: int | None
    target: str  # the name or id the user gave, kept for the round trip
    path_id: str | None = None
    path_target: str | None = None
    grade: Grading | None = None
    source_id: str | None = None
    source_target: str | None = None
    hidden: frozenset[str] = frozenset()  # relation types and entity kinds not shown
    expanded: tuple[str, ...] = ()
    collapsed: tuple[str, ...] = ()
    layout: str | None = None  # the saved chart whose positions and pins are used

    def replace(self, **changes: object) -> ResolvedRelations:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def to_spec(self) -> ViewSpec:
        opts = {"depth": str(self.depth)} if self.depth != 1 else {}
        if self.year is not None:
            opts["year"] = str(self.year)
        if self.path_id:
            opts["path"] = self.path_target or self.path_id
        if self.grade:
            opts["grade"] = self.grade.text()
        if self.source_id:
            opts["source"] = self.source_target or self.source_id
        if self.hidden:
            opts["hide"] = "+".join(sorted(self.hidden))
        if self.expanded:
            opts["expand"] = "+".join(self.expanded)
        if self.collapsed:
            opts["collapse"] = "+".join(self.collapsed)
        if self.layout:
            opts["layout"] = self.layout
        return ViewSpec("relations", self.target, opts)

    def describe(self) -> str:
        if self.depth > 1:
            text = translate("relations", "{n} steps from the centre").format(n=self.depth)
        else:
            text = translate("relations", "1 step from the centre")
        if self.year:
            text += translate("relations", ", as of {year}").format(year=self.year)
        else:
            text += translate("relations", ", all years")
        if self.grade:
            text += translate("relations", ", sources graded {grade} or better").format(
                grade=self.grade.text()
            )
        if self.source_id:
            text += translate("relations", ", cited by {source}").format(
                source=self.source_target or self.source_id
            )
        if self.hidden:
            text += translate("relations", ", hiding {hidden}").format(
                hidden=", ".join(sorted(self.hidden))
            )
        return text

    def admits(self, row: RelationRow, grades: tuple[Grade, ...]) -> bool:
        """The link chart's per-relation filters: as-of year, legend (types and the kinds
        of either end but the centre's), grade and source."""
        if not visible_in(row, self.year) or row.type in self.hidden:
            return False
        for end in (row.source, row.target):
            if end.kind in self.hidden and end.id not in (self.entity_id, self.path_id):
                return False
        if self.grade is not None and not self.grade.admits(grades):
            return False
        return self.source_id is None or any(g.source_id == self.source_id for g in grades)


@dataclass(frozen=True)
class PathResult:
    """The shortest chain of relations from the centre to an entity over the relations
    the filters keep (ties: lowest ids), or none within :data:`MAX_PATH_STEPS`."""

    start: EntityRef
    end: EntityRef
    rows: tuple[RelationRow, ...]  # in order from ``start`` to ``end``
    limit: int = MAX_PATH_STEPS

    @property
    def found(self) -> bool:
        return bool(self.rows) or self.start.id == self.end.id

    def entities(self) -> list[EntityRef]:
        out = [self.start]
        for r in self.rows:
            out.append(r.target if r.source.id == out[-1].id else r.source)
        return out

    def message(self) -> str:
        if not self.found:
            return translate(
                "relations",
                "No path from {start} to {end} within {limit} relations that the filters keep.",
            ).format(start=self.start.name, end=self.end.name, limit=self.limit)
        names = " → ".join(e.name for e in self.entities())
        steps = len(self.rows)
        if steps == 1:
            return translate("relations", "Shortest path (1 relation): {names}").format(names=names)
        return translate("relations", "Shortest path ({n} relations): {names}").format(
            n=steps, names=names
        )


# Positions and pins of a saved chart or of a tab as arranged: one type, from the specs.
SavedLayout = Layout


@dataclass(frozen=True)
class RelationsViewData:
    resolved: ResolvedRelations
    centre: EntityRef
    graph: GraphPlan  # relations drawn (capped), with what was left out
    shown: tuple[RelationRow, ...]  # drawn and kept by the filters, by id
    reached: frozenset[str]  # entities drawn and visible
    grades: dict[str, tuple[Grade, ...]] = field(default_factory=dict)
    path: PathResult | None = None
    layout: SavedLayout = field(default_factory=SavedLayout)

    @property
    def undated(self) -> int:
        return sum(1 for r in self.shown if r.start is None and r.end is None)

    def path_ids(self) -> frozenset[str]:
        return frozenset(r.id for r in self.path.rows) if self.path else frozenset()

    def counts(self) -> tuple[Counter[str], Counter[str]]:
        """Relations per type and entities per kind among what is drawn, whether shown or
        hidden (the legend's counts)."""
        types = Counter(r.type for r in self.graph.rows)
        ends = {e.id: e.kind for r in self.graph.rows for e in (r.source, r.target)}
        ends.setdefault(self.centre.id, self.centre.kind)
        return types, Counter(ends.values())

    def status(self) -> str:
        """'12 of 14 relations shown, 3 undated; as of 2021, 2 hidden; …'"""
        total = len(self.graph.rows)
        hidden = total - len(self.shown)
        text = translate(
            "relations", "{shown} of {total} relations shown, {undated} undated"
        ).format(shown=len(self.shown), total=total, undated=self.undated)
        if self.resolved.year is not None:
            text += translate("relations", "; as of {year}").format(year=self.resolved.year)
        if hidden:
            text += translate("relations", "; {hidden} hidden").format(hidden=hidden)
        drawn = len(
            {e for r in self.graph.rows for e in (r.source.id, r.target.id)} - {self.centre.id}
        )
        if self.graph.related > drawn:
            text += translate(
                "relations", "; showing {drawn} of {related} related entities (busiest)"
            ).format(drawn=drawn, related=self.graph.related)
        if self.graph.left_out:
            text += translate("relations", "; {n} more relations among them not drawn").format(
                n=self.graph.left_out
            )
        if self.path is not None:
            text += ". " + self.path.message().rstrip(".")
        return text


def _ids(ref: Reference, text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(dict.fromkeys(ref.resolve(p.strip()) for p in text.split("+") if p.strip()))


def _source(ref: Reference, text: str) -> str:
    found = ref.resolve(text, "source")
    if ref.ref(found).kind != "source":
        raise ViewSpecError(f"source= takes a cited source (name or id), not {text!r}")
    return found


def resolve(ref: Reference, spec: ViewSpec, user_db: Path | None = None) -> ResolvedRelations:
    """Check the centre, depth, year and the link chart's options once, with a clear
    message. ``layout=NAME`` takes the saved chart's options (those given here win)."""
    if not spec.target:
        raise ViewSpecError("a relations view needs an entity, e.g. relations:ISKP")
    o = dict(spec.options)
    if "layout" in o:
        saved = saved_chart(user_db, o["layout"])
        from khorasan_desktop.core import viewspec

        o = {**viewspec.parse(saved.spec).options, **o}
    target = spec.target
    spec = ViewSpec(spec.kind, target, o)
    hidden = frozenset(p.strip() for p in o.get("hide", "").split("+") if p.strip())
    if hidden:
        types = ref.relation_types()
        bad = sorted(hidden - set(types) - set(KINDS))
        if bad:
            raise ViewSpecError(
                f"hide takes relation types and entity kinds joined with '+' "
                f"(e.g. hide=event+operates-in), not {bad[0]!r}"
            )
        hidden = whole_groups(hidden, types)  # as the legend hides them, so does the path
    return ResolvedRelations(
        ref.resolve(target),
        options.depth(spec),
        options.year(spec),
        target,
        path_id=ref.resolve(o["path"]) if "path" in o else None,
        path_target=o.get("path"),
        grade=Grading.parse(o["grade"]) if "grade" in o else None,
        source_id=_source(ref, o["source"]) if "source" in o else None,
        source_target=o.get("source"),
        hidden=hidden,
        expanded=_ids(ref, o.get("expand")),
        collapsed=_ids(ref, o.get("collapse")),
        layout=o.get("layout"),
    )


def saved_chart(user_db: Path | None, name: str) -> SavedChart:
    """The saved link chart ``name`` (ViewSpecError naming the saved ones if none is)."""
    found = None
    names: list[str] = []
    if user_db is not None and Path(user_db).exists():
        store = UserStore(Path(user_db))
        try:
            found = store.link_chart(name)
            names = [c.name for c in store.link_charts()]
        finally:
            store.close()
    if found is None:
        known = f" (saved: {', '.join(names)})" if names else " (none is saved)"
        raise ViewSpecError(f"no saved link chart named {name!r}{known}")
    return found


@dataclass(frozen=True)
class Gathered:
    """What a chart reads of the reference once: the capped neighbourhood of the centre
    (chosen from the links alone, then read whole), one step around each expanded
    entity, and the grades of all those relations."""

    graph: GraphPlan
    extra: list[RelationRow]
    grades: dict[str, tuple[Grade, ...]]


def gather(ref: Reference, resolved: ResolvedRelations) -> Gathered:
    links = ref.link_neighbourhood(resolved.entity_id, resolved.depth)
    drawn, related, left_out = plan_links(links, resolved.entity_id)
    graph = GraphPlan(ref.relations_by_id(drawn), related, left_out)
    have = {link[0] for link in links}
    extra = [r for r in ref.relations_touching(resolved.expanded) if r.id not in have]
    graded = [*drawn, *(r.id for r in extra)]
    return Gathered(graph, extra, ref.relation_grades(graded))


def planned(gathered: Gathered, centre: str) -> GraphPlan:
    """The capped neighbourhood (:func:`plan_links`) with every expanded entity's
    relations added: an expansion always shows, however busy the centre."""
    return with_rows(gathered.graph, gathered.extra)


def find_path(
    ref: Reference,
    resolved: ResolvedRelations,
    grades: dict[str, tuple[Grade, ...]] | None = None,
) -> PathResult | None:
    """The shortest path from the centre to ``resolved.path_id`` over the whole reference,
    keeping only relations the filters admit: a breadth-first search from both ends, one
    query per step on the side with the smaller frontier, bounded by
    :data:`MAX_PATH_STEPS` relations and :data:`MAX_PATH_VISITED` entities. Ties go to the
    lowest ids, so the answer is stable. None without a path target. Plain Python: the
    GUI runs it off its thread."""
    if resolved.path_id is None:
        return None
    start, goal = ref.ref(resolved.entity_id), ref.ref(resolved.path_id)
    if start.id == goal.id:
        return PathResult(start, goal, ())
    known = dict(grades or {})
    ends = {start.id, goal.id}
    # per side: entity -> (distance, relation it was reached by), and the frontier
    sides: list[dict[str, tuple[int, RelationRow | None]]] = [
        {start.id: (0, None)},
        {goal.id: (0, None)},
    ]
    fronts = [[start.id], [goal.id]]
    for _ in range(MAX_PATH_STEPS):
        if not fronts[0] or not fronts[1]:
            break
        k = 0 if len(fronts[0]) <= len(fronts[1]) else 1
        seen, other, level = sides[k], sides[1 - k], set(fronts[k])
        rows = ref.relations_touching(fronts[k])
        graded = resolved.grade is not None or resolved.source_id is not None
        missing = [r.id for r in rows if r.id not in known] if graded else []
        if missing:
            found = ref.relation_grades(missing)
            known.update((i, found.get(i, ())) for i in missing)
        nxt: list[str] = []
        for r in rows:  # by id
            if not resolved.admits(r, known.get(r.id, ())):
                continue
            for here, there in ((r.source, r.target), (r.target, r.source)):
                if here.id not in level or there.id in seen:
                    continue
                if there.kind in resolved.hidden and there.id not in ends:
                    continue
                seen[there.id] = (seen[here.id][0] + 1, r)
                nxt.append(there.id)
        meet = [n for n in nxt if n in other]
        if meet:
            best = min(meet, key=lambda n: (sides[0][n][0] + sides[1][n][0], n))
            return PathResult(start, goal, _chain(sides[0], best)[::-1] + _chain(sides[1], best))
        if len(sides[0]) + len(sides[1]) > MAX_PATH_VISITED:
            break
        fronts[k] = sorted(nxt)
    return PathResult(start, goal, ())


def _chain(side: dict[str, tuple[int, RelationRow | None]], node: str) -> tuple[RelationRow, ...]:
    """The relations from ``node`` back to the side's own end."""
    out: list[RelationRow] = []
    cur = node
    while (step := side[cur][1]) is not None:
        out.append(step)
        cur = step.source.id if step.target.id == cur else step.target.id
    return tuple(out)


def with_rows(graph: GraphPlan, rows: Iterable[RelationRow]) -> GraphPlan:
    """The plan with these relations drawn too (a path or an expansion may leave the
    capped neighbourhood)."""
    have = {r.id for r in graph.rows}
    extra = [r for r in rows if r.id not in have]
    if not extra:
        return graph
    return GraphPlan(
        sorted([*graph.rows, *extra], key=lambda r: r.id), graph.related, graph.left_out
    )


def derive(
    resolved: ResolvedRelations,
    centre: EntityRef,
    graph: GraphPlan,
    grades: dict[str, tuple[Grade, ...]] | None = None,
    path: PathResult | None = None,
    layout: SavedLayout | None = None,
) -> RelationsViewData:
    """Apply the filters to a planned graph (cheap: the GUI re-runs it whenever a filter,
    the year, an expansion or a collapse changes, so the layout never moves). The path's
    relations are always shown."""
    grades = grades or {}
    if path is not None:
        graph = with_rows(graph, path.rows)
    held = {r.id for r in graph.rows if resolved.admits(r, grades.get(r.id, ()))}
    shown, reached = visibility(
        graph.rows, centre.id, resolved.depth, held, resolved.expanded, resolved.collapsed
    )
    if path is not None:
        shown |= {r.id for r in path.rows}
        reached |= {e.id for e in path.entities()} if path.found else set()
    rows = tuple(r for r in graph.rows if r.id in shown)
    return RelationsViewData(
        resolved,
        centre,
        graph,
        rows,
        frozenset(reached),
        grades,
        path,
        layout or SavedLayout(),
    )


def _same(a: Layout, b: Layout, tolerance: float = 0.5) -> bool:
    """Two layouts place the same glyphs at the same spots (within rounding) and pin the
    same ones."""
    if a.pinned != b.pinned or a.positions.keys() != b.positions.keys():
        return False
    return all(
        abs(x - b.positions[k][0]) <= tolerance and abs(y - b.positions[k][1]) <= tolerance
        for k, (x, y) in a.positions.items()
    )


def load(
    ref: Reference,
    resolved: ResolvedRelations,
    user_db: Path | None = None,
    layout: Layout | None = None,
) -> RelationsViewData:
    """The view's data; ``layout`` (a tab's glyphs as the user arranged them) wins over
    the saved chart ``layout=`` names, so a print shows what the window shows."""
    gathered = gather(ref, resolved)
    if resolved.layout:
        saved = saved_chart(user_db, resolved.layout)
        kept = SavedLayout(dict(saved.positions), frozenset(saved.pinned))
        if layout is None or _same(layout, kept):
            layout = kept
        else:  # moved since it was saved: drawn as arranged, no longer as saved
            resolved = resolved.replace(layout=None)
    return derive(
        resolved,
        ref.ref(resolved.entity_id),
        planned(gathered, resolved.entity_id),
        gathered.grades,
        find_path(ref, resolved, gathered.grades),
        layout,
    )
