"""The graph layout is deterministic, centred and keeps nodes apart."""

from __future__ import annotations

import itertools
import math

from khorasan_desktop.core.graph_layout import depths, layout


def _graph(n: int) -> tuple[list[str], list[tuple[str, str]]]:
    nodes = [f"n{i:02d}" for i in range(n)]
    edges = [("n00", f"n{i:02d}") for i in range(1, 20)]
    edges += [(f"n{1 + i % 19:02d}", f"n{i:02d}") for i in range(20, n)]
    edges += [("n03", "n04"), ("n05", "n11")]
    return nodes, edges


def test_same_input_same_output_whatever_the_order() -> None:
    nodes, edges = _graph(40)
    first = layout(nodes, edges, "n00")
    again = layout(list(reversed(nodes)), list(reversed(edges)), "n00")
    assert first == again
    assert layout(nodes, edges, "n00", seed=0) == first


def test_centre_at_origin() -> None:
    nodes, edges = _graph(30)
    pos = layout(nodes, edges, "n07")
    assert pos["n07"] == (0.0, 0.0)
    assert set(pos) == set(nodes)


def test_sixty_nodes_keep_a_minimum_distance() -> None:
    nodes, edges = _graph(60)
    pos = layout(nodes, edges, "n00")
    closest = min(math.dist(pos[a], pos[b]) for a, b in itertools.combinations(nodes, 2))
    assert closest >= 1.0


def test_boxes_do_not_overlap() -> None:
    nodes, edges = _graph(30)
    sizes = {n: (3.0 + i % 4, 1.0 + i % 3) for i, n in enumerate(nodes)}
    pos = layout(nodes, edges, "n00", sizes=sizes, gap=0.0, aspect=1.5)
    for a, b in itertools.combinations(nodes, 2):
        dx = abs(pos[a][0] - pos[b][0])
        dy = abs(pos[a][1] - pos[b][1])
        clear_x = dx >= (sizes[a][0] + sizes[b][0]) / 2 - 1e-6
        clear_y = dy >= (sizes[a][1] + sizes[b][1]) / 2 - 1e-6
        assert clear_x or clear_y, (a, b)


def test_rings_by_depth() -> None:
    nodes, edges = _graph(40)
    d = depths(nodes, edges, "n00")
    assert d["n00"] == 0 and d["n01"] == 1 and d["n25"] == 2
    pos = layout(nodes, edges, "n00")
    inner = max(math.hypot(*pos[n]) for n in nodes if d[n] == 1)
    outer = sum(math.hypot(*pos[n]) for n in nodes if d[n] == 2) / 21
    assert outer > inner * 0.9


def test_single_and_disconnected_nodes() -> None:
    assert layout([], [], "a") == {"a": (0.0, 0.0)}
    pos = layout(["a", "b", "c"], [("a", "b")], "a")
    assert pos["a"] == (0.0, 0.0) and len(pos) == 3
    assert math.dist(pos["b"], pos["c"]) >= 1.0


def test_fixed_nodes_stay_and_new_ones_land_beside_them() -> None:
    edges = [("c", "a"), ("c", "b"), ("a", "x"), ("a", "y"), ("b", "z")]
    fixed = {"a": (300.0, 0.0), "b": (-300.0, 0.0)}
    pos = layout(["c", "a", "b", "x", "y", "z"], edges, "c", fixed=fixed)
    assert pos["a"] == (300.0, 0.0) and pos["b"] == (-300.0, 0.0)
    assert pos["c"] == (0.0, 0.0)  # the centre stays at the origin when not given
    for new, anchor in (("x", "a"), ("y", "a"), ("z", "b")):
        nx, ny = pos[new]
        ax, ay = pos[anchor]
        assert math.hypot(nx - ax, ny - ay) < 150  # next to its node, not on a far ring
    again = layout(["c", "a", "b", "x", "y", "z"], edges, "c", fixed=fixed)
    assert again == pos
