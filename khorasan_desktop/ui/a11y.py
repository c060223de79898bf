"""Names for the parts Qt builds inside controls, which the accessibility bus exposes too.

A combo box's drop-down list and a scroll area's viewport are objects of their own on
the AT-SPI bus; unnamed, a screen reader announces them as "list" or "filler". They take
their control's name (each page's widgets are named once, as the page is made).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QWidget


def name_parts(root: QWidget) -> None:
    for combo in root.findChildren(QComboBox):
        view = combo.view()
        if view is not None and not view.accessibleName():
            view.setAccessibleName(f"{combo.accessibleName() or 'Choices'}: choices")
    for area in root.findChildren(QAbstractScrollArea):
        port = area.viewport()
        if port is not None and not port.accessibleName():
            port.setAccessibleName(f"{area.accessibleName() or 'Scrolled area'} (contents)")
            if port.focusPolicy() != Qt.FocusPolicy.NoFocus and not area.accessibleName():
                area.setAccessibleName("Scrolled area")
