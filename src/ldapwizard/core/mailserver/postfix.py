"""Postfix configuration: `sqlite:` or `pgsql:` lookup tables over the views (the same queries),
main.cf and master.cf.

Mail is delivered by Postfix's own virtual(8) into Maildirs that Dovecot reads: Dovecot 2.3's
LMTP has no SMTPUTF8, so mail to a non-ASCII address would bounce over it (5.6.7).
Postfix folds a lookup key to lower case (full Unicode case folding with SMTPUTF8) before it
queries, so the queries compare against the views' casefolded `*_key` columns. `%u@%d`
rather than `%s` keeps the catch-all probe `@domain` and bare names from ever querying.

Every table is named `proxy:`: Debian's stock master.cf runs smtpd, cleanup and trivial-rewrite
chrooted in the queue folder, where a `sqlite:` table opened before the chroot no longer
sees the files beside the database (a WAL database's -shm: `SQL prepare failed: disk I/O
error`, and every SMTP session hangs; an interrupted writer's journal, which a reader must roll
back) nor a `pgsql:` one its CA file or local socket.
proxymap(8) is never chrooted, opens each table once as user postfix and answers them all;
it serves only the tables `proxy_read_maps` names, and its default names the three
`virtual_*` parameters these tables are set in.
"""

from __future__ import annotations

from ldapwizard.core.mailserver import quota, tls
from ldapwizard.core.mailserver.layout import DATABASE_CA, HOST, Layout
from ldapwizard.core.mailserver.tls import TlsFiles
from ldapwizard.core.mailserver.tls import postfix_settings as postfix_tls_settings

# file name -> (main.cf parameter, value column, view, key column, key); the views are
# docs/mail-server.md's contract, and one query is made of each for either table type
LOOKUP_TABLES = {
    "virtual-domains.cf": ("virtual_mailbox_domains", "domain", "mail_domains", "domain", "%s"),
    "virtual-mailboxes.cf": ("virtual_mailbox_maps", "mailbox", "mail_mailboxes", "address_key",
                             "%u@%d"),
    # one row of every target joined with commas, as Postfix reads a multi-row answer
    "virtual-aliases.cf": ("virtual_alias_maps", "targets", "mail_forwards_joined",
                           "address_key", "%u@%d"),
}
# Postfix before 3.8 (Debian 12 has 3.7) sets the client encoding to LATIN1 (3.8 made it the
# `encoding` setting, UTF8 by default): then a key's UTF-8 bytes arrive as Latin-1 letters
# and a value must leave as its UTF-8 bytes. The query undoes both, only when that is so.
_LATIN1 = "current_setting('client_encoding') = 'LATIN1'"
# Postfix's own default for virtual_alias_expansion_limit and duplicate_filter_limit: a list
# with more members defers every message (451 4.6.0 Alias expansion error)
EXPANSION_DEFAULT = 1000


def query(layout: Layout, table: tuple[str, str, str, str, str]) -> str:
    """A lookup table's query: the value column of the view where the key column is the key."""
    _, column, view, key_column, key = table
    key, value = f"'{key}'", column
    if layout.postgresql:
        # convert_from's result takes the collation "C" of its `name` argument: the key is
        # given the column's default back, or no index of the view's key column serves
        key = (f"(CASE WHEN {_LATIN1} THEN convert_from(convert_to({key}, 'LATIN1'), 'UTF8') "
               f'ELSE {key} END) COLLATE "default"')
        value = (f"CASE WHEN {_LATIN1} THEN convert_from(convert_to({column}, 'UTF8'), "
                 f"'LATIN1') ELSE {column} END AS {column}")
    return f"SELECT {value} FROM {view} WHERE {key_column} = {key}"


# master.cf of an instance: Debian's services without chroot (nothing is copied into one)
_MASTER = """\
pickup     unix  n       -       n       60      1       pickup
cleanup    unix  n       -       n       -       0       cleanup
qmgr       unix  n       -       n       300     1       qmgr
rewrite    unix  -       -       n       -       -       trivial-rewrite
bounce     unix  -       -       n       -       0       bounce
defer      unix  -       -       n       -       0       bounce
trace      unix  -       -       n       -       0       bounce
verify     unix  -       -       n       -       1       verify
flush      unix  n       -       n       1000?   0       flush
proxymap   unix  -       -       n       -       -       proxymap
proxywrite unix  -       -       n       -       1       proxymap
showq      unix  n       -       n       -       -       showq
tlsmgr     unix  -       -       n       1000?   1       tlsmgr
error      unix  -       -       n       -       -       error
retry      unix  -       -       n       -       -       error
discard    unix  -       -       n       -       -       discard
virtual    unix  -       n       n       -       -       virtual
anvil      unix  -       -       n       -       1       anvil
scache     unix  -       -       n       -       1       scache
postlog    unix-dgram n  -       n       -       1       postlogd
"""


def lookup_table(layout: Layout, table: tuple[str, str, str, str, str]) -> str:
    """One `sqlite:` or `pgsql:` table file: where the database is, and the query."""
    text = ("# Written by `ldapwizard mailstack render`; queries a view of the user database\n"
            f"# (docs/mail-server.md). Test: postmap -q KEY {layout.map_type}:THIS-FILE\n")
    if layout.postgresql:
        text += ("# Holds the mail servers' database password: keep it owned by root, group "
                 "postfix,\n# mode 0640 (Postfix's daemons read it as user postfix).\n")
        settings = layout.database.postfix_settings(layout.postfix_dir / DATABASE_CA)
    else:
        settings = {"dbpath": str(layout.database)}
    return text + "".join(f"{name} = {value}\n"
                          for name, value in {**settings, "query": query(layout, table)}.items())


