"""What a view builds the first time it opens, made in the background once the window is
up: the map's module and its country and province outlines (about 90 ms on the GUI
thread otherwise, the first map's stall). Plain construction of value types (paths,
polygons) and class definitions, safe off the GUI thread; nothing is shown from here."""

from __future__ import annotations

WARM_UP_MS = 1500  # after the first pages, so it never competes with the start-up


def warm() -> None:
    """Runs on a worker thread."""
    from khorasan_desktop.render import map as render_map
    from khorasan_desktop.ui import map_view  # noqa: F401  (its classes, made once)

    render_map.preload()
