"""A browser-like tab: shows one page at a time and keeps its back/forward history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedLayout, QWidget

Location = tuple[str, str]  # ("entity", id) or ("view", "chart" | "map" | "graph:<id>" ...)


class PageTab(QWidget):
    """Holds the current page widget; navigation replaces it and records history."""

    titleChanged = Signal(str)

    def __init__(self, factory: Callable[[Location], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.factory = factory
        self.layout_ = QStackedLayout(self)
        self.history: list[Location] = []
        self.position = -1
        self.page: QWidget | None = None

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
        if old is not None and hasattr(old, "flush"):
            old.flush()
        page = self.factory(location)
        self.layout_.addWidget(page)
        self.layout_.setCurrentWidget(page)
        self.page = page
        if old is not None:
            self.layout_.removeWidget(old)
            old.deleteLater()
        self.titleChanged.emit(str(getattr(page, "title", location[1])))
