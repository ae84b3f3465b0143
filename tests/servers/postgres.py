"""A private PostgreSQL cluster on a loopback port, with TLS and password logins, for the tests.

`start_cluster` runs initdb in a new temporary folder and starts the server from Debian's
binaries (/usr/lib/postgresql/VERSION/bin) on 127.0.0.1 and a free high port, its unix socket
in that folder. Over the socket the superuser `postgres` gets in by trust (the fixtures' own
admin work); over TCP everyone needs a password (scram-sha-256), and TLS serves a certificate
from the test PKI. Roles: `ldapwizard` (login, owns the databases `create_database` makes,
nothing more) and `mailreader` (login, no rights of its own; PUBLIC's stock CONNECT stays).

initdb and the server refuse to run as root, so as root both run as the `postgres` system user
(Debian's package creates it) and the folder is theirs; the folder lives in the system temp
folder because pytest's own is closed to other users. The server runs in the foreground as our
child, so it is reaped, killed if the test process dies (Linux parent-death signal) or exits
without stopping it, and its log is at hand.

Measured here (Debian 12, PostgreSQL 15.18, 2 CPUs): start 0.75-0.9 s as root, 1.1 s as the
postgres user (initdb is 0.7 s of it); stop 0.05-0.1 s; a test's fresh database 0.03-0.1 s.
"""

from __future__ import annotations

import atexit
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
from psycopg import sql

from tests.servers.certs import Pki
from tests.servers.slapd import death_signal

HOST = "127.0.0.1"
SUPERUSER = "postgres"
OWNER = "ldapwizard"
READER = "mailreader"
_SERVER_USER = "postgres"
_BIN_DIRS = Path("/usr/lib/postgresql")

_HBA = f"""\
# TYPE  DATABASE USER         ADDRESS       METHOD
local   all      {SUPERUSER:<12} trust
local   all      all                        scram-sha-256
host    all      all          {HOST}/32  scram-sha-256
"""

# Speed over durability: a test cluster is thrown away, never recovered.
_SETTINGS = {
    "listen_addresses": HOST,
    "ssl": "on",
    "ssl_cert_file": "../server.crt",
    "ssl_key_file": "../server.key",
    "password_encryption": "scram-sha-256",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "50",
    "shared_buffers": "32MB",
    "logging_collector": "off",
    "log_min_messages": "warning",
    "log_connections": "off",
}

