"""A private Samba Active Directory domain controller on loopback, provisioned and seeded once.

Lifecycle: `provision_domain()` provisions TESTDOMAIN.LOCAL into a template directory, starts it
briefly on a spare loopback address to seed it over LDAP, and stops it. `start_samba_dc()` copies
the template into its own directory and runs a DC from the copy on 127.0.0.1;
`start_strict_copy()` runs another copy on 127.0.0.2 that refuses simple binds without TLS. Each
address is claimed with a lock file, so concurrent test sessions move to 127.0.k.x instead of
colliding on ports 389/636. Nothing is read from or written to /etc/samba or /var/lib/samba:
every path is in the smb.conf written here.

Each DC runs `samba -i` in its own process group with a pipe on its stdin. Samba terminates when
that pipe closes, so even a killed test run leaves no DC behind.

The seeded data is described by `AdSeed` in `tests.servers.ad_seed`, where `build_seed()`
documents its shape; it is re-exported here.
"""

from __future__ import annotations

import base64
import datetime as dt
import fcntl
import os
import shutil
import signal
import socket
import ssl
import stat
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import ldap3
from ldap3.core.exceptions import LDAPException

from tests.servers.ad_seed import (
    BASE_DN,
    LOCKOUT_THRESHOLD,
    SPECIAL_STATES,
    AdSeed,
    Entry,
    SeedContact,
    SeedUser,
    SpecialAccount,
    build_seed,
    computer_entry,
    contact_entry,
    filetime,
    group_entry,
    lockout_policy,
    ou_entry,
    user_entry,
)
from tests.servers.certs import CertPair, Pki, make_server_cert

# The seed model's public names too, so `samba.AdSeed` and the rest keep working.
__all__ = [
    "ADMIN_DN",
    "ADMIN_PASSWORD",
    "ADMIN_UPN",
    "BASE_DN",
    "DC_COMPUTER_DN",
    "DC_NAME",
    "LAX_HOST",
    "LDAPS_PORT",
    "LDAP_PORT",
    "NETBIOS_DOMAIN",
    "REALM",
    "STRICT_HOST",
    "AdSeed",
    "AdServer",
    "DomainTemplate",
    "Entry",
    "SambaError",
    "SeedContact",
    "SeedUser",
    "SpecialAccount",
    "build_seed",
    "log_tail",
    "provision_domain",
    "samba_missing_reason",
    "start_samba_dc",
    "start_strict_copy",
]

REALM = "TESTDOMAIN.LOCAL"
NETBIOS_DOMAIN = "TESTDOMAIN"
DC_NAME = "DC1"
ADMIN_DN = f"CN=Administrator,CN=Users,{BASE_DN}"
ADMIN_UPN = "Administrator@testdomain.local"
# A throw-away domain on loopback; the password only has to satisfy the default complexity rule.
ADMIN_PASSWORD = "Adm1n-Test-Domain!"
LDAP_PORT = 389
LDAPS_PORT = 636
DC_COMPUTER_DN = f"CN={DC_NAME},OU=Domain Controllers,{BASE_DN}"
# Every DC needs ports 389 and 636, so each gets a loopback address of its own: these, or
# 127.0.k.1 / .2 / .3 when another test session on the machine already holds them.
LAX_HOST = "127.0.0.1"
STRICT_HOST = "127.0.0.2"
_SEED_HOST = "127.0.0.3"
_FALLBACK_NETWORKS = 32
_LOCK_DIR = Path(tempfile.gettempdir()) / "ldapwizard-samba-hosts"
_SEED_WORKERS = 4
# Samba puts unix sockets under the private and lock directories; sun_path holds 108 bytes.
_MAX_WORKDIR_LENGTH = 64


class SambaError(RuntimeError):
    """Provisioning, seeding or starting the Samba DC failed."""


def samba_missing_reason() -> str | None:
    """Why this machine cannot run the AD DC fixture, or None when it can."""
    missing = [tool for tool in ("samba", "samba-tool", "ldbmodify") if _which(tool) is None]
    if missing:
        return (
            f"Samba AD DC tools not found: {', '.join(missing)} "
            "(Debian: apt-get install samba samba-ad-dc winbind krb5-user ldb-tools)"
        )
    if os.geteuid() != 0:
        return "the Samba AD DC test server must run as root (it binds ports 389 and 636)"
    return None


