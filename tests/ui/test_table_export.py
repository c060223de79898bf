"""Saving what a table view shows as CSV or JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.ui import table_export
from khorasan_desktop.ui.events_model import COLUMNS, EventsTableModel


def _events_model(ref: Reference) -> EventsTableModel:
    model = EventsTableModel(ref.event_rows)
    model.set_ids(ref.incident_ids(CountFilter()))
    return model


def test_export_model_writes_all_rows_with_headers(
    qtbot: object, ref: Reference, tmp_path: Path
) -> None:
    model = _events_model(ref)
    assert model.rowCount() > 200  # more than one lazily fetched page
    out = tmp_path / "events.csv"
    n = table_export.export_model(model, out, "csv", {})
    assert n == model.rowCount()
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == COLUMNS
    assert len(rows) == model.rowCount()
    last = model.rowCount() - 1
    assert rows[last]["Event"] == model.data(model.index(last, 1))
    assert rows[0]["Date"] == model.data(model.index(0, 0))

    out_json = tmp_path / "events.json"
    table_export.export_model(model, out_json, "json", {"view": "events"})
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    assert doc["columns"] == list(COLUMNS)
    assert len(doc["rows"]) == model.rowCount()
    assert doc["meta"] == {"view": "events"}


def test_menu_saves_visible_columns_of_filtered_view(
    qtbot: object, ref: Reference, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khorasan_desktop.ui.query import QueryRunner
    from khorasan_desktop.ui.relations_table import RelationsTable

    table = RelationsTable(ref, QueryRunner.synchronous(ref), ref.resolve("ISIS-K"), str)
    qtbot.addWidget(table)  # type: ignore[attr-defined]
    table.set_type("rival-of")
    proxy = table.model
    view = table.view
    view.setColumnHidden(5, True)
    table_export.add_export_menu(view, lambda: "relations:ISIS-K,type=rival-of")
    menu = table_export.export_menu(view, lambda: "relations:ISIS-K,type=rival-of")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Copy with source", "Save table as CSV…", "Save table as JSON…"]
    save_json = next(a for a in menu.actions() if a.text() == "Save table as JSON…")

    out = tmp_path / "rel"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    save_json.trigger()
    doc = json.loads((tmp_path / "rel.json").read_text(encoding="utf-8"))
    assert doc["columns"] == ["Subject", "Relation", "Object", "Period", "Source"]
    assert len(doc["rows"]) == proxy.rowCount()
    assert {r["Object"] for r in doc["rows"]} >= {"Taliban"}
    assert doc["meta"]["view"] == "relations:ISIS-K,type=rival-of"


def test_save_error_is_shown_not_raised(
    qtbot: object, ref: Reference, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = QTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.setModel(_events_model(ref))
    folder = tmp_path / "exports"
    folder.mkdir()
    blocker = folder / "file"
    blocker.write_text("x", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker / "out.csv"), "")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert table_export.save_view(view, "csv", lambda: "events") is None
    assert shown and "Cannot write" in shown[0]
    assert [p.name for p in folder.iterdir()] == ["file"]
