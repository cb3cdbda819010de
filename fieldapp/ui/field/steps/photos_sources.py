"""Where the Photos step takes photos from: the file dialog, files and folders dropped on it, and
camera cards or phones (mounted drives holding a DCIM folder, looked for in the background: a
slow card must not freeze the window)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QStorageInfo
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldapp.errors import FieldappError
from fieldapp.services.photos import camera_folders
from fieldapp.ui.operations import Cancelled, Progress, in_background

PHOTO_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.heif"
CameraCard = tuple[str, Path]  # the drive's name as the system gives it, its DCIM folder


def choose_files(parent: QWidget, title: str) -> list[Path]:
    """Photo files chosen in the system's file dialog (none when it is cancelled)."""
    translate = QCoreApplication.translate
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        title,
        "",
        ";;".join(
            (
                translate("PhotosStepPage", "Photos (%1)").replace("%1", PHOTO_PATTERNS),
                translate("PhotosStepPage", "All files (*)"),
            )
        ),
    )
    return [Path(n) for n in names]


def choose_folder(parent: QWidget, title: str, start: Path | None = None) -> list[Path]:
    folder = QFileDialog.getExistingDirectory(parent, title, str(start or ""))
    return [Path(folder)] if folder else []


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries (none when it carries anything else)."""
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


def find_camera_cards(owner: QObject, on_found: Callable[[list[CameraCard]], None]) -> None:
    """The mounted drives holding a camera's DCIM folder, given to ``on_found``."""
    volumes = {
        Path(v.rootPath()): v.displayName() or v.rootPath()
        for v in QStorageInfo.mountedVolumes()
        if v.isValid() and v.isReady() and not v.isRoot()  # a card is often read-only: kept
    }

    def look(progress: Progress, cancelled: Cancelled) -> list[CameraCard]:
        return [(volumes[d.parent], d) for d in camera_folders(list(volumes))]

    def failed(error: FieldappError) -> None:
        on_found([])

    in_background(look, on_success=on_found, on_failure=failed, owner=owner)
