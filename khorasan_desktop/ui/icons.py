"""The application icon, from the PNG sizes shipped in ``resources/icons/`` (no SVG plugin
needed), with the SVG added for the sizes in between when Qt can read it."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from khorasan_desktop import paths, resources

_icon: QIcon | None = None


def app_icon() -> QIcon:
    """The window and application icon (loaded once; empty if the files are missing)."""
    global _icon
    if _icon is None:
        icon = QIcon()
        for relative in (*resources.ICON_PNGS, resources.ICON_SVG):
            file = paths.resources_dir() / relative
            if file.exists():
                icon.addFile(str(file))
        _icon = icon
    return _icon
