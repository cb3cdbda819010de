"""Office import: the same batch of signed reports (N small ones and N/10 photo-heavy real
exports) imported through the gate into SQLite and into PostgreSQL, by one import process and
by two sharing the database and the archive folder; and pyHanko verification alone over the
same files, the baseline.

    python benchmarks/bench_office_import.py [--count N] [--quick] [--database URL]

Without ``--database`` a throwaway PostgreSQL server is started the way the tests start one
(tests/postgres_server.py: Debian's postgresql package). Each run gets a fresh office folder and
database. Ends with one line of key=value figures; ``pg_vs_sqlite`` is PostgreSQL's time over
SQLite's with one process (goal: at most 1.3), ``two_vs_one`` the rate of two processes over
one on PostgreSQL (goal: at least 1.6 on two cores; verification is CPU-bound).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # tests/postgres_server.py, for the throwaway server


def make_reports(folder: Path, count: int) -> tuple[list[Path], Path]:
    """``count`` small signed reports (one page, their own survey data: the tests' signer),
    and a tenth as many real exports with their photos, all from one device."""
    from fieldapp.services.demo import create_demo_survey
    from fieldapp.services.export import export_report
    from fieldapp.services.field import FieldWorkspace
    from tests.office.signed_batch import FIELD_PASSPHRASE, report_signer

    signer = report_signer(folder)
    outbox = folder / "outbox"
    paths = [
        signer.sign(outbox / f"small_{n:05d}.pdf", claim=f"BENCH{n:05d}") for n in range(count)
    ]
    field = FieldWorkspace.open(folder / "field", passphrase=lambda new: FIELD_PASSPHRASE)
    for n in range(max(1, count // 10)):  # photo-heavy: real exports with their photos
        survey_id = create_demo_survey(field, "motor")
        paths.append(export_report(field, survey_id, out=outbox / f"photos_{n:03d}.pdf").path)
    field.close()
    return paths, signer.certificate_file


def _desk(folder: Path, database: str | None, files: list[Path], ready: Any, results: Any) -> None:
    """One import process: opens its own workspace, waits for the start, imports its share."""
    from fieldapp.office.importer import OfficeWorkspace, Status, import_reports

    office = OfficeWorkspace(folder, database)
    ready.wait()
    outcomes = import_reports(office, files, settle_seconds=0)
    office.close()
    results.put(sum(o.status is Status.ACCEPTED for o in outcomes))


def timed_import(folder: Path, database: str | None, paths: list[Path], processes: int) -> float:
    """Seconds from the start signal until every process has imported its share (the batch
    dealt out in turn); each process has started and opened the database before."""
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(processes + 1)
    results = context.Queue()
    desks = [
        context.Process(target=_desk, args=(folder, database, paths[i::processes], ready, results))
        for i in range(processes)
    ]
    for desk in desks:
        desk.start()
    ready.wait()
    start = time.perf_counter()
    accepted = sum(results.get(timeout=600) for _ in desks)
    elapsed = time.perf_counter() - start
    for desk in desks:
        desk.join()
    if accepted != len(paths):
        raise SystemExit(f"{accepted} of {len(paths)} accepted: the benchmark is broken")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="small reports (default 200)")
    parser.add_argument("--quick", action="store_true", help="40 small reports")
    parser.add_argument("--database", metavar="URL", help="an empty PostgreSQL server to use")
    args = parser.parse_args()
    count = 40 if args.quick else args.count

    from fieldapp.office.importer import OfficeWorkspace
    from fieldapp.report.verification import verify_report

    server = None
    if args.database:
        base = args.database
    else:
        from tests.postgres_server import postgres_binaries, start_postgres

        binaries = postgres_binaries()
        if binaries is None:
            raise SystemExit("PostgreSQL is not installed: apt-get install postgresql")
        server = start_postgres(binaries)
        os.environ["PGPASSFILE"] = str(server.passfile)
        base = server.url()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-office-") as tmp:
            folder = Path(tmp)
            paths, cert_path = make_reports(folder, count)

            def fresh(name: str, postgres: bool) -> tuple[Path, str | None]:
                office_folder = folder / name
                database = None
                if postgres:  # a database of its own, or the given one emptied before
                    database = server.new_database(name) if server is not None else base
                office = OfficeWorkspace(office_folder, database)
                office.trust.add(cert_path)
                office.close()
                return office_folder, database

            trusted = []
            office = OfficeWorkspace(folder / "baseline")
            office.trust.add(cert_path)
            trusted = [d.certificate for d in office.trust.devices()]
            office.close()
            start = time.perf_counter()
            for path in paths:
                assert verify_report(path.read_bytes(), trusted=trusted, check_data=False).ok
            verify_s = time.perf_counter() - start

            seconds: dict[str, float] = {}
            for name, postgres, processes in (
                ("sqlite_1", False, 1),
                ("sqlite_2", False, 2),
                ("pg_1", True, 1),
                ("pg_2", True, 2),
            ):
                if args.database and postgres and name == "pg_2":
                    _empty(base)
                office_folder, database = fresh(name, postgres)
                seconds[name] = timed_import(office_folder, database, paths, processes)
                if args.database and postgres and name == "pg_1":
                    _empty(base)
    finally:
        if server is not None:
            server.stop()
            server.passfile.unlink(missing_ok=True)
    n = len(paths)
    rate = {k: n / s for k, s in seconds.items()}
    for k, s in seconds.items():
        print(f"{k}: {s:.2f} s, {rate[k]:.1f} reports/s", file=sys.stderr)
    print(f"verification alone: {verify_s:.2f} s ({n / verify_s:.1f} reports/s)", file=sys.stderr)
    print(
        f"reports={n} verify_only_per_s={n / verify_s:.1f} "
        + " ".join(f"{k}_per_s={v:.1f}" for k, v in rate.items())
        + f" sqlite_two_vs_one={rate['sqlite_2'] / rate['sqlite_1']:.2f}"
        + f" pg_vs_sqlite={seconds['pg_1'] / seconds['sqlite_1']:.2f}"
        + f" two_vs_one={rate['pg_2'] / rate['pg_1']:.2f}"
    )
    return 0


def _empty(url: str) -> None:
    """Start a given database afresh: the benchmark's own tables only."""
    from sqlalchemy import create_engine, text

    from fieldapp.office.database import database_url

    engine = create_engine(database_url(Path("."), url))
    with engine.begin() as conn:
        for table in ("reports", "rejections", "trusted_devices", "alembic_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    engine.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
