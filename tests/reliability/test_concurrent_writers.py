"""Two processes and several threads write one data folder at once; every write reported done
is there afterwards, and none of them crashed."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from fieldapp.core.eventlog import EventKind
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.events import survey_events
from tests.reliability.field_folder import (
    check_folder,
    fieldapp_process,
    process_env,
    start_survey_ready_for_photos,
    write_unique_jpegs,
)
from tests.reliability.ledger import Ledger

REPO = Path(__file__).resolve().parents[2]


def test_two_processes_and_threads_write_one_folder_and_nothing_is_lost(
    tmp_path: Path, ledger: Ledger
) -> None:
    data_dir = tmp_path / "field-data"
    shared = start_survey_ready_for_photos(data_dir, "CLM-CONC-1")
    other = start_survey_ready_for_photos(data_dir, "CLM-CONC-2")
    writers = []
    started = time.perf_counter()
    for tag in ("A", "B"):
        photos = tmp_path / f"photos-{tag}"
        write_unique_jpegs(photos, 24, seed=ord(tag), size=(320, 240))
        writers.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.reliability.concurrent_writer",
                    str(data_dir),
                    shared,
                    tag,
                    str(photos),
                ],
                cwd=REPO,
                env=process_env(),
                text=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
            )
        )
    cli_photos = write_unique_jpegs(tmp_path / "photos-cli", 30, seed=7, size=(320, 240))
    cli = subprocess.Popen(
        fieldapp_process(data_dir, "photos", "add", other, str(tmp_path / "photos-cli")),
        env=process_env(), text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
    )  # fmt: skip

    reported: list[dict[str, str]] = []
    for process in writers:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0 and err == "", err
        reported += [json.loads(line) for line in out.splitlines()]
    cli_out, cli_err = cli.communicate(timeout=300)
    elapsed = time.perf_counter() - started
    assert cli.returncode == 0 and "Traceback" not in cli_err, cli_err
    assert len([line for line in cli_out.splitlines() if line.startswith("added ")]) == len(
        cli_photos
    )

    workspace = FieldWorkspace.open(data_dir)
    try:
        damage_ids = {item.damage_id for item in workspace.damage.items(shared)}
        hashes = workspace.photos.hashes(shared)
        notes_events = [
            e for e in survey_events(workspace.db, shared) if e.kind == EventKind.NOTES_CHANGED
        ]
        other_photos = len(workspace.photos.hashes(other))
    finally:
        workspace.close()
    done = {
        kind: [r for r in reported if r["kind"] == kind] for kind in ("damage", "notes", "photo")
    }
    refused = [r for r in reported if r["kind"] == "refused"]
    assert {r["id"] for r in done["damage"]} <= damage_ids
    assert {r["sha256"] for r in done["photo"]} <= hashes
    assert len(notes_events) == len(done["notes"])
    assert other_photos == len(cli_photos)
    health = check_folder(data_dir)
    assert health.holds, health

    writes = sum(len(v) for v in done.values()) + len(cli_photos)
    ledger.figure(
        "Concurrent writers", "processes", "3 (two writers of 3 threads each, one CLI import)"
    )
    ledger.figure("Concurrent writers", "writes reported done", writes)
    ledger.figure("Concurrent writers", "writes missing afterwards", 0)
    ledger.figure(
        "Concurrent writers", "writes refused as busy (one line, nothing changed)", len(refused)
    )
    ledger.figure("Concurrent writers", "crashes", 0)
    ledger.figure("Concurrent writers", "wall time", f"{elapsed:.1f} s")
