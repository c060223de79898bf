"""Every item model passes pytest-qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.ui.events_model import EventsTableModel
from khorasan_desktop.ui.result_model import SearchResultModel
from khorasan_desktop.ui.tree_model import BrowseTreeModel, EntityIdRole


def _expand_all(model: BrowseTreeModel, parent: object = None, depth: int = 0) -> int:
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    if model.canFetchMore(parent):  # type: ignore[arg-type]
        model.fetchMore(parent)  # type: ignore[arg-type]
    n = model.rowCount(parent)  # type: ignore[arg-type]
    total = n
    if depth < 3:
        for row in range(n):
            total += _expand_all(model, model.index(row, 0, parent), depth + 1)  # type: ignore[arg-type]
    return total


def test_browse_tree(qtmodeltester: ModelTester, ref: Reference) -> None:
    model = BrowseTreeModel.over(ref.tree_children)
    qtmodeltester.check(model)
    total = _expand_all(model)
    assert total > 600
    qtmodeltester.check(model)
    actors = model.index(0, 0)
    assert actors.data().startswith("Actors")
    groups = model.index(0, 0, actors)
    assert groups.data().startswith("Groups")
    names = [model.index(r, 0, groups).data() for r in range(model.rowCount(groups))]
    assert "Islamic State Khorasan Province" in names
    events = model.index(2, 0)
    years = [model.index(r, 0, events).data() for r in range(model.rowCount(events))]
    assert any(y.startswith("2018 (") for y in years)


def test_tree_shows_its_top_rows_before_the_repository_is_attached(
    qtmodeltester: ModelTester, ref: Reference
) -> None:
    """The first frame: the four top rows from one query on a plain connection; the
    branches open once the repository is attached, not before."""
    from khorasan_desktop.data.connection import open_reference
    from khorasan_desktop.data.tree_rows import root_rows

    conn = open_reference(ref.path)
    qtmodeltester.check(BrowseTreeModel(root_rows(conn)))
    model = BrowseTreeModel(root_rows(conn))
    actors = model.index(0, 0)
    labels = [str(model.index(r, 0).data()).split(" (")[0] for r in range(model.rowCount())]
    assert labels == ["Actors", "Regions", "Events", "Sources"]
    assert model.hasChildren(actors) and not model.canFetchMore(actors)
    model.fetchMore(actors)
    assert model.rowCount(actors) == 0
    model.attach(ref.tree_children)
    assert model.canFetchMore(actors)
    model.fetchMore(actors)
    assert model.index(0, 0, actors).data().startswith("Groups")
    assert root_rows(conn) == ref.tree_children("root")
    qtmodeltester.check(model)
    conn.close()


def test_tree_event_leaves_carry_ids(ref: Reference) -> None:
    model = BrowseTreeModel.over(ref.tree_children)
    _expand_all(model)
    key = model.find_key("events/2021/08")
    assert key.isValid()
    ids = [model.index(r, 0, key).data(EntityIdRole) for r in range(model.rowCount(key))]
    assert "isk-2021-08-26-kabul" in ids or any(i.startswith("isk-2021-08") for i in ids)


def test_search_results_model(qtmodeltester: ModelTester, ref: Reference) -> None:
    model = SearchResultModel()
    model.set_hits(list(ref.search("kabul").hits))
    qtmodeltester.check(model)
    assert "name: Kabul" in model.index(0, 0).data()


def test_events_model_lazy_and_sortable(qtmodeltester: ModelTester, ref: Reference) -> None:
    fetched: list[int] = []

    def fetch(ids: list[str]) -> dict[str, object]:
        fetched.append(len(ids))
        return ref.event_rows(ids)  # type: ignore[return-value]

    model = EventsTableModel(fetch)  # type: ignore[arg-type]
    ids = ref.incident_ids(CountFilter())
    model.set_ids(ids)
    assert fetched == []  # nothing read before a row is shown
    assert model.index(0, 0).data()
    assert fetched and max(fetched) <= 200
    qtmodeltester.check(model)
    model.sort(5)
    qtmodeltester.check(model)


def test_relations_model_and_filter(qtbot, qtmodeltester: ModelTester, ref: Reference) -> None:
    """The lazy relations model passes the model tester, and the table's filters (SQL)
    apply the graph's as-of rule."""
    from khorasan_desktop.ui.query import QueryRunner
    from khorasan_desktop.ui.relations_table import RelationsTable
    from khorasan_desktop.views.relations import visible_in

    table = RelationsTable(ref, QueryRunner.synchronous(ref), None, lambda: "relations")
    qtbot.addWidget(table)
    table.reload()
    model = table.model
    qtmodeltester.check(model)
    everything = model.rowCount()
    assert everything == len(ref.relation_rows())
    table.set_type("leader-of")
    assert 0 < model.rowCount() < everything
    table.set_type(None)
    table.set_year(2019)
    expected = [r for r in ref.relation_rows() if visible_in(r, 2019)]
    assert model.rowCount() == len(expected)
    subjects = {
        model.index(r, 0).data()
        for r in range(model.rowCount())
        if model.index(r, 1).data() == "leader-of"
    }
    assert "Shahab al-Muhajir" not in subjects  # leads ISIS-K since 2020
    qtmodeltester.check(model)


def test_relations_sort_in_sql_and_fetch_lazily(qtbot, ref: Reference) -> None:
    from khorasan_desktop.ui.query import QueryRunner
    from khorasan_desktop.ui.relations_table import RelationsTable

    fetched: list[int] = []
    table = RelationsTable(ref, QueryRunner.synchronous(ref), None, lambda: "relations")
    qtbot.addWidget(table)
    real = table.model.fetch
    table.model.fetch = lambda ids: (fetched.append(len(ids)), real(ids))[1]  # type: ignore[method-assign]
    table.reload()
    assert fetched == []  # ids only until a row is drawn
    names = [table.model.index(r, 2).data() for r in range(table.model.rowCount())]
    assert max(fetched) <= 200
    table.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    names_desc = [table.model.index(r, 2).data() for r in range(table.model.rowCount())]
    assert names_desc == sorted(names, key=str.casefold, reverse=True)