# A benchmark's cluster: as safe as an installed server, as SQLite's WAL + NORMAL is safe.
_DURABLE = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on",
            "shared_buffers": "128MB"}


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL server binaries or the `postgres` system user are missing."""


class PostgresError(RuntimeError):
    """initdb or the server failed; the message carries their output."""


def _version_key(directory: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", directory.parent.name))


def find_postgres() -> Path:
    """The folder holding initdb and postgres, newest version first; else PostgresUnavailable."""
    candidates = sorted(_BIN_DIRS.glob("*/bin"), key=_version_key, reverse=True)
    on_path = shutil.which("initdb")
    if on_path is not None:
        candidates.append(Path(on_path).parent)
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "postgres").is_file():
            break
    else:
        raise PostgresUnavailable(
            f"no initdb and postgres in {_BIN_DIRS}/*/bin or on PATH "
            "(Debian: apt-get install postgresql)"
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(_SERVER_USER)
        except KeyError:
            raise PostgresUnavailable(
                f"running as root needs the {_SERVER_USER!r} system user (Debian's postgresql "
                "package creates it) to run initdb and the server"
            ) from None
    return directory


def _server_user() -> dict[str, Any]:
    """Popen options that run a program as the server user when we are root, else as us."""
    if os.geteuid() != 0:
        return {}
    # Popen's own user switch, not runuser: the server stays our direct child, so the
    # parent-death signal and waiting on it reach the postmaster itself.
    return {"user": _SERVER_USER, "group": _SERVER_USER, "extra_groups": []}


def _give_to_server_user(*paths: Path) -> None:
    if os.geteuid() == 0:
        for path in paths:
            shutil.chown(path, _SERVER_USER, _SERVER_USER)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _passfile_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


_running: set[PgCluster] = set()


@atexit.register
def _stop_leftovers() -> None:
    for cluster in list(_running):
        cluster.kill()


@dataclass(eq=False)
class PgCluster:
    """A running private PostgreSQL cluster and what a client needs to reach it."""

    host: str
    port: int
    ca_file: Path
    folder: Path
    bin_dir: Path
    _passwords: dict[str, str] = field(repr=False)
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def socket_dir(self) -> Path:
        """The folder of the unix socket, as libpq's `host` for the superuser's connections."""
        return self.folder

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory (PGDATA)."""
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        """The server's log (stdout and stderr)."""
        return self.folder / "postgres.log"

    @property
    def pid(self) -> int | None:
        """The postmaster's process id while it runs."""
        return self._process.pid if self.running else None

    @property
    def running(self) -> bool:
        """Whether the postmaster is still alive."""
        return self._process is not None and self._process.poll() is None

    def password(self, role: str) -> str:
        """The password of a login role (`ldapwizard`, `mailreader`)."""
        return self._passwords[role]

    def url(self, database: str, role: str = OWNER) -> str:
        """A libpq URL for `role` over TCP, without the password (see `write_passfile`)."""
        role, database = quote(role, safe=""), quote(database, safe="")
        return f"postgresql://{role}@{self.host}:{self.port}/{database}"

    def write_passfile(self, path: Path, roles: Iterable[str] = (OWNER,)) -> Path:
        """Write a 0600 libpq password file for `roles` on both loopback names; return `path`."""
        lines = [
            ":".join(_passfile_field(part) for part in (host, str(self.port), "*", role,
                                                        self.password(role)))
            for role in roles
            for host in (self.host, "localhost")
        ]
        path.touch(mode=0o600)
        path.chmod(0o600)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def connect_admin(self, database: str = "postgres") -> psycopg.Connection:
        """An autocommit superuser connection over the unix socket (trust)."""
        return psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname=database,
            autocommit=True, connect_timeout=10,
        )

    def execute(
        self, query: str | sql.Composable, params: Sequence[Any] | None = None, *,
        database: str = "postgres",
    ) -> None:
        """Run one statement as the superuser, in autocommit (CREATE DATABASE works too)."""
        with self.connect_admin(database) as conn:
            conn.execute(query, params)

    def query(
        self, query: str | sql.Composable, params: Sequence[Any] | None = None, *,
        database: str = "postgres",
    ) -> list[tuple[Any, ...]]:
        """Rows of one query run as the superuser."""
        with self.connect_admin(database) as conn:
            return conn.execute(query, params).fetchall()

    def create_database(self, name: str, owner: str = OWNER) -> str:
        """Create an empty database owned by `owner`; return its URL for `owner`, no password."""
        self.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(name), sql.Identifier(owner)))
        return self.url(name, owner)

    def drop_database(self, name: str) -> None:
        """Drop a database if it exists, ending any session still connected to it."""
        self.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))

    def stop(self, timeout: float = 15.0) -> None:
        """Fast shutdown (as `pg_ctl stop -m fast`), wait for the postmaster, remove the folder.

        The postmaster exits only after all its backends have, so nothing of it is left.
        """
        if self.running:
            self._process.send_signal(signal.SIGINT)
            try:
                self._process.wait(timeout)
            except subprocess.TimeoutExpired as error:
                self.kill()
                raise PostgresError(
                    f"postgres (pid {self._process.pid}) did not stop within {timeout} s; "
                    "killed it"
                ) from error
        self._forget()

    def restart_as_standby(self, timeout: float = 30.0) -> None:
        """Stop the server and start it again as a hot standby (in recovery, read-only, with
        no primary to follow): what a client meets at a replica."""
        if self.running:
            self._process.send_signal(signal.SIGINT)
            self._process.wait(timeout)
        (self.data_dir / "standby.signal").touch()
        _give_to_server_user(self.data_dir / "standby.signal")
        self._launch(timeout)

    def kill(self) -> None:
        """SIGKILL the postmaster (its backends notice and exit) and remove the folder."""
        if self.running:
            self._process.kill()
            self._process.wait()
        self._forget()

    def _forget(self) -> None:
        _running.discard(self)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _launch(self, timeout: float) -> None:
        with self.log_file.open("ab") as log:
            self._process = subprocess.Popen(
                [str(self.bin_dir / "postgres"), "-D", str(self.data_dir),
                 "-p", str(self.port), "-k", str(self.socket_dir)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.folder,
                preexec_fn=death_signal(),
                **_server_user(),
            )
        _running.add(self)
        try:
            self._wait_ready(timeout)
        except BaseException:
            self._process.kill()
            self._process.wait()
            _running.discard(self)
            raise

    def _wait_ready(self, timeout: float) -> None:
        # postmaster.pid's last line reads "ready" once connections are accepted.
        pid_file = self.data_dir / "postmaster.pid"
        deadline = time.monotonic() + timeout
        while True:
            if self._process.poll() is not None:
                raise PostgresError(
                    f"postgres exited with {self._process.returncode} during start:\n"
                    + self._log_tail()
                )
            try:
                lines = pid_file.read_text().splitlines()
            except OSError:
                lines = []
            if len(lines) >= 8 and lines[7].strip() in ("ready", "standby"):
                return
            if time.monotonic() > deadline:
                raise PostgresError(
                    f"postgres on port {self.port} was not ready within {timeout} s:\n"
                    + self._log_tail()
                )
            time.sleep(0.02)

    def _log_tail(self, limit: int = 4000) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError as error:
            return f"(no log: {error})"
        return text[-limit:] or "(log is empty)"

    def _create_roles(self) -> None:
        with self.connect_admin() as conn:
            for role in (OWNER, READER):
                conn.execute(
                    sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                            "PASSWORD {}").format(
                        sql.Identifier(role), sql.Literal(self._passwords[role])))


