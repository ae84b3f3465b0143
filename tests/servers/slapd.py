"""A private OpenLDAP slapd on loopback ports, loaded from LDIF, for the tests.

The database is loaded with slapadd before the server starts (far faster than LDAP adds). The
server runs in the foreground (`-d`) as our child, so it can be reaped and its log captured, and
is killed if the test process dies (Linux parent-death signal) or exits without stopping it.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ldap3 import BASE, NONE, Connection, Server

from tests.servers import seed
from tests.servers.certs import CertPair, Pki
from tests.servers.ldif import ssha

HOST = "127.0.0.1"
ROOT_DN = f"cn=admin,{seed.BASE_DN}"
ROOT_PASSWORD = "admin-Secret-0"
_SCHEMA_DIRS = (Path("/etc/ldap/schema"), Path("/etc/openldap/schema"))
_MODULE_DIRS = (Path("/usr/lib/ldap"), Path("/usr/lib64/openldap"), Path("/usr/lib/openldap"))
_SCHEMAS = ("core", "cosine", "inetorgperson", "nis")
_MAP_SIZE = 1 << 30  # sparse; 100k seeded users take about 150 MB


class SlapdUnavailable(RuntimeError):
    """slapd, slapadd or the schema/module files are not installed."""


class SlapdError(RuntimeError):
    """slapd or slapadd failed; the message carries their output."""


def _tool(name: str) -> str:
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
    if path is None:
        raise SlapdUnavailable(f"{name} not found (Debian: apt-get install slapd ldap-utils)")
    return path


def _first_dir(candidates: tuple[Path, ...], marker: str) -> Path:
    for directory in candidates:
        if (directory / marker).exists():
            return directory
    raise SlapdUnavailable(f"no {marker} in any of {', '.join(map(str, candidates))}")


def find_slapd() -> tuple[str, str]:
    """Paths of slapd and slapadd; raises SlapdUnavailable when missing."""
    slapd, slapadd = _tool("slapd"), _tool("slapadd")
    _first_dir(_SCHEMA_DIRS, "core.schema")
    _first_dir(_MODULE_DIRS, "back_mdb.so")
    return slapd, slapadd


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind((HOST, 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _config(
    workdir: Path,
    tls: tuple[Path | None, CertPair] | None,
    size_limit: int | None,
    max_page_size: int | Literal["unlimited"] | None,
    anonymous_read: bool,
    total_limit: int | None = None,
    member_of: bool = False,
) -> str:
    schema_dir = _first_dir(_SCHEMA_DIRS, "core.schema")
    lines = [f'include "{schema_dir / name}.schema"' for name in _SCHEMAS]
    lines += [
        f'modulepath "{_first_dir(_MODULE_DIRS, "back_mdb.so")}"',
        "moduleload back_mdb",
        # ppolicy brings its schema (pwdAccountLockedTime) with the module since 2.5.
        "moduleload ppolicy",
        *(["moduleload memberof"] if member_of else []),
        f'pidfile "{workdir / "slapd.pid"}"',
        f'argsfile "{workdir / "slapd.args"}"',
        "loglevel 0",
    ]
    if tls is not None:
        ca_file, server = tls
        if ca_file is not None:
            lines.append(f'TLSCACertificateFile "{ca_file}"')
        lines += [f'TLSCertificateFile "{server.cert}"', f'TLSCertificateKeyFile "{server.key}"']
    lines += [
        'access to dn.base="" by * read',
        'access to dn.base="cn=Subschema" by * read',
        "database mdb",
        f'suffix "{seed.BASE_DN}"',
        f'rootdn "{ROOT_DN}"',
        f"rootpw {ssha(ROOT_PASSWORD, b'rootsalt')}",
        f'directory "{workdir / "db"}"',
        f"maxsize {_MAP_SIZE}",
        "dbnosync",
        "index objectClass,uid,mail,cn,member,entryUUID eq",
        *(["index memberOf eq"] if member_of else []),
    ]
    # The rootdn is never limited; everyone else must page past size_limit entries. A page
    # larger than size.pr is refused with adminLimitExceeded, not shortened.
    size = "unlimited" if size_limit is None else size_limit
    page = max_page_size or size
    total = "unlimited" if total_limit is None else total_limit
    limit = f"size.soft={size} size.hard={size} size.pr={page} size.prtotal={total}"
    lines += [
        f'limits dn.exact="{seed.READER_DN}" {limit}',
        f"limits users {limit}",
        f"limits anonymous {limit}",
    ]
    everyone_else = "read" if anonymous_read else "none"
    lines += [
        "access to attrs=userPassword by self =xw by anonymous auth by * none",
        f"access to * by self read by users read by * {everyone_else}",
        "overlay ppolicy",
        f'ppolicy_default "{seed.POLICY_DN}"',
    ]
    if member_of:
        # groupOfNames/member -> memberOf on the member, kept when members are renamed or
        # deleted. Like every overlay it acts on LDAP writes only: what slapadd loads has none.
        lines += ["overlay memberof", "memberof-refint TRUE"]
    return "\n".join(lines) + "\n"


def death_signal() -> Callable[[], object] | None:
    """A preexec_fn that has the kernel SIGKILL slapd when this thread dies (Linux only)."""
    if not sys.platform.startswith("linux") or threading.current_thread() is not (
        threading.main_thread()
    ):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1
    return lambda: prctl(pr_set_pdeathsig, signal.SIGKILL)


_running: set[SlapdServer] = set()


@atexit.register
def _kill_leftovers() -> None:
    for server in list(_running):
        server.kill()


@dataclass(eq=False)
class SlapdServer:
    """A running private slapd and what a client needs to reach it."""

    host: str
    ldap_port: int
    ldaps_port: int | None
    base_dn: str
    root_dn: str
    root_password: str
    reader_dn: str
    reader_password: str
    ca_file: Path | None
    pidfile: Path
    pid: int
    workdir: Path
    log_file: Path
    config_file: Path
    debug_level: str = "stats"
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def ldap_url(self) -> str:
        """ldap:// URL of the plain (and StartTLS) listener."""
        return f"ldap://{self.host}:{self.ldap_port}"

    @property
    def ldaps_url(self) -> str | None:
        """ldaps:// URL, or None when started without TLS."""
        return None if self.ldaps_port is None else f"ldaps://{self.host}:{self.ldaps_port}"

    @property
    def running(self) -> bool:
        """Whether the slapd process is still alive."""
        return self._process is not None and self._process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Shut slapd down gracefully (SIGTERM to the PID in its pidfile) and wait until gone."""
        if not self.running:
            return
        try:
            pid = int(self.pidfile.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pid = self.pid
        os.kill(pid, signal.SIGTERM)
        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired as error:
            self.kill()
            raise SlapdError(
                f"slapd (pid {pid}) ignored SIGTERM for {timeout} s; killed it"
            ) from error
        _running.discard(self)

    def kill(self) -> None:
        """SIGKILL slapd, as a crash would; the database stays usable for restart()."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        _running.discard(self)

    def restart(self, timeout: float = 15.0) -> None:
        """Stop slapd if it runs and start it again on the same ports with the same data."""
        self.stop()
        self._launch(timeout)

    def _launch(self, timeout: float) -> None:
        slapd, _ = find_slapd()
        urls = self.ldap_url + "/" + (f" {self.ldaps_url}/" if self.ldaps_url else "")
        start = self.log_file.stat().st_size if self.log_file.exists() else 0
        with self.log_file.open("ab") as log:
            self._process = subprocess.Popen(
                [
                    slapd,
                    "-f",
                    str(self.config_file),
                    "-h",
                    urls,
                    "-d",
                    self.debug_level,
                    "-n",
                    f"ldapwizard-slapd-{self.ldap_port}",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=death_signal(),
            )
        _running.add(self)
        self.pid = self._process.pid
        try:
            self._wait_ready(timeout, start)
        except BaseException:
            self.kill()
            raise

    def _wait_ready(self, timeout: float, log_start: int) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self._process.poll() is not None:
                raise SlapdError(
                    f"slapd exited with {self._process.returncode} during start:\n"
                    + self._log_since(log_start)
                )
            if self.pidfile.exists() and _root_dse_answers(self.host, self.ldap_port):
                self.pid = int(self.pidfile.read_text().split()[0])
                return
            if time.monotonic() > deadline:
                raise SlapdError(
                    f"slapd on {self.ldap_url} did not answer a RootDSE read within {timeout} s:\n"
                    + self._log_since(log_start)
                )
            time.sleep(0.02)

    def _log_since(self, offset: int, limit: int = 4000) -> str:
        try:
            with self.log_file.open("rb") as log:
                log.seek(offset)
                text = log.read().decode(errors="replace")
        except OSError as error:
            return f"(no log: {error})"
        return text[-limit:] or "(log is empty)"


def _root_dse_answers(host: str, port: int) -> bool:
    # A fresh Server each time: ldap3 remembers a refused address and waits before retrying it.
    server = Server(host, port, get_info=NONE, connect_timeout=1)
    conn = Connection(server, receive_timeout=2)
    try:
        conn.open()
        return conn.search("", "(objectClass=*)", BASE, attributes=["namingContexts"])
    except Exception:  # any failure only means "not yet"
        return False
    finally:
        conn.unbind()


def load_ldif(workdir: Path, config_file: Path, ldif: Path) -> None:
    """Build the database from LDIF with slapadd (quick mode: the LDIF is trusted)."""
    _, slapadd = find_slapd()
    db = workdir / "db"
    if db.exists():
        shutil.rmtree(db)
    db.mkdir(parents=True)
    result = subprocess.run(
        [slapadd, "-q", "-f", str(config_file), "-l", str(ldif)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="replace",
    )
    if result.returncode != 0:
        raise SlapdError(
            f"slapadd -l {ldif} failed ({result.returncode}):\n"
            f"{(result.stdout + result.stderr)[-4000:]}"
        )


def start_slapd(
    workdir: Path,
    ldif: Path,
    pki: Pki | None,
    *,
    size_limit: int | None = 500,
    max_page_size: int | Literal["unlimited"] | None = None,
    server_cert: CertPair | None = None,
    anonymous_read: bool = False,
    total_limit: int | None = None,
    member_of: bool = False,
    debug_level: str = "stats",
    timeout: float = 15.0,
) -> SlapdServer:
    """Load `ldif` into a new database in `workdir` and start slapd on free loopback ports.

    With a `pki`, StartTLS and ldaps:// serve `server_cert` (default `pki.server`) and
    `ca_file` is the CA clients should trust; pass a bad `server_cert` (expired, wrong host,
    self-signed, other CA) to test refusals. Binds other than the rootdn get at most
    `size_limit` entries without paging (None: unlimited) and pages of at most `max_page_size`
    (default: `size_limit`); a larger page is refused with adminLimitExceeded. `total_limit`
    caps a whole paged search (sizeLimitExceeded past it), like a server that stops a listing.
    `member_of` adds the memberOf overlay (groupOfNames members get memberOf on LDAP writes,
    not for what slapadd loads from `ldif`).
    """
    workdir.mkdir(parents=True, exist_ok=True)
    config_file = workdir / "slapd.conf"
    tls = None
    if pki is not None or server_cert is not None:
        tls = (pki.ca.cert if pki else None, server_cert or pki.server)
    config_file.write_text(
        _config(workdir, tls, size_limit, max_page_size, anonymous_read, total_limit,
                member_of))
    load_ldif(workdir, config_file, ldif)
    attempts = 3
    for attempt in range(attempts):
        ldap_port, ldaps_port = _free_ports(2)
        server = SlapdServer(
            host=HOST,
            ldap_port=ldap_port,
            ldaps_port=ldaps_port if tls else None,
            base_dn=seed.BASE_DN,
            root_dn=ROOT_DN,
            root_password=ROOT_PASSWORD,
            reader_dn=seed.READER_DN,
            reader_password=seed.READER_PASSWORD,
            ca_file=pki.ca.cert if pki else None,
            pidfile=workdir / "slapd.pid",
            pid=0,
            workdir=workdir,
            log_file=workdir / "slapd.log",
            config_file=config_file,
            debug_level=debug_level,
        )
        try:
            server._launch(timeout)
        except SlapdError as error:
            # Another process may have taken a port between picking and binding it.
            if "Address already in use" in str(error) and attempt < attempts - 1:
                continue
            raise
        return server
    raise AssertionError("unreachable")
