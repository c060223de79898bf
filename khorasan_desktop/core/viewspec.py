"""View specifications shared by the exporters: ``chart:actor=ISIS-K,by=quarter``.

A spec names a view (entity, relations, chart, map, events, timeline) with an optional target and
options. The same text works on the command line (``--view``) and is what the GUI builds
from its open views, so a report can be reproduced from its cover page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

VIEW_KINDS = (
    "entity",
    "relations",
    "chart",
    "map",
    "events",
    "timeline",
    "notes",
    "bookmarks",
)
FILTER_KEYS = (
    "actor",
    "country",
    "province",
    "attribution",
    "from",
    "to",
    "by",
    "type",
    "target",
    "stack",
    "year",
    "depth",
    "source",
    "lanes",
    "path",
    "grade",
    "hide",
    "expand",
    "collapse",
    "layout",
)
_NEEDS_TARGET = ("entity", "relations")
_TAKES_TARGET = (*_NEEDS_TARGET, "timeline")  # a timeline of one entity, or of a scope


class ViewSpecError(ValueError):
    """A view specification the user typed is malformed (message says how)."""


@dataclass(frozen=True)
class Layout:
    """Where a link chart's glyphs stand (scene coordinates of each glyph's centre) and
    which are pinned: a saved chart's, or an open tab's as the user arranged it. It goes
    with a spec into a report but is no part of the spec's text."""

    positions: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    pinned: frozenset[str] = frozenset()

    @classmethod
    def from_state(cls, state: Mapping[str, Any] | None) -> Layout | None:
        """The layout a page state holds (``positions``: {id: [x, y]}, ``pinned``: [id]),
        as a graph tab keeps it in its history and in saved investigations; None when it
        holds no positions. Values of another shape are skipped, not trusted."""
        raw = (state or {}).get("positions")
        positions = {
            str(k): (float(v[0]), float(v[1]))
            for k, v in (raw.items() if isinstance(raw, Mapping) else ())
            if isinstance(v, list | tuple)
            and len(v) == 2
            and all(isinstance(c, int | float) for c in v)
        }
        if not positions:
            return None
        pinned = (state or {}).get("pinned")
        pins = (
            frozenset(str(p) for p in pinned) if isinstance(pinned, list | tuple) else frozenset()
        )
        return cls(positions, pins & positions.keys())


@dataclass(frozen=True)
class ViewSpec:
    kind: str
    target: str | None = None  # entity name, alias or id (entity, relations)
    options: dict[str, str] = field(default_factory=dict)
    layout: Layout | None = None  # a relations view's glyphs as arranged (not in the text)

    def with_layout(self, layout: Layout | None) -> ViewSpec:
        """This spec drawn with ``layout`` (a relations view; other kinds have none)."""
        return replace(self, layout=layout) if self.kind == "relations" else self

    def text(self) -> str:
        """Canonical text form, shown on report covers."""
        head = f"{self.kind}:{self.target}" if self.target else self.kind
        if not self.options:
            return head
        opts = ",".join(f"{k}={v}" for k, v in self.options.items())
        return f"{head},{opts}" if self.target else f"{head}:{opts}"


def parse(text: str) -> ViewSpec:
    """Parse ``KIND[:TARGET][,key=value...]`` or ``KIND[:key=value,...]``."""
    text = text.strip()
    if not text:
        raise ViewSpecError("empty view: use e.g. entity:ISIS-K or chart:by=year")
    kind, _, rest = text.partition(":")
    kind = kind.strip().lower()
    if kind not in VIEW_KINDS:
        raise ViewSpecError(f"unknown view {kind!r}: use one of {', '.join(VIEW_KINDS)}")
    target: str | None = None
    options: dict[str, str] = {}
    parts = [p.strip() for p in rest.split(",")] if rest else []
    for i, part in enumerate(parts):
        if not part:
            continue
        if "=" not in part:
            if i == 0 and kind in _TAKES_TARGET:
                target = part
                continue
            raise ViewSpecError(f"in view {text!r}: {part!r} is not key=value")
        key, _, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if key not in FILTER_KEYS:
            raise ViewSpecError(
                f"in view {text!r}: unknown option {key!r} (known: {', '.join(FILTER_KEYS)})"
            )
        if not value:
            raise ViewSpecError(f"in view {text!r}: option {key!r} has no value")
        options[key] = value
    if kind in _NEEDS_TARGET and not target:
        raise ViewSpecError(f"view {kind!r} needs a name: e.g. {kind}:ISIS-K")
    return ViewSpec(kind, target, options)
