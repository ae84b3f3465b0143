"""The AD test domain's seed data: `AdSeed` and `build_seed()`.

Plain data, no server: `tests.servers.ad_entries` turns it into LDAP entries, and
`tests.servers.samba` provisions the domain and applies the seed to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from ldap3.utils.dn import escape_rdn

# The naming context of TESTDOMAIN.LOCAL, the realm samba.py provisions.
BASE_DN = "DC=testdomain,DC=local"
_ACCOUNTDISABLE = 0x2
_NORMAL_ACCOUNT = 0x200
_DONT_EXPIRE_PASSWORD = 0x10000


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
    computers: tuple[str, ...]  # DNs; the DC's own account is in samba.DC_COMPUTER_DN as well
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


_COMPANY_DN = f"OU=Company,{BASE_DN}"
_USERS_DN = f"CN=Users,{BASE_DN}"
MAIL_DOMAIN = "example.com"  # deliberately not the AD DNS domain, as in many real forests
UPN_SUFFIX = "testdomain.local"
LOCKOUT_THRESHOLD = 3
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
    address = f"{sam}@{MAIL_DOMAIN}"
    aliases: tuple[str, ...] = ()
    if index % 5 == 0:
        aliases = (f"{given[0]}.{surname}@{MAIL_DOMAIN}".lower(), f"{sam}@example.de")
    elif index % 7 == 0:
        aliases = (f"{sam}@mail.{MAIL_DOMAIN}",)
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
        mail = f"{sam}@old.{MAIL_DOMAIN}"
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
        upn=f"{sam}@{UPN_SUFFIX}",
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
        mail = None if key == "reader" else f"{sam}@{MAIL_DOMAIN}"
        disabled = _ACCOUNTDISABLE if key == "disabled" else 0
        user = SeedUser(
            dn=f"CN={cn},{_USERS_DN}",
            container=_USERS_DN,
            sam=sam,
            upn=f"{sam}@{UPN_SUFFIX}",
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
