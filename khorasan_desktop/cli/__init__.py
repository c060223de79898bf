"""Headless command line on the same data layer as the GUI.

Exit codes: 0 success, 2 bad input or unusable database (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from khorasan_desktop import __version__, paths
from khorasan_desktop.core.models import Entity
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.reference import BINS, CountFilter, Reference


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="khorasan-desktop", description="Khorasan Desktop (no arguments: GUI).")
    p.add_argument("--version", action="store_true", help="print package and data version")
    p.add_argument("--db", type=Path, help="another reference database")
    p.add_argument("--user-dir", type=Path, help="the user's data folder")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    s = sub.add_parser("search", help="search names, aliases and text")
    s.add_argument("text")
    s.add_argument("--kind", choices=["actor", "region", "event", "source"])
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--json", action="store_true")

    sh = sub.add_parser("show", help="show one entity by name, alias or id")
    sh.add_argument("name")
    sh.add_argument("--json", action="store_true")

    c = sub.add_parser("counts", help="documented incidents per period")
    c.add_argument("--actor")
    c.add_argument("--country")
    c.add_argument("--province")
    c.add_argument("--attribution", help="comma list of claimed,attributed,disputed")
    c.add_argument("--from", dest="date_from", help="YYYY, YYYY-MM or YYYY-MM-DD")
    c.add_argument("--to", dest="date_to", help="YYYY, YYYY-MM or YYYY-MM-DD")
    c.add_argument("--by", choices=BINS, default="year")
    c.add_argument(
        "--source",
        default="bundled",
        help="bundled (default), ucdp, acled, stix, imported, all, or an imported data set's "
        "name (a STIX bundle's is its file name); join several with +",
    )
    c.add_argument("--json", action="store_true")

    ex = sub.add_parser("export", help="export views to PDF, STIX 2.1, CSV or JSON")
    exs = ex.add_subparsers(dest="format", parser_class=_Parser, required=True)
    pdf = exs.add_parser("pdf", help="a PDF report of one or more views")
    pdf.add_argument("-o", "--output", type=Path, required=True)
    pdf.add_argument("--title", default="Khorasan Desktop report")
    pdf.add_argument("--author", default="")
    pdf.add_argument("--banner", default="", help="handling banner, e.g. TLP:AMBER")
    pdf.add_argument("--view", action="append", default=[], help="repeatable, in order")
    stix = exs.add_parser("stix", help="a STIX 2.1 bundle")
    stix.add_argument("-o", "--output", type=Path, required=True)
    stix.add_argument(
        "--selection",
        action="append",
        default=[],
        help="entity names or ids to include with their neighbourhood (default: everything)",
    )
    stix.add_argument("--banner", default="", help="TLP marking, e.g. TLP:AMBER")
    for fmt in ("csv", "json"):
        t = exs.add_parser(fmt, help=f"tables as {fmt.upper()}")
        t.add_argument("-o", "--output", type=Path, required=True)
        t.add_argument(
            "--view",
            action="append",
            default=[],
            help="events|relations|chart|search:TEXT with options, e.g. events:from=2021,to=2021",
        )
        if fmt == "csv":
            t.add_argument(
                "--raw-cells",
                action="store_true",
                help="write cells starting with = + - @ as they are (by default they get a "
                "leading ' so a spreadsheet does not run them as formulas)",
            )
    im = sub.add_parser("import", help="import data into your user database")
    ims = im.add_subparsers(dest="format", parser_class=_Parser, required=True)
    ist = ims.add_parser("stix", help="a STIX 2.1 bundle (OpenCTI, MISP, our own export)")
    ist.add_argument("file", type=Path)
    for kind, what in (("ucdp", "a UCDP GED event CSV"), ("acled", "an ACLED event CSV")):
        imp = ims.add_parser(kind, help=what)
        imp.add_argument("file", type=Path)
        imp.add_argument("--name", help="data set name (default: the file's stem)")
        imp.add_argument(
            "--mapping", type=Path, help="JSON file mapping source actor names to our actor ids"
        )
        imp.add_argument(
            "--show-mapping",
            action="store_true",
            help="print the actor mapping that would be used, import nothing",
        )

    ds = sub.add_parser("datasets", help="list imported data sets")
    ds.add_argument("--json", action="store_true")
    rd = sub.add_parser("remove-dataset", help="remove one imported data set")
    rd.add_argument("name")

    bp = sub.add_parser("build-pack", help="build a reference-data update pack from db/")
    bp.add_argument("-o", "--output", type=Path, required=True)
    bp.add_argument("--changes", help="what changed, for the manifest")
    ip = sub.add_parser("install-pack", help="install a reference-data update pack")
    ip.add_argument("file", type=Path)

    sc = sub.add_parser("screenshot", help="render the main window to a PNG and exit")
    sc.add_argument("file", type=Path)
    sc.add_argument("--open", dest="open_name", help="entity to open (name, alias or id)")
    sc.add_argument("--view", choices=["page", "relations", "chart", "map"], default="page")
    sc.add_argument("--size", default="1400x900", help="WIDTHxHEIGHT")

    b = sub.add_parser("build-db", help="build the reference database from db/sources")
    b.add_argument("--sources", type=Path, default=None)
    b.add_argument("--out", type=Path, default=None)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.user_dir:
            os.environ[paths.USER_DIR_ENV] = str(args.user_dir)
        if args.version:
            return _version(args)
        if args.command is None:
            from khorasan_desktop.app import run_gui

            return run_gui(db_path=args.db)
        handler = {
            "search": _search,
            "show": _show,
            "counts": _counts,
            "build-db": _build,
            "screenshot": _screenshot,
            "export": _export,
            "import": _import,
            "datasets": _datasets,
            "remove-dataset": _datasets,
            "build-pack": _packs,
            "install-pack": _packs,
        }[args.command]
        return handler(args)
    except (UsageError, DataError, ValueError) as exc:
        print(f"khorasan-desktop: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _reference(args: argparse.Namespace) -> Reference:
    return Reference(args.db or paths.reference_db())


def _version(args: argparse.Namespace) -> int:
    try:
        ref = _reference(args)
        data = f"data {ref.meta['data_version']} (as of {ref.meta['as_of']})"
    except DataError as exc:
        data = f"data unavailable: {exc}"
    print(f"khorasan-desktop {__version__}, {data}")
    return 0


def _out(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def _search(args: argparse.Namespace) -> int:
    result = _reference(args).search(args.text, kind=args.kind, limit=args.limit)
    if result.message and not result.hits and not args.json:
        print(result.message, file=sys.stderr)
    if args.json:
        _out(
            [
                {
                    "id": h.id,
                    "kind": h.kind,
                    "subtype": h.subtype,
                    "name": h.name,
                    "matched": h.matched,
                }
                for h in result.hits
            ]
        )
        if result.message:
            print(result.message, file=sys.stderr)
        return 0
    if result.message and result.hits:
        print(result.message, file=sys.stderr)
    for h in result.hits:
        print(f"{h.name}  [{h.kind}{'/' + h.subtype if h.subtype else ''}]  {h.id}  ({h.matched})")
    if not result.hits and not result.message:
        print("No matches.", file=sys.stderr)
    return 0


def entity_json(ref: Reference, ent: Entity) -> dict[str, Any]:
    def cites(cs: Any) -> list[dict[str, Any]]:
        return [
            {
                "source_id": c.source_id,
                "source": c.source_title,
                "locator": c.locator,
                "reliability": c.reliability,
                "credibility": c.credibility,
                "url": c.url,
            }
            for c in cs
        ]

    out: dict[str, Any] = {
        "id": ent.id,
        "kind": ent.kind,
        "subtype": ent.subtype,
        "name": ent.name,
        "aliases": [a.alias for a in ent.aliases],
        "alias_details": [asdict(a) for a in ent.aliases],
        "summary": ent.summary,
        "relations": [
            {
                "type": r.type,
                "direction": r.direction,
                "start": r.start,
                "end": r.end,
                "other": {"id": r.other.id, "name": r.other.name, "kind": r.other.kind},
                "summary": r.summary,
                "vague": r.vague,
                "citations": cites(r.citations),
            }
            for r in ent.relations
        ],
        "facts": [
            {"statement": f.statement, "value_text": f.value_text, "citations": cites(f.citations)}
            for f in ent.facts
        ],
        "judgements": [
            {
                "statement": j.statement,
                "likelihood": j.likelihood,
                "horizon": j.horizon,
                "citations": cites(j.citations),
            }
            for j in ent.judgements
        ],
        "citations": cites(ent.citations),
        "details": ent.details,
    }
    if ent.event:
        ev = ent.event
        out.update(
            {
                "date": ev.date_start,
                "date_end": ev.date_end,
                "precision": ev.date_precision,
                "date_display": ev.date_display,
                "place": ev.place,
                "country": ev.country.name if ev.country else None,
                "province": ev.province.name if ev.province else None,
                "latitude": ev.latitude,
                "longitude": ev.longitude,
                "coord_precision": ev.coord_precision,
                "deaths": {"low": ev.deaths_low, "best": ev.deaths_best, "high": ev.deaths_high},
                "injuries": ev.injuries,
                "attack_type": ev.attack_type,
                "target": ev.target,
                "attribution": ev.attribution,
                "perpetrator_as_reported": ev.perpetrator_text,
            }
        )
    if ent.kind in ("actor", "region"):
        flt = CountFilter(actor_id=ent.id) if ent.kind == "actor" else _region_filter(ref, ent)
        out["documented_incidents"] = ref.counts(flt).total
    return out


def _region_filter(ref: Reference, ent: Entity) -> CountFilter:
    if ent.subtype == "country":
        return CountFilter(country_id=ent.id)
    if ent.subtype == "province":
        return CountFilter(province_id=ent.id)
    return CountFilter(province_id="-none-")


def _show(args: argparse.Namespace) -> int:
    ref = _reference(args)
    ent = ref.entity(ref.resolve(args.name))
    data = entity_json(ref, ent)
    if args.json:
        _out(data)
        return 0
    print(f"{ent.name}  [{ent.kind}{'/' + ent.subtype if ent.subtype else ''}]  {ent.id}")
    if ent.aliases:
        print("Also: " + ", ".join(a.alias for a in ent.aliases))
    if ent.summary:
        print(f"\n{ent.summary}")
    if ent.event:
        ev = data
        print(f"\nDate: {ev['date_display']} ({ev['precision']})   Place: {ev['place'] or '—'}")
        d = ev["deaths"]
        if any(v is not None for v in d.values()):
            print(
                f"Deaths: best {d['best'] or '—'}, low {d['low'] or '—'}, "
                f"high {d['high'] or '—'}   Injuries: {ev['injuries'] or '—'}"
            )
        if ev["attribution"]:
            print(f"Attribution: {ev['attribution']} ({ev['perpetrator_as_reported']})")
    for f in ent.facts:
        print(f"- {f.statement} [{_cite_text(f.citations)}]")
    if ent.relations:
        print("\nRelations:")
        for r in ent.relations:
            arrow = "->" if r.direction == "out" else "<-"
            period = f" ({r.start or '?'}–{r.end or ''})" if r.start or r.end else ""
            print(f"  {r.type} {arrow} {r.other.name}{period} [{_cite_text(r.citations)}]")
    if ent.judgements:
        print("\nJudgements:")
        for j in ent.judgements:
            print(f"  [{j.likelihood}] {j.statement} [{_cite_text(j.citations)}]")
    if "documented_incidents" in data:
        print(f"\nDocumented incidents: {data['documented_incidents']}")
    print("\nSources:")
    for c in ent.citations:
        grade = f"{c.reliability or '?'}{c.credibility or '?'}"
        print(f"  {c.source_title}, {c.locator} ({grade})")
    return 0


def _cite_text(citations: Any) -> str:
    return "; ".join(f"{c.source_title[:40]}, {c.locator}" for c in citations)


def _counts(args: argparse.Namespace) -> int:
    """Counts per period: the chart view's data, as the GUI chart and the PDF show it."""
    from khorasan_desktop.core.viewspec import ViewSpec
    from khorasan_desktop.data import layers
    from khorasan_desktop.views import chart as chart_view

    ref = _reference(args)
    options = {
        key: value
        for key, value in (
            ("actor", args.actor),
            ("country", args.country),
            ("province", args.province),
            ("attribution", args.attribution),
            ("from", args.date_from),
            ("to", args.date_to),
            ("by", args.by),
            ("source", args.source),
        )
        if value
    }
    user_db = paths.user_db()
    data = chart_view.load(
        ref, chart_view.resolve(ref, ViewSpec("chart", None, options), user_db), user_db
    )
    chosen = data.resolved.layers
    counts = data.counts
    source_text = layers.describe(user_db, chosen)
    if args.json:
        _out(
            {
                "by": counts.by,
                "counts": [{"period": b.period, "count": b.count} for b in counts.bins],
                "imprecise": counts.imprecise,
                "total": counts.total,
                "source": source_text,
                "attributions": layers.attributions(user_db, chosen),
                "note": ref.meta.get("coverage_caveat") if chosen.bundled else None,
            }
        )
        return 0
    print(f"# counted: {source_text}")
    for b in counts.bins:
        print(f"{b.period}\t{b.count}")
    if counts.imprecise:
        print(f"(date too imprecise for {args.by}: {counts.imprecise})")
    print(f"total\t{counts.total}")
    for line in layers.attributions(user_db, chosen):
        print(f"# {line}")
    return 0


