"""A real size-limited filesystem (tmpfs) for full-disk tests, and a file that fills it.

Mounting needs root, which CI has; elsewhere the tests skip and say why. Nothing is mocked: the
application meets ENOSPC and SQLITE_FULL from the kernel itself.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHUNK = 64 * 1024
PAGE = 4096


@contextmanager
def mounted_small_disk(mount_point: Path, *, size_mib: int) -> Iterator[Path]:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a size-limited tmpfs needs root (CI runs as root)")
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        [
            "mount",
            "-t",
            "tmpfs",
            "-o",
            f"size={size_mib}m",
            "fieldapp-small-disk",
            str(mount_point),
        ],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


class DiskFiller:
    """Takes up every free byte of a disk, then gives back exactly as much as asked."""

    def __init__(self, disk: Path) -> None:
        self.path = disk / "filler.bin"

    def fill(self) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            for size in (CHUNK, PAGE, 1):
                chunk = b"\0" * size
                try:
                    while os.write(fd, chunk):
                        pass
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
        finally:
            os.close(fd)

    def free(self, n_bytes: int) -> None:
        """Leave ``n_bytes`` (rounded up to whole pages) free on the disk."""
        self.fill()
        size = self.path.stat().st_size
        os.truncate(self.path, max(0, size - (n_bytes + PAGE - 1) // PAGE * PAGE))

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
