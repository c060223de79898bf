"""The interface in Dari and Pashto: complete translations, right to left, chosen in the
View menu or from the desktop's locale, and reports in the chosen language."""

from __future__ import annotations

import html
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from khorasan_desktop import paths
from khorasan_desktop.core import i18n as core_i18n
from khorasan_desktop.render import timeline as timeline_render
from khorasan_desktop.ui import i18n
from khorasan_desktop.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("fa_AF", "ps")
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
Make = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """Each test leaves the interface in English, as the next one expects it."""
    yield
    i18n.apply("en")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in the language's .ts."""
    root = ET.parse(FOLDER / f"khorasan_{language}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation")))
    return out


def fields(text: str) -> list[str]:
    """The ``{name!r:spec}`` placeholders ``str.format`` fills in."""
    return sorted(
        f"{name}!{conv or ''}:{spec or ''}"
        for _lit, name, spec, conv in string.Formatter().parse(text)
        if name is not None
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = messages(language)
    assert len(found) > 600  # the whole interface, not a sample
    missing = [
        (ctx, src)
        for ctx, src, tr in found
        if tr is None
        or tr.get("type") in ("unfinished", "obsolete", "vanished")
        or not (tr.text or "").strip()
    ]
    assert not missing, missing[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_markup_and_lines(language: str) -> None:
    """What the program fills in or lays out must survive translation: the same
    ``{placeholders}``, HTML tags, line breaks and file-dialog patterns."""
    bad = []
    for ctx, src, tr in messages(language):
        text = tr.text or "" if tr is not None else ""
        tags = re.compile(r"</?\w+[^>]*>")
        patterns = re.compile(r"\(\*[^)]*\)")
        if (
            fields(src) != fields(text)
            or sorted(tags.findall(src)) != sorted(tags.findall(text))
            or src.count("\n") != text.count("\n")
            or patterns.findall(src) != patterns.findall(text)
            or ("…" in src) != ("…" in text)
        ):
            bad.append((ctx, src, text))
    assert not bad, bad[:5]


def test_translations_are_in_arabic_script() -> None:
    """A translation is not the English left in place (product names and placeholders
    aside): nearly every message has Arabic letters in both languages."""
    for language in LANGUAGES:
        english = [
            src
            for _c, src, tr in messages(language)
            if not re.search(r"[\u0600-\u06ff]", tr.text or "")
        ]
        assert set(english) <= {"Khorasan Desktop", "Return"}, english


def test_sources_and_compiled_files_are_up_to_date() -> None:
    """lupdate finds no message the .ts files lack (or keep for nothing), and the .qm
    files are what lrelease makes of the .ts: run packaging/translations.py if not."""
    res = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr


def test_the_glossary_and_review_list_exist() -> None:
    glossary = (FOLDER / "GLOSSARY.md").read_text(encoding="utf-8")
    rows = [line for line in glossary.splitlines() if line.startswith("| ") and "---" not in line]
    terms = {row.split("|")[1].strip().lower() for row in rows[1:]}
    for term in ("actor", "province", "incident", "grade", "likely", "almost certainly"):
        assert term in terms, term
    for row in rows[1:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) >= 3 and all(cells[:3]), row
    review = (FOLDER / "REVIEW-FIRST.md").read_text(encoding="utf-8")
    assert "native" in review


@pytest.mark.parametrize(
    ("name", "language"),
    [("fa_AF", "fa_AF"), ("fa_IR", "fa_AF"), ("fa", "fa_AF"), ("ps_AF", "ps"), ("en_GB", "en")],
)
def test_system_locale_picks_the_language(name: str, language: str) -> None:
    assert i18n.resolve("system", QLocale(name)) == language
    assert i18n.resolve("ps", QLocale(name)) == "ps"  # a choice beats the locale


@pytest.mark.parametrize("choice", ["en", "fa_AF", "ps"])
def test_numbers_take_latin_digits_whatever_the_desktop_locale(
    qapp: QApplication, choice: str
) -> None:
    """A year box showed "۲۰۱۵" on a Persian desktop (even with English chosen) while
    every other number in the window reads 2015."""
    from PySide6.QtWidgets import QSpinBox

    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    try:
        i18n.apply(choice)
        box = QSpinBox()
        box.setRange(1990, 2030)
        box.setValue(2015)
        assert box.text() == "2015"
    finally:
        i18n.apply("en")


def _window_in(make_window: Make, choice: str) -> MainWindow:
    settings = QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, choice)
    settings.sync()
    return make_window(restore=False)


def _menu_titles(w: MainWindow) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


@pytest.mark.parametrize(("language", "file_menu"), [("fa_AF", "فایل"), ("ps", "دوتنه")])
def test_dari_and_pashto_windows_run_right_to_left(
    make_window: Make, language: str, file_menu: str
) -> None:
    w = _window_in(make_window, language)
    assert w.language == language
    assert w.layoutDirection() == RTL and QApplication.layoutDirection() == RTL
    assert _menu_titles(w)[0] == file_menu
    assert w.windowTitle() == "Khorasan Desktop"
    docks = {w.dockWidgetArea(d) for d in (w.bookmarks_dock, w.datasets_dock)}
    assert docks == {Qt.DockWidgetArea.RightDockWidgetArea}  # the panes mirrored too
    assert not w.act_rtl.isEnabled() and w.act_rtl.isChecked()
    # Fixed words below the window (report headings) follow the same choice.
    assert core_i18n.right_to_left()
    assert core_i18n.translate("compose", "Contents") != "Contents"


def test_english_window_runs_left_to_right(make_window: Make) -> None:
    w = _window_in(make_window, "en")
    assert w.language == "en"
    assert w.layoutDirection() == LTR and QApplication.layoutDirection() == LTR
    assert _menu_titles(w)[:3] == ["&File", "&Edit", "&View"]
    assert w.act_rtl.isEnabled() and not w.act_rtl.isChecked()
    assert not core_i18n.right_to_left()


def test_a_dari_menu_reads_in_dari(make_window: Make) -> None:
    w = _window_in(make_window, "fa_AF")
    view = next(a.menu() for a in w.menuBar().actions() if a.text() == "نما")
    assert isinstance(view, QMenu)
    texts = [a.text() for a in view.actions() if a.text()]
    assert "گراف روابط" in texts and "نقشه" in texts
    sheet_words = {a.text() for a in w.language_actions.values()}
    assert sheet_words == {"سیستم", "English", "دری", "پښتو"}  # each under its own name


def test_the_language_menu_saves_the_choice_for_the_next_start(
    make_window: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    w = _window_in(make_window, "en")
    monkeypatch.setattr(w, "ask_restart", lambda language: told.append(language) or False)
    w.language_actions["ps"].trigger()
    assert w.settings.value(i18n.SETTING) == "ps"
    assert w.language_actions["ps"].isChecked()
    assert told == ["پښتو"]  # a restart shows it; the window offers one, named so
    assert w.layoutDirection() == LTR  # this window keeps its words until then
    w.close()
    again = make_window(restore=False)
    assert again.language == "ps" and again.layoutDirection() == RTL
    assert _menu_titles(again)[0] == "دوتنه"


def test_the_about_box_says_the_translation_awaits_review(make_window: Make) -> None:
    from khorasan_desktop import __version__
    from khorasan_desktop.ui.about import about_html

    w = _window_in(make_window, "fa_AF")
    text = about_html(w.ref, __version__)
    assert "بازبینی سخنوران بومی" in text  # "review by native speakers"
    i18n.apply("en")
    assert "await review by native speakers" in about_html(w.ref, __version__)


def test_a_dari_report_has_dari_headings_right_to_left(tmp_path: Path, built_db: Path) -> None:
    out = tmp_path / "fa.pdf"
    cmd = [sys.executable, "-m", "khorasan_desktop", "--db", str(built_db), "export", "pdf"]
    cmd += ["-o", str(out), "--language", "fa_AF", "--view", "events:from=2021,to=2021"]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext gives Arabic script as shaped forms, letter by letter between embedding
    # marks: compare the letters, in either order, without marks and spaces.
    import unicodedata

    plain = re.sub(r"[\s\u200c\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))
    # "contents", "author", "date", and the legend's "grading scales" at the end
    for word in ("فهرستمطالب", "نویسنده", "تاریخ", "مقیاسهایدرجهبندی"):
        assert word in plain or word[::-1] in plain, word
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "NotoSansArabic" in fonts


def test_report_tables_run_from_the_right_under_dari(qapp: QApplication) -> None:
    from khorasan_desktop.report import compose

    i18n.apply("fa_AF")
    html = compose._table(["Date", "Place"], [["2021", "Kabul"]])
    assert html.index("مکان") < html.index("تاریخ")  # Place first: the column order reversed
    assert html.index("Kabul") < html.index("2021")
    i18n.apply("en")
    html = compose._table(["Date", "Place"], [["2021", "Kabul"]])
    assert html.index("Date") < html.index("Place")


def test_qt_standard_buttons_follow_dari(qapp: QApplication) -> None:
    """Qt's own words (Cancel, Close on standard buttons) come from Qt's Persian under
    Dari; Qt has none for Pashto, whose standard buttons stay English."""
    from PySide6.QtCore import QCoreApplication

    i18n.apply("fa_AF")
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel != "Cancel" and re.search(r"[\u0600-\u06ff]", cancel)
    i18n.apply("ps")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("MainWindow", "&File") == "دوتنه"


def test_every_translate_call_is_one_lupdate_reads() -> None:
    """lupdate reads ``translate("Context", "text")`` by that name: a call under another
    name (an alias) or with a non-literal context would never reach the .ts files."""
    import ast

    package = REPO / "khorasan_desktop"
    bad = []
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = ("translate", "QT_TRANSLATE_NOOP")
        for node in ast.walk(tree):
            value = node.value if isinstance(node, ast.Assign) else None
            if isinstance(value, ast.Name) and value.id in names:
                bad.append(f"{path.name}:{node.lineno}: alias of {value.id}")
            func = node.func if isinstance(node, ast.Call) else None
            if isinstance(node, ast.Call) and isinstance(func, ast.Name) and func.id in names:
                context = node.args[0] if node.args else None
                if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                    bad.append(f"{path.name}:{node.lineno}: context is not a literal")
    assert not bad, bad


@pytest.mark.parametrize("language", ["ps", "en"])
def test_report_pictures_never_cross_a_page_foot(
    qapp: QApplication, ref_path: Path, tmp_path: Path, language: str
) -> None:
    """The relation graph and its legend are pictures: each lies on one page, also under
    a Pashto heading whose taller lines push the legend past the first page's foot."""
    from khorasan_desktop.core import viewspec
    from khorasan_desktop.data.reference import Reference
    from khorasan_desktop.report import compose
    from khorasan_desktop.report.document import _writer
    from khorasan_desktop.views import notes as notes_kind
    from khorasan_desktop.views import registry

    i18n.apply(language)
    ref = Reference(ref_path)
    try:
        specs = [viewspec.parse("relations:ISIS-K,year=2021")]
        user_db = tmp_path / "user.sqlite"
        loaded = registry.load_all(ref, specs, user_db, notes_kind.UserContent())
        pictures = compose.record_pictures(ref, loaded)
        options = compose.ReportOptions("t", "", "", user_db, 200)
        report = compose.compose(ref, loaded, pictures, options)
        writer = _writer(tmp_path / "x.pdf", "t")
        *_, content = report._page_geometry(writer)
        doc, _handler = report._document(writer, content)
        height = content.height()
        spans = []
        block = doc.begin()
        while block.isValid():
            if "\ufffc" in block.text():
                rect = doc.documentLayout().blockBoundingRect(block)
                # (a block at a page's top may start a hundredth of a pixel above it)
                first = int((rect.top() + 0.5) // height)
                spans.append((first, int((rect.bottom() - 1) // height)))
            block = block.next()
        assert len(spans) == 2  # the graph and its legend
        assert all(first == last for first, last in spans), spans
    finally:
        ref.close()


def test_cells_read_in_their_own_direction_right_to_left(qapp: QApplication) -> None:
    """In a right-to-left table an English cell keeps its reading order (a date first)
    at the right edge; a Dari cell keeps the view's direction; left to right, nothing
    changes."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from khorasan_desktop.ui import bidi

    model = QStandardItemModel()
    model.appendRow([QStandardItem("18 Apr 2015: bombing in Jalalabad"), QStandardItem("کابل")])
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(bidi.ContentDirection(view))
    align = Qt.AlignmentFlag

    def option(column: int, direction: Qt.LayoutDirection) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem()
        opt.direction = direction
        view.itemDelegate().initStyleOption(opt, model.index(0, column))
        return opt

    english = option(0, RTL)
    assert english.direction == LTR
    assert (
        english.displayAlignment & align.AlignRight
        and english.displayAlignment & align.AlignAbsolute
    )
    assert option(1, RTL).direction == RTL
    assert (
        option(0, LTR).direction == LTR
        and not option(0, LTR).displayAlignment & align.AlignAbsolute
    )
    assert bidi.starts_right_to_left("  (2015) کابل") is True
    assert bidi.starts_right_to_left("2015") is None


def test_a_dari_window_gives_its_tables_the_direction_following_delegate(
    make_window: Make,
) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    from khorasan_desktop.ui import bidi

    w = _window_in(make_window, "fa_AF")
    w.open_entity("actor-iskp")
    views = w.findChildren(QAbstractItemView)
    plain = [v for v in views if not isinstance(v.itemDelegate(), bidi.ContentDirection)]
    assert views and len(plain) < len(views)
    page = w.current_page()
    assert isinstance(page, QWidget) and all(
        isinstance(v.itemDelegate(), bidi.ContentDirection)
        for v in page.findChildren(QAbstractItemView)
        if type(v.itemDelegate()).__name__ in ("QStyledItemDelegate", "ContentDirection")
    )


def test_restart_now_saves_the_tabs_and_starts_the_program_again(
    make_window: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QProcess

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, args: started.append((program, args)) or True
    )
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    monkeypatch.setattr(sys, "argv", ["khorasan-desktop", "-reverse"])
    w = _window_in(make_window, "en")
    w.open_entity("actor-iskp")
    monkeypatch.setattr(w, "ask_restart", lambda _language: True)
    w.language_actions["fa_AF"].trigger()
    # The test window reads a copy of the database: the restart comes back to that copy.
    assert started == [
        (sys.executable, ["-m", "khorasan_desktop", "-reverse", "--db", str(w.ref.path.resolve())])
    ]
    assert not w.isVisible()
    assert w.settings.value("tabs/open") == ["entity:actor-iskp"]  # the next start reopens it


def test_a_restart_on_the_usual_database_names_none(
    make_window: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khorasan_desktop import paths

    w = make_window(restore=False)
    monkeypatch.setattr(paths, "reference_db", lambda: w.ref.path)
    assert w._database_arguments() == []


def test_a_missing_translation_falls_back_to_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(i18n, "qm_file", lambda lang: f"translations/none_{lang}.qm")
    assert i18n.apply("ps") == "en"
    assert not core_i18n.right_to_left()
    assert "no translation for ps" in capsys.readouterr().err


def test_a_dari_timeline_walk_and_figures_caption_read_in_dari(qtbot, make_window: Make) -> None:
    """The timeline's keyboard announcement, a mark's tooltip and the published-figures
    line beside its table are in Dari; the figures, their sources and names stay as stored."""
    from khorasan_desktop.ui.pages import VIEW
    from khorasan_desktop.ui.timeline_view import TimelineView

    w = _window_in(make_window, "fa_AF")
    w.open_entity("actor-iskp", new_tab=True)
    w.open_view((VIEW, "timeline"))
    page = w.current_page()
    assert isinstance(page, TimelineView)
    qtbot.waitUntil(
        lambda: page.data is not None and page.data.resolved.entity_id == "actor-iskp",
        timeout=10000,
    )
    assert page.data is not None
    assert page.plot.accessibleName() == "خط زمانی"
    page.mark_keys.start()
    name = page.plot.accessibleName()
    assert name.startswith("خط زمانی: ") and "در این ردیف، ردیف 1 از" in name, name
    assert "این خط از " in page.plot.accessibleDescription()
    mark = page.data.marks[0]
    tip = timeline_render.Hit(mark=mark).tip(page.data)
    assert tip.startswith(mark.name + "\n") and "\nخط: " in tip  # the name as stored
    figures = page.scope_caption.figures
    assert figures is not None and figures.statistics
    line = page.scope_caption.plain_text()
    assert line.startswith("منتشرشده برای این محدوده (") and "Published" not in line
    first = figures.statistics[0]
    tooltip = page.scope_caption.toolTip()
    assert "منبع: " in tooltip and "Source: " not in tooltip
    assert html.escape(first.value_text) in tooltip and html.escape(first.source) in tooltip


@pytest.mark.parametrize("kind", ["chart", "map", "relations"])
def test_the_as_a_table_button_names_its_picture_in_dari(make_window: Make, kind: str) -> None:
    """The Alt+T button's name and tooltip say which picture they turn into a table in
    the window's language ("chart" and "map" were passed in untranslated)."""
    from khorasan_desktop.ui.pages import VIEW

    w = _window_in(make_window, "fa_AF")
    w.open_entity("actor-iskp", new_tab=True)
    if kind == "relations":
        w.open_graph()
    else:
        w.open_view((VIEW, kind))
    button = w.current_page().as_table.button
    for text in (button.accessibleName(), button.toolTip().replace("Alt+T", "")):
        assert text and not re.search("[A-Za-z]", text), text


def test_a_dari_filter_summary_and_counted_line_read_in_dari(qtbot, make_window: Make) -> None:
    """The attribution boxes, the chart caption's scope and "counted" parts and the
    summary a table export carries are the view layer's words, in Dari; the names and
    the stored values inside them stay as they are."""
    from khorasan_desktop.ui.chart_view import ChartView
    from khorasan_desktop.ui.pages import VIEW

    w = _window_in(make_window, "fa_AF")
    w.open_entity("actor-iskp", new_tab=True)
    w.open_view((VIEW, "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    qtbot.waitUntil(lambda: chart.data is not None, timeout=10000)
    boxes = [b.text() for b in chart.filters.attribution.values()]
    assert boxes == ["ادعاشده", "منسوب", "مورد مناقشه"]
    caption = chart.caption.text().split("<br>")[0]  # the caveat below is data, as stored
    assert "عامل: Islamic State Khorasan Province" in caption
    assert "رویدادهای مستند همراه برنامه" in caption
    assert not re.search(r"\b(actor|bundled|documented|incidents)\b", caption), caption
    with qtbot.waitSignal(chart.refreshed, timeout=10000):
        chart.filters.attribution["disputed"].setChecked(False)
    summary = chart.filters.describe()
    assert summary == "عامل: Islamic State Khorasan Province; انتساب: ادعاشده, منسوب", summary


def test_the_graph_legend_filter_reads_in_dari(qtbot, make_window: Make) -> None:
    """The legend filter's relation groups and entity kinds are named in Dari (they were
    shown in English); unchecking one still hides it."""
    from khorasan_desktop.ui.relation_graph import RelationGraphView

    w = _window_in(make_window, "fa_AF")
    w.open_location(("graph", "actor-iskp"), new_tab=True)
    view = w.current_page()
    assert isinstance(view, RelationGraphView)
    qtbot.waitUntil(lambda: not view.is_loading() and bool(view.scene.nodes), timeout=15000)
    legend = view.legend
    shown = [legend.item(i).text() for i in range(legend.count()) if not legend.item(i).isHidden()]
    assert shown
    for text in shown:
        assert not re.search("[A-Za-z]", text), text
    regions = legend.entry("region")
    assert regions.text().startswith("مناطق (")
    assert "country-afg" in view.visible_nodes()
    regions.setCheckState(Qt.CheckState.Unchecked)
    assert "country-afg" not in view.visible_nodes()


def test_a_relations_table_writes_periods_as_the_tooltips_do_in_dari(qtbot, ref) -> None:
    """The table's period cells are the view layer's phrase ("since 2020", "undated"),
    so they read in the interface's language; the table had an English copy of its own."""
    from khorasan_desktop.ui.query import QueryRunner
    from khorasan_desktop.ui.relations_table import RelationsTable
    from khorasan_desktop.views.relations import period_phrase

    i18n.apply("fa_AF")
    table = RelationsTable(ref, QueryRunner.synchronous(ref), None, lambda: "relations")
    qtbot.addWidget(table)
    table.reload()
    model = table.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "دوره"
    )
    cells = {model.index(r, column).data() for r in range(model.rowCount())}
    assert "بدون تاریخ" in cells and "undated" not in cells
    assert any(c.startswith("از ") for c in cells)
    rows = {r.id: r for r in ref.relation_rows()}
    first = model.index(0, column).data()
    assert first in {period_phrase(r) for r in rows.values()}
