"""Which build this is: the version, the commit it was built from and, in a bundle, when.

A bundle carries ``resources/build-info.json``, written by the build (build_spec/fieldapp.spec);
a source checkout asks git for its commit. Neither is committed: both come from the build.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fieldapp import __version__
from fieldapp.paths import resources_dir

BUILD_INFO_FILE = "build-info.json"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str  # short hash, "" when unknown
    built: str  # ISO date of the bundle's build, "" from source
    bundled: bool

    def line(self) -> str:
        """``fieldapp 0.1.0 (commit 1a2b3c4, built 2026-11-25)`` — what --version prints."""
        parts = [f"commit {self.commit}" if self.commit else "commit unknown"]
        if self.built:
            parts.append(f"built {self.built}")
        elif not self.bundled:
            parts.append("from source")
        return f"fieldapp {self.version} ({', '.join(parts)})"


@cache  # asked by every window title; the build does not change while the app runs
def build_info() -> BuildInfo:
    if getattr(sys, "frozen", False):
        shipped = resources_dir() / BUILD_INFO_FILE
        data = json.loads(shipped.read_text(encoding="utf-8")) if shipped.exists() else {}
        return BuildInfo(__version__, data.get("commit", ""), data.get("built", ""), True)
    return BuildInfo(__version__, source_commit(Path(__file__).resolve().parent.parent), "", False)


def source_commit(checkout: Path) -> str:
    """The checkout's commit (with ``+changes`` when the tree differs), or "" without git."""
    if not (checkout / ".git").exists():
        return ""
    try:
        head = subprocess.run(
            ["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "-C", str(checkout), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, timeout=10, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return ""
    return f"{head}+changes" if dirty else head
