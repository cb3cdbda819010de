"""Widgets the windows share: retranslation, the error beside a field, busy indicators."""
