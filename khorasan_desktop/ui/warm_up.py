"""What a view builds the first time it opens, made in the background once the window is
up: the map's module and its country and province outlines (about 90 ms on the GUI
thread otherwise, the first map's stall), and pyqtgraph with the chart's module (its
import walks every Qt class, a 150 ms stall when the first chart opened). Plain
construction of value types (paths, polygons), class definitions and imports, safe off
the GUI thread; nothing is shown from here. A view opened while this runs waits for the
module being imported, no longer than it would have taken to import it itself."""

from __future__ import annotations

WARM_UP_MS = 1500  # after the first pages, so it never competes with the start-up


def warm() -> None:
    """Runs on a worker thread."""
    from khorasan_desktop.render import map as render_map
    from khorasan_desktop.ui import map_view  # noqa: F401  (its classes, made once)

    render_map.preload()
    from khorasan_desktop.ui import chart_view  # noqa: F401  (pyqtgraph and the chart)
