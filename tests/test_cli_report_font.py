"""`fieldapp settings set report_font PATH`: checked before it is stored, listed, cleared."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import CliRun
from tests.report.test_font_search import CJK, LATIN_ONLY


def test_the_report_font_setting_from_the_command_line(cli: CliRun, tmp_path: Path) -> None:
    latin = shutil.copyfile(LATIN_ONLY, tmp_path / "DejaVuSans.ttf")
    code, _, err = cli("settings", "set", "report_font", str(latin))
    assert code != 0 and "DejaVuSans.ttf cannot be the report font" in err
    code, _, err = cli("settings", "set", "report_font", str(tmp_path / "none.ttc"))
    assert code != 0 and "is not there" in err
    assert "report_font =     #" in cli("settings", "list")[1]  # nothing was stored

    chosen = shutil.copyfile(CJK, tmp_path / "wqy.ttc")
    code, said, err = cli("settings", "set", "report_font", str(chosen))
    assert code == 0, err
    assert said.strip() == f"report_font = {chosen}"
    assert f"report_font = {chosen}" in cli("settings", "list")[1]
    assert cli("settings", "set", "report_font", "")[1].strip() == "report_font ="
