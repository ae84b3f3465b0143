"""A mail server's TLS: IMAP and submission only over TLS with the admin's certificate, and
Postfix's SMTP AUTH checked by Dovecot (the same sign-in as IMAP).

Ports a rendered mail server opens: 25 (mail from other servers: STARTTLS offered, no sign-in),
587 (submission: STARTTLS first, then SMTP AUTH; only signed-in users relay) and 993 (IMAP in
TLS from the first byte). The plaintext IMAP port 143 is closed, and Dovecot refuses any
password not sent over TLS. An instance (loopback, for trying and testing) keeps its plain ports.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.mailserver.layout import DOVECOT_TLS_CONF, Layout

# characters that Postfix ($, comma, space) or Dovecot (quotes, %, #) would read as syntax
_UNSAFE = set("'\"\\%#$,;{}<>") | {chr(c) for c in range(33)} | {"\x7f"}
SASL_SOCKET = "private/auth"  # in Postfix's queue, where a chrooted smtpd finds it too
POSTFIX_QUEUE = PurePosixPath("/var/spool/postfix")
# Postfix's own names for old protocols; TLS 1.2 and later only where TLS is mandatory
_OLD_PROTOCOLS = "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1"
PORTS = (
    (25, "SMTP", "mail from other servers for the database's domains; STARTTLS is offered, "
     "and nobody signs in here (no relaying)"),
    (587, "submission", "the users send mail: TLS (STARTTLS) before anything else, then SMTP "
     "AUTH, checked by Dovecot like an IMAP sign-in; only signed-in users relay"),
    (993, "IMAPS", "the users read mail: TLS from the first byte, with your certificate"),
)
CLOSED = ("143 (IMAP without TLS), 465, 110 and 995 (POP3 is not installed); there is no "
          "LMTP listener (Postfix delivers into the Maildirs itself)")


@dataclass(frozen=True)
class TlsFiles:
    """The mail server's certificate chain and private key, as paths on the mail server."""

    cert: PurePosixPath
    key: PurePosixPath


def tls_files(cert: str | None, key: str | None) -> TlsFiles:
    """The certificate and key options checked; BadInput naming what is wrong."""
    if not cert or not key:
        raise BadInput(i18n._("A mail server serves IMAP and submission over TLS only, with "
                              "its own certificate."),
                       hint=i18n._("Give --tls-cert FILE and --tls-key FILE as paths on the "
                                   "mail server (e.g. /etc/letsencrypt/live/HOST/fullchain.pem "
                                   "and privkey.pem)."))
    paths = []
    for option, value in (("--tls-cert", cert), ("--tls-key", key)):
        path = PurePosixPath(value)
        if not path.is_absolute() or any(c in _UNSAFE for c in value) or ".." in path.parts:
            raise BadInput(i18n._("{option} {value} is not a plain absolute path on the mail "
                                  "server.", option=option, value=repr(value)),
                           hint=i18n._("Give the full path, without spaces, quotes, "
                                       "backslashes, .. or any of % # $ , ; { } < >."))
        paths.append(path)
    if paths[0] == paths[1]:
        raise BadInput(i18n._("--tls-cert and --tls-key name the same file."),
                       hint=i18n._("Keep the private key in a file of its own, readable by "
                                   "root only (e.g. /etc/ssl/private/, mode 0600)."))
    return TlsFiles(*paths)


def instance_sasl_socket(layout: Layout) -> str:
    """An instance's Dovecot auth socket for Postfix's SMTP AUTH, as Dovecot names it: in the
    instance's queue, where a chrooted smtpd finds it as `private/auth` too."""
    return str(layout.out / "spool" / SASL_SOCKET)


def postfix_settings(tls: TlsFiles, sasl_path: str = SASL_SOCKET) -> dict[str, str]:
    """main.cf: the certificate for every smtpd, Dovecot's SASL, and no sign-in on port 25."""
    return {
        "smtpd_tls_cert_file": str(tls.cert),
        "smtpd_tls_key_file": str(tls.key),
        "smtpd_tls_security_level": "may",  # port 25: other servers may still send in clear
        "smtpd_tls_auth_only": "yes",
        "smtpd_tls_mandatory_protocols": _OLD_PROTOCOLS,
        "smtpd_sasl_type": "dovecot",
        "smtpd_sasl_path": sasl_path,
        "smtpd_sasl_auth_enable": "no",  # only the submission service below turns it on
    }


