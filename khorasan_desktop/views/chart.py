"""The chart view kind: events per period for one filter, over the chosen event layers.

``load`` returns everything a picture of the chart and its table show: the periods along
the axis (empty ones included), the bar totals, the stacked series and the published
figures. The GUI chart, the PDF (picture and table), ``export json`` and ``counts`` all
render this one value, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data import layers
from khorasan_desktop.data.browse import Statistic
from khorasan_desktop.data.layers import BUNDLED, Layers
from khorasan_desktop.data.reference import CountFilter, Counts, Reference
from khorasan_desktop.views import options
from khorasan_desktop.views.statistics import ScopeFigures, scope_figures

MAX_STACKS = 8
# The documented sample starts in 2015; an axis without dates starts there and ends with
# the reference's last year (Reference.last_year), widened to any data outside that span.
DEFAULT_FIRST_YEAR = 2015


@dataclass(frozen=True)
class ResolvedChart:
    flt: CountFilter
    by: str
    stack: str | None
    layers: Layers
    datasets: tuple[str, ...]  # imported data sets counted (names checked)

    def to_spec(self) -> ViewSpec:
        opts = options.to_options(self.flt)
        if self.by != "year":
            opts["by"] = self.by
        if self.stack:
            opts["stack"] = self.stack
        if self.layers != BUNDLED:
            opts["source"] = self.layers.text()
        return ViewSpec("chart", None, opts)


@dataclass(frozen=True)
class ChartViewData:
    resolved: ResolvedChart
    periods: tuple[str, ...]  # every bin on the axis, oldest first
    totals: tuple[int, ...]  # bar height per period
    series: tuple[tuple[str, tuple[float, ...]], ...]  # stacked series, bottom first
    counts: Counts
    figures: ScopeFigures  # the caveat and the published figures for the scope
    scope: str  # the filter in words
    counted: str  # which layers were counted
    attributions: tuple[str, ...]

    @property
    def statistics(self) -> tuple[Statistic, ...]:
        """The published figures drawn beside the bars (those of ``figures``)."""
        return self.figures.statistics

    def rows(self) -> list[tuple[str, int]]:
        """The table every renderer prints: (period, count) per bin with data."""
        return [(b.period, b.count) for b in self.counts.bins]


def period_of_day(iso: str, by: str) -> str:
    if by == "year":
        return iso[:4]
    if by == "quarter":
        return f"{iso[:4]}-Q{(int(iso[5:7]) - 1) // 3 + 1}"
    return iso[:7]


def periods_between(first: str, last: str, by: str) -> list[str]:
    """Every bin between two bin labels, so empty periods show as gaps, not vanish."""
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    out = []
    y, sub = int(first[:4]), int(first[-1] if by == "quarter" else first[5:7])
    ly, lsub = int(last[:4]), int(last[-1] if by == "quarter" else last[5:7])
    size = 4 if by == "quarter" else 12
    while (y, sub) <= (ly, lsub):
        out.append(f"{y}-Q{sub}" if by == "quarter" else f"{y}-{sub:02d}")
        sub += 1
        if sub > size:
            y, sub = y + 1, 1
    return out


def resolve(ref: Reference, spec: ViewSpec, user_db: Path) -> ResolvedChart:
    chosen = layers.parse_source(spec.options.get("source"))
    names = tuple(layers.dataset_names(user_db, chosen))
    stack = options.stack(spec)
    return ResolvedChart(
        options.count_filter(ref, spec), options.bin_size(spec), stack, chosen, names
    )


def resolved(
    flt: CountFilter, by: str, stack: str | None, chosen: Layers, user_db: Path
) -> ResolvedChart:
    """A chart scope picked in the GUI (values already valid)."""
    names = tuple(layers.dataset_names(user_db, chosen))
    return ResolvedChart(flt, by, stack, chosen, names)


def load(ref: Reference, r: ResolvedChart, user_db: Path) -> ChartViewData:
    lc = layers.chart(ref, user_db, r.layers, r.flt, r.by, r.stack)
    counts = lc.data.counts
    # The axis covers the filter's own dates when given (a month range starts on its
    # month, not on 1 January), else the documented span, widened to any data outside it.
    first = period_of_day(r.flt.date_from or f"{DEFAULT_FIRST_YEAR}-01-01", r.by)
    last = period_of_day(r.flt.date_to or f"{ref.last_year}-12-31", r.by)
    if counts.bins and not r.flt.date_from:
        first = min(first, counts.bins[0].period)
    if counts.bins and not r.flt.date_to:
        last = max(last, counts.bins[-1].period)
    periods = periods_between(first, last, r.by)
    index = {p: i for i, p in enumerate(periods)}
    totals = [0] * len(periods)
    for b in counts.bins:
        totals[index[b.period]] = b.count
    series: dict[str, list[float]]
    if lc.data.stacked is not None:
        groups: dict[str, int] = {}
        for per in lc.data.stacked.values():
            for g, n in per.items():
                groups[g] = groups.get(g, 0) + n
        ordered = sorted(groups, key=lambda g: (-groups[g], g))
        top, rest = ordered[: MAX_STACKS - 1], ordered[MAX_STACKS - 1 :]
        series = {g: [0.0] * len(periods) for g in top}
        if rest:
            series["other"] = [0.0] * len(periods)
        for period, per in lc.data.stacked.items():
            for g, n in per.items():
                series[g if g in top else "other"][index[period]] += n
    else:
        series = {"documented incidents": [float(t) for t in totals]}
    return ChartViewData(
        resolved=r,
        periods=tuple(periods),
        totals=tuple(totals),
        series=tuple((k, tuple(v)) for k, v in series.items()),
        counts=counts,
        figures=scope_figures(ref, r.flt, r.layers.bundled),
        scope=options.describe(ref, r.flt),
        counted=lc.description,
        attributions=tuple(lc.attributions),
    )


BIN_WORDS = {
    "year": QT_TRANSLATE_NOOP("options", "per year"),
    "quarter": QT_TRANSLATE_NOOP("options", "per quarter"),
    "month": QT_TRANSLATE_NOOP("options", "per month"),
}


def describe(ref: Reference, r: ResolvedChart) -> str:
    return f"{options.describe(ref, r.flt)}; {translate('options', BIN_WORDS[r.by])}"
