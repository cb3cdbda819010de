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


def ensure_data_dir(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(what=f"the data folder {folder}") from exc
        raise DataFolderError(
            detail=f"Cannot create the data folder {folder}: {exc.strerror or exc}."
        ) from exc
    if not os.access(folder, os.W_OK):
        raise DataFolderError(detail=f"The data folder {folder} is not writable.")
    return folder


def resources_dir() -> Path:
    """The top-level ``resources/`` folder, from a checkout or a PyInstaller bundle."""
    bundled = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundled) / "resources"] if bundled else []
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "checklists").is_dir():
            return candidate
    raise RuntimeError(f"fieldapp resources not found (looked in {candidates})")
