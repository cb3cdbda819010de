"""Thumbnails for a photo grid, read and decoded off the UI thread, only for the tiles painted.

A tile being painted asks for its picture; a miss queues it and the tile is drawn with a
placeholder meanwhile. Queued pictures are read (through the services) and decoded in batches by
one background operation at a time, on its own workspace, newest request first: the tiles on
screen now matter more than those scrolled past. The decoded images are kept in a small cache
(least recently used go first), so scrolling back costs nothing and 500 photos cost no more than
the tiles seen.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from fieldapp.errors import FieldappError
from fieldapp.services.field import FieldWorkspace
from fieldapp.services.photos import thumbnails_of
from fieldapp.ui.operations import Cancelled, Operation, Progress, with_workspace

BATCH = 16  # thumbnails read by one operation: enough to fill a screen in two or three
CACHE_SIZE = 300  # decoded images kept (each at most the tile's size)
QUEUE_SIZE = 120  # requests kept waiting; the oldest, long scrolled past, are dropped


def decoded(jpegs: dict[str, bytes | None], size: QSize) -> dict[str, QImage]:
    """Each thumbnail decoded and scaled to fit ``size`` (a null image for none). QImage, unlike
    QPixmap, may be made on any thread."""
    images = {}
    for digest, jpeg in jpegs.items():
        image = QImage()
        if jpeg:
            image.loadFromData(jpeg)
        if not image.isNull():
            image = image.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        images[digest] = image
    return images


class ThumbnailCache(QObject):
    ready = Signal(str)  # the SHA-256 whose picture is now in the cache

    def __init__(self, workspace: FieldWorkspace, size: QSize, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.size = size
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._queue: OrderedDict[str, None] = OrderedDict()  # newest last
        self._loading: Operation[dict[str, QImage]] | None = None
        self._start_soon = QTimer(self)  # one start for all the tiles of one paint
        self._start_soon.setSingleShot(True)
        self._start_soon.setInterval(0)
        self._start_soon.timeout.connect(self._start)
        # Where the decoding ran (thread ids), and how many were read: the 500-photo test
        # checks that filling a grid decodes nothing, and never on the UI thread.
        self.decoded_on: set[int] = set()
        self.read_count = 0

    def image(self, digest: str) -> QImage | None:
        """The decoded thumbnail (null when the photo has none), or None while it is loading."""
        found = self._images.get(digest)
        if found is not None:
            self._images.move_to_end(digest)
            return found
        self._queue.pop(digest, None)
        self._queue[digest] = None
        while len(self._queue) > QUEUE_SIZE:
            self._queue.popitem(last=False)
        if self._loading is None:
            self._start_soon.start()
        return None

    def forget(self, digests: Sequence[str] = ()) -> None:
        """A newer thumbnail is stored for these (all when none given): read them again."""
        if not digests:
            self._images.clear()
        for digest in digests:
            self._images.pop(digest, None)

    def cancel(self) -> None:
        self._queue.clear()
        if self._loading is not None:
            self._loading.cancel()

    def _start(self) -> None:
        if self._loading is not None or not self._queue:
            return
        batch = list(reversed(self._queue))[:BATCH]
        for digest in batch:
            del self._queue[digest]
        size = self.size

        def load(ws: FieldWorkspace, progress: Progress, cancelled: Cancelled) -> dict:  # type: ignore[type-arg]
            if cancelled():
                return {}
            self.decoded_on.add(threading.get_ident())
            return decoded(thumbnails_of(ws, batch), size)

        self._loading = with_workspace(
            self.workspace, load, on_success=self._arrived, on_failure=self._failed, owner=self
        )

    def _arrived(self, images: dict[str, QImage]) -> None:
        self._loading = None
        self.read_count += len(images)
        for digest, image in images.items():
            self._images[digest] = image
            self._images.move_to_end(digest)
            self.ready.emit(digest)
        while len(self._images) > CACHE_SIZE:
            self._images.popitem(last=False)
        self._start()

    def _failed(self, error: FieldappError) -> None:
        # A thumbnail is a convenience: its tile keeps the placeholder, the photo is unharmed.
        self._loading = None
        self._start()
