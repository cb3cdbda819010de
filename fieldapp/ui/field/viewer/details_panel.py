"""What the photo's file says about it, in words: when it was taken (with its UTC offset),
where (and how far from the incident), with which camera, and how big it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from fieldapp.services.photo_marks import PhotoDetails
from fieldapp.ui.field.steps.start_fields import offset_text
from fieldapp.ui.widgets.retranslating import Retranslating


class PhotoDetailsPanel(Retranslating, QWidget):
    # The core's note on what could not be read is English words, not codes: the report and
    # the CLI show it; this panel leaves it out rather than show English in a Chinese window.
    FIELDS = ("file", "taken", "place", "distance", "camera", "size")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: PhotoDetails | None = None
        self.labels = {name: QLabel() for name in self.FIELDS}
        self.values = {name: QLabel() for name in self.FIELDS}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for name in self.FIELDS:
            value = self.values[name]
            value.setWordWrap(True)
            # Selectable, and reachable by Tab, so a screen reader user can read each value.
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            self.labels[name].setBuddy(value)
            form.addRow(self.labels[name], value)
        self.retranslate()

    def show_details(self, details: PhotoDetails) -> None:
        self.details = details
        self.retranslate()

    def retranslate(self) -> None:
        heads = {
            "file": self.tr("File"),
            "taken": self.tr("Taken"),
            "place": self.tr("Place"),
            "distance": self.tr("From the incident"),
            "camera": self.tr("Camera"),
            "size": self.tr("Size"),
        }
        for name, text in heads.items():
            self.labels[name].setText(f"<b>{text}</b>")
            self.values[name].setAccessibleName(text)
        if self.details is None:
            return
        photo = self.details.photo
        unknown = self.tr("Not recorded by the camera")
        values = {
            "file": photo.file_name,
            "taken": (
                f"{photo.captured_at:%Y-%m-%d %H:%M} ({offset_text(photo.captured_at)})"
                if photo.captured_at is not None
                else unknown
            ),
            "place": self._place() or unknown,
            "distance": self._distance(),
            "camera": " ".join(p for p in (photo.make, photo.model) if p) or unknown,
            "size": (
                self.tr("%1 × %2 pixels")
                .replace("%1", str(photo.width))
                .replace("%2", str(photo.height))
                if photo.width and photo.height
                else unknown
            ),
        }
        for name, text in values.items():
            self.values[name].setText(text)
            visible = bool(text)
            self.labels[name].setVisible(visible)
            self.values[name].setVisible(visible)

    def _place(self) -> str:
        photo = self.details.photo if self.details else None
        if photo is None or photo.latitude is None or photo.longitude is None:
            return ""
        north = self.tr("N") if photo.latitude >= 0 else self.tr("S")
        east = self.tr("E") if photo.longitude >= 0 else self.tr("W")
        return f"{abs(photo.latitude):.5f}° {north}, {abs(photo.longitude):.5f}° {east}"

    def _distance(self) -> str:
        distance = self.details.distance_km if self.details else None
        if distance is None:
            return ""
        if distance < 1:
            return self.tr("%1 m").replace("%1", f"{round(distance * 1000):,}")
        return self.tr("%1 km").replace("%1", f"{distance:,.1f}")
