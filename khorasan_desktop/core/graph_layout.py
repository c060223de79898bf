"""Deterministic radial layout for the relation graph (plain Python and numpy, no Qt).

Nodes go on rings by their distance from the centre, then a fixed number of relaxation
steps spreads them out and a final pass removes box overlaps. Everything is sorted and the
only randomness is a seeded jitter, so the same input always gives the same picture: the
graph view relies on this to keep nodes still while the year filter changes.
"""

from __future__ import annotations

import itertools
import math
import random
from collections import deque
from collections.abc import Iterable, Mapping

Point = tuple[float, float]
Size = tuple[float, float]
CLEAR_ROUNDS = 30  # rounds of moving boxes off lines (each followed by overlap removal)
# Lines x boxes beyond which lines are not cleared of boxes (a chart that dense crosses
# anyway, and each round would cost seconds): some 120 lines among 120 entities.
CLEAR_BUDGET = 15_000


def depths(nodes: Iterable[str], edges: Iterable[tuple[str, str]], centre: str) -> dict[str, int]:
    """Hop distance from ``centre`` (edges taken as undirected); unreachable nodes get max + 1."""
    ids = sorted(set(nodes) | {centre})
    adj: dict[str, set[str]] = {n: set() for n in ids}
    for a, b in edges:
        if a in adj and b in adj and a != b:
            adj[a].add(b)
            adj[b].add(a)
    out = {centre: 0}
    queue = deque([centre])
    while queue:
        cur = queue.popleft()
        for nxt in sorted(adj[cur]):
            if nxt not in out:
                out[nxt] = out[cur] + 1
                queue.append(nxt)
    far = max(out.values()) + 1
    return {n: out.get(n, far) for n in ids}


def layout(
    nodes: list[str],
    edges: list[tuple[str, str]],
    centre: str,
    seed: int = 0,
    *,
    sizes: Mapping[str, Size] | None = None,
    gap: float = 0.25,
    aspect: float = 1.0,
    iterations: int = 120,
    fixed: Mapping[str, Point] | None = None,
    ports: Mapping[str, Point] | None = None,
    clearance: float = 0.0,
) -> dict[str, Point]:
    """Positions for ``nodes`` with ``centre`` at (0, 0).

    ``sizes`` gives each node's box (width, height) in layout units; boxes default to 1 x 1,
    so with no sizes no two nodes end closer than 1. ``gap`` is the free space kept between
    boxes, ``aspect`` stretches the rings horizontally (to fill a wide window). ``fixed``
    nodes keep the positions given (a kept or pinned layout): the others start beside
    their fixed neighbours and only they move, and nothing is recentred. ``ports`` says
    where on its box (offset from the box's centre) a node's lines end; the boxes a
    straight line would cross are moved off it (within ``clearance``) as far as a bounded
    number of rounds allows (the drawing bows the lines around what is left: ``detour``),
    in charts up to :data:`CLEAR_BUDGET` lines x boxes.
    """
    ids = sorted(set(nodes) | {centre})
    links = sorted(
        {(a, b) if a < b else (b, a) for a, b in edges if a != b and a in ids and b in ids}
    )
    box = {n: _size(sizes, n, gap) for n in ids}
    depth = depths(ids, links, centre)
    rng = random.Random(seed)
    pos, ring = _rings(ids, links, centre, depth, box, aspect, rng)
    still = {n for n in (fixed or {}) if n in pos}
    if still:
        given = {centre: (0.0, 0.0), **(fixed or {})}  # the centre stays put unless moved
        still.add(centre)
        _place_beside(ids, links, pos, ring, box, still, given, aspect)
    _relax(ids, links, centre, pos, ring, box, aspect, iterations, still)
    _remove_overlaps(ids, centre, pos, box, still=still)
    fewest, stale = len(links) * len(ids) + 1, 0
    rounds = CLEAR_ROUNDS if len(links) * len(ids) <= CLEAR_BUDGET else 0
    for _ in range(rounds):
        crossed = _clear_lines(ids, links, centre, pos, box, ports or {}, clearance, still)
        if not crossed:
            break
        _remove_overlaps(ids, centre, pos, box, passes=60, still=still)
        fewest, stale = (crossed, 0) if crossed < fewest else (fewest, stale + 1)
        if stale >= 3:
            break  # the rounds no longer help: the drawing bows around what is left
    if still:
        return {n: (round(pos[n][0], 6), round(pos[n][1], 6)) for n in ids}
    cx, cy = pos[centre]
    return {n: (round(pos[n][0] - cx, 6), round(pos[n][1] - cy, 6)) for n in ids}


