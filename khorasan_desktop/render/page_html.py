"""HTML of an entity page: summary, aliases, cited facts, judgements, sources.

Citations are numbered in order of first use and listed at the foot with their grades;
each inline marker carries the same text as a tooltip link. Arabic-script names are wrapped
in ``dir="rtl"`` spans so they shape and order correctly inside left-to-right text.
"""

from __future__ import annotations

import html
import unicodedata

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import Citation, Entity

CREDIBILITY = {
    1: QT_TRANSLATE_NOOP("page_html", "confirmed"),
    2: QT_TRANSLATE_NOOP("page_html", "probably true"),
    3: QT_TRANSLATE_NOOP("page_html", "possibly true"),
    4: QT_TRANSLATE_NOOP("page_html", "doubtful"),
    5: QT_TRANSLATE_NOOP("page_html", "improbable"),
    6: QT_TRANSLATE_NOOP("page_html", "cannot be judged"),
}
RELIABILITY = {
    "A": QT_TRANSLATE_NOOP("page_html", "completely reliable"),
    "B": QT_TRANSLATE_NOOP("page_html", "usually reliable"),
    "C": QT_TRANSLATE_NOOP("page_html", "fairly reliable"),
    "D": QT_TRANSLATE_NOOP("page_html", "not usually reliable"),
    "E": QT_TRANSLATE_NOOP("page_html", "unreliable"),
    "F": QT_TRANSLATE_NOOP("page_html", "cannot be judged"),
}


# The data's kinds and subtypes, as the page's subtitle names them (translated there).
KIND_WORDS = {
    w: w
    for w in (
        QT_TRANSLATE_NOOP("page_html", "actor"),
        QT_TRANSLATE_NOOP("page_html", "region"),
        QT_TRANSLATE_NOOP("page_html", "event"),
        QT_TRANSLATE_NOOP("page_html", "source"),
        QT_TRANSLATE_NOOP("page_html", "group"),
        QT_TRANSLATE_NOOP("page_html", "person"),
        QT_TRANSLATE_NOOP("page_html", "state"),
        QT_TRANSLATE_NOOP("page_html", "government"),
        QT_TRANSLATE_NOOP("page_html", "country"),
        QT_TRANSLATE_NOOP("page_html", "province"),
        QT_TRANSLATE_NOOP("page_html", "area"),
        QT_TRANSLATE_NOOP("page_html", "historical"),
        QT_TRANSLATE_NOOP("page_html", "macro"),
        QT_TRANSLATE_NOOP("page_html", "attack"),
        QT_TRANSLATE_NOOP("page_html", "agreement"),
        QT_TRANSLATE_NOOP("page_html", "allegiance"),
        QT_TRANSLATE_NOOP("page_html", "campaign"),
        QT_TRANSLATE_NOOP("page_html", "collapse"),
        QT_TRANSLATE_NOOP("page_html", "founding"),
        QT_TRANSLATE_NOOP("page_html", "leadership-change"),
        QT_TRANSLATE_NOOP("page_html", "other"),
        QT_TRANSLATE_NOOP("page_html", "war"),
        QT_TRANSLATE_NOOP("page_html", "withdrawal"),
        QT_TRANSLATE_NOOP("page_html", "brief"),
        QT_TRANSLATE_NOOP("page_html", "dataset"),
        QT_TRANSLATE_NOOP("page_html", "outside"),
        QT_TRANSLATE_NOOP("page_html", "page"),
    )
}


def kind_words(word: str) -> str:
    """A kind or subtype in the interface language (one the list does not know: as is)."""
    return translate("page_html", word) if word in KIND_WORDS else word


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


def graded(c: Citation) -> str:
    """Both grades of a citation spelled out, in the interface language."""
    not_graded = translate("page_html", "not graded")
    rel = RELIABILITY.get(c.reliability or "")
    cred = CREDIBILITY.get(c.credibility or 0)
    return translate(
        "page_html",
        "source {reliability} ({reliability_word}), information {credibility} ({credibility_word})",
    ).format(
        reliability=esc(c.reliability or "?"),
        reliability_word=translate("page_html", rel) if rel else not_graded,
        credibility=c.credibility or "?",
        credibility_word=translate("page_html", cred) if cred else not_graded,
    )


