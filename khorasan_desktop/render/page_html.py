"""HTML of an entity page: summary, aliases, cited facts, judgements, sources.

Citations are numbered in order of first use and listed at the foot with their grades;
each inline marker carries the same text as a tooltip link. Arabic-script names are wrapped
in ``dir="rtl"`` spans so they shape and order correctly inside left-to-right text.
"""

from __future__ import annotations

import html
import unicodedata

from khorasan_desktop.core.models import Citation, Entity

CREDIBILITY = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}
RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "cannot be judged",
}


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def esc(text: str | None) -> str:
    return html.escape(text or "")


def name_span(text: str) -> str:
    if is_rtl(text):
        return f'<span dir="rtl" lang="ar">{esc(text)}</span>'
    return esc(text)


def grade(c: Citation) -> str:
    return f"{c.reliability or '?'}{c.credibility or '?'}"


def cite_label(c: Citation) -> str:
    return f"{c.source_title}, {c.locator} (grade {grade(c)})"


class Citations:
    """Collects citations in order of use; the markers link to the foot of the page."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def mark(self, cites: tuple[Citation, ...]) -> str:
        nums = []
        for c in cites:
            key = (c.source_id, c.locator)
            for i, seen in enumerate(self.items, start=1):
                if (seen.source_id, seen.locator) == key:
                    nums.append(i)
                    break
            else:
                self.items.append(c)
                nums.append(len(self.items))
        if not nums:
            return ""
        links = ",".join(f'<a href="#cite-{n}">{n}</a>' for n in sorted(set(nums)))
        return f"<sup>[{links}]</sup>"


def entity_html(ent: Entity) -> str:
    return entity_content(ent)[0]


def entity_content(
    ent: Entity,
    notes: Citations | None = None,
    sources_section: bool = True,
    heading: bool = True,
) -> tuple[str, dict[str, str]]:
    """The page's HTML and, per citation anchor (``#cite-3``), the text to show on hover.

    A report passes one ``Citations`` for all its pages and lists the sources once at the
    end (``sources_section=False``)."""
    notes = notes if notes is not None else Citations()
    parts: list[str] = []
    kind = ent.kind + (f" · {ent.subtype}" if ent.subtype else "")
    if heading:
        parts.append(f"<h1>{name_span(ent.name)}</h1>")
    parts.append(f"<p class='kind'>{esc(kind)}</p>")
    if "vague" in ent.details:
        parts.append(f"<p class='vague'>Recorded as vague: {esc(str(ent.details['vague']))}</p>")
    if ent.summary:
        parts.append(f"<p>{esc(ent.summary)} {notes.mark(ent.citations)}</p>")
    if ent.aliases:
        parts.append(f"<h2>Also known as</h2><p>{_aliases(ent, notes)}</p>")
    if ent.event:
        parts.append(_event_block(ent, notes))
    details = _details(ent, notes)
    if details:
        parts.append(details)
    if ent.facts:
        parts.append("<h2>Key facts</h2><ul>")
        for f in ent.facts:
            parts.append(f"<li>{esc(f.statement)} {notes.mark(f.citations)}</li>")
        parts.append("</ul>")
    if ent.judgements:
        parts.append("<h2>Judgements in the brief</h2><ul>")
        for j in ent.judgements:
            horizon = f", {esc(j.horizon)}" if j.horizon else ""
            parts.append(
                f"<li><b>[{esc(j.likelihood)}{horizon}]</b> {esc(j.statement)} "
                f"{notes.mark(j.citations)}</li>"
            )
        parts.append("</ul>")
    if ent.relations:
        parts.append("<h2>Relations</h2><ul>")
        for r in ent.relations:
            other = f'<a href="entity:{esc(r.other.id)}">{name_span(r.other.name)}</a>'
            period = f" ({esc(r.start or '?')}–{esc(r.end or '')})" if r.start or r.end else ""
            phrase = (
                f"{esc(r.type)} → {other}" if r.direction == "out" else f"{other} {esc(r.type)} →"
            )
            vague = " <i>(vague)</i>" if r.vague else ""
            parts.append(f"<li>{phrase}{period}{vague} {notes.mark(r.citations)}</li>")
        parts.append("</ul>")
        total = ent.details.get("relations_total")
        if isinstance(total, int) and total > len(ent.relations):
            parts.append(
                f"<p class='meta'>… and {total - len(ent.relations)} more relations: see the "
                "Relations table below.</p>"
            )
    if not ent.summary and ent.citations:
        notes.mark(ent.citations)
    if notes.items and sources_section:
        parts.append("<h2>Sources</h2><ol class='sources'>")
        for i, c in enumerate(notes.items, start=1):
            src = f'<a href="entity:{esc(c.source_id)}">{esc(c.source_title)}</a>'
            url = f" <span class='meta'>{esc(c.url)}</span>" if c.url and c.url != c.locator else ""
            rel = RELIABILITY.get(c.reliability or "", "not graded")
            cred = CREDIBILITY.get(c.credibility or 0, "not graded")
            parts.append(
                f"<li><a name='cite-{i}'></a>{src}, {esc(c.locator)}{url} "
                f"<span class='meta'>— source {esc(c.reliability or '?')} ({rel}), "
                f"information {c.credibility or '?'} ({cred})</span></li>"
            )
        parts.append("</ol>")
        parts.append(
            "<p class='meta'>Grades: Admiralty scale, source reliability A–F and information "
            "credibility 1–6, assigned by the compilers.</p>"
        )
    hover = {f"#cite-{i}": cite_label(c) for i, c in enumerate(notes.items, start=1)}
    return (STYLE if sources_section else "") + "".join(parts), hover


def sources_html(notes: Citations) -> str:
    """Numbered list of every citation used, with both grades spelled out."""
    rows = []
    for i, c in enumerate(notes.items, start=1):
        rel = RELIABILITY.get(c.reliability or "", "not graded")
        cred = CREDIBILITY.get(c.credibility or 0, "not graded")
        url = f" <span class='meta'>{esc(c.url)}</span>" if c.url and c.url != c.locator else ""
        rows.append(
            f"<li><a name='cite-{i}'></a>{esc(c.source_title)}, {esc(c.locator)}{url} "
            f"<span class='meta'>— source {esc(c.reliability or '?')} ({rel}), "
            f"information {c.credibility or '?'} ({cred})</span></li>"
        )
    return "<ol>" + "".join(rows) + "</ol>"


def _event_block(ent: Entity, notes: Citations) -> str:
    ev = ent.event
    assert ev is not None
    rows = [
        ("Date", f"{ev.date_display} <span class='meta'>(precision: {ev.date_precision})</span>")
    ]
    place = esc(ev.place) if ev.place else "—"
    links = []
    for ref in (ev.province, ev.country):
        if ref:
            links.append(f'<a href="entity:{esc(ref.id)}">{esc(ref.name)}</a>')
    if links:
        place += " · " + " · ".join(links)
    rows.append(("Place", place))
    if ev.latitude is not None and ev.longitude is not None:
        how = {"exact": "from the source", "city": "approximate city centre"}.get(
            ev.coord_precision or "", ev.coord_precision or ""
        )
        rows.append(("Coordinates", f"{ev.latitude:.2f}, {ev.longitude:.2f} ({esc(how)})"))
    if ev.attack_type:
        rows.append(("Attack type", esc(ev.attack_type)))
    if ev.target:
        rows.append(("Target", esc(ev.target)))

    def fig(v: int | None) -> str:
        return "—" if v is None else str(v)

    if ev.date_precision and ent.subtype == "attack":
        rows.append(
            (
                "Deaths",
                f"best {fig(ev.deaths_best)} · low {fig(ev.deaths_low)} · high "
                f"{fig(ev.deaths_high)} <span class='meta'>(victims; blank = not stated)</span>",
            )
        )
        rows.append(("Injuries", fig(ev.injuries)))
    if ev.attribution:
        rows.append(
            (
                "Attribution",
                f"<b>{esc(ev.attribution)}</b> — as reported: {esc(ev.perpetrator_text)}",
            )
        )
    if ev.correction:
        fix = ev.correction
        changes = "; ".join(
            f"{esc(k)}: {esc(fix.original[k]) or '(blank)'} → {esc(fix.corrected.get(k, ''))}"
            for k in fix.original
        )
        rows.append(
            (
                "Corrected",
                f"{changes} <span class='meta'>(source row → reference data)</span><br>"
                f"<i>Why:</i> {esc(fix.reason)}",
            )
        )
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<table class='facts'>{body}</table><p>{notes.mark(ent.citations)}</p>"


def _aliases(ent: Entity, notes: Citations) -> str:
    """Each name with its kind and the sources that use it; a name whose source contradicts
    the brief says so beside it."""
    out = []
    for a in ent.aliases:
        text = name_span(a.alias)
        if a.kind:
            text += f" <span class='meta'>({esc(a.kind)})</span>"
        text += notes.mark(a.citations)
        for note in a.contradictions:
            text += f" <i class='contradicts'>({esc(note)})</i>"
        out.append(text)
    return " · ".join(out)


def _details(ent: Entity, notes: Citations | None = None) -> str:
    d = ent.details
    rows = []
    for key, label in (
        ("founded", "Founded"),
        ("strength", "Strength"),
        ("ucdp_actor_id", "UCDP actor id"),
        ("iso_code", "Code"),
        ("ne_name", "Natural Earth name"),
        ("author", "Author"),
        ("date_text", "Date"),
        ("publisher", "Publisher"),
        ("licence", "Licence"),
        ("reliability", "Reliability"),
        ("url", "Address"),
    ):
        if key in d and d[key] not in (None, ""):
            rows.append(f"<tr><th>{label}</th><td>{esc(str(d[key]))}</td></tr>")
    parent = d.get("parent")
    if isinstance(parent, dict):
        rows.insert(
            0,
            f'<tr><th>Part of</th><td><a href="entity:{esc(parent["id"])}">'
            f"{esc(parent['name'])}</a></td></tr>",
        )
    if "members" in d:
        # Each member with how much of it the source puts in the region, and its source.
        rows.append(
            "<tr><th>Members</th><td>"
            + ", ".join(
                f'<a href="entity:{esc(m["id"])}">{esc(m["name"])}</a>'
                + (f" <span class='meta'>({esc(m['extent'])})</span>" if m.get("extent") else "")
                + (notes.mark(m["citations"]) if notes is not None and m.get("citations") else "")
                for m in d["members"]  # type: ignore[attr-defined]
            )
            + "</td></tr>"
        )
    return f"<table class='facts'>{''.join(rows)}</table>" if rows else ""


STYLE = """<style>
h1 { font-size: 20pt; margin-bottom: 0; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }
p.kind { color: palette(mid); margin-top: 0; }
.meta { color: #777; font-size: small; }
p.vague { background: #fff4d6; color: #5a4500; padding: 4px; }
table.facts th { text-align: left; padding-right: 12px; font-weight: 600; }
table.facts td { padding-bottom: 2px; }
ol.sources li { margin-bottom: 3px; }
</style>"""
