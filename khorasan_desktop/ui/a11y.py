"""Names for the parts Qt builds inside controls, which the accessibility bus exposes too.

A combo box's drop-down list and a scroll area's viewport are objects of their own on
the AT-SPI bus; unnamed, a screen reader announces them as "list" or "filler". They take
their control's name (each page's widgets are named once, as the page is made).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QWidget

from khorasan_desktop.core.i18n import translate


def name_parts(root: QWidget) -> None:
    for combo in root.findChildren(QComboBox):
        view = combo.view()
        if view is not None and not view.accessibleName():
            view.setAccessibleName(
                translate("a11y", "{control}: choices").format(
                    control=combo.accessibleName() or translate("a11y", "Choices")
                )
            )
    for area in root.findChildren(QAbstractScrollArea):
        port = area.viewport()
        if port is not None and not port.accessibleName():
            port.setAccessibleName(
                translate("a11y", "{area} (contents)").format(
                    area=area.accessibleName() or translate("a11y", "Scrolled area")
                )
            )
            if port.focusPolicy() != Qt.FocusPolicy.NoFocus and not area.accessibleName():
                area.setAccessibleName(translate("a11y", "Scrolled area"))
