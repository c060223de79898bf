"""A browser-like tab: shows one page at a time and keeps its back/forward history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedLayout, QWidget

if TYPE_CHECKING:
    from khorasan_desktop.ui.pages import Page

Location = tuple[str, str]  # ("entity" | "graph", entity id) or ("view", "chart" | "map" ...)


class PageTab(QWidget):
    """Holds the current page widget; navigation replaces it and records history."""

    titleChanged = Signal(str)

    def __init__(self, factory: Callable[[Location], Page], parent: QWidget | None = None):
        super().__init__(parent)
        self.factory = factory
        self.layout_ = QStackedLayout(self)
        self.history: list[Location] = []
        self.position = -1
        self.page: Page | None = None

    @property
    def location(self) -> Location | None:
        return self.history[self.position] if 0 <= self.position < len(self.history) else None

    def navigate(self, location: Location) -> None:
        if location == self.location:
            return
        del self.history[self.position + 1 :]
        self.history.append(location)
        self.position = len(self.history) - 1
        self._show(location)

    def relocate(self, location: Location) -> None:
        """The shown page moved to ``location`` by itself: record it as a new step of
        history (Back returns to where it was) without rebuilding the page."""
        if location == self.location:
            return
        del self.history[self.position + 1 :]
        self.history.append(location)
        self.position = len(self.history) - 1

    def can_go_back(self) -> bool:
        return self.position > 0

    def can_go_forward(self) -> bool:
        return self.position < len(self.history) - 1

    def back(self) -> None:
        if self.can_go_back():
            self.position -= 1
            self._show(self.history[self.position])

    def forward(self) -> None:
        if self.can_go_forward():
            self.position += 1
            self._show(self.history[self.position])

    def _show(self, location: Location) -> None:
        old = self.page
        if old is not None:
            old.flush()
        page = self.factory(location)
        widget = _widget(page)
        self.layout_.addWidget(widget)
        self.layout_.setCurrentWidget(widget)
        self.page = page
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
