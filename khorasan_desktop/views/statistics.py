"""Published statistics as first-class data: each figure with its kind (point in time, per
period, cumulative over a span, per year, change), its period, scope and source, filtered
by actor, place, period and kind. The ``stats`` command, the PDF's tables of published
figures and the JSON exports all read this, so they label a figure the same way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP
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
