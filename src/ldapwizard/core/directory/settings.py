"""What the admin chose: how to reach the directory and what to search. No secrets here."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ldapwizard.core.directory.bounds import Bounds
from ldapwizard.core.directory.filters import validate_filter
from ldapwizard.core.directory.presets import Preset, get_preset
from ldapwizard.core.errors import BadInput
from ldapwizard.i18n import _

SECURITIES = ("ldaps", "starttls", "none")
VERIFICATIONS = ("system", "cafile", "off")
AUTH_METHODS = ("simple", "ntlm", "kerberos", "anonymous")
SCOPES = ("sub", "one")
REFERRAL_POLICIES = ("error", "ignore")


def default_port(security: str) -> int:
    """389 for StartTLS or plain LDAP, 636 for LDAPS."""
    return 636 if security == "ldaps" else 389


@dataclass(frozen=True)
class ConnectionSettings:
    """How to reach and authenticate to one directory server."""

    host: str
    port: int | None = None
    security: str = "ldaps"
    verify: str = "system"
    ca_file: str | None = None
    auth: str = "simple"
    bind_user: str = ""
    # Kerberos asks for a ticket to ldap/<this name>; set it when `host` is an IP address or an
    # alias that is not the DC's registered host name. Empty: `host` itself.
    kerberos_host: str = ""
    connect_timeout: float = 5.0
    receive_timeout: float = 30.0
    # the most a server may send, and how long a listing may take (bounds.py)
    bounds: Bounds = field(default_factory=Bounds)

    @property
    def effective_port(self) -> int:
        return self.port or default_port(self.security)

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.effective_port}"

    def check(self, password: str | None) -> None:
        """Raise BadInput for settings that cannot work, before any network traffic."""
        if not self.host:
            raise BadInput(_("No server given."), hint=_("Enter the host name or IP address of a "
                             "directory server, or an AD domain name."))
        if self.security not in SECURITIES:
            raise BadInput(_('Unknown security "{security}"; use ldaps, starttls or none.',
                             security=self.security))
        if self.verify not in VERIFICATIONS:
            raise BadInput(_('Unknown certificate check "{verify}".', verify=self.verify))
        if self.verify == "cafile" and not self.ca_file:
            raise BadInput(_("Certificate check against a CA file was chosen, but no file given."),
                           hint=_("Choose the CA certificate file (PEM), or check against the "
                             "system trust store."))
        if self.auth not in AUTH_METHODS:
            raise BadInput(_('Unknown authentication "{auth}"; use one of {value}.',
                             auth=self.auth, value=", ".join(AUTH_METHODS)))
        if self.port is not None and not 1 <= self.port <= 65535:
            raise BadInput(_("Port {port} is out of range 1–65535.", port=self.port))
        if not self.connect_timeout > 0:
            raise BadInput(_("The connect timeout must be more than 0 seconds."))
        if not self.receive_timeout > 0:
            raise BadInput(_("The receive timeout must be more than 0 seconds."))
        self.bounds.check()
        if self.auth in ("simple", "ntlm"):
            if not self.bind_user:
                raise BadInput(_("No bind user given."),
                               hint=_("Enter the user to sign in as (a DN, user@domain, or "
                                      "DOMAIN\\user for NTLM), or choose anonymous."))
            if not password:
                # an empty simple-bind password is an anonymous bind that looks like success
                raise BadInput(_("No password given for {user}.", user=self.bind_user),
                               hint=_("Enter the password, or choose anonymous authentication."))
        if self.auth == "ntlm" and "\\" not in self.bind_user:
            raise BadInput(_('NTLM needs the user as DOMAIN\\user, not "{user}".',
                             user=self.bind_user))

    def warnings(self) -> list[str]:
        """Risks the admin chose knowingly; shown, never silent."""
        found = []
        if self.security == "none" and self.auth == "simple":
            found.append(_("The password is sent unencrypted over plain LDAP; anyone on the "
                           "network path can read it. Use LDAPS or StartTLS."))
        if self.security == "none" and self.auth == "ntlm":
            found.append(_("NTLM over plain LDAP is open to relay attacks; use LDAPS or "
                           "StartTLS."))
        if self.security != "none" and self.verify == "off":
            found.append(_("Certificate verification is OFF: the connection is encrypted but "
                           "the server is not authenticated, so an impostor could read the "
                           "password."))
        return found


@dataclass(frozen=True)
class SearchSettings:
    """Where and how to list users, on top of a server-type preset."""

    base_dn: str
    preset: Preset = field(default_factory=lambda: get_preset("generic"))
    scope: str = "sub"
    filter: str | None = None
    page_size: int | None = None
    include_contacts: bool = False
    referrals: str = "error"
    # who to import beyond base and filter (who.py): ticked OUs as (DN, with sub-OUs); the
    # members of these groups (nested unless `nested` is off); ordered exclusion rules
    # (exclusions.py); and the mail-enabled groups as mailing lists
    bases: tuple[tuple[str, bool], ...] = ()
    member_of: tuple[str, ...] = ()
    nested: bool = True
    exclude: tuple[str, ...] = ()
    groups_as_lists: bool = False
    groups_base: str = ""  # where groups are looked up; empty: the base DN's naming context

    @property
    def effective_filter(self) -> str:
        if self.filter:
            return validate_filter(self.filter)
        return self.preset.search_filter(self.include_contacts)

    @property
    def effective_page_size(self) -> int:
        return self.page_size or self.preset.page_size

    def check(self) -> None:
        """Raise BadInput for settings that cannot work."""
        if self.scope not in SCOPES:
            raise BadInput(_('Unknown scope "{value}"; use sub or one.', value=self.scope))
        try:
            self.base_dn.encode("utf-8")
        except UnicodeEncodeError as e:
            raise BadInput(_("The base DN has a character that cannot be sent (position {value}).",
                             value=e.start + 1), hint=_("Type the base DN again, or copy it from "
                             "the directory's own tools.")) from None
        if self.referrals not in REFERRAL_POLICIES:
            raise BadInput(_('Unknown referral policy "{policy}"; use error or ignore.',
                             policy=self.referrals))
        if not 1 <= self.effective_page_size <= 100_000:
            raise BadInput(_("Page size {size} is out of range 1–100000.",
                             size=self.effective_page_size))
        from ldapwizard.core.directory.exclusions import Exclusions

        Exclusions.parse(self.exclude)  # a rule that cannot work is said before any search
        self.effective_filter  # noqa: B018 - validates

    def with_base_dn(self, suggested: str | None) -> SearchSettings:
        """The one base-DN rule of every command: the one given, else the server's suggestion
        (its default naming context), else BadInput — never an empty base searched."""
        if self.base_dn.strip():
            return self
        if not suggested:
            raise BadInput(_("No base DN given and the server advertises none."),
                           hint=_("Give a binding string with the DN to list users from (e.g. "
                             "OU=Staff,DC=corp,DC=example,DC=com)."))
        return replace(self, base_dn=suggested)
