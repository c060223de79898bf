"""Headless command line on the same data layer as the GUI.

Exit codes: 0 success, 2 bad input or unusable database (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from khorasan_desktop import __version__, paths
from khorasan_desktop.core.models import Entity
from khorasan_desktop.data.connection import damage
from khorasan_desktop.data.errors import DataError, NameNotFound, write_reason
from khorasan_desktop.data.reference import BINS, CountFilter, Reference
from khorasan_desktop.data.search import LISTED_WHOLE
from khorasan_desktop.data.search import MAX_LIMIT as MAX_HITS


def _hit_limit(text: str) -> int:
    """``--limit``: a whole number of hits from 1 to the most a search lists."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_HITS:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {MAX_HITS}, not {text!r}"
        )
    return value


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  khorasan-desktop {line}" for line in lines)


def _view_syntax() -> str:
    """The user guide's view-spec section (one text for the guide and ``--help``)."""
    from khorasan_desktop import resources

    try:
        return resources.view_syntax()
    except (OSError, ValueError):
        return "A view is KIND[:NAME][,key=value...] (the user guide is missing)."


def build_parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    p = _Parser(
        prog="khorasan-desktop",
        description="Khorasan Desktop: offline reference on ISIS-K and its region.\n"
        "Without a command it starts the window; with one it runs headless.\n"
        "`khorasan-desktop COMMAND --help` explains a command and its arguments.",
        epilog=_examples("search ISKP", "--version", "--db other.sqlite show ISIS-K"),
        formatter_class=raw,
    )
    p.add_argument(
        "--version", action="store_true", help="print the program's and the data's version"
    )
    p.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="read this reference database instead of the installed one, e.g. --db test.sqlite",
    )
    p.add_argument(
        "--user-dir",
        type=Path,
        metavar="PATH",
        help="use this folder for your notes, bookmarks and imports instead of the usual one "
        "(a portable install on a USB stick, a test), e.g. --user-dir /media/usb/khorasan",
    )
    sub = p.add_subparsers(
        dest="command", parser_class=_Parser, metavar="COMMAND", help="one of these commands:"
    )

    def command(name: str, what: str, *examples: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=what,
            description=what[0].upper() + what[1:] + ".",
            epilog=kw.pop("epilog", "") + _examples(*examples),
            formatter_class=raw,
            **kw,
        )

    json_help = "print JSON (for scripts) instead of text"
    s = command(
        "search",
        "search names, aliases (Latin and Arabic script) and text",
        "search ISKP",
        'search "ولایت خراسان" --kind actor --json',
    )
    s.add_argument("text", help="what to look for: a name, an alias, a word, e.g. Taleban")
    s.add_argument(
        "--kind",
        choices=["actor", "region", "event", "source"],
        help="only hits of this kind, e.g. --kind region",
    )
    s.add_argument(
        "--limit",
        type=_hit_limit,
        default=20,
        help=f"at most this many hits, 1 to {MAX_HITS} (default 20; a cut list says how "
        "many more there are), e.g. --limit 5",
    )
    s.add_argument("--json", action="store_true", help=json_help)

    sh = command(
        "show",
        "show one entity with its aliases, relations, facts and sources",
        "show ISIS-K",
        "show Nangarhar --json",
    )
    sh.add_argument("name", help="a name, alias or id, e.g. ISKP or actor-iskp")
    sh.add_argument("--json", action="store_true", help=json_help)

    c = command(
        "counts",
        "count documented incidents per period (the chart's numbers)",
        "counts --actor ISIS-K --by year",
        "counts --province Nangarhar --by quarter --attribution claimed",
        "counts --from 2021 --to 2022 --by month --source all --json",
    )
    c.add_argument("--actor", help="only this actor's incidents, e.g. --actor ISKP")
    c.add_argument("--country", help="only in this country, e.g. --country Pakistan")
    c.add_argument("--province", help="only in this province, e.g. --province Kunar")
    c.add_argument(
        "--attribution",
        help="comma list of claimed, attributed, disputed (default all), "
        "e.g. --attribution claimed,attributed",
    )
    c.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="from this date: YYYY, YYYY-MM or YYYY-MM-DD, e.g. --from 2021-08",
    )
    c.add_argument(
        "--to", dest="date_to", metavar="DATE", help="up to this date, e.g. --to 2021-12-31"
    )
    c.add_argument(
        "--by", choices=BINS, default="year", help="one count per year (default), quarter or month"
    )
    c.add_argument(
        "--source",
        default="bundled",
        help="bundled (default), ucdp, acled, stix, imported, all, or an imported data set's "
        "name (a STIX bundle's is its file name); join several with +, e.g. "
        "--source bundled+GEDEvent_v25_1",
    )
    c.add_argument("--json", action="store_true", help=json_help)

    st = command(
        "stats",
        "list the published statistics (UN, ACLED, monitoring groups, the brief), each with "
        "its kind, period, scope and source",
        "stats",
        "stats --actor ISIS-K --from 2021 --to 2021",
        "stats --place Bajaur --json",
        "stats --kind cumulative",
        epilog="Kinds: point (an estimate at a moment, or a single day), period (a count over "
        "its period, a year or less), cumulative (over a span longer than a year), rate (each "
        "year of its span), change (a trend or percentage). Published figures are never "
        "added to the documented incident counts.\n\n",
    )
    st.add_argument("--actor", help="only figures about this actor, e.g. --actor ISKP")
    st.add_argument(
        "--place",
        help="only figures whose scope names this place (a region's name or any text), "
        "e.g. --place Nangarhar",
    )
    st.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="only figures whose period reaches this date or later, e.g. --from 2021-08",
    )
    st.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help="only figures whose period starts by this date, e.g. --to 2021-12-31",
    )
    st.add_argument(
        "--kind",
        choices=["point", "period", "cumulative", "rate", "change"],
        help="only figures of this kind, e.g. --kind period",
    )
    st.add_argument("--json", action="store_true", help=json_help)

    ex = command(
        "export",
        "export views to a PDF report, STIX 2.1, CSV or JSON",
        "export pdf -o report.pdf --view entity:ISIS-K --view map",
        "export csv -o events.csv --view events:from=2021,to=2021",
        "export stix -o bundle.json --banner TLP:AMBER",
        epilog=_view_syntax() + "\n\n",
    )
    exs = ex.add_subparsers(
        dest="format",
        parser_class=_Parser,
        required=True,
        metavar="FORMAT",
        help="the format, one of:",
    )

    def export_format(name: str, what: str, *examples: str) -> argparse.ArgumentParser:
        return exs.add_parser(
            name,
            help=what,
            description=what[0].upper() + what[1:] + ".",
            epilog=_view_syntax() + "\n\n" + _examples(*examples),
            formatter_class=raw,
        )

    pdf = export_format(
        "pdf",
        "a PDF report of one or more views, in the order given",
        'export pdf -o report.pdf --title "ISIS-K 2021" --banner TLP:AMBER '
        "--view entity:ISIS-K --view relations:ISIS-K,year=2021 "
        "--view chart:province=Nangarhar,by=quarter --view map",
    )
    pdf.add_argument(
        "-o", "--output", type=Path, required=True, help="the PDF file to write, e.g. -o report.pdf"
    )
    pdf.add_argument(
        "--title",
        default=None,
        help="the cover's title (default \"Khorasan Desktop report\", or the investigation's "
        'name), e.g. --title "ISIS-K 2021"',
    )
    pdf.add_argument(
        "--investigation",
        metavar="NAME",
        default=None,
        help="every view of an investigation saved in the app (Investigations > Save), in "
        'tab order, before any --view, e.g. --investigation "Kabul 2021"',
    )
    pdf.add_argument("--author", default="", help='the cover\'s author, e.g. --author "J. Doe"')
    pdf.add_argument(
        "--banner",
        default="",
        help="handling banner printed on every page, e.g. --banner TLP:AMBER",
    )
    pdf.add_argument(
        "--language",
        choices=["en", "fa_AF", "ps"],
        default="en",
        help="the report's own words (headings, table headers) in English, Dari (fa_AF) or "
        "Pashto (ps); Dari and Pashto pages run right to left. Names, sources and quotations "
        "stay as the sources give them",
    )
    pdf.add_argument(
        "--max-rows",
        type=int,
        default=None,
        metavar="N",
        help="rows printed per long table, with a line saying how many there are "
        "(default 200; 0: every row; CSV/JSON exports hold them all), e.g. --max-rows 500",
    )
    pdf.add_argument(
        "--view",
        action="append",
        default=[],
        metavar="VIEW",
        help="a view to include (repeat for more, in order), e.g. --view chart:by=quarter",
    )
    stix = export_format(
        "stix",
        "a STIX 2.1 bundle of the reference data (for OpenCTI, MISP)",
        "export stix -o bundle.json --banner TLP:AMBER",
        "export stix -o iskp.json --selection ISIS-K",
    )
    stix.add_argument(
        "-o", "--output", type=Path, required=True, help="the JSON file to write, e.g. -o b.json"
    )
    stix.add_argument(
        "--selection",
        action="append",
        default=[],
        metavar="NAME",
        help="entity names or ids to include with their neighbourhood (repeatable; default: "
        "everything), e.g. --selection ISIS-K",
    )
    stix.add_argument("--banner", default="", help="TLP marking, e.g. --banner TLP:AMBER")
    for fmt in ("csv", "json"):
        t = export_format(
            fmt,
            f"tables as {fmt.upper()} (one file per view)",
            f"export {fmt} -o events.{fmt} --view events:from=2021,to=2021",
            f"export {fmt} -o counts.{fmt} --view chart:actor=ISIS-K,by=quarter",
            f'export {fmt} -o hits.{fmt} --view "search:Kabul,kind=event"',
        )
        t.add_argument(
            "-o",
            "--output",
            type=Path,
            required=True,
            help=f"the file to write (numbered when there are several views), e.g. -o out.{fmt}",
        )
        t.add_argument(
            "--view",
            action="append",
            default=[],
            metavar="VIEW",
            help="events, relations[:NAME], chart or search:TEXT with options (repeatable), "
            "e.g. --view events:from=2021,to=2021",
        )
        if fmt == "csv":
            t.add_argument(
                "--raw-cells",
                action="store_true",
                help="write cells exactly as stored: by default a cell that starts with "
                "= + - @ (which a spreadsheet would run as a formula) gets a leading ', "
                "e.g. --raw-cells for a data pipeline",
            )

    im = command(
        "import",
        "import data into your own data folder (never into the reference data)",
        "import stix bundle.json",
        "import ucdp GEDEvent_v25_1.csv",
        "import acled acled-afghanistan.csv --name acled-2024",
    )
    ims = im.add_subparsers(
        dest="format",
        parser_class=_Parser,
        required=True,
        metavar="FORMAT",
        help="the format, one of:",
    )
    ist = ims.add_parser(
        "stix",
        help="a STIX 2.1 bundle (OpenCTI, MISP, our own export)",
        description="Import a STIX 2.1 bundle (OpenCTI, MISP, our own export).",
        epilog=_examples("import stix bundle.json"),
        formatter_class=raw,
    )
    ist.add_argument("file", type=Path, help="the bundle's JSON file, e.g. bundle.json")
    for kind, what, example in (
        ("ucdp", "a UCDP GED event CSV", "GEDEvent_v25_1.csv"),
        ("acled", "an ACLED event CSV", "acled-afghanistan.csv"),
    ):
        imp = ims.add_parser(
            kind,
            help=what,
            description=f"Import {what}: its actors are mapped to ours, its rows are kept\n"
            "in your data folder and counted in charts, maps and exports with source=.",
            epilog=_examples(
                f"import {kind} {example} --show-mapping",
                f"import {kind} {example} --mapping my-mapping.json",
            ),
            formatter_class=raw,
        )
        imp.add_argument("file", type=Path, help=f"the CSV file, e.g. {example}")
        imp.add_argument(
            "--name",
            help="data set name (default: the file's stem), e.g. --name ged-2025",
        )
        imp.add_argument(
            "--mapping",
            type=Path,
            metavar="FILE",
            help="JSON file mapping source actor names to our actor ids, e.g. "
            '--mapping my-mapping.json holding {"IS-K": "actor-iskp"}',
        )
        imp.add_argument(
            "--show-mapping",
            action="store_true",
            help="print the actor mapping that would be used, import nothing",
        )

    ds = command("datasets", "list imported data sets with their licences", "datasets --json")
    ds.add_argument("--json", action="store_true", help=json_help)
    rd = command("remove-dataset", "remove one imported data set", "remove-dataset GEDEvent_v25_1")
    rd.add_argument("name", help="its name, as `datasets` lists it, e.g. GEDEvent_v25_1")

    bp = command(
        "build-pack",
        "build a reference-data update pack from the reference database",
        'build-pack -o update.kdpack --key ~/keys/publisher.pem --changes "2026 incidents added"',
        epilog="The pack is signed with the publisher's Ed25519 private key (PEM, PKCS#8; "
        "an encrypted key reads its passphrase from KHORASAN_PACK_KEY_PASSPHRASE). Only "
        "machines that trust the matching public key install it (see trust-key).\n",
    )
    bp.add_argument(
        "-o", "--output", type=Path, required=True, help="the pack to write, e.g. -o update.kdpack"
    )
    bp.add_argument(
        "--key",
        type=Path,
        required=True,
        metavar="FILE",
        help="the private key to sign with, e.g. --key ~/keys/publisher.pem (keep it off "
        "shared drives and out of any repository)",
    )
    bp.add_argument(
        "--changes", help='what changed, for the manifest, e.g. --changes "fixes two dates"'
    )
    ip = command(
        "install-pack",
        "verify and install a reference-data update pack (notes and imports are kept)",
        "install-pack update.kdpack",
    )
    ip.add_argument("file", type=Path, help="the pack, e.g. /media/usb/update.kdpack")
    tk = command(
        "trust-key",
        "trust a publisher's public key, so that packs signed with it install",
        "trust-key publisher.pub.pem",
        "trust-key --list",
        "trust-key --remove '3f2a 9c01 5be7 0d44 81aa 6c3e 02f9 d517'",
    )
    tk.add_argument(
        "file", type=Path, nargs="?", help="the public key (PEM), e.g. publisher.pub.pem"
    )
    tk.add_argument("--list", action="store_true", help="list the trusted keys")
    tk.add_argument(
        "--remove",
        metavar="FINGERPRINT",
        help="stop trusting a key you added, e.g. --remove '3f2a 9c01 ...' (as --list shows it)",
    )
    mk = command(
        "make-key",
        "make a new Ed25519 key pair for signing packs (publishers only)",
        "make-key ~/keys/publisher.pem",
        epilog="Writes the private key (mode 600; encrypted when KHORASAN_PACK_KEY_PASSPHRASE "
        "is set) and its public half beside it as NAME.pub.pem. Give only the .pub.pem "
        "file to the machines that install your packs.\n",
    )
    mk.add_argument(
        "file", type=Path, help="where to write the private key, e.g. ~/keys/publisher.pem"
    )

    rb = command(
        "restore-backup",
        "list the backups of your data (notes, bookmarks, imports), or restore one",
        "restore-backup",
        "restore-backup 1",
        "restore-backup --now",
        epilog="Backups are made before every migration and import and once a day, in the "
        "backups folder of your data folder (the last 7 are kept). Restoring moves the "
        "file in use aside (user.sqlite.replaced-DATE, never deleted) first.\n",
    )
    rb.add_argument(
        "backup",
        nargs="?",
        help="the backup to restore: its number in the list (1 = newest) or file name, e.g. 1",
    )
    rb.add_argument("--now", action="store_true", help="make a backup now instead")
    sc = command(
        "screenshot",
        "render the main window to a PNG and exit",
        "screenshot map.png --open ISKP --view map",
        "screenshot chart.png --open Nangarhar --view chart --size 1024x600",
    )
    sc.add_argument("file", type=Path, help="the PNG file to write, e.g. page.png")
    sc.add_argument(
        "--open",
        dest="open_name",
        metavar="NAME",
        help="entity to open (name, alias or id; default ISIS-K), e.g. --open Kunar",
    )
    sc.add_argument(
        "--view",
        type=_screenshot_view,
        default="page",
        metavar="VIEW",
        help="which view of it: page (default), relations, or its chart, map or timeline "
        "(opened from its page, so scoped to it); a relation "
        "graph also as a view spec, e.g. --view relations:ISIS-K,path=Al-Qaida,hide=region",
    )
    sc.add_argument(
        "--size",
        default="1400x900",
        help="window size WIDTHxHEIGHT (default 1400x900), e.g. --size 1024x600",
    )
    sc.add_argument(
        "--theme",
        choices=["system", "light", "dark"],
        default=None,
        help="colours to render in (default: the saved View > Theme), e.g. --theme dark",
    )
    sc.add_argument(
        "--right-to-left",
        action="store_true",
        help="lay the window out right to left (View > Right-to-left layout)",
    )
    sc.add_argument(
        "--language",
        choices=["en", "fa_AF", "ps"],
        default=None,
        help="interface language (default: the saved View > Language): English, Dari "
        "(fa_AF) or Pashto (ps); Dari and Pashto lay the window out right to left",
    )

    b = command(
        "build-db",
        "build the reference database from db/sources (in a source checkout)",
        "build-db",
        "build-db --out /tmp/test.sqlite",
    )
    b.add_argument(
        "--sources",
        type=Path,
        default=None,
        metavar="DIR",
        help="the sources folder (default db/sources), e.g. --sources db/sources",
    )
    b.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="the database to write (default db/khorasan.sqlite), e.g. --out /tmp/k.sqlite",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.user_dir:
            os.environ[paths.USER_DIR_ENV] = str(args.user_dir)
        if args.version:
            return _version(args)
        if args.command is not None:
            from khorasan_desktop.data.files import clean_stale_temps

            clean_stale_temps()  # left by a run killed mid-write
        if args.command is None:
            from khorasan_desktop.app import run_gui

            return run_gui(db_path=args.db)
        handler = {
            "search": _search,
            "show": _show,
            "counts": _counts,
            "stats": _stats,
            "build-db": _build,
            "screenshot": _screenshot,
            "export": _export,
            "import": _import,
            "datasets": _datasets,
            "remove-dataset": _datasets,
            "build-pack": _packs,
            "install-pack": _packs,
            "trust-key": _packs,
            "make-key": _packs,
            "restore-backup": _restore_backup,
        }[args.command]
        return handler(args)
    except (UsageError, DataError, ValueError) as exc:
        print(f"khorasan-desktop: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:
        print(f"khorasan-desktop: {_damaged(args, exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _damaged(args: argparse.Namespace, exc: sqlite3.DatabaseError) -> str:
    """A query failed inside a database: name the file that is damaged (quick check of the
    reference and the user database, only now that something went wrong)."""
    if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc).lower():
        return f"could not save: {write_reason(exc)}"
    for label, path in (
        ("reference database", Path(args.db or paths.reference_db())),
        ("your data", paths.user_db()),
    ):
        found = damage(path)
        if found:
            return f"{label} {path} is damaged ({found}); nothing was changed"
    return (
        f"a database query failed ({exc}): the reference database "
        f"{Path(args.db or paths.reference_db())} or your data {paths.user_db()} holds "
        "damaged data; nothing was changed"
    )


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
        _say_more(result, args.limit)
        return 0
    if result.message and result.hits:
        print(result.message, file=sys.stderr)
    for h in result.hits:
        print(f"{h.name}  [{h.kind}{'/' + h.subtype if h.subtype else ''}]  {h.id}  ({h.matched})")
    if not result.hits and not result.message:
        print("No matches.", file=sys.stderr)
    _say_more(result, args.limit)
    return 0


def _say_more(result: Any, limit: int) -> None:
    """A cut list says so on stderr, with how many further hits there are."""
    note = result.more_note()
    if note:
        wider = limit + result.more
        hint = ""
        if result.more_exact and wider <= min(MAX_HITS, LISTED_WHOLE):
            hint = f"; --limit {wider} lists them"
        elif limit < MAX_HITS:
            hint = f"; --limit {MAX_HITS} lists more"
        print(f"… {note} not listed{hint}", file=sys.stderr)


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
                **({"note": c.note} if c.note else {}),
            }
            for c in cs
        ]

    details = dict(ent.details)
    members = details.get("members")
    if isinstance(members, list):  # each with how much of it the source puts in the region
        details["members"] = [{**m, "citations": cites(m["citations"])} for m in members]
    out: dict[str, Any] = {
        "id": ent.id,
        "kind": ent.kind,
        "subtype": ent.subtype,
        "name": ent.name,
        "aliases": [a.alias for a in ent.aliases],
        "alias_details": [
            {
                "alias": a.alias,
                "script": a.script,
                "language": a.language,
                "kind": a.kind,
                "citations": cites(a.citations),
                **({"contradicts_brief": list(a.contradictions)} if a.contradictions else {}),
            }
            for a in ent.aliases
        ],
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
        "details": details,
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
                "correction": (
                    {
                        "original": ev.correction.original,
                        "corrected": ev.correction.corrected,
                        "reason": ev.correction.reason,
                    }
                    if ev.correction
                    else None
                ),
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
    try:
        entity_id = ref.resolve(args.name)
    except NameNotFound as exc:
        # One line on stderr; the entities meant (or the close names) one per line on
        # stdout, as ``search`` prints them, to pick from.
        print(f"khorasan-desktop: {exc}", file=sys.stderr)
        for ent_id, name, kind in exc.candidates or exc.suggestions:
            print(f"{name}  [{kind}]  {ent_id}")
        return 2
    ent = ref.entity(entity_id)
    data = entity_json(ref, ent)
    if args.json:
        _out(data)
        return 0
    print(f"{ent.name}  [{ent.kind}{'/' + ent.subtype if ent.subtype else ''}]  {ent.id}")
    if ent.aliases:
        print("Also known as:")
        for a in ent.aliases:
            print(f"  {a.alias} [{_cite_text(a.citations)}]")
            for note in a.contradictions:
                print(f"    ({note})")
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
        fix = ev["correction"]
        if fix:
            changes = ", ".join(
                f"{k} {fix['original'][k] or '(blank)'} -> {fix['corrected'][k]}"
                for k in fix["original"]
            )
            print(f"Corrected: {changes}. Why: {fix['reason']}")
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
    from khorasan_desktop.core.text import shortened

    return "; ".join(f"{shortened(c.source_title, 40)}, {c.locator}" for c in citations)


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
                "overlaps_merged": counts.overlaps,
                "source": source_text,
                "attributions": layers.attributions(user_db, chosen),
                "note": data.figures.caveat,
                "published_figures": data.figures.meta()["published_figures"],
            }
        )
        return 0
    print(f"# counted: {source_text}")
    for line in data.figures.details():  # the chart's caveat and published figures
        print(f"# {line}")
    for b in counts.bins:
        print(f"{b.period}\t{b.count}")
    if counts.imprecise:
        print(f"(date too imprecise for {args.by}: {counts.imprecise})")
    print(f"total\t{counts.total}")
    if counts.overlaps:
        print(
            f"# {counts.overlaps} possible duplicates between the sources (same dates, place "
            "and compatible deaths) counted once"
        )
    for line in layers.attributions(user_db, chosen):
        print(f"# {line}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    """Published statistics, each labelled with what it is (kind and period)."""
    from khorasan_desktop.views import statistics as stats_view

    ref = _reference(args)
    data = stats_view.load(
        ref,
        actor=args.actor,
        place=args.place,
        date_from=args.date_from,
        date_to=args.date_to,
        kind=args.kind,
    )
    if args.json:
        _out(
            {
                "scope": data.scope,
                "statistics": [stats_view.as_json(s) for s in data.statistics],
                "note": stats_view.NOTE,
            }
        )
        return 0
    print(f"# {len(data.statistics)} published figures: {data.scope}")
    print(f"# {stats_view.NOTE}")
    for s in data.statistics:
        print(f"{s.id}\t{s.kind_label}\t{s.value_text}")
        print(f"\t{s.series}; scope: {s.scope or '—'}; source: {s.source or '—'}")
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


def _restore_backup(args: argparse.Namespace) -> int:
    from khorasan_desktop.data import backups
    from khorasan_desktop.data.userdb import UserStore

    user_db = paths.user_db()
    if args.now:
        if not user_db.exists():
            raise UsageError(f"no data to back up yet at {user_db}")
        store = UserStore(user_db)
        try:
            print(f"backed up to {store.backup_now()}")
        finally:
            store.close()
        return 0
    if args.backup is None:
        found = backups.list_backups(user_db)
        if not found:
            print(f"no backups yet in {backups.backup_dir(user_db)}")
        for i, b in enumerate(found, 1):
            print(f"{i}. {b.label()}")
        return 0
    chosen = backups.find(user_db, args.backup)
    aside = backups.restore(user_db, chosen)
    kept = f"; the file it replaced is kept as {aside}" if aside else ""
    print(f"restored your data from {chosen.path.name}{kept}")
    return 0


def _screenshot_view(text: str) -> str:
    """``page``, ``relations``, ``chart``, ``map``, ``timeline`` or a ``relations:...`` spec."""
    kind = text.partition(":")[0].strip().lower()
    if text.strip().lower() in ("page", "relations", "chart", "map", "timeline"):
        return text.strip().lower()
    if kind == "relations" and ":" in text:
        from khorasan_desktop.core import viewspec

        try:
            viewspec.parse(text)
        except viewspec.ViewSpecError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return text.strip()
    raise argparse.ArgumentTypeError(
        f"invalid view {text!r}: use page, relations, chart, map, timeline or "
        "relations:NAME[,options]"
    )


def _screenshot(args: argparse.Namespace) -> int:
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(f"bad size {args.size!r}: use WIDTHxHEIGHT, e.g. 1400x900") from None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The window would warn about unusable user data in a dialog nobody can close here:
    # check first and end with the message instead (exit 2).
    from khorasan_desktop.data.errors import DataError
    from khorasan_desktop.data.userdb import UserStore

    try:
        UserStore(paths.user_db()).close()
    except DataError as exc:
        raise UsageError(str(exc)) from None
    from khorasan_desktop.app import build_window
    from khorasan_desktop.ui import screenshot
    from khorasan_desktop.ui.qt_messages import quiet_known_noise

    quiet_known_noise()
    qapp = screenshot.app()
    window = build_window(args.db, restore=False, language=args.language)
    try:
        out = screenshot.render(
            window,
            window.ref,
            args.file,
            args.open_name,
            args.view,
            (width, height),
            theme=args.theme,
            right_to_left=args.right_to_left,
        )
    except (OSError, DataError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    finally:
        window.close()
        del qapp
    print(out)
    return 0


def _build(args: argparse.Namespace) -> int:
    import sqlite3

    from khorasan_desktop.data.build import build

    sources = args.sources or paths.sources_dir()
    if not sources.exists():
        raise UsageError(f"sources folder not found: {sources} (build-db needs a source checkout)")
    out = Path(args.out or sources.parent / paths.DB_FILENAME)
    folder = out.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise UsageError(f"cannot write {out}: {folder} {what}")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write {out}: the folder {folder} is not writable")
    try:
        result = build(sources, paths.resources_dir(), out)
    except (OSError, sqlite3.Error) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, sqlite3.Error):
            why = write_reason(exc)
        raise UsageError(f"cannot write {out}: {why}") from None
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    if result.written:
        print(f"built {out}: {counts}")
    else:
        print(f"{out} is up to date with its sources (left unchanged): {counts}")
    return 0
