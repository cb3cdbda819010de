"""`fieldapp office ...`: trust devices, import reports through the verified gate, browse."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldapp.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_PARTIAL,
    LINES,
    missing_verb,
    plural,
    print_json,
    terminal_progress,
)
from fieldapp.paths import data_dir


def _office(args: argparse.Namespace) -> Any:
    from fieldapp.office.importer import OfficeWorkspace

    return OfficeWorkspace(data_dir(args.data_dir), _database(args))


def _database(args: argparse.Namespace) -> str | None:
    return getattr(args, "database", None)


def cmd_office_window(args: argparse.Namespace) -> int:
    from fieldapp.ui.app import run_office

    return run_office(data_dir(args.data_dir), _database(args))


def _report_filter(args: argparse.Namespace) -> Any:
    from fieldapp.office.archive import ReportFilter

    return ReportFilter(
        since=args.since,
        until=args.until,
        incident_since=args.incident_since,
        incident_until=args.incident_until,
        line=args.line,
        surveyor=args.surveyor,
        device=args.device,
        number=args.number,
        text=args.q,
    )


def _add_report_filters(verb: argparse.ArgumentParser) -> None:
    """The archive window's filters, the same for `list` and `export-csv`."""
    verb.add_argument("--since", metavar="DATE", help="received on or after (YYYY-MM-DD)")
    verb.add_argument("--until", metavar="DATE", help="received on or before (YYYY-MM-DD)")
    verb.add_argument("--incident-since", metavar="DATE", help="incident on or after")
    verb.add_argument("--incident-until", metavar="DATE", help="incident on or before")
    verb.add_argument("--line", choices=LINES)
    verb.add_argument("--surveyor")
    verb.add_argument("--device", metavar="FINGERPRINT", help="signing device (its start)")
    verb.add_argument("--number", metavar="TEXT", help="text in the claim or policy number")
    verb.add_argument("--q", metavar="TEXT", help="text in claim, policy or survey data")


def cmd_trust_add(args: argparse.Namespace) -> int:
    device = _office(args).trust.add(Path(args.cert), name=args.name)
    print(f"trusted {device.fingerprint} {device.name}")
    return EXIT_OK


def cmd_trust_list(args: argparse.Namespace) -> int:
    office = _office(args)
    devices = office.trust.devices()
    received = office.trust.reports_received()
    if args.json:
        print_json(
            [
                {
                    "fingerprint": d.fingerprint,
                    "name": d.name,
                    "added_at_utc": d.added_at_utc,
                    "revoked_at_utc": d.revoked_at_utc,
                    "reports_received": received.get(d.fingerprint, 0),
                }
                for d in devices
            ]
        )
        return EXIT_OK
    if not devices:
        print("No device is trusted yet. Add one with `fieldapp office trust add CERT.pem`.")
        return EXIT_OK
    rows = [
        (
            d.fingerprint,
            d.added_at_utc,
            f"revoked {d.revoked_at_utc}" if d.revoked else "trusted",
            str(received.get(d.fingerprint, 0)),
            d.name,
        )
        for d in devices
    ]
    header = ("FINGERPRINT (SHA-256)", "ADDED (UTC)", "STATE", "REPORTS", "NAME")
    # Each column as wide as its longest value and two spaces: times carry microseconds.
    widths = [max(len(r[i]) for r in [header, *rows]) + 2 for i in range(3)]
    count_width = max(len(r[3]) for r in [header, *rows])
    for row in [header, *rows]:
        cells = "".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
        print(f"{cells}{row[3]:>{count_width}}  {row[4]}")
    return EXIT_OK


