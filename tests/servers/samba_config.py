"""Where one Samba DC lives: a loopback address claimed for it, its own directory copied from
the template, and the smb.conf (TLS included) that keeps every path inside that directory."""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import stat
import tempfile
from pathlib import Path
from typing import IO

from tests.servers.certs import CertPair
from tests.servers.samba_domain import DC_NAME, LDAP_PORT, NETBIOS_DOMAIN, REALM, SambaError

# Every DC needs ports 389 and 636, so each gets a loopback address of its own: these, or
# 127.0.k.1 / .2 / .3 when another test session on the machine already holds them.
LAX_HOST = "127.0.0.1"
STRICT_HOST = "127.0.0.2"
SEED_HOST = "127.0.0.3"
_FALLBACK_NETWORKS = 32
_LOCK_DIR = Path(tempfile.gettempdir()) / "ldapwizard-samba-hosts"
# Samba puts unix sockets under the private and lock directories; sun_path holds 108 bytes.
_MAX_WORKDIR_LENGTH = 64


def check_workdir(directory: Path) -> None:
    """Refuse a work directory too long for the unix sockets Samba makes below it."""
    if len(str(directory)) > _MAX_WORKDIR_LENGTH:
        raise SambaError(
            f"work directory {directory} is too long for Samba's unix sockets "
            f"(at most {_MAX_WORKDIR_LENGTH} characters)"
        )


def write_smb_conf(
    directory: Path,
    host: str,
    *,
    require_strong_auth: bool,
    tls: CertPair | None,
    ca_file: Path | None = None,
) -> Path:
    """Write `directory`/etc/smb.conf for an LDAP-only DC on `host`; its path."""
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


def copy_template(template: Path, directory: Path) -> None:
    """Copy a provisioned domain into `directory`, leaving out the runtime files."""

    def runtime_files(folder: str, names: list[str]) -> set[str]:
        skipped = {"lock", "cache", "run", "log", "etc"} if Path(folder) == template else set()
        # The seeding run's unix sockets (private/ldapi, ...) cannot be copied.
        return skipped | {
            name for name in names if stat.S_ISSOCK(os.lstat(Path(folder, name)).st_mode)
        }

    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(template, directory, symlinks=True, ignore=runtime_files)


def claim_host(preferred: str, *, fallback: bool) -> tuple[str, IO]:
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
