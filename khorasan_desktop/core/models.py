"""Domain records returned by the data layer; frozen so views cannot alter shared rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# The fixed words of a search hit's reason ("alias: ISKP"), so the window can show them
# in its language while exports and the command line keep the English key.
_MATCH_WORDS = (
    QT_TRANSLATE_NOOP("search", "name"),
    QT_TRANSLATE_NOOP("search", "alias"),
    QT_TRANSLATE_NOOP("search", "name prefix"),
    QT_TRANSLATE_NOOP("search", "alias prefix"),
    QT_TRANSLATE_NOOP("search", "text"),
    QT_TRANSLATE_NOOP("search", "place"),
    QT_TRANSLATE_NOOP("search", "similar name"),
    QT_TRANSLATE_NOOP("search", "similar alias"),
    QT_TRANSLATE_NOOP("search", "summary"),
    QT_TRANSLATE_NOOP("search", "alias or words"),
)


@dataclass(frozen=True)
class Citation:
    """Where a fact comes from: a source, a locator inside it and a credibility grade."""

    source_id: str
    source_title: str
    locator: str
    reliability: str | None  # Admiralty source grade A-F
    credibility: int | None  # Admiralty information grade 1-6
    url: str | None = None
    note: str | None = None  # e.g. "contradicts the brief: ..." on an outside alias
    author: str | None = None  # as the source names its author(s), e.g. "Arkadiusz Legieć"


@dataclass(frozen=True)
class Alias:
    """A name of an entity with the sources that use it (every alias cites one)."""

    alias: str
    script: str | None
    language: str | None
    kind: str | None
    citations: tuple[Citation, ...] = ()

    @property
    def contradictions(self) -> tuple[str, ...]:
        """Notes of citations whose source contradicts the brief on this name."""
        return tuple(c.note for c in self.citations if c.note and "contradicts" in c.note)


@dataclass(frozen=True)
class EntityRef:
    id: str
    kind: str
    name: str


@dataclass(frozen=True)
class Relation:
    id: str
    type: str
    direction: str  # "out" when the entity is the subject, "in" when it is the object
    other: EntityRef
    start: str | None
    end: str | None
    summary: str | None
    vague: bool
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Fact:
    id: str
    statement: str
    value_text: str | None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Judgement:
    id: str
    statement: str
    likelihood: str
    horizon: str | None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Correction:
    """A change the compilers made to a source row: what it said, what it says now, why."""

    original: dict[str, str]  # field -> the source row's value
    corrected: dict[str, str]  # field -> the value in the reference data
    reason: str


@dataclass(frozen=True)
class EventDetail:
    type: str | None
    date_start: str | None
    date_end: str | None
    date_precision: str
    date_display: str
    place: str | None
    country: EntityRef | None
    province: EntityRef | None
    latitude: float | None
    longitude: float | None
    coord_precision: str | None
    deaths_low: int | None
    deaths_best: int | None
    deaths_high: int | None
    injuries: int | None
    attack_type: str | None
    target: str | None
    attribution: str | None
    perpetrator_text: str | None
    correction: Correction | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str  # actor | region | event | source
    subtype: str | None
    name: str
    summary: str | None
    aliases: tuple[Alias, ...] = ()
    citations: tuple[Citation, ...] = ()
    relations: tuple[Relation, ...] = ()
    facts: tuple[Fact, ...] = ()
    judgements: tuple[Judgement, ...] = ()
    event: EventDetail | None = None
    details: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    subtype: str | None
    name: str
    matched: str  # why it matched, e.g. "alias: ISKP"
    tier: int  # 0 exact name, 1 exact alias, 2 prefix, 3 text, 4 similar name (a typo)

    @property
    def reason(self) -> str:
        """``matched`` in the interface language: its fixed words translated, the matched
        name or place (data) kept as stored."""
        label, sep, value = self.matched.partition(": ")
        if not sep or label not in _MATCH_WORDS:
            return self.matched
        if label == "text" and value in _MATCH_WORDS:
            value = translate("search", value)
        return f"{translate('search', label)}: {value}"


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[SearchHit, ...]
    message: str | None = None  # shown instead of, or beside, the hits
    more: int = 0  # hits beyond the page (counted up to a bound: a lower bound if not exact)
    more_exact: bool = True
    suggestions: tuple[str, ...] = ()  # "did you mean": names close to a mistyped query

    def more_note(self) -> str:
        """How many further hits the cut list leaves out, in words ("" when none)."""
        if self.more <= 0:
            return ""
        n = f"{self.more}" if self.more_exact else f"over {self.more}"
        return f"{n} more {'hit' if self.more == 1 and self.more_exact else 'hits'}"


@dataclass(frozen=True)
class CountBin:
    period: str
    count: int


@dataclass(frozen=True)
class Counts:
    by: str
    bins: tuple[CountBin, ...]
    imprecise: int  # incidents whose date is too coarse for the bin size
    total: int
    # per bin, how many of the imprecise incidents may have happened in it (their possible
    # days overlap it): what a bar's tooltip says, never added to the bar
    overlapping: tuple[CountBin, ...] = ()
    overlaps: int = 0  # possible duplicates between sources, counted once (data.events.overlaps)
