"""Deterministic LDIF for a test OpenLDAP directory, small for tests and large for benchmarks.

The directory has people in nested OUs (some with non-ASCII or escaped names), users without
`mail` and with several, accounts locked the ppolicy way (`pwdAccountLockedTime`), groups, a
non-root `cn=reader` service account and a few users with known passwords. `write_ldif` streams
the entries to a file and returns a `SeedSummary` that tests assert on. slapadd adds entryUUID.
"""

from __future__ import annotations

import argparse
import random
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from tests.servers.ldif import escape_rdn_value, ldif_line, ssha

BASE_DN = "dc=example,dc=com"
PEOPLE_DN = f"ou=people,{BASE_DN}"
GROUPS_DN = f"ou=groups,{BASE_DN}"
POLICY_DN = f"cn=default,ou=policies,{BASE_DN}"
READER_DN = f"cn=reader,{BASE_DN}"
READER_PASSWORD = "reader-Secret-1"
MAIL_DOMAIN = "example.com"
USER_OBJECT_CLASS = "inetOrgPerson"
# ppolicy's value for "locked until an administrator unlocks it".
LOCKED_FOREVER = "000001010000Z"
# A member that was deleted without refint cleaning up the groups, as happens in real directories.
DANGLING_MEMBER_DN = f"uid=departed,{PEOPLE_DN}"

# OUs below ou=people as their `ou` values, innermost first, and the share of users in each.
# Parents come before children; () is ou=people itself.
_OUS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("sales",), 20),
    (("marketing",), 8),
    (("hr",), 4),
    (("berlin",), 0),
    (("engineering", "berlin"), 18),
    (("support", "berlin"), 8),
    (("platform", "engineering", "berlin"), 0),
    (("team-a", "platform", "engineering", "berlin"), 5),
    (("london",), 0),
    (("engineering", "london"), 14),
    (("finance", "london"), 6),
    (("München",), 5),
    (("R&D, Labs",), 3),
    ((), 9),
)

# Comma-separated; split where used.
_GIVEN = (
    "John, Jane, Anna, Peter, Maria, Thomas, Laura, Michael, Sarah, David, Emma, Lukas, Sophie, "
    "Jonas, Lena, Felix, Mia, Paul, Hannah, Daniel, Olivia, James, Emily, Oliver, Charlotte, "
    "William, Amelia, Henrik, Ingrid, Lars, Astrid, Søren, Bjørn, Jürgen, Zoë, Renée, José, "
    "François, Łukasz, Ágnes, Çağla, Mehmet, Aiko, Yuki, Wei, Priya, Arjun, Fatima, Omar, "
    "Nikolai, Olga, Siobhán, Dorothée, Małgorzata, Gunnar"
)
# Comma-separated; some contain spaces.
_SURNAMES = (
    "Smith, Johnson, Brown, Taylor, Miller, Wilson, Moore, Anderson, Schmidt, Schneider, Fischer, "
    "Weber, Wagner, Becker, Hoffmann, Schulz, Müller, Ørsted, Åström, Núñez, Dvořák, Kowalski, "
    "Nowak, Lindqvist, Johansson, Nielsen, García, Rossi, Bianchi, Dupont, Lefèvre, O'Brien, "
    "Al-Sayed, Nakamura, Tanaka, Kim, Park, Chen, Wang, Patel, Singh, Petrov, Çelik, Öztürk, "
    "Jensen, Hansen, Young, Clarke, Weiß, Strauß, van der Berg, de la Cruz"
)
_TITLES = (
    "Engineer, Senior Engineer, Account Manager, Analyst, Consultant, Team Lead, Director, "
    "Assistant, Technician, Designer"
)
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "ı": "i"})


@dataclass(frozen=True)
class SeedUser:
    """One person the tests know by name: where it lives and what it carries."""

    uid: str
    dn: str
    cn: str
    mails: tuple[str, ...]
    password: str | None = None
    disabled: bool = False


