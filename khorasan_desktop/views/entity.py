"""The entity view kind: one actor, region, event or source with everything cited about it,
and the events linked to it (newest first)."""

from __future__ import annotations

from dataclasses import dataclass

from khorasan_desktop.core.models import Entity
from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError
from khorasan_desktop.data.reference import Reference

RELATIONS_LISTED = 300  # relations written into a printed entity section


@dataclass(frozen=True)
class ResolvedEntity:
    entity_id: str
    target: str  # the name or id the user gave, kept for the round trip

    def to_spec(self) -> ViewSpec:
        return ViewSpec("entity", self.target)


@dataclass(frozen=True)
class EntityViewData:
    resolved: ResolvedEntity
    entity: Entity
    event_ids: tuple[str, ...]  # linked events, newest first

    @property
    def relations_total(self) -> int:
        total = self.entity.details.get("relations_total")
        return total if isinstance(total, int) else len(self.entity.relations)


def resolve(ref: Reference, spec: ViewSpec) -> ResolvedEntity:
    if not spec.target:
        raise ViewSpecError("an entity view needs a name, e.g. entity:ISIS-K")
    return ResolvedEntity(ref.resolve(spec.target), spec.target)


def load(
    ref: Reference, r: ResolvedEntity, relations_limit: int = RELATIONS_LISTED
) -> EntityViewData:
    entity = ref.entity(r.entity_id, relations_limit=relations_limit)
    events = () if entity.kind == "event" else tuple(ref.event_ids_for_entity(r.entity_id))
    return EntityViewData(r, entity, events)
