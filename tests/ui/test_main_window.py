"""The main window as a user drives it: search, open, navigate, note, bookmark, restart."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from khorasan_desktop.core.models import SearchResult
from khorasan_desktop.ui import search_panel
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.entity_page import EntityPage
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.tasks import Task, TaskRunner
from tests.ui.runners import LateRunner

Make = Callable[..., MainWindow]


def test_type_iskp_and_enter_opens_isis_k(qtbot, make_window: Make) -> None:
    w = make_window()
    w.show()
    panel = w.search
    with qtbot.waitSignal(panel.resultsShown, timeout=5000):
        qtbot.keyClicks(panel.field, "iskp")
    top = panel.current_hits()[0]
    assert top.id == "actor-iskp" and top.matched == "alias: ISKP"
    with qtbot.waitSignal(w.pageOpened, timeout=5000) as sig:
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert sig.args == ["entity:actor-iskp"]
    page = w.current_page()
    assert isinstance(page, EntityPage)
    assert page.title  # named before its text is read
    qtbot.wait_until(lambda: page.entity is not None, timeout=5000)  # read in the background
    html = page.browser.toHtml()
    assert "about 2,000" in html and "para. 7" in html


def test_enter_before_debounce_opens_the_new_top_hit(qtbot, make_window: Make) -> None:
    w = make_window()
    panel = w.search
    panel.field.setText("taleban")
    with qtbot.waitSignal(w.pageOpened, timeout=5000) as sig:
        panel.open_top_hit()
    assert sig.args == ["entity:actor-taliban"]


def test_stale_results_are_dropped(qtbot, ref, monkeypatch) -> None:
    """The first query is held back until the second has been shown, then answers last."""
    release = threading.Event()
    real = search_panel._search_in_worker

    def held(db_path: str, text: str, generation: int, **kw: Any) -> tuple[int, SearchResult]:
        if text == "kabul":
            assert release.wait(10), "the first query was never released"
        return real(db_path, text, generation, **kw)

    monkeypatch.setattr(search_panel, "_search_in_worker", held)
    runner = LateRunner()
    panel = search_panel.SearchPanel.over(ref, runner)
    qtbot.addWidget(panel)
    panel.field.setText("kabul")
    panel.run_now()
    panel.field.setText("nangarhar")  # typed again before the first answer arrived
    with qtbot.waitSignal(panel.resultsShown, timeout=5000) as newest:
        panel.run_now()
    assert newest.args == [panel.generation]
    assert panel.current_hits()[0].id == "prov-afg-nangarhar"
    stale = runner.tasks[0]
    with qtbot.waitSignal(stale.signals.done, timeout=5000):
        release.set()  # the stale answer now arrives, after the newer one
    assert panel.current_hits()[0].id == "prov-afg-nangarhar"
    assert panel.shown_generation == panel.generation
    runner.join()


class _ThreadRunner(TaskRunner):
    """Runs each task (its real ``run``: cancel checks included) on a thread of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks: list[Task] = []
        self.threads: list[threading.Thread] = []

    def start(self, task: Task) -> Task:
        self.tasks.append(task)
        thread = threading.Thread(target=task.run, daemon=True)
        self.threads.append(thread)
        thread.start()
        return task


def test_typing_cancels_the_running_search(qtbot, ref, monkeypatch) -> None:
    """A search still running when the next key arrives is stopped inside SQLite."""
    from khorasan_desktop.data import search as search_mod

    real = search_mod.search
    running = threading.Event()
    outcome: list[str] = []

    def slow(db, text, **kw):  # type: ignore[no-untyped-def]
        if text != "kabul":
            return real(db, text, **kw)
        running.set()
        try:  # minutes of work unless interrupted
            db.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < 1000000000) SELECT count(*) FROM n"
            ).fetchone()
        except Exception as exc:
            outcome.append(type(exc).__name__)
            raise
        outcome.append("finished")
        return real(db, text, **kw)

    monkeypatch.setattr(search_mod, "search", slow)
    runner = _ThreadRunner()
    panel = search_panel.SearchPanel.over(ref, runner)
    qtbot.addWidget(panel)
    panel.field.setText("kabul")
    panel.run_now()
    assert running.wait(10), "the first search never started"
    first = runner.tasks[0]
    with qtbot.waitSignal(first.signals.done, timeout=5000):
        qtbot.keyClicks(panel.field, "x")  # the next keystroke
    # SQLite stopped the statement (the data layer turns that into Interrupted, which a
    # cancelled task keeps to itself), and nothing stale reached the screen.
    assert first.is_cancelled and outcome == ["OperationalError"]
    assert panel.shown_generation != 1
    with qtbot.waitSignal(panel.resultsShown, timeout=5000) as shown:
        panel.field.setText("nangarhar")
    assert shown.args == [panel.generation]
    assert panel.current_hits()[0].id == "prov-afg-nangarhar"
    for thread in runner.threads:
        thread.join(5)


