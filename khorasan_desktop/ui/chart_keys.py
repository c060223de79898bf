"""The chart's bars from the keyboard, and what a screen reader hears there.

Left and Right move a focus mark from bar to bar (Home and End: first and last, the grey
"imprecise" bar last of all), Enter lists the marked bar's incidents in the table below,
Escape takes the mark away and goes back to the filters. The plot's accessible name
follows the mark: period, count and, for stacked bars, the count of each stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.render import chart as chart_render
from khorasan_desktop.ui.plot_keys import PlotKeys, first_control

if TYPE_CHECKING:
    from khorasan_desktop.ui.chart_view import ChartView

NAME = QT_TRANSLATE_NOOP("chart_keys", "Attack counts chart")
HELP = QT_TRANSLATE_NOOP(
    "chart_keys",
    "Left and Right move between bars, Home and End go to the first and "
    "last, Enter lists the bar's incidents below, Escape goes back to the "
    "filters.",
)


class BarKeys(PlotKeys):
    """Event filter on the chart's plot widget; ``moved`` is the marked bar (-1: none)."""

    moved = Signal(int)

    def __init__(self, view: ChartView) -> None:
        super().__init__(
            view, view.plot, translate("chart_keys", NAME), translate("chart_keys", HELP)
        )
        self.view = view
        view.refreshed.connect(self.announce)

    def count(self) -> int:
        """Bars the keys walk through: one per period, then the imprecise one if any."""
        data = self.view.data
        if data is None:
            return 0
        return len(data.periods) + (1 if data.counts.imprecise else 0)

    def current(self) -> int | None:
        return self.view.chart.focused

    def marked(self) -> bool:
        return self.current() is not None

    def start(self) -> None:
        self.move(0)

    def move(self, index: int | None) -> None:
        n = self.count()
        if index is not None:
            index = max(0, min(index, n - 1)) if n else None
        self.view.chart.set_focus_bar(index)
        self.announce()
        self.moved.emit(-1 if index is None else index)

    def period(self, index: int) -> str:
        periods = self.view.periods
        return periods[index] if index < len(periods) else "imprecise"

    def describe(self, index: int | None = None) -> str:
        data = self.view.data
        index = self.current() if index is None else index
        if data is None or index is None:
            return translate("chart_keys", NAME)
        n = len(data.periods)
        if index >= n:
            return translate(
                "BarKeys",
                "{chart}: {imprecise} with a date too imprecise for a {by}, bar {bar} of {count}",
            ).format(
                chart=translate("chart_keys", NAME),
                imprecise=data.counts.imprecise,
                by=chart_render.unit_word(data.resolved.by),
                bar=index + 1,
                count=self.count(),
            )
        parts = [
            translate("BarKeys", "{chart}: {period}, {n} counted").format(
                chart=translate("chart_keys", NAME),
                period=data.periods[index],
                n=data.totals[index],
            )
        ]
        if len(data.series) > 1:
            stacks = [f"{name} {int(h[index])}" for name, h in data.series if h[index]]
            if stacks:
                parts.append("(" + ", ".join(stacks) + ")")
        parts.append(
            translate("BarKeys", "bar {bar} of {count}").format(bar=index + 1, count=self.count())
        )
        return " ".join(parts[:-1]) + ", " + parts[-1]

    def key(self, key: int) -> bool:
        here, n = self.current(), self.count()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.move(0 if here is None else here + step)
        elif key == Qt.Key.Key_Home:
            self.move(0)
        elif key == Qt.Key.Key_End:
            self.move(n - 1)
        else:
            return False
        return True

    def activate(self) -> None:
        here = self.current()
        if here is not None:
            self.view.select_bin(self.period(here))

    def clear(self) -> None:
        self.move(None)

    def back(self) -> QWidget:
        return first_control(self.view.filters)
