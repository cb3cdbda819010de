"""A real field data folder driven by real `fieldapp` processes, and the checks that say it holds.

The kill, concurrency and full-disk tests all end with the same question: is everything that was
reported done really there, intact, with nothing half-written left behind?
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image

from fieldapp.paths import DATABASE_NAME
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.events import verify_survey_log
from fieldapp.store.photo_cipher import PhotoSealBroken
from tests.conftest import TEST_PASSPHRASE

# Names a temporary file of ours has had, in this version (".partial-") and the one before.
LEFTOVER_PREFIXES = (".partial-", ".incoming-")


def fieldapp_process(data_dir: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), *argv]


def process_env() -> dict[str, str]:
    return {**os.environ, "FIELDAPP_PASSPHRASE": TEST_PASSPHRASE, "PYTHONUNBUFFERED": "1"}


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str
    completed: bool = False  # set by a caller that knows what a complete run prints


def run_fieldapp(data_dir: Path, *argv: str, timeout: float = 120) -> Run:
    done = subprocess.run(
        fieldapp_process(data_dir, *argv),
        capture_output=True,
        text=True,
        env=process_env(),
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def start_survey_ready_for_photos(data_dir: Path, claim: str) -> str:
    """A survey whose evidence may start (safety skipped for an emergency, with its reason)."""
    new = run_fieldapp(
        data_dir,
        "survey", "new", "--claim", claim, "--line", "property",
        "--occurred-at", "2026-11-24 08:00", "--surveyor", "赵静",
    )  # fmt: skip
    assert new.code == 0, new.err
    survey_id = new.out.strip()
    skip = run_fieldapp(
        data_dir, "survey", "emergency-skip", survey_id,
        "--reason", "Water still rising in the basement; photos first.",
    )  # fmt: skip
    assert skip.code == 0, skip.err
    return survey_id


def write_unique_jpegs(folder: Path, count: int, *, seed: int, size: tuple[int, int]) -> list[Path]:
    """JPEGs of random noise: every one different, and hard to compress (real byte sizes)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
        out = BytesIO()
        image.save(out, "JPEG", quality=90)
        path = folder / f"photo-{seed}-{n:03}.jpg"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


def leftovers(data_dir: Path) -> list[Path]:
    return sorted(
        p for p in data_dir.rglob("*") if p.is_file() and p.name.startswith(LEFTOVER_PREFIXES)
    ) + sorted(p for p in (data_dir / "exports").glob(".*.tmp"))


@dataclass(frozen=True)
class FolderHealth:
    integrity: str
    surveys: int
    broken_chains: list[str]
    photos_recorded: int
    originals_missing_or_wrong: list[str]
    leftovers_after_open: list[Path]

    @property
    def holds(self) -> bool:
        return (
            self.integrity == "ok"
            and not self.broken_chains
            and not self.originals_missing_or_wrong
            and not self.leftovers_after_open
        )


def check_folder(data_dir: Path) -> FolderHealth:
    """Open the folder as the next start would, then check everything it records."""
    workspace = FieldWorkspace.open(data_dir)
    try:
        left = leftovers(data_dir)
        with sqlite3.connect(data_dir / DATABASE_NAME) as raw:
            integrity = raw.execute("PRAGMA integrity_check").fetchone()[0]
        summaries = workspace.surveys.summaries()
        broken = [
            s.survey_id
            for s in summaries
            if not verify_survey_log(workspace.db, s.survey_id).intact
        ]
        bad: list[str] = []
        recorded = 0
        for summary in summaries:
            for digest in workspace.photos.hashes(summary.survey_id):
                recorded += 1
                try:
                    content = workspace.photo_store.read(digest)
                except (OSError, PhotoSealBroken):
                    bad.append(digest)
                    continue
                if hashlib.sha256(content).hexdigest() != digest:
                    bad.append(digest)
        return FolderHealth(integrity, len(summaries), broken, recorded, bad, left)
    finally:
        workspace.close()
