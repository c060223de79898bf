"""The cycle collector as the app sets it before its first page."""

from __future__ import annotations

import gc

from khorasan_desktop import app


def test_settling_freezes_what_exists_and_collects_less_often() -> None:
    before = gc.get_threshold()
    try:
        app.settle_collector()
        assert gc.get_threshold() == app.GC_THRESHOLD
        assert gc.get_freeze_count() > 1000  # modules, classes and whatever else is alive
        young = object.__new__(type("Young", (), {}))
        assert young not in gc.get_objects(generation=2)  # made later: still collected
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
