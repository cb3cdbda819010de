"""The survey's photos for the damage editor: their thumbnails read through the services and
decoded in the background (never on the UI thread), labelled in the user's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from fieldapp.errors import FieldappError
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import photo_thumbnails
from fieldapp.ui.field.context import FieldContext
from fieldapp.ui.names import photo_category_name
from fieldapp.ui.operations import Cancelled, Progress, with_workspace

Thumbnail = tuple[str, str, QImage]  # photo id, label, decoded thumbnail (null if none)


def load_thumbnails(
    context: FieldContext,
    survey_id: str,
    *,
    owner: QObject,
    on_loaded: Callable[[list[Thumbnail]], None],
    on_failure: Callable[[FieldappError], None],
) -> None:
    def decode(ws: FieldWorkspace, progress: Progress, cancelled: Cancelled) -> list:  # type: ignore[type-arg]
        found = []
        for photo, jpeg in photo_thumbnails(ws, survey_id, cancelled=cancelled):
            image = QImage()  # QImage, unlike QPixmap, may be made on any thread
            if jpeg:
                image.loadFromData(jpeg)
            found.append((photo, image))
        return found

    def labelled(found: list) -> None:  # type: ignore[type-arg]
        on_loaded(
            [
                (photo.photo_id, photo.caption or photo_category_name(photo.category), image)
                for photo, image in found
            ]
        )

    with_workspace(
        context.workspace, decode, on_success=labelled, on_failure=on_failure, owner=owner
    )
