"""Render the application icon's PNG sizes from its SVG (run after editing the SVG).

    .venv/bin/python packaging/render_icons.py

The PNGs are committed beside the SVG so the app shows its icon without Qt's SVG plugin
and the .deb installs the usual hicolor sizes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from khorasan_desktop.resources import ICON_NAME, ICON_SIZES

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    app = QGuiApplication([])
    svg = ICONS / f"{ICON_NAME}.svg"
    for size in ICON_SIZES:
        out = ICONS / f"{ICON_NAME}-{size}.png"
        render(svg, size, out)
        print(out)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