def _place_beside(
    ids: list[str],
    links: list[tuple[str, str]],
    pos: dict[str, list[float]],
    ring: dict[str, float],
    box: dict[str, Size],
    still: set[str],
    fixed: Mapping[str, Point],
    aspect: float,
) -> None:
    """Fixed nodes where they were; each new node on a small circle around the mean of its
    fixed neighbours (spread by order), so an expansion grows next to its node."""
    for n in still:
        pos[n] = [float(fixed[n][0]), float(fixed[n][1])]
    adj: dict[str, list[str]] = {n: [] for n in ids}
    for a, b in links:
        adj[a].append(b)
        adj[b].append(a)
    around: dict[str, int] = {}
    for n in ids:
        if n in still:
            continue
        anchors = sorted(m for m in adj[n] if m in still)
        if not anchors:
            continue
        ax = sum(pos[m][0] for m in anchors) / len(anchors)
        ay = sum(pos[m][1] for m in anchors) / len(anchors)
        k = around.get(anchors[0], 0)
        around[anchors[0]] = k + 1
        theta = k * 2.399963  # golden angle: successive nodes never line up
        r = max(box[n]) * (1.4 + 0.25 * k)
        pos[n] = [ax + aspect * r * math.cos(theta), ay + r * math.sin(theta)]
    for n in ids:
        ring[n] = math.hypot(pos[n][0] / aspect, pos[n][1])


def _size(sizes: Mapping[str, Size] | None, node: str, gap: float) -> Size:
    w, h = sizes.get(node, (1.0, 1.0)) if sizes else (1.0, 1.0)
    return (max(w, 1e-6) + gap, max(h, 1e-6) + gap)


