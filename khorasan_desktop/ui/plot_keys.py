"""Walking the marks of a picture from the keyboard: the one event filter the chart's bars
and the timeline's marks share.

A :class:`PlotKeys` sits on a plot widget. When the plot takes the focus it marks the
first item; unmodified keys go to the subclass (arrows, Home, End), Enter opens what is
marked, Escape takes the mark away and sends the focus back to the view's controls.
Modified keys (Shift+arrows, +) pass through to the widget, which pans and zooms with
them. The plot's accessible name follows the mark, so a screen reader reads the picture
item by item.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def first_control(area: QWidget) -> QWidget:
    """The first control inside ``area`` that Tab would stop at (``area`` if none)."""
    w: QWidget | None = area.nextInFocusChain()
    while w is not None and w is not area and area.isAncestorOf(w):
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled():
            return w
        w = w.nextInFocusChain()
    return area


class PlotKeys(QObject):
    """Event filter on ``plot``; subclasses say what there is to walk and where keys go."""

    def __init__(self, owner: QObject, plot: QWidget, name: str, description: str) -> None:
        super().__init__(owner)
        self.plot = plot
        plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot.setAccessibleName(name)
        plot.setAccessibleDescription(description)
        plot.installEventFilter(self)

    # -- what a subclass says ------------------------------------------------------------
    def count(self) -> int:
        """How many items there are to walk (0: the keys do nothing)."""
        raise NotImplementedError

    def marked(self) -> bool:
        """Whether an item is marked now."""
        raise NotImplementedError

    def start(self) -> None:
        """Mark the first item (the plot took the focus with nothing marked)."""
        raise NotImplementedError

    def key(self, key: int) -> bool:
        """Move the mark for an unmodified ``key``; False when the key is not for it."""
        raise NotImplementedError

    def activate(self) -> None:
        """Open (or list) what is marked."""
        raise NotImplementedError

    def clear(self) -> None:
        """Take the mark away."""
        raise NotImplementedError

    def back(self) -> QWidget:
        """Where Escape sends the focus."""
        raise NotImplementedError

    def describe(self) -> str:
        """The plot's accessible name with the current mark."""
        raise NotImplementedError

    # -- the one filter ------------------------------------------------------------------
    def announce(self) -> None:
        self.plot.setAccessibleName(self.describe())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and not self.marked() and self.count():
            self.start()
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in ENTER and self.marked():
            self.activate()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear()
            self.back().setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return bool(self.count()) and self.key(key)