def cite_label(c: Citation) -> str:
    return translate("page_html", "{source_title}, {locator} (grade {grade})").format(
        source_title=c.source_title, locator=c.locator, grade=grade(c)
    )


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
    kind = kind_words(ent.kind) + (f" · {kind_words(ent.subtype)}" if ent.subtype else "")
    if heading:
        parts.append(f"<h1>{name_span(ent.name)}</h1>")
    parts.append(f"<p class='kind'>{esc(kind)}</p>")
    if "vague" in ent.details:
        parts.append(
            translate("page_html", "<p class='vague'>Recorded as vague: {text}</p>").format(
                text=esc(str(ent.details["vague"]))
            )
        )
    if ent.summary:
        parts.append(f"<p>{esc(ent.summary)} {notes.mark(ent.citations)}</p>")
    if ent.aliases:
        parts.append(
            translate("page_html", "<h2>Also known as</h2><p>{aliases}</p>").format(
                aliases=_aliases(ent, notes)
            )
        )
    if ent.event:
        parts.append(_event_block(ent, notes))
    details = _details(ent, notes)
    if details:
        parts.append(details)
    if ent.facts:
        parts.append(translate("page_html", "<h2>Key facts</h2><ul>"))
        for f in ent.facts:
            parts.append(f"<li>{esc(f.statement)} {notes.mark(f.citations)}</li>")
        parts.append("</ul>")
    if ent.judgements:
        parts.append(translate("page_html", "<h2>Judgements in the brief</h2><ul>"))
        for j in ent.judgements:
            horizon = f", {esc(j.horizon)}" if j.horizon else ""
            parts.append(
                f"<li><b>[{esc(j.likelihood)}{horizon}]</b> {esc(j.statement)} "
                f"{notes.mark(j.citations)}</li>"
            )
        parts.append("</ul>")
    if ent.relations:
        parts.append(translate("page_html", "<h2>Relations</h2><ul>"))
        for r in ent.relations:
            other = f'<a href="entity:{esc(r.other.id)}">{name_span(r.other.name)}</a>'
            period = f" ({esc(r.start or '?')}–{esc(r.end or '')})" if r.start or r.end else ""
            phrase = (
                f"{esc(r.type)} → {other}" if r.direction == "out" else f"{other} {esc(r.type)} →"
            )
            vague = translate("page_html", " <i>(vague)</i>") if r.vague else ""
            parts.append(f"<li>{phrase}{period}{vague} {notes.mark(r.citations)}</li>")
        parts.append("</ul>")
        total = ent.details.get("relations_total")
        if isinstance(total, int) and total > len(ent.relations):
            parts.append(
                translate(
                    "page_html",
                    "<p class='meta'>… and {n} more relations: see the Relations table below.</p>",
                ).format(n=total - len(ent.relations))
            )
    if not ent.summary and ent.citations:
        notes.mark(ent.citations)
    if notes.items and sources_section:
        parts.append(translate("page_html", "<h2>Sources</h2><ol class='sources'>"))
        for i, c in enumerate(notes.items, start=1):
            src = f'<a href="entity:{esc(c.source_id)}">{esc(c.source_title)}</a>'
            url = f" <span class='meta'>{esc(c.url)}</span>" if c.url and c.url != c.locator else ""
            parts.append(
                f"<li><a name='cite-{i}'></a>{src}, {esc(c.locator)}{url} "
                f"<span class='meta'>— {graded(c)}</span></li>"
            )
        parts.append("</ol>")
        parts.append(
            translate(
                "page_html",
                "<p class='meta'>Grades: Admiralty scale, source reliability A–F and "
                "information credibility 1–6, assigned by the compilers.</p>",
            )
        )
    hover = {f"#cite-{i}": cite_label(c) for i, c in enumerate(notes.items, start=1)}
    return (STYLE if sources_section else "") + "".join(parts), hover


