"""Run something once a widget has painted for the first time: the start-up's second step
waits for the first frame to be on screen, and the start-up probe reports that moment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _Watcher(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self.then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        if fallback_ms >= 0:  # a window that is never shown still gets there
            QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            watched.removeEventFilter(self)
            # After the paint has finished and reached the screen, not inside it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None], fallback_ms: int = -1) -> None:
    """``then()`` once, in the event loop turn after ``widget`` first paints, or after
    ``fallback_ms`` if that comes first (-1: no fallback)."""
    _Watcher(widget, then, fallback_ms)