def test_malformed_search_shows_a_message(qtbot, make_window: Make) -> None:
    w = make_window()
    panel = w.search
    with qtbot.waitSignal(panel.resultsShown, timeout=5000):
        panel.field.setText('"*')
    assert panel.message.text()
    assert panel.current_hits() == []


def test_back_forward_and_ctrl_click_tabs(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    w.open_entity("actor-taliban")
    assert w.tabs.count() == 1
    assert w.act_back.isEnabled()
    w.back()
    assert w.current_page().entity_id == "actor-iskp"  # type: ignore[union-attr]
    assert w.act_forward.isEnabled()
    w.forward()
    assert w.current_page().entity_id == "actor-taliban"  # type: ignore[union-attr]
    w.open_entity("actor-al-qaida", True)
    assert w.tabs.count() == 2
    w.open_entity("actor-iskp")  # not open any more: navigates the current tab
    w.open_entity("actor-taliban")  # open in tab 0: focuses it
    assert w.tabs.currentIndex() == 0
    w.close_current()
    assert w.tabs.count() == 1


def test_entity_page_links_open_pages(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    page = w.current_page()
    assert isinstance(page, EntityPage)
    from PySide6.QtCore import QUrl

    with qtbot.waitSignal(w.pageOpened, timeout=3000) as sig:
        page.browser.anchorClicked.emit(QUrl("entity:prov-afg-kunar"))
    assert sig.args == ["entity:prov-afg-kunar"]


def test_event_page_shows_precision_and_figures(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.open_entity("isk-2021-10-03-kabul")
    page = w.current_page()
    assert isinstance(page, EntityPage)
    qtbot.wait_until(lambda: page.entity is not None, timeout=5000)
    html = page.browser.toPlainText()
    assert "3 Oct 2021" in html and "precision: day" in html
    assert "best — · low 2 · high 8" in html
    assert "claimed" in html


def test_notes_and_bookmarks_survive_a_restart(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    page = w.current_page()
    assert isinstance(page, EntityPage)
    page.notes_edit.setPlainText("Check the 2021 claims against UN figures.")
    with qtbot.waitSignal(page.noteSaved, timeout=3000):
        pass
    w.toggle_bookmark()
    assert w.bookmarks.count() == 1
    w.open_view(("view", "chart"))
    w.close()

    w2 = make_window(restore=True)
    assert w2.open_locations() == ["entity:actor-iskp", "view:chart"]
    w2.tabs.setCurrentIndex(0)
    page2 = w2.current_page()
    assert isinstance(page2, EntityPage)
    assert page2.notes_edit.toPlainText() == "Check the 2021 claims against UN figures."
    assert [w2.bookmarks.item(i).text() for i in range(w2.bookmarks.count())] == [
        "Islamic State Khorasan Province"
    ]
    assert w2.recent.count() >= 1


def test_note_flushed_when_tab_closes(make_window: Make, user) -> None:
    w = make_window(restore=False)
    w.open_entity("actor-taliban")
    page = w.current_page()
    assert isinstance(page, EntityPage)
    page.notes_edit.setPlainText("typed then closed at once")
    w.close_current()
    assert user.note("actor-taliban") == "typed then closed at once"


def test_status_bar_says_offline(make_window: Make) -> None:
    w = make_window(restore=False)
    assert "Offline" in w.status_label.text()
    assert "2026.11.1" in w.status_label.text()


def test_every_action_is_in_a_menu(make_window: Make) -> None:
    w = make_window(restore=False)
    in_menus = set()
    for menu_action in w.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None:
            in_menus |= set(menu.actions())  # type: ignore[attr-defined]
    for act in (
        w.act_back,
        w.act_forward,
        w.act_find,
        w.act_close,
        w.act_bookmark,
        w.act_export,
        w.act_graph,
        w.act_chart,
        w.act_map,
        w.act_about,
        w.act_guide,
    ):
        assert act in in_menus, act.text()
    assert w.act_find.shortcuts()[0].toString() == "Ctrl+F"
    assert w.act_find.shortcuts()[1].toString() == "Ctrl+K"


def _chart(qtbot, w: MainWindow) -> ChartView:
    """Open the chart (it counts in the background) and wait for its first drawing."""
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    if chart.counts is None:
        with qtbot.waitSignal(chart.refreshed, timeout=5000):
            pass
    return chart


def _settled(qtbot, chart: ChartView, change) -> None:
    with qtbot.waitSignal(chart.refreshed, timeout=5000):
        change()


def test_chart_data_equals_data_layer_counts(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    chart = _chart(qtbot, w)
    _settled(qtbot, chart, lambda: chart.filters.set_value("province", "prov-afg-nangarhar"))
    _settled(qtbot, chart, lambda: chart.set_bin("quarter"))
    periods, heights = chart.bar_data()
    counts = w.ref.counts(chart.current_filter(), "quarter")
    expected = {b.period: b.count for b in counts.bins}
    drawn = {p: h for p, h in zip(periods, heights, strict=True) if h}
    assert drawn == expected
    assert sum(heights) + counts.imprecise == 80
    x, y = chart.bars[0].opts["x"], chart.bars[0].opts["height"]
    assert list(y) == heights and len(x) == len(periods)
    with qtbot.waitSignal(chart.binSelected, timeout=5000):
        chart.select_bin("2018-Q2")
    assert chart.events_model.rowCount() == expected["2018-Q2"]


def test_chart_stacked_by_country_sums_to_totals(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    chart = _chart(qtbot, w)
    _settled(qtbot, chart, lambda: chart.set_stack("country"))
    stacks = chart.stacked_heights()
    assert "Afghanistan" in stacks and "Pakistan" in stacks
    _, totals = chart.bar_data()
    summed = [sum(col) for col in zip(*stacks.values(), strict=True)]
    assert summed == totals


def test_chart_counts_imprecise_dates_apart(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    chart = _chart(qtbot, w)
    _settled(qtbot, chart, lambda: chart.set_bin("month"))
    assert chart.counts is not None
    heights_total = sum(chart.bar_data()[1])
    assert heights_total + chart.counts.imprecise == chart.counts.total
    assert chart.chart.figures  # published figures drawn beside the bars


def test_unusable_user_folder_keeps_the_app_working(qtbot, ref_path, tmp_path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from khorasan_desktop.data.reference import Reference
    from khorasan_desktop.data.userdb import UserStore

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    ref = Reference(ref_path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(ref, lambda: UserStore(blocker / "user.sqlite"), settings)
    qtbot.addWidget(w)
    shown: list[str] = []
    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda *a, **k: shown.append(a[2]))  # type: ignore[method-assign]
    try:
        w.open_entity("actor-iskp")
        page = w.current_page()
        assert isinstance(page, EntityPage)
        page.notes_edit.setPlainText("kept for this session")
        page.save_note()
        assert w.user.note("actor-iskp") == "kept for this session"
        qtbot.wait_until(lambda: bool(shown), timeout=3000)
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]
    assert w.user_problem and "Cannot open your data" in w.user_problem
    assert blocker.read_text() == "a file where the data folder should be"
    ref.close()


def test_corrupt_user_database_is_reported_not_deleted(tmp_path) -> None:
    import pytest

    from khorasan_desktop.data.errors import DataError
    from khorasan_desktop.data.userdb import UserStore

    bad = tmp_path / "user.sqlite"
    bad.write_bytes(b"garbage" * 500)
    with pytest.raises(DataError, match=r"is damaged .*nothing was written"):
        UserStore(bad)
    assert bad.read_bytes() == b"garbage" * 500


def test_citation_markers_have_hover_text(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    page = w.current_page()
    assert isinstance(page, EntityPage)
    qtbot.wait_until(lambda: page.entity is not None, timeout=5000)
    first = page.citation_hover["#cite-1"]
    assert "Prospects for ISIS in Afghanistan, para." in first and "grade B" in first


def test_entity_tables_fill_in_the_background(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    page = w.current_page()
    assert isinstance(page, EntityPage)
    if page._pending:
        with qtbot.waitSignal(page.loaded, timeout=5000):
            pass
    assert page.relations_model.rowCount() == 27
    assert page.events_model.rowCount() >= 305
    assert page.tabs.tabText(0) == "Relations (27)"


def test_stale_chart_results_are_dropped(qtbot, ref, tmp_path, monkeypatch) -> None:
    """The first count is held back until the second has been drawn, then answers last."""
    from khorasan_desktop.ui import chart_view as chart_module
    from khorasan_desktop.ui.query import QueryRunner

    release = threading.Event()
    real = chart_module._load_chart

    def held(ref, user_db, flt, *args):  # type: ignore[no-untyped-def]
        if flt.country_id == "country-pak":
            assert release.wait(10), "the first count was never released"
        return real(ref, user_db, flt, *args)

    monkeypatch.setattr(chart_module, "_load_chart", held)
    runner = LateRunner()
    chart = ChartView(ref, query=QueryRunner(ref, runner), user_db=tmp_path / "user.sqlite")
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.refreshed, timeout=5000):
        pass  # the first, unfiltered count
    chart.filters.set_value("country", "country-pak")  # held back
    with qtbot.waitSignal(chart.refreshed, timeout=5000):
        chart.filters.set_value("country", "country-afg")  # supersedes it, drawn first
    assert chart.counts is not None and chart.counts.total == 245
    afghanistan = chart.bar_data()
    stale = runner.tasks[-2]
    with qtbot.waitSignal(stale.signals.done, timeout=5000):
        release.set()
    assert chart.counts.total == 245 and chart.bar_data() == afghanistan
    assert chart.data is not None and chart.data.resolved.flt.country_id == "country-afg"
    runner.join()


def test_a_stale_request_that_fails_shows_no_error(qtbot, ref) -> None:
    """An older query that fails after a newer one was asked for neither shows its error
    nor takes the newer request off the pending list."""
    from khorasan_desktop.ui.query import QueryRunner

    release = threading.Event()

    def old(_ref: object) -> None:
        assert release.wait(10)
        raise RuntimeError("old query failed")

    def new(_ref: object) -> str:
        assert release.wait(10)
        return "new answer"

    runner = LateRunner()
    query = QueryRunner(ref, runner)
    errors: list[str] = []
    results: list[str] = []
    query.submit("c", old, on_result=results.append, on_error=errors.append)
    query.submit("c", new, on_result=results.append, on_error=errors.append)
    assert query.busy("c")
    with qtbot.waitSignals([query.finished, runner.tasks[0].signals.done], timeout=5000):
        release.set()
    assert not query.busy("c")
    assert results == ["new answer"] and errors == []


def test_install_data_update_from_the_help_menu(
    qtbot, make_window: Make, tmp_path, built_db, monkeypatch, trusted_pack_key
) -> None:
    import shutil
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from khorasan_desktop import paths
    from khorasan_desktop.data.packs import build_pack
    from khorasan_desktop.data.signing import load_private_key

    newer = tmp_path / "newer.sqlite"
    shutil.copy(built_db, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE meta SET value = '2099.1.1' WHERE key = 'data_version'")
    conn.commit()
    conn.close()
    pack = tmp_path / "update.zip"
    build_pack(newer, pack, load_private_key(trusted_pack_key), changes="test update")
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    page = w.current_page()
    page.notes_edit.setPlainText("a note that must survive")  # type: ignore[union-attr]
    page.save_note()  # type: ignore[union-attr]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    from khorasan_desktop.ui.pack_actions import PackActions

    actions = PackActions(w, w.runner)
    with qtbot.waitSignal(actions.finished, timeout=20000):
        actions.install_from(pack)
    assert "Installed data version 2099.1.1" in shown[0]
    assert paths.reference_db().name.startswith("khorasan-2099")
    assert w.user.note("actor-iskp") == "a note that must survive"


def test_trust_a_publisher_key_shows_the_fingerprint_and_asks(
    qtbot, make_window: Make, tmp_path, pack_key, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from khorasan_desktop.data import signing
    from khorasan_desktop.ui.pack_actions import PackActions

    public = pack_key.with_name("publisher.pub.pem")
    fp = signing.fingerprint(signing.load_public_key(public))
    w = make_window(restore=False)
    actions = PackActions(w, w.runner)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert actions.trust_key_from(public) is False
    assert fp in asked[0]
    assert fp not in {k.fingerprint for k in signing.keyring()}
    answer[0] = QMessageBox.StandardButton.Yes
    assert actions.trust_key_from(public) is True
    assert fp in {k.fingerprint for k in signing.keyring()}
    assert actions.trust_key_from(pack_key) is False  # a private key: refused, one line
    assert "private key" in warnings[0] and "\n" not in warnings[0]
    assert w.act_trust_key.text().replace("&", "").startswith("Trust a publisher key")
