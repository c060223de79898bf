"""Copy with citation: the one text a copied fact, table row or selection carries.

Whatever is copied (a fact of an entity page, a selection across several, rows of any
table) leaves with its sources: title, locator and both Admiralty grades, e.g. "ISIS-K has
about 2,000 fighters in Afghanistan. Source: Legieć, Prospects for ISIS in Afghanistan,
para. 7 [B2]". Plain text for editors and chat, HTML for word processors; every place
that copies builds its clip here, so they all cite alike.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from khorasan_desktop.core.events import Event
from khorasan_desktop.core.models import Citation

if TYPE_CHECKING:  # the user store (sqlite-utils) loads after the first paint
    from khorasan_desktop.data.layers import Layers
    from khorasan_desktop.data.reference import Reference
    from khorasan_desktop.data.userdb import EventDataset

_DATASET_KINDS = {"ucdp": "UCDP GED", "acled": "ACLED", "stix": "STIX bundle"}
GRADES_NOTE = (
    "Grades: source reliability A-F and information credibility 1-6 (Admiralty scale), "
    "assigned by the compilers."
)


@dataclass(frozen=True)
class Clip:
    """What goes on the clipboard: the same content as plain text and as HTML."""

    text: str
    html: str


def grade(c: Citation) -> str:
    """Both grades, reliability then credibility: ``B2``; ``?`` for one not given."""
    return f"{c.reliability or '?'}{c.credibility or '?'}"


def _surname(author: str | None) -> str:
    """``Arkadiusz Legieć`` -> ``Legieć``; several authors keep the first one's."""
    if not author:
        return ""
    first = author.replace(" and ", ";").replace("&", ";").split(";")[0].split(",")[0]
    words = first.split()
    more = " et al." if first.strip() != author.strip() else ""
    return (words[-1] if words else "") + more


def _grade_mark(c: Citation) -> str:
    return "[not graded]" if not c.reliability and not c.credibility else f"[{grade(c)}]"


def source_text(c: Citation) -> str:
    """``Legieć, Prospects for ISIS in Afghanistan, para. 7 [B2]``."""
    parts = [_surname(c.author), c.source_title, c.locator]
    return ", ".join(p for p in parts if p) + f" {_grade_mark(c)}"


def _unique(cites: Sequence[Citation]) -> list[Citation]:
    seen: set[tuple[str, str]] = set()
    out = []
    for c in cites:
        if (c.source_id, c.locator) not in seen:
            seen.add((c.source_id, c.locator))
            out.append(c)
    return out


def _grouped(cites: Sequence[Citation]) -> list[Citation]:
    """One citation per source and grade, its locators joined: ``paras. 1, 3-11``."""
    groups: dict[tuple[str, str | None, int | None], list[Citation]] = {}
    for c in _unique(cites):
        groups.setdefault((c.source_id, c.reliability, c.credibility), []).append(c)
    out = []
    for group in groups.values():
        first = group[0]
        locator = _locators([c.locator for c in group])
        out.append(dataclasses.replace(first, locator=locator))
    return out


def _locators(locators: list[str]) -> str:
    """``para. 1``, ``para. 3``, ``para. 4`` -> ``paras. 1, 3-4``; others joined as given."""
    if len(locators) == 1:
        return locators[0]
    numbers = [loc.removeprefix("para. ") for loc in locators]
    if not all(
        loc.startswith("para. ") and n.isdigit() for loc, n in zip(locators, numbers, strict=True)
    ):
        return ", ".join(locators)
    values = sorted({int(n) for n in numbers})
    runs: list[list[int]] = []
    for v in values:
        if runs and v == runs[-1][-1] + 1:
            runs[-1].append(v)
        else:
            runs.append([v])
    spans = [f"{r[0]}" if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs]
    return "paras. " + ", ".join(spans)


def sources_text(cites: Sequence[Citation]) -> str:
    """``Source: A [B2]`` or ``Sources: A [B2]; B [C3]``; "" without citations."""
    grouped = _grouped(cites)
    if not grouped:
        return ""
    label = "Source" if len(grouped) == 1 else "Sources"
    return f"{label}: " + "; ".join(source_text(c) for c in grouped)


def _sources_html(cites: Sequence[Citation]) -> str:
    grouped = _grouped(cites)
    if not grouped:
        return ""
    label = "Source" if len(grouped) == 1 else "Sources"
    items = []
    for c in grouped:
        title = html.escape(c.source_title)
        linked = f'<a href="{html.escape(c.url, quote=True)}">{title}</a>' if c.url else title
        who = html.escape(_surname(c.author))
        items.append(
            (f"{who}, " if who else "")
            + f"<i>{linked}</i>"
            + (f", {html.escape(c.locator)}" if c.locator else "")
            + f" {html.escape(_grade_mark(c))}"
        )
    return f"<span class='source'>{label}: " + "; ".join(items) + "</span>"


