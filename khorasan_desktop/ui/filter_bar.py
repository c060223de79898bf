"""Filters shared by the chart and the map: actor, place, type, target, attribution, dates."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.data.reference import ATTRIBUTIONS, CountFilter, Reference
from khorasan_desktop.views import options
from khorasan_desktop.views.chart import DEFAULT_FIRST_YEAR

ANY = QT_TRANSLATE_NOOP("FilterBar", "(any)")


class _Choices(QAbstractListModel):
    """One filter's choices for its combo box, "(any)" first: the text shown, the value as
    the item's data (``currentData``). A model over the list, not an item per choice: at
    a million events the actor box holds 10,000 and a bar opens with every chart and map."""

    def __init__(self, choices: list[tuple[str | None, str]], parent: QObject | None = None):
        super().__init__(parent)
        self.choices = choices
        self.rows = {value: row for row, (value, _text) in enumerate(choices)}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.choices)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        value, text = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


class ElidingCombo(QComboBox):
    """A combo box that ends a name too long for it with "…" (not a cut letter, as in
    "Islamic State Khorasan Provir"), names it in full in its tooltip, and opens a list
    wide enough for the longest entry, so five filters still fit a 1024-pixel screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def _field(self) -> tuple[QStyleOptionComboBox, int]:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return opt, rect.width()

    def display_text(self) -> str:
        """The current entry as drawn: whole, or elided to the box's text field."""
        _opt, width = self._field()
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, width)

    def showPopup(self) -> None:
        longest = max(
            (self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
            default=0,
        )
        self.view().setMinimumWidth(longest + 40)  # room for a scroll bar and margins
        super().showPopup()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt, _width = self._field()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.display_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class FilterBar(QWidget):
    """The year spin boxes span the data (``years``: first and last year of any source).
    Their ends mean "open": the last year counts everything after it and the first year
    everything before it, so an event dated outside the range is never silently dropped."""

    changed = Signal()

    def __init__(
        self, ref: Reference, years: tuple[int, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ref = ref
        available = ref.filter_options()
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        labels = {
            "actor": translate("FilterBar", "Actor"),
            "country": translate("FilterBar", "Country"),
            "province": translate("FilterBar", "Province"),
            "attack_type": translate("FilterBar", "Attack type"),
            "target": translate("FilterBar", "Target"),
        }
        for col, (key, label) in enumerate(labels.items()):
            combo = ElidingCombo()
            choices: list[tuple[str | None, str]] = [(None, translate("FilterBar", ANY))]
            choices += available[key]
            combo.setModel(_Choices(choices, combo))
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            combo.setAccessibleName(label)
            self.combos[key] = combo
            grid.addWidget(QLabel(label), 0, col)
            grid.addWidget(combo, 1, col)
        # Second line: attribution and years, so the bar fits a 1000-pixel-wide window.
        self.attribution: dict[str, QCheckBox] = {}
        line = QHBoxLayout()
        line.addWidget(QLabel(translate("FilterBar", "Attribution:")))
        for att in ATTRIBUTIONS:
            box = QCheckBox(options.attribution_word(att))
            box.setChecked(True)
            box.toggled.connect(lambda _c: self.changed.emit())
            self.attribution[att] = box
            line.addWidget(box)
        self.year_from = QSpinBox()
        self.year_to = QSpinBox()
        first, last = years
        for spin, year in (
            (self.year_from, max(first, min(DEFAULT_FIRST_YEAR, last))),
            (self.year_to, last),
        ):
            spin.setRange(first, last)
            spin.setValue(year)
            spin.valueChanged.connect(lambda _v: self._years_changed())
        self.year_from.setAccessibleName(translate("FilterBar", "First year"))
        self.year_to.setAccessibleName(translate("FilterBar", "Last year"))
        # A slider per bound (Qt has no two-handle slider). The spin boxes hold the filter
        # value; a slider only moves its box, after a pause, so a drag recounts once.
        self.slider_from = QSlider(Qt.Orientation.Horizontal)
        self.slider_to = QSlider(Qt.Orientation.Horizontal)
        self._slider_pause = QTimer(self)
        self._slider_pause.setSingleShot(True)
        self._slider_pause.setInterval(150)
        self._slider_pause.timeout.connect(self._sliders_to_boxes)
        for slider, spin, name in (
            (self.slider_from, self.year_from, translate("FilterBar", "First year")),
            (self.slider_to, self.year_to, translate("FilterBar", "Last year")),
        ):
            slider.setAccessibleName(name)
            slider.setRange(spin.minimum(), spin.maximum())
            slider.setValue(spin.value())
            slider.setPageStep(5)
            slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # the line's spare width, none on a narrow page (the boxes stay)
            slider.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            slider.setToolTip(f"{name}: {spin.value()}")
            slider.valueChanged.connect(lambda _v: self._slider_pause.start())
            spin.valueChanged.connect(lambda v, s=slider, n=name: self._box_to_slider(s, v, n))
        line.addSpacing(4)  # (the sliders around the boxes add their own spacing)
        line.addWidget(QLabel(translate("FilterBar", "Years:")))
        line.addWidget(self.year_from)
        line.addWidget(self.slider_from, 3)
        line.addWidget(self.slider_to, 3)
        line.addWidget(QLabel(translate("FilterBar", "to")))
        line.addWidget(self.year_to)
        # Exact dates brushed on a timeline replace the years until cleared or a year is
        # changed: the one date filter of the chart and the map.
        self._dates: tuple[str, str] | None = None
        self.dates_label = QLabel()
        self.dates_clear = QToolButton()
        self.dates_clear.setText(translate("FilterBar", "Clear dates"))
        self.dates_clear.setAccessibleName(translate("FilterBar", "Clear brushed dates"))
        self.dates_clear.clicked.connect(lambda: self.set_dates(None))
        for w in (self.dates_label, self.dates_clear):
            w.setVisible(False)
            line.addWidget(w)
        line.addStretch(1)
        self._grid = grid
        self._columns = len(labels)
        grid.addLayout(line, 2, 0, 1, len(labels))

    def _sliders_to_boxes(self) -> None:
        """The settled sliders set the boxes; an unchanged box emits nothing."""
        self.year_from.setValue(self.slider_from.value())
        self.year_to.setValue(self.slider_to.value())

    @staticmethod
    def _box_to_slider(slider: QSlider, year: int, name: str) -> None:
        slider.blockSignals(True)
        slider.setValue(year)
        slider.blockSignals(False)
        slider.setToolTip(f"{name}: {year}")

    def _sync_sliders(self) -> None:
        """Sliders follow the boxes after changes made with the boxes' signals blocked."""
        for slider, spin in ((self.slider_from, self.year_from), (self.slider_to, self.year_to)):
            slider.blockSignals(True)
            slider.setRange(spin.minimum(), spin.maximum())
            slider.setValue(spin.value())
            slider.blockSignals(False)
            slider.setToolTip(f"{slider.accessibleName()}: {spin.value()}")

    def set_years(self, years: tuple[int, int]) -> None:
        """Widen or narrow the range to new data; a box at an open end stays at it."""
        first, last = years
        at_top = self.year_to.value() == self.year_to.maximum()
        at_bottom = self.year_from.value() == self.year_from.minimum()
        for spin in (self.year_from, self.year_to):
            spin.blockSignals(True)
            spin.setRange(first, last)
        if at_top:
            self.year_to.setValue(last)
        if at_bottom:
            self.year_from.setValue(first)
        for spin in (self.year_from, self.year_to):
            spin.blockSignals(False)
        self._sync_sliders()

    def add_line(self, *widgets: QWidget) -> None:
        """A line of the owner's own controls under the filters (a line of its own, so the
        page still fits a 1024-pixel screen beside the search dock)."""
        line = QHBoxLayout()
        for widget in widgets:
            line.addWidget(widget)
        line.addStretch(1)
        self._grid.addLayout(line, self._grid.rowCount(), 0, 1, self._columns)

    def _years_changed(self) -> None:
        if self._dates is not None:  # the user chose years again: the brushed dates go
            self._dates = None
            self._show_dates()
        self.changed.emit()

    def set_dates(self, dates: tuple[str, str] | None) -> None:
        """Filter on exact ISO days (a range brushed on the timeline); None: the years."""
        self._dates = dates
        if dates is not None:
            for spin, day in ((self.year_from, dates[0]), (self.year_to, dates[1])):
                spin.blockSignals(True)
                spin.setValue(int(day[:4]))
                spin.blockSignals(False)
            self._sync_sliders()
        self._show_dates()
        self.changed.emit()

    def dates(self) -> tuple[str, str] | None:
        return self._dates

    def _show_dates(self) -> None:
        if self._dates is not None:
            self.dates_label.setText(
                translate("FilterBar", "Dates: {first} to {last}").format(
                    first=self._dates[0], last=self._dates[1]
                )
            )
        for w in (self.dates_label, self.dates_clear):
            w.setVisible(self._dates is not None)

    def scope_to(self, ref: Reference, entity_id: str) -> bool:
        """Scope the filters to an entity (an actor, a country or a province): what a view
        opened from that entity's page shows. False when it is none of these."""
        kind = ref.ref(entity_id).kind
        if kind == "actor":
            key = "actor"
        elif kind == "region":
            key = "country" if ref.entity(entity_id).subtype == "country" else "province"
        else:
            return False
        if entity_id not in self._choices(key).rows:
            return False  # no incident names it: nothing to scope to
        self.set_value(key, entity_id)
        return True

    def set_value(self, key: str, value: str | None) -> None:
        self.combos[key].setCurrentIndex(self._choices(key).rows.get(value, 0))

    def _choices(self, key: str) -> _Choices:
        model = self.combos[key].model()
        assert isinstance(model, _Choices)
        return model

    def set_filter(self, flt: CountFilter) -> None:
        """Show ``flt`` (a restored page or investigation); ``changed`` is emitted once.
        Whole years go to the year boxes; other dates (a brushed range) stay exact."""
        widgets: list[QWidget] = [*self.combos.values(), *self.attribution.values()]
        widgets += [self.year_from, self.year_to]
        for w in widgets:
            w.blockSignals(True)
        try:
            for key, value in (
                ("actor", flt.actor_id),
                ("country", flt.country_id),
                ("province", flt.province_id),
                ("attack_type", flt.attack_type),
                ("target", flt.target),
            ):
                self.set_value(key, value)
            for att, box in self.attribution.items():
                box.setChecked(att in flt.attributions)
            first, last = self.year_from.minimum(), self.year_to.maximum()
            self.year_from.setValue(int(flt.date_from[:4]) if flt.date_from else first)
            self.year_to.setValue(int(flt.date_to[:4]) if flt.date_to else last)
            whole = (flt.date_from or "-01-01").endswith("-01-01") and (
                flt.date_to or "-12-31"
            ).endswith("-12-31")
            exact = (flt.date_from, flt.date_to) if flt.date_from and flt.date_to else None
            self._dates = None if whole else exact
            self._show_dates()
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._sync_sliders()
        self.changed.emit()

    def filter(self) -> CountFilter:
        atts = tuple(a for a, box in self.attribution.items() if box.isChecked()) or ATTRIBUTIONS
        date_from, date_to = self._dates if self._dates is not None else self._year_dates()
        return CountFilter(
            actor_id=self.combos["actor"].currentData(),
            country_id=self.combos["country"].currentData(),
            province_id=self.combos["province"].currentData(),
            attack_type=self.combos["attack_type"].currentData(),
            target=self.combos["target"].currentData(),
            attributions=atts,
            date_from=date_from,
            date_to=date_to,
        )

    def _year_dates(self) -> tuple[str | None, str | None]:
        y0, y1 = sorted((self.year_from.value(), self.year_to.value()))
        open_start = y0 == self.year_from.minimum()
        open_end = y1 == self.year_to.maximum()
        return (
            None if open_start else f"{y0:04d}-01-01",
            None if open_end else f"{y1:04d}-12-31",
        )

    def describe(self) -> str:
        """Human summary of the active filters (export metadata): the view layer's, so it
        reads as the view's caption and the report's cover do."""
        return options.describe(self.ref, self.filter())
