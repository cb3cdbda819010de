"""`fieldapp photos original`: the original back out of the sealed store, byte for byte; and
the verbs that show no picture keep working without the passphrase."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CliRun
from tests.photo_fixtures import SAMPLE_SOURCES, sample


def _sha256sum(path: Path) -> str:
    return subprocess.run(
        ["sha256sum", str(path)], capture_output=True, text=True, check=True
    ).stdout.split()[0]


@pytest.mark.parametrize("sample_set", SAMPLE_SOURCES)
@pytest.mark.parametrize("role", ["gps", "heic"])
def test_the_original_is_written_back_as_sha256sum_saw_it(
    cli: CliRun, tmp_path: Path, sample_set: str, role: str
) -> None:
    source = sample(role, sample_set)
    sid = cli.new_survey(claim="BA-ORIGINAL", line="property")
    assert cli("survey", "emergency-skip", sid, "--reason", "水位上涨，先行拍照取证")[0] == 0
    code, added, err = cli("photos", "add", sid, str(source))
    assert code == 0, err
    digest = added.split()[1]
    out = tmp_path / "back" / source.name
    code, _, err = cli("photos", "original", sid, digest, "--out", str(out))
    assert code == 2 and "does not exist" in err and not out.parent.exists()
    out.parent.mkdir()
    code, printed, err = cli("photos", "original", sid, digest, "--out", str(out))
    assert code == 0, err
    assert printed.split() == [digest, str(out)]
    assert _sha256sum(out) == _sha256sum(source)
    assert out.read_bytes() == source.read_bytes()
    stored = next(p for p in (cli.data_dir / "photos").rglob("*") if p.name.startswith(digest))
    assert stored.read_bytes() != source.read_bytes()  # sealed in the data folder


def test_listing_and_the_log_need_no_passphrase_pictures_do(cli: CliRun, tmp_path: Path) -> None:
    sid = cli.new_survey(claim="BA-LOCKED", line="property")
    assert cli("survey", "emergency-skip", sid, "--reason", "水位上涨，先行拍照取证")[0] == 0
    code, added, err = cli("photos", "add", sid, str(sample("gps")))
    assert code == 0, err
    digest = added.split()[1]
    env = {k: v for k, v in os.environ.items() if k != "FIELDAPP_PASSPHRASE"}
    env["FIELDAPP_DATA_DIR"] = str(cli.data_dir)

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "fieldapp", *argv],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=60,
        )

    assert run("survey", "list").returncode == 0
    log = run("survey", "log", sid)
    assert log.returncode == 0 and "photo" in log.stdout
    for verb in ("original", "thumbnail"):
        refused = run("photos", verb, sid, digest, "--out", str(tmp_path / f"{verb}.jpg"))
        assert refused.returncode == 1 and "FIELDAPP_PASSPHRASE" in refused.stderr
        assert "Traceback" not in refused.stderr and not (tmp_path / f"{verb}.jpg").exists()
