"""The RootDSE: what a server says about itself before any search, read into a RootDse."""

from __future__ import annotations

from dataclasses import dataclass

from ldapwizard.core.directory.pager import PAGED_RESULTS
from ldapwizard.core.errors import DirectoryError
from ldapwizard.i18n import _

AD_CAPABILITY = "1.2.840.113556.1.4.800"
ROOT_DSE_ATTRIBUTES = (
    "namingContexts", "defaultNamingContext", "rootDomainNamingContext", "configurationContext",
    "supportedControl", "supportedExtension", "supportedLDAPVersion", "supportedSASLMechanisms",
    "supportedCapabilities", "vendorName", "vendorVersion", "dnsHostName", "serverName",
    "objectClass", "domainFunctionality", "forestFunctionality", "isGlobalCatalogReady",
)


@dataclass(frozen=True)
class RootDse:
    """What a server says about itself before any search."""

    vendor: str
    vendor_version: str | None
    naming_contexts: tuple[str, ...]
    default_naming_context: str | None
    supports_paging: bool
    is_active_directory: bool
    dns_host_name: str | None
    sasl_mechanisms: tuple[str, ...]

    @property
    def suggested_base(self) -> str | None:
        """The base DN to list users from: AD's default naming context, else the first one."""
        if self.default_naming_context:
            return self.default_naming_context
        return self.naming_contexts[0] if self.naming_contexts else None


def _values(attributes: dict, name: str) -> list[str]:
    for key, values in attributes.items():
        if key.lower() == name.lower():
            return [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
                    for v in values]
    return []


def parse_root_dse(raw: dict) -> RootDse:
    """Build RootDse from the raw attributes of the root entry."""
    vendor_name = (_values(raw, "vendorName") or [None])[0]
    capabilities = set(_values(raw, "supportedCapabilities"))
    object_classes = {v.lower() for v in _values(raw, "objectClass")}
    controls = set(_values(raw, "supportedControl"))
    is_ad = AD_CAPABILITY in capabilities
    if is_ad:
        vendor = "Active Directory"
        if vendor_name and "samba" in vendor_name.lower():
            vendor += f" ({vendor_name})"
    elif vendor_name:
        vendor = vendor_name
    elif "openldaprootdse" in object_classes:
        vendor = "OpenLDAP"
    else:
        vendor = "unknown LDAP server"
    default = (_values(raw, "defaultNamingContext") or [None])[0]
    return RootDse(
        vendor=vendor,
        vendor_version=(_values(raw, "vendorVersion") or [None])[0],
        naming_contexts=tuple(_values(raw, "namingContexts")),
        default_naming_context=default,
        supports_paging=PAGED_RESULTS in controls,
        is_active_directory=is_ad,
        dns_host_name=(_values(raw, "dnsHostName") or [None])[0],
        sasl_mechanisms=tuple(_values(raw, "supportedSASLMechanisms")),
    )


def root_dse_from_response(response: list | None, result: dict | None,
                           address: str) -> RootDse:
    """The RootDse in the answer to a base search of the root entry, or a DirectoryError."""
    entries = [r for r in response or [] if r.get("type") == "searchResEntry"]
    if not entries:
        raise DirectoryError(
            _("{address} did not return its RootDSE.", address=address), step="rootdse",
            detail=str(result), hint=_("The bind user may lack read access to the root entry."))
    return parse_root_dse(entries[0]["raw_attributes"])
