"""A private Samba Active Directory domain controller on loopback, provisioned and seeded once.

Lifecycle: `provision_domain()` provisions TESTDOMAIN.LOCAL into a template directory, starts it
briefly on a spare loopback address to seed it over LDAP, and stops it. `start_samba_dc()` copies
the template into its own directory and runs a DC from the copy on 127.0.0.1;
`start_strict_copy()` runs another copy on 127.0.0.2 that refuses simple binds without TLS. Each
address is claimed with a lock file, so concurrent test sessions move to 127.0.k.x instead of
colliding on ports 389/636. Nothing is read from or written to /etc/samba or /var/lib/samba:
every path is in the smb.conf each DC gets.

Each DC runs `samba -i` in its own process group with a pipe on its stdin. Samba terminates when
that pipe closes, so even a killed test run leaves no DC behind.

The parts live beside this module: the domain's fixed names in `samba_domain`, a DC's address,
folder and smb.conf in `samba_config`, the samba process in `samba_process`, and provisioning
and seeding the template in `samba_provision`. The seeded data is described by `AdSeed` in
`tests.servers.ad_seed`, where `build_seed()` documents its shape; it is re-exported here.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tests.servers.ad_entries import Entry
from tests.servers.ad_seed import (
    BASE_DN,
    AdSeed,
    SeedContact,
    SeedUser,
    SpecialAccount,
    build_seed,
)
from tests.servers.certs import CertPair, Pki, make_server_cert
from tests.servers.samba_config import (
    LAX_HOST,
    SEED_HOST,
    STRICT_HOST,
    check_workdir,
    claim_host,
    copy_template,
    write_smb_conf,
)
from tests.servers.samba_domain import (
    ADMIN_DN,
    ADMIN_PASSWORD,
    ADMIN_UPN,
    DC_COMPUTER_DN,
    DC_NAME,
    LDAP_PORT,
    LDAPS_PORT,
    NETBIOS_DOMAIN,
    REALM,
    SambaError,
    samba_missing_reason,
)
from tests.servers.samba_process import launch, log_tail, terminate, wait_until_ready
from tests.servers.samba_provision import backdate_password, provision, write_seed

# The names the fixtures and tests use as `samba.X`, wherever they are defined.
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
            terminate(self._process)
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
    check_workdir(directory)
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    started = time.monotonic()
    provision(directory)
    provisioned = time.monotonic()

    seed = build_seed()
    host, claim = claim_host(SEED_HOST, fallback=True)
    try:
        conf = write_smb_conf(directory, host, require_strong_auth=False, tls=None)
        log_file = directory / "log" / "samba.log"
        process = launch(conf, log_file)
        try:
            wait_until_ready(process, host, log_file, ca_file=None)
            write_seed(host, seed)
        finally:
            terminate(process)
    finally:
        claim.close()
    backdate_password(conf, seed.special_accounts["password_expired"])
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
    check_workdir(workdir)
    if template is None:
        template = provision_domain(workdir / "template")
    started = time.monotonic()
    preferred = host or (STRICT_HOST if require_strong_auth else LAX_HOST)
    host, claim = claim_host(preferred, fallback=host is None)
    try:
        directory = workdir / f"dc-{host}"
        copy_template(template.directory, directory)
        if cert is None:
            names = (host, "localhost")
            cert = make_server_cert(directory / "tls", pki.ca, stem="dc", names=names)
        conf = write_smb_conf(
            directory, host, require_strong_auth=require_strong_auth, tls=cert, ca_file=pki.ca.cert
        )
        log_file = directory / "log" / "samba.log"
        process = launch(conf, log_file)
        try:
            wait_until_ready(process, host, log_file, ca_file=pki.ca.cert, timeout=timeout)
        except BaseException:
            terminate(process)
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
