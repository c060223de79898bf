"""Main window: search and browse dock, tabbed pages with history, menus and status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6

# Qt classes are reached through their modules (QtWidgets.QDockWidget) at the point of use:
# PySide6 initialises a class on first access (about 1 ms apiece, 12 ms for the Qt
# namespace), so naming them here would put that cost before the window is on screen.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from khorasan_desktop import __version__
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.ui import i18n, shortcuts, theme, window_geometry
from khorasan_desktop.ui.page_tab import Location, PageState, PageTab, restore_state
from khorasan_desktop.ui.pages import VIEW, Page, UnknownPage, build_page, page_kind, report_entries
from khorasan_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from khorasan_desktop.core.viewspec import ViewSpec
    from khorasan_desktop.data.reference import Reference
    from khorasan_desktop.data.tree_rows import FirstFrame, TreeRow
    from khorasan_desktop.data.userdb import Investigation, UserStore
    from khorasan_desktop.ui.datasets_panel import DatasetsPanel
    from khorasan_desktop.ui.export_dialog import ExportDialog
    from khorasan_desktop.ui.guide import GuideDialog
    from khorasan_desktop.ui.pack_actions import PackActions
    from khorasan_desktop.ui.query import QueryRunner
    from khorasan_desktop.ui.search_panel import SearchPanel
    from khorasan_desktop.ui.stix_actions import StixActions

RTL_SETTING = "view/right_to_left"  # View > Right-to-left layout (else Qt's -reverse decides)
FIRST_FRAME_MS = 40  # let the window map and paint before heavier start-up work
LOAD_AT_THE_LATEST_MS = 500  # a start from a path loads its data layer by then, painted or not
DEFAULT_GRAPH_CENTRE = "actor-iskp"  # Ctrl+G from a page that shows no entity


class MainWindow(QMainWindow):
    pageOpened = Signal(str)  # the location key of the page now shown
    built = Signal()  # the window's contents exist (at once, or after a deferred start)

    def __init__(
        self,
        ref: Reference | Path,
        user: UserStore | Callable[[], UserStore],
        settings: QtCore.QSettings,
        language: str | None = None,
    ) -> None:
        """``ref``: the open repository, or the path of the reference database. A path
        makes the start two steps: the window's whole frame (docks, menus, the top of the
        browse tree from one query) is built now, and the data layer loads in the turn of
        the event loop after the first paint (``built`` then). A database that
        cannot be opened raises DataError here. ``language``: the interface language for
        this window (default: the saved View > Language)."""
        super().__init__()
        # The user database (and sqlite-utils with it) may be opened after the first paint.
        self._user = user if not callable(user) else None
        self._user_factory = user if callable(user) else None
        self.user_problem: str | None = None
        self._user_warning: QtWidgets.QLabel | None = None
        self.settings = settings
        self.runner = TaskRunner(self)
        self.daily_backup_task: Task | None = None
        self.stix_actions: StixActions | None = None
        self.guide: GuideDialog | None = None
        self.pack_actions: PackActions | None = None
        self.investigation_name = ""  # the investigation last saved or opened
        # Before any word is shown: every widget takes its text as it is made.
        self.language = i18n.apply(language or i18n.saved_choice(settings))
        self.setWindowTitle(translate("MainWindow", "Khorasan Desktop"))
        from khorasan_desktop.ui.icons import app_icon

        self.setWindowIcon(app_icon())
        theme.apply(theme.saved_mode(settings))  # before the first paint
        # Dari and Pashto are read right to left; English as View > Right-to-left says.
        if i18n.is_right_to_left(self.language) or (
            str(settings.value(RTL_SETTING, "false")).lower() == "true"
        ):
            QtWidgets.QApplication.setLayoutDirection(QtCore.Qt.LayoutDirection.RightToLeft)
        self.fit_to_screen()
        # Once shown, a window whose frame sticks out of the screen is pulled back onto it
        # (off for the screenshot command, which renders at the size it is asked for).
        self.keep_on_screen = True
        self._placed = False
        self.is_built = False  # the data layer is attached (``built`` has been emitted)
        self._framed = False  # docks, menus and the tree's top rows exist
        if isinstance(ref, Path):
            from khorasan_desktop.data.tree_rows import read_first_frame
            from khorasan_desktop.ui.first_paint import after_first_paint

            first = read_first_frame(ref)
            self._build_frame(first.top, first.meta)
            # Once the frame is on screen (the window paints with its docks and the tree in
            # one pass); a window not shown by then loads all the same.
            after_first_paint(self, lambda: self._load(first), fallback_ms=LOAD_AT_THE_LATEST_MS)
        else:
            self._build_frame(ref.tree_children("root"), ref.meta)
            self._attach(ref)

    def warm_up(self) -> Task:
        """Build in the background what the first map would build on the GUI thread
        (``ui.warm_up``); the app calls it once its first pages are up."""
        from khorasan_desktop.ui.warm_up import warm

        return self.runner.start(Task(warm))

    def _build_frame(self, top: list[TreeRow], meta: dict[str, str]) -> None:
        """Everything the first frame shows; nothing here loads the data layer's queries
        or the core models (``tests/ui/test_start_up.py`` holds it to that)."""
        from khorasan_desktop.ui.search_panel import SearchPanel
        from khorasan_desktop.ui.tree_model import BrowseTreeModel

        self.search: SearchPanel = SearchPanel(BrowseTreeModel(top), self.runner)
        self.search.entityActivated.connect(self.open_entity)
        dock = QtWidgets.QDockWidget(translate("MainWindow", "Search and browse"), self)
        dock.setObjectName("searchDock")
        dock.setWidget(self.search)
        dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, dock)

        self.bookmarks = QtWidgets.QListWidget()
        self.bookmarks.setAccessibleName(translate("MainWindow", "Bookmarks"))
        self.bookmarks.itemActivated.connect(self._list_open)
        self.recent = QtWidgets.QListWidget()
        self.recent.setAccessibleName(translate("MainWindow", "Recently viewed"))
        self.recent.itemActivated.connect(self._list_open)
        bdock = QtWidgets.QDockWidget(translate("MainWindow", "Bookmarks"), self)
        bdock.setObjectName("bookmarksDock")
        bdock.setWidget(self.bookmarks)
        rdock = QtWidgets.QDockWidget(translate("MainWindow", "Recently viewed"), self)
        rdock.setObjectName("recentDock")
        rdock.setWidget(self.recent)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, bdock)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, rdock)
        self.tabifyDockWidget(bdock, rdock)
        bdock.raise_()
        self.bookmarks_dock = bdock
        # Its list of data sets is filled in once the data layer is there (``_attach``).
        ddock = QtWidgets.QDockWidget(translate("MainWindow", "Imported data sets"), self)
        ddock.setObjectName("datasetsDock")
        self.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, ddock)
        self.tabifyDockWidget(rdock, ddock)
        bdock.raise_()
        self.datasets_dock = ddock

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName(translate("MainWindow", "Open pages"))
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.setCentralWidget(self.tabs)

        self._build_actions()
        if QtWidgets.QApplication.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft:
            self._mirror_docks()  # the setting, or Qt's -reverse: docks on the right
        self._build_status(meta)
        self._update_actions()
        self._framed = True

    def _load(self, first: FirstFrame) -> None:
        """Second step of a start from a path: the repository over the connection the
        frame read its first rows from."""
        from khorasan_desktop.data.reference import Reference

        try:
            ref = Reference(first.path, first.connection)
        except DataError as exc:
            QtWidgets.QMessageBox.critical(
                self, translate("MainWindow", "Khorasan Desktop cannot start"), str(exc)
            )
            QtWidgets.QApplication.exit(2)
            return
        self._attach(ref)

    def _attach(self, ref: Reference) -> None:
        """What needs the repository: queries, searching, the tree's branches, the data
        sets dock; then the accessible names of the window's parts."""
        from khorasan_desktop.ui import bidi
        from khorasan_desktop.ui.a11y import name_parts
        from khorasan_desktop.ui.datasets_panel import DatasetsPanel
        from khorasan_desktop.ui.query import QueryRunner

        self.ref = ref
        self.query: QueryRunner = QueryRunner(ref, self.runner, self)
        self.search.attach(ref)
        self.datasets_panel: DatasetsPanel = DatasetsPanel(lambda: self.user)
        self.datasets_panel.importRequested.connect(self.import_dataset)
        self.datasets_panel.changed.connect(self._datasets_changed)
        self.datasets_dock.setWidget(self.datasets_panel)
        name_parts(self)
        bidi.apply(self)  # the docks' lists and tree
        # After the first frame is on screen: opening the user database loads sqlite-utils.
        self._lists_timer = QTimer(self)
        self._lists_timer.setSingleShot(True)
        self._lists_timer.timeout.connect(self.refresh_lists)
        self._lists_timer.timeout.connect(self.datasets_panel.refresh)
        self._lists_timer.timeout.connect(self._start_daily_backup)
        self._lists_timer.start(FIRST_FRAME_MS)
        self._update_actions()
        self.is_built = True
        self.built.emit()

    @property
    def user(self) -> UserStore:
        if self._user is None:
            assert self._user_factory is not None
            try:
                self._user = self._user_factory()
            except DataError as exc:
                self._user = self._fallback_user_store(str(exc))
            else:
                if self._user.read_only is not None:
                    self._show_read_only(self._user.read_only)
        return self._user

    def _start_daily_backup(self) -> None:
        """The day's backup, off the GUI thread: otherwise the first note of the day waits
        while a large user database is copied (2.4 s for 700 MB)."""
        from khorasan_desktop.data.userdb import daily_backup

        if self.user_problem is None and self.user.read_only is None:
            self.daily_backup_task = self.runner.start(Task(daily_backup, self.user.path))

    def _show_read_only(self, reason: str) -> None:
        """Read-only user folder: notes and bookmarks readable, writing off, said so."""
        self.user_problem = reason
        label = QtWidgets.QLabel(
            translate("MainWindow", "🔒 Read-only: notes and bookmarks cannot be saved")
        )
        label.setStyleSheet("color: #a40000; font-weight: bold;")
        label.setToolTip(reason)
        label.setAccessibleName(
            translate("MainWindow", "Read-only: {reason}").format(reason=reason)
        )
        self.statusBar().addWidget(label)
        self._user_warning = label

    def _fallback_user_store(self, problem: str) -> UserStore:
        """Keep working when the user's data folder is unusable; say so, delete nothing."""
        from khorasan_desktop.data.userdb import UserStore

        self.user_problem = problem
        warning = QtWidgets.QLabel(
            translate("MainWindow", "⚠ Notes and bookmarks are not being saved (see Help > About)")
        )
        warning.setStyleSheet("color: #a40000; font-weight: bold;")
        warning.setToolTip(problem)
        warning.setAccessibleName(
            translate("MainWindow", "Notes and bookmarks are not being saved: {problem}").format(
                problem=problem
            )
        )
        self.statusBar().addWidget(warning)
        self._user_warning = warning
        QTimer.singleShot(
            0,
            lambda: QtWidgets.QMessageBox.warning(
                self,
                translate("MainWindow", "Your data cannot be saved"),
                (
                    translate(
                        "MainWindow",
                        "{problem}\n\nKhorasan Desktop keeps working, but notes, bookmarks and "
                        "history from this session are kept in memory only. Nothing in the "
                        "data folder was changed or deleted. File > Restore backup… puts a "
                        "backup back.",
                    ).format(problem=problem)
                ),
            ),
        )
        return UserStore.in_memory()

    def restore_backup(self) -> None:
        from khorasan_desktop import paths
        from khorasan_desktop.ui import backup_dialog

        if backup_dialog.run(self, self.user, paths.user_db()):
            self.after_restore()

    def after_restore(self) -> None:
        """The store now reads the restored file: drop the warning, show its lists."""
        user = self._user
        healthy = user is not None and user.read_only is None and str(user.path) != ":memory:"
        if self._user_warning is not None and healthy:
            self.statusBar().removeWidget(self._user_warning)
            self._user_warning.deleteLater()
            self._user_warning = None
            self.user_problem = None
        self.refresh_lists()

    # -- actions -------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: list[QtGui.QKeySequence] | None = None,
        tip: str = "",
    ) -> QtGui.QAction:
        act = QtGui.QAction(text, self)
        if shortcut is not None:
            act.setShortcuts(shortcut)
        act.setStatusTip(tip or text.replace("&", "").replace("…", ""))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        K = shortcuts.keys  # every key from the one table the shortcut sheet shows
        self.act_back = self._action(translate("MainWindow", "&Back"), self.back, K("back"))
        self.act_forward = self._action(
            translate("MainWindow", "&Forward"), self.forward, K("forward")
        )
        self.act_find = self._action(
            translate("MainWindow", "&Find…"), self.focus_search, K("find")
        )
        self.act_close = self._action(
            translate("MainWindow", "&Close tab"), self.close_current, K("close")
        )
        self.act_bookmark = self._action(
            translate("MainWindow", "&Bookmark this page"), self.toggle_bookmark, K("bookmark")
        )
        self.act_export = self._action(
            translate("MainWindow", "Export to &PDF…"),
            self.export_pdf,
            K("export"),
            translate(
                "MainWindow",
                "Export the current view, or a selection of open views, to a PDF report",
            ),
        )
        self.act_export_stix = self._action(
            translate("MainWindow", "Export STIX 2.1…"),
            self.export_stix,
            tip=translate("MainWindow", "All reference data as a STIX 2.1 bundle"),
        )
        self.act_import_stix = self._action(
            translate("MainWindow", "Import STIX 2.1…"),
            self.import_stix,
            tip=translate(
                "MainWindow",
                "Read a STIX bundle into your own data (never into the reference data)",
            ),
        )
        self.act_import_data = self._action(
            translate("MainWindow", "Import &data set…"),
            self.import_dataset,
            tip=translate("MainWindow", "Import a UCDP GED or ACLED CSV file into your own data"),
        )
        self.act_graph = self._action(
            translate("MainWindow", "Relation &graph"), self.open_graph, K("graph")
        )
        self.act_open_chart = self._action(
            translate("MainWindow", "Open &link chart…"),
            self.open_link_chart,
            K("open_chart"),
            translate(
                "MainWindow",
                "Reopen a relation graph saved by name (entities, pins, positions, filters)",
            ),
        )
        self.act_chart = self._action(
            translate("MainWindow", "Attack &counts chart"),
            lambda: self.open_view((VIEW, "chart")),
            K("chart"),  # not Ctrl+T, which users expect to open a tab
        )
        self.act_map = self._action(
            translate("MainWindow", "&Map"), lambda: self.open_view((VIEW, "map")), K("map")
        )
        self.act_timeline = self._action(
            translate("MainWindow", "&Timeline"),
            lambda: self.open_view((VIEW, "timeline")),
            K("timeline"),
        )
        self.act_relations = self._action(
            translate("MainWindow", "All &relations (table)"),
            lambda: self.open_view((VIEW, "relations")),
        )
        self.act_install_pack = self._action(
            translate("MainWindow", "Install data &update…"),
            self.install_pack,
            tip=translate(
                "MainWindow",
                "Install a reference-data update from a file; your notes and imports are kept",
            ),
        )
        self.act_restore_backup = self._action(
            translate("MainWindow", "&Restore backup…"),
            self.restore_backup,
            tip=translate("MainWindow", "Put back a backup of your notes, bookmarks and imports"),
        )
        self.act_trust_key = self._action(
            translate("MainWindow", "Trust a publisher &key…"),
            lambda: self._packs().trust_key(),
            tip=translate(
                "MainWindow",
                "Add a publisher's public key, so that data updates signed with it install",
            ),
        )
        self.act_guide = self._action(
            translate("MainWindow", "User &guide"),
            self.show_guide,
            K("guide"),
            translate("MainWindow", "The offline user guide"),
        )
        self.act_shortcuts = self._action(
            translate("MainWindow", "&Keyboard shortcuts"),
            self.show_shortcuts,
            K("shortcuts"),
            translate("MainWindow", "Every keyboard shortcut"),
        )
        self.act_save_investigation = self._action(
            translate("MainWindow", "&Save investigation…"),
            lambda: self.save_investigation(),
            K("save_investigation"),  # Ctrl+Shift+S saves a link chart on a graph
            translate(
                "MainWindow",
                "Save the open tabs (their filters, layouts and scroll positions) under a name",
            ),
        )
        self.act_open_investigation = self._action(
            translate("MainWindow", "&Open investigation…"),
            lambda: self.open_investigation(),
            K("open_investigation"),
            translate(
                "MainWindow", "Reopen a saved investigation's tabs in place of the open ones"
            ),
        )
        self.act_export_investigation = self._action(
            translate("MainWindow", "&Export investigation to PDF…"),
            lambda: self.export_investigation(),
            K("export_investigation"),
            translate("MainWindow", "One PDF report of every view of a saved investigation"),
        )
        self.act_about = self._action(
            translate("MainWindow", "&About Khorasan Desktop"), self.about
        )
        self.act_quit = self._action(translate("MainWindow", "&Quit"), self.close, K("quit"))

        mb = self.menuBar()
        m = mb.addMenu(translate("MainWindow", "&File"))
        m.addAction(self.act_import_data)
        m.addAction(self.act_open_chart)
        m.addAction(self.act_export)
        sub = m.addMenu(translate("MainWindow", "E&xport"))
        sub.addAction(self.act_export_stix)
        sub = m.addMenu(translate("MainWindow", "&Import"))
        sub.addAction(self.act_import_stix)
        m.addAction(self.act_restore_backup)
        m.addSeparator()
        m.addAction(self.act_close)
        m.addAction(self.act_quit)
        m = mb.addMenu(translate("MainWindow", "&Edit"))
        m.addAction(self.act_find)
        m = mb.addMenu(translate("MainWindow", "&View"))
        for a in (
            self.act_graph,
            self.act_chart,
            self.act_map,
            self.act_timeline,
            self.act_relations,
        ):
            m.addAction(a)
        m.addSeparator()
        self.act_rtl = m.addAction(translate("MainWindow", "Right-to-&left layout"))
        self.act_rtl.setCheckable(True)
        self.act_rtl.setChecked(self.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft)
        self.act_rtl.setStatusTip(
            translate(
                "MainWindow", "Mirror the window: panes, tables and filter rows run right to left"
            )
        )
        if i18n.is_right_to_left(self.language):  # Dari and Pashto always read so
            self.act_rtl.setEnabled(False)
            self.act_rtl.setStatusTip(
                translate("MainWindow", "Dari and Pashto are always laid out right to left")
            )
        # triggered, not toggled: set_right_to_left checks the action itself (and a
        # screenshot's right-to-left must not be saved as the user's setting).
        self.act_rtl.triggered.connect(self.set_right_to_left)
        themes = m.addMenu(translate("MainWindow", "&Theme"))
        group = QtGui.QActionGroup(self)
        self.theme_actions: dict[str, QtGui.QAction] = {}
        for key, source in theme.MODES:
            label = translate("theme", source)
            act = themes.addAction(label)
            act.setCheckable(True)
            act.setChecked(key == theme.mode())
            act.setStatusTip(
                translate("MainWindow", "{theme} colours (reports stay light)").format(
                    theme=label.replace("&", "")
                )
            )
            act.triggered.connect(lambda _c=False, k=key: self.set_theme(k))
            group.addAction(act)
            self.theme_actions[key] = act
        languages = m.addMenu(translate("MainWindow", "L&anguage"))
        languages.setObjectName("languageMenu")
        group = QtGui.QActionGroup(self)
        self.language_actions: dict[str, QtGui.QAction] = {}
        chosen = i18n.saved_choice(self.settings)
        for key, source in i18n.CHOICES:
            # The languages under their own names; only "System" is a word to translate.
            act = languages.addAction(translate("i18n", source) if key == "system" else source)
            act.setCheckable(True)
            act.setChecked(key == chosen)
            act.triggered.connect(lambda _c=False, k=key: self.set_language(k))
            group.addAction(act)
            self.language_actions[key] = act

        m = mb.addMenu(translate("MainWindow", "&Investigations"))
        m.addAction(self.act_save_investigation)
        m.addAction(self.act_open_investigation)
        m.addAction(self.act_export_investigation)
        m = mb.addMenu(translate("MainWindow", "&Go"))
        m.addAction(self.act_back)
        m.addAction(self.act_forward)
        m = mb.addMenu(translate("MainWindow", "&Bookmarks"))
        m.addAction(self.act_bookmark)
        m.addAction(self._action(translate("MainWindow", "Show bookmarks"), self._show_bookmarks))
        m = mb.addMenu(translate("MainWindow", "&Help"))
        m.addAction(self.act_guide)
        m.addAction(self.act_shortcuts)
        m.addSeparator()
        m.addAction(self.act_install_pack)
        m.addAction(self.act_trust_key)
        m.addAction(self.act_about)

        tb = QtWidgets.QToolBar(translate("MainWindow", "Navigation"), self)
        tb.setObjectName("navigationToolbar")
        tb.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_back, self.act_forward):
            tb.addAction(a)
        tb.addSeparator()
        for a in (
            self.act_bookmark,
            self.act_graph,
            self.act_chart,
            self.act_map,
            self.act_timeline,
        ):
            tb.addAction(a)
        self.addToolBar(tb)

    def set_right_to_left(self, on: bool, save: bool = True) -> None:
        """Lay the window out right to left (as Qt's -reverse option does), or not. The
        graph, the chart's axes and the map are pictures and stay as they are."""
        direction = QtCore.Qt.LayoutDirection
        QtWidgets.QApplication.setLayoutDirection(
            direction.RightToLeft if on else direction.LeftToRight
        )
        self.act_rtl.setChecked(on)
        self._mirror_docks()
        if save:
            self.settings.setValue(RTL_SETTING, on)

    def _mirror_docks(self) -> None:
        """Docks on the side the layout starts from: left, or right when right to left."""
        area = QtCore.Qt.DockWidgetArea
        rtl = QtWidgets.QApplication.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft
        start, end = area.LeftDockWidgetArea, area.RightDockWidgetArea
        if rtl:
            start, end = end, start
        docks = [
            d for d in self.findChildren(QtWidgets.QDockWidget) if self.dockWidgetArea(d) == end
        ]
        groups = [[d, *self.tabifiedDockWidgets(d)] for d in docks]
        for dock in docks:
            self.addDockWidget(start, dock)
        done: set[int] = set()
        for group in groups:
            if id(group[0]) in done:
                continue
            done.update(id(d) for d in group)
            for other in group[1:]:
                self.tabifyDockWidget(group[0], other)
        if docks:
            self.bookmarks_dock.raise_()

    def set_language(self, choice: str) -> None:
        """View > Language: saved, and shown from the next start (every widget takes its
        words as it is made, so the window is not rebuilt under the user's work)."""
        self.settings.setValue(i18n.SETTING, choice)
        act = self.language_actions.get(choice)
        if act is not None:
            act.setChecked(True)
        new = i18n.resolve(choice)
        if new == self.language:
            return
        if self.ask_restart(i18n.NATIVE_NAMES[new]):
            self.restart()

    def ask_restart(self, language: str) -> bool:
        """Whether to start again now in ``language`` (the open tabs come back)."""
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Information)
        box.setWindowTitle(translate("MainWindow", "Language"))
        box.setText(
            translate(
                "MainWindow", "Khorasan Desktop will be shown in {language} when it starts again."
            ).format(language=language)
        )
        role = QtWidgets.QMessageBox.ButtonRole
        now = box.addButton(translate("MainWindow", "Restart now"), role.AcceptRole)
        box.addButton(translate("MainWindow", "Later"), role.RejectRole)
        box.exec()
        return box.clickedButton() is now

    def restart(self) -> bool:
        """Close (saving the tabs, as on quitting) and start the program again."""
        import sys

        from khorasan_desktop import QT_OPTIONS

        if getattr(sys, "frozen", False):  # the installed build: the binary itself
            program, args = sys.executable, []
        else:
            program, args = sys.executable, ["-m", "khorasan_desktop"]
        args += [a for a in sys.argv[1:] if a in QT_OPTIONS]  # e.g. -reverse
        args += self._database_arguments()
        if not self.close():
            return False
        started = QtCore.QProcess.startDetached(program, args)
        ok = started[0] if isinstance(started, tuple) else bool(started)
        QtWidgets.QApplication.quit()
        return ok

    def _database_arguments(self) -> list[str]:
        """``--db FILE`` when this window reads another database than the one a plain
        start opens, so a restart comes back to the same data. (The user folder given
        with ``--user-dir`` travels in the environment the new process inherits.)"""
        from khorasan_desktop import paths

        try:
            default = paths.reference_db().resolve()
        except OSError:
            default = None
        mine = Path(self.ref.path).resolve()
        return [] if mine == default else ["--db", str(mine)]

    def set_theme(self, mode: str, save: bool = True) -> None:
        """Light, dark or the system's colours for the window and every open view."""
        theme.apply(mode)
        act = self.theme_actions.get(theme.mode())
        if act is not None:
            act.setChecked(True)
        if save:
            self.settings.setValue(theme.SETTING, theme.mode())

    def _build_status(self, meta: dict[str, str]) -> None:
        text = translate(
            "MainWindow",
            "Data {data_version} · as of {as_of} · Offline: no network connection is ever made",
        ).format(data_version=meta.get("data_version", "?"), as_of=meta.get("as_of", "?"))
        self.status_label = QtWidgets.QLabel(text)
        self.statusBar().addPermanentWidget(self.status_label)

    # -- opening -------------------------------------------------------------------------
    def _make_page(self, location: Location) -> Page:
        from khorasan_desktop.ui import bidi
        from khorasan_desktop.ui.a11y import name_parts

        page = build_page(self, location)
        if isinstance(page, QtWidgets.QWidget):
            name_parts(page)  # the lists inside its combo boxes, its scroll areas' viewports
            bidi.apply(page)  # table cells in their own direction when right to left
        brushed = self.brushed_dates()
        if brushed is not None and hasattr(page, "set_date_range"):
            page.set_date_range(brushed)  # a chart or map opened after brushing follows it
        return page

    def brushed_dates(self) -> tuple[str, str] | None:
        """The range brushed on an open timeline (None when none is brushing)."""
        for i in range(self.tabs.count()):
            tab = self._tab(i)
            page = tab.page if tab is not None else None
            brushed = getattr(page, "brushed", None)
            dates = brushed() if callable(brushed) else None
            if dates is not None:
                return (str(dates[0]), str(dates[1]))
        return None

    def show_status(self, message: str, msecs: int) -> None:
        self.statusBar().showMessage(message, msecs)

    def apply_dates(self, first: str, last: str) -> None:
        """A date range brushed on the timeline: the date filter of every open page that
        takes one (the chart, the map); empty strings clear it."""
        dates = (first, last) if first and last else None
        for i in range(self.tabs.count()):
            tab = self._tab(i)
            page = tab.page if tab is not None else None
            if page is not None and hasattr(page, "set_date_range"):
                page.set_date_range(dates)

    def page_moved(self, page: Page, location: Location) -> None:
        for i in range(self.tabs.count()):
            tab = self._tab(i)
            if tab is not None and tab.page is page:
                tab.relocate(location)

    def _tab(self, index: int) -> PageTab | None:
        w = self.tabs.widget(index)
        return w if isinstance(w, PageTab) else None

    def current_tab(self) -> PageTab | None:
        return self._tab(self.tabs.currentIndex())

    def _find_tab(self, location: Location) -> int:
        for i in range(self.tabs.count()):
            tab = self._tab(i)
            if tab is not None and tab.location == location:
                return i
        return -1

    def open_location(
        self, location: Location, new_tab: bool = False, state: PageState | None = None
    ) -> None:
        """Show ``location`` (in a new tab, or the current one); ``state``: where to open
        the page (scroll, filters, layout), as a saved investigation keeps it."""
        existing = self._find_tab(location)
        if existing >= 0:
            self.tabs.setCurrentIndex(existing)
            restore_state(self.current_page(), state)
        else:
            try:  # before a tab is made for it: an unknown entity opens nothing
                page_kind(location).check(self.ref, location[1])
            except (DataError, UnknownPage) as exc:
                QtWidgets.QMessageBox.warning(
                    self, translate("MainWindow", "Khorasan Desktop"), str(exc)
                )
                return
            tab = self.current_tab()
            if new_tab or tab is None:
                tab = PageTab(self._make_page)
                index = self.tabs.addTab(tab, "…")
                tab.titleChanged.connect(lambda t, tb=tab: self._retitle(tb, t))
                self.tabs.setCurrentIndex(index)
            try:
                tab.navigate(location, state)
            except DataError as exc:
                QtWidgets.QMessageBox.warning(
                    self, translate("MainWindow", "Khorasan Desktop"), str(exc)
                )
                return
        page = self.current_page()
        if location[0] == "entity" and page is not None:
            try:
                self.user.record_view(location[1], page.title)
            except DataError as exc:
                self.statusBar().showMessage(str(exc), 8000)
            self.refresh_lists()
        self._update_actions()
        self.pageOpened.emit(f"{location[0]}:{location[1]}")

    def open_entity(self, entity_id: str, new_tab: bool = False) -> None:
        self.open_location(("entity", entity_id), new_tab)

    def open_view(self, location: Location) -> None:
        """Open a chart, map or timeline; opened from an entity page, it shows that
        entity (an actor's, a country's or a province's events)."""
        entity = self._current_entity()
        self.open_location(location, new_tab=True)
        page = self.current_page()
        if entity is not None and page is not None and hasattr(page, "scope_to"):
            page.scope_to(entity[0])

    def open_graph(self) -> None:
        """The relation graph of the entity the current page shows (Ctrl+G)."""
        page = self.current_page()
        spec = page.view_spec() if page is not None else None
        centre = spec.target if spec is not None and spec.kind in ("entity", "relations") else None
        self.open_location(("graph", centre or DEFAULT_GRAPH_CENTRE), new_tab=True)

    def open_link_chart(self, name: str | None = None) -> bool:
        """Reopen a saved link chart (``name``, or the one picked in a dialog) in a graph
        tab, with its positions, pins and filters."""
        from khorasan_desktop.ui.link_charts import LinkChartsDialog
        from khorasan_desktop.ui.relation_graph import RelationGraphView

        if name is None:
            dialog = LinkChartsDialog(self.user, self)
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted or dialog.chosen is None:
                return False
            chart = dialog.chosen
        else:
            found = self.user.link_chart(name)
            if found is None:
                self.statusBar().showMessage(
                    translate("MainWindow", "No saved link chart named {name!r}").format(name=name),
                    8000,
                )
                return False
            chart = found
        from khorasan_desktop.core import viewspec

        try:
            spec = viewspec.parse(chart.spec)
            assert spec.target is not None
            centre = self.ref.resolve(spec.target)
        except (DataError, viewspec.ViewSpecError) as exc:
            QtWidgets.QMessageBox.warning(
                self, translate("MainWindow", "Khorasan Desktop"), str(exc)
            )
            return False
        self.open_location(("graph", centre), new_tab=True)
        page = self.current_page()
        if not isinstance(page, RelationGraphView):
            return False
        try:
            page.open_saved(chart)
        except (DataError, viewspec.ViewSpecError) as exc:
            QtWidgets.QMessageBox.warning(
                self, translate("MainWindow", "Khorasan Desktop"), str(exc)
            )
            return False
        return True

    def current_page(self) -> Page | None:
        tab = self.current_tab()
        return tab.page if tab else None

    def _current_entity(self) -> tuple[str, str] | None:
        """(id, title) of the entity page in front, if that is what is in front."""
        page = self.current_page()
        spec = page.view_spec() if page is not None else None
        if page is None or spec is None or spec.kind != "entity" or spec.target is None:
            return None
        return spec.target, page.title

    def _retitle(self, tab: PageTab, title: str) -> None:
        i = self.tabs.indexOf(tab)
        if i >= 0:
            short = title if len(title) <= 32 else title[:31] + "…"
            self.tabs.setTabText(i, short)
            self.tabs.setTabToolTip(i, title)
        self._update_actions()

    # -- navigation ----------------------------------------------------------------------
    def back(self) -> None:
        tab = self.current_tab()
        if tab:
            tab.back()
        self._update_actions()

    def forward(self) -> None:
        tab = self.current_tab()
        if tab:
            tab.forward()
        self._update_actions()

    def close_tab(self, index: int) -> None:
        tab = self._tab(index)
        if tab and tab.page is not None:
            tab.page.flush()
        self.tabs.removeTab(index)
        if tab:
            tab.deleteLater()
        self._update_actions()

    def close_current(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def focus_search(self) -> None:
        self.search.field.setFocus()
        self.search.field.selectAll()

    def _update_actions(self) -> None:
        tab = self.current_tab()
        self.act_back.setEnabled(bool(tab and tab.can_go_back()))
        self.act_forward.setEnabled(bool(tab and tab.can_go_forward()))
        entity = self._current_entity()
        self.act_bookmark.setEnabled(entity is not None)
        if entity is not None:
            marked = self.user.is_bookmarked(entity[0])
            self.act_bookmark.setText(
                translate("MainWindow", "Remove &bookmark")
                if marked
                else translate("MainWindow", "&Bookmark this page")
            )

    # -- bookmarks, history --------------------------------------------------------------
    def toggle_bookmark(self) -> None:
        entity = self._current_entity()
        if entity is None:
            return
        entity_id, title = entity
        try:
            if self.user.is_bookmarked(entity_id):
                self.user.remove_bookmark(entity_id)
                self.statusBar().showMessage(
                    translate("MainWindow", "Bookmark removed: {title}").format(title=title), 3000
                )
            else:
                self.user.add_bookmark(entity_id, title)
                self.statusBar().showMessage(
                    translate("MainWindow", "Bookmarked: {title}").format(title=title), 3000
                )
        except DataError as exc:
            QtWidgets.QMessageBox.warning(
                self, translate("MainWindow", "Khorasan Desktop"), str(exc)
            )
        self.refresh_lists()
        self._update_actions()

    def _show_bookmarks(self) -> None:
        self.bookmarks_dock.show()
        self.bookmarks_dock.raise_()
        self.bookmarks.setFocus()

    def refresh_lists(self) -> None:
        self.bookmarks.clear()
        for b in self.user.bookmarks():
            item = QtWidgets.QListWidgetItem(b.label)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, b.entity_id)
            self.bookmarks.addItem(item)
        self.recent.clear()
        for entity_id, label in self.user.recent():
            item = QtWidgets.QListWidgetItem(label)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, entity_id)
            self.recent.addItem(item)

    def _list_open(self, item: QtWidgets.QListWidgetItem) -> None:
        entity_id = item.data(QtCore.Qt.ItemDataRole.UserRole)
        try:
            self.ref.ref(entity_id)
        except DataError:
            QtWidgets.QMessageBox.information(
                self,
                translate("MainWindow", "Khorasan Desktop"),
                translate(
                    "MainWindow",
                    "{text} is no longer in the reference data; your note on it is kept.",
                ).format(text=item.text()),
            )
            return
        self.open_entity(entity_id)

    # -- dialogs -------------------------------------------------------------------------
    def report_candidates(self) -> list[tuple[str, ViewSpec, bool]]:
        """What a report can contain: every open view, in tab order, plus notes and
        bookmarks; the current view is ticked."""
        from khorasan_desktop.core.viewspec import ViewSpec

        out: list[tuple[str, ViewSpec, bool]] = []
        current = self.tabs.currentIndex()
        for i in range(self.tabs.count()):
            tab = self._tab(i)
            if tab is None or tab.page is None:
                continue
            for n, (label, spec) in enumerate(report_entries(self.ref, tab.page)):
                out.append((label, spec, i == current and n == 0))
        out.append(
            (
                translate("MainWindow", "Your notes"),
                ViewSpec("notes"),
                False,
            )
        )
        out.append(
            (
                translate("MainWindow", "Your bookmarks"),
                ViewSpec("bookmarks"),
                False,
            )
        )
        return out

    def _stix(self) -> StixActions:
        from khorasan_desktop.ui.stix_actions import StixActions

        if self.stix_actions is None:
            self.stix_actions = StixActions(self, self.ref, self.runner)
            self.stix_actions.finished.connect(lambda m: self.statusBar().showMessage(m, 10000))
            # Its incidents are a new source: the open charts and maps offer and count it.
            self.stix_actions.imported.connect(lambda _name: self._datasets_changed())
        return self.stix_actions

    def import_dataset(self) -> None:
        from khorasan_desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ref, self.user, self.runner, self)
        dialog.imported.connect(self._dataset_imported)
        self.import_dialog = dialog
        dialog.open()

    def _dataset_imported(self, name: str) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Data set imported: {name}").format(name=name), 10000
        )
        self._datasets_changed()
        self.datasets_panel.select(name)
        self.datasets_dock.raise_()

    def _datasets_changed(self) -> None:
        """Imported data sets changed: the dock's list and every open chart and map, the
        tab in view first and then one tab per turn of the event loop, so the window
        repaints between them instead of waiting for all of them at once."""
        self.datasets_panel.refresh()
        datasets = self.user.event_datasets()
        current = self.tabs.currentIndex()
        order = [current] + [i for i in range(self.tabs.count()) if i != current]
        tabs = [t for t in (self._tab(i) for i in order) if t is not None]

        def refresh_next() -> None:
            while tabs:
                tab = tabs.pop(0)
                if shiboken6.isValid(tab) and tab.page is not None:
                    tab.page.refresh_datasets(datasets)
                    break
            if tabs:
                QTimer.singleShot(0, refresh_next)

        refresh_next()

    def _packs(self) -> PackActions:
        from khorasan_desktop.ui.pack_actions import PackActions

        if self.pack_actions is None:
            self.pack_actions = PackActions(self, self.runner)
            self.pack_actions.finished.connect(lambda m: self.statusBar().showMessage(m, 10000))
        return self.pack_actions

    def install_pack(self) -> None:
        self._packs().install()

    def offer_pack(self, pack: Path) -> None:
        """A pack opened from the file manager: install it only if the user says so."""
        answer = QtWidgets.QMessageBox.question(
            self,
            translate("MainWindow", "Install data update"),
            (
                translate(
                    "MainWindow",
                    "Install the reference-data update {name}?\n\nIt is checked before "
                    "anything changes; your notes, bookmarks and imports are kept.",
                ).format(name=pack.name)
            ),
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self._packs().install_from(pack)

    def export_stix(self) -> None:
        self._stix().export(self.user.notes())

    def import_stix(self) -> None:
        self._stix().import_(self.user.path)

    def export_pdf(self) -> None:
        from khorasan_desktop.ui.export_dialog import ExportDialog
        from khorasan_desktop.views import notes as notes_kind

        notes = notes_kind.read(self.user)
        dialog = ExportDialog(
            self.ref, self.runner, self.report_candidates(), notes, self, user_db=self.user.path
        )
        dialog.exported.connect(
            lambda path, pages: self.statusBar().showMessage(
                translate("MainWindow", "Report saved: {path} ({pages} pages)").format(
                    path=path, pages=pages
                ),
                10000,
            )
        )
        self.export_dialog = dialog
        dialog.open()

    def show_guide(self) -> None:
        """F1: the bundled user guide, in a window of its own beside the main one."""
        from khorasan_desktop.ui.guide import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self)
        if self.guide.isVisible():  # behind the main window: bring it to the front
            self.guide.raise_()
            self.guide.activateWindow()
        else:
            self.guide.show()

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts: the shortcut table the menus are bound from."""
        from khorasan_desktop.ui.shortcut_sheet import ShortcutSheet

        self.shortcut_sheet = ShortcutSheet(self)
        self.shortcut_sheet.open()

    def about(self) -> None:
        from khorasan_desktop.ui.about import about_html

        box = QtWidgets.QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "About Khorasan Desktop"))
        box.setTextFormat(QtCore.Qt.TextFormat.RichText)
        imported = [
            f"{d.name}: {d.attribution or d.kind}"
            + (f" (licence: {d.licence})" if d.licence else "")
            for d in self.user.event_datasets()
        ]
        box.setText(about_html(self.ref, __version__, imported))
        import contextlib

        from khorasan_desktop import resources

        # "Show Details...": every licence text in full (about_html says if it is missing)
        with contextlib.suppress(OSError):
            box.setDetailedText(resources.licences_text())
        box.exec()

    # -- investigations --------------------------------------------------------------------
    def investigation_now(self, name: str) -> Investigation:
        """The open tabs as an investigation named ``name``: each tab's address, title,
        view spec and page state (scroll positions, filters, a graph's layout)."""
        from khorasan_desktop.data.userdb import Investigation, InvestigationTab

        tabs = []
        for i in range(self.tabs.count()):
            tab = self._tab(i)
            if tab is None or tab.location is None or tab.page is None:
                continue
            spec = tab.page.view_spec()
            tabs.append(
                InvestigationTab(
                    f"{tab.location[0]}:{tab.location[1]}",
                    tab.page.title,
                    spec.text() if spec is not None else None,
                    tab.current_state(),
                )
            )
        return Investigation(name, tuple(tabs), max(self.tabs.currentIndex(), 0))

    def save_investigation(self, name: str | None = None) -> bool:
        """Save the open tabs under a name (asked for, the last one used offered)."""
        if not self.tabs.count():
            self.statusBar().showMessage(
                translate("MainWindow", "Open a page first: an investigation saves tabs"), 6000
            )
            return False
        if name is None:
            name, ok = QtWidgets.QInputDialog.getText(
                self,
                translate("MainWindow", "Save investigation"),
                translate(
                    "MainWindow",
                    "Name of the investigation (its tabs, filters, layouts and scroll positions):",
                ),
                text=self.investigation_name,
            )
            if not ok:
                return False
            name = name.strip()
            if name and name != self.investigation_name and self.user.investigation(name):
                answer = QtWidgets.QMessageBox.question(
                    self,
                    translate("MainWindow", "Save investigation"),
                    translate("MainWindow", "Replace the saved investigation “{name}”?").format(
                        name=name
                    ),
                )
                if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                    return False
        try:
            self.user.save_investigation(self.investigation_now(name))
        except DataError as exc:
            QtWidgets.QMessageBox.warning(
                self, translate("MainWindow", "Khorasan Desktop"), str(exc)
            )
            return False
        self.investigation_name = name.strip()
        self.statusBar().showMessage(
            translate(
                "MainWindow", "Investigation saved: {investigation_name} ({count} tabs)"
            ).format(investigation_name=self.investigation_name, count=self.tabs.count()),
            6000,
        )
        return True

    def _choose_investigation(self, action: str) -> Investigation | None:
        from khorasan_desktop.ui.investigations import InvestigationsDialog

        dialog = InvestigationsDialog(self.user, action, self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen

    def open_investigation(self, name: str | None = None) -> bool:
        """Reopen a saved investigation (``name``, or the one chosen in a dialog): its tabs
        replace the open ones, each with its filters, layout and scroll position."""
        inv = self._choose_investigation("open") if name is None else self.user.investigation(name)
        if inv is None:
            if name is not None:
                self.statusBar().showMessage(
                    translate("MainWindow", "No saved investigation named {name!r}").format(
                        name=name
                    ),
                    8000,
                )
            return False
        while self.tabs.count():
            self.close_tab(0)
        skipped = []
        for saved in inv.tabs:
            kind, _, key = saved.location.partition(":")
            try:  # entities a data update removed, kinds this version does not have
                page_kind((kind, key)).check(self.ref, key)
            except (DataError, UnknownPage):
                skipped.append(saved.title or saved.location)
                continue
            self.open_location((kind, key), new_tab=True, state=saved.state)
        if self.tabs.count():
            self.tabs.setCurrentIndex(min(inv.current, self.tabs.count() - 1))
        self.investigation_name = inv.name
        note = (
            translate("MainWindow", "; not in the data any more: {missing}").format(
                missing=", ".join(skipped)
            )
            if skipped
            else ""
        )
        self.statusBar().showMessage(
            translate("MainWindow", "Investigation opened: {name}{note}").format(
                name=inv.name, note=note
            ),
            10000,
        )
        return True

    def export_investigation(
        self, name: str | None = None, out: Path | None = None
    ) -> ExportDialog | None:
        """One step: every view of a saved investigation in one PDF titled with its name
        (asks for the investigation, then the file; written in the background)."""
        from khorasan_desktop.ui.export_dialog import ExportDialog
        from khorasan_desktop.ui.pages import spec_entries
        from khorasan_desktop.views import notes as notes_kind

        inv = (
            self._choose_investigation("export") if name is None else self.user.investigation(name)
        )
        if inv is None:
            return None
        candidates = []
        for saved in inv.tabs:
            tab_spec = saved.view_spec()  # a graph with its positions and pins
            if tab_spec is not None:
                for label, spec in spec_entries(self.ref, tab_spec, saved.title):
                    candidates.append((label, spec, True))
        if not candidates:
            QtWidgets.QMessageBox.information(
                self,
                translate("MainWindow", "Export investigation"),
                translate("MainWindow", "“{name}” has no view a report can print.").format(
                    name=inv.name
                ),
            )
            return None
        if out is None:
            stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in inv.name)
            chosen, _ = QtWidgets.QFileDialog.getSaveFileName(
                self,
                translate("MainWindow", "Export investigation to PDF"),
                str(Path.home() / f"{stem}.pdf"),
                translate("MainWindow", "PDF (*.pdf)"),
            )
            if not chosen:
                return None
            out = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        dialog = ExportDialog(
            self.ref,
            self.runner,
            candidates,
            notes_kind.read(self.user),
            self,
            user_db=self.user.path,
        )
        dialog.title.setText(inv.name)
        dialog.exported.connect(
            lambda path, pages: self.statusBar().showMessage(
                translate(
                    "MainWindow", "Investigation {name} saved as {path} ({pages} pages)"
                ).format(name=inv.name, path=path, pages=pages),
                10000,
            )
        )
        self.export_dialog = dialog
        dialog.export_to(out)
        return dialog

    # -- persistence ---------------------------------------------------------------------
    def open_locations(self) -> list[str]:
        out = []
        for i in range(self.tabs.count()):
            tab = self._tab(i)
            if tab and tab.location:
                out.append(f"{tab.location[0]}:{tab.location[1]}")
        return out

    def save_state(self) -> None:
        if not self.is_built:
            return
        for i in range(self.tabs.count()):
            tab = self._tab(i)
            if tab and tab.page is not None:
                tab.page.flush()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("tabs/open", self.open_locations())
        self.settings.setValue("tabs/current", self.tabs.currentIndex())
        self.settings.sync()

    def restore_state(self) -> None:
        self.restore_geometry()
        self.restore_tabs()

    def restore_geometry(self) -> None:
        """The size and place the user left the window at, if it still fits this screen
        (a laptop after an external monitor); else sized to the screen as on a first run."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            if not window_geometry.fits(self.frameGeometry(), self.available_geometry()):
                self.fit_to_screen()
        if self._framed:
            self.restore_dock_state()

    def available_geometry(self) -> QtCore.QRect:
        """The free area (without panels) of the screen the window opens on: the one
        under the mouse pointer, where the user started it."""
        screen = QtGui.QGuiApplication.screenAt(QtGui.QCursor.pos()) or self.screen()
        return screen.availableGeometry()

    def fit_to_screen(self, available: QtCore.QRect | None = None) -> None:
        """Size and centre the window for the screen (see window_geometry.initial_rect)."""
        rect = window_geometry.initial_rect(available or self.available_geometry())
        self.resize(rect.size())
        self.move(rect.topLeft())

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if self.keep_on_screen and not self._placed:
            self._placed = True
            # The frame (title bar, borders) is known only once the window is mapped.
            QTimer.singleShot(0, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        available = self.available_geometry()
        frame = self.frameGeometry()
        if frame.width() > available.width() or frame.height() > available.height():
            extra = frame.size() - self.size()
            rect = window_geometry.initial_rect(available)
            self.resize(
                min(rect.width(), available.width() - extra.width()),
                min(rect.height(), available.height() - extra.height()),
            )
            frame = self.frameGeometry()
        if not window_geometry.fits(frame, available):
            self.move(window_geometry.moved_inside(frame, available))

    def restore_dock_state(self) -> None:
        """Docks and toolbars as the user left them (they exist once the frame is built)."""
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def restore_tabs(self) -> None:
        """Reopen last session's tabs (after the first paint: pages cost more than chrome)."""
        opened = self.settings.value("tabs/open") or []
        if isinstance(opened, str):
            opened = [opened]
        for loc in opened if isinstance(opened, list) else []:
            kind, _, key = str(loc).partition(":")
            try:  # pages of kinds since removed, or of entities a data update dropped
                page_kind((kind, key)).check(self.ref, key)
            except (DataError, UnknownPage):
                continue
            self.open_location((kind, key), new_tab=True)
        current = self.settings.value("tabs/current")
        if current is not None and self.tabs.count():
            self.tabs.setCurrentIndex(min(int(str(current)), self.tabs.count() - 1))

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not self.is_built:
            super().closeEvent(event)
            return
        self._lists_timer.stop()
        self.save_state()
        self.runner.wait(3000)
        super().closeEvent(event)
