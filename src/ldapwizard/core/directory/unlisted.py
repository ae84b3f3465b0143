"""Users imported before whom a listing did not return, read one by one at their DN.

A filter of the admin's own may leave disabled accounts out (AD's
`(!(userAccountControl:1.2.840.113556.1.4.803:=2))` is common): such a user would look as if
it had left the directory, and a sync without removals would leave it enabled in the mail
system. So a sync asks the directory for them by DN; one still there, below the listing's
base, is returned as a record whose `disabled` the sync can follow.
"""

from __future__ import annotations

from collections.abc import Iterable

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory import who
from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.directory.records import DirectoryUser, record_builder
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings


def _in_scope(dn: str, scopes: list[tuple[str, str]]) -> bool:
    for base, scope in scopes:
        below = not base or dnmod.is_within(dn, base)
        if below and (scope != "one" or len(dnmod.dn_key(dn)) == len(dnmod.dn_key(base)) + 1):
            return True
    return False


def read_unlisted(settings: ConnectionSettings, password: str | None, search: SearchSettings,
                  dns: Iterable[str], opener=open_directory) -> list[DirectoryUser]:
    """The entries still at these DNs within the search's base, as listing records (the
    same attributes and rules); the ones gone, moved out or unreadable are left out.
    `opener` opens the directory (the window's context gives the demo's its own)."""
    dns = list(dns)
    if not dns:
        return []
    build = record_builder(search.preset)
    attributes = search.preset.attributes()
    found: list[DirectoryUser] = []
    with opener(settings, password) as directory:
        search = directory.resolve_base(search)
        scopes = who.scopes(search)
        for dn in dns:
            if not _in_scope(dn, scopes):
                continue
            raw = directory.read_entry(dn, attributes)
            if raw is not None:
                found.append(build(dn, raw))
    return found
