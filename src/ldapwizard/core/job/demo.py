"""The bundled demo directory, served in-process by ldap3's offline mock (demo mode only).

Everything above the connection — paging, records, presets — is the real engine.
"""

from __future__ import annotations

import uuid
from contextlib import contextmanager

import ldap3

from ldapwizard.assets import DEMO_DIRECTORY, load_json
from ldapwizard.core.directory.listing import Directory
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.rootdse import RootDse
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.errors import BindError

DEMO_PASSWORD = "demo"  # the sample directory's published sign-in, not a secret


def demo_settings() -> tuple[ConnectionSettings, SearchSettings]:
    """Settings that describe the demo directory."""
    document = load_json(*DEMO_DIRECTORY)
    connection = ConnectionSettings(host=document["domain"], security="ldaps",
                                    bind_user=document["bind_user"])
    search = SearchSettings(base_dn=document["base_dn"], preset=get_preset("ad"))
    return connection, search


def _attributes(attributes: dict) -> dict:
    values = dict(attributes)
    if "objectGUID" in values:
        values["objectGUID"] = uuid.UUID(values["objectGUID"]).bytes_le
    return values


@contextmanager
def open_demo_directory(settings: ConnectionSettings | None = None,
                        password: str | None = DEMO_PASSWORD):
    """A Directory over the demo data; the settings only label it."""
    document = load_json(*DEMO_DIRECTORY)
    settings = settings or demo_settings()[0]
    server = ldap3.Server(document["domain"], get_info=ldap3.OFFLINE_AD_2012_R2)
    connection = ldap3.Connection(
        server, user=document["bind_dn"], password=password or "",
        client_strategy=ldap3.MOCK_SYNC, raise_exceptions=False, auto_range=False,
        return_empty_attributes=False,
    )
    for entry in document["entries"]:
        connection.strategy.add_entry(entry["dn"], _attributes(entry["attributes"]))
    if not connection.bind():
        raise BindError(f"The demo directory refused the password for {settings.bind_user}; "
                        f'its password is "{DEMO_PASSWORD}".', result=49)
    directory = Directory(connection, settings)
    base = document["base_dn"]
    directory._root_dse = RootDse(
        vendor="Active Directory (ldapwizard demo directory, in-process)", vendor_version=None,
        naming_contexts=(base,), default_naming_context=base, supports_paging=True,
        is_active_directory=True, dns_host_name=document["domain"], sasl_mechanisms=(),
    )
    try:
        yield directory
    finally:
        connection.unbind()


def create_demo_database(path) -> None:
    """A fresh demo user database holding a few of the demo directory's addresses."""
    from pathlib import Path

    from ldapwizard.core.maildb import accounts, addresses
    from ldapwizard.core.maildb.database import UserDatabase

    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    existing = load_json("demo", "existing.json")
    with UserDatabase.open(path, write=True, create=True) as database, \
            database.transaction("creating the demo database") as db:
        domain = accounts.ensure_domain(db, existing["domain"])
        for user in existing["users"]:
            local, _ = addresses.split(user["address"])
            accounts.add_user(db, domain, accounts.NewUser(local, local, user["display_name"]))
        for alias in existing["aliases"]:
            local, _ = addresses.split(alias["address"])
            accounts.add_alias(db, domain, local, alias["targets"])
        for mailing_list in existing["lists"]:
            local, _ = addresses.split(mailing_list["address"])
            accounts.add_list(db, domain, local, mailing_list["name"], mailing_list["members"])


def demo_profile():
    """The job record of the demo directory (planning choices at their defaults)."""
    from ldapwizard.core.job.profiles import Profile

    connection, search = demo_settings()
    return Profile(name="Demo directory", server_type="ad", host=connection.host,
                   security="ldaps", bind_user=connection.bind_user, binding=search.base_dn)
