"""The Samba test domain's fixed facts: its names, ports and administrator; where Samba's tools
are; and `SambaError`, which every step of provisioning, seeding and starting raises."""

from __future__ import annotations

import os
import shutil

from tests.servers.ad_seed import BASE_DN

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


class SambaError(RuntimeError):
    """Provisioning, seeding or starting the Samba DC failed."""


def which(tool: str) -> str | None:
    """The path of one of Samba's programs, or None."""
    # Debian installs samba in /usr/sbin, which is not on every user's PATH.
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/usr/bin")


def samba_missing_reason() -> str | None:
    """Why this machine cannot run the AD DC fixture, or None when it can."""
    missing = [tool for tool in ("samba", "samba-tool", "ldbmodify") if which(tool) is None]
    if missing:
        return (
            f"Samba AD DC tools not found: {', '.join(missing)} "
            "(Debian: apt-get install samba samba-ad-dc winbind krb5-user ldb-tools)"
        )
    if os.geteuid() != 0:
        return "the Samba AD DC test server must run as root (it binds ports 389 and 636)"
    return None
