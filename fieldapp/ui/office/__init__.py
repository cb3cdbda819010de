"""The office window: import desk, archive, trusted devices and dashboard."""
