"""Making the domain template: `samba-tool domain provision` into a folder, the seed written
over LDAP to a DC briefly running from it, and one password backdated in the database file."""

from __future__ import annotations

import base64
import datetime as dt
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import ldap3

from tests.servers.ad_entries import (
    SPECIAL_STATES,
    Entry,
    computer_entry,
    contact_entry,
    filetime,
    group_entry,
    lockout_policy,
    ou_entry,
    user_entry,
)
from tests.servers.ad_seed import LOCKOUT_THRESHOLD, AdSeed, SpecialAccount
from tests.servers.samba_domain import (
    ADMIN_PASSWORD,
    DC_NAME,
    LDAP_PORT,
    NETBIOS_DOMAIN,
    REALM,
    SambaError,
    which,
)
from tests.servers.samba_process import admin_connection

_SEED_WORKERS = 4


def provision(directory: Path) -> None:
    """Provision TESTDOMAIN.LOCAL into `directory` with samba-tool, reading no system config."""
    # An empty configuration keeps provisioning from reading Debian's /etc/samba/smb.conf.
    empty_conf = directory / "provision.conf"
    empty_conf.write_text("")
    command = [
        which("samba-tool") or "samba-tool",
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


def write_seed(host: str, seed: AdSeed) -> None:
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
        connection = admin_connection(host)
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
    connection = admin_connection(host)
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


def backdate_password(conf: Path, account: SpecialAccount) -> None:
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
        [which("ldbmodify") or "ldbmodify", "-H", str(sam_ldb), bypass_last_set],
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
