"""What the reliability suite saw, gathered while it runs and written to docs/reliability.md.

Each bad-input case records its expected and observed outcome; the kill, concurrency and
full-disk tests record their figures. The document is written only when asked
(``pytest --reliability-doc``), so an ordinary run never changes the tree.
"""

from __future__ import annotations

import platform
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class CaseRecord:
    area: str  # photos, survey JSON, CLI values, report PDFs, …
    case: str
    expected: str
    observed: str

    @property
    def held(self) -> bool:
        return self.expected == self.observed


@dataclass
class Ledger:
    cases: list[CaseRecord] = field(default_factory=list)
    figures: dict[str, dict[str, str]] = field(default_factory=dict)

    def case(self, area: str, case: str, *, expected: str, observed: str) -> None:
        self.cases.append(CaseRecord(area, case, expected, observed))

    def figure(self, section: str, name: str, value: object) -> None:
        self.figures.setdefault(section, {})[name] = str(value)

    def render(self) -> str:
        lines = [
            "# Reliability: what the suite tried and what happened",
            "",
            "Written by `pytest --reliability-doc` (tests/reliability/); do not edit by hand.",
            f"Last written {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on "
            f"{platform.system()} {platform.machine()}, Python {platform.python_version()}.",
            "",
        ]
        for section, values in sorted(self.figures.items()):
            lines += [f"## {section}", "", "| figure | value |", "|---|---|"]
            lines += [f"| {name} | {_cell(value)} |" for name, value in values.items()]
            lines.append("")
        by_area: dict[str, list[CaseRecord]] = {}
        for record in self.cases:
            by_area.setdefault(record.area, []).append(record)
        lines += [
            f"## Bad-input corpus: {len(self.cases)} cases, "
            f"{sum(r.held for r in self.cases)} as expected",
            "",
        ]
        for area, records in sorted(by_area.items()):
            lines += [f"### {area} ({len(records)})", "", "| case | outcome | as expected |"]
            lines.append("|---|---|---|")
            for r in sorted(records, key=lambda r: r.case):
                mark = "yes" if r.held else f"no (expected {r.expected})"
                lines.append(f"| {_cell(r.case)} | {_cell(r.observed)} | {mark} |")
            lines.append("")
        return "\n".join(lines)

    def write(self, path: Path) -> None:
        path.write_text(self.render(), encoding="utf-8")


def _cell(text: str) -> str:
    return _without_machine_paths(text).replace("|", "\\|").replace("\n", " ")


def _without_machine_paths(text: str) -> str:
    """A file the suite wrote under this machine's temporary folder is named by its name only:
    the document is committed, and no path of the machine that wrote it belongs in it."""
    temporary = re.escape(tempfile.gettempdir().rstrip("/"))
    return re.sub(temporary + r"/\S*/([^/\s]+)", r"…/\1", text)


LEDGER = Ledger()
