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

The seeded data is described by `AdSeed`; `build_seed()` documents its shape.
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
from itertools import islice
from pathlib import Path
from typing import IO

import ldap3
from ldap3.core.exceptions import LDAPException
from ldap3.utils.dn import escape_rdn

from tests.servers.certs import CertPair, Pki, make_server_cert

REALM = "TESTDOMAIN.LOCAL"
NETBIOS_DOMAIN = "TESTDOMAIN"
BASE_DN = "DC=testdomain,DC=local"
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
_ACCOUNTDISABLE = 0x2
_NORMAL_ACCOUNT = 0x200
_DONT_EXPIRE_PASSWORD = 0x10000
_WORKSTATION_TRUST_ACCOUNT = 0x1000
# Samba puts unix sockets under the private and lock directories; sun_path holds 108 bytes.
_MAX_WORKDIR_LENGTH = 64


class SambaError(RuntimeError):
    """Provisioning, seeding or starting the Samba DC failed."""


@dataclass(frozen=True)
class SeedUser:
    """A person user the seeding created, as written (DNs unnormalised)."""

    dn: str
    container: str
    sam: str
    upn: str
    given_name: str
    surname: str
    display_name: str
    mail: str | None  # the mail attribute
    primary_smtp: str | None  # the SMTP: value of proxyAddresses
    smtp_aliases: tuple[str, ...]  # the smtp: values of proxyAddresses, as stored
    proxy_addresses: tuple[str, ...]  # all of proxyAddresses, X500:/SIP:/x400: included
    user_account_control: int

    @property
    def disabled(self) -> bool:
        """Whether bit 2 (ACCOUNTDISABLE) of userAccountControl is set."""
        return bool(self.user_account_control & _ACCOUNTDISABLE)


@dataclass(frozen=True)
class SeedContact:
    """A contact (objectClass=contact, objectCategory=person) with a mail address."""

    dn: str
    given_name: str
    surname: str
    mail: str


@dataclass(frozen=True)
class SpecialAccount:
    """A user with a known password whose simple bind succeeds or fails in a known way."""

    key: str
    user: SeedUser
    password: str = field(repr=False)
    # Key into tests/servers/ad_messages.json "simple_bind", or None when the bind succeeds.
    bind_error: str | None

    @property
    def dn(self) -> str:
        """The account's DN as written."""
        return self.user.dn

    @property
    def upn(self) -> str:
        """The account's userPrincipalName."""
        return self.user.upn

    @property
    def sam(self) -> str:
        """The account's sAMAccountName."""
        return self.user.sam