def submission_options(policy: str) -> list[str]:
    """The submission service's `-o` options: TLS first, then SMTP AUTH, only signed-in users
    relay; `policy` (the quota check) still refuses a recipient whose mailbox is full."""
    return [
        "syslog_name=postfix/submission",
        "smtpd_tls_security_level=encrypt",
        "smtpd_tls_auth_only=yes",
        "smtpd_sasl_auth_enable=yes",
        "smtpd_sasl_security_options=noanonymous",
        "smtpd_client_restrictions=permit_sasl_authenticated,reject",
        "smtpd_relay_restrictions=permit_sasl_authenticated,reject",
        # braces: Postfix 3's way to give a master.cf option a value with spaces
        f"{{ smtpd_recipient_restrictions = {policy}, permit_sasl_authenticated, reject }}",
        "milter_macro_daemon_name=ORIGINATING",
    ]


def submission_service(listen: str, policy: str) -> str:
    """A master.cf submission service listening on `listen`, not chrooted."""
    return (f"{listen} inet  n       -       n       -       -       smtpd\n"
            + "".join(f"  -o {option}\n" for option in submission_options(policy)))


def master_cf_snippet(policy: str) -> str:
    """The submission service for /etc/postfix/master.cf: TLS required, then SMTP AUTH."""
    return ("# Written by `ldapwizard mailstack render`: add this service to "
            "/etc/postfix/master.cf\n# (replacing Debian's commented-out `submission` lines), "
            "then `postfix reload`.\n# Not chrooted: it reads the user database's tables as "
            "it is.\n" + submission_service("submission", policy))


def dovecot_ssl(tls: TlsFiles) -> str:
    """Dovecot's TLS settings: TLS required with the certificate, no password without TLS."""
    return f"""\
ssl = required
ssl_cert = <{tls.cert}
ssl_key = <{tls.key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
"""


def sasl_listener(path: str) -> str:
    """Dovecot's auth socket for Postfix's SMTP AUTH, for the user postfix only."""
    return f"""\
service auth {{
  unix_listener {path} {{
    mode = 0660
    user = postfix
    group = postfix
  }}
}}
"""


def dovecot_conf(tls: TlsFiles) -> str:
    """conf.d/99-ldapwizard-tls.conf: TLS required, IMAPS only, and the SASL socket that
    Postfix's submission service asks."""
    return f"""\
# Written by `ldapwizard mailstack render`: goes to /etc/dovecot/conf.d/{DOVECOT_TLS_CONF}
# (read after Debian's 10-ssl.conf, so these settings win). IMAP only over TLS with the
# mail server's certificate; no password is accepted without TLS.
{dovecot_ssl(tls)}
service imap-login {{
  inet_listener imap {{
    # 143 without TLS: closed
    port = 0
  }}
  inet_listener imaps {{
    port = 993
    ssl = yes
  }}
}}

# SMTP AUTH of Postfix's submission service (smtpd_sasl_path = {SASL_SOCKET})
{sasl_listener(str(POSTFIX_QUEUE / SASL_SOCKET))}"""


def readme_lines(tls: TlsFiles, self_signed: str | None = None) -> list[str]:
    """The README's section on the ports the mail server opens, and why."""
    lines = ["## Ports", "",
             "The mail server opens these ports, and only these:", ""]
    lines += [f"- **{port}** ({name}): {why}." for port, name, why in PORTS]
    lines += ["", f"Closed: {CLOSED}. Dovecot refuses a password sent without TLS "
              "(`ssl = required`, `disable_plaintext_auth = yes`); Postfix offers SMTP AUTH "
              "only on 587 and only after STARTTLS.", "",
              f"Certificate: `{tls.cert}` (the full chain), key: `{tls.key}` (root, mode "
              "0600). Both daemons read them as root at start: after renewing, `postfix "
              "reload` and `systemctl reload dovecot`. Open 25, 587 and 993 in the firewall, "
              "nothing else of the mail server.", ""]
    if self_signed:
        lines += [f"**The certificate is self-signed** (for `{self_signed}`, made by "
                  "`render --self-signed`): for trying only. Mail clients warn (or refuse) "
                  "and other servers' TLS is unauthenticated until you render again with "
                  "a certificate from a CA (`--tls-cert`, `--tls-key`; e.g. Let's Encrypt's "
                  "`fullchain.pem` and `privkey.pem`). Rendering again keeps it while it is "
                  "good for the same host.", ""]
    return lines