def cited_text(statement: str, cites: Sequence[Citation]) -> str:
    """One statement followed by its sources, as the plain-text clip reads."""
    statement = statement.strip()
    sources = sources_text(cites)
    return f"{statement} {sources}".strip() if sources else statement


def statements(items: Sequence[tuple[str, Sequence[Citation]]]) -> Clip:
    """Facts, judgements, relations or any passage, each with its own sources."""
    kept = [(t.strip(), c) for t, c in items if t.strip()]
    text = "\n".join(cited_text(t, c) for t, c in kept)
    paragraphs = []
    for t, c in kept:
        sources = _sources_html(c)
        paragraphs.append(f"<p>{html.escape(t)}{' ' + sources if sources else ''}</p>")
    return Clip(text, _document("".join(paragraphs), any(c for _, c in kept)))


def rows(
    headers: Sequence[str],
    cells: Sequence[Sequence[str]],
    cites: Sequence[Sequence[Citation]],
) -> Clip:
    """Table rows with a last column for each row's sources: tab-separated text (a
    spreadsheet pastes it into cells) and an HTML table."""
    cited = any(cites)
    head = list(headers) + (["Source"] if cited else [])
    lines = ["\t".join(_cell(h) for h in head)]
    body = []
    for row, row_cites in zip(cells, cites, strict=True):
        src = "; ".join(source_text(c) for c in _grouped(row_cites))
        values = list(row) + ([src] if cited else [])
        lines.append("\t".join(_cell(v) for v in values))
        body.append("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in values) + "</tr>")
    table = (
        "<table border='1' cellspacing='0' cellpadding='3'><tr>"
        + "".join(f"<th>{html.escape(h)}</th>" for h in head)
        + "</tr>"
        + "".join(body)
        + "</table>"
    )
    return Clip("\n".join(lines), _document(table, cited))


def _cell(value: str) -> str:
    """Tabs and line breaks inside a cell would split it in a spreadsheet."""
    return " ".join(value.split())


def _document(body: str, cited: bool) -> str:
    note = f"<p style='font-size: small; color: #555'>{GRADES_NOTE}</p>" if cited else ""
    return f"<html><body>{body}{note}</body></html>"


def event_citation(event: Event) -> Citation | None:
    """An imported event's source: its data set and the id the data set gives it (they
    carry no grades). None for a bundled event, whose citations the reference holds."""
    if not event.imported:
        return None
    title = f"{_DATASET_KINDS.get(event.source_kind, event.source_kind)} data set {event.source}"
    locator = f"event {event.ext_id}" if event.ext_id else ""
    return Citation(event.source, title, locator, None, None)


def dataset_citation(dataset: EventDataset) -> Citation:
    """An imported data set as the source of a row drawn from it: its kind, name, release
    and licence (data sets carry no Admiralty grades)."""
    kind = _DATASET_KINDS.get(dataset.kind, dataset.kind)
    title = f"{kind} data set {dataset.name}"
    if dataset.release:
        title += f", release {dataset.release}"
    if dataset.licence:
        title += f" (licence: {dataset.licence})"
    return Citation(dataset.name, title, "", None, None, note=dataset.attribution)


def bundled_citation(ref: Reference) -> Citation:
    """The bundled documented incidents as the source of a count: the reference data's
    version and where its incidents were compiled from (the database's own credit)."""
    version = ref.meta.get("data_version", "")
    title = "Documented incidents, Khorasan Desktop reference data" + (
        f" {version}" if version else ""
    )
    credit = next((a for a in ref.attributions() if a.startswith("Incident data:")), "")
    credit = credit.removeprefix("Incident data:").strip().split(";")[0].rstrip(".")
    if credit:
        title += f" ({credit})"
    return Citation("bundled", title, "", None, None)


def counted_from(ref: Reference, user_db: Path, chosen: Layers) -> tuple[Citation, ...]:
    """Where a count's figures come from: every data set it adds up (the bundled
    incidents first). A count row has no single source; it cites these instead."""
    from khorasan_desktop.data import layers

    out = [bundled_citation(ref)] if chosen.bundled else []
    if chosen.imported:
        with layers.open_sources(None, user_db, chosen) as sources:
            out += [dataset_citation(d) for s in sources if (d := getattr(s, "dataset", None))]
    return tuple(out)
