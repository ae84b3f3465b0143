"""Dovecot 2.3 configuration: who may sign in, and where their mail is.

A sign-in is checked against exactly one place. The passdb chain, in order:

1. `sql` over `mail_logins`, for every name a user signs in with (the login or the full
   address, through `mail_login_names`; `user` is always the login): a local user's
   `{BLF-CRYPT}` hash is checked here and the answer is final (`return-ok` /
   `return-fail`); a name that is not there, or a local user without a password, fails here
   too. A directory user is
   found without a password check (`noauthenticate`, which always goes on to the next
   passdb) and routed: the login is renamed to `LOGIN/HEX` (HEX: their directory's name in
   upper-case hex, which holds no `/`), their stable id is handed on in the field
   `ldapwizard_id`.
2. one `ldap` passdb per directory, which only a login ending in that directory's `/HEX` ever
   reaches (`username_filter`), so a directory is never asked about another one's users. It
   searches with a read-only service account for the entry with that stable id
   (`(entryUUID=…)`; on Active Directory the base `<GUID=…>`), binds as it with the password
   given (`auth_bind`), gives the login back (`=user=`: the routed name without its end)
   and its answer is final: a wrong password, an unknown id or a failure never falls
   through to another passdb. A user of a directory added after the render meets no ldap
   passdb: Dovecot answers "temporary failure" (`Last passdb had noauthenticate field`).

No query has a default: a stable id that does not look like one (hex and dashes) is not
routed at all. Routing by `skip` was not used: a passdb that marks the user authenticated
(`nopassword` with `continue-ok`) makes the ldap passdb after it skip its bind, so any
password would do (measured with Dovecot 2.3.19).

The stored DN is never used: Dovecot escapes what it puts into a DN, and an entry can move.
`pass_attrs` sets nothing but the login, or the directory's uid would replace it. The `sql`
userdb gives the mailbox (the view's path under the mail root) and quota.
"""

from __future__ import annotations

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.mailserver import quota, tls
from ldapwizard.core.mailserver.layout import (
    DATABASE_CA,
    DATABASE_PATH,
    HOST,
    MAIL_ROOT,
    Layout,
    plain_path,
)
from ldapwizard.core.mailserver.sources import Directory, ServiceAccount, plain_ldap_refused

USERS_CONF = "users-sql.conf.ext"


def ldap_conf_name(directory: Directory) -> str:
    """The file of a directory's ldap passdb."""
    return f"ldap-{directory.number}.conf.ext"


def _quoted(value: str) -> str:
    """A Dovecot .conf.ext value in double quotes (the parser unescapes backslashes)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _connection(layout: Layout) -> str:
    """The driver and connect lines: the same queries over an SQLite file or PostgreSQL."""
    if layout.postgresql:
        connect = layout.database.dovecot_connect(layout.dovecot_dir / DATABASE_CA)
        return ("# Holds the mail servers' database password: keep this file mode 0600, owned "
                f"by root.\ndriver = pgsql\nconnect = {connect}\n")
    return f"driver = sqlite\nconnect = {plain_path(layout.database, DATABASE_PATH)}\n"


def _hex(layout: Layout, column: str) -> str:
    """SQL for a text column's UTF-8 bytes in upper-case hex, as SQLite's hex() gives them."""
    if layout.postgresql:
        return f"upper(encode(convert_to({column}, 'UTF8'), 'hex'))"
    return f"hex({column})"


def route(directory: Directory) -> str:
    """The end of a login routed to `directory`: `/` and its name's UTF-8 in upper-case hex."""
    return "/" + directory.name.encode("utf-8").hex().upper()