@dataclass(frozen=True)
class AdSeed:
    """What the seeding put into the directory, for tests to assert on."""

    company_dn: str
    users: tuple[SeedUser, ...]  # ordinary person users, without the special accounts
    special_accounts: dict[str, SpecialAccount]
    ous: tuple[str, ...]  # company_dn and every OU under it, parents first
    contacts: tuple[SeedContact, ...]
    computers: tuple[str, ...]  # DNs; the DC's own account is in DC_COMPUTER_DN as well
    groups: dict[str, str]  # name -> DN
    group_members: dict[str, tuple[str, ...]]  # name -> member DNs (users, contacts, groups)
    big_group: str  # name of the group with more than 1500 members
    # Person users that provisioning puts in CN=Users; Guest and krbtgt are disabled.
    builtin_person_users: tuple[str, ...] = ("Administrator", "Guest", "krbtgt", "dns-dc1")

    @property
    def big_group_dn(self) -> str:
        """DN of the group with more than 1500 members."""
        return self.groups[self.big_group]

    @property
    def big_group_member_count(self) -> int:
        """How many values the big group's member attribute has."""
        return len(self.group_members[self.big_group])

    @property
    def person_users(self) -> tuple[SeedUser, ...]:
        """Ordinary users and special accounts (not the built-in ones)."""
        return self.users + tuple(account.user for account in self.special_accounts.values())

    @property
    def users_by_ou(self) -> dict[str, tuple[str, ...]]:
        """sAMAccountNames of `person_users` by the DN of their OU or container."""
        result: dict[str, list[str]] = {}
        for user in self.person_users:
            result.setdefault(user.container, []).append(user.sam)
        return {container: tuple(sams) for container, sams in result.items()}

    @property
    def disabled_usernames(self) -> tuple[str, ...]:
        """sAMAccountNames of disabled `person_users`."""
        return tuple(user.sam for user in self.person_users if user.disabled)

    @property
    def users_without_mail(self) -> tuple[str, ...]:
        """sAMAccountNames of `person_users` with no address: no mail and no SMTP: primary."""
        return tuple(
            user.sam for user in self.person_users if user.mail is None and not user.primary_smtp
        )

    @property
    def users_without_mail_attribute(self) -> tuple[str, ...]:
        """sAMAccountNames of `person_users` that (!(mail=*)) finds; some have an SMTP: primary."""
        return tuple(user.sam for user in self.person_users if user.mail is None)


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
        _add_entries(host, [_ou_entry(dn) for dn in seed.ous if dn.count(",") == depth])
    _add_entries(
        host,
        [_user_entry(user) for user in seed.person_users]
        + [_contact_entry(contact) for contact in seed.contacts]
        + [_computer_entry(dn) for dn in seed.computers],
    )
    group_dns = set(seed.groups.values())
    nesting = {name for name, dns in seed.group_members.items() if group_dns.intersection(dns)}
    _add_entries(host, [_group_entry(seed, name) for name in seed.groups if name not in nesting])
    _add_entries(host, [_group_entry(seed, name) for name in nesting])
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
            if state := _SPECIAL_STATES.get(account.key):
                changes = {name: [(ldap3.MODIFY_REPLACE, values)] for name, values in state.items()}
                connection.modify(account.dn, changes)
        # A lockout policy for that one account only: wrong passwords elsewhere in the tests
        # must never lock anybody else out.
        policy = _lockout_policy(seed.special_accounts["locked_out"].dn)
        connection.add(policy.dn, list(policy.object_class), policy.attributes)
    finally:
        connection.unbind()
    locked = seed.special_accounts["locked_out"]
    for _ in range(_LOCKOUT_THRESHOLD):
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
    last_set = _filetime(dt.datetime.now(dt.UTC) - dt.timedelta(days=100))
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


