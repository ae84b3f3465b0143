"""The LDAP entries and changes that write the AD seed (`tests.servers.ad_seed`) to a DC."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tests.servers.ad_seed import (
    BASE_DN,
    LOCKOUT_THRESHOLD,
    MAIL_DOMAIN,
    UPN_SUFFIX,
    AdSeed,
    SeedContact,
    SeedUser,
)

_WORKSTATION_TRUST_ACCOUNT = 0x1000


def filetime(moment: dt.datetime) -> int:
    """AD's time format: 100 ns ticks since 1601."""
    return int((moment - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds()) * 10_000_000


@dataclass(frozen=True)
class Entry:
    """An LDAP entry to add."""

    dn: str
    object_class: tuple[str, ...]
    attributes: dict[str, object]


def ou_entry(dn: str) -> Entry:
    """An organizational unit."""
    return Entry(dn, ("top", "organizationalUnit"), {})


def user_entry(user: SeedUser) -> Entry:
    """A person user, without a password."""
    attributes: dict[str, object] = {
        "sAMAccountName": user.sam,
        "userPrincipalName": user.upn,
        "givenName": user.given_name,
        "sn": user.surname,
        "displayName": user.display_name,
        "userAccountControl": str(user.user_account_control),
        "company": "Example Corp",
    }
    if user.mail is not None:
        attributes["mail"] = user.mail
    if user.proxy_addresses:
        attributes["proxyAddresses"] = list(user.proxy_addresses)
    return Entry(user.dn, ("top", "person", "organizationalPerson", "user"), attributes)


def contact_entry(contact: SeedContact) -> Entry:
    """A mail-enabled contact."""
    attributes = {
        "givenName": contact.given_name,
        "sn": contact.surname,
        "displayName": f"{contact.given_name} {contact.surname} (partner)",
        "mail": contact.mail,
        "proxyAddresses": [f"SMTP:{contact.mail}"],
    }
    return Entry(contact.dn, ("top", "person", "organizationalPerson", "contact"), attributes)


def computer_entry(dn: str) -> Entry:
    """A workstation or server account; names starting with SRV are servers."""
    name = dn.split(",", 1)[0].removeprefix("CN=")
    attributes = {
        "sAMAccountName": f"{name}$",
        "dNSHostName": f"{name.lower()}.{UPN_SUFFIX}",
        "operatingSystem": "Windows Server" if name.startswith("SRV") else "Windows 11 Enterprise",
        "userAccountControl": str(_WORKSTATION_TRUST_ACCOUNT),
    }
    return Entry(dn, ("top", "person", "organizationalPerson", "user", "computer"), attributes)


def group_entry(seed: AdSeed, name: str) -> Entry:
    """The group `name` with its members; the big group is a mail-enabled distribution group."""
    attributes: dict[str, object] = {"sAMAccountName": name.replace(" ", "-")}
    if members := seed.group_members[name]:
        attributes["member"] = list(members)
    if name == seed.big_group:
        attributes["mail"] = f"all-staff@{MAIL_DOMAIN}"
        attributes["groupType"] = "8"  # universal distribution group
    return Entry(seed.groups[name], ("top", "group"), attributes)


def lockout_policy(applies_to: str) -> Entry:
    """A password settings object that locks `applies_to` out after a few wrong passwords."""
    day = -86400 * 10_000_000  # intervals in a password settings object are negative
    attributes = {
        "msDS-PasswordSettingsPrecedence": "1",
        "msDS-PasswordReversibleEncryptionEnabled": "FALSE",
        "msDS-PasswordHistoryLength": "0",
        "msDS-PasswordComplexityEnabled": "FALSE",
        "msDS-MinimumPasswordLength": "0",
        "msDS-MinimumPasswordAge": "0",
        "msDS-MaximumPasswordAge": str(365 * day),
        "msDS-LockoutThreshold": str(LOCKOUT_THRESHOLD),
        "msDS-LockoutObservationWindow": str(30 * day),
        "msDS-LockoutDuration": str(30 * day),
        "msDS-PSOAppliesTo": [applies_to],
    }
    policy_dn = f"CN=Lockout Test,CN=Password Settings Container,CN=System,{BASE_DN}"
    return Entry(policy_dn, ("msDS-PasswordSettings",), attributes)


# What makes each special account fail, set after its password. "locked_out" is locked by wrong
# passwords, "password_expired" by a backdated pwdLastSet, "disabled" by its userAccountControl.
SPECIAL_STATES: dict[str, dict[str, list]] = {
    "must_change_password": {"pwdLastSet": ["0"]},
    "account_expired": {"accountExpires": [str(filetime(dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))]},
    "logon_hours": {"logonHours": [bytes(21)]},  # not one hour of the week allowed
    "workstation": {"userWorkstations": ["NOWHERE"]},
}