def _rings(
    ids: list[str],
    links: list[tuple[str, str]],
    centre: str,
    depth: dict[str, int],
    box: dict[str, Size],
    aspect: float,
    rng: random.Random,
) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Initial placement: one (possibly staggered) ellipse per depth, ordered to cut crossings."""
    adj: dict[str, list[str]] = {n: [] for n in ids}
    for a, b in links:
        adj[a].append(b)
        adj[b].append(a)
    pos: dict[str, list[float]] = {centre: [0.0, 0.0]}
    ring: dict[str, float] = {centre: 0.0}
    angle: dict[str, float] = {centre: 0.0}
    outer = max(box[centre]) / 2  # radius (vertical semi-axis) already used
    for d in range(1, max(depth.values()) + 1):
        level = [n for n in ids if depth[n] == d]
        if not level:
            continue
        bary: dict[str, float] = {}
        if d == 1:
            level = _circular_barycentre(_chain_order(level, adj, centre), adj)
        else:  # barycentre of already placed neighbours keeps children near their parents
            bary = {
                n: round(_mean_angle([angle[m] for m in adj[n] if m in angle], math.pi), 6)
                for n in level
            }
            level.sort(key=lambda n: (bary[n], n))
        count = len(level)
        avg_w = sum(box[m][0] for m in level) / count
        avg_h = sum(box[m][1] for m in level) / count
        step = 2 * math.pi / count
        # Semi-axis b so neighbours clear each other: width along the top, height at the sides.
        need = max(avg_w / (aspect * step), avg_h / step)
        stagger = 0.0
        if count >= 8 and need > outer + 3 * avg_h:
            need = max(avg_w / (2 * aspect * step), avg_h / (2 * step))  # two sub-rings
            stagger = avg_h * 1.1
        semi = max(need, outer + max(avg_w / aspect, avg_h) * 1.1)
        offset = rng.uniform(0.0, step / 4) - math.pi / 2
        if d > 1:  # turn the ring so each child lands as near its parents as the slots allow
            offset = _mean_angle([bary[m] - i * step for i, m in enumerate(level)], offset)
        for i, m in enumerate(level):
            theta = offset + i * step
            r = semi + (stagger if i % 2 else 0.0)
            pos[m] = [aspect * r * math.cos(theta), r * math.sin(theta)]
            ring[m] = r
            angle[m] = theta % (2 * math.pi)
        outer = semi + stagger + avg_h
    return pos, ring


def _chain_order(level: list[str], adj: dict[str, list[str]], centre: str) -> list[str]:
    """Ring order that puts linked nodes next to each other, so chords stay short."""
    members = set(level)
    degree = {n: sum(1 for m in adj[n] if m != centre) for n in level}
    order: list[str] = []
    rest = sorted(level)
    while rest:
        recent = {m: 1.0 / (len(order) - i) for i, m in enumerate(order)}
        scores = {
            n: (-sum(recent.get(m, 0.0) for m in adj[n] if m in members), -degree[n], n)
            for n in rest
        }
        best = min(rest, key=scores.__getitem__)
        order.append(best)
        rest.remove(best)
    return order


def _mean_angle(angles: list[float], fallback: float) -> float:
    sx = sum(math.cos(a) for a in angles)
    sy = sum(math.sin(a) for a in angles)
    if abs(sx) < 1e-9 and abs(sy) < 1e-9:
        return fallback
    return math.atan2(sy, sx) % (2 * math.pi)


def _circular_barycentre(
    order: list[str], adj: dict[str, list[str]], rounds: int = 12
) -> list[str]:
    """Refine a ring order: move each node towards the mean angle of its ring neighbours."""
    members = set(order)
    for _ in range(rounds):
        n = len(order)
        angle = {m: 2 * math.pi * i / n for i, m in enumerate(order)}
        target = {
            m: round(
                _mean_angle([angle[m]] + [angle[o] for o in adj[m] if o in members], angle[m]), 9
            )
            for m in order
        }
        new = sorted(order, key=lambda m: (target[m], m))
        if new == order:
            break
        order = new
    return order


def _near_pairs(
    ids: list[str],
    pos: dict[str, list[float]],
    box: dict[str, Size],
    factor: float,
    only: set[int] | None = None,
    slack: float = 0.0,
) -> list[tuple[int, int]]:
    """Index pairs (i < j, in that order) of boxes that may overlap once grown by
    ``factor``: a grid of cells as large as the largest grown box, each box compared with
    those in its own and the eight cells around it. The same pairs a full i < j scan would
    find overlapping, in the same order, at a fraction of the cost for a hundred nodes.
    ``only``: just the pairs with one of these boxes."""
    cell = max(max(box[n]) for n in ids) * factor + 2 * slack or 1.0
    grid: dict[tuple[int, int], list[int]] = {}
    where: list[tuple[int, int]] = []
    for i, n in enumerate(ids):
        key = (math.floor(pos[n][0] / cell), math.floor(pos[n][1] / cell))
        where.append(key)
        grid.setdefault(key, []).append(i)  # each cell's members in increasing order
    if only is not None:
        found = {
            (i, j) if i < j else (j, i)
            for i in only
            for gx in (where[i][0] - 1, where[i][0], where[i][0] + 1)
            for gy in (where[i][1] - 1, where[i][1], where[i][1] + 1)
            for j in grid.get((gx, gy), ())
            if j != i
        }
        return sorted(found)
    pairs: list[tuple[int, int]] = []
    for (cx, cy), members in grid.items():
        pairs += [(a, b) for k, a in enumerate(members) for b in members[k + 1 :]]
        # half of the eight neighbours, so each pair of cells is met once
        for key in ((cx + 1, cy - 1), (cx + 1, cy), (cx + 1, cy + 1), (cx, cy + 1)):
            other = grid.get(key)
            if other:
                pairs += [(a, b) if a < b else (b, a) for a in members for b in other]
    pairs.sort()
    return pairs


def _relax(
    ids: list[str],
    links: list[tuple[str, str]],
    centre: str,
    pos: dict[str, list[float]],
    ring: dict[str, float],
    box: dict[str, Size],
    aspect: float,
    iterations: int,
    still: set[str] | None = None,
) -> None:
    """Bounded force steps: soft box repulsion, weak edge springs, a pull back to the ring;
    ``still`` nodes (and the centre) never move.

    Each step is whole-array arithmetic (numpy): the forces of every pair at once, summed
    per box with ``bincount``, then every mover moved at once. A step reads the positions
    of the step before only, as the loop over pairs did; the sums run in another order,
    so positions agree with that loop to rounding, and the same input still gives the same
    picture. The busiest graph at a million events (121 boxes, 120 steps): 24 -> 6 ms."""
    import numpy as np

    still = still or set()
    if len(ids) < 2:
        return
    n = len(ids)
    scale = sum(max(box[k]) for k in ids) / n
    x = np.array([pos[k][0] for k in ids], dtype=float)
    y = np.array([pos[k][1] for k in ids], dtype=float)
    half_w = np.array([box[k][0] for k in ids], dtype=float)
    half_h = np.array([box[k][1] for k in ids], dtype=float)
    index = {k: i for i, k in enumerate(ids)}
    springs = [
        (index[a], index[b])
        for a, b in links
        if not (ring[a] == 0 or ring[b] == 0 or ring[a] == ring[b])
    ]  # spokes and same-ring chords would collapse the rings
    spring_a = np.array([a for a, _ in springs], dtype=np.intp)
    spring_b = np.array([b for _, b in springs], dtype=np.intp)
    movers = np.array(
        [i for i, k in enumerate(ids) if k != centre and k not in still], dtype=np.intp
    )
    mover_ring = np.array([ring[ids[i]] for i in movers], dtype=float)
    # A step moves a box at most ``temp`` along each axis, so pairs found with cells grown
    # by a margin hold until the steps since add up to it: found again only then (the
    # late, small steps share one search).
    margin = max(max(box[k]) for k in ids) * 0.3
    pair_i = pair_j = np.zeros(0, dtype=np.intp)
    reach_w = reach_h = np.zeros(0)
    moved = margin + 1.0

    def store() -> None:  # the arrays back into ``pos`` (its lists, in place)
        for k, px, py in zip(ids, x.tolist(), y.tolist(), strict=True):
            p = pos[k]
            p[0] = px
            p[1] = py

    for it in range(iterations):
        temp = scale * 0.25 * (1 - it / iterations) + 1e-9
        if moved + temp > margin:
            store()
            pairs = _near_pairs(ids, pos, box, 1.15, slack=margin)
            pair_i = np.array([i for i, _ in pairs], dtype=np.intp)
            pair_j = np.array([j for _, j in pairs], dtype=np.intp)
            reach_w = (half_w[pair_i] + half_w[pair_j]) / 2 * 1.15
            reach_h = (half_h[pair_i] + half_h[pair_j]) / 2 * 1.15
            moved = 0.0
        moved += temp
        force_x = np.zeros(n)
        force_y = np.zeros(n)
        if len(pair_i):
            dx = x[pair_i] - x[pair_j]
            dy = y[pair_i] - y[pair_j]
            ox = reach_w - np.abs(dx)
            oy = reach_h - np.abs(dy)
            hit = (ox > 0) & (oy > 0)
            if hit.any():
                dx, dy, i, j = dx[hit], dy[hit], pair_i[hit], pair_j[hit]
                dist = np.hypot(dx, dy)
                dist[dist == 0] = 1e-6
                push = np.minimum(ox[hit], oy[hit])
                fx, fy = dx / dist * push, dy / dist * push
                force_x += np.bincount(i, fx, n) - np.bincount(j, fx, n)
                force_y += np.bincount(i, fy, n) - np.bincount(j, fy, n)
        if len(spring_a):
            sx = (x[spring_b] - x[spring_a]) * 0.02
            sy = (y[spring_b] - y[spring_a]) * 0.02
            force_x += np.bincount(spring_a, sx, n) - np.bincount(spring_b, sx, n)
            force_y += np.bincount(spring_a, sy, n) - np.bincount(spring_b, sy, n)
        if len(movers):
            mx, my = x[movers], y[movers]
            r = np.hypot(mx / aspect, my)
            r[r == 0] = 1e-6
            pull = (mover_ring - r) * 0.1
            fx = force_x[movers] + mx / r * pull
            fy = force_y[movers] + my / r * pull
            mag = np.hypot(fx, fy)
            over = mag > temp
            fx[over] = fx[over] / mag[over] * temp
            fy[over] = fy[over] / mag[over] * temp
            x[movers] = mx + fx
            y[movers] = my + fy
    store()


def _remove_overlaps(
    ids: list[str],
    centre: str,
    pos: dict[str, list[float]],
    box: dict[str, Size],
    passes: int = 400,
    still: set[str] | None = None,
) -> None:
    """Push overlapping boxes apart along the cheaper axis until none overlap (bounded);
    the centre and ``still`` nodes stay, so two fixed boxes may still overlap."""
    anchored = {centre, *(still or ())}
    # Only pairs with a box that moved since the pair was last looked at can overlap now
    # (the first pass looks at all): a pass that moves nothing has seen every overlap.
    changed: set[int] | None = None
    for _ in range(passes):
        moved = False
        now: set[int] = set()
        # pairs near each other as the pass starts
        for i, j in _near_pairs(ids, pos, box, 1.0, changed):
            a, b = ids[i], ids[j]
            dx = pos[a][0] - pos[b][0]
            dy = pos[a][1] - pos[b][1]
            ox = (box[a][0] + box[b][0]) / 2 - abs(dx)
            oy = (box[a][1] + box[b][1]) / 2 - abs(dy)
            if ox <= 1e-9 or oy <= 1e-9 or (a in anchored and b in anchored):
                continue
            moved = True
            if ox < oy:
                shift, axis, sign = ox + 1e-6, 0, 1.0 if dx > 0 or (dx == 0 and a < b) else -1.0
            else:
                shift, axis, sign = oy + 1e-6, 1, 1.0 if dy > 0 or (dy == 0 and a < b) else -1.0
            if a in anchored:
                pos[b][axis] -= sign * shift
                now.add(j)
            elif b in anchored:
                pos[a][axis] += sign * shift
                now.add(i)
            else:
                pos[a][axis] += sign * shift / 2
                pos[b][axis] -= sign * shift / 2
                now.update((i, j))
        if not moved:
            return
        changed = now


def _clear_lines(
    ids: list[str],
    links: list[tuple[str, str]],
    centre: str,
    pos: dict[str, list[float]],
    box: dict[str, Size],
    ports: Mapping[str, Point],
    clearance: float,
    still: set[str],
) -> int:
    """Move each movable box a straight line crosses sideways off it, to the nearer side
    (just far enough, plus the clearance); returns how many boxes were moved."""
    anchored = {centre, *still}
    moved = 0
    for a, b in links:
        pa, pb = _port(pos, ports, a), _port(pos, ports, b)
        dx, dy = pb[0] - pa[0], pb[1] - pa[1]
        length = math.hypot(dx, dy)
        if length < 1e-9:
            continue
        nx, ny = -dy / length, dx / length  # the line's unit normal
        left, right = min(pa[0], pb[0]), max(pa[0], pb[0])
        top, bottom = min(pa[1], pb[1]), max(pa[1], pb[1])
        for n in ids:
            if n in (a, b) or n in anchored:
                continue
            hw, hh = box[n][0] / 2 + clearance, box[n][1] / 2 + clearance
            rect = (pos[n][0] - hw, pos[n][1] - hh, pos[n][0] + hw, pos[n][1] + hh)
            if rect[2] < left or rect[0] > right or rect[3] < top or rect[1] > bottom:
                continue  # apart from the line's extent: the cheap test first
            if not segment_hits_rect(pa, pb, rect):
                continue
            side = (pos[n][0] - pa[0]) * nx + (pos[n][1] - pa[1]) * ny
            reach = abs(nx) * hw + abs(ny) * hh
            sign = 1.0 if side > 0 or (side == 0 and n < a) else -1.0
            shift = reach - abs(side) + 1e-6
            pos[n][0] += sign * nx * shift
            pos[n][1] += sign * ny * shift
            moved += 1
    return moved


def _port(pos: dict[str, list[float]], ports: Mapping[str, Point], n: str) -> Point:
    off = ports.get(n, (0.0, 0.0))
    return (pos[n][0] + off[0], pos[n][1] + off[1])


# -- lines that pass beside the boxes they do not join ---------------------------------------
Rect = tuple[float, float, float, float]  # left, top, right, bottom
CURVE_STEPS = 16  # straight pieces a bowed line is checked as
DETOUR_STEP = 6.0  # how much further sideways each tried bow goes


def curve_points(a: Point, b: Point, bow: float, steps: int = CURVE_STEPS) -> list[Point]:
    """Points along the drawn line from a to b: a quadratic curve whose control point is
    ``2 * bow`` beside the midpoint, so its middle passes ``bow`` to the side."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    cx = (a[0] + b[0]) / 2 - dy / length * bow * 2
    cy = (a[1] + b[1]) / 2 + dx / length * bow * 2
    out = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        out.append(
            (
                u * u * a[0] + 2 * u * t * cx + t * t * b[0],
                u * u * a[1] + 2 * u * t * cy + t * t * b[1],
            )
        )
    return out