@dataclass(frozen=True)
class DomainTemplate:
    """A provisioned and seeded domain directory, stopped, ready to be copied into a DC."""

    directory: Path
    seed: AdSeed = field(repr=False)
    provision_seconds: float
    seed_seconds: float

    def remove(self) -> None:
        """Delete the template once no more DCs will be started from it."""
        shutil.rmtree(self.directory, ignore_errors=True)


@dataclass
class AdServer:
    """A running Samba AD DC and what the tests need to talk to it."""

    host: str
    ldap_port: int
    ldaps_port: int
    realm: str
    domain: str
    base_dn: str
    admin_dn: str
    admin_upn: str
    admin_password: str = field(repr=False)
    ca_file: Path
    require_strong_auth: bool
    workdir: Path
    log_file: Path
    pid: int
    seed: AdSeed = field(repr=False)
    template: DomainTemplate = field(repr=False)
    start_seconds: float = 0.0
    _process: subprocess.Popen | None = field(default=None, repr=False, compare=False)
    _host_claim: IO | None = field(default=None, repr=False, compare=False)

    @property
    def ldap_url(self) -> str:
        """The ldap:// URL of this DC."""
        return f"ldap://{self.host}:{self.ldap_port}"

    @property
    def ldaps_url(self) -> str:
        """The ldaps:// URL of this DC."""
        return f"ldaps://{self.host}:{self.ldaps_port}"

    @property
    def admin_netbios(self) -> str:
        """The administrator as DOMAIN\\user."""
        return f"{self.domain}\\Administrator"

    def stop(self) -> None:
        """Stop the DC and every process of its group; safe to call twice.

        The DC's copy of the database (~60 MB) goes too; its log and smb.conf stay.
        """
        if self._process is not None:
            _terminate(self._process)
            self._process = None
        if self._host_claim is not None:
            self._host_claim.close()
            self._host_claim = None
        for name in ("private", "state"):
            shutil.rmtree(self.workdir / name, ignore_errors=True)


def provision_domain(directory: Path) -> DomainTemplate:
    """Provision TESTDOMAIN.LOCAL into `directory` and seed it; the DC is stopped afterwards."""
    reason = samba_missing_reason()
    if reason:
        raise SambaError(reason)
    _check_workdir(directory)
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    started = time.monotonic()
    _provision(directory)
    provisioned = time.monotonic()

    seed = build_seed()
    host, claim = _claim_host(_SEED_HOST, fallback=True)
    try:
        conf = _write_smb_conf(directory, host, require_strong_auth=False, tls=None)
        log_file = directory / "log" / "samba.log"
        process = _launch(conf, log_file)
        try:
            _wait_until_ready(process, host, log_file, ca_file=None)
            _write_seed(host, seed)
        finally:
            _terminate(process)
    finally:
        claim.close()
    _backdate_password(conf, seed.special_accounts["password_expired"])
    return DomainTemplate(
        directory=directory,
        seed=seed,
        provision_seconds=provisioned - started,
        seed_seconds=time.monotonic() - provisioned,
    )


def start_samba_dc(
    workdir: Path,
    pki: Pki,
    *,
    template: DomainTemplate | None = None,
    host: str | None = None,
    require_strong_auth: bool = False,
    cert: CertPair | None = None,
    timeout: float = 60.0,
) -> AdServer:
    """Start a DC on ports 389/636 from a copy of `template` (provisioned if None).

    Without `host` the DC takes LAX_HOST (STRICT_HOST with `require_strong_auth`) or, if
    another test session holds that, a free 127.0.k.x: read the address from the result. With
    `require_strong_auth` a plain simple bind on 389 fails with strongerAuthRequired. The DC's
    certificate is `cert`, or one for its address issued by `pki.ca`.
    """
    _check_workdir(workdir)
    if template is None:
        template = provision_domain(workdir / "template")
    started = time.monotonic()
    preferred = host or (STRICT_HOST if require_strong_auth else LAX_HOST)
    host, claim = _claim_host(preferred, fallback=host is None)
    try:
        directory = workdir / f"dc-{host}"
        _copy_template(template.directory, directory)
        if cert is None:
            names = (host, "localhost")
            cert = make_server_cert(directory / "tls", pki.ca, stem="dc", names=names)
        conf = _write_smb_conf(
            directory, host, require_strong_auth=require_strong_auth, tls=cert, ca_file=pki.ca.cert
        )
        log_file = directory / "log" / "samba.log"
        process = _launch(conf, log_file)
        try:
            _wait_until_ready(process, host, log_file, ca_file=pki.ca.cert, timeout=timeout)
        except BaseException:
            _terminate(process)
            raise
    except BaseException:
        claim.close()
        raise
    return AdServer(
        host=host,
        ldap_port=LDAP_PORT,
        ldaps_port=LDAPS_PORT,
        realm=REALM,
        domain=NETBIOS_DOMAIN,
        base_dn=BASE_DN,
        admin_dn=ADMIN_DN,
        admin_upn=ADMIN_UPN,
        admin_password=ADMIN_PASSWORD,
        ca_file=pki.ca.cert,
        require_strong_auth=require_strong_auth,
        workdir=directory,
        log_file=log_file,
        pid=process.pid,
        seed=template.seed,
        template=template,
        start_seconds=time.monotonic() - started,
        _process=process,
        _host_claim=claim,
    )


