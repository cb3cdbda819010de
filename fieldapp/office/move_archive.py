"""Moving an office archive from its SQLite file into a PostgreSQL database (`office
move-archive`): copied in batches that each commit, so an interrupted move is simply run again
and carries on; verified by counts and hashes; the source file is never written (it is read
through a snapshot taken with SQLite's backup API).

The archive folder (the PDFs) stays where it is, in the office folder or on its share: both
databases name the same files, and each file is checked against its SHA-256 on the way."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, or_, select, tuple_

from fieldapp.errors import UsageError
from fieldapp.office.archive_files import ArchivedFileDamaged, read_archived
from fieldapp.office.database import (
    OfficeAction,
    OfficeDatabase,
    database_url,
    insert_for,
    open_office_database,
)
from fieldapp.office.schema import rejections, reports, trusted_devices

BATCH_ROWS = 200
Progress = Callable[[int, int, str], None]


@dataclass
class TableMove:
    name: str
    in_source: int = 0
    copied_now: int = 0  # rows this run wrote (a resumed move writes only what was missing)
    found_in_target: int = 0  # source rows the target holds with the same content
    differing: list[str] = field(default_factory=list)  # keys the target holds otherwise


@dataclass
class ArchiveMove:
    tables: list[TableMove]
    files_checked: int
    files_damaged: list[str]

    @property
    def verified(self) -> bool:
        return not self.files_damaged and all(
            t.found_in_target == t.in_source and not t.differing for t in self.tables
        )


def move_archive(
    folder: Path,
    to: str,
    *,
    source: Path | None = None,
    batch_rows: int = BATCH_ROWS,
    progress: Progress | None = None,
) -> ArchiveMove:
    """Copy the office folder's SQLite archive (or ``source``) into the database ``to``."""
    source_file = source or Path(database_url(folder, None).database or "")
    if not source_file.is_file():
        raise UsageError(detail=f"There is no office database {source_file} to move.")
    target_url = database_url(folder, to)
    if target_url.get_backend_name() != "postgresql":
        raise UsageError(detail="move-archive copies into PostgreSQL: give --to postgresql://…")
    with tempfile.TemporaryDirectory(prefix="fieldapp-move-") as temp:
        snapshot = Path(temp) / "office.db"
        _snapshot(source_file, snapshot)
        src = open_office_database(Path(temp), f"sqlite:///{snapshot}")  # upgraded, the copy
        dst = open_office_database(folder, to)
        try:
            moves = [
                _copy(src, dst, trusted_devices, ("fingerprint",), batch_rows, progress),
                _copy(src, dst, reports, ("report_sha256",), batch_rows, progress),
                _copy(
                    src,
                    dst,
                    rejections,
                    ("received_at_utc", "file_name", "code"),
                    batch_rows,
                    progress,
                ),
            ]
            checked, damaged = _check_files(src, folder)
        finally:
            src.close()
            dst.close()
    return ArchiveMove(moves, checked, damaged)


def _snapshot(source: Path, out: Path) -> None:
    """A consistent copy of ``source`` opened read-only (its own writers may carry on)."""
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(out)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def _digest(row: dict[str, Any], columns: list[str]) -> str:
    return hashlib.sha256(
        json.dumps([row.get(c) for c in columns], ensure_ascii=False).encode()
    ).hexdigest()


def _copy(
    src: OfficeDatabase,
    dst: OfficeDatabase,
    table: Table,
    key: tuple[str, ...],
    batch_rows: int,
    progress: Progress | None,
) -> TableMove:
    """Every row of ``table`` not yet in the target, batch by batch (ordered by ``key``), each
    batch in its own transaction; then each source row compared with the target's."""
    # The columns both hold, the target's own id aside (rejections number themselves).
    columns = [c.name for c in table.columns if c.name != "id"]
    move = TableMove(table.name, in_source=src.count(table))
    keys = [table.c[k] for k in key]
    last: tuple[Any, ...] | None = None
    while True:
        query = select(*(table.c[c] for c in columns)).order_by(*keys).limit(batch_rows)
        if last is not None:
            query = query.where(tuple_(*keys) > tuple_(*last))
        batch = src.rows(query)
        if not batch:
            break
        last = tuple(batch[-1][k] for k in key)
        found = _in_target(dst, table, key, columns, batch)
        missing = [r for r in batch if tuple(r[k] for k in key) not in found]
        if missing:
            with dst.write(OfficeAction.MOVE) as conn:
                written = conn.execute(
                    insert_for(dst)(table)
                    .values(missing)
                    .on_conflict_do_nothing()
                    .returning(table.c[key[0]])
                ).all()
                move.copied_now += len(written)
        found = _in_target(dst, table, key, columns, batch)
        for row in batch:
            held = found.get(tuple(row[k] for k in key))
            if held == _digest(row, columns):
                move.found_in_target += 1
            else:
                move.differing.append("/".join(str(row[k]) for k in key))
        if progress:
            progress(move.found_in_target, move.in_source, table.name)
    return move


def _in_target(
    dst: OfficeDatabase,
    table: Table,
    key: tuple[str, ...],
    columns: list[str],
    batch: list[dict[str, Any]],
) -> dict[tuple[Any, ...], str]:
    """The target's rows with the keys of ``batch``: key → digest of their content."""
    wanted = or_(*(and_(*(table.c[k] == r[k] for k in key)) for r in batch))
    rows = dst.rows(select(*(table.c[c] for c in columns)).where(wanted))
    return {tuple(r[k] for k in key): _digest(r, columns) for r in rows}


def _check_files(src: OfficeDatabase, folder: Path) -> tuple[int, list[str]]:
    checked, damaged = 0, []
    for row in src.rows(select(reports.c.archive_path)):
        try:
            read_archived(folder / row["archive_path"])
        except ArchivedFileDamaged as error:
            damaged.append(f"{row['archive_path']}: {error.params['problem']}")
        checked += 1
    return checked, damaged
