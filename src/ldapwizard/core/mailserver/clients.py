"""What a mail client needs to reach the mail server: the one source of the settings that
`mailstack render` writes for Thunderbird and Outlook (autoconfig.py) and that the welcome
message tells each new user.

A mail server's set serves IMAPS on 993 and submission on 587 (STARTTLS, then SMTP AUTH), as
tls.py opens them; an instance serves its own loopback ports. Every user may sign in with
their full address (Dovecot's passdb takes the login or the address), so the clients are
told the address as the user name.
"""

from __future__ import annotations

from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.mailserver.layout import HOST, Ports

SSL, STARTTLS, PLAIN = "SSL", "STARTTLS", "plain"  # Thunderbird's socketType words
IMAPS_PORT, SUBMISSION_PORT = 993, 587
_SECURITY_WORDS = {SSL: "SSL/TLS", STARTTLS: "STARTTLS", PLAIN: i18n.N_("no encryption")}


@dataclass(frozen=True)
class Server:
    """One server a mail client talks to."""

    protocol: str  # "imap" or "smtp"
    host: str
    port: int
    security: str  # SSL, STARTTLS or plain
    sign_in: bool = True  # SMTP without sign-in: an instance's plain port 25, local mail only

    def security_words(self) -> str:
        """"SSL/TLS", "STARTTLS" or "no encryption", in the language messages are shown in."""
        return i18n._(_SECURITY_WORDS[self.security])

    def described(self) -> str:
        """"mail.example.com, port 993, SSL/TLS" as a person reads it."""
        return i18n._("{host}, port {port}, {security}", host=self.host, port=self.port,
                      security=self.security_words())


@dataclass(frozen=True)
class ClientSettings:
    """The incoming (IMAP) and outgoing (SMTP) servers, the preferred one first."""

    incoming: tuple[Server, ...]
    outgoing: tuple[Server, ...]

    @property
    def imap(self) -> Server:
        """The IMAP server a person should use."""
        return self.incoming[0]

    @property
    def smtp(self) -> Server:
        """The SMTP server a person should send through."""
        return self.outgoing[0]

    def lines(self) -> list[str]:
        """The settings as lines a person types into a mail program, in the language
        messages are shown in (each keeps its English: i18n.english)."""
        smtp = self.smtp.described()
        return [i18n._("Incoming mail (IMAP): {server}", server=self.imap.described()),
                i18n._("Outgoing mail (SMTP): {server}, with the same user name and password",
                       server=smtp) if self.smtp.sign_in else
                i18n._("Outgoing mail (SMTP): {server}, without signing in (this host only)",
                       server=smtp)]


def client_settings(host: str, ports: Ports | None = None, *,
                    tls: bool = True) -> ClientSettings:
    """The servers clients use: a mail server's (`ports` None: IMAPS 993, submission 587 on
    `host`), or an instance's loopback ports (with `tls`, its IMAPS and submission first)."""
    if ports is None:
        return ClientSettings((Server("imap", host, IMAPS_PORT, SSL),),
                              (Server("smtp", host, SUBMISSION_PORT, STARTTLS),))
    host = HOST
    if tls and ports.imaps is not None and ports.submission is not None:
        return ClientSettings(
            (Server("imap", host, ports.imaps, SSL), Server("imap", host, ports.imap, STARTTLS)),
            (Server("smtp", host, ports.submission, STARTTLS),))
    return ClientSettings((Server("imap", host, ports.imap, PLAIN),),
                          (Server("smtp", host, ports.smtp, PLAIN, sign_in=False),))
