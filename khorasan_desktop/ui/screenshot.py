"""Render the main window in a given state to a PNG (docs and visual checks)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.main_window import MainWindow

VIEWS = ("page", "relations", "chart", "map", "timeline")


def _settle(ms: int = 150) -> None:
    """Let layouts and first paints finish (a nested loop, not processEvents)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def render(
    window: MainWindow,
    ref: Reference,
    out: Path,
    name: str | None,
    view: str,
    size: tuple[int, int],
    theme: str | None = None,
    right_to_left: bool = False,
) -> Path:
    from khorasan_desktop.ui.query import QueryRunner

    # Finished views for the picture: run the window's queries inline.
    window.query = QueryRunner.synchronous(ref)
    entity_id = ref.resolve(name) if name else "actor-iskp"
    window.keep_on_screen = False  # the picture's size, whatever the screen's
    if theme is not None:
        window.set_theme(theme, save=False)
    if right_to_left:
        window.set_right_to_left(True, save=False)
    window.resize(*size)
    window.show()
    if view == "page":
        window.open_entity(entity_id)
    elif view == "relations":
        window.open_location(("graph", entity_id), new_tab=True)
    elif view.startswith("relations:"):  # a spec: relations:ISIS-K,path=Al-Qaida,...
        from khorasan_desktop.core import viewspec
        from khorasan_desktop.ui.relation_graph import RelationGraphView

        spec = viewspec.parse(view)
        assert spec.target is not None
        window.open_location(("graph", ref.resolve(spec.target)), new_tab=True)
        page = window.current_page()
        if isinstance(page, RelationGraphView):
            page.open_spec(spec)
    else:  # chart, map, timeline: opened from the entity's page, so scoped to it
        window.open_entity(entity_id)
        window.open_view(("view", view))
    _settle()
    image = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"Could not write {out}")
    return out


def app() -> QApplication:
    instance = QCoreApplication.instance()
    if isinstance(instance, QApplication):
        return instance
    return QApplication([])