def users_conf(layout: Layout) -> str:
    """The `sql` passdb of every login (local hashes, directory users routed) and the `sql`
    userdb of everyone."""
    root = plain_path(layout.mail_root, MAIL_ROOT) + "/"
    directory = "auth = 'directory'"
    # only an id of hex and dashes (a UUID, a GUID, a 389 DS nsUniqueId) is handed on, so
    # nothing else ever reaches a search; ltrim() runs alike in SQLite and PostgreSQL
    stable = ("length(stable_id) BETWEEN 32 AND 36 AND \\\n"
              "    ltrim(stable_id, '0123456789abcdefABCDEF-') = ''")
    # the login or the full address (mail_login_names, each name one user's): the user is
    # always signed in as the login, which names the mailbox and routes to the directory
    signs_in = "(SELECT login_key FROM mail_login_names WHERE name_key = '%u')"
    return f"""\
# Written by `ldapwizard mailstack render`: every login is checked here first (a local user's
# hash; a directory user is routed to their directory's ldap passdb, see auth conf), and
# every user's mailbox, from the views of the user database (docs/mail-server.md).
{_connection(layout)}default_pass_scheme = BLF-CRYPT
password_query = SELECT \\
  CASE WHEN {directory} THEN login_key || '/' || {_hex(layout, 'directory')} \\
    ELSE login_key END AS user, \\
  CASE WHEN {directory} THEN NULL ELSE password END AS password, \\
  CASE WHEN {directory} THEN 'Y' END AS noauthenticate, \\
  CASE WHEN {directory} THEN stable_id END AS ldapwizard_id \\
  FROM mail_logins WHERE login_key = {signs_in} AND ( \\
    auth = 'local' AND password IS NOT NULL OR \\
    {directory} AND directory IS NOT NULL AND {stable})
user_query = SELECT '{root}' || mailbox AS home, 'maildir:{root}' || mailbox AS mail, \\
  '*:bytes=' || quota_bytes AS quota_rule FROM mail_logins WHERE login_key = {signs_in}
iterate_query = SELECT login_key AS user FROM mail_logins
"""


def ldap_conf(layout: Layout, directory: Directory, account: ServiceAccount) -> str:
    """One directory's `ldap` passdb; holds the service account's password (mode 0600)."""
    if directory.security == "none" and not account.plain_ldap_allowed:
        raise plain_ldap_refused(directory)
    wanted = "%{passdb:ldapwizard_id}"  # no default: nothing is searched for a missing id
    if directory.server_type == "ad":
        where = f"base = <GUID={wanted}>\nscope = base\npass_filter = (objectClass=user)"
    elif directory.stable_id_attribute.lower() in ("entryuuid", "nsuniqueid"):
        if not directory.base_dn:
            raise BadInput(i18n._('The directory "{name}" has no base DN recorded.',
                                  name=directory.name),
                           hint=i18n._("Save the profile with its base DN and run `ldapwizard "
                                       "sync --profile NAME` once, then render again."))
        base = directory.base_dn.replace("%", "%%")
        where = (f"base = {_quoted(base)}\nscope = subtree\n"
                 f"pass_filter = ({directory.stable_id_attribute}={wanted})")
    else:
        raise BadInput(i18n._('Dovecot cannot find users of "{name}" by their {attribute}, '
                              "a binary value.", name=directory.name,
                              attribute=directory.stable_id_attribute),
                       hint=i18n._("Its users can sign in with local passwords (`ldapwizard db "
                                   "set-password`) instead."))
    tls = "yes" if directory.security == "starttls" else "no"
    return f"""\
# Written by `ldapwizard mailstack render`: the directory {_quoted(directory.name)}.
# Holds the service account's password: keep this file mode 0600, owned by root.
uris = {directory.uri}
dn = {_quoted(account.dn)}
dnpass = {_quoted(account.password)}
ldap_version = 3
tls = {tls}
tls_ca_cert_file = {layout.ca_bundle}
tls_require_cert = demand
auth_bind = yes
{where}
deref = never
# the login back: the routed one without "{route(directory)}" ({len(route(directory))} bytes);
# nothing from the directory (its uid would replace the login)
pass_attrs = =user=%0.-{len(route(directory))}u
"""


# every passdb's answer is final; only a routed directory user goes on (noauthenticate)
_FINAL = ("  result_success = return-ok", "  result_failure = return-fail",
          "  result_internalfail = return-fail")


