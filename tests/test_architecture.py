"""The layer rules of ARCHITECTURE.md, checked rather than hoped for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def lint_imports(
    config: Path, *, cwd: Path = REPO_ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(exe), str(config), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_contracts_hold() -> None:
    result = lint_imports(REPO_ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Everything below the GUI is Qt-free KEPT" in result.stdout


def test_the_contract_catches_qt_imported_below_the_gui(tmp_path: Path) -> None:
    """Build a throwaway package where the core imports PySide6; the same contract must fail."""
    package = tmp_path / "fieldapp"
    for layer in ("core", "store", "report", "office", "services", "ui"):
        (package / layer).mkdir(parents=True)
        (package / layer / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "cli.py").write_text("")
    (package / "errors.py").write_text("")
    (package / "paths.py").write_text("")
    (package / "core" / "survey.py").write_text("from PySide6 import QtCore\n")
    config = tmp_path / "pyproject.toml"
    config.write_text((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    result = lint_imports(
        config, cwd=tmp_path, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}
    )
    assert result.returncode != 0
    assert "fieldapp.core.survey -> PySide6" in result.stdout


def test_importing_the_app_loads_no_qt_pdf_or_signing_library() -> None:
    """pyHanko alone costs a third of a second: it and reportlab load when a report is made."""
    code = (
        "import sys, fieldapp.cli, fieldapp.services.export, fieldapp.services.documents; "
        "print(sorted(m for m in ('PySide6', 'pyhanko', 'reportlab') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
