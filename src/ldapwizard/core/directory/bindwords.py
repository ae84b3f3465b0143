"""Bind failures in words: the server's result codes, AD's `data 52e` sub-codes and Kerberos.

connection.py does the binding; when a bind fails it asks this module what to tell the person.
"""

from __future__ import annotations

import re

from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.errors import BindError
from ldapwizard.i18n import N_, _

# The sub-codes after "data" in AD's invalidCredentials diagnostic message.
AD_BIND_REASONS = {
    "525": (N_("The user {user} does not exist in the directory."),
            N_("Check the spelling; use user@domain, DOMAIN\\user or the full DN.")),
    "52e": (N_("The server refused the user name or password for {user}."),
            N_("Check the password (and Caps Lock) and the user name: Active Directory gives "
               "the same answer for a user that does not exist.")),
    "530": (N_("{user} is not permitted to sign in at this time (logon hours)."),
            N_("An administrator can change the account's logon hours.")),
    "531": (N_("{user} is not permitted to sign in from this workstation."),
            N_("An administrator can allow this computer in the account's 'Log On To' list.")),
    "532": (N_("The password of {user} has expired."),
            N_("Set a new password for the account, then try again.")),
    "533": (N_("The account {user} is disabled."),
            N_("Enable the account in Active Directory, or bind as another user.")),
    "568": (N_("{user} belongs to too many groups to sign in."),
            N_("Remove the account from some groups, or bind as another user.")),
    "701": (N_("The account {user} has expired."),
            N_("Extend the account's expiry date in Active Directory.")),
    "773": (N_("{user} must change the password before signing in."),
            N_("Sign in once interactively and change the password, then try again.")),
    "775": (N_("The account {user} is locked out."),
            N_("Wait for the lockout to end or have an administrator unlock it.")),
}
_AD_DATA = re.compile(r"\bdata ([0-9a-fA-F]{3,8})\b")


def kerberos_error_types() -> tuple[type[BaseException], ...]:
    """The exception types of the Kerberos libraries installed here (none if neither is)."""
    # ldap3 lets the GSSAPI library's own errors through; either library may be missing.
    types: list[type[BaseException]] = []
    try:
        from gssapi.exceptions import GSSError
        types.append(GSSError)
    except ImportError:
        pass
    try:
        from winkerberos import GSSError as SspiError
        types.append(SspiError)
    except ImportError:
        pass
    return tuple(types)


# Words in MIT/Heimdal GSSAPI and Windows SSPI errors, and what they mean to a person.
_KERBEROS_EXPIRED = ("ticket expired", "credential has expired", "credentials have expired")
_KERBEROS_NO_TICKET = ("no kerberos credentials", "no credentials were supplied",
                       "no credentials cache", "no credentials are available")
_KERBEROS_UNKNOWN_SERVICE = ("server not found in kerberos database",
                             "target is unknown or unreachable")
_KERBEROS_NO_KDC = ("cannot contact any kdc", "cannot find kdc", "no authority could be contacted")
_KERBEROS_CLOCK = ("clock skew", "time skew", "time difference")


