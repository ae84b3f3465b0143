"""Server types: default filter, attribute mapping, stable id and the disabled-account rule."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ldapwizard.core.errors import BadInput
from ldapwizard.i18n import _

# userAccountControl bit for ACCOUNTDISABLE
UAC_ACCOUNTDISABLE = 0x2


@dataclass(frozen=True)
class Preset:
    """Everything that differs between directory products, for reading users."""

    key: str
    label: str
    user_filter: str
    contact_filter: str | None
    username_attribute: str
    email_attribute: str
    display_name_attribute: str
    alias_attribute: str | None
    stable_id_attribute: str
    stable_id_format: str  # 'guid-le' (AD objectGUID), 'guid-be' (eDirectory GUID), 'text'
    disabled_rule: str  # 'uac', 'nsaccountlock', 'logindisabled', 'pwdlocked', 'none'
    upn_attribute: str | None = None
    page_size: int = 1000
    default_security: str = "starttls"

    def with_mapping(self, **overrides: str | None) -> Preset:
        """A copy with some attribute names replaced (the wizard's Advanced mapping)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def disabled_attributes(self) -> tuple[str, ...]:
        return {
            "uac": ("userAccountControl",),
            "nsaccountlock": ("nsAccountLock",),
            "logindisabled": ("loginDisabled",),
            "pwdlocked": ("pwdAccountLockedTime",),
        }.get(self.disabled_rule, ())

    def attributes(self) -> tuple[str, ...]:
        """The attributes a user listing requests, without duplicates, in a stable order."""
        names = [
            self.username_attribute, self.email_attribute, self.display_name_attribute,
            self.alias_attribute, self.stable_id_attribute, self.upn_attribute,
            *self.disabled_attributes, "cn", "objectClass",
        ]
        seen: dict[str, str] = {}
        for name in names:
            if name and name.lower() not in seen:
                seen[name.lower()] = name
        return tuple(seen.values())

    def search_filter(self, include_contacts: bool = False) -> str:
        """The default filter for people, optionally with mail-enabled contacts."""
        if include_contacts and self.contact_filter:
            return f"(|{self.user_filter}{self.contact_filter})"
        return self.user_filter


PRESETS: dict[str, Preset] = {
    p.key: p
    for p in (
        Preset(
            key="ad",
            label="Active Directory / Exchange",
            # objectClass=user alone also matches computers
            user_filter="(&(objectCategory=person)(objectClass=user))",
            contact_filter="(&(objectClass=contact)(mail=*))",
            username_attribute="sAMAccountName",
            email_attribute="mail",
            display_name_attribute="displayName",
            alias_attribute="proxyAddresses",
            stable_id_attribute="objectGUID",
            stable_id_format="guid-le",
            disabled_rule="uac",
            upn_attribute="userPrincipalName",
            page_size=1000,
            default_security="ldaps",
        ),
        Preset(
            key="openldap",
            label="OpenLDAP",
            user_filter="(|(objectClass=inetOrgPerson)(objectClass=posixAccount))",
            contact_filter=None,
            username_attribute="uid",
            email_attribute="mail",
            display_name_attribute="displayName",
            alias_attribute="mail",
            stable_id_attribute="entryUUID",
            stable_id_format="text",
            disabled_rule="pwdlocked",
            page_size=500,
        ),
        Preset(
            key="389ds",
            label="389 DS / FreeIPA",
            user_filter="(|(objectClass=inetOrgPerson)(objectClass=posixAccount))",
            contact_filter=None,
            username_attribute="uid",
            email_attribute="mail",
            display_name_attribute="displayName",
            alias_attribute="mail",
            stable_id_attribute="nsUniqueId",
            stable_id_format="text",
            disabled_rule="nsaccountlock",
            page_size=1000,
        ),
        Preset(
            key="edirectory",
            label="eDirectory / GroupWise",
            user_filter="(objectClass=inetOrgPerson)",
            contact_filter=None,
            username_attribute="cn",
            email_attribute="mail",
            display_name_attribute="fullName",
            alias_attribute="mail",
            stable_id_attribute="GUID",
            stable_id_format="guid-be",
            disabled_rule="logindisabled",
            page_size=1000,
            default_security="ldaps",
        ),
        Preset(
            key="communigate",
            label="CommuniGate Pro",
            user_filter="(objectClass=CommuniGateAccount)",
            contact_filter=None,
            username_attribute="uid",
            email_attribute="mail",
            display_name_attribute="cn",
            alias_attribute=None,
            stable_id_attribute="entryUUID",
            stable_id_format="text",
            disabled_rule="none",
            page_size=500,
        ),
        Preset(
            key="generic",
            label="Generic LDAP",
            user_filter="(|(objectClass=inetOrgPerson)(objectClass=person))",
            contact_filter=None,
            username_attribute="uid",
            email_attribute="mail",
            display_name_attribute="displayName",
            alias_attribute="mail",
            stable_id_attribute="entryUUID",
            stable_id_format="text",
            disabled_rule="none",
            page_size=500,
        ),
    )
}


def get_preset(key: str) -> Preset:
    """The preset named `key` (ad, openldap, 389ds, edirectory, communigate, generic)."""
    try:
        return PRESETS[key]
    except KeyError:
        raise BadInput(_('unknown server type "{key}"; choose one of {choices}', key=key,
                         choices=", ".join(PRESETS))) from None
