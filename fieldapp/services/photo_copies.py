"""Each photo's one full decode, after its import: the report's display copy and the final
thumbnail together. A picture it cannot decode is flagged (a risk note, and a placeholder in the
report), never dropped: the original is still evidence."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from fieldapp.errors import DiskFull
from fieldapp.services.field import FieldWorkspace
from fieldapp.store.imaging import PhotoRefused, derive_copies

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class CopiesReport:
    made: int
    damaged: dict[str, str]  # SHA-256 of each original whose picture cannot be decoded: why


def make_display_copies(
    workspace: FieldWorkspace,
    survey_id: str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    made: Callable[[str], None] | None = None,
) -> CopiesReport:
    """Make the display copies and thumbnails not cached yet, one decode per original.

    A picture that cannot be decoded is remembered as damaged, and reported with those found
    before; it stays attached to the survey. ``made`` is told the SHA-256 of each original
    whose final thumbnail is now in place (a window shows it in place of the first paint).
    """
    is_cancelled = cancelled or (lambda: False)
    copies = workspace.display_copies
    hashes = workspace.photos.hashes(survey_id)
    # a failure note is looked for, not opened
    todo = sorted(h for h in hashes if not copies.has(h) and not copies.failure_path(h).is_file())

    def make(digest: str) -> bool:
        if is_cancelled():
            return False
        content = workspace.photo_store.read(digest)
        try:
            derived = derive_copies(content)
        except PhotoRefused as refused:
            copies.record_failure(digest, refused.message)
            return False
        try:
            copies.put(digest, derived.display)
            workspace.thumbnails.put(digest, derived.thumbnail)
        except DiskFull as full:
            raise DiskFull(
                what=full.params["what"],
                needed_bytes=full.params["needed_bytes"],
                advice="The photos themselves are kept; free some space, and the next photo "
                "import or the export makes the missing copies.",
            ) from full
        return True

    made_count = 0
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        for done, (digest, ok) in enumerate(zip(todo, pool.map(make, todo), strict=True), 1):
            made_count += ok
            if ok and made:
                made(digest)
            if progress:
                progress(done, len(todo), "display copies")
    return CopiesReport(made_count, damaged_pictures(workspace, hashes))


def damaged_pictures(workspace: FieldWorkspace, hashes: Iterable[str]) -> dict[str, str]:
    found = {h: workspace.display_copies.failure(h) for h in hashes}
    return {h: reason for h, reason in found.items() if reason is not None}
