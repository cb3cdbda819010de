from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import TEST_PASSPHRASE, CliRun
from tests.test_cli import run_fieldapp


def test_identity_create_show_and_export(cli: CliRun, tmp_path: Path) -> None:
    code, _, err = cli("identity", "show")
    assert code == 1 and "identity create" in err
    code, fingerprint, err = cli(
        "identity", "create", "--surveyor", "李明", "--organisation", "Example Insurance"
    )
    assert code == 0, err
    assert len(fingerprint.strip()) == 95  # 32 hex pairs with colons
    code, shown, _ = cli("identity", "show")
    assert code == 0 and fingerprint.strip() in shown and "李明" in shown
    code, written, _ = cli("identity", "export-cert", str(tmp_path / "device.pem"))
    assert code == 0 and written.strip() == str(tmp_path / "device.pem")
    assert (tmp_path / "device.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")


def test_a_wrong_passphrase_is_one_line_and_exit_1(data_dir: Path) -> None:
    survey_id = run_fieldapp(data_dir, "demo").stdout.strip()
    wrong = run_fieldapp(
        data_dir, "survey", "show", survey_id, env={"FIELDAPP_PASSPHRASE": "not it at all"}
    )
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "fieldapp: The passphrase is not right. Nothing was changed."


def test_without_a_terminal_or_environment_the_passphrase_need_is_explained(
    data_dir: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FIELDAPP_PASSPHRASE"}
    env["FIELDAPP_DATA_DIR"] = str(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "fieldapp", "demo"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 1
    assert "FIELDAPP_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "fieldapp", "survey", "list"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert listed.returncode == 0  # listing needs no passphrase


def test_passphrase_change_then_the_old_one_fails(data_dir: Path) -> None:
    survey_id = run_fieldapp(data_dir, "demo").stdout.strip()
    changed = run_fieldapp(
        data_dir,
        "passphrase",
        "change",
        env={"FIELDAPP_NEW_PASSPHRASE": "the new one, long enough"},
    )
    assert changed.returncode == 0, changed.stderr
    old = run_fieldapp(data_dir, "survey", "show", survey_id)
    assert old.returncode == 1 and "not right" in old.stderr
    new = run_fieldapp(
        data_dir,
        "survey",
        "show",
        survey_id,
        env={"FIELDAPP_PASSPHRASE": "the new one, long enough"},
    )
    assert new.returncode == 0 and "李明" in new.stdout


def test_full_show_is_recorded_in_the_log(cli: CliRun) -> None:
    _, out, _ = cli("demo")
    sid = out.strip()
    _, masked, _ = cli("survey", "show", sid)
    assert "138****5678" in masked and "13812345678" not in masked
    _, full, _ = cli("survey", "show", sid, "--full")
    assert "13812345678" in full
    _, log, _ = cli("survey", "log", sid)
    assert "personal_data_revealed: full survey document with personal data shown on screen" in log


def test_settings_purge_backup_restore_from_the_command_line(cli: CliRun, tmp_path: Path) -> None:
    _, out, _ = cli("demo")
    code, listing, _ = cli("settings", "list")
    assert code == 0 and "retention_days = 90" in listing
    assert cli("settings", "set", "retention_days", "30")[0] == 0
    code, _, err = cli("settings", "set", "colour", "blue")
    assert code == 2 and "No setting 'colour'" in err
    code, purged, _ = cli("purge", "--dry-run")
    assert code == 0 and "0 surveys exported more than 30 days ago (dry run" in purged

    archive = tmp_path / "field.backup"
    code, said, err = cli("backup", str(archive))
    assert code == 0, err
    assert archive.is_file() and "encrypted" in said
    target = CliRun(tmp_path / "restored", cli.capsys)
    code, said, err = target("restore", str(archive))
    assert code == 0, err
    assert "9 photo originals match their SHA-256" in said  # the motor demo has nine
    code, again, _ = target("survey", "show", out.strip(), "--json")
    assert code == 0 and out.strip() in again
    code, _, err = target("restore", str(archive))
    assert code == 1 and "not empty" in err


def test_privacy_notice_in_each_language(cli: CliRun) -> None:
    for language, words in (("zh-Hans", "个人信息"), ("zh-Hant", "個人資料"), ("en", "Purpose")):
        code, text, _ = cli("privacy", "notice", "--lang", language)
        assert code == 0 and words in text and "privacy-notice/2" in text


def test_the_passphrase_itself_is_nowhere_in_the_data_folder(cli: CliRun) -> None:
    cli("demo")
    for path in cli.data_dir.rglob("*"):
        if path.is_file():
            assert TEST_PASSPHRASE.encode() not in path.read_bytes()


def test_export_and_verify_from_the_command_line(cli: CliRun, tmp_path: Path) -> None:
    _, sid, _ = cli("demo", "--line", "property")
    code, _, err = cli("export", sid.strip())
    assert code == 1 and "identity create" in err
    cli("identity", "create", "--surveyor", "赵静", "--organisation", "Example Mutual")
    code, path, err = cli("export", sid.strip(), "--lang", "zh-Hant")
    assert code == 0, err
    pdf = Path(path.strip())
    assert pdf.parent == cli.data_dir / "exports" and pdf.name.endswith("_R1_masked.pdf")
    cli("identity", "export-cert", str(tmp_path / "device.pem"))
    code, verdict, err = cli("verify", str(pdf), "--trust", str(tmp_path / "device.pem"))
    assert code == 0, err
    assert "ok    no modification after signing" in verdict and "赵静" in verdict
    code, verdict, err = cli("verify", str(pdf))  # one rule: every check made and holding
    assert code == 1 and "--    signer trusted: not checked, because no trusted" in verdict
    assert "ok    no modification after signing" in verdict
    assert err.startswith("fieldapp: not verified: not checked: signer trusted;")
    assert "--trust" in err
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(pdf.read_bytes()[: pdf.stat().st_size // 2])
    code, verdict, err = cli("verify", str(broken))
    assert code == 1 and err.startswith("fieldapp: not verified: the PDF is damaged or cut short")
    assert "--    signer trusted: not checked, because the PDF cannot be read" in verdict


def test_office_trust_import_list_csv_and_stats(cli: CliRun, tmp_path: Path) -> None:
    _, sid, _ = cli("demo", "--line", "motor")
    cli("identity", "create", "--surveyor", "李明", "--organisation", "Example Mutual")
    _, pdf, _ = cli("export", sid.strip())
    cli("identity", "export-cert", str(tmp_path / "device.pem"))
    office = CliRun(tmp_path / "office", cli.capsys)
    code, out, _ = office("office", "import", pdf.strip())
    assert code == 3 and "untrusted_signer" in out
    code, out, _ = office("office", "trust", "add", str(tmp_path / "device.pem"), "--name", "T1")
    assert code == 0 and out.startswith("trusted ")
    fingerprint = out.split()[1]
    code, out, _ = office("office", "import", pdf.strip())
    assert code == 0 and out.startswith("accepted BA310") and " r1 " in out
    listed = office.json("office", "list", "--json", "--line", "motor")
    assert isinstance(listed, list) and listed[0]["indemnity"] == "4850.00"
    assert office.json("office", "list", "--json", "--line", "property") == []
    code, shown, _ = office("office", "show", sid.strip()[:8])
    assert code == 0 and "ok   no modification after signing" in shown
    code, _, _ = office("office", "export-csv", str(tmp_path / "out.csv"))
    assert code == 0 and (tmp_path / "out.csv").read_text(encoding="utf-8-sig").count("\n") == 2
    stats = office.json("office", "stats", "--json")
    assert isinstance(stats, dict) and stats["periods"][0]["count"] == 1
    assert stats["rejected_by_code"] == {"untrusted_signer": 1}
    code, out, _ = office("office", "trust", "list")
    assert fingerprint in out and "trusted" in out
    assert office("office", "trust", "revoke", fingerprint)[0] == 0
