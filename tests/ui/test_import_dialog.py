"""File > Import data set…: format detection, preview, actor mapping, background import and
cancel; the imported data sets dock panel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.ui.datasets_panel import DatasetsPanel
from khorasan_desktop.ui.import_dialog import ImportDialog
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.tasks import Task

Make = Callable[..., MainWindow]
DATA = Path(__file__).resolve().parent.parent / "data"
GED = DATA / "GEDEvent_v25_1_SYNTHETIC.csv"
OLD_GED = DATA / "ged_old_release_SYNTHETIC.csv"
ACLED = DATA / "acled_SYNTHETIC.csv"


def _dialog(qtbot, w: MainWindow) -> ImportDialog:
    dialog = ImportDialog(w.ref, w.user, w.runner, w)
    qtbot.addWidget(dialog)
    return dialog


def test_ged_file_is_detected_previewed_and_mapped(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    dialog = _dialog(qtbot, w)
    dialog.load_file(GED)
    assert dialog.detected_kind() == "ucdp"
    assert "UCDP GED" in dialog.format_label.text()
    assert "25.1" in dialog.format_label.text()
    assert 0 < dialog.preview.rowCount() <= 20
    headers = [dialog.preview.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["id", "date_start", "country", "adm_1"]
    assert dialog.preview.item(0, 0).text() == "900001"
    assert dialog.name_edit.text() == GED.stem
    mapping = dialog.mapping()
    assert any(k.startswith("IS") and v == "actor-iskp" for k, v in mapping.items())
    assert mapping["IS @ Afghanistan"] == "actor-iskp"
    assert dialog.import_button.isEnabled()


def test_acled_and_old_ged_layouts_are_detected(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    dialog = _dialog(qtbot, w)
    dialog.load_file(ACLED)
    assert dialog.detected_kind() == "acled"
    assert dialog.preview.horizontalHeaderItem(4).text() == "actor1"
    assert any(v == "actor-iskp" for v in dialog.mapping().values())
    dialog.load_file(OLD_GED)  # best_est instead of best: still GED
    assert dialog.detected_kind() == "ucdp"
    assert dialog.preview.rowCount() == 2


def test_import_with_an_edited_mapping(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    dialog = _dialog(qtbot, w)
    dialog.load_file(GED)
    dialog.name_edit.setText("ged-test")
    # an id that is not in the reference: shown at once, and the import cannot start
    dialog.set_mapping_value("Taleban", "actor-no-such-actor")
    assert not dialog.import_button.isEnabled()
    assert "not an actor" in dialog.mapping_error.text()
    assert dialog.start_import() is None
    # cleared: keep the source name; a rule edited to another actor
    dialog.set_mapping_value("Taleban", None)
    row = next(
        r
        for r in range(dialog.mapping_table.rowCount())
        if dialog.mapping_table.item(r, dialog.KEY).text() == "IS"
    )
    dialog.mapping_table.item(row, dialog.ACTOR).setText("actor-iskp")
    assert dialog.mapping()["IS"] == "actor-iskp"
    assert dialog.mapping()["Taleban"] is None
    assert dialog.import_button.isEnabled()
    assert dialog.mapping_error.text() == ""

    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        task = dialog.start_import()
        assert isinstance(task, Task)
    assert blocker.args == ["ged-test"]
    qtbot.waitUntil(lambda: dialog.task is None, timeout=5000)
    sets = w.user.event_datasets()
    assert [d.name for d in sets] == ["ged-test"]
    assert sets[0].kind == "ucdp" and sets[0].row_count > 0
    assert sets[0].mapping["IS"] == "actor-iskp"
    assert sets[0].mapping["Taleban"] is None
    assert sets[0].mapping["IS @ Afghanistan"] == "actor-iskp"  # defaults kept
    report = dialog.report_view.toPlainText()
    assert "data set 'ged-test'" in report and "attribution:" in report
    assert dialog.report_view.isReadOnly()
    # importing again under the same name says it updates in place
    assert "updates it in place" in dialog.name_note.text()


def test_unrecognised_csv_cannot_be_imported(qtbot, make_window: Make, tmp_path: Path) -> None:
    other = tmp_path / "contacts.csv"
    other.write_text("name,email,phone\nA,a@example.org,1\nB,b@example.org,2\n", "utf-8")
    w = make_window(restore=False)
    dialog = _dialog(qtbot, w)
    dialog.load_file(other)
    assert dialog.detected_kind() is None
    text = dialog.format_label.text()
    assert text.startswith("Not recognised") and "best" in text and "event_id_cnty" in text
    assert dialog.preview.rowCount() == 2  # the file's own columns are still shown
    assert not dialog.import_button.isEnabled()
    assert dialog.mapping() == {}
    assert dialog.start_import() is None
    zipped = tmp_path / "ged.csv"
    zipped.write_bytes(b"PK\x03\x04rest of a zip")
    dialog.load_file(zipped)
    assert dialog.detected_kind() is None and "ZIP" in dialog.format_label.text()


def test_cancelled_import_leaves_nothing(
    qtbot, make_window: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = make_window(restore=False)
    dialog = _dialog(qtbot, w)
    dialog.load_file(GED)
    blockers = []
    start = w.runner.start

    def cancel_then_start(task: Task) -> Task:
        # Listen before the worker can report; cancel as the user would, right at the start.
        blockers.append(qtbot.waitSignal(task.signals.done, timeout=10000))
        started = start(task)
        task.cancel()
        return started

    monkeypatch.setattr(w.runner, "start", cancel_then_start)
    task = dialog.start_import()
    assert task is not None
    blockers[0].wait()
    assert w.user.event_datasets() == []
    assert "nothing was imported" in dialog.status.text()
    assert dialog.task is None and dialog.import_button.isEnabled()


def test_choose_file_uses_the_file_dialog(
    qtbot, make_window: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = make_window(restore=False)
    dialog = _dialog(qtbot, w)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(ACLED), ""))
    )
    dialog.choose_file()
    assert dialog.detected_kind() == "acled"
    assert dialog.file_edit.text() == str(ACLED)


def test_datasets_panel_lists_and_removes(
    qtbot, qtmodeltester, make_window: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = make_window(restore=False)
    import_event_file(w.user.path, "ucdp", GED, w.ref, name="ged")
    import_event_file(w.user.path, "acled", ACLED, w.ref, name="acled")
    panel = DatasetsPanel(lambda: w.user)
    qtbot.addWidget(panel)
    panel.refresh()
    qtmodeltester.check(panel.model)
    model = panel.model
    assert model.rowCount() == 2
    names = [model.index(r, model.NAME).data() for r in range(2)]
    assert names == ["acled", "ged"]
    assert model.index(1, model.KIND).data() == "UCDP GED"
    assert model.index(1, model.RELEASE).data() == "25.1"
    assert "Attribution:" in model.index(1, model.LICENCE).data(2 + 1)  # ToolTipRole
    assert not panel.remove_button.isEnabled()

    with qtbot.waitSignal(panel.importRequested, timeout=1000):
        panel.import_button.click()

    assert panel.select("ged")
    assert panel.remove_button.isEnabled()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    assert panel.remove_selected() is False
    assert len(w.user.event_datasets()) == 2
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(panel.changed, timeout=1000):
        assert panel.remove_selected() is True
    assert [d.name for d in w.user.event_datasets()] == ["acled"]
    assert model.rowCount() == 1
    qtmodeltester.check(model)