def translate_kerberos_failure(error: BaseException, settings: ConnectionSettings) -> BindError:
    """Words for a GSSAPI/SSPI error during a Kerberos bind: which ticket is missing and why."""
    detail = str(error)
    text = detail.lower()
    service = f"ldap/{settings.kerberos_host or settings.host}"
    if any(words in text for words in _KERBEROS_EXPIRED):
        return BindError(_("The Kerberos ticket of this computer's user has expired."),
                         reason="kerberos-expired", detail=detail,
                         hint=_("Sign in to the domain again (lock and unlock Windows) or run "
                                "kinit, then try again."))
    if any(words in text for words in _KERBEROS_NO_TICKET):
        return BindError(_("There is no Kerberos ticket to sign in to {address} with.",
                           address=settings.address),
                         reason="kerberos-no-ticket", detail=detail,
                         hint=_("Sign in to the domain on this computer, or run kinit user@REALM "
                                "(e.g. kinit jdoe@EXAMPLE.COM), then try again."))
    if any(words in text for words in _KERBEROS_UNKNOWN_SERVICE):
        return BindError(_("The domain knows no Kerberos service {service}, so it issues no "
                           "ticket for it.", service=service),
                         reason="kerberos-unknown-service", detail=detail,
                         hint=_("Connect by the domain controller's full host name (e.g. "
                                "dc1.example.com) or enter that name as the Kerberos host "
                                "name: an IP address or alias has no ldap/ service "
                                "principal."))
    if any(words in text for words in _KERBEROS_NO_KDC):
        return BindError(_("No Kerberos server (KDC) of the domain could be reached."),
                         reason="kerberos-no-kdc", detail=detail,
                         hint=_("Check that this computer finds the domain's KDC (DNS or "
                                "krb5.conf) and reaches it on port 88."))
    if any(words in text for words in _KERBEROS_CLOCK):
        return BindError(_("The clocks of this computer and the domain controller differ too "
                           "much for Kerberos."), reason="kerberos-clock-skew", detail=detail,
                         hint=_("Synchronise the time; Kerberos allows about 5 minutes."))
    return BindError(_("Kerberos sign-in to {address} failed.", address=settings.address),
                     detail=detail,
                     hint=_("See the details; klist shows the Kerberos tickets this computer "
                            "holds."))


def translate_bind_failure(result: dict, settings: ConnectionSettings) -> BindError:
    """Words for a failed bind result, including AD's `data 52e`-style sub-codes."""
    code = result.get("result")
    message = (result.get("message") or "").strip()
    description = result.get("description") or ""
    detail = f"result {code} ({description}): {message}".strip()
    user = settings.bind_user or _("the anonymous user")
    if "80090346" in message:
        return BindError(
            _("The server requires channel binding (LDAP channel binding token) for {user}.",
              user=user),
            reason="80090346", result=code, detail=detail,
            hint=_("Use LDAPS with a client that supports channel binding, or relax the DC's "
                   "'LDAP server channel binding token requirements' policy."),
        )
    if code == 8 or "strongerauthrequired" in description.lower():
        return BindError(
            _("The server requires an encrypted or signed connection for this sign-in."),
            reason="strongerAuthRequired", result=code, detail=detail,
            hint=_("Choose LDAPS or StartTLS (the DC requires LDAP signing or strong auth)."),
        )
    if code == 13:
        return BindError(_("The server requires an encrypted connection."), result=code,
                         detail=detail, hint=_("Choose LDAPS or StartTLS."))
    match = _AD_DATA.search(message)
    if code == 49 and match:
        reason = match.group(1).lower()
        known = AD_BIND_REASONS.get(reason)
        if known:
            return BindError(_(known[0], user=user), reason=reason, result=code,
                             detail=detail, hint=_(known[1]))
    if code == 49:
        return BindError(_("The server refused the user name or password for {user}.", user=user),
                         result=code, detail=detail,
                         hint=_("Check the bind user (a DN or user@domain) and the password."))
    if code == 48:
        return BindError(_("The server does not allow {how} sign-in for {user}.", how=settings.auth,
                           user=user),
                         result=code, detail=detail,
                         hint=_("Choose simple bind with a user and password."))
    if code == 7:
        return BindError(_("The server does not support {how} authentication.", how=settings.auth),
                         result=code, detail=detail, hint=_("Choose another sign-in method."))
    if code == 53:
        return BindError(_("The server is unwilling to accept this sign-in for {user}.", user=user),
                         result=code, detail=detail,
                         hint=_("The server refused the bind as configured; see the details."))
    return BindError(_("Signing in as {user} failed ({reason}).", user=user,
                       reason=description or code), result=code,
                     detail=detail)
