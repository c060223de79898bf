"""How source actor names become our actor ids: an explicit mapping, shown and editable.

Defaults come with each source format (``SourceSpec.default_rules``); the user's rules
(a JSON file, or the GUI's table) replace or extend them. Unmapped actors keep their
source names, so nothing is guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from khorasan_desktop.core.normalize import normalize
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.events.formats import spec_for
from khorasan_desktop.data.reference import Reference

# A shared or uncertain attribution ("Taliban and/or Islamic State Khorasan Province
# (ISKP)", ACLED's label for attacks it cannot attribute) goes to neither actor but to
# this value: counts by actor leave it out, ``actor=uncertain`` counts it on its own.
UNCERTAIN = "attribution-uncertain"
UNCERTAIN_NAME = "attribution uncertain (shared or 'X and/or Y')"
_SHARED = re.compile(r"\band\s*/\s*or\b", re.IGNORECASE)


@dataclass(frozen=True)
class MappingRule:
    """``key`` as written in the mapping: ``NAME``, ``NAME @ COUNTRY``, ``re:PATTERN`` or
    ``re:PATTERN @ COUNTRY``. ``actor_id`` None keeps the source name (no mapping)."""

    key: str
    actor_id: str | None
    actor_name: str | None
    origin: str  # 'default' or 'custom'
    pattern: re.Pattern[str] | None
    name_norm: str | None
    country_norm: str | None

    @property
    def rank(self) -> int:
        return (2 if self.pattern else 0) + (0 if self.country_norm else 1)

    def matches(self, name: str, name_norm: str, country_norm: str) -> bool:
        if self.country_norm and self.country_norm != country_norm:
            return False
        if self.pattern is not None:
            return self.pattern.search(name) is not None
        return self.name_norm == name_norm


def _rule(key: str, actor_id: str | None, actor_name: str | None, origin: str) -> MappingRule:
    body, country = key, None
    if " @ " in key:
        body, country = key.rsplit(" @ ", 1)
    body = body.strip()
    pattern = None
    if body.startswith("re:"):
        try:
            pattern = re.compile(body[3:], re.IGNORECASE)
        except re.error as exc:
            raise DataError(f"Actor mapping: bad pattern in {key!r}: {exc}") from None
    elif not body:
        raise DataError(f"Actor mapping: empty source name in {key!r}.")
    return MappingRule(
        key=key,
        actor_id=actor_id,
        actor_name=actor_name,
        origin=origin,
        pattern=pattern,
        name_norm=None if pattern else normalize(body),
        country_norm=fold_country(country) if country else None,
    )


def fold_country(name: str) -> str:
    """Country names compared without parenthesised former names: 'Russia (Soviet Union)'."""
    return normalize(re.sub(r"\s*\(.*?\)\s*", " ", name))


@dataclass
class ActorMapping:
    """How source actor names become our actor ids. Shown before an import
    (``--show-mapping``, :meth:`lines`, :meth:`to_json` for the GUI), editable as a JSON
    file ``{"source name": "actor id"}`` (:func:`load_mapping_file`), stored with the
    imported data set. Precedence: an exact name for the event's country, an exact name,
    a pattern for the country, a pattern; in each group the first rule wins."""

    kind: str
    rules: list[MappingRule]
    _cache: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)

    def resolve(self, name: str, country_norm: str) -> str | None:
        key = (name, country_norm)
        if key in self._cache:
            return self._cache[key]
        norm = normalize(name)
        found: str | None = None
        ranked = sorted(self.rules, key=lambda r: r.rank)
        exact = [r for r in ranked if r.pattern is None]  # a user's rule for this very name
        if _SHARED.search(name) and not any(r.matches(name, norm, country_norm) for r in exact):
            found = UNCERTAIN
        else:
            for rule in ranked:
                if rule.matches(name, norm, country_norm):
                    found = rule.actor_id
                    break
        if len(self._cache) < 100_000:
            self._cache[key] = found
        return found

    def to_json(self) -> dict[str, str | None]:
        """The mapping in the ``--mapping`` file format (save, edit, pass back)."""
        return {r.key: r.actor_id for r in self.rules}

    def lines(self) -> list[str]:
        width = max((len(r.key) for r in self.rules), default=0)
        out = [f"{self.kind.upper()} actor mapping (source name -> our actor):"]
        for r in self.rules:
            target = f"{r.actor_id} ({r.actor_name})" if r.actor_id else "(kept as in source)"
            out.append(f"  {r.key.ljust(width)}  ->  {target}  [{r.origin}]")
        out.append(
            "Other actors are kept under their source names. 'NAME @ COUNTRY' applies in that "
            "country only; 're:' starts a pattern (case-insensitive). A shared attribution "
            f"('X and/or Y') goes to neither actor: {UNCERTAIN} (count it with actor=uncertain) "
            "unless a rule names it exactly."
        )
        return out


def reference_actors(ref: Reference) -> dict[str, str]:
    return {
        r[0]: r[1] for r in ref.db.execute("SELECT id, name FROM entities WHERE kind = 'actor'")
    }


def load_mapping_file(path: Path) -> dict[str, str | None]:
    """A JSON object ``{"source name": "actor id or name" | null}``; DataError otherwise."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise DataError(f"Mapping file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"Cannot read mapping file {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise DataError(f"Mapping file {path} is not valid JSON (line {exc.lineno}).") from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise DataError(
            f'Mapping file {path} must be one JSON object {{"source name": "actor id"}}.'
        )
    return {k: (v or None) for k, v in data.items()}


def actor_mapping(
    kind: str, ref: Reference, custom: Mapping[str, str | None] | None = None
) -> ActorMapping:
    """The mapping an import of ``kind`` would use: the defaults whose actor exists in the
    reference, then ``custom`` (same key: replaces the default; new key: added; value None:
    keep the source name). Custom values may be actor ids or names (resolved like search)."""
    spec = spec_for(kind)
    actors = reference_actors(ref)
    rules: dict[str, MappingRule] = {}
    for key, default_id in spec.default_rules:
        if default_id in actors:
            rules[key] = _rule(key, default_id, actors[default_id], "default")
    bad: list[str] = []
    for key, value in (custom or {}).items():
        actor_id: str | None = value
        if value is not None and value not in actors:
            try:
                actor_id = ref.resolve(value, "actor")
            except DataError:
                bad.append(f"{key!r}: {value!r}")
                continue
        rules[key] = _rule(key, actor_id, actors.get(actor_id or ""), "custom")
    if bad:
        raise DataError("Actor mapping names actors not in the reference: " + "; ".join(bad))
    return ActorMapping(kind, list(rules.values()))
