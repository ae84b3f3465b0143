"""Bind failures in words: the server's result codes, AD's `data 52e` sub-codes and Kerberos.

connection.py does the binding; when a bind fails it asks this module what to tell the person.
"""

from __future__ import annotations

import re

from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.errors import BindError

# The sub-codes after "data" in AD's invalidCredentials diagnostic message.
AD_BIND_REASONS = {
    "525": ("The user {user} does not exist in the directory.",
            "Check the spelling; use user@domain, DOMAIN\\user or the full DN."),
    "52e": ("The server refused the user name or password for {user}.",
            "Check the password (and Caps Lock) and the user name: Active Directory gives "
            "the same answer for a user that does not exist."),
    "530": ("{user} is not permitted to sign in at this time (logon hours).",
            "An administrator can change the account's logon hours."),
    "531": ("{user} is not permitted to sign in from this workstation.",
            "An administrator can allow this computer in the account's 'Log On To' list."),
    "532": ("The password of {user} has expired.",
            "Set a new password for the account, then try again."),
    "533": ("The account {user} is disabled.",
            "Enable the account in Active Directory, or bind as another user."),
    "568": ("{user} belongs to too many groups to sign in.",
            "Remove the account from some groups, or bind as another user."),
    "701": ("The account {user} has expired.",
            "Extend the account's expiry date in Active Directory."),
    "773": ("{user} must change the password before signing in.",
            "Sign in once interactively and change the password, then try again."),
    "775": ("The account {user} is locked out.",
            "Wait for the lockout to end or have an administrator unlock it."),
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
        return BindError("The Kerberos ticket of this computer's user has expired.",
                         reason="kerberos-expired", detail=detail,
                         hint="Sign in to the domain again (lock and unlock Windows) or run "
                         "kinit, then try again.")
    if any(words in text for words in _KERBEROS_NO_TICKET):
        return BindError(f"There is no Kerberos ticket to sign in to {settings.address} with.",
                         reason="kerberos-no-ticket", detail=detail,
                         hint="Sign in to the domain on this computer, or run "
                         "kinit user@REALM (e.g. kinit jdoe@EXAMPLE.COM), then try again.")
    if any(words in text for words in _KERBEROS_UNKNOWN_SERVICE):
        return BindError(f"The domain knows no Kerberos service {service}, so it issues no "
                         "ticket for it.", reason="kerberos-unknown-service", detail=detail,
                         hint="Connect by the domain controller's full host name (e.g. "
                         "dc1.example.com) or enter that name as the Kerberos host name: an IP "
                         "address or alias has no ldap/ service principal.")
    if any(words in text for words in _KERBEROS_NO_KDC):
        return BindError("No Kerberos server (KDC) of the domain could be reached.",
                         reason="kerberos-no-kdc", detail=detail,
                         hint="Check that this computer finds the domain's KDC (DNS or "
                         "krb5.conf) and reaches it on port 88.")
    if any(words in text for words in _KERBEROS_CLOCK):
        return BindError("The clocks of this computer and the domain controller differ too "
                         "much for Kerberos.", reason="kerberos-clock-skew", detail=detail,
                         hint="Synchronise the time; Kerberos allows about 5 minutes.")
    return BindError(f"Kerberos sign-in to {settings.address} failed.", detail=detail,
                     hint="See the details; klist shows the Kerberos tickets this computer "
                     "holds.")


def translate_bind_failure(result: dict, settings: ConnectionSettings) -> BindError:
    """Words for a failed bind result, including AD's `data 52e`-style sub-codes."""
    code = result.get("result")
    message = (result.get("message") or "").strip()
    description = result.get("description") or ""
    detail = f"result {code} ({description}): {message}".strip()
    user = settings.bind_user or "the anonymous user"
    if "80090346" in message:
        return BindError(
            f"The server requires channel binding (LDAP channel binding token) for {user}.",
            reason="80090346", result=code, detail=detail,
            hint="Use LDAPS with a client that supports channel binding, or relax the DC's "
            "'LDAP server channel binding token requirements' policy.",
        )
    if code == 8 or "strongerauthrequired" in description.lower():
        return BindError(
            "The server requires an encrypted or signed connection for this sign-in.",
            reason="strongerAuthRequired", result=code, detail=detail,
            hint="Choose LDAPS or StartTLS (the DC requires LDAP signing or strong auth).",
        )
    if code == 13:
        return BindError("The server requires an encrypted connection.", result=code,
                         detail=detail, hint="Choose LDAPS or StartTLS.")
    match = _AD_DATA.search(message)
    if code == 49 and match:
        reason = match.group(1).lower()
        known = AD_BIND_REASONS.get(reason)
        if known:
            return BindError(known[0].format(user=user), reason=reason, result=code,
                             detail=detail, hint=known[1])
    if code == 49:
        return BindError(f"The server refused the user name or password for {user}.",
                         result=code, detail=detail,
                         hint="Check the bind user (a DN or user@domain) and the password.")
    if code == 48:
        return BindError(f"The server does not allow {settings.auth} sign-in for {user}.",
                         result=code, detail=detail,
                         hint="Choose simple bind with a user and password.")
    if code == 7:
        return BindError(f"The server does not support {settings.auth} authentication.",
                         result=code, detail=detail, hint="Choose another sign-in method.")
    if code == 53:
        return BindError(f"The server is unwilling to accept this sign-in for {user}.",
                         result=code, detail=detail,
                         hint="The server refused the bind as configured; see the details.")
    return BindError(f"Signing in as {user} failed ({description or code}).", result=code,
                     detail=detail)