def _export(args: argparse.Namespace) -> int:
    """Dispatch to the exporter modules (imported only when asked for)."""
    if args.format == "pdf":
        from khorasan_desktop.cli.report import export_pdf

        return export_pdf(args)
    if args.format == "stix":
        from khorasan_desktop.cli.stix import export_stix

        return export_stix(args)
    from khorasan_desktop.cli.tables import export_tables

    return export_tables(args)


def _import(args: argparse.Namespace) -> int:
    if args.format in ("ucdp", "acled"):
        from khorasan_desktop.cli.events_import import import_events

        return import_events(args)
    from khorasan_desktop.cli.stix import import_stix

    return import_stix(args)


def _datasets(args: argparse.Namespace) -> int:
    from khorasan_desktop.cli.events_import import datasets_command

    return datasets_command(args)


def _packs(args: argparse.Namespace) -> int:
    from khorasan_desktop.cli.packs import packs_command

    return packs_command(args)


def _screenshot(args: argparse.Namespace) -> int:
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(f"bad size {args.size!r}: use WIDTHxHEIGHT, e.g. 1400x900") from None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from khorasan_desktop.app import build_window
    from khorasan_desktop.ui import screenshot

    qapp = screenshot.app()
    window = build_window(args.db, restore=False)
    try:
        out = screenshot.render(
            window, window.ref, args.file, args.open_name, args.view, (width, height)
        )
    except OSError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        window.close()
        del qapp
    print(out)
    return 0


def _build(args: argparse.Namespace) -> int:
    from khorasan_desktop.data.build import build

    sources = args.sources or paths.sources_dir()
    if not sources.exists():
        raise UsageError(f"sources folder not found: {sources} (build-db needs a source checkout)")
    out = args.out or sources.parent / paths.DB_FILENAME
    stats = build(sources, paths.resources_dir(), out)
    print(f"built {out}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))
    return 0
