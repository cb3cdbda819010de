"""A report PDF checked from outside the window, as the office and a reviewer would: the
``fieldapp verify`` command in a process of its own, poppler's ``pdfsig`` and ``pdfdetach``, and
``qpdf --check``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import REPO_ROOT


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=300)


def fieldapp_verify(pdf: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)  # this checkout first, whatever is installed
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), "verify", str(pdf),
         "--trust-this-device"],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip


def embedded_survey(pdf: Path, out: Path) -> dict[str, Any]:
    listed = run("pdfdetach", "-list", str(pdf))
    assert listed.returncode == 0, listed.stderr
    names = [line.split(": ", 1)[1] for line in listed.stdout.splitlines()[1:]]
    assert "survey.json" in names, listed.stdout
    saved = out / f"{pdf.stem}-survey.json"
    index = names.index("survey.json") + 1
    done = run("pdfdetach", "-save", str(index), "-o", str(saved), str(pdf))
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(saved.read_text(encoding="utf-8"))
    return data


def check_from_outside(pdf: Path, data_dir: Path, out: Path) -> dict[str, Any]:
    """Every outside check holds; returns the survey data embedded in the file."""
    verified = fieldapp_verify(pdf, data_dir)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    pdfsig = run("pdfsig", str(pdf))
    assert "Signature is Valid." in pdfsig.stdout, pdfsig.stdout + pdfsig.stderr
    qpdf = run("qpdf", "--check", str(pdf))
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    assert "No syntax or stream encoding errors found" in qpdf.stdout
    return embedded_survey(pdf, out)
