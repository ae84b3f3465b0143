"""The SMTP session welcome messages go through: the local Postfix, or a relay with STARTTLS
or implicit TLS (the certificate checked against the system's trust store or the CA file
given) and optionally SMTP AUTH, its password only in the system keyring.

Errors come out as SmtpError with what the server said in `detail`; the password is never
part of a message.
"""

from __future__ import annotations

import smtplib
import ssl

from ldapwizard.core.errors import BadInput, CredentialError, LdapWizardError
from ldapwizard.core.job import secrets
from ldapwizard.core.welcome.settings import SmtpServer, WelcomeSettings
from ldapwizard.i18n import _


class SmtpError(LdapWizardError):
    """The SMTP server could not be reached, or refused this client."""


def answer(error: Exception) -> str:
    """The server's own words in an smtplib error, as `550 5.1.1 …`."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        error = next(iter(error.recipients.values()), (0, b""))
        code, text = error
    elif isinstance(error, smtplib.SMTPResponseException):
        code, text = error.smtp_code, error.smtp_error
    else:
        return f"{type(error).__name__}: {error}"
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(f"{code} {text}".split())


def _account(server: SmtpServer, user: str) -> str:
    return f"smtp:{user}@{server.host}"


def store_password(server: SmtpServer, user: str, password: str) -> None:
    """Remember the SMTP AUTH password of `user` at `server` in the system keyring."""
    try:
        secrets.keyring.set_password(secrets.SERVICE, _account(server, user), password)
    except secrets.keyring.errors.KeyringError as e:
        raise CredentialError(_("The SMTP password could not be saved in the system "
                                "keyring: {error}.", error=type(e).__name__), detail=str(e),
                              hint=_("Unlock the keyring (or install one), then try again.")
                              ) from None


def load_password(server: SmtpServer, user: str) -> str:
    """The keyring's SMTP AUTH password of `user` at `server`; CredentialError when none."""
    try:
        password = secrets.keyring.get_password(secrets.SERVICE, _account(server, user))
    except secrets.keyring.errors.KeyringError as e:
        raise CredentialError(_("The SMTP password could not be read from the system "
                                "keyring: {error}.", error=type(e).__name__), detail=str(e),
                              hint=_("Unlock the keyring, then try again.")) from None
    if not password:
        raise CredentialError(_("The system keyring holds no SMTP password for {user} at "
                                "{host}.", user=user, host=server.host),
                              hint=_("Save it once with `ldapwizard welcome smtp-password "
                                     "--smtp-server {server} --smtp-user {user}`.",
                                     server=server, user=user))
    return password


def _context(settings: WelcomeSettings) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=settings.smtp_ca_file)
    except (OSError, ssl.SSLError) as e:
        raise BadInput(_("The CA file {path} could not be read.", path=settings.smtp_ca_file),
                       detail=str(e), hint=_("Give a PEM file of the CA that signed the SMTP "
                                             "server's certificate with --smtp-ca-file.")
                       ) from None


def connect(settings: WelcomeSettings, server: SmtpServer, timeout: float) -> smtplib.SMTP:
    """An SMTP session at `server`, in TLS and signed in as settings asks; SmtpError or
    CredentialError when that fails (nothing was sent)."""
    if settings.smtp_user and server.security == "none" and not server.loopback:
        raise BadInput(_("Signing in to {server} without TLS would send the password in "
                         "clear text.", server=server),
                       hint=_("Use --smtp-security starttls or tls."))
    password = load_password(server, settings.smtp_user) if settings.smtp_user else None
    context = _context(settings) if server.security != "none" else None
    session = None
    try:
        if server.security == "tls":
            session = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout,
                                       context=context)
        else:
            session = smtplib.SMTP(server.host, server.port, timeout=timeout)
        session.ehlo()
        if server.security == "starttls":
            session.starttls(context=context)
            session.ehlo()
        if password is not None:
            session.login(settings.smtp_user, password)
        return session
    except BaseException as e:
        if session is not None:
            session.close()
        raise _translated(e, server) from None


def _translated(error: BaseException, server: SmtpServer) -> BaseException:
    if isinstance(error, ssl.SSLCertVerificationError):
        return SmtpError(_("The certificate of the SMTP server {server} was refused: "
                           "{reason}.", server=server, reason=error.verify_message),
                         detail=str(error),
                         hint=_("Give the CA that signed it with --smtp-ca-file, or the name "
                                "its certificate is for as --smtp-server."))
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return SmtpError(_("The SMTP server {server} refused the user name or password.",
                           server=server),
                         detail=answer(error), hint=_("Save the right password with "
                                                      "`ldapwizard welcome smtp-password`, or "
                                                      "check --smtp-user."))
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return SmtpError(_("The SMTP server {server} does not offer what was asked "
                           "(STARTTLS or signing in).", server=server), detail=str(error),
                         hint=_("Check --smtp-security and --smtp-user against what the "
                                "server offers."))
    if isinstance(error, (smtplib.SMTPException, OSError)):
        return SmtpError(_("The SMTP server {server} could not be reached or refused this "
                           "client; nothing was sent.", server=server), detail=answer(error),
                         hint=_("Check --smtp-server (default localhost:25, the local "
                                "Postfix) and that the server runs."))
    return error