@dataclass(frozen=True)
class SeedSummary:
    """What a generated directory contains, for tests to assert on."""

    base_dn: str
    people_dn: str
    groups_dn: str
    reader_dn: str
    reader_password: str
    user_object_class: str
    total_users: int
    users_with_mail: int
    users_without_mail: int
    no_mail_uids: frozenset[str]
    disabled_uids: frozenset[str]
    multi_mail: Mapping[str, tuple[str, ...]]  # uid -> mails, primary first
    special_users: tuple[SeedUser, ...]  # RDN values that need escaping or are non-ASCII
    bind_users: Mapping[str, SeedUser]  # uid -> user with a known password
    groups: Mapping[str, tuple[str, ...]]  # group DN -> member DNs, as written
    ou_dns: tuple[str, ...]
    dangling_member_dn: str

    @property
    def multi_mail_uids(self) -> frozenset[str]:
        """Users with more than one `mail` value."""
        return frozenset(self.multi_mail)

    @property
    def special_dns(self) -> tuple[str, ...]:
        """DNs, as written, of the users whose names need escaping."""
        return tuple(user.dn for user in self.special_users)

    @property
    def group_dns(self) -> tuple[str, ...]:
        """DNs of all groups."""
        return tuple(self.groups)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).lower()


def _ou_dn(ou: tuple[str, ...]) -> str:
    return "".join(f"ou={escape_rdn_value(value)}," for value in ou) + PEOPLE_DN


# uid, cn (the RDN), given name, surname, OU. Their mail is uid@example.com.
_SPECIAL = (
    ("sp.comma", "Doe, John", "John", "Doe", ("sales",)),
    ("sp.plus", "Anna Smith+Jones", "Anna", "Smith+Jones", ("marketing",)),
    ("sp.quote", 'Robert "Bobby" Tables', "Robert", "Tables", ("engineering", "berlin")),
    ("sp.backslash", "Back\\Slash Person", "Back", "Slash", ("support", "berlin")),
    ("sp.hash", "#1 Fan", "Fan", "Number One", ("engineering", "london")),
    ("sp.midhash", "Support Desk #2", "Desk", "Support", ("support", "berlin")),
    ("sp.semicolon", "Team; Lead", "Team", "Lead", ("finance", "london")),
    ("sp.angle", "<Admin> Bob", "Bob", "Admin", ("hr",)),
    ("sp.mueller", "Jürgen Müller", "Jürgen", "Müller", ("München",)),
    (
        "sp.orsted",
        "Hans Christian Ørsted",
        "Hans Christian",
        "Ørsted",
        ("team-a", "platform", "engineering", "berlin"),
    ),
    ("sp.lilei", "李雷", "雷", "李", ("R&D, Labs",)),
    ("sp.ivanova", "Ольга Иванова", "Ольга", "Иванова", ()),
    ("sp.combo", 'Ørsted, H.C. "Ø" <x+y>; \\#', "H.C.", "Ørsted", ("sales",)),
)
# uid, given name, surname, OU, password, has mail, locked.
_BIND = (
    ("alice", "Alice", "Archer", ("sales",), "alice-Secret-1", True, False),
    ("bob", "Bob", "Builder", ("engineering", "berlin"), "bob-Secret-2", True, False),
    ("carol.locked", "Carol", "Locked", ("hr",), "carol-Secret-3", True, True),
    ("dave.nomail", "Dave", "Nomail", ("support", "berlin"), "dave-Secret-4", False, False),
    ("ugur", "Uğur", "Öztürk", ("München",), "Pässwört-€-5", True, False),
)
# The fixed users plus the one with a multi-valued RDN.
MIN_USERS = len(_SPECIAL) + len(_BIND) + 1


