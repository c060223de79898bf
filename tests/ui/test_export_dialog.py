"""File > Export to PDF from the GUI: choose views, export in the background, cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.export_dialog import ExportDialog
from khorasan_desktop.ui.main_window import MainWindow

Make = Callable[..., MainWindow]


def _window_with_views(qtbot, make_window: Make) -> MainWindow:
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    if chart.counts is None:
        with qtbot.waitSignal(chart.refreshed, timeout=5000):
            pass
    with qtbot.waitSignal(chart.refreshed, timeout=5000):
        chart.filters.set_value("province", "prov-afg-nangarhar")
    with qtbot.waitSignal(chart.refreshed, timeout=5000):
        chart.set_bin("quarter")
    return w


def test_candidates_follow_the_open_views(qtbot, make_window: Make) -> None:
    w = _window_with_views(qtbot, make_window)
    labels = {label: (spec.text(), ticked) for label, spec, ticked in w.report_candidates()}
    assert labels["Entity page: Islamic State Khorasan Province"] == ("entity:actor-iskp", False)
    chart = next(v for k, v in labels.items() if k.startswith("Counts chart"))
    # Opened from the ISIS-K page, the chart counts ISIS-K; the year boxes sit at the ends
    # of the data's span, which the spec leaves open.
    assert chart == ("chart:actor=actor-iskp,province=prov-afg-nangarhar,by=quarter", True)
    assert any(k.startswith("Events table") for k in labels)
    assert "Your notes" in labels and "Your bookmarks" in labels


def test_export_in_background_writes_the_pdf(qtbot, make_window: Make, tmp_path: Path) -> None:
    w = _window_with_views(qtbot, make_window)
    w.export_pdf()
    dialog = w.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    dialog.banner.setCurrentText("TLP:AMBER")
    for i in range(dialog.items.count()):  # tick the entity page too
        if dialog.items.item(i).text().startswith("Entity page"):
            from PySide6.QtCore import Qt

            dialog.items.item(i).setCheckState(Qt.CheckState.Checked)
    assert [s.kind for s in dialog.specs()] == ["entity", "chart"]
    with qtbot.waitSignal(dialog.pagesCounted, timeout=60000) as counted:
        assert dialog.count_pages() is not None
    assert counted.args[0] >= 4 and dialog.pages.text() == f"Pages: {counted.args[0]}"
    out = tmp_path / "gui.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=60000) as sig:
        dialog.export_to(out)
    assert sig.args[0] == str(out) and sig.args[1] >= 4
    assert out.read_bytes()[:5] == b"%PDF-"


def test_cancelled_export_leaves_no_file(
    qtbot, make_window: Make, tmp_path: Path, monkeypatch
) -> None:
    """Cancel while the views load: the load is held until Cancel has been pressed, so the
    task's end cannot come before the test listens for it."""
    import threading

    from khorasan_desktop.ui import export_dialog

    release = threading.Event()
    real = export_dialog._load_in_worker

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert release.wait(10), "the load was never released"
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "_load_in_worker", held)
    w = _window_with_views(qtbot, make_window)
    w.export_pdf()
    dialog = w.export_dialog
    qtbot.addWidget(dialog)
    out = tmp_path / "cancelled.pdf"
    task = dialog.export_to(out)
    with qtbot.waitSignal(task.signals.done, timeout=15000):
        task.cancel()
        release.set()
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_rows_per_long_table_caps_the_events_table(
    qtbot, make_window: Make, tmp_path: Path
) -> None:
    """The dialog's "Rows per long table" reaches the PDF: the events table prints that
    many rows and says how many the scope holds."""
    import subprocess

    from PySide6.QtCore import Qt

    w = _window_with_views(qtbot, make_window)
    w.export_pdf()
    dialog = w.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    for i in range(dialog.items.count()):
        item = dialog.items.item(i)
        ticked = item.text().startswith("Events table")
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    assert [s.kind for s in dialog.specs()] == ["events"]
    dialog.max_rows.setValue(7)
    out = tmp_path / "capped.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.export_to(out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    text = " ".join(text.replace("\ufb01", "fi").split())
    assert "first 7 of " in text and "the full list is in the CSV/JSON export" in text
