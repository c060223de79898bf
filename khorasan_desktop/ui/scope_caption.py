"""The line beside an events table: the coverage caveat and the published figures for
the table's scope, as the view layer gives them (``views.statistics.ScopeFigures``).

The PDF prints the same figures under its tables and the exports write them as metadata;
here one line names the first few (elided to its width), and its tooltip gives the whole caveat and
every figure with its kind, period and source. The caveat is in the theme's warning
colour, so it reads on a light and a dark ground alike.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.ui import theme
from khorasan_desktop.views.statistics import ScopeFigures

COMPACT_HEIGHT = 620  # logical pixels: a view lower than this shortens its caveat


def is_compact(view: QWidget) -> bool:
    return 0 < view.height() < COMPACT_HEIGHT


def shown_caveat(full: str, compact: bool) -> str:
    """The coverage caveat a view's caption prints: on a short window (1024x600, or 2x
    scaling) its first clause, the rest in the caption's tooltip, so the picture and the
    list below keep their room."""
    if not compact or not full:
        return full
    return full.split(":", 1)[0] + translate("caveat", " (more in the tooltip)")


def caveat_tooltip(full: str, shown: str) -> str:
    """The whole caveat, for the caption's tooltip, when the caption shortened it."""
    if shown == full:
        return ""
    return translate("caveat", "Coverage caveat: {caveat}").format(caveat=full)


class ScopeCaption(QLabel):
    """Shows one :class:`ScopeFigures` on one line, elided to the width it gets (so it
    never takes the table's rows on a small window); hidden until it has one."""

    def __init__(self, parent: QWidget | None = None, with_caveat: bool = True) -> None:
        """``with_caveat`` False: the line leaves the caveat to a caption printed beside
        it (the chart's), naming the figures only; the tooltip has both either way."""
        super().__init__(parent)
        self.with_caveat = with_caveat
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("ScopeCaption", "Coverage caveat and published figures"))
        self.figures: ScopeFigures | None = None
        self.hide()
        theme.notifier().changed.connect(self._paint)

    def show_figures(self, figures: ScopeFigures | None) -> None:
        self.figures = figures
        self._paint()

    def plain_text(self) -> str:
        """The whole caption, before eliding (tests and the accessible description)."""
        if self.figures is None:
            return ""
        return self.figures.caption(with_caveat=self.with_caveat)

    def _paint(self) -> None:
        text = self.plain_text()
        self.setVisible(bool(text))
        if not text or self.figures is None:
            self.setText("")
            self.setToolTip("")
            return
        colours = theme.colours()
        palette = self.palette()
        colour = colours.warning if self.figures.caveat and self.with_caveat else colours.muted
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.setPalette(palette)
        details = self.figures.details()
        self.setToolTip("<qt>" + "".join(f"<p>{html.escape(d)}</p>" for d in details) + "</qt>")
        self.setAccessibleDescription(" ".join(details))
        self._elide()

    def _elide(self) -> None:
        full = self.plain_text()
        width = max(self.width(), 40)
        self.setText(self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.figures is not None:
            self._elide()
