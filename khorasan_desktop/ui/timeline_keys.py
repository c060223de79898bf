"""The timeline's marks from the keyboard, and what a screen reader hears there.

Left and Right move a focus mark in time along a row (Home and End: its first and last
item), Up and Down to the row above or below, onto the item nearest in time; the rows are
the relation periods, then the event lanes. Enter opens the marked event (or, for a
relation, the entity at its other end; for a month's count, zooms to that month), Escape
takes the mark away and goes back to the lane selector. The view follows the mark, and the
plot's accessible name says what is marked and where.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.render.timeline import Hit
from khorasan_desktop.ui.plot_keys import PlotKeys

if TYPE_CHECKING:
    from khorasan_desktop.ui.timeline_view import TimelineView

NAME = QT_TRANSLATE_NOOP("timeline_keys", "Timeline")
HELP = QT_TRANSLATE_NOOP(
    "timeline_keys",
    "Left and Right move between marks in time, Up and Down between lanes, Home and End go "
    "to the first and last mark of the lane, Enter opens the marked event, Escape goes back "
    "to the lane selector; Shift+Left and Shift+Right pan, + and - zoom, 0 shows everything.",
)


WALK = (
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
)


def _start(hit: Hit) -> str:
    if hit.mark is not None:
        return hit.mark.start
    if hit.bar is not None:
        return hit.bar.start
    return hit.cell.period if hit.cell is not None else ""


def _end(hit: Hit) -> str:
    if hit.mark is not None:
        return hit.mark.end
    if hit.bar is not None:
        return hit.bar.end
    return hit.cell.period if hit.cell is not None else ""


def _same(a: Hit, b: Hit) -> bool:
    """The same event on the same lane, the same relation, or the same lane and period."""
    if a.mark is not None and b.mark is not None:
        return (a.mark.id, a.mark.lane) == (b.mark.id, b.mark.lane)
    if a.bar is not None and b.bar is not None:
        return a.bar.id == b.bar.id
    if a.cell is not None and b.cell is not None:
        return (a.cell.lane, a.cell.period) == (b.cell.lane, b.cell.period)
    return False


class MarkKeys(PlotKeys):
    """Event filter on the timeline's plot; the mark is (row, item) in its walk."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(
            view, view.plot, translate("timeline_keys", NAME), translate("timeline_keys", HELP)
        )
        self.view = view
        self.at: tuple[int, int] | None = None
        self.marked_item: Hit | None = None  # what is marked, to find again after a redraw
        view.refreshed.connect(self._redrawn)

    @property
    def rows(self) -> list[list[Hit]]:
        return self.view.timeline.walk

    def _redrawn(self) -> None:
        """New data: the mark stays on the same item if it is still drawn (a filter that
        keeps it), else it goes (the plot has cleared it)."""
        before, self.at = self.marked_item, None
        self.marked_item = None
        if before is not None:
            for r, row in enumerate(self.rows):
                for i, hit in enumerate(row):
                    if _same(hit, before):
                        self.move(r, i)
                        return
        self.announce()

    def count(self) -> int:
        return sum(len(r) for r in self.rows)

    def marked(self) -> bool:
        return self.at is not None

    def current(self) -> Hit | None:
        if self.at is None:
            return None
        r, i = self.at
        return self.rows[r][i]

    def start(self) -> None:
        self.move(0, 0)

    def move(self, row: int, index: int) -> None:
        rows = self.rows
        row = max(0, min(row, len(rows) - 1))
        index = max(0, min(index, len(rows[row]) - 1))
        self.at = (row, index)
        hit = self.marked_item = rows[row][index]
        self._follow(hit)
        self.view.timeline.set_focus(hit)
        self.announce()
        if self.view.data is not None:  # what a sighted keyboard user reads
            self.view.details.setText(hit.tip(self.view.data).replace("\n", " · "))

    def _nearest(self, row: int, x: float) -> int:
        """The item of ``row`` nearest in time to ``x`` (its centre)."""
        spans = [self.view.timeline.span(h) for h in self.rows[row]]
        return min(range(len(spans)), key=lambda i: abs((spans[i][0] + spans[i][1]) / 2 - x))

    def _follow(self, hit: Hit) -> None:
        """Pan (at the same zoom) so that the marked item is in view."""
        vb = self.view.plot.getPlotItem().vb
        (x0, x1), _ = vb.viewRange()
        a, b = self.view.timeline.span(hit)
        if a >= x0 and b <= x1:
            return
        width = x1 - x0
        centre = (a + b) / 2 if b - a < width else a + width / 2
        vb.setXRange(centre - width / 2, centre + width / 2, padding=0)

    def key(self, key: int) -> bool:
        if key not in WALK:
            return False
        if self.at is None:
            self.start()
            return True
        r, i = self.at
        if key == Qt.Key.Key_Left:
            self.move(r, i - 1)
        elif key == Qt.Key.Key_Right:
            self.move(r, i + 1)
        elif key == Qt.Key.Key_Home:
            self.move(r, 0)
        elif key == Qt.Key.Key_End:
            self.move(r, len(self.rows[r]) - 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            to = max(0, min(r + (-1 if key == Qt.Key.Key_Up else 1), len(self.rows) - 1))
            a, b = self.view.timeline.span(self.rows[r][i])
            self.move(to, self._nearest(to, (a + b) / 2))
        else:
            return False
        return True

    def activate(self) -> None:
        hit = self.current()
        if hit is not None:
            self.view.open_hit(hit)

    def clear(self) -> None:
        self.at = self.marked_item = None
        self.view.timeline.set_focus(None)
        self.announce()

    def back(self) -> QWidget:
        return self.view.lanes

    def announce(self) -> None:
        """Name: what is marked and where; description: how far along its lane and the
        keys (a screen reader reads the name on each move, the description on request)."""
        super().announce()
        hit, data = self.current(), self.view.data
        keys = translate("timeline_keys", HELP)
        if hit is None or data is None or self.at is None:
            self.plot.setAccessibleDescription(keys)
            return
        row = self.rows[self.at[0]]
        marks = (
            translate("MarkKeys", "1 mark")
            if len(row) == 1
            else translate("MarkKeys", "{n} marks").format(n=len(row))
        )
        self.plot.setAccessibleDescription(
            translate("MarkKeys", "this lane runs from {first} to {last}, {marks}. {keys}").format(
                first=_start(row[0]), last=_end(row[-1]), marks=marks, keys=keys
            )
        )

    def describe(self) -> str:
        hit, data = self.current(), self.view.data
        name = translate("timeline_keys", NAME)
        if hit is None or data is None or self.at is None:
            return name
        r, i = self.at
        return translate(
            "MarkKeys", "{timeline}: {what}; {item} of {items} in this row, row {row} of {rows}"
        ).format(
            timeline=name,
            what=hit.tip(data).replace("\n", ", "),
            item=i + 1,
            items=len(self.rows[r]),
            row=r + 1,
            rows=len(self.rows),
        )