class _Directory:
    """Renders entries and keeps the tally that becomes the summary."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.titles = _TITLES.split(", ")
        self.total = 0
        self.no_mail: set[str] = set()
        self.disabled: set[str] = set()
        self.multi_mail: dict[str, tuple[str, ...]] = {}
        self.members: dict[tuple[str, ...], list[str]] = {ou: [] for ou, _ in _OUS}
        self.special: list[SeedUser] = []
        self.bind: dict[str, SeedUser] = {}
        self.groups: dict[str, tuple[str, ...]] = {}

    def person(
        self,
        dn: str,
        uid: str,
        given: str,
        sn: str,
        ou: tuple[str, ...],
        mails: tuple[str, ...],
        *,
        cn: str = "",
        password: str | None = None,
        locked: str | None = None,
    ) -> str:
        self.total += 1
        number = self.total
        cn = cn or f"{given} {sn}"
        lines = [
            ldif_line("dn", dn),
            "objectClass: inetOrgPerson\nobjectClass: posixAccount\n",
            ldif_line("uid", uid),
            ldif_line("cn", cn),
            ldif_line("sn", sn),
            ldif_line("givenName", given),
            ldif_line("displayName", cn),
            *(f"mail: {mail}\n" for mail in mails),
            f"uidNumber: {10000 + number}\ngidNumber: 10000\nhomeDirectory: /home/{uid}\n"
            f"loginShell: /bin/bash\nemployeeNumber: {number}\n"
            f"title: {self.rng.choice(self.titles)}\n"
            f"telephoneNumber: +49 30 {self.rng.randrange(1000, 9999)} {number % 10000:04d}\n",
        ]
        if password is not None:
            lines.append(f"userPassword: {ssha(password, self.rng.randbytes(8))}\n")
        if locked is not None:
            lines.append(f"pwdAccountLockedTime: {locked}\n")
            self.disabled.add(uid)
        if not mails:
            self.no_mail.add(uid)
        elif len(mails) > 1:
            self.multi_mail[uid] = mails
        self.members[ou].append(dn)
        lines.append("\n")
        return "".join(lines)

    def entries(self, users: int) -> Iterator[str]:
        yield from _structure()
        yield from self._fixed_people()
        yield from self._random_people(users - self.total)
        groups = _groups(
            self.members,
            {u.uid: u.dn for u in self.special} | {u.uid: u.dn for u in self.bind.values()},
        )
        self.groups = {_group_dn(cn): members for cn, members in groups.items()}
        for cn, members in groups.items():
            yield (
                ldif_line("dn", _group_dn(cn))
                + "objectClass: groupOfNames\n"
                + ldif_line("cn", cn)
                + "".join(ldif_line("member", member) for member in members)
                + "\n"
            )

    def _fixed_people(self) -> Iterator[str]:
        for uid, cn, given, sn, ou in _SPECIAL:
            dn = f"cn={escape_rdn_value(cn)},{_ou_dn(ou)}"
            mails = (f"{uid}@{MAIL_DOMAIN}",)
            self.special.append(SeedUser(uid, dn, cn, mails))
            yield self.person(dn, uid, given, sn, ou, mails, cn=cn)
        uid, ou = "sp.multirdn", ("sales",)
        dn = f"cn=Anna Berg+uid={uid},{_ou_dn(ou)}"
        mails = (f"{uid}@{MAIL_DOMAIN}",)
        self.special.append(SeedUser(uid, dn, "Anna Berg", mails))
        yield self.person(dn, uid, "Anna", "Berg", ou, mails)
        for uid, given, sn, ou, password, has_mail, disabled in _BIND:
            dn = f"uid={uid},{_ou_dn(ou)}"
            mails = (f"{uid}@{MAIL_DOMAIN}",) if has_mail else ()
            self.bind[uid] = SeedUser(uid, dn, f"{given} {sn}", mails, password, disabled)
            yield self.person(
                dn,
                uid,
                given,
                sn,
                ou,
                mails,
                password=password,
                locked=LOCKED_FOREVER if disabled else None,
            )

    def _random_people(self, count: int) -> Iterator[str]:
        rng = self.rng
        given_names = [(name, _slug(name)) for name in _GIVEN.split(", ")]
        surnames = [(name, _slug(name)) for name in _SURNAMES.split(", ")]
        ous = [ou for ou, weight in _OUS if weight]
        weights = [weight for _, weight in _OUS if weight]
        ou_dns = {ou: _ou_dn(ou) for ou in ous}
        uid_count: dict[str, int] = {}
        mail_count: dict[str, int] = {}
        for ou in rng.choices(ous, weights, k=count):
            given, given_slug = rng.choice(given_names)
            sn, sn_slug = rng.choice(surnames)
            base = given_slug[0] + sn_slug
            n = uid_count[base] = uid_count.get(base, 0) + 1
            uid = base if n == 1 else f"{base}{n}"
            local = f"{given_slug}.{sn_slug}"
            n = mail_count[local] = mail_count.get(local, 0) + 1
            primary = f"{local}@{MAIL_DOMAIN}" if n == 1 else f"{local}{n}@{MAIL_DOMAIN}"
            roll = rng.random()
            if roll < 0.08:
                mails: tuple[str, ...] = ()
            elif roll < 0.11:
                mails = (primary, f"{uid}@{MAIL_DOMAIN}", f"{uid}@mail.{MAIL_DOMAIN}")
            elif roll < 0.15:
                mails = (primary, f"{uid}@{MAIL_DOMAIN}")
            else:
                mails = (primary,)
            locked = None
            if rng.random() < 0.03:
                # Mostly administrative locks; a past timestamp locks for good too, as the
                # policy's pwdLockoutDuration is 0.
                locked = LOCKED_FOREVER if rng.random() < 0.7 else "20240115093000Z"
            yield self.person(f"uid={uid},{ou_dns[ou]}", uid, given, sn, ou, mails, locked=locked)


def _structure() -> Iterator[str]:
    yield (
        f"dn: {BASE_DN}\nobjectClass: dcObject\nobjectClass: organization\n"
        "dc: example\no: Example Corp\n\n"
    )
    for ou in ("people", "groups", "policies"):
        yield f"dn: ou={ou},{BASE_DN}\nobjectClass: organizationalUnit\nou: {ou}\n\n"
    # pwdMaxFailure 0: failed binds in tests must not lock anyone; only the seed locks.
    yield (
        f"dn: {POLICY_DN}\nobjectClass: device\nobjectClass: pwdPolicy\ncn: default\n"
        "pwdAttribute: userPassword\npwdLockout: TRUE\npwdLockoutDuration: 0\n"
        "pwdMaxFailure: 0\n\n"
    )
    yield (
        f"dn: {READER_DN}\nobjectClass: organizationalRole\nobjectClass: simpleSecurityObject\n"
        "cn: reader\ndescription: Read-only service account for the importer\n"
        f"userPassword: {ssha(READER_PASSWORD, b'readsalt')}\n\n"
    )
    for ou, _ in _OUS:
        if ou:
            yield (
                ldif_line("dn", _ou_dn(ou))
                + "objectClass: organizationalUnit\n"
                + ldif_line("ou", ou[0])
                + "\n"
            )


def _group_dn(cn: str) -> str:
    return f"cn={escape_rdn_value(cn)},{GROUPS_DN}"


def _groups(
    members: Mapping[tuple[str, ...], list[str]], fixed: Mapping[str, str]
) -> dict[str, tuple[str, ...]]:
    """Member DNs by group cn: one group per OU, a nested one and a few hand-made ones."""
    groups = {
        "-".join(_slug(value) for value in ou) or "people": tuple(dns)
        for ou, dns in members.items()
        if dns
    }
    groups["engineering"] = tuple(_group_dn(cn) for cn in groups if cn.startswith("engineering-"))
    groups["mail-admins"] = (fixed["alice"], fixed["bob"], fixed["sp.lilei"])
    groups["Sales & Marketing, EMEA"] = (
        fixed["sp.comma"],
        fixed["sp.combo"],
        fixed["ugur"],
        DANGLING_MEMBER_DN,
    )
    return groups


def write_ldif(path: Path, users: int = 700, seed: int = 1) -> SeedSummary:
    """Write a directory of `users` people as LDIF to `path` and describe what it holds."""
    if users < MIN_USERS:
        raise ValueError(f"at least {MIN_USERS} users are needed for the fixed test users")
    directory = _Directory(seed)
    with path.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        out.writelines(directory.entries(users))
    return SeedSummary(
        base_dn=BASE_DN,
        people_dn=PEOPLE_DN,
        groups_dn=GROUPS_DN,
        reader_dn=READER_DN,
        reader_password=READER_PASSWORD,
        user_object_class=USER_OBJECT_CLASS,
        total_users=directory.total,
        users_with_mail=directory.total - len(directory.no_mail),
        users_without_mail=len(directory.no_mail),
        no_mail_uids=frozenset(directory.no_mail),
        disabled_uids=frozenset(directory.disabled),
        multi_mail=MappingProxyType(directory.multi_mail),
        special_users=tuple(directory.special),
        bind_users=MappingProxyType(directory.bind),
        groups=MappingProxyType(directory.groups),
        ou_dns=tuple(_ou_dn(ou) for ou, _ in _OUS if ou),
        dangling_member_dn=DANGLING_MEMBER_DN,
    )


def main(argv: list[str] | None = None) -> None:
    """Write a seed LDIF from the command line, for benchmarks."""
    parser = argparse.ArgumentParser(description="Write a test directory as LDIF.")
    parser.add_argument("output", type=Path)
    parser.add_argument("--users", type=int, default=700)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    summary = write_ldif(args.output, args.users, args.seed)
    print(
        f"{summary.total_users} users, {summary.users_without_mail} without mail, "
        f"{len(summary.disabled_uids)} locked, {len(summary.groups)} groups"
    )


if __name__ == "__main__":
    main()