def start_strict_copy(
    source: AdServer | DomainTemplate, workdir: Path, pki: Pki, *, host: str | None = None
) -> AdServer:
    """Start a DC with the same seeded data (on 127.0.0.2) that demands TLS for simple binds."""
    template = source.template if isinstance(source, AdServer) else source
    return start_samba_dc(workdir, pki, template=template, host=host, require_strong_auth=True)


def log_tail(log_file: Path, lines: int = 40) -> str:
    """The last lines of a Samba log, for error messages."""
    try:
        text = log_file.read_text(errors="replace")
    except OSError as error:
        return f"(no log: {error})"
    return "\n".join(text.splitlines()[-lines:])


# --- provisioning and configuration ---------------------------------------------------------


def _which(tool: str) -> str | None:
    # Debian installs samba in /usr/sbin, which is not on every user's PATH.
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/usr/bin")


def _check_workdir(directory: Path) -> None:
    if len(str(directory)) > _MAX_WORKDIR_LENGTH:
        raise SambaError(
            f"work directory {directory} is too long for Samba's unix sockets "
            f"(at most {_MAX_WORKDIR_LENGTH} characters)"
        )


def _provision(directory: Path) -> None:
    # An empty configuration keeps provisioning from reading Debian's /etc/samba/smb.conf.
    empty_conf = directory / "provision.conf"
    empty_conf.write_text("")
    command = [
        _which("samba-tool") or "samba-tool",
        "domain",
        "provision",
        f"--configfile={empty_conf}",
        f"--realm={REALM}",
        f"--domain={NETBIOS_DOMAIN}",
        f"--host-name={DC_NAME.lower()}",
        "--server-role=dc",
        "--dns-backend=NONE",
        "--use-rfc2307",
        f"--adminpass={ADMIN_PASSWORD}",
        f"--targetdir={directory}",
        "--option=interfaces=lo",
        "--option=bind interfaces only=yes",
        "--quiet",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0:
        output = "\n".join((result.stdout + result.stderr).splitlines()[-30:])
        raise SambaError(f"samba-tool domain provision failed ({result.returncode}):\n{output}")


def _write_smb_conf(
    directory: Path,
    host: str,
    *,
    require_strong_auth: bool,
    tls: CertPair | None,
    ca_file: Path | None = None,
) -> Path:
    run = directory / "run"
    settings = {
        "netbios name": DC_NAME,
        "realm": REALM,
        "workgroup": NETBIOS_DOMAIN,
        "server role": "active directory domain controller",
        # LDAP is all the tests need; no smbd, DNS, KDC, replication or winbindd.
        "server services": "ldap",
        # A /8 mask lets Samba bind an address that is not configured on lo, such as 127.0.0.2.
        "interfaces": f"{host}/8",
        "bind interfaces only": "yes",
        "private dir": directory / "private",
        "state directory": directory / "state",
        "binddns dir": directory / "bind-dns",
        "lock directory": directory / "lock",
        "cache directory": directory / "cache",
        "pid directory": run,
        "ncalrpc dir": run / "ncalrpc",
        "winbindd socket directory": run / "winbindd",
        "ntp signd socket directory": run / "ntp_signd",
        "log level": "1",
        "idmap_ldb:use rfc2307": "yes",
        "ldb:nosync": "true",
        "ldap server require strong auth": "yes" if require_strong_auth else "no",
    }
    if tls is None:
        # Without files Samba would generate a self-signed key at first start: slow and unused.
        settings["tls enabled"] = "no"
    else:
        settings.update(
            {
                "tls enabled": "yes",
                "tls keyfile": tls.key,
                "tls certfile": tls.cert,
                "tls cafile": ca_file or "",
            }
        )
    for name in ("lock", "cache", "run", "log"):
        (directory / name).mkdir(exist_ok=True)
    conf = directory / "etc" / "smb.conf"
    conf.parent.mkdir(exist_ok=True)
    lines = ["[global]", *(f"\t{key} = {value}" for key, value in settings.items())]
    conf.write_text("\n".join(lines) + "\n")
    return conf


def _copy_template(template: Path, directory: Path) -> None:
    def runtime_files(folder: str, names: list[str]) -> set[str]:
        skipped = {"lock", "cache", "run", "log", "etc"} if Path(folder) == template else set()
        # The seeding run's unix sockets (private/ldapi, ...) cannot be copied.
        return skipped | {
            name for name in names if stat.S_ISSOCK(os.lstat(Path(folder, name)).st_mode)
        }

    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(template, directory, symlinks=True, ignore=runtime_files)


def _claim_host(preferred: str, *, fallback: bool) -> tuple[str, IO]:
    """Lock a loopback address for one DC; the lock goes when the file closes or we die."""
    last_octet = preferred.rsplit(".", 1)[1]
    candidates = [preferred]
    if fallback:
        candidates += [f"127.0.{net}.{last_octet}" for net in range(1, _FALLBACK_NETWORKS)]
    _LOCK_DIR.mkdir(exist_ok=True)
    for host in candidates:
        claim = (_LOCK_DIR / f"{host}.lock").open("w")
        try:
            fcntl.flock(claim, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # another test session's DC
            claim.close()
            continue
        if not _port_in_use(host):
            return host, claim
        claim.close()
        if not fallback:
            raise SambaError(
                f"something already listens on {host}:{LDAP_PORT} (a stock samba-ad-dc service?)"
            )
    raise SambaError(f"no free loopback address for a DC among {candidates[0]}, ...")


def _port_in_use(host: str) -> bool:
    try:
        with socket.create_connection((host, LDAP_PORT), timeout=1):
            return True
    except OSError:
        return False


# --- the samba process ----------------------------------------------------------------------


def _launch(conf: Path, log_file: Path) -> subprocess.Popen:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        return subprocess.Popen(
            [_which("samba") or "samba", "--interactive", "--model=single", f"--configfile={conf}"],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _terminate(process: subprocess.Popen) -> None:
    pgid = process.pid  # start_new_session made the DC the leader of its own group
    if process.stdin and not process.stdin.closed:
        process.stdin.close()  # samba -i exits on EOF and signals its own group
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        _kill_group(pgid, signal.SIGKILL)
        process.wait(timeout=15)
    _kill_group(pgid, signal.SIGKILL)


def _kill_group(pgid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def _wait_until_ready(
    process: subprocess.Popen,
    host: str,
    log_file: Path,
    *,
    ca_file: Path | None,
    timeout: float = 60.0,
) -> None:
    """Poll until the administrator can bind (over LDAPS when a CA is given)."""
    deadline = time.monotonic() + timeout
    last_error = "no attempt"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SambaError(
                f"samba exited with {process.returncode} before serving LDAP on {host}; "
                f"log {log_file}:\n{log_tail(log_file)}"
            )
        try:
            connection = _admin_connection(host, ca_file=ca_file, raise_exceptions=False)
            if connection.bind():
                connection.unbind()
                return
            last_error = (
                f"bind result {connection.result['description']}: {connection.result['message']}"
            )
        except LDAPException as error:
            last_error = f"{type(error).__name__}: {error}"
        time.sleep(0.1)
    raise SambaError(
        f"samba did not accept an administrator bind on {host} within {timeout:.0f} s "
        f"(last: {last_error}); log {log_file}:\n{log_tail(log_file)}"
    )


def _admin_connection(
    host: str, *, ca_file: Path | None = None, raise_exceptions: bool = True
) -> ldap3.Connection:
    # get_info=NONE: reading AD's large schema on every connection would cost seconds.
    if ca_file is None:
        server = ldap3.Server(host, port=LDAP_PORT, get_info=ldap3.NONE, connect_timeout=2)
    else:
        tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=str(ca_file))
        server = ldap3.Server(
            host, port=LDAPS_PORT, use_ssl=True, tls=tls, get_info=ldap3.NONE, connect_timeout=2
        )
    return ldap3.Connection(
        server,
        user=ADMIN_UPN,
        password=ADMIN_PASSWORD,
        receive_timeout=60,
        raise_exceptions=raise_exceptions,
    )


# --- seeding: writing -----------------------------------------------------------------------


def _write_seed(host: str, seed: AdSeed) -> None:
    """Write `seed` to the running template DC, parents before children."""
    for depth in sorted({dn.count(",") for dn in seed.ous}):
        _add_entries(host, [ou_entry(dn) for dn in seed.ous if dn.count(",") == depth])
    _add_entries(
        host,
        [user_entry(user) for user in seed.person_users]
        + [contact_entry(contact) for contact in seed.contacts]
        + [computer_entry(dn) for dn in seed.computers],
    )
    group_dns = set(seed.groups.values())
    nesting = {name for name, dns in seed.group_members.items() if group_dns.intersection(dns)}
    _add_entries(host, [group_entry(seed, name) for name in seed.groups if name not in nesting])
    _add_entries(host, [group_entry(seed, name) for name in nesting])
    _apply_special_accounts(host, seed)


def _add_entries(host: str, entries: list[Entry]) -> None:
    """Add entries over a few connections at once; Samba commits each add on its own."""

    def add_all(chunk: list[Entry]) -> None:
        connection = _admin_connection(host)
        connection.bind()
        try:
            for entry in chunk:
                connection.add(entry.dn, list(entry.object_class), entry.attributes)
        finally:
            connection.unbind()

    workers = max(1, min(_SEED_WORKERS, len(entries) // 50))
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(add_all, [entries[index::workers] for index in range(workers)]))


def _apply_special_accounts(host: str, seed: AdSeed) -> None:
    """Give the special accounts passwords and their states, then lock one of them out."""
    connection = _admin_connection(host)
    connection.bind()
    try:
        for account in seed.special_accounts.values():
            # A password costs ~20 ms to set, so only the accounts tests bind as have one.
            password = f'"{account.password}"'.encode("utf-16-le")
            connection.modify(account.dn, {"unicodePwd": [(ldap3.MODIFY_REPLACE, [password])]})
            # After the password, because setting one resets pwdLastSet.
            if state := SPECIAL_STATES.get(account.key):
                changes = {name: [(ldap3.MODIFY_REPLACE, values)] for name, values in state.items()}
                connection.modify(account.dn, changes)
        # A lockout policy for that one account only: wrong passwords elsewhere in the tests
        # must never lock anybody else out.
        policy = lockout_policy(seed.special_accounts["locked_out"].dn)
        connection.add(policy.dn, list(policy.object_class), policy.attributes)
    finally:
        connection.unbind()
    locked = seed.special_accounts["locked_out"]
    for _ in range(LOCKOUT_THRESHOLD):
        attempt = ldap3.Connection(
            ldap3.Server(host, port=LDAP_PORT, get_info=ldap3.NONE, connect_timeout=2),
            user=locked.upn,
            password="not-" + locked.password,
            receive_timeout=30,
        )
        if attempt.bind():
            raise SambaError(f"a wrong password was accepted for {locked.upn}")


def _backdate_password(conf: Path, account: SpecialAccount) -> None:
    """Set the password again with a pwdLastSet 100 days old: LDAP only accepts 0 or -1."""
    last_set = filetime(dt.datetime.now(dt.UTC) - dt.timedelta(days=100))
    password = base64.b64encode(f'"{account.password}"'.encode("utf-16-le")).decode()
    ldif = (
        f"dn: {account.dn}\nchangetype: modify\n"
        f"replace: unicodePwd\nunicodePwd:: {password}\n-\n"
        f"replace: pwdLastSet\npwdLastSet: {last_set}\n-\n"
    )
    sam_ldb = conf.parent.parent / "private" / "sam.ldb"
    # DSDB_CONTROL_PASSWORD_BYPASS_LAST_SET_OID: honoured on the database file, dropped over LDAP.
    bypass_last_set = "--controls=local_oid:1.3.6.1.4.1.7165.4.3.20:0"
    result = subprocess.run(
        [_which("ldbmodify") or "ldbmodify", "-H", str(sam_ldb), bypass_last_set],
        input=ldif,
        capture_output=True,
        text=True,
        timeout=60,
        # Samba's ldb modules find the private directory (and the secrets key) through this.
        env={**os.environ, "SMB_CONF_PATH": str(conf)},
        check=False,
    )
    if result.returncode != 0:
        raise SambaError(f"ldbmodify could not backdate pwdLastSet: {result.stderr.strip()}")
