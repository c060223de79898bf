"""Light, dark or the system's theme: the application palette and the drawn views' colours.

One switch for the whole window: :func:`apply` sets the widget palette (tables, pages,
legends, captions follow it) and says which colour set of render/palette.py the pictures
use; views that draw (graph, chart, map) read :func:`colours` and repaint on
``notifier().changed``. Reports never read this: PDFs stay light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from khorasan_desktop.render.palette import Colours

# (setting, menu text); the texts are translated where the menu is made.
MODES: tuple[tuple[str, str], ...] = (
    ("system", QT_TRANSLATE_NOOP("theme", "&System")),
    ("light", QT_TRANSLATE_NOOP("theme", "&Light")),
    ("dark", QT_TRANSLATE_NOOP("theme", "&Dark")),
)
SETTING = "view/theme"


class _Notifier(QObject):
    changed = Signal()


# "styled": the application runs with a style and palette set here, not Qt's own.
_state: dict[str, object] = {"mode": "system", "dark": False, "styled": False}
_notifier: _Notifier | None = None
_system: tuple[str, QPalette] | None = None  # the style and palette Qt started with


def notifier() -> _Notifier:
    """Emits ``changed`` after the theme changed (views repaint their pictures)."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def mode() -> str:
    return str(_state["mode"])


def is_dark() -> bool:
    return bool(_state["dark"])


def colours() -> Colours:
    """The colour set the window's pictures draw with now (loaded with the first picture,
    not at start-up)."""
    from khorasan_desktop.render.palette import DARK, LIGHT

    return DARK if is_dark() else LIGHT


def saved_mode(settings: QSettings) -> str:
    value = str(settings.value(SETTING, "system"))
    return value if value in dict(MODES) else "system"


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (contrast of text on ground above 7:1)."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours_by_role = {
        role.Window: "#2b2c2f",
        role.WindowText: "#e8e8e8",
        role.Base: "#1e1f22",
        role.AlternateBase: "#26272a",
        role.ToolTipBase: "#3a3b3f",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#a0a0a0",
        role.Text: "#e8e8e8",
        role.Button: "#35363a",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff8a80",
        role.Light: "#4a4b50",
        role.Midlight: "#404145",
        role.Mid: "#8a8a8a",
        role.Dark: "#1a1a1c",
        role.Shadow: "#000000",
        role.Highlight: "#2f6db5",
        role.HighlightedText: "#ffffff",
        role.Link: "#8cc8ff",
        role.LinkVisited: "#c9a8ff",
        role.Accent: "#5aa0ef",
    }
    for r, c in colours_by_role.items():
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7c7c7c"))
    return p


def _system_is_dark(app: QApplication) -> bool:
    hint = QGuiApplication.styleHints().colorScheme()
    if hint != Qt.ColorScheme.Unknown:
        return hint == Qt.ColorScheme.Dark
    assert _system is not None
    return _system[1].color(QPalette.ColorRole.Window).lightnessF() < 0.5


def apply(chosen: str) -> None:
    """Switch the running application to ``chosen`` (system, light or dark)."""
    global _system
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    chosen = chosen if chosen in dict(MODES) else "system"
    dark = chosen == "dark" or (chosen == "system" and _system_is_dark(app))
    if chosen == "system":
        if _state["styled"]:  # back from light or dark; at start-up Qt's own style stays
            app.setStyle(_system[0])
            app.setPalette(_system[1])
    else:
        # Fusion draws every control from the palette, so both themes look whole.
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
    changed = (chosen, dark) != (_state["mode"], _state["dark"])
    _state.update(mode=chosen, dark=dark, styled=chosen != "system")
    if changed:
        notifier().changed.emit()
