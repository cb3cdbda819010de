"""The Qt face: windows, widgets and workers over fieldapp.services. Nothing imports ui/."""
