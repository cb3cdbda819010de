"""Reading and writing the declared settings of one data folder."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from fieldapp.settings import SETTINGS, setting
from fieldapp.store.migrations import SETTINGS as SETTINGS_TABLE


class SettingsStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> Any:
        declared = setting(key)
        row = self.db.execute(f"SELECT value FROM {SETTINGS_TABLE} WHERE key = ?", [key]).fetchone()
        return declared.parse(row[0]) if row else declared.default

    def set(self, key: str, text: str) -> Any:
        value = setting(key).parse(text)
        self.db[SETTINGS_TABLE].upsert({"key": key, "value": str(value)}, pk="key")  # type: ignore[union-attr]
        return value

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in SETTINGS}
