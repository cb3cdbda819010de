"""The photo viewer and mark editor, opened for one evidence photo of one survey."""

from fieldapp.ui.field.viewer.photo_viewer import PhotoViewer

__all__ = ["PhotoViewer"]