def cmd_trust_inspect(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from fieldapp.office.trust import certificate_details

    details = certificate_details(Path(args.cert))
    for key, value in asdict(details).items():
        print(f"{key:<16} {value}")
    return EXIT_OK


def cmd_trust_revoke(args: argparse.Namespace) -> int:
    device = _office(args).trust.revoke(args.fingerprint)
    print(f"revoked {device.fingerprint} {device.name}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.office.importer import Status, import_reports

    outcomes = import_reports(
        _office(args), [Path(p) for p in args.paths], progress=terminal_progress
    )
    if args.json:
        print_json([o.as_data() for o in outcomes])
    else:
        for outcome in outcomes:
            print(outcome.line)
    stopped = [o for o in outcomes if o.status is Status.NOT_IMPORTED]
    if stopped:
        imported = sum(o.status is Status.ACCEPTED for o in outcomes)
        print(
            f"fieldapp: the import stopped: {stopped[0].message} "
            f"{plural(imported, 'report was', 'reports were')} accepted before it, "
            f"{plural(len(stopped), 'file was', 'files were')} not imported.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return EXIT_PARTIAL if any(o.status is Status.REJECTED for o in outcomes) else EXIT_OK


def cmd_watch(args: argparse.Namespace) -> int:
    import time

    from fieldapp.office.watch import FolderWatch, import_new

    office, watch = _office(args), FolderWatch(Path(args.folder))
    print(f"watching {args.folder}; Ctrl+C stops" if not args.once else f"looking at {args.folder}")
    try:
        while True:
            for outcome in import_new(office, watch, progress=terminal_progress):
                if outcome.status.value != "skipped" or args.once:
                    print(outcome.line, flush=True)
            if args.once:
                return EXIT_OK
            time.sleep(args.every)
    except KeyboardInterrupt:
        return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.office.archive import latest_reports, summary_of

    rows = latest_reports(_office(args).db, _report_filter(args), verification=args.json)
    if args.json:
        print_json([summary_of(r) for r in rows])
        return EXIT_OK
    if not rows:
        print("No reports match.")
        return EXIT_OK
    print(
        f"{'CLAIM':<23}{'REV':<5}{'LINE':<19}{'INCIDENT':<18}{'SURVEYOR':<11}"
        f"{'INDEMNITY':>12}      SURVEY"
    )
    for r in rows:
        print(
            f"{r['claim_number']:<22} r{r['revision']:<3} {r['line_of_business']:<18} "
            f"{r['incident_at'][:16]}  {r['surveyor']:<10} {r['indemnity']:>12} "
            f"{r['currency']}  {r['survey_id'][:8]}"
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from fieldapp.office.archive import summary_of, survey_history

    history = survey_history(_office(args).db, args.survey)
    latest = history[0]
    for key, value in summary_of(latest).items():
        if key != "verification":
            print(f"{key:<20} {value}")
    print("verification")
    for check in summary_of(latest)["verification"]:
        mark = {True: "ok  ", False: "FAIL", None: "--  "}[check["ok"]]
        print(f"  {mark} {check['check']}")
    if len(history) > 1:
        print(
            "earlier revisions: "
            + ", ".join(f"r{r['revision']} (received {r['received_at_utc']})" for r in history[1:])
        )
    return EXIT_OK


def cmd_export_csv(args: argparse.Namespace) -> int:
    from fieldapp.office.archive import latest_reports, write_csv

    count = write_csv(latest_reports(_office(args).db, _report_filter(args)), Path(args.out))
    print(f"{args.out}: {count} surveys")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from fieldapp.core.service_figures import Period, service_figures
    from fieldapp.core.timestamps import parse_user_date
    from fieldapp.office.figures import figures_for_period, reports_received

    period = Period(
        since=parse_user_date(args.since) if args.since else None,
        until=parse_user_date(args.until) if args.until else None,
    )
    office = _office(args)
    figures = service_figures(reports_received(office.db, period))
    dashboard = figures_for_period(office.db, period)
    rejected = dict(sorted(dashboard.rejected_by_reason.items()))
    if args.json:
        print_json(
            {
                "periods": [f.as_data() for f in figures],
                "rejected_by_code": rejected,
                "dashboard": dashboard.as_data(),
            }
        )
        return EXIT_OK
    print(
        f"{'PERIOD':<8} {'LINE':<18} {'COUNT':>5} {'INDEMNITY':>14} {'MEAN':>12} "
        f"{'HOURS TO SURVEY':>16} {'WITHIN 24H':>10}"
    )
    for f in figures:
        hours = "—" if f.mean_hours_to_survey is None else f"{f.mean_hours_to_survey:.1f}"
        share = "—" if f.share_within_24h is None else f"{f.share_within_24h:.0%}"
        print(
            f"{f.period:<8} {f.line_of_business:<18} {f.count:>5} {f.total_indemnity:>14,.2f} "
            f"{f.mean_indemnity:>12,.2f} {hours:>16} {share:>10}"
        )
    overall = dashboard.hours_overall
    if dashboard.weeks:
        print(
            f"received {dashboard.since} to {dashboard.until} (UTC days): "
            f"{plural(dashboard.report_count, 'survey', 'surveys')} in "
            f"{plural(len(dashboard.weeks), 'week', 'weeks')}"
        )
    if overall.cases:
        print(
            f"hours from incident to survey finished: mean {overall.mean:.1f}, "
            f"90th percentile {overall.p90:.1f} (target {dashboard.target_hours} h); "
            f"finished within 7 days: {overall.within_7_days:.0%}"
        )
    print("rejected: " + (", ".join(f"{c} {n}" for c, n in rejected.items()) or "none"))
    return EXIT_OK


def cmd_database(args: argparse.Namespace) -> int:
    from fieldapp.office.database import database_url, shown_url, store_database_setting

    folder = data_dir(args.data_dir)
    if args.url or args.default:
        store_database_setting(folder, None if args.default else args.url)
    print(shown_url(database_url(folder, _database(args))))
    return EXIT_OK


def cmd_setup_roles(args: argparse.Namespace) -> int:
    from fieldapp.office.roles import setup_roles

    office = _office(args)
    try:
        roles = setup_roles(office.db, importers=args.importer, viewers=args.viewer)
    finally:
        office.close()
    print(f"importer role {roles.importer}: import reports, trust and revoke devices")
    print(f"viewer role {roles.viewer}: read only")
    for user, role in roles.granted:
        print(f"granted {role} to {user}")
    return EXIT_OK


def cmd_move_archive(args: argparse.Namespace) -> int:
    from fieldapp.office.move_archive import move_archive

    moved = move_archive(
        data_dir(args.data_dir),
        args.to,
        source=Path(args.source) if args.source else None,
        progress=terminal_progress,
    )
    for table in moved.tables:
        print(
            f"{table.name}: {table.found_in_target} of {table.in_source} in the target "
            f"({table.copied_now} copied now)"
        )
        for key in table.differing[:5]:
            print(f"  differs in the target: {key}")
    print(f"archive files: {moved.files_checked} checked against their SHA-256")
    for problem in moved.files_damaged[:5]:
        print(f"  damaged: {problem}")
    if not moved.verified:
        print(
            "fieldapp: the move is not complete: run it again; what differs is listed above.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    print("verified: every row and file of the source is in the target; the source is untouched")
    return EXIT_OK


def _add_database_option(verb: argparse.ArgumentParser, *, top: bool = False) -> None:
    verb.add_argument(
        "--database",
        metavar="URL",
        # A verb's own --database must not reset the one given before the verb.
        default=None if top else argparse.SUPPRESS,
        help="the office database: postgresql://USER@HOST/DB (password from PGPASSWORD, "
        "~/.pgpass or a service file) or sqlite:///FILE; default $FIELDAPP_OFFICE_DB, the "
        "office folder's setting, else office.db in it",
    )


def register(verbs: Any) -> None:
    office = verbs.add_parser("office", help="the office side: trust, import, browse reports")
    office.set_defaults(handler=cmd_office_window)
    _add_database_option(office, top=True)
    ov = office.add_subparsers(title="office commands", metavar="VERB")

    trust = ov.add_parser("trust", help="devices whose reports the office accepts")
    trust.set_defaults(handler=lambda a: missing_verb(trust))
    tv = trust.add_subparsers(title="trust commands", metavar="VERB")
    add = tv.add_parser("add", help="trust a device certificate (from `identity export-cert`)")
    add.add_argument("cert", metavar="CERT.pem")
    add.add_argument("--name", help="a name for the device (default: its certificate subject)")
    add.set_defaults(handler=cmd_trust_add)
    trust_list = tv.add_parser("list", help="trusted devices by fingerprint")
    trust_list.add_argument("--json", action="store_true")
    trust_list.set_defaults(handler=cmd_trust_list)
    inspect = tv.add_parser("inspect", help="a certificate's surveyor, organisation, fingerprint")
    inspect.add_argument("cert", metavar="CERT.pem")
    inspect.set_defaults(handler=cmd_trust_inspect)
    revoke = tv.add_parser("revoke", help="stop trusting a device")
    revoke.add_argument("fingerprint", metavar="FINGERPRINT")
    revoke.set_defaults(handler=cmd_trust_revoke)

    imp = ov.add_parser("import", help="import report PDFs; one result line per file")
    imp.add_argument("paths", metavar="PATH", nargs="+", help="files or folders")
    imp.add_argument("--json", action="store_true", help="outcomes with quarantine paths")
    imp.set_defaults(handler=cmd_import)

    watch = ov.add_parser("watch", help="import each new report arriving in a folder")
    watch.add_argument("folder", metavar="FOLDER")
    watch.add_argument("--every", type=float, default=10.0, metavar="SECONDS")
    watch.add_argument("--once", action="store_true", help="look once, then stop")
    watch.set_defaults(handler=cmd_watch)

    listing = ov.add_parser("list", help="archived surveys, latest revision each")
    listing.add_argument("--json", action="store_true")
    _add_report_filters(listing)
    listing.set_defaults(handler=cmd_list)

    show = ov.add_parser("show", help="one survey's latest revision and its verification")
    show.add_argument("survey", metavar="SURVEY_ID", help="survey id, its start, or claim number")
    show.set_defaults(handler=cmd_show)

    csv = ov.add_parser(
        "export-csv", help="one row per survey (latest revision), filtered as `list`"
    )
    csv.add_argument("out", metavar="OUT.csv")
    _add_report_filters(csv)
    csv.set_defaults(handler=cmd_export_csv)

    stats = ov.add_parser("stats", help="service figures per month and line; rejections")
    stats.add_argument("--json", action="store_true")
    stats.add_argument("--since", metavar="DATE", help="received on or after (YYYY-MM-DD)")
    stats.add_argument("--until", metavar="DATE", help="received on or before (YYYY-MM-DD)")
    stats.set_defaults(handler=cmd_stats)

    database = ov.add_parser("database", help="which database the office uses; change it")
    database.add_argument("url", metavar="URL", nargs="?", help="keep this as the office's own")
    database.add_argument("--default", action="store_true", help="back to office.db")
    database.set_defaults(handler=cmd_database)

    roles = ov.add_parser(
        "setup-roles", help="PostgreSQL: create the importer and viewer roles and their grants"
    )
    roles.add_argument("--importer", action="append", default=[], metavar="USER")
    roles.add_argument("--viewer", action="append", default=[], metavar="USER")
    roles.set_defaults(handler=cmd_setup_roles)

    move = ov.add_parser(
        "move-archive", help="copy the SQLite office archive into PostgreSQL, verified"
    )
    move.add_argument("--to", required=True, metavar="URL", help="postgresql://USER@HOST/DB")
    move.add_argument("--from", dest="source", metavar="FILE", help="default: office.db here")
    move.set_defaults(handler=cmd_move_archive)

    for verb in (add, trust_list, revoke, imp, watch, listing, show, csv, stats, roles):
        _add_database_option(verb)
