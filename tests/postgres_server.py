"""A throwaway PostgreSQL server for tests and benchmarks: Debian's own binaries
(``apt-get install postgresql``), a cluster in a temporary folder on a free port, started and
stopped with ``initdb``/``pg_ctl`` as the ``postgres`` user when run as root (the server refuses
to run as root), as Debian's cluster tools do. Password authentication over TCP, the password in
a password file the test points PGPASSFILE at: no URL the app sees carries one."""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"


def postgres_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bin: Path
    folder: Path
    port: int
    password: str
    passfile: Path
    _run_as: str | None

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, *, database: str = "postgres") -> str:
        """Run ``sql`` as the superuser (setting up users and databases, never the app's work)."""
        out = subprocess.run(
            [
                str(self.bin / "psql"),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-At",
                "-c",
                sql,
                self.url(database),
            ],
            env=self.environment(),
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode:
            raise RuntimeError(f"psql failed: {out.stderr}")
        return out.stdout

    def add_login(self, user: str, password: str | None = None) -> None:
        password = password or self.password
        self.psql(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        with self.passfile.open("a") as handle:
            handle.write(f"127.0.0.1:{self.port}:*:{user}:{password}\n")

    def new_database(self, name: str) -> str:
        self.psql(f"CREATE DATABASE {name}")
        return self.url(name)

    def environment(self) -> dict[str, str]:
        return os.environ | {"PGPASSFILE": str(self.passfile)}

    def stop(self) -> None:
        self._ctl("stop", "-m", "fast")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _ctl(self, *args: str) -> None:
        _as(self._run_as, [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), *args])


def _as(user: str | None, argv: list[str]) -> None:
    command = ["runuser", "-u", user, "--", *argv] if user else argv
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def start_postgres(bin_folder: Path) -> PostgresServer:
    """initdb and start a cluster; the caller stops it."""
    run_as = SUPERUSER if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="fieldapp-pg-"))
    password = secrets.token_hex(12)
    (folder / "pw").write_text(password + "\n")
    if run_as:
        account = pwd.getpwnam(run_as)
        os.chown(folder, account.pw_uid, account.pw_gid)
        os.chown(folder / "pw", account.pw_uid, account.pw_gid)
    folder.chmod(0o700)
    _as(
        run_as,
        [
            str(bin_folder / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            SUPERUSER,
            "--auth-local=peer",
            "--auth-host=scram-sha-256",
            f"--pwfile={folder / 'pw'}",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
    )
    port = _free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
    )
    _as(
        run_as,
        [
            str(bin_folder / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "start",
        ],
    )
    passfile = Path(tempfile.mkstemp(prefix="fieldapp-pgpass-")[1])
    passfile.write_text(f"127.0.0.1:{port}:*:{SUPERUSER}:{password}\n")
    passfile.chmod(0o600)
    return PostgresServer(bin_folder, folder, port, password, passfile, run_as)
