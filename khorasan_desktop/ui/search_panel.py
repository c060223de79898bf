"""Search-as-you-type over the reference database, beside the browse tree.

Typing restarts a short debounce timer; when it fires the query runs on a worker thread
with its own read-only connection. A keystroke cancels the running query (SQLite stops it
mid-statement, see ``data.connection.interruptible``), each query carries a generation
number and results of an older generation are dropped, so a slow query can never
overwrite a newer answer nor hold a worker the newer one needs.

Enter opens what the text names (``data.search.meant``, the rule ``show NAME`` follows):
an ambiguous name (``Kashmir``) or several equally close names for a typo open a menu to
choose from instead; the message line offers "did you mean" links (Tab reaches them) and
says how many hits a cut list leaves out.

The panel is part of the window's first frame, before the data layer has loaded: what
only searching needs (the repository, the ranking rules, the core models) is imported
when the repository is attached or the first answer is shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.ui.result_model import SearchResultModel
from khorasan_desktop.ui.tasks import Task, TaskRunner
from khorasan_desktop.ui.tree_model import BrowseTreeModel, EntityIdRole

if TYPE_CHECKING:
    from khorasan_desktop.core.models import SearchHit, SearchResult
    from khorasan_desktop.data.reference import Reference

DEBOUNCE_MS = 60  # short enough to feel immediate; the queries themselves take ~2 ms
FIRST_PAGE = 50  # hits shown: the first page, ready as soon as it is ranked
_local = threading.local()


def _search_in_worker(
    db_path: str,
    text: str,
    generation: int,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> tuple[int, SearchResult]:
    """Runs on a pool thread: one read-only connection per thread, reused; stops early
    (raising ``Interrupted``, which the task swallows) once the panel cancels it."""
    from khorasan_desktop.data.reference import Reference

    del progress  # a search reports no progress, only its answer
    refs: dict[str, Reference] = getattr(_local, "refs", {})
    _local.refs = refs
    if db_path not in refs:
        refs[db_path] = Reference(Path(db_path))
    return generation, refs[db_path].search(text, limit=FIRST_PAGE, cancelled=cancelled)


class _SearchField(QLineEdit):
    """Line edit that hands Down and Enter to the panel."""

    moveDown = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.moveDown.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Search field over the browse tree; results replace the tree while text is typed."""

    entityActivated = Signal(str, bool)  # id, open in a new tab
    resultsShown = Signal(int)  # generation of the results now on screen

    def __init__(
        self, tree_model: BrowseTreeModel, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """The field and the tree, ready for the window's first frame; searching starts
        once :meth:`attach` hands over the repository (it loads after that frame)."""
        super().__init__(parent)
        self.ref: Reference | None = None
        self.runner = runner
        self.generation = 0
        self.shown_generation = 0
        self._pending: Task | None = None

        self.field = _SearchField()
        self.field.setPlaceholderText(
            translate("SearchPanel", "Search actors, regions, events…  (Ctrl+K)")
        )
        self.field.setAccessibleName(translate("SearchPanel", "Search"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setObjectName("searchMessage")
        self.message.setAccessibleName(translate("SearchPanel", "Search message"))
        self.message.setTextFormat(Qt.TextFormat.RichText)
        # "Did you mean" links: clicked, or reached with Tab and opened with Enter.
        self.message.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.message.linkActivated.connect(self._use_suggestion)
        self.result: SearchResult | None = None
        self.choice_menu: QMenu | None = None

        self.tree_model = tree_model
        tree_model.setParent(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(translate("SearchPanel", "Browse tree"))

        self.result_model = SearchResultModel(self)  # cites its hits once attached
        self.results = QListView()
        self.results.setModel(self.result_model)
        self.results.setUniformItemSizes(True)
        self.results.setAccessibleName(translate("SearchPanel", "Search results"))

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run_query)
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self.open_top_hit)
        self.field.moveDown.connect(self._focus_list)
        self.tree.activated.connect(self._tree_activated)
        self.tree.clicked.connect(self._tree_clicked)
        self.results.activated.connect(self._result_activated)
        self.results.clicked.connect(self._result_clicked)

    @classmethod
    def over(cls, ref: Reference, runner: TaskRunner, parent: QWidget | None = None) -> SearchPanel:
        """A panel on a repository that is already open."""
        panel = cls(BrowseTreeModel.over(ref.tree_children), runner, parent)
        panel.attach(ref)
        return panel

    def attach(self, ref: Reference) -> None:
        """The repository, once loaded: the tree's branches open and typing searches."""
        from khorasan_desktop.ui.copy_cite import add_copy_menu

        self.ref = ref
        # The clear button loads the icon theme (~6 ms): not before the first frame.
        self.field.setClearButtonEnabled(True)
        self.tree_model.attach(ref.tree_children)
        self.result_model.cite = ref.entity_citations
        add_copy_menu(self.results)  # Ctrl+C copies the selected hits with their sources
        if self.field.text().strip():  # typed before the data layer was there
            self.timer.start()

    # -- querying ------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        self.generation += 1
        self._cancel_pending()  # its answer is stale already: free its worker now
        if not text.strip():
            self.timer.stop()
            self._show(self.generation, None)
            self.stack.setCurrentWidget(self.tree)
            return
        self.timer.start()

    def _cancel_pending(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def _run_query(self) -> None:
        self._cancel_pending()
        if self.ref is None:
            return  # attach() starts it again
        task = Task(
            _search_in_worker,
            str(self.ref.path),
            self.field.text(),
            self.generation,
            with_progress=True,
        )
        task.signals.finished.connect(self._on_result)
        task.signals.failed.connect(self._on_failed)
        self._pending = self.runner.start(task)

    def run_now(self) -> None:
        """Skip the debounce (Enter pressed before the timer fired)."""
        if self.timer.isActive():
            self.timer.stop()
            self._run_query()

    def _on_result(self, payload: tuple[int, SearchResult]) -> None:
        generation, result = payload
        if generation != self.generation:
            return  # stale: the user has typed since
        self._show(generation, result)

    def _on_failed(self, message: str) -> None:
        self.message.setText(
            translate("SearchPanel", "Search failed: {message}").format(message=message)
        )
        self.message.setVisible(True)

    def _show(self, generation: int, result: SearchResult | None) -> None:
        """``result`` None: nothing is searched (the field is empty)."""
        self.result = result
        self.result_model.set_hits(list(result.hits) if result is not None else [])
        text = _message_html(result, self.field.text().strip()) if result is not None else ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self.field.text().strip():
            self.stack.setCurrentWidget(self.results)
            if result is not None and result.hits:
                self.results.setCurrentIndex(self.result_model.index(0, 0))
        self.shown_generation = generation
        self.resultsShown.emit(generation)

    def _use_suggestion(self, link: str) -> None:
        """A "did you mean" link: search for that name instead."""
        self.field.setText(link.removeprefix("suggest:"))
        self.field.setFocus()

    # -- opening -------------------------------------------------------------------------
    def open_top_hit(self) -> None:
        if self.timer.isActive() or self.shown_generation != self.generation:
            # Results for the current text are not on screen yet: open when they arrive.
            self.resultsShown.connect(self._open_when_ready)
            self.run_now()
            return
        self._open_meant()

    def _open_when_ready(self, generation: int) -> None:
        if generation != self.generation:
            return
        self.resultsShown.disconnect(self._open_when_ready)
        self._open_meant()

    def _open_meant(self) -> None:
        """Enter: the entity the text names, a choice when it names several, the closest
        name for a typo, else the top hit."""
        from khorasan_desktop.data.search import meant

        if self.result is None:
            return
        found = meant(self.result)
        if found.entity_id is not None:
            self.entityActivated.emit(found.entity_id, False)
        elif found.candidates or len(found.suggestions) > 1:
            self.offer_choice(found.candidates or found.suggestions)
        elif found.suggestions:
            self.entityActivated.emit(found.suggestions[0].id, False)
        else:
            hit = self.result_model.hit(0)
            if hit is not None:
                self.entityActivated.emit(hit.id, False)

    def offer_choice(self, hits: Sequence[SearchHit]) -> QMenu:
        """A menu under the field listing the entries the text may mean: arrows and
        Enter pick one, Escape closes it."""
        if self.choice_menu is not None:
            self.choice_menu.close()
            self.choice_menu.deleteLater()
        menu = QMenu(self)
        menu.setAccessibleName(translate("SearchPanel", "Entries the search may mean"))
        menu.setToolTipsVisible(True)
        head = menu.addAction(
            translate("SearchPanel", "“{text}” may mean:").format(text=self.field.text().strip())
        )
        head.setEnabled(False)
        for h in hits:
            kind = h.kind + (f"/{h.subtype}" if h.subtype else "")
            action = menu.addAction(f"{h.name}  ({kind})")
            action.setToolTip(h.reason)
            action.triggered.connect(
                lambda _checked=False, eid=h.id: self.entityActivated.emit(eid, False)
            )
        self.choice_menu = menu
        actions = menu.actions()
        menu.popup(self.field.mapToGlobal(self.field.rect().bottomLeft()))
        if len(actions) > 1:
            menu.setActiveAction(actions[1])
        return menu

    def _focus_list(self) -> None:
        target = self.results if self.stack.currentWidget() is self.results else self.tree
        target.setFocus()

    @staticmethod
    def _ctrl() -> bool:
        from PySide6.QtWidgets import QApplication

        return bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)

    def _tree_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        entity_id = index.data(EntityIdRole)
        if entity_id:
            self.entityActivated.emit(entity_id, self._ctrl())

    def _tree_clicked(self, index: QModelIndex) -> None:
        if self._ctrl():
            self._tree_activated(index)

    def _result_activated(self, index: QModelIndex) -> None:
        hit = self.result_model.hit(index.row())
        if hit is not None:
            self.entityActivated.emit(hit.id, self._ctrl())

    def _result_clicked(self, index: QModelIndex) -> None:
        self._result_activated(index)

    def current_hits(self) -> list[SearchHit]:
        return self.result_model.hits


def _message_html(result: SearchResult, typed: str) -> str:
    """The message line: the search's own message, "did you mean" as links, and how many
    hits the list leaves out."""
    import html

    from khorasan_desktop.data.search import either

    parts = []
    if result.suggestions:
        links = [
            f'<a href="suggest:{html.escape(name, quote=True)}">{html.escape(name)}</a>'
            for name in result.suggestions
        ]
        lead = (
            translate("search_panel", "No matches")
            if all(h.tier == 4 for h in result.hits)
            else translate("search_panel", "No name matches")
        )
        parts.append(
            translate("search_panel", "{lead} for “{text}”. Did you mean {either}?").format(
                lead=lead, text=html.escape(typed), either=either(links)
            )
        )
    elif result.message:
        parts.append(html.escape(result.message))
    note = result.more_note()
    if note:
        parts.append(
            translate("search_panel", "… {text} not shown: type more to narrow the list.").format(
                text=html.escape(note)
            )
        )
    return "<br>".join(parts)
