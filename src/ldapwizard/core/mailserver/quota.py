"""Quotas: Dovecot's quota plugin counts each mailbox against the `quota_bytes` the userdb
gives, and Postfix asks Dovecot's quota-status service at RCPT time, so mail for a full
mailbox is refused (552) before it is accepted.

Postfix's virtual(8) delivers into the Maildirs, not Dovecot (Dovecot 2.3's LMTP has no
SMTPUTF8), so Dovecot never sees a delivery it could refuse: the refusal happens in Postfix's
smtpd, through the policy service (`check_policy_service`), which looks the recipient up by
address in the userdb and asks the quota plugin. The `count` backend reads the usage from
Dovecot's index, which follows the Maildir whoever wrote into it (`maildir` quota would need
every deliverer to keep maildirsize up to date, and virtual(8) does not).

Mail reaching a full mailbox through an alias or a list is not refused at RCPT (the policy
service sees the alias address, which has no mailbox) and is delivered; IMAP APPEND and copies
into a full mailbox are refused by Dovecot itself.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from ldapwizard.core.mailserver.layout import Layout

MAILBOXES_CONF = "mailboxes-sql.conf.ext"
STATUS_SOCKET = "private/quota-status"  # in Postfix's queue, where a chrooted smtpd finds it
POSTFIX_QUEUE = PurePosixPath("/var/spool/postfix")
OVER_QUOTA = "552 5.2.2 Mailbox full: the recipient is over their quota"


def status_socket(layout: Layout) -> str:
    """Where Dovecot's quota-status service listens, as Dovecot names it: in Postfix's queue
    (the instance's own), where a chrooted smtpd finds it too."""
    return str((layout.out / "spool" if layout.instance else POSTFIX_QUEUE) / STATUS_SOCKET)


def policy_check(layout: Layout) -> str:
    """The Postfix restriction that asks the quota-status service about a recipient."""
    return f"check_policy_service unix:{STATUS_SOCKET}"  # relative to the queue


def dovecot_lines(layout: Layout) -> list[str]:
    """The quota plugin, its rules from the userdb, and the quota-status service Postfix
    asks (its socket for the user postfix only)."""
    return [
        "", "# quotas: counted by Dovecot from its index (the `count` backend follows the",
        "# Maildirs Postfix's virtual(8) writes into); each user's limit is the userdb's",
        "# quota_rule (quota_bytes; none: no limit)",
        "mail_plugins = $mail_plugins quota",
        "protocol imap {", "  mail_plugins = $mail_plugins imap_quota", "}",
        "plugin {", "  quota = count:User quota", "  quota_vsizes = yes",
        "  # Postfix's policy service answers: accept unless the mailbox is full",
        "  quota_status_success = DUNNO", "  quota_status_nouser = DUNNO",
        f'  quota_status_overquota = "{OVER_QUOTA}"', "}",
        "service quota-status {", "  executable = quota-status -p postfix",
        "  client_limit = 1", f"  unix_listener {status_socket(layout)} {{",
        "    mode = 0660", "    user = postfix", "    group = postfix", "  }", "}",
    ]


def userdb_block(layout: Layout) -> list[str]:
    """The second userdb: a mailbox found by its address, for the quota-status service
    (Postfix asks about recipients, not logins); reached only when the login is no user."""
    return ["", "# a recipient's mailbox by its address (the quota-status service asks so)",
            "userdb {", "  driver = sql", f"  args = {layout.dovecot_dir / MAILBOXES_CONF}",
            "}"]


def mailboxes_conf(connection: str, mail_root: str) -> str:
    """The address userdb's file: the same database, over `mail_mailboxes`."""
    return f"""\
# Written by `ldapwizard mailstack render`: a mailbox by its address, for Dovecot's
# quota-status service (Postfix asks it about each recipient at RCPT time).
{connection}user_query = SELECT '{mail_root}' || mailbox AS home, \\
  'maildir:{mail_root}' || mailbox AS mail, \\
  '*:bytes=' || quota_bytes AS quota_rule FROM mail_mailboxes WHERE address_key = '%u'
iterate_query = SELECT address_key AS user FROM mail_mailboxes WHERE 1 = 0
"""


def readme_lines(layout: Layout) -> list[str]:
    """The README's section on quotas."""
    return ["## Quotas", "",
            "Each mailbox's limit is its `quota_bytes` (`ldapwizard db set-quota ADDRESS "
            "SIZE`, e.g. 500M, 2G or none). Dovecot's quota plugin counts the mailbox (the "
            "`count` backend), and Postfix asks Dovecot's quota-status service about every "
            f"recipient (`{policy_check(layout)}`): mail for a full mailbox is refused at "
            f"RCPT with `{OVER_QUOTA}`, so the sender's server keeps it and tells the sender. "
            "Mail reaching a full mailbox through an alias or a list is still delivered.", ""]