def segment_hits_rect(p: Point, q: Point, r: Rect) -> bool:
    """Whether the segment p-q passes through the rectangle (Liang-Barsky clipping)."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    lo, hi = 0.0, 1.0
    for step, room in (
        (-dx, p[0] - r[0]),
        (dx, r[2] - p[0]),
        (-dy, p[1] - r[1]),
        (dy, r[3] - p[1]),
    ):
        if abs(step) < 1e-12:
            if room < 0:
                return False
            continue
        t = room / step
        if step < 0:
            lo = max(lo, t)
        else:
            hi = min(hi, t)
        if lo > hi:
            return False
    return True


def line_hits(points: list[Point], rects: list[Rect]) -> bool:
    """Whether the line through ``points`` passes through any of ``rects``."""
    for p, q in itertools.pairwise(points):
        x0, x1 = (p[0], q[0]) if p[0] <= q[0] else (q[0], p[0])
        y0, y1 = (p[1], q[1]) if p[1] <= q[1] else (q[1], p[1])
        for r in rects:
            near = r[2] >= x0 and r[0] <= x1 and r[3] >= y0 and r[1] <= y1
            if near and segment_hits_rect(p, q, r):
                return True
    return False


def detour(a: Point, b: Point, bow: float, rects: list[Rect], tries: int = 40) -> float:
    """The bow nearest ``bow`` whose line from a to b passes beside every rectangle of
    ``rects`` (the boxes of the entities it does not join), tried ``DETOUR_STEP`` further
    out each time on alternate sides; ``bow`` itself when it is clear or nothing is."""
    xs, ys = (a[0], b[0]), (a[1], b[1])
    reach = (tries // 2 + 1) * DETOUR_STEP * 2 + abs(bow) * 2  # how far a tried curve strays
    near = [
        r
        for r in rects
        if r[2] >= min(xs) - reach
        and r[0] <= max(xs) + reach
        and r[3] >= min(ys) - reach
        and r[1] <= max(ys) + reach
    ]
    if not near or not line_hits(curve_points(a, b, bow), near):
        return bow
    first = 1.0 if bow >= 0 else -1.0  # a bowed line keeps bending its own way first
    for k in range(1, tries + 1):
        tried = bow + (k + 1) // 2 * DETOUR_STEP * (first if k % 2 else -first)
        if not line_hits(curve_points(a, b, tried), near):
            return tried
    return bow
