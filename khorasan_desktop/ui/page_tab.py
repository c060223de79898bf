"""A browser-like tab: shows one page at a time and keeps its back/forward history.

Each step of history keeps the state its page had when the reader left it (scroll
positions, a graph's layout, a chart's filters: whatever the page's ``page_state``
returns), so Back and Forward bring the page back where the reader was. Saved
investigations keep the same state.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollBar, QStackedLayout, QWidget

from khorasan_desktop.data.errors import DataError

if TYPE_CHECKING:
    from khorasan_desktop.ui.pages import Page

Location = tuple[str, str]  # ("entity" | "graph", entity id) or ("view", "chart" | "map" ...)
PageState = dict[str, Any]  # JSON-safe: kept in history and in saved investigations


@runtime_checkable
class Stateful(Protocol):
    """A page that can say where the reader is in it and go back there."""

    def page_state(self) -> PageState:
        """Scroll positions, filters, layout: JSON-safe values."""
        ...

    def restore_page_state(self, state: PageState) -> None:
        """Return to ``state`` (values of an older version may be missing: ignore them)."""
        ...


def state_of(page: object) -> PageState:
    return page.page_state() if isinstance(page, Stateful) else {}


def restore_state(page: object, state: PageState | None) -> None:
    """Return ``page`` to ``state``; a state the data no longer fits (a removed data set or
    entity named in a saved spec) leaves the page as it opened."""
    if state and isinstance(page, Stateful):
        with contextlib.suppress(DataError, ValueError):
            page.restore_page_state(state)


def restore_scroll(bar: QScrollBar, value: int) -> None:
    """Scroll to ``value`` now, or once the content is laid out far enough (a page's text
    is laid out after it is shown, so its range grows later)."""
    if value <= 0 or bar.maximum() >= value:
        bar.setValue(value)
        return

    def grown(_low: int, high: int) -> None:
        if high >= value:
            bar.rangeChanged.disconnect(grown)
            bar.setValue(value)

    bar.rangeChanged.connect(grown)


class PageTab(QWidget):
    """Holds the current page widget; navigation replaces it and records history."""

    titleChanged = Signal(str)

    def __init__(self, factory: Callable[[Location], Page], parent: QWidget | None = None):
        super().__init__(parent)
        self.factory = factory
        self.layout_ = QStackedLayout(self)
        self.history: list[Location] = []
        self.states: list[PageState] = []  # per step: the page's state when it was left
        self.position = -1
        self.page: Page | None = None

    @property
    def location(self) -> Location | None:
        return self.history[self.position] if 0 <= self.position < len(self.history) else None

    def navigate(self, location: Location, state: PageState | None = None) -> None:
        """Show ``location`` as a new step of history (``state``: the page state to open
        it in, e.g. from a saved investigation)."""
        if location == self.location:
            if state:
                restore_state(self.page, state)
            return
        self._keep_state()
        self._step(location)
        self._show(location, state)

    def relocate(self, location: Location) -> None:
        """The shown page moved to ``location`` by itself: record it as a new step of
        history (Back returns to where it was) without rebuilding the page."""
        if location == self.location:
            return
        self._keep_state()
        self._step(location)

    def _step(self, location: Location) -> None:
        del self.history[self.position + 1 :]
        del self.states[self.position + 1 :]
        self.history.append(location)
        self.states.append({})
        self.position = len(self.history) - 1

    def _keep_state(self) -> None:
        """Remember where the reader is on the page being left."""
        if self.page is not None and 0 <= self.position < len(self.states):
            self.states[self.position] = state_of(self.page)

    def current_state(self) -> PageState:
        return state_of(self.page) if self.page is not None else {}

    def can_go_back(self) -> bool:
        return self.position > 0

    def can_go_forward(self) -> bool:
        return self.position < len(self.history) - 1

    def back(self) -> None:
        if self.can_go_back():
            self._keep_state()
            self.position -= 1
            self._show(self.history[self.position], self.states[self.position])

    def forward(self) -> None:
        if self.can_go_forward():
            self._keep_state()
            self.position += 1
            self._show(self.history[self.position], self.states[self.position])

    def _show(self, location: Location, state: PageState | None = None) -> None:
        old = self.page
        if old is not None:
            old.flush()
        page = self.factory(location)
        widget = _widget(page)
        self.layout_.addWidget(widget)
        self.layout_.setCurrentWidget(widget)
        self.page = page
        restore_state(page, state)
        page.titleChanged.connect(self.titleChanged)
        if old is not None:
            old.titleChanged.disconnect(self.titleChanged)
            self.layout_.removeWidget(_widget(old))
            _widget(old).deleteLater()
        self.titleChanged.emit(page.title)


def _widget(page: Page) -> QWidget:
    """Pages are widgets; the protocol cannot say so (Python types have no intersection)."""
    assert isinstance(page, QWidget), f"{page!r} is not a widget"
    return page
