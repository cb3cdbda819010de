from __future__ import annotations

import re

from tests.conftest import REPO_ROOT


def readme_commands() -> list[str]:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_the_readme_has_the_two_one_line_commands_and_ci_runs_the_second() -> None:
    commands = readme_commands()
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    run_app, run_tests = commands
    assert "fieldapp demo" in run_app and "pytest" in run_tests
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert run_tests in ci


def test_the_commands_install_what_qt_pdf_checks_chinese_text_and_postgresql_need() -> None:
    _, run_tests = readme_commands()
    for package in (
        "libegl1",
        "libxkbcommon0",
        "libfontconfig1",
        "xvfb",
        "libxcb-cursor0",
        "poppler-utils",
        "qpdf",
        "fonts-wqy-microhei",
        "postgresql",  # the office's tests on a real PostgreSQL server (tests/postgres_server.py)
    ):
        assert f" {package} " in run_tests
