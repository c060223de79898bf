"""Vector pictures of scenes, for the report: recorded drawing commands, not pixels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPicture
from PySide6.QtWidgets import QGraphicsScene

LEGEND_GAP = 8.0


@dataclass
class Picture:
    picture: QPicture
    width: float  # recorded size in device-independent pixels
    height: float


LegendPainter = Callable[[QPainter, float], QSizeF]
"""Paints a legend at the origin within a height; returns the size it used."""


def record_scene(
    scene: QGraphicsScene,
    source: QRectF,
    width: float,
    height: float,
    legend: LegendPainter | None = None,
) -> Picture:
    """Record ``source`` of ``scene`` scaled into ``width`` x ``height`` (aspect kept,
    centred), with an optional legend to its right. The scene is rendered directly, so
    nothing can spill outside its rectangle and no cached bitmap is replayed."""
    pic = QPicture()
    painter = QPainter(pic)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        target = QRectF(0, 0, width, height)
        painter.fillRect(target, QColor("#ffffff"))
        painter.save()
        painter.setClipRect(target)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.restore()
        used = QSizeF(0, 0)
        if legend is not None:
            painter.save()
            painter.translate(width + LEGEND_GAP, 0)
            used = legend(painter, height)
            painter.restore()
    finally:
        painter.end()
    extra = used.width() + LEGEND_GAP if legend is not None else 0.0
    return Picture(pic, width + extra, max(height, used.height()))


def record_painting(width: float, paint: Callable[[QPainter], QSizeF]) -> Picture:
    """Record what ``paint`` draws (a legend on its own) at ``width``; its height is the
    size ``paint`` says it used."""
    pic = QPicture()
    painter = QPainter(pic)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        used = paint(painter)
    finally:
        painter.end()
    return Picture(pic, width, used.height())