def _initdb(bin_dir: Path, folder: Path) -> None:
    result = subprocess.run(
        [str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER,
         "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="replace",
        cwd=folder,
        **_server_user(),
    )
    if result.returncode != 0:
        raise PostgresError(
            f"initdb failed ({result.returncode}):\n{(result.stdout + result.stderr)[-4000:]}"
        )


def _configure(folder: Path, pki: Pki, durable: bool = False) -> None:
    data = folder / "data"
    shutil.copyfile(pki.server.cert, folder / "server.crt")
    shutil.copyfile(pki.server.key, folder / "server.key")
    (folder / "server.key").chmod(0o600)
    _give_to_server_user(folder / "server.crt", folder / "server.key")
    (data / "pg_hba.conf").write_text(_HBA)
    with (data / "postgresql.conf").open("a") as conf:
        conf.write("\n# ldapwizard tests\n")
        settings = {**_SETTINGS, **(_DURABLE if durable else {})}
        conf.writelines(f"{name} = '{value}'\n" for name, value in settings.items())


def start_cluster(pki: Pki, *, timeout: float = 30.0, durable: bool = False) -> PgCluster:
    """initdb a cluster in a new temporary folder and start it on a free loopback port.

    `durable` keeps PostgreSQL's own safety settings (fsync, synchronous commit, full page
    writes) and a production-like buffer size, for benchmarks that compare it with SQLite.

    TLS serves `pki.server`; `ca_file` (`pki.ca.cert`) is what clients trust. `stop()` shuts
    the server down and removes the folder.
    """
    bin_dir = find_postgres()
    folder = Path(tempfile.mkdtemp(prefix="ldapwizard-pg-"))
    try:
        _give_to_server_user(folder)
        _initdb(bin_dir, folder)
        _configure(folder, pki, durable)
        passwords = {role: secrets.token_urlsafe(18) for role in (OWNER, READER)}
        attempts = 3
        for attempt in range(attempts):
            cluster = PgCluster(HOST, _free_port(), pki.ca.cert, folder, bin_dir, passwords)
            try:
                cluster._launch(timeout)
            except PostgresError as error:
                # Another process may have taken the port between picking and binding it.
                if "Address already in use" in str(error) and attempt < attempts - 1:
                    continue
                raise
            break
        try:
            cluster._create_roles()
        except BaseException:
            cluster.kill()
            raise
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cluster
