"""The entity view kind: one actor, region, event or source with everything cited about it,
and the events linked to it (newest first). ``from=``/``to=`` limit those events to a
period: a report's entity section follows the report's period (``registry.load_all``)."""

from __future__ import annotations

from dataclasses import dataclass

from khorasan_desktop.core.models import Entity
from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.views import options
from khorasan_desktop.views.statistics import ScopeFigures, entity_figures

RELATIONS_LISTED = 300  # relations written into a printed entity section


@dataclass(frozen=True)
class ResolvedEntity:
    entity_id: str
    target: str  # the name or id the user gave, kept for the round trip
    date_from: str | None = None  # events listed only from this ISO day...
    date_to: str | None = None  # ...to this one
    period_text: tuple[str, str] | None = None  # the from/to as given, for the round trip

    def to_spec(self) -> ViewSpec:
        opts = {"from": self.period_text[0], "to": self.period_text[1]} if self.period_text else {}
        return ViewSpec("entity", self.target, {k: v for k, v in opts.items() if v})

    def period(self) -> str | None:
        """The events' period in words, or None when every linked event is listed."""
        if not self.date_from and not self.date_to:
            return None
        return f"{self.date_from or '…'} – {self.date_to or '…'}"


@dataclass(frozen=True)
class EntityViewData:
    resolved: ResolvedEntity
    entity: Entity
    event_ids: tuple[str, ...]  # linked events, newest first (in the period, when given)
    events_outside: int = 0  # linked events left out: outside the period or undated
    figures: ScopeFigures | None = None  # caveat and published figures beside the events

    @property
    def relations_total(self) -> int:
        total = self.entity.details.get("relations_total")
        return total if isinstance(total, int) else len(self.entity.relations)


def resolve(ref: Reference, spec: ViewSpec) -> ResolvedEntity:
    if not spec.target:
        raise ViewSpecError("an entity view needs a name, e.g. entity:ISIS-K")
    extra = set(spec.options) - {"from", "to"}
    if extra:
        raise ViewSpecError(f"an entity view takes only from= and to= (not {', '.join(extra)})")
    o = spec.options
    date_from = options.date_bound(o["from"], end=False) if "from" in o else None
    date_to = options.date_bound(o["to"], end=True) if "to" in o else None
    if date_from and date_to and date_from > date_to:
        raise ViewSpecError(f"'from' ({o['from']}) is after 'to' ({o['to']})")
    given = (o.get("from", ""), o.get("to", "")) if ("from" in o or "to" in o) else None
    return ResolvedEntity(ref.resolve(spec.target), spec.target, date_from, date_to, given)


def load(
    ref: Reference, r: ResolvedEntity, relations_limit: int = RELATIONS_LISTED
) -> EntityViewData:
    entity = ref.entity(r.entity_id, relations_limit=relations_limit)
    events = () if entity.kind == "event" else tuple(ref.event_ids_for_entity(r.entity_id))
    figures = figures_for(ref, r, entity.kind, entity.name)
    if not r.period():
        return EntityViewData(r, entity, events, figures=figures)
    inside = tuple(ref.events_in_period(list(events), r.date_from, r.date_to))
    return EntityViewData(r, entity, inside, len(events) - len(inside), figures)


def figures_for(ref: Reference, r: ResolvedEntity, kind: str, name: str) -> ScopeFigures:
    """The caveat and published figures beside the entity's events in its period (the
    report's section and the entity page's events tab both show these)."""
    return entity_figures(ref, kind, r.entity_id, name, r.date_from, r.date_to)
