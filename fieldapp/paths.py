"""Where things live: the data folder (platformdirs, --data-dir, env) and the resources."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from fieldapp.errors import DataFolderError, DiskFull

DATA_DIR_ENV = "FIELDAPP_DATA_DIR"
DATABASE_NAME = "fieldapp.db"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: an explicit choice, else FIELDAPP_DATA_DIR, else the platform's."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV) or user_data_dir("fieldapp", appauthor=False)
    return Path(chosen).expanduser().absolute()


PRIVATE_FOLDER_MODE = 0o700  # personal data and key material: the owner only


def ensure_data_dir(folder: Path) -> Path:
    """The data folder, created if need be, readable by its owner only (an older, looser one is
    tightened: it holds personal data and the device's key)."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        _keep_private(folder)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(what=f"the data folder {folder}") from exc
        raise DataFolderError(
            detail=f"Cannot create the data folder {folder}: {exc.strerror or exc}."
        ) from exc
    if not os.access(folder, os.W_OK):
        raise DataFolderError(detail=f"The data folder {folder} is not writable.")
    return folder


def _keep_private(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows: the user profile's ACLs already keep other users out
    status = folder.stat()
    if status.st_uid == os.getuid() and status.st_mode & 0o077:
        folder.chmod(PRIVATE_FOLDER_MODE)


def resources_dir() -> Path:
    """The top-level ``resources/`` folder, from a checkout or a PyInstaller bundle."""
    bundled = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundled) / "resources"] if bundled else []
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "checklists").is_dir():
            return candidate
    raise RuntimeError(f"fieldapp resources not found (looked in {candidates})")