def auth_conf(layout: Layout, directories: tuple[Directory, ...]) -> str:
    """The passdb chain and the userdb, included from dovecot.conf (or conf.d/10-auth.conf)."""
    folder = layout.dovecot_dir
    blocks = [("passdb", "sql", folder / USERS_CONF, "every login: a local user's "
               "{BLF-CRYPT} hash; a directory user is routed on", ())]
    blocks += [("passdb", "ldap", folder / ldap_conf_name(d),
                f"the directory {_quoted(d.name)}: only its own users reach it",
                (f"  username_filter = *{route(d)}",)) for d in directories]
    text = ["# Written by `ldapwizard mailstack render`: who may sign in, and where their mail",
            "# is (docs/mail-server.md). The passdbs are tried in this order; each answer is",
            "# final, a failed check never falls through to another passdb.",
            "auth_mechanisms = plain login",
            "# logins may be non-ASCII (RFC 6531 addresses); queries escape them, and the",
            "# directories are searched by stable id, never by login",
            "auth_username_chars =",
            f"mail_uid = {layout.mail_uid}",
            f"mail_gid = {layout.mail_gid}",
            f"first_valid_uid = {min(500, layout.mail_uid)}"]
    for kind, driver, args, why, extra in blocks:
        text += ["", f"# {why}", f"{kind} {{", f"  driver = {driver}", f"  args = {args}",
                 *extra, *_FINAL, "}"]
    text += ["", "# every user: mailbox and quota", "userdb {", "  driver = sql",
             f"  args = {folder / USERS_CONF}", "}"]
    text += quota.userdb_block(layout) + quota.dovecot_lines(layout)
    return "\n".join(text) + "\n"


def mailboxes_conf(layout: Layout) -> str:
    """The userdb file that finds a mailbox by its address (for the quota-status service)."""
    root = plain_path(layout.mail_root, MAIL_ROOT) + "/"
    return quota.mailboxes_conf(_connection(layout), root)


def _instance_listeners(layout: Layout, tls_files: tls.TlsFiles | None) -> str:
    """An instance's IMAP listeners: plain IMAP, and with TLS files the system render's TLS
    settings (no password without TLS: STARTTLS first), IMAPS and Postfix's SASL socket."""
    ports = layout.ports
    imap = f"""\
  inet_listener imap {{
    address = {HOST}
    port = {ports.imap}
  }}
"""
    if tls_files is None:
        return f"""\
ssl = no
service imap-login {{
{imap}  inet_listener imaps {{
    port = 0
  }}
}}
"""
    return f"""\
{tls.dovecot_ssl(tls_files)}
service imap-login {{
{imap}  inet_listener imaps {{
    address = {HOST}
    port = {ports.imaps}
    ssl = yes
  }}
}}

# SMTP AUTH of Postfix's submission service
{tls.sasl_listener(tls.instance_sasl_socket(layout))}"""


def instance_conf(layout: Layout, tls_files: tls.TlsFiles | None = None) -> str:
    """dovecot.conf of a private instance: every path under the output folder, loopback;
    with `tls_files`, IMAP and SMTP AUTH as the mail server's set serves them."""
    out, ports = layout.out, layout.ports
    return f"""\
# Written by `ldapwizard mailstack render --instance`: a private Dovecot.
# Start: dovecot -c {out / 'dovecot' / 'dovecot.conf'}   Stop: doveadm -c … stop
base_dir = {out / 'dovecot' / 'run'}
state_dir = {out / 'dovecot' / 'state'}
instance_name = ldapwizard-{ports.imap}
log_path = {out / 'log' / 'dovecot.log'}
protocols = imap
listen = {HOST}
mail_location = maildir:~/
# a private instance on loopback, for trying and testing: a failed sign-in is answered at once
# and never slows the next one down (no auth penalty)
auth_failure_delay = 0
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}

{_instance_listeners(layout, tls_files)}
!include {layout.dovecot_auth_conf.name}
"""
