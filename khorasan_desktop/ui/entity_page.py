"""An entity's page: cited summary and facts above; relations, events and notes below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.events import Event
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.models import Entity
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.layers import entity_imported_rows
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.render.page_html import Citations, entity_content
from khorasan_desktop.ui.citing_browser import CitingBrowser
from khorasan_desktop.ui.events_model import EventsTableModel, events_table_view
from khorasan_desktop.ui.page_tab import PageState, restore_scroll
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.relations_table import RelationsTable
from khorasan_desktop.ui.scope_caption import ScopeCaption
from khorasan_desktop.ui.table_export import add_export_menu
from khorasan_desktop.ui.tree_model import EntityIdRole
from khorasan_desktop.views.statistics import entity_figures

if TYPE_CHECKING:
    from khorasan_desktop.data.userdb import EventDataset, UserStore

NOTE_SAVE_MS = 800
PAGE_RELATIONS = 150  # relations written into the page text; the table below has them all


class EntityPage(QWidget):
    """One tab. ``entityActivated`` asks the window to open another entity."""

    entityActivated = Signal(str, bool)
    noteSaved = Signal(str)
    statusMessage = Signal(str)
    loaded = Signal()  # the page's text, its relations and events tables are filled

    def __init__(
        self,
        ref: Reference,
        user: UserStore,
        entity_id: str,
        parent: QWidget | None = None,
        query: QueryRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ref = ref
        self.user = user
        self.query = query or QueryRunner.synchronous(ref)
        self.channel = f"page-{id(self)}"
        # Name and kind now (one lookup; NotFound as before); the page itself, with its
        # citations (some 35 queries for a busy actor), is read off the GUI thread.
        self.head = ref.ref(entity_id)
        self.entity: Entity | None = None
        self.entity_id = entity_id
        self._scroll: int | None = None  # a restored scroll position awaiting the text

        self.browser = CitingBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setAccessibleName(translate("EntityPage", "Entity page"))
        self.browser.setPlainText(f"{self.head.name}\n\n" + translate("EntityPage", "Loading…"))
        self.citation_hover: dict[str, str] = {}
        self.browser.highlighted.connect(self._hover_link)
        from khorasan_desktop.ui.page_keys import LinkKeys

        self.link_keys = LinkKeys(
            self.browser, self._key_link, lambda h: self.citation_hover.get(h)
        )

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("EntityPage", "Relations, events and notes"))
        self.tabs.setDocumentMode(True)
        self._build_relations()
        self._build_events()
        self._build_imported()
        self._build_notes()

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.browser)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.query.submit(
            f"{self.channel}-entity",
            "entity",
            entity_id,
            PAGE_RELATIONS,
            owner=self,
            on_result=self._entity_loaded,
        )

    def _entity_loaded(self, entity: Entity) -> None:
        """The page's text, with its citations, once read."""
        self.entity = entity
        cites = Citations()
        html, self.citation_hover = entity_content(entity, cites)
        self.browser.set_page(html, cites.items, entity.citations)
        if self._scroll is not None:
            restore_scroll(self.browser.verticalScrollBar(), self._scroll)
            self._scroll = None
        self._one_loaded()

    @property
    def title(self) -> str:
        return self.head.name

    # -- relations -----------------------------------------------------------------------
    def _build_relations(self) -> None:
        self.relations = RelationsTable(
            self.ref, self.query, self.entity_id, lambda: f"relations:{self.entity_id}", self
        )
        self.relations_model = self.relations.model
        self.relations.entityActivated.connect(lambda eid: self.entityActivated.emit(eid, False))
        self.relations.loaded.connect(self._relations_loaded)
        self.tabs.addTab(self.relations, translate("EntityPage", "Relations (…)"))
        self._pending = 3  # relations listed, events listed, the page's text
        self._relations_listed = False
        self.relations.reload()

    def _relations_loaded(self, count: int) -> None:
        self.tabs.setTabText(0, translate("EntityPage", "Relations ({count})").format(count=count))
        if not self._relations_listed:  # the first listing; later ones follow filters
            self._relations_listed = True
            self._one_loaded()

    def _one_loaded(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.loaded.emit()

    # -- events --------------------------------------------------------------------------
    def _build_events(self) -> None:
        self.events_model = EventsTableModel(
            self.ref.event_rows, self, cite=self.ref.entity_citations
        )
        self.events_view = events_table_view(self.events_model)
        self.events_view.setAccessibleName(translate("EntityPage", "Linked events"))
        self.events_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.events_view.doubleClicked.connect(
            lambda idx: self.entityActivated.emit(idx.data(EntityIdRole), False)
        )
        self.scope_caption = ScopeCaption()  # the caveat and this actor's or place's figures
        add_export_menu(
            self.events_view,
            lambda: translate("EntityPage", "events linked to {entity_id}").format(
                entity_id=self.entity_id
            ),
            lambda: f.meta() if (f := self.scope_caption.figures) is not None else {},
        )
        events = QWidget()
        box = QVBoxLayout(events)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.events_view)
        box.addWidget(self.scope_caption)
        self.tabs.addTab(events, translate("EntityPage", "Events (…)"))
        if self.head.kind in ("actor", "region", "source"):
            self.query.submit(
                f"{self.channel}-figures",
                entity_figures,  # the function the entity view's data (and the PDF) uses
                self.head.kind,
                self.entity_id,
                self.head.name,
                owner=self,
                on_result=self.scope_caption.show_figures,
            )
        if self.head.kind == "event":
            self._events_loaded([])
        else:
            self.query.submit(
                f"{self.channel}-events",
                "event_ids_for_entity",
                self.entity_id,
                owner=self,
                on_result=self._events_loaded,
            )

    def _events_loaded(self, ids: list[str]) -> None:
        self.events_model.set_ids(ids)
        self.tabs.setTabText(
            1, translate("EntityPage", "Events ({n})").format(n=len(self.events_model.ids))
        )
        self._one_loaded()

    # -- notes ---------------------------------------------------------------------------
    def _build_imported(self) -> None:
        """Events from imported data sets (UCDP, ACLED) for this actor or place, if any."""
        self.imported_rows: dict[str, Event] = {}
        self.imported_model = EventsTableModel(
            lambda ids: {i: self.imported_rows[i] for i in ids if i in self.imported_rows}, self
        )
        self.imported_view = events_table_view(self.imported_model)
        # Parented while it waits outside the tabs: a table with no parent kept the
        # closed page (its model's callback names the page) alive with all its data.
        self.imported_view.setParent(self)
        self.imported_view.hide()
        self.imported_view.setAccessibleName(translate("EntityPage", "Imported events"))
        add_export_menu(
            self.imported_view,
            lambda: translate("EntityPage", "imported events for {entity_id}").format(
                entity_id=self.entity_id
            ),
        )
        self.imported_index = -1
        self._query_imported()

    def _query_imported(self) -> None:
        if self.head.kind not in ("actor", "region"):
            return
        self.query.submit(
            f"{self.channel}-imported",
            entity_imported_rows,
            self.user.path,
            self.entity_id,
            owner=self,
            on_result=self._imported_loaded,
        )

    def _imported_loaded(self, rows: dict[str, Event]) -> None:
        """Show, update or remove the imported-events tab (data sets come and go)."""
        self.imported_rows = rows
        ordered = sorted(rows.values(), key=lambda r: r.date_start or "", reverse=True)
        self.imported_model.set_ids([r.id for r in ordered])
        label = translate("EntityPage", "Imported events ({n})").format(n=len(rows))
        if rows and self.imported_index < 0:
            self.imported_index = self.tabs.insertTab(2, self.imported_view, label)
        elif rows:
            self.tabs.setTabText(self.imported_index, label)
        elif self.imported_index >= 0:
            self.tabs.removeTab(self.imported_index)
            self.imported_index = -1

    def _build_notes(self) -> None:
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            translate(
                "EntityPage",
                "Your notes on this entry. Saved automatically in your own data "
                "folder; never in the reference database.",
            )
        )
        self.notes_edit.setPlainText(self.user.note(self.entity_id))
        self.notes_edit.setAccessibleName(translate("EntityPage", "Notes"))
        self.notes_state = QLabel("")
        if self.user.read_only is not None:
            self.notes_edit.setReadOnly(True)
            self.notes_state.setText(
                translate("EntityPage", "Read-only: {read_only}; notes cannot be saved.").format(
                    read_only=self.user.read_only
                )
            )
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_MS)
        self._note_timer.timeout.connect(self.save_note)
        self.notes_edit.textChanged.connect(self._note_changed)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.notes_edit)
        lay.addWidget(self.notes_state)
        self.tabs.addTab(
            box,
            translate("EntityPage", "Notes ✎")
            if self.user.note(self.entity_id)
            else translate("EntityPage", "Notes"),
        )

    def _note_changed(self) -> None:
        self.notes_state.setText(translate("EntityPage", "Editing…"))
        self._note_timer.start()

    def save_note(self) -> None:
        """Write the note now (also called when the tab or window closes)."""
        self._note_timer.stop()
        try:
            self.user.set_note(self.entity_id, self.notes_edit.toPlainText())
        except DataError as exc:
            self.notes_state.setText(translate("EntityPage", "Not saved: {exc}").format(exc=exc))
            self.statusMessage.emit(
                translate("EntityPage", "Note not saved: {exc}").format(exc=exc)
            )
            return
        self.notes_state.setText(translate("EntityPage", "Saved."))
        self.noteSaved.emit(self.entity_id)

    def flush(self) -> None:
        if self._note_timer.isActive():
            self.save_note()

    # -- links ---------------------------------------------------------------------------
    def _hover_link(self, url: QUrl) -> None:
        """Citation markers show their source, locator and grade on hover."""
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QToolTip

        text = self.citation_hover.get(url.toString())
        if text:
            QToolTip.showText(QCursor.pos(), text, self.browser)
        else:
            QToolTip.hideText()

    def _key_link(self, href: str, new_tab: bool) -> None:
        """A link opened from the keyboard (Enter, Ctrl+Enter for a new tab)."""
        if href.startswith("entity:"):
            self.entityActivated.emit(href[len("entity:") :], new_tab)
        else:
            self._link(QUrl(href))

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("entity:"):
            from PySide6.QtWidgets import QApplication

            ctrl = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
            self.entityActivated.emit(text[len("entity:") :], ctrl)
        elif text.startswith("#"):
            self.browser.scrollToAnchor(text[1:])

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # never emitted: a page shows one entity for its lifetime

    def view_spec(self) -> ViewSpec:
        return ViewSpec("entity", self.entity_id)

    def page_state(self) -> PageState:
        """Where the reader is: the text's scroll position and the lower tab shown."""
        return {
            "scroll": self.browser.verticalScrollBar().value(),
            "tab": self.tabs.currentIndex(),
        }

    def restore_page_state(self, state: PageState) -> None:
        tab = state.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        scroll = state.get("scroll")
        if isinstance(scroll, int) and self.entity is None:
            self._scroll = scroll  # the text is still being read: scrolled once it is shown
        elif isinstance(scroll, int):
            restore_scroll(self.browser.verticalScrollBar(), scroll)

    def refresh_datasets(self, datasets: list[EventDataset]) -> None:
        """The imported-events tab is recounted (the data sets are read from the user
        database in the background, so the list itself is not needed)."""
        self._query_imported()
