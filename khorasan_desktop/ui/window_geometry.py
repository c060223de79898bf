"""Where the main window opens: sized to the screen it is on, never larger than it.

A fixed size overflowed small laptop screens (1366x768, 1024x600) and was too large at 2x
scaling; these functions work on the screen's available geometry (without panels and docks,
in device-independent pixels), so they are tested on plain rectangles.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

PREFERRED = QSize(1280, 820)  # comfortable on a 1920x1080 workstation
MINIMUM = QSize(720, 480)  # below this the pages are unusable; never above the screen
WIDTH_SHARE = 0.9
# The window manager's title bar and borders come on top of the client size.
HEIGHT_SHARE = 0.85


def initial_rect(available: QRect) -> QRect:
    """The client area of a first-run window on a screen with this available geometry:
    the preferred size, at most 90% of the width and 85% of the height (room for the
    frame), at least ``MINIMUM`` unless the screen itself is smaller; centred."""
    width = _clamp(PREFERRED.width(), MINIMUM.width(), int(available.width() * WIDTH_SHARE))
    height = _clamp(PREFERRED.height(), MINIMUM.height(), int(available.height() * HEIGHT_SHARE))
    width, height = min(width, available.width()), min(height, available.height())
    left = available.left() + (available.width() - width) // 2
    top = available.top() + (available.height() - height) // 2
    return QRect(QPoint(left, top), QSize(width, height))


def fits(frame: QRect, available: QRect) -> bool:
    """Whether a (restored) window frame lies wholly on the available geometry."""
    return available.contains(frame)


def moved_inside(frame: QRect, available: QRect) -> QPoint:
    """Top-left for ``frame`` that keeps it on the available geometry (its size unchanged;
    a frame larger than the screen keeps its top-left corner visible)."""
    x = max(available.left(), min(frame.left(), available.right() - frame.width() + 1))
    y = max(available.top(), min(frame.top(), available.bottom() - frame.height() + 1))
    return QPoint(x, y)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high)) if high >= low else high
