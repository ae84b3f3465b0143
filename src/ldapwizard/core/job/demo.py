"""The bundled demo directory, served in-process by ldap3's offline mock (demo mode only).

Everything above the connection — paging, records, presets — is the real engine.
"""

from __future__ import annotations

import uuid
from contextlib import contextmanager

import ldap3
from ldap3.utils.ciDict import CaseInsensitiveDict

from ldapwizard import i18n
from ldapwizard.assets import DEMO_DIRECTORY, load_json
from ldapwizard.core.directory import dn as dnmod
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


class _AnyAttribute(CaseInsensitiveDict):
    """An attribute-type table that knows every name: unknown ones read as plain strings."""

    def __init__(self, types):
        super().__init__(types)
        self._plain = types["description"]

    def __contains__(self, name) -> bool:
        return True

    def __getitem__(self, name):
        try:
            return super().__getitem__(name)
        except KeyError:
            return self._plain


def _containers(document: dict) -> list[tuple[str, dict]]:
    """The OUs and containers the demo's entries sit in (the data names only the people), so
    the Directory page's tree has something to show; parents first."""
    base = dnmod.dn_key(document["base_dn"])
    found: dict[tuple, tuple] = {}
    for entry in document["entries"]:
        rdns = dnmod.parse_dn(entry["dn"])
        for start in range(1, len(rdns)):
            parent = rdns[start:]
            if len(parent) >= len(base):
                found.setdefault(dnmod.dn_key(dnmod.format_dn(parent)), parent)
    containers = []
    for parent in sorted(found.values(), key=len):
        dn, ava = dnmod.format_dn(parent), parent[0][0]
        kind = {"ou": "organizationalUnit", "cn": "container"}.get(ava.attribute.lower(),
                                                                   "domainDNS")
        containers.append((dn, {"objectClass": ["top", kind], "name": ava.value,
                                ava.attribute: ava.value}))
    return containers


def _groups(document: dict) -> list[tuple[str, dict]]:
    """Two mail-enabled groups (a distribution group with a nested security group in it), so
    "members of" and groups as mailing lists can be tried on the demo."""
    base, domain = document["base_dn"], document["domain"]
    people = [e["dn"] for e in document["entries"]
              if "user" in e["attributes"].get("objectClass", [])
              and e["attributes"].get("mail")]
    berlin = [dn for dn in people if "OU=Berlin" in dn]
    sales = [dn for dn in people if "OU=Sales" in dn]
    engineering = f"CN=Engineering Berlin,OU=Company,{base}"
    return [
        (engineering, {"objectClass": ["top", "group"], "cn": "Engineering Berlin",
                       "name": "Engineering Berlin", "sAMAccountName": "Engineering Berlin",
                       "groupType": -2147483646, "member": berlin,
                       "objectGUID": uuid.uuid5(uuid.NAMESPACE_DNS, "eng.demo").bytes_le}),
        (f"CN=All Sales and Berlin,OU=Company,{base}", {
            "objectClass": ["top", "group"], "cn": "All Sales and Berlin",
            "name": "All Sales and Berlin", "sAMAccountName": "All Sales and Berlin",
            "groupType": 2, "mail": f"sales-berlin@{domain}",
            "member": [*sales, engineering],
            "objectGUID": uuid.uuid5(uuid.NAMESPACE_DNS, "sales.demo").bytes_le}),
    ]


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
        # the offline AD schema lacks operational attributes the tree and the group reader
        # ask for (hasSubordinates, entryUUID…); a real server just omits what it lacks
        check_names=False,
    )
    for entry in document["entries"]:
        connection.strategy.add_entry(entry["dn"], _attributes(entry["attributes"]))
    for dn, attributes in _containers(document):
        connection.strategy.add_entry(dn, attributes)
    for dn, attributes in _groups(document):
        connection.strategy.add_entry(dn, attributes)
    # the offline AD schema refuses attribute names it lacks (hasSubordinates, entryUUID…),
    # which the OU tree and the group reader ask for of any server; a real one just answers
    # without them, and so does the mock now
    server.schema.attribute_types = _AnyAttribute(server.schema.attribute_types)
    if not connection.bind():
        raise BindError(i18n._('The demo directory refused the password for {user}; its '
                               'password is "{password}".', user=settings.bind_user,
                               password=DEMO_PASSWORD), result=49)
    directory = Directory(connection, settings)
    base = document["base_dn"]
    directory._root_dse = RootDse(
        vendor="Active Directory (ldapwizard demo)", vendor_version=None,
        naming_contexts=(base,), default_naming_context=base, supports_paging=True,
        # AD's data, but ldap3's mock answers no ranged reads (member;range=0-1499) nor AD's
        # primary-group searches: group members are read the plain LDAP way
        is_active_directory=False, dns_host_name=document["domain"], sasl_mechanisms=(),
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
            database.transaction(i18n.N_("creating the demo database")) as db:
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
