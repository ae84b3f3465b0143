"""Groups for the membership tests (issue 17), added over LDAP to a running slapd or Samba DC
on top of the shared seeds, which stay as they are; and the expected answers, computed from
this data alone.

slapd, below `ou=lists`: groupOfNames with a loop (Staff A in Team B in Staff A), a
groupOfUniqueNames with `#'…'B` uid suffixes, a non-user and a dangling member, a posixGroup
whose memberUid includes a uid nobody has, a 2,000-member group with mail, a mail-enabled group
of groups, and two groups of the same name. Samba AD, below `OU=Group Tests,OU=Company`:
security groups nested three deep with a loop, mail-enabled security and distribution groups
(one with contacts and a computer among the members), a distribution group without mail, and a
user whose primary group is one of them. Groups are added without their group members first
and given them after, so the memberOf overlay and AD's links see every member exist.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import ldap3

from tests.servers import seed
from tests.servers.ad_seed import AdSeed

LISTS_DN = f"ou=lists,{seed.BASE_DN}"
EMPTY_OU_DN = f"ou=empty,{LISTS_DN}"  # an OU with nothing below it
AD_OU = "Group Tests"


@dataclass(frozen=True)
class GroupSpec:
    """A group as the test writes it: DN, classes, member DNs (as written), memberUids, mail."""

    dn: str
    name: str
    object_class: tuple[str, ...]
    members: tuple[str, ...] = ()
    unique_members: tuple[str, ...] = ()
    uids: tuple[str, ...] = ()
    mail: str | None = None
    group_type: int | None = None  # AD


def _dn(cn: str, parent: str = LISTS_DN) -> str:
    return f"cn={cn},{parent}"


def seed_user_dns(summary: seed.SeedSummary) -> list[str]:
    """The plain people of the slapd seed (uid=… DNs, not the specially named), sorted."""
    people = {m for members in summary.groups.values() for m in members
              if m != summary.dangling_member_dn and m.startswith("uid=")}
    return sorted(people)


def slapd_groups(summary: seed.SeedSummary) -> dict[str, GroupSpec]:
    """The slapd groups by name; needs a seed of at least 2,100 people."""
    users = seed_user_dns(summary)
    special = [u.dn for u in summary.special_users[:3]]
    reader, gone = summary.reader_dn, f"uid=gone-for-good,{seed.PEOPLE_DN}"
    # written in capitals: the server and the code must compare DNs, not strings
    shouting = users[-1].upper()
    unique = tuple(dn + ("#'0101'B" if i % 2 else "") for i, dn in enumerate(users[100:110]))
    specs = [
        GroupSpec(_dn("Staff A"), "Staff A", ("groupOfNames",),
                  (*users[:30], *special, shouting, _dn("Team B"), _dn("Posix D"))),
        GroupSpec(_dn("Team B"), "Team B", ("groupOfNames",),
                  (*users[25:45], _dn("Staff A"), _dn("Unique C"))),
        GroupSpec(_dn("Unique C"), "Unique C", ("groupOfUniqueNames",),
                  unique_members=(*unique, reader, gone)),
        GroupSpec(_dn("Posix D"), "Posix D", ("posixGroup",),
                  uids=(*(dn.split(",")[0][4:] for dn in users[200:215]), "ghost")),
        # OpenLDAP's schemas give groups no mail: directories add an auxiliary class for it
        GroupSpec(_dn("Big E"), "Big E", ("groupOfNames", "extensibleObject"), tuple(users[:2000]),
                  mail="big-e@example.com"),
        GroupSpec(_dn("Mail F"), "Mail F", ("groupOfNames", "extensibleObject"),
                  (_dn("Team B"), *users[300:305]),
                  mail="lists-f@example.com"),
        GroupSpec(_dn("Twin"), "Twin", ("groupOfNames",), tuple(users[400:402])),
        GroupSpec(_dn("Twin", f"ou=more,{LISTS_DN}"), "Twin", ("groupOfNames",),
                  tuple(users[402:404])),
    ]
    return {spec.name if spec.name != "Twin" else spec.dn: spec for spec in specs}


def is_group_dn(dn: str, specs: dict[str, GroupSpec]) -> bool:
    """True when `dn` (as written) names one of `specs`."""
    return any(dn.lower() == spec.dn.lower() for spec in specs.values())


def add_slapd_groups(server, specs: dict[str, GroupSpec]) -> None:
    """Add `ou=lists` (`ou=more` and `ou=empty` below it) and the groups to a running slapd,
    as its rootdn."""
    connection = ldap3.Connection(ldap3.Server(server.host, port=server.ldap_port),
                                  server.root_dn, server.root_password, auto_bind=True,
                                  raise_exceptions=True)
    try:
        for ou in (LISTS_DN, f"ou=more,{LISTS_DN}", EMPTY_OU_DN):
            connection.add(ou, ["organizationalUnit"], {"ou": ou.split(",")[0][3:]})
        _add_groups(connection, specs)
    finally:
        connection.unbind()


def _add_groups(connection: ldap3.Connection, specs: dict[str, GroupSpec]) -> None:
    groups = {spec.dn.lower() for spec in specs.values()}
    later: list[tuple[str, list[str]]] = []
    for spec in specs.values():
        people = [m for m in spec.members if m.lower() not in groups]
        nested = [m for m in spec.members if m.lower() in groups]
        attributes: dict[str, object] = {"cn": spec.dn.split(",")[0][3:]}
        if spec.members:
            assert people, f"{spec.name}: groupOfNames needs a member that is not a group"
            attributes["member"] = people
        if spec.unique_members:
            attributes["uniqueMember"] = list(spec.unique_members)
        if "posixGroup" in spec.object_class:
            attributes["gidNumber"] = "20000"
            attributes["memberUid"] = list(spec.uids)
        if spec.mail:
            attributes["mail"] = spec.mail
        if spec.group_type is not None:
            attributes["groupType"] = str(spec.group_type)
            attributes["sAMAccountName"] = spec.name.replace(" ", "-")
        connection.add(spec.dn, list(spec.object_class), attributes)
        if nested:
            later.append((spec.dn, nested))
    for dn, nested in later:
        connection.modify(dn, {"member": [(ldap3.MODIFY_ADD, nested)]})


def ad_groups(ad_seed: AdSeed) -> dict[str, GroupSpec]:
    """The AD groups by name, members from the shared AD seed."""
    parent = f"OU={AD_OU},{ad_seed.company_dn}"
    users = [u.dn for u in ad_seed.users]
    contacts = [c.dn for c in ad_seed.contacts[:5]]

    def dn(name: str) -> str:
        return f"CN={name},{parent}"

    global_security, universal_security, global_distribution = -2147483646, -2147483640, 2
    specs = [
        GroupSpec(dn("GT Security"), "GT Security", ("group",),
                  (*users[:10], ad_seed.computers[0], dn("GT Nested")),
                  group_type=global_security),
        GroupSpec(dn("GT Nested"), "GT Nested", ("group",), (*users[10:50], dn("GT Loop")),
                  group_type=global_security),
        GroupSpec(dn("GT Loop"), "GT Loop", ("group",), (*users[50:55], dn("GT Security")),
                  group_type=global_security),
        GroupSpec(dn("GT Mail Security"), "GT Mail Security", ("group",),
                  (dn("GT Nested"), *users[60:62]), mail="gt-security@example.com",
                  group_type=universal_security),
        GroupSpec(dn("GT Distribution"), "GT Distribution", ("group",),
                  (*contacts, *users[70:80], dn("GT Security")), mail="gt-dist@example.com",
                  group_type=global_distribution),
        GroupSpec(dn("GT Distribution NoMail"), "GT Distribution NoMail", ("group",),
                  tuple(users[80:85]), group_type=global_distribution),
        GroupSpec(dn("GT Primary"), "GT Primary", ("group",), tuple(users[85:88]),
                  group_type=global_security),
    ]
    return {spec.name: spec for spec in specs}


# the user whose primary group becomes "GT Primary" (and so is not in its member values)
AD_PRIMARY_USER_INDEX = 90


def add_ad_groups(connection: ldap3.Connection, ad_seed: AdSeed,
                  specs: dict[str, GroupSpec]) -> None:
    """Add the OU and the groups to a DC over a bound admin connection; make one user's primary
    group "GT Primary" (AD then keeps that membership out of `member`)."""
    connection.add(f"OU={AD_OU},{ad_seed.company_dn}", ["top", "organizationalUnit"])
    _add_groups(connection, specs)
    user = ad_seed.users[AD_PRIMARY_USER_INDEX].dn
    group = specs["GT Primary"].dn
    connection.modify(group, {"member": [(ldap3.MODIFY_ADD, [user])]})
    connection.search(group, "(objectClass=*)", ldap3.BASE, attributes=["primaryGroupToken"])
    token = connection.response[0]["raw_attributes"]["primaryGroupToken"][0].decode()
    connection.modify(user, {"primaryGroupID": [(ldap3.MODIFY_REPLACE, [token])]})


def remove_ad_groups(connection: ldap3.Connection, ad_seed: AdSeed,
                     specs: dict[str, GroupSpec]) -> None:
    """Undo add_ad_groups: the primary group back to Domain Users, then groups and OU gone."""
    user = ad_seed.users[AD_PRIMARY_USER_INDEX].dn
    steps = [lambda: connection.modify(
        user, {"primaryGroupID": [(ldap3.MODIFY_REPLACE, ["513"])]})]
    steps += [lambda dn=spec.dn: connection.delete(dn) for spec in specs.values()]
    steps.append(lambda: connection.delete(f"OU={AD_OU},{ad_seed.company_dn}"))
    for step in steps:  # each, even after a half-done add_ad_groups
        try:
            step()
        except ldap3.core.exceptions.LDAPException:
            pass


def expected_members(specs_by_dn: dict[str, tuple[tuple[str, ...], bool]], roots: list[str],
                     nested: bool = True) -> tuple[set[str], set[str]]:
    """(member DNs that are not groups, group DNs met) of `roots`, lower-cased, from a plain
    map of group DN (lower case) -> (member DNs, is a group), walked breadth first."""
    members: set[str] = set()
    met: set[str] = set()
    queue = deque(dn.lower() for dn in roots)
    seen = set(queue)
    while queue:
        for member in specs_by_dn.get(queue.popleft(), ((), True))[0]:
            key = member.lower()
            if key in specs_by_dn:
                if key not in seen:
                    seen.add(key)
                    met.add(key)
                    if nested:
                        queue.append(key)
            else:
                members.add(key)
    return members, met
