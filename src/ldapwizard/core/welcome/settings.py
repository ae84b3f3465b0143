"""How welcome messages are sent: one small record, so the job record (profile) can carry it
and the command line, the window and a scheduled sync all send the same way."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.mailserver import autoconfig
from ldapwizard.core.mailserver.clients import ClientSettings, client_settings

SECURITIES = ("none", "starttls", "tls")
DEFAULT_SERVER = "localhost:25"  # the Postfix `mailstack render` set up, delivering locally
DEFAULT_PORTS = {"none": 25, "starttls": 587, "tls": 465}
DEFAULT_RATE = 60  # messages a minute: what a relay takes without calling it a flood
DEFAULT_TIME_LIMIT = 600.0  # seconds for the whole step; the next run sends the rest


@dataclass(frozen=True)
class WelcomeSettings:
    """Everything the welcome step needs but the SMTP password (in the system keyring)."""

    template: str | None = None  # a template file; None: the built-in message
    sender: str | None = None  # None: postmaster@ the batch's domain
    smtp_server: str = DEFAULT_SERVER  # HOST[:PORT]
    smtp_security: str | None = None  # none, starttls, tls; None: none on loopback, else starttls
    smtp_user: str | None = None  # sign in (SMTP AUTH) with the keyring's password
    smtp_ca_file: str | None = None  # the relay's CA, else the system's trust store
    mail_host: str | None = None  # the name clients reach the mail server by
    mailstack: str | None = None  # a render's folder: the settings its autoconfig file has
    rate: float = DEFAULT_RATE  # messages a minute at most; 0: no limit
    time_limit: float = DEFAULT_TIME_LIMIT


@dataclass(frozen=True)
class SmtpServer:
    """Where messages are handed over, and how."""

    host: str
    port: int
    security: str

    @property
    def loopback(self) -> bool:
        """Whether the server is on this host (plain SMTP is fine there)."""
        if self.host.lower() == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def smtp_server(settings: WelcomeSettings) -> SmtpServer:
    """The SMTP server of `settings` (HOST, HOST:PORT, [IPv6]:PORT); BadInput if it is none."""
    text = settings.smtp_server.strip()
    security = settings.smtp_security
    if security is not None and security not in SECURITIES:
        raise BadInput(i18n._("--smtp-security {value} is not one of {choices}.",
                              value=repr(security), choices=", ".join(SECURITIES)))
    host, port = text, None
    if text.startswith("["):
        host, bracket, rest = text[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            host = ""
        port = rest[1:] or None
    elif text.count(":") == 1:
        host, port = text.split(":")
    if not host or any(c.isspace() or c in "/@" for c in host) or (
            port is not None and not (port.isdigit() and 0 < int(port) < 65536)):
        raise BadInput(i18n._("--smtp-server {value} is not HOST or HOST:PORT.",
                              value=repr(text)),
                       hint=i18n._("e.g. localhost:25 (the local Postfix) or "
                                   "smtp.example.com:587."))
    server = SmtpServer(host, 0, "none")
    if security is None:
        security = "none" if server.loopback else "starttls"
    return SmtpServer(host, int(port) if port else DEFAULT_PORTS[security], security)


def check_limits(settings: WelcomeSettings) -> None:
    """BadInput unless the rate and the time limit can be kept."""
    if not settings.rate >= 0:
        raise BadInput(i18n._("A rate of {rate} messages a minute cannot be kept.",
                              rate=f"{settings.rate:g}"),
                       hint=i18n._("Give 0 (no limit) or more with --rate."))
    if not settings.time_limit > 0:
        raise BadInput(i18n._("A time limit of {seconds} seconds leaves no time to send.",
                              seconds=f"{settings.time_limit:g}"),
                       hint=i18n._("Give more than 0 seconds with --time-limit."))


def clients(settings: WelcomeSettings) -> ClientSettings:
    """The mail client settings the message tells: those render wrote into the autoconfig
    file of `mailstack`, else a mail server's standard ports on `mail_host` (default: this
    host's name, as the welcome step runs on the mail server)."""
    if settings.mailstack:
        path = Path(settings.mailstack) / autoconfig.FOLDER / autoconfig.CONFIG
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            raise BadInput(i18n._("There is no autoconfig file {path} to take the mail "
                                  "client settings from.", path=path), detail=str(e),
                           hint=i18n._("Give the folder `mailstack render --out` wrote, after "
                                       "rendering with this version.")) from None
        return autoconfig.read_config(text, str(path))
    host, _ = autoconfig.mail_host(settings.mail_host, socket.getfqdn() or "localhost", ())
    return client_settings(host)


def from_job(job) -> WelcomeSettings:
    """The welcome settings a job record (core/job/profiles.Profile) keeps: its empty fields
    are the defaults (the local Postfix, the built-in template, postmaster@ the domain)."""
    return WelcomeSettings(template=job.welcome_template or None,
                           sender=job.welcome_from or None,
                           smtp_server=job.smtp_server or DEFAULT_SERVER,
                           smtp_security=job.smtp_security or None,
                           smtp_user=job.smtp_user or None,
                           mail_host=getattr(job, "mail_host", "") or None,
                           mailstack=getattr(job, "welcome_mailstack", "") or None)