def table_spec(layout: Layout, name: str) -> str:
    """How main.cf names one table: through proxymap, which no chroot keeps from the database."""
    return f"proxy:{layout.map_type}:{layout.postfix_dir / name}"


def expansion_limit(largest_list: int) -> int:
    """The addresses one recipient may expand to: the largest list twice over, in thousands,
    and never below Postfix's default (a list of 2,000 gets 4,000)."""
    return max(EXPANSION_DEFAULT, -(-2 * largest_list // 1000) * 1000)


def limit_settings(largest_list: int) -> dict[str, str]:
    """main.cf's limits for a list of `largest_list` members: its expansion, and the duplicate
    filter (beyond which a member named twice receives the mail twice)."""
    limit = str(expansion_limit(largest_list))
    return {"virtual_alias_expansion_limit": limit, "duplicate_filter_limit": limit}


def virtual_settings(layout: Layout, largest_list: int = 0) -> dict[str, str]:
    """The main.cf settings that serve the database's domains, mailboxes and forwards."""
    settings = {table[0]: table_spec(layout, name) for name, table in LOOKUP_TABLES.items()}
    settings.update(limit_settings(largest_list))
    settings.update({
        "virtual_transport": "virtual",
        "virtual_mailbox_base": str(layout.mail_root),
        "virtual_uid_maps": f"static:{layout.mail_uid}",
        "virtual_gid_maps": f"static:{layout.mail_gid}",
        "virtual_minimum_uid": str(min(100, layout.mail_uid)),
        "smtputf8_enable": "yes",
        # a recipient whose mailbox is full is refused at RCPT (552), before the mail is
        # accepted: virtual(8) itself delivers whatever the quota (quota.py)
        "smtpd_recipient_restrictions": quota.policy_check(layout),
    })
    return settings


def main_cf_snippet(layout: Layout, tls: TlsFiles, largest_list: int = 0) -> str:
    """The settings to add to a mail server's main.cf (with `postconf -e`): the database's
    domains, TLS with the mail server's certificate and SMTP AUTH through Dovecot."""
    lines = ["# Written by `ldapwizard mailstack render`: add these to /etc/postfix/main.cf,",
             "# e.g. with `postconf -e` for each line, then `postfix reload`.",
             "# The domains must not also be in mydestination or relay_domains.",
             "# The tables are read through proxymap (proxy:), so chrooted services (Debian's",
             "# master.cf) work; keep proxy_read_maps naming $virtual_alias_maps,",
             "# $virtual_mailbox_maps and $virtual_mailbox_domains, as its default does.",
             f"# The limits fit the largest list ({largest_list} members) twice over, at least",
             "# Postfix's default: render again after a bigger list."]
    settings = virtual_settings(layout, largest_list)
    policy = settings.pop("smtpd_recipient_restrictions")
    lines += [f"{name} = {value}" for name, value in settings.items()]
    lines += ["# mail for a full mailbox refused at RCPT by Dovecot's quota-status service; if",
              "# main.cf has smtpd_recipient_restrictions of its own, add this check to them",
              f"smtpd_recipient_restrictions = {policy}"]
    lines += ["# TLS with the mail server's certificate; SMTP AUTH is Dovecot's, offered only",
              "# by the submission service of master.cf.snippet (port 587, after STARTTLS)"]
    lines += [f"{name} = {value}" for name, value in postfix_tls_settings(tls).items()]
    return "\n".join(lines) + "\n"


def instance_main_cf(layout: Layout, tls_files: TlsFiles | None = None,
                     largest_list: int = 0) -> str:
    """main.cf of a private instance: every path under the output folder, loopback only, and
    no mail leaves it (outside targets of a list fail instead of being sent); with
    `tls_files`, TLS and SMTP AUTH through Dovecot as the mail server's set has them."""
    out = layout.out
    settings = {
        "compatibility_level": "3.6",
        "queue_directory": str(out / "spool"),
        "data_directory": str(out / "data"),
        "maillog_file": str(out / "log" / "postfix.log"),
        "maillog_file_prefixes": str(out / "log"),
        "mail_owner": "postfix",
        "setgid_group": "postdrop",
        "myhostname": "mail.ldapwizard.invalid",
        "mydestination": "",
        "relay_domains": "",
        "inet_interfaces": HOST,
        "inet_protocols": "ipv4",
        "mynetworks": "127.0.0.0/8",
        "alias_maps": "",
        "alias_database": "",
        "local_transport": "error:5.1.1 this instance has no local mailboxes",
        "default_transport": "error:5.7.1 this instance sends no mail outside its domains",
        "relay_transport": "error:5.7.1 this instance sends no mail outside its domains",
        "smtpd_banner": "$myhostname ESMTP ldapwizard instance",
        "biff": "no",
        "append_dot_mydomain": "no",
        "smtpd_peername_lookup": "no",
        **virtual_settings(layout, largest_list),
    }
    if tls_files is not None:
        settings.update(postfix_tls_settings(tls_files))
    lines = ["# Written by `ldapwizard mailstack render --instance`: a private Postfix.",
             f"# Start: postfix -c {layout.postfix_dir} start   Stop: ... stop"]
    lines += [f"{name} = {value}".rstrip() for name, value in settings.items()]
    return "\n".join(lines) + "\n"


def instance_master_cf(layout: Layout) -> str:
    """master.cf of a private instance: SMTP on the loopback port, no chroot, and with TLS
    the mail server's submission service on its own loopback port."""
    smtp = f"{HOST}:{layout.ports.smtp} inet n - n - - smtpd\n"
    if layout.ports.submission is not None:
        smtp += tls.submission_service(f"{HOST}:{layout.ports.submission}",
                                       quota.policy_check(layout))
    return ("# Written by `ldapwizard mailstack render --instance`.\n" + smtp + _MASTER)
