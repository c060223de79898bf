"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12's abi3 wheel drops a reference to None on every void Qt call under CPython
3.11; after a few thousand calls the interpreter aborts ("none_dealloc"). The project pins
a release without the bug; this test fails if an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_refcount(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 50
