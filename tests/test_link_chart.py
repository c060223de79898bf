"""The link chart's view layer: legend filters, grade and source, expand and collapse,
shortest path, saved layouts; and the path export (no Qt here)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from khorasan_desktop.core.viewspec import ViewSpecError, parse
from khorasan_desktop.data.browse import Grade
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import SavedChart, UserStore
from khorasan_desktop.views import registry
from khorasan_desktop.views import relations as rv

ISKP, AQ, TALIBAN = "actor-iskp", "actor-al-qaida", "actor-taliban"


def _load(ref: Reference, text: str, user_db: Path | None = None) -> rv.RelationsViewData:
    data = registry.load(ref, parse(text), user_db or Path("/nonexistent/user.sqlite")).data
    assert isinstance(data, rv.RelationsViewData)
    return data


def test_direct_path_and_a_detour_when_its_type_is_hidden(ref: Reference) -> None:
    direct = _load(ref, "relations:ISIS-K,path=Al-Qaida")
    assert direct.path is not None and direct.path.found
    assert [r.id for r in direct.path.rows] == ["rel-iskp-rival-of-al-qaida"]
    assert "Shortest path (1 relation)" in direct.status()
    # hiding "rival-of" hides its legend entry, "Rival of / threatens", from the chart and
    # from the path alike: the 2-step detour through the Taliban (ISIS-K threatens the
    # Taliban) is not taken; the one through Afghanistan is
    detour = _load(ref, "relations:ISIS-K,path=Al-Qaida,hide=rival-of")
    assert detour.path is not None
    assert [e.id for e in detour.path.entities()] == [ISKP, "country-afg", AQ]
    assert detour.resolved.hidden == {"rival-of", "threatens"}
    whole = _load(ref, "relations:ISIS-K,path=Al-Qaida,hide=rival-of+threatens")
    assert whole.path is not None and whole.path.rows == detour.path.rows
    # the path leaves the depth-1 neighbourhood: its relation is drawn and shown anyway
    shown = {r.id for r in detour.shown}
    assert {r.id for r in detour.path.rows} <= shown
    for data in (detour, whole):
        assert not any(r.type in ("rival-of", "threatens") for r in data.shown)
        assert not any(r.type in ("rival-of", "threatens") for r in data.path.rows)  # type: ignore[union-attr]


def test_the_legend_groups_are_one_definition(ref: Reference) -> None:
    """``hide=`` and the path search hide whole legend entries (the GUI's legend is built
    from the same groups: ``test_legend_entries_are_the_view_layers_groups``)."""
    types = ref.relation_types()
    for group in rv.LEGEND_GROUPS:
        for t in group.types:
            assert rv.whole_groups([t], types) == set(group.types)
    ungrouped = {t for t in types if rv.legend_group(t) is None}
    for t in ungrouped:  # "Other" is one entry too
        assert rv.whole_groups([t], types) == ungrouped
    assert rv.whole_groups(["region"], types) == {"region"}


def test_no_path_is_said_plainly(ref: Reference) -> None:
    data = _load(ref, "relations:ISIS-K,path=Al-Qaida,grade=A")
    assert data.path is not None and not data.path.found
    assert data.path.message().startswith("No path from Islamic State Khorasan Province to")
    assert data.shown == ()  # nothing in the bundled data is graded A


def test_legend_hides_types_and_kinds_but_never_the_centre(ref: Reference) -> None:
    full = _load(ref, "relations:ISIS-K")
    types, kinds = full.counts()
    assert types["operates-in"] >= 5 and kinds["actor"] >= 5
    no_regions = _load(ref, "relations:ISIS-K,hide=region+threatens")
    assert no_regions.shown
    for r in no_regions.shown:
        assert r.type != "threatens"
        assert "region" not in (r.source.kind, r.target.kind)
    assert ISKP in no_regions.reached
    only_actors = _load(ref, "relations:ISIS-K,hide=actor")
    assert ISKP in only_actors.reached  # the centre is an actor
    assert all(
        e.kind != "actor" or e.id == ISKP for r in only_actors.shown for e in (r.source, r.target)
    )
    # the plan (and so the layout) does not depend on the filters
    assert full.graph == only_actors.graph


def test_grade_and_source_filters() -> None:
    brief = (Grade("src-brief", "B", "3"),)
    assert rv.Grading.parse("b").admits(brief)
    assert rv.Grading.parse("B3").admits(brief)
    assert not rv.Grading.parse("B2").admits(brief)
    assert not rv.Grading.parse("A").admits(brief)
    assert not rv.Grading.parse("C").admits(())
    for bad in ("G", "B7", "BB", ""):
        with pytest.raises(ViewSpecError):
            rv.Grading.parse(bad)


def test_source_filter_keeps_relations_cited_by_that_source(ref: Reference) -> None:
    by_brief = _load(ref, "relations:ISIS-K,source=src-brief")
    assert len(by_brief.shown) == len(_load(ref, "relations:ISIS-K").shown)
    other = _load(ref, "relations:ISIS-K,source=src-incidents")
    assert other.shown == ()
    with pytest.raises(ViewSpecError, match="cited source"):
        _load(ref, "relations:ISIS-K,source=actor-taliban")  # not a source
    titled = _load(ref, "relations:ISIS-K,source=Prospects for ISIS")
    assert titled.resolved.source_id == "src-brief"


def test_expand_adds_one_nodes_neighbours_and_collapse_hides_them(ref: Reference) -> None:
    base = _load(ref, "relations:ISIS-K")
    assert "rel-al-qaida-threatens-united-states" not in {r.id for r in base.shown}
    grown = _load(ref, "relations:ISIS-K,expand=Al-Qaida")
    assert "rel-al-qaida-threatens-united-states" in {r.id for r in grown.shown}
    assert "actor-united-states" in grown.reached
    two = _load(ref, "relations:ISIS-K,depth=2")
    assert "actor-united-states" in two.reached
    folded = _load(ref, "relations:ISIS-K,depth=2,collapse=actor-islamic-state")
    # reached only through the Islamic State: hidden; what else reaches stays
    assert not {"region-indian-kashmir", "region-xinjiang"} & folded.reached
    assert "actor-islamic-state" in folded.reached  # the collapsed entity stays
    assert len(folded.reached) == len(two.reached) - 2


def test_unknown_hide_value_and_path_name_are_refused(ref: Reference) -> None:
    with pytest.raises(ViewSpecError, match="hide takes"):
        _load(ref, "relations:ISIS-K,hide=friend-of")
    with pytest.raises(Exception, match="No entity matches"):
        _load(ref, "relations:ISIS-K,path=Nowhere-at-all")


def test_spec_round_trip(ref: Reference) -> None:
    text = "relations:ISIS-K,depth=2,year=2021,path=Al-Qaida,grade=B3,hide=event+region"
    resolved = rv.resolve(ref, parse(text))
    assert resolved.to_spec().text() == text
    assert "graded B3 or better" in resolved.describe()


def test_saved_chart_gives_positions_pins_and_options(ref: Reference, tmp_path: Path) -> None:
    db = tmp_path / "user.sqlite"
    store = UserStore(db)
    store.save_link_chart(
        SavedChart(
            "rivals",
            "relations:ISIS-K,hide=region,path=Al-Qaida",
            {ISKP: (0.0, 0.0), TALIBAN: (120.5, -40.25)},
            (TALIBAN,),
        )
    )
    assert [c.name for c in store.link_charts()] == ["rivals"]
    store.close()
    data = _load(ref, "relations:ISIS-K,layout=rivals", db)
    assert data.layout.positions[TALIBAN] == (120.5, -40.25)
    assert data.layout.pinned == frozenset({TALIBAN})
    assert "region" in data.resolved.hidden and data.resolved.path_id == AQ
    # options given with the layout win over the saved ones
    assert _load(ref, "relations:ISIS-K,layout=rivals,hide=event", db).resolved.hidden == {"event"}
    with pytest.raises(ViewSpecError, match="saved: rivals"):
        _load(ref, "relations:ISIS-K,layout=nope", db)


def test_saving_again_replaces_and_delete_removes(tmp_path: Path) -> None:
    store = UserStore(tmp_path / "u.sqlite")
    store.save_link_chart(SavedChart("a", "relations:ISIS-K", {}, ()))
    store.save_link_chart(SavedChart("a", "relations:Taliban", {"x": (1, 2)}, ("x",)))
    chart = store.link_chart("a")
    assert chart is not None and chart.spec == "relations:Taliban" and chart.pinned == ("x",)
    store.delete_link_chart("a")
    assert store.link_charts() == []


def _cli(*args: str, user_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "khorasan_desktop", "--user-dir", str(user_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_export_path_as_csv_and_json(tmp_path: Path) -> None:
    out = tmp_path / "path.csv"
    run = _cli(
        "export",
        "csv",
        "-o",
        str(out),
        "--view",
        "relations:ISIS-K,path=Al-Qaida,hide=rival-of",
        user_dir=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    lines = out.read_text().splitlines()
    assert lines[0].startswith("step,subject_id,")
    assert len(lines) == 3 and lines[1].startswith("1,actor-iskp,")
    js = tmp_path / "none.json"
    run = _cli(
        "export",
        "json",
        "-o",
        str(js),
        "--view",
        "relations:ISIS-K,path=Al-Qaida,grade=A",
        user_dir=tmp_path,
    )
    assert run.returncode == 0
    assert "No path from Islamic State Khorasan Province to Al-Qaida" in run.stderr
    meta = json.loads(js.read_text())["meta"]
    assert meta["path_found"] is False and meta["path"] == []


class _Graph:
    """A reference-shaped stand-in over a random graph (only what find_path calls)."""

    def __init__(self, n: int, m: int, seed: int) -> None:
        import random

        from khorasan_desktop.core.models import EntityRef
        from khorasan_desktop.data.browse import RelationRow

        rng = random.Random(seed)
        self.refs = {f"e{i:03d}": EntityRef(f"e{i:03d}", "actor", f"E{i}") for i in range(n)}
        ids = sorted(self.refs)
        self.rows = []
        for k in range(m):
            a, b = rng.sample(ids, 2)
            self.rows.append(
                RelationRow(
                    f"r{k:04d}", "ally-of", self.refs[a], self.refs[b], None, None, None, False, ""
                )
            )

    def ref(self, i: str):  # type: ignore[no-untyped-def]
        return self.refs[i]

    def relations_touching(self, ids):  # type: ignore[no-untyped-def]
        wanted = set(ids)
        return [r for r in self.rows if r.source.id in wanted or r.target.id in wanted]

    def relation_grades(self, ids):  # type: ignore[no-untyped-def]
        return {}


def _bfs_length(g: _Graph, a: str, b: str) -> int | None:
    from collections import deque

    dist = {a: 0}
    queue = deque([a])
    while queue:
        cur = queue.popleft()
        for r in g.relations_touching([cur]):
            nxt = r.target.id if r.source.id == cur else r.source.id
            if nxt not in dist:
                dist[nxt] = dist[cur] + 1
                queue.append(nxt)
    return dist.get(b)


@pytest.mark.parametrize("seed", range(25))
def test_two_sided_search_finds_a_shortest_chain(seed: int) -> None:
    g = _Graph(60, 75, seed)
    resolved = rv.ResolvedRelations("e000", 1, None, "e000", path_id="e059")
    found = rv.find_path(g, resolved)  # type: ignore[arg-type]
    assert found is not None
    want = _bfs_length(g, "e000", "e059")
    if want is None or want > rv.MAX_PATH_STEPS:
        assert not found.found
        return
    assert found.found and len(found.rows) == want
    chain = found.entities()  # consecutive: each relation links the two entities around it
    assert chain[0].id == "e000" and chain[-1].id == "e059"
    for r, (x, y) in zip(found.rows, itertools.pairwise(chain), strict=True):
        assert {r.source.id, r.target.id} == {x.id, y.id}
