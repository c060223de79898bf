"""Parsing and validating the options of a view spec, shared by every view kind."""

from __future__ import annotations

from khorasan_desktop.core import dates
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError
from khorasan_desktop.data.events.mapping import UNCERTAIN
from khorasan_desktop.data.reference import ATTRIBUTIONS, BINS, CountFilter, Reference


def date_bound(text: str, end: bool) -> str:
    """First (or last) day a ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` bound covers; impossible
    dates such as 2021-02-30 or month 13 are refused, not rolled over."""
    try:
        fd = dates.parse(text)
    except ValueError:
        fd = None
    if fd is None or fd.start is None or fd.end is None:
        raise ViewSpecError(f"bad date {text!r}: use a real date as YYYY, YYYY-MM or YYYY-MM-DD")
    return fd.end if end else fd.start


def count_filter(ref: Reference, spec: ViewSpec) -> CountFilter:
    """The event filter a chart, map or events spec describes (names resolved here once)."""
    o = spec.options
    attributions: tuple[str, ...] = ATTRIBUTIONS
    if "attribution" in o:
        attributions = tuple(a.strip() for a in o["attribution"].replace("+", ",").split(","))
        bad = [a for a in attributions if a not in ATTRIBUTIONS]
        if bad:
            raise ViewSpecError(f"attribution must be among {', '.join(ATTRIBUTIONS)}")
    date_from = date_bound(o["from"], end=False) if "from" in o else None
    date_to = date_bound(o["to"], end=True) if "to" in o else None
    if date_from and date_to and date_from > date_to:
        raise ViewSpecError(f"'from' ({o['from']}) is after 'to' ({o['to']})")
    return CountFilter(
        actor_id=_actor(ref, o["actor"]) if "actor" in o else None,
        country_id=ref.resolve(o["country"], "region") if "country" in o else None,
        province_id=ref.resolve(o["province"], "region") if "province" in o else None,
        attributions=attributions,
        date_from=date_from,
        date_to=date_to,
        attack_type=o.get("type"),
        target=o.get("target"),
    )


def _actor(ref: Reference, name: str) -> str:
    """An actor's id; ``uncertain`` is the imports' shared attribution ("X and/or Y")."""
    if name.strip().lower() in ("uncertain", UNCERTAIN):
        return UNCERTAIN
    return ref.resolve(name, "actor")


def bin_size(spec: ViewSpec) -> str:
    by = spec.options.get("by", "year")
    if by not in BINS:
        raise ViewSpecError(f"by must be one of {', '.join(BINS)}")
    return by


def stack(spec: ViewSpec) -> str | None:
    value = spec.options.get("stack")
    if value not in (None, "country", "province"):
        raise ViewSpecError("stack must be country or province")
    return value


def year(spec: ViewSpec) -> int | None:
    if "year" not in spec.options:
        return None
    try:
        value = int(spec.options["year"])
    except ValueError:
        raise ViewSpecError(f"year must be a number, not {spec.options['year']!r}") from None
    if not 1 <= value <= 9999:
        raise ViewSpecError(f"year must be between 1 and 9999, not {value}")
    return value


def depth(spec: ViewSpec) -> int:
    text = spec.options.get("depth", "1")
    if text not in ("1", "2"):
        raise ViewSpecError(f"depth must be 1 or 2, not {text!r}")
    return int(text)


# The stored attribution values, as the interface names them (the filter bar's boxes and
# every summary below); the values themselves stay English in the data and view specs.
ATTRIBUTION_WORDS = {
    "claimed": QT_TRANSLATE_NOOP("options", "claimed"),
    "attributed": QT_TRANSLATE_NOOP("options", "attributed"),
    "disputed": QT_TRANSLATE_NOOP("options", "disputed"),
}


def attribution_word(value: str) -> str:
    return translate("options", ATTRIBUTION_WORDS.get(value, value))


def describe(ref: Reference, flt: CountFilter) -> str:
    """The one human summary of a filter, for captions, report covers and export metadata,
    in the interface's language (names and data values as stored)."""
    parts = []
    for label, value in (
        (QT_TRANSLATE_NOOP("options", "actor: {name}"), flt.actor_id),
        (QT_TRANSLATE_NOOP("options", "country: {name}"), flt.country_id),
        (QT_TRANSLATE_NOOP("options", "province: {name}"), flt.province_id),
    ):
        if value == UNCERTAIN:
            parts.append(
                translate("options", "actor: attribution uncertain (imported 'X and/or Y')")
            )
        elif value:
            parts.append(translate("options", label).format(name=ref.ref(value).name))
    if tuple(sorted(flt.attributions)) != tuple(sorted(ATTRIBUTIONS)):
        words = ", ".join(attribution_word(a) for a in flt.attributions)
        parts.append(translate("options", "attribution: {values}").format(values=words))
    if flt.attack_type:
        parts.append(translate("options", "attack type: {type}").format(type=flt.attack_type))
    if flt.target:
        parts.append(translate("options", "target: {target}").format(target=flt.target))
    if flt.date_from or flt.date_to:
        parts.append(
            translate("options", "dates: {start} to {end}").format(
                start=flt.date_from or translate("options", "start"),
                end=flt.date_to or translate("options", "end"),
            )
        )
    return "; ".join(parts) or translate("options", "all documented incidents")


def to_options(flt: CountFilter) -> dict[str, str]:
    """The view-spec options that reproduce ``flt`` (ids are valid names for resolve)."""
    out: dict[str, str] = {}
    for key, value in (
        ("actor", flt.actor_id),
        ("country", flt.country_id),
        ("province", flt.province_id),
        ("type", flt.attack_type),
        ("target", flt.target),
    ):
        if value:
            out[key] = value
    if tuple(sorted(flt.attributions)) != tuple(sorted(ATTRIBUTIONS)):
        out["attribution"] = "+".join(flt.attributions)
    if flt.date_from:
        out["from"] = flt.date_from
    if flt.date_to:
        out["to"] = flt.date_to
    return out
