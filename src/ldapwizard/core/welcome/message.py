"""One user's welcome message, exactly as it is sent: the template filled with their values,
as an email.message.EmailMessage — RFC 2047 encoded words for a non-ASCII display name or
subject, and the SMTPUTF8 policy only where an address needs it (a non-ASCII local part or
domain), so every other message is plain 7-bit headers any server takes."""

from __future__ import annotations

import email.policy
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.mailserver.clients import ClientSettings
from ldapwizard.core.welcome.template import Template

SIGN_IN_METHODS = {
    "directory": "your directory password (the one you sign in to your computer and the "
                 "company's other services with)",
    "local": "the password your administrator gives you (this mailbox's own, not your "
             "directory password)",
}


@dataclass(frozen=True)
class Recipient:
    """A user as the welcome message names them."""

    user_id: int
    address: str
    display_name: str
    login: str
    auth: str  # "directory" or "local"
    enabled: bool = True


def values(recipient: Recipient, settings: ClientSettings) -> dict[str, str]:
    """Every placeholder's value for `recipient`."""
    imap, smtp = settings.imap, settings.smtp
    return {
        # the directory's values on one line: a line break in a name is never the message's
        "display_name": " ".join(recipient.display_name.split()) or recipient.address,
        "address": " ".join(recipient.address.split()),
        "login": " ".join(recipient.login.split()),
        "domain": recipient.address.rpartition("@")[2],
        "sign_in_method": SIGN_IN_METHODS.get(recipient.auth, SIGN_IN_METHODS["local"]),
        "imap_host": imap.host, "imap_port": str(imap.port),
        "imap_security": imap.security_words(),
        "smtp_host": smtp.host, "smtp_port": str(smtp.port),
        "smtp_security": smtp.security_words(),
        "client_settings": "\n".join(f"  {line}" for line in settings.lines()),
    }


def sender_address(text: str) -> str:
    """The sender (--from) as an address; BadInput unless it is one."""
    try:
        address = Address(addr_spec=text.strip())
    except (ValueError, IndexError, TypeError) as e:  # the parser's words for a bad one
        raise BadInput(i18n._("The sender {sender} is not an email address.",
                              sender=repr(text)), detail=str(e),
                       hint=i18n._("Give one such as postmaster@example.com with --from.")
                       ) from None
    if not address.username or not address.domain:
        raise BadInput(i18n._("The sender {sender} is not an email address.",
                              sender=repr(text)),
                       hint=i18n._("Give one such as postmaster@example.com with --from."))
    return address.addr_spec


def _message_id_domain(address: str) -> str | None:
    domain = address.rpartition("@")[2]
    try:
        return domain if domain.isascii() else domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None  # make_msgid takes this host's name


def build(template: Template, recipient: Recipient, settings: ClientSettings,
          sender: str) -> EmailMessage:
    """The message `recipient` receives, headers and body, ready for SMTP."""
    subject, text, markup = template.fill(values(recipient, settings))
    international = not (recipient.address.isascii() and sender.isascii())
    message = EmailMessage(policy=email.policy.SMTPUTF8 if international
                           else email.policy.SMTP)
    message["From"] = sender
    display = " ".join(recipient.display_name.split())
    local, _, domain = recipient.address.rpartition("@")
    # by parts: parsing an addr_spec refuses the non-ASCII local part SMTPUTF8 carries
    message["To"] = Address(display_name=display, username=local, domain=domain)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid("welcome", domain=_message_id_domain(sender))
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to it
    message.set_content(text)
    if markup is not None:
        message.add_alternative(markup, subtype="html")
    return message