def sources_html(notes: Citations) -> str:
    """Numbered list of every citation used, with both grades spelled out."""
    rows = []
    for i, c in enumerate(notes.items, start=1):
        url = f" <span class='meta'>{esc(c.url)}</span>" if c.url and c.url != c.locator else ""
        rows.append(
            f"<li><a name='cite-{i}'></a>{esc(c.source_title)}, {esc(c.locator)}{url} "
            f"<span class='meta'>— {graded(c)}</span></li>"
        )
    return "<ol>" + "".join(rows) + "</ol>"


def _event_block(ent: Entity, notes: Citations) -> str:
    ev = ent.event
    assert ev is not None
    rows = [
        (
            translate("page_html", "Date"),
            translate(
                "page_html",
                "{date_display} <span class='meta'>(precision: {date_precision})</span>",
            ).format(date_display=ev.date_display, date_precision=ev.date_precision),
        )
    ]
    place = esc(ev.place) if ev.place else "—"
    links = []
    for ref in (ev.province, ev.country):
        if ref:
            links.append(f'<a href="entity:{esc(ref.id)}">{esc(ref.name)}</a>')
    if links:
        place += " · " + " · ".join(links)
    rows.append((translate("page_html", "Place"), place))
    if ev.latitude is not None and ev.longitude is not None:
        how = {
            "exact": translate("page_html", "from the source"),
            "city": translate("page_html", "approximate city centre"),
        }.get(ev.coord_precision or "", ev.coord_precision or "")
        rows.append(
            (
                translate("page_html", "Coordinates"),
                f"{ev.latitude:.2f}, {ev.longitude:.2f} ({esc(how)})",
            )
        )
    if ev.attack_type:
        rows.append((translate("page_html", "Attack type"), esc(ev.attack_type)))
    if ev.target:
        rows.append((translate("page_html", "Target"), esc(ev.target)))

    def fig(v: int | None) -> str:
        return "—" if v is None else str(v)

    if ev.date_precision and ent.subtype == "attack":
        rows.append(
            (
                translate("page_html", "Deaths"),
                (
                    translate(
                        "page_html",
                        "best {best} · low {low} · high {high} <span class='meta'>(victims; "
                        "blank = not stated)</span>",
                    ).format(
                        best=fig(ev.deaths_best), low=fig(ev.deaths_low), high=fig(ev.deaths_high)
                    )
                ),
            )
        )
        rows.append((translate("page_html", "Injuries"), fig(ev.injuries)))
    if ev.attribution:
        rows.append(
            (
                translate("page_html", "Attribution"),
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
                translate("page_html", "Corrected"),
                (
                    translate(
                        "page_html",
                        "{changes} <span class='meta'>(source row → reference "
                        "data)</span><br><i>Why:</i> {reason}",
                    ).format(changes=changes, reason=esc(fix.reason))
                ),
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
        ("founded", QT_TRANSLATE_NOOP("page_html", "Founded")),
        ("strength", QT_TRANSLATE_NOOP("page_html", "Strength")),
        (
            "ucdp_actor_id",
            QT_TRANSLATE_NOOP("page_html", "UCDP actor id"),
        ),
        ("iso_code", QT_TRANSLATE_NOOP("page_html", "Code")),
        (
            "ne_name",
            QT_TRANSLATE_NOOP("page_html", "Natural Earth name"),
        ),
        ("author", QT_TRANSLATE_NOOP("page_html", "Author")),
        ("date_text", QT_TRANSLATE_NOOP("page_html", "Date")),
        ("publisher", QT_TRANSLATE_NOOP("page_html", "Publisher")),
        ("licence", QT_TRANSLATE_NOOP("page_html", "Licence")),
        (
            "reliability",
            QT_TRANSLATE_NOOP("page_html", "Reliability"),
        ),
        ("url", QT_TRANSLATE_NOOP("page_html", "Address")),
    ):
        if key in d and d[key] not in (None, ""):
            label = translate("page_html", label)
            rows.append(f"<tr><th>{label}</th><td>{esc(str(d[key]))}</td></tr>")
    parent = d.get("parent")
    part_of = translate("page_html", "Part of")
    if isinstance(parent, dict):
        rows.insert(
            0,
            f"<tr><th>{part_of}</th>"
            f'<td><a href="entity:{esc(parent["id"])}">{esc(parent["name"])}</a></td></tr>',
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
