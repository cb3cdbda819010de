"""One writing process of the concurrency test: several threads, each with its own workspace.

Run as ``python -m tests.reliability.concurrent_writer DATA_DIR SURVEY_ID TAG PHOTO_DIR``. Each
thread adds damage items, replaces the notes and adds a few photos; every write that returned is
printed as one JSON line, so the test can check that each is really in the database. A write
refused with the project's one-line error (the data folder stayed busy) is printed as such:
that is an honest answer, not a lost write.
"""

from __future__ import annotations

import json
import sys
import threading
from decimal import Decimal
from pathlib import Path

from fieldapp.core.damage import DamageItem, RepairAction, Severity, ValuationMethod
from fieldapp.errors import DatabaseBusy
from fieldapp.services.damage import save_damage_item
from fieldapp.services.field import FieldWorkspace, set_notes
from fieldapp.services.photos import Outcome, add_photos

THREADS = 3
WRITES_PER_THREAD = 12
_print_lock = threading.Lock()


def report(**line: object) -> None:
    with _print_lock:
        print(json.dumps(line), flush=True)


def writer(data_dir: Path, survey_id: str, tag: str, photos: list[Path]) -> None:
    workspace = FieldWorkspace.open(data_dir)  # one connection per thread
    try:
        for n in range(WRITES_PER_THREAD):
            try:
                if n % 3 == 0:
                    item = save_damage_item(workspace, survey_id, _item(f"{tag} item {n}"))
                    report(kind="damage", id=item.damage_id)
                elif n % 3 == 1:
                    set_notes(workspace, survey_id, f"{tag} note {n}")
                    report(kind="notes", text=f"{tag} note {n}")
                else:
                    mine = photos[n // 3 :: WRITES_PER_THREAD]
                    result = add_photos(workspace, survey_id, mine)
                    for outcome in result.outcomes:
                        if outcome.outcome is Outcome.ADDED:
                            report(kind="photo", sha256=outcome.sha256)
                    if result.stopped_by is not None:
                        report(kind="refused", message=result.stopped_by.message)
            except DatabaseBusy as busy:
                report(kind="refused", message=busy.message)
    finally:
        workspace.close()


def _item(description: str) -> DamageItem:
    return DamageItem(
        description=description,
        area="kitchen",
        kind="water",
        severity=Severity.MODERATE,
        action=RepairAction.REPLACE,
        causal_link="burst pipe above",
        method=ValuationMethod.REPLACEMENT_COST,
        quantity=Decimal(2),
        unit_cost=Decimal("120.50"),
    )


def main() -> None:
    data_dir, survey_id, tag, photo_dir = sys.argv[1:5]
    photos = sorted(Path(photo_dir).glob("*.jpg"))
    threads = [
        threading.Thread(
            target=writer, args=(Path(data_dir), survey_id, f"{tag}{t}", photos[t::THREADS])
        )
        for t in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    main()
