"""Choice of the event data a chart or map counts: bundled incidents, imported data sets."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.data.layers import Layers, parse_source


class SourceSelector(QComboBox):
    """Hidden until something is imported; the bundled incidents are the default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("SourceSelector", "Data counted"))
        self.setToolTip(
            translate(
                "SourceSelector",
                "Which event data are counted: the bundled sample or imported data sets",
            )
        )
        self.set_datasets([])

    def set_datasets(self, datasets: list[Any]) -> None:
        current = self.currentData() or "bundled"
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("SourceSelector", "Bundled documented incidents"), "bundled")
        for d in datasets:
            self.addItem(
                translate("SourceSelector", "Imported: {name} ({kind})").format(
                    name=d.name, kind=d.kind.upper()
                ),
                d.name,
            )
        for kind in sorted({d.kind for d in datasets}):
            self.addItem(
                translate("SourceSelector", "All imported {kind} data sets").format(
                    kind=kind.upper()
                ),
                kind,
            )
        if datasets:
            self.addItem(translate("SourceSelector", "Bundled + all imported"), "all")
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)
        self.setVisible(bool(datasets))

    def layers(self) -> Layers:
        return parse_source(self.currentData() or "bundled")

    def set_source(self, source: str) -> None:
        """Choose the entry that counts what ``source`` does (a spec's ``source=`` text is
        written out: ``all`` comes back as ``bundled+ucdp+acled+stix``)."""
        wanted = parse_source(source)
        found = next(
            (i for i in range(self.count()) if parse_source(self.itemData(i)) == wanted), 0
        )
        self.setCurrentIndex(found)
