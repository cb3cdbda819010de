"""Files written whole or not at all, and the leftovers of writes that were interrupted.

Every file the application writes goes first to a temporary name in the folder of its final
name, is fsynced, then renamed into place. The temporary name carries the writing process's id,
so that opening a data folder can tell the leftovers of a killed process (remove them) from the
files another live process is writing right now (leave them alone).

A full disk is the one failure of these writes a user can cause and fix; it becomes
``DiskFull`` here, where it arises, and the temporary file is removed whatever went wrong.
"""

from __future__ import annotations

import errno
import os
import re
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from fieldapp.errors import DiskFull
from fieldapp.paths import PRIVATE_FOLDER_MODE

PARTIAL_PREFIX = ".partial-"
# ".partial-<pid>-…", or ".partial-<pid>@<host>-…" in a folder several machines write (the
# office archive on a share): another machine's process id says nothing here.
_PARTIAL = re.compile(r"^\.partial-(\d+)(?:@([^-]*))?-")
_HOST = re.sub(r"[^A-Za-z0-9_.]", "_", socket.gethostname())
# Names the previous version gave its temporary files; they carry no process id.
_LEGACY_PARTIAL = re.compile(r"^(\.incoming-.*|\..+\.tmp)$")
# Without a process id to ask about, a temporary file this old belongs to no live write.
LEGACY_AGE_S = 15 * 60


def is_disk_full(error: OSError) -> bool:
    return error.errno in (errno.ENOSPC, errno.EDQUOT)


@contextmanager
def disk_space_for(what: str, *, needed_bytes: int | None = None) -> Iterator[None]:
    """Turn a full disk inside the block into ``DiskFull`` naming ``what`` was being written."""
    try:
        yield
    except OSError as error:
        if not is_disk_full(error):
            raise
        raise DiskFull(what=what, needed_bytes=needed_bytes) from error


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by the owner only (``mkdir(parents=
    True)`` gives the parents the umask's default, usually readable by everyone)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)


def write_atomically(
    target: Path,
    write: Callable[[BinaryIO], None],
    *,
    what: str,
    needed_bytes: int | None = None,
    temp_folder: Path | None = None,
    durable: bool = True,
    shared: bool = False,
    keep_existing: bool = False,
) -> None:
    """Write ``target`` through a temporary file: fsync, rename, fsync the folder.

    The temporary file sits beside ``target`` or in ``temp_folder`` (a store's top folder, on
    the same disk, where leftovers are looked for). On any failure it is removed and ``target``
    is as it was. ``durable=False`` skips the fsyncs, for caches that can be made again: a
    killed process loses nothing by it, only a power cut can leave such a file empty.
    ``shared``: the folder is shared by several machines; the temporary name names this one.
    ``keep_existing``: a ``target`` that another writer put in place meanwhile is kept (a store
    named by content: it holds the same content).
    """
    with disk_space_for(what, needed_bytes=needed_bytes):
        make_private_folder(target.parent)
        fd, temp_name = tempfile.mkstemp(
            prefix=f"{PARTIAL_PREFIX}{os.getpid()}{'@' + _HOST if shared else ''}-",
            suffix=".tmp",
            dir=temp_folder or target.parent,
        )
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                write(out)
                out.flush()
                if durable:
                    os.fsync(out.fileno())
            if keep_existing and target.is_file():
                temp.unlink()
                return
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        if durable:
            fsync_folder(target.parent)


def write_file_atomically(
    path: Path, content: bytes, *, what: str | None = None, shared: bool = False
) -> None:
    write_atomically(
        path,
        lambda out: out.write(content),
        what=what or path.name,
        needed_bytes=len(content),
        shared=shared,
    )


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles for it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_interrupted_writes(root: Path, *, depth: int) -> list[Path]:
    """Remove the temporary files of writes whose process is gone, in ``root`` and the folders
    ``depth`` levels below it (where the stores keep their files); return them.
    """
    removed: list[Path] = []
    for folder, entries in _walk(root, depth):
        for entry in entries:
            if (
                entry.name.startswith(".")
                and entry.is_file(follow_symlinks=False)
                and _is_abandoned(entry)
            ):
                path = Path(folder, entry.name)
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue  # its writer renamed or removed it meanwhile
                except PermissionError:
                    continue  # still open by a live writer (Windows)
                removed.append(path)
    return removed


def _walk(root: Path, depth: int) -> Iterator[tuple[Path, list[os.DirEntry[str]]]]:
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    yield root, entries
    if depth > 0:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path), depth - 1)


def _is_abandoned(entry: os.DirEntry[str]) -> bool:
    match = _PARTIAL.match(entry.name)
    if match and match.group(2) not in (None, _HOST):  # another machine's write: by age only
        return _older_than(entry, LEGACY_AGE_S)
    if match:
        return not _process_alive(int(match.group(1)), entry)
    if _LEGACY_PARTIAL.match(entry.name):
        return _older_than(entry, LEGACY_AGE_S)
    return False


def _process_alive(pid: int, entry: os.DirEntry[str]) -> bool:
    if pid == os.getpid():
        return True  # another thread of this very process may be writing it
    if os.name != "posix":
        # Windows has no signal 0 (os.kill would end the process); an open file cannot be
        # removed there anyway, so only age tells a leftover.
        return not _older_than(entry, LEGACY_AGE_S)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    return True


def _older_than(entry: os.DirEntry[str], seconds: float) -> bool:
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime > seconds
    except OSError:
        return False
