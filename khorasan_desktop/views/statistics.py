"""Published statistics as first-class data: each figure with its kind (point in time, per
period, cumulative over a span, per year, change), its period, scope and source, filtered
by actor, place, period and kind. The ``stats`` command, the PDF's tables of published
figures and the JSON exports all read this, so they label a figure the same way.

``ScopeFigures`` is what a view's data carries beside every count or events table: the
coverage caveat and the figures published for the table's scope. The events, chart, map,
timeline and entity views compute it once in ``load``; the window's captions, the PDF,
``counts`` and the CSV/JSON metadata render that one value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.text import shortened
from khorasan_desktop.data.browse import Statistic
from khorasan_desktop.data.errors import NotFound
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.views.options import date_bound

KINDS = ("point", "period", "cumulative", "rate", "change")
# Table headers, translated where printed (the report's tables, context "compose").
HEADERS = (
    QT_TRANSLATE_NOOP("compose", "Figure as stated"),
    QT_TRANSLATE_NOOP("compose", "Kind and period"),
    QT_TRANSLATE_NOOP("compose", "Series"),
    QT_TRANSLATE_NOOP("compose", "Scope"),
    QT_TRANSLATE_NOOP("compose", "Source"),
)
NOTE = QT_TRANSLATE_NOOP(
    "statistics",
    "Published figures count differently from the documented incidents (UN, ACLED, "
    "monitoring groups, the brief) and are shown as stated, each with its own period: "
    "never added to the documented counts.",
)


@dataclass(frozen=True)
class StatisticsViewData:
    statistics: tuple[Statistic, ...]
    scope: str  # the filter in words

    def table(self) -> list[list[str]]:
        """One row per figure in the order of ``HEADERS``."""
        return [row(s) for s in self.statistics]


def row(s: Statistic) -> list[str]:
    return [s.value_text, s.kind_label, s.series, s.scope or "", s.source]


def as_json(s: Statistic) -> dict[str, Any]:
    return {
        "id": s.id,
        "series": s.series,
        "kind": s.kind,
        "kind_label": s.kind_label,
        "period": {"text": s.period_text, "start": s.period_start, "end": s.period_end},
        "value": s.value,
        "value_text": s.value_text,
        "unit": s.unit,
        "scope": s.scope,
        "subject_id": s.subject_id,
        "source": s.source,
        "note": s.note,
    }


def load(
    ref: Reference,
    *,
    actor: str | None = None,
    place: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    kind: str | None = None,
) -> StatisticsViewData:
    """Figures whose subject is ``actor``, whose scope names ``place`` (a region's name, or
    any text such as "Bajaur") and whose period overlaps ``date_from``-``date_to``."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    words = []
    actor_id = None
    if actor:
        actor_id = ref.resolve(actor, "actor")
        words.append(ref.ref(actor_id).name)
    place_text = None
    if place:
        try:
            place_text = ref.ref(ref.resolve(place, "region")).name
        except NotFound:
            place_text = place
        words.append(f"scope naming {place_text}")
    start = date_bound(date_from, end=False) if date_from else None
    end = date_bound(date_to, end=True) if date_to else None
    if start and end and start > end:
        raise ValueError(f"'from' ({date_from}) is after 'to' ({date_to})")
    if start or end:
        words.append(f"periods overlapping {start or '…'} – {end or '…'}")
    if kind:
        words.append(f"kind {kind}")
    stats = ref.statistics(
        actor_id=actor_id, place=place_text, date_from=start, date_to=end, kind=kind
    )
    return StatisticsViewData(tuple(stats), "; ".join(words) or "all published figures")


def overlaps(s: Statistic, date_from: str | None, date_to: str | None) -> bool:
    """Whether a figure's period overlaps ``date_from``-``date_to``; a figure whose period
    is not stated cannot be placed in a period and is left out of a dated table."""
    if (date_from or date_to) and not (s.period_start and s.period_end):
        return False
    if date_from and s.period_end and s.period_end < date_from:
        return False
    return not (date_to and s.period_start and s.period_start > date_to)


def for_scope(ref: Reference, flt: CountFilter) -> list[Statistic]:
    """The published figures to print beside a count or events table of this scope: the
    chart's scope rule (country, actor, province named) and an overlapping period."""
    return [s for s in ref.scoped_statistics(flt) if overlaps(s, flt.date_from, flt.date_to)]


