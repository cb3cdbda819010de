"""Identities of surveys, parties, photos and records: random UUIDs, never derived from content."""

from __future__ import annotations

import uuid


def new_id() -> str:
    return str(uuid.uuid4())