def _filetime(moment: dt.datetime) -> int:
    """AD's time format: 100 ns ticks since 1601."""
    return int((moment - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds()) * 10_000_000


@dataclass(frozen=True)
class Entry:
    """An LDAP entry to add."""

    dn: str
    object_class: tuple[str, ...]
    attributes: dict[str, object]


def _ou_entry(dn: str) -> Entry:
    return Entry(dn, ("top", "organizationalUnit"), {})


def _user_entry(user: SeedUser) -> Entry:
    attributes: dict[str, object] = {
        "sAMAccountName": user.sam,
        "userPrincipalName": user.upn,
        "givenName": user.given_name,
        "sn": user.surname,
        "displayName": user.display_name,
        "userAccountControl": str(user.user_account_control),
        "company": "Example Corp",
    }
    if user.mail is not None:
        attributes["mail"] = user.mail
    if user.proxy_addresses:
        attributes["proxyAddresses"] = list(user.proxy_addresses)
    return Entry(user.dn, ("top", "person", "organizationalPerson", "user"), attributes)


def _contact_entry(contact: SeedContact) -> Entry:
    attributes = {
        "givenName": contact.given_name,
        "sn": contact.surname,
        "displayName": f"{contact.given_name} {contact.surname} (partner)",
        "mail": contact.mail,
        "proxyAddresses": [f"SMTP:{contact.mail}"],
    }
    return Entry(contact.dn, ("top", "person", "organizationalPerson", "contact"), attributes)


def _computer_entry(dn: str) -> Entry:
    name = dn.split(",", 1)[0].removeprefix("CN=")
    attributes = {
        "sAMAccountName": f"{name}$",
        "dNSHostName": f"{name.lower()}.{_UPN_SUFFIX}",
        "operatingSystem": "Windows Server" if name.startswith("SRV") else "Windows 11 Enterprise",
        "userAccountControl": str(_WORKSTATION_TRUST_ACCOUNT),
    }
    return Entry(dn, ("top", "person", "organizationalPerson", "user", "computer"), attributes)


def _group_entry(seed: AdSeed, name: str) -> Entry:
    attributes: dict[str, object] = {"sAMAccountName": name.replace(" ", "-")}
    if members := seed.group_members[name]:
        attributes["member"] = list(members)
    if name == seed.big_group:
        attributes["mail"] = f"all-staff@{_MAIL_DOMAIN}"
        attributes["groupType"] = "8"  # universal distribution group
    return Entry(seed.groups[name], ("top", "group"), attributes)


def _lockout_policy(applies_to: str) -> Entry:
    day = -86400 * 10_000_000  # intervals in a password settings object are negative
    attributes = {
        "msDS-PasswordSettingsPrecedence": "1",
        "msDS-PasswordReversibleEncryptionEnabled": "FALSE",
        "msDS-PasswordHistoryLength": "0",
        "msDS-PasswordComplexityEnabled": "FALSE",
        "msDS-MinimumPasswordLength": "0",
        "msDS-MinimumPasswordAge": "0",
        "msDS-MaximumPasswordAge": str(365 * day),
        "msDS-LockoutThreshold": str(_LOCKOUT_THRESHOLD),
        "msDS-LockoutObservationWindow": str(30 * day),
        "msDS-LockoutDuration": str(30 * day),
        "msDS-PSOAppliesTo": [applies_to],
    }
    policy_dn = f"CN=Lockout Test,CN=Password Settings Container,CN=System,{BASE_DN}"
    return Entry(policy_dn, ("msDS-PasswordSettings",), attributes)


# --- seeding: the data ----------------------------------------------------------------------

_COMPANY_DN = f"OU=Company,{BASE_DN}"
_USERS_DN = f"CN=Users,{BASE_DN}"
_MAIL_DOMAIN = "example.com"  # deliberately not the AD DNS domain, as in many real forests
_UPN_SUFFIX = "testdomain.local"
_LOCKOUT_THRESHOLD = 3
_GIVEN_NAMES = (
    "Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Henrik", "Ida", "Jonas", "Karin",
    "Lukas", "Marta", "Nils", "Olga", "Paul", "Rita", "Simon", "Tina", "Uwe", "Vera", "Walter",
    "Xenia", "Yusuf",
)  # fmt: skip
_SURNAMES = (
    "Adams", "Becker", "Carter", "Dietrich", "Evans", "Fischer", "Graham", "Hoffmann", "Irving",
    "Jansen", "Keller", "Lambert", "Meyer", "Novak", "Olsen", "Peters", "Quinn", "Richter",
    "Schmidt", "Turner", "Ulrich", "Vogel", "Walsh", "Young", "Zimmer", "Brandt", "Hansen",
    "Kowalski", "Moreau", "Rossi",
)  # fmt: skip
_OUS = (
    _COMPANY_DN,
    *(f"{relative},{_COMPANY_DN}" for relative in (
        "OU=Sales", "OU=Engineering", "OU=Management", "OU=Support", "OU=Contacts",
        "OU=Workstations", "OU=Groups", "OU=Berlin,OU=Sales", "OU=Berlin,OU=Engineering",
        "OU=Oslo,OU=Engineering",
    )),
)  # fmt: skip
# How many generated users each container holds (OUs relative to OU=Company).
_USERS_PER_CONTAINER = (
    ("OU=Sales", 45),
    ("OU=Berlin,OU=Sales", 40),
    ("OU=Engineering", 40),
    ("OU=Berlin,OU=Engineering", 55),
    ("OU=Oslo,OU=Engineering", 30),
    ("OU=Management", 10),
    ("OU=Support", 35),
    ("CN=Users", 20),
)
# Names whose CN needs escaping or is not ASCII: (cn, given, surname, sAMAccountName, container).
_AWKWARD_NAMES = (
    ("Müller, Hans", "Hans", "Müller", "hans.mueller", "OU=Berlin,OU=Sales"),
    ("Anders Ørsted (+47)", "Anders", "Ørsted", "anders.orsted", "OU=Oslo,OU=Engineering"),
    ("李小龙", "小龙", "李", "xiaolong.li", "OU=Engineering"),
    ('Jean "JJ" Dupont', "Jean", "Dupont", "jean.dupont", "OU=Support"),
    ("Kim Lee \\ Ops", "Kim", "Lee", "kim.lee", "OU=Support"),
    ("#1 Support Desk", "Support", "Desk", "support.desk", "OU=Support"),
    ("Larsen; Emma", "Emma", "Larsen", "emma.larsen", "OU=Management"),
    ("Renée Côté", "Renée", "Côté", "renee.cote", "OU=Management"),
)
_CONTACTS = 1250
_CONTACTS_AMONG_USERS = 5  # in OU=Sales, where (objectCategory=person) alone picks them up
_WORKSTATIONS = 20
_SERVERS = 3
# In CN=Users: key, cn, sAMAccountName, password, bind_error (a key of ad_messages.json).
_SPECIAL_ACCOUNTS = (
    ("reader", "LDAP Reader", "svc-ldapreader", "Reader-Pass-1!", None),
    ("unicode_password", "Unicode Password", "unicode.pw", "Pässwörd-Ünïcødé-1", None),
    ("disabled", "Disabled User", "disabled.user", "Disabled-Pass-1!", "account_disabled"),
    ("account_expired", "Expired Account", "expired.account", "Expired-Pass-1!", "account_expired"),
    ("locked_out", "Locked Out", "locked.out", "Locked-Pass-1!", "account_locked_out"),
    ("must_change_password", "Must Change", "must.change", "Change-Pass-1!",
     "password_must_change"),
    ("password_expired", "Password Expired", "password.expired", "Expired-Pwd-1!",
     "password_expired"),
    ("logon_hours", "No Logon Hours", "no.logon.hours", "Hours-Pass-1!", "invalid_logon_hours"),
    ("workstation", "Workstation Restricted", "ws.restricted", "Station-Pass-1!",
     "invalid_workstation"),
)  # fmt: skip
# What makes each special account fail, set after its password. "locked_out" is locked by wrong
# passwords, "password_expired" by a backdated pwdLastSet, "disabled" by its userAccountControl.
_SPECIAL_STATES: dict[str, dict[str, list]] = {
    "must_change_password": {"pwdLastSet": ["0"]},
    "account_expired": {"accountExpires": [str(_filetime(dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))]},
    "logon_hours": {"logonHours": [bytes(21)]},  # not one hour of the week allowed
    "workstation": {"userWorkstations": ["NOWHERE"]},
}


def build_seed() -> AdSeed:
    """The directory content, the same in every run.

    Under OU=Company: OU=Sales (with OU=Berlin), OU=Engineering (with OU=Berlin and OU=Oslo),
    OU=Management and OU=Support hold person users; OU=Contacts holds contacts (five more sit in
    OU=Sales); OU=Workstations holds computers (servers are in CN=Computers); OU=Groups holds the
    groups: "All Staff" (mail-enabled, every ordinary user and contact: over 1500 members),
    "Sales", "Engineering" (containing the group "Engineering Berlin"), "Managers", "Empty".
    CN=Users holds 20 more users and the special accounts. Mail is @example.com, UPNs are
    @testdomain.local. Users vary by index: no mail at all, only SIP:/X500: proxies, an SMTP:
    primary without a mail attribute, a stale mail unlike the SMTP: primary, smtp: aliases,
    X500:/SIP:/x400: values to ignore, disabled (514, 66050) and never-expiring (66048) accounts.
    """
    pairs = iter(_name_pairs())
    users: list[SeedUser] = []
    for relative, count in _USERS_PER_CONTAINER:
        for given, surname in islice(pairs, count):
            cn, sam = f"{given} {surname}", f"{given}.{surname}".lower()
            users.append(_user(len(users), _container(relative), cn, given, surname, sam))
    for cn, given, surname, sam, relative in _AWKWARD_NAMES:
        users.append(_user(len(users), _container(relative), cn, given, surname, sam))

    contacts = []
    for index in range(_CONTACTS):
        given, surname = _GIVEN_NAMES[index % 24], _SURNAMES[index // 24 % 30]
        ou = "OU=Sales" if index < _CONTACTS_AMONG_USERS else "OU=Contacts"
        mail = f"{given}.{surname}.{index:04d}@partner.example".lower()
        dn = f"CN={given} {surname} {index:04d},{_container(ou)}"
        contacts.append(SeedContact(dn, given, surname, mail))

    computers = [
        f"CN=WS-{n:03d},OU=Workstations,{_COMPANY_DN}" for n in range(1, _WORKSTATIONS + 1)
    ]
    computers += [f"CN=SRV-{n:02d},CN=Computers,{BASE_DN}" for n in range(1, _SERVERS + 1)]

    names = ("All Staff", "Sales", "Engineering Berlin", "Engineering", "Managers", "Empty")
    groups = {name: f"CN={name},OU=Groups,{_COMPANY_DN}" for name in names}

    def members_in(*relatives: str) -> tuple[str, ...]:
        containers = {_container(relative) for relative in relatives}
        return tuple(user.dn for user in users if user.container in containers)

    members = {
        "All Staff": tuple(user.dn for user in users) + tuple(contact.dn for contact in contacts),
        "Sales": members_in("OU=Sales", "OU=Berlin,OU=Sales"),
        "Engineering Berlin": members_in("OU=Berlin,OU=Engineering"),
        "Engineering": (
            *members_in("OU=Engineering", "OU=Oslo,OU=Engineering"),
            groups["Engineering Berlin"],
        ),
        "Managers": members_in("OU=Management"),
        "Empty": (),
    }
    return AdSeed(
        company_dn=_COMPANY_DN,
        ous=_OUS,
        users=tuple(users),
        special_accounts=_special_accounts(),
        contacts=tuple(contacts),
        computers=tuple(computers),
        groups=groups,
        group_members=members,
        big_group="All Staff",
    )


def _container(relative: str) -> str:
    return _USERS_DN if relative == "CN=Users" else f"{relative},{_COMPANY_DN}"


def _name_pairs() -> list[tuple[str, str]]:
    pairs = [(given, surname) for surname in _SURNAMES for given in _GIVEN_NAMES]
    # A fixed stride through all 720 pairs: unique names, spread over the alphabet.
    return [pairs[index * 7 % len(pairs)] for index in range(len(pairs))]


def _user(index: int, container: str, cn: str, given: str, surname: str, sam: str) -> SeedUser:
    """An ordinary user whose addresses and account state vary with `index`."""
    address = f"{sam}@{_MAIL_DOMAIN}"
    aliases: tuple[str, ...] = ()
    if index % 5 == 0:
        aliases = (f"{given[0]}.{surname}@{_MAIL_DOMAIN}".lower(), f"{sam}@example.de")
    elif index % 7 == 0:
        aliases = (f"{sam}@mail.{_MAIL_DOMAIN}",)
    exchange_dn = "/o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients"
    ignored = [f"X500:{exchange_dn}/cn={sam}"]
    if index % 3 == 0:
        ignored.append(f"SIP:{address}")
    if index % 4 == 0:
        ignored.append(f"x400:c=DE;a= ;p=Example;o=Exchange;s={surname};g={given};")
    mail: str | None = address
    primary: str | None = address
    if index % 23 == 5:  # no address of any kind
        mail = primary = None
        aliases, ignored = (), []
    elif index % 31 == 7:  # only values an importer must ignore
        mail = primary = None
        aliases = ()
    elif index % 37 == 11:  # an SMTP: primary but no mail attribute
        mail = None
    elif index % 41 == 13:  # mail left behind by a rename; the SMTP: primary is the new one
        mail = f"{sam}@old.{_MAIL_DOMAIN}"
        aliases += (mail,)
    proxies = [f"smtp:{alias}" for alias in aliases] + ignored
    if primary is not None:
        # Not always first: AD returns the values in no particular order anyway.
        proxies.insert(index % (len(proxies) + 1), f"SMTP:{primary}")
    uac = _NORMAL_ACCOUNT
    if index % 19 == 3:
        uac |= _ACCOUNTDISABLE | (_DONT_EXPIRE_PASSWORD if index % 2 == 0 else 0)
    elif index % 11 == 4:
        uac |= _DONT_EXPIRE_PASSWORD
    return SeedUser(
        dn=f"CN={escape_rdn(cn)},{container}",
        container=container,
        sam=sam,
        upn=f"{sam}@{_UPN_SUFFIX}",
        given_name=given,
        surname=surname,
        display_name=cn,
        mail=mail,
        primary_smtp=primary,
        smtp_aliases=aliases,
        proxy_addresses=tuple(proxies),
        user_account_control=uac,
    )


def _special_accounts() -> dict[str, SpecialAccount]:
    accounts = {}
    for key, cn, sam, password, bind_error in _SPECIAL_ACCOUNTS:
        given, _, surname = cn.partition(" ")
        mail = None if key == "reader" else f"{sam}@{_MAIL_DOMAIN}"
        disabled = _ACCOUNTDISABLE if key == "disabled" else 0
        user = SeedUser(
            dn=f"CN={cn},{_USERS_DN}",
            container=_USERS_DN,
            sam=sam,
            upn=f"{sam}@{_UPN_SUFFIX}",
            given_name=given,
            surname=surname,
            display_name=cn,
            mail=mail,
            primary_smtp=mail,
            smtp_aliases=(),
            proxy_addresses=(f"SMTP:{mail}",) if mail else (),
            user_account_control=_NORMAL_ACCOUNT | disabled,
        )
        accounts[key] = SpecialAccount(key, user, password, bind_error)
    return accounts