CAPTION_FIGURES = 2  # figures named in a table's one-line caption; every one on hover


@dataclass(frozen=True)
class ScopeFigures:
    """What every count or events table carries beside it: the coverage caveat of the
    documented incidents and the figures others published for the same scope. A view's
    data holds one, so the GUI caption, the PDF and the CSV/JSON metadata show the same
    figures (computed once, in the view layer)."""

    caveat: str | None  # None: no documented incidents are counted (imported sets only)
    statistics: tuple[Statistic, ...]

    def meta(self) -> dict[str, Any]:
        """The export metadata: the caveat, the note on how to read the figures, and the
        figures each with its kind, period and source."""
        return {
            "coverage_caveat": self.caveat,
            "published_figures_note": NOTE,
            "published_figures": [as_json(s) for s in self.statistics],
        }

    def caption(self, limit: int = CAPTION_FIGURES, with_caveat: bool = True) -> str:
        """One line for a table: the caveat's first clause (unless the caveat is already
        printed beside it) and the first figures, counts of attacks or events first (what
        the table lists); the whole caveat and every figure with its source are in
        :meth:`details`."""
        parts = []
        if self.caveat and with_caveat:
            parts.append(
                translate("statistics", "Coverage caveat: {text}").format(
                    text=self.caveat.split(":", 1)[0].rstrip(".")
                )
            )
        if self.statistics:
            first = sorted(self.statistics, key=lambda s: not counts_events(s))[:limit]
            named = "; ".join(f"{shortened(s.value_text, 90)} ({s.kind_label})" for s in first)
            n = len(self.statistics)
            more = (
                translate("statistics", "; {n} more").format(n=n - len(first))
                if n > len(first)
                else ""
            )
            published = (
                translate("statistics", "Published for this scope (1 figure; sources on hover)")
                if n == 1
                else translate(
                    "statistics", "Published for this scope ({n} figures; sources on hover)"
                ).format(n=n)
            )
            parts.append(f"{published}: {named}{more}")
        elif self.caveat:
            parts.append(translate("statistics", "No published figures for this scope"))
        return ". ".join(parts) + "." if parts else ""

    def details(self) -> list[str]:
        """The caveat in full, then each figure as stated with its kind, series, scope and
        source (a caption's tooltip)."""
        caveat = translate("statistics", "Coverage caveat: {text}")
        out = [caveat.format(text=self.caveat)] if self.caveat else []
        if self.statistics:
            out.append(translate("statistics", NOTE))
        scope = translate("statistics", "; scope: {scope}")
        source = translate("statistics", ". Source: {source}")
        out.extend(
            f"{s.value_text} — {s.kind_label}; {s.series}"
            + (scope.format(scope=s.scope) if s.scope else "")
            + source.format(source=s.source or translate("statistics", "not stated"))
            for s in self.statistics
        )
        return out


def counts_events(s: Statistic) -> bool:
    """Whether a figure counts attacks or events, the things an events table lists."""
    unit = (s.unit or "").lower()
    return "attack" in unit or unit == "events"


def scope_figures(ref: Reference, flt: CountFilter, bundled: bool = True) -> ScopeFigures:
    """The caveat and published figures beside a count or events table of ``flt``; the
    caveat only when the documented incidents are among what is counted."""
    caveat = ref.meta.get("coverage_caveat") if bundled else None
    return ScopeFigures(caveat or None, tuple(for_scope(ref, flt)))


def entity_figures(
    ref: Reference,
    kind: str,
    entity_id: str,
    name: str,
    date_from: str | None = None,
    date_to: str | None = None,
) -> ScopeFigures:
    """Beside an actor's or a region's list of events: figures about that actor, or whose
    scope names that region, overlapping the period (an event or a source: the caveat
    only)."""
    stats: list[Statistic] = []
    if kind == "actor":
        stats = ref.statistics(actor_id=entity_id, date_from=date_from, date_to=date_to)
    elif kind == "region":
        stats = ref.statistics(place=name, date_from=date_from, date_to=date_to)
    return ScopeFigures(ref.meta.get("coverage_caveat") or None, tuple(stats))
