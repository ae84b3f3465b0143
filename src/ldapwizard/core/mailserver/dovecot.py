"""Dovecot 2.3 configuration: who may sign in, and where their mail is.

The passdb chain, in order:

1. `sql` over `mail_logins` for local users: their `{BLF-CRYPT}` hash.
2. `sql` for directory users: finds the login, sets `noauthenticate` (this passdb checks no
   password) and hands the user's stable id on in a field named after their directory
   (`ldapwizard_id_N`), so only that directory's ldap passdb can find them.
3. one `ldap` passdb per directory: searches with a read-only service account for the entry
   with that stable id (`(entryUUID=…)`; on Active Directory the base `<GUID=…>`), then binds
   as it with the password given (`auth_bind`). A user of another directory has no value in
   its field, so its search asks for the nil UUID and finds nobody.

The stored DN is never used: Dovecot escapes what it puts into a DN, and an entry can move.
`pass_attrs` is empty, or the directory's uid would replace the login. The `sql` userdb gives
the mailbox (the view's path under the mail root) and quota.
"""

from __future__ import annotations

from pathlib import PurePath

from ldapwizard.core.errors import BadInput
from ldapwizard.core.mailserver.layout import DATABASE_CA, HOST, Layout
from ldapwizard.core.mailserver.sources import Directory, ServiceAccount

NIL_ID = "00000000-0000-0000-0000-000000000000"
USERS_CONF = "users-sql.conf.ext"
HANDOVER_CONF = "directory-users-sql.conf.ext"
_UNSAFE_IN_PATH = set("'\"\\%#") | {chr(c) for c in range(33)}


def ldap_conf_name(directory: Directory) -> str:
    """The file of a directory's ldap passdb."""
    return f"ldap-{directory.number}.conf.ext"


def plain_path(path: PurePath, what: str) -> str:
    """A path that can stand in SQL text and Dovecot's settings as it is; BadInput if not."""
    text = str(path)
    if any(c in _UNSAFE_IN_PATH for c in text):
        raise BadInput(f"The {what} {text} contains a space, quote, backslash, % or #, which "
                       "the mail server configuration cannot hold as it is.",
                       hint="Choose a path without them.")
    return text


def _quoted(value: str) -> str:
    """A Dovecot .conf.ext value in double quotes (the parser unescapes backslashes)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _connection(layout: Layout) -> str:
    """The driver and connect lines: the same queries over an SQLite file or PostgreSQL."""
    if layout.postgresql:
        connect = layout.database.dovecot_connect(layout.dovecot_dir / DATABASE_CA)
        return ("# Holds the mail servers' database password: keep this file mode 0600, owned "
                f"by root.\ndriver = pgsql\nconnect = {connect}\n")
    return f"driver = sqlite\nconnect = {plain_path(layout.database, 'database path')}\n"


def _hex(layout: Layout, column: str) -> str:
    """SQL for a text column's UTF-8 bytes in upper-case hex, as SQLite's hex() gives them."""
    if layout.postgresql:
        return f"upper(encode(convert_to({column}, 'UTF8'), 'hex'))"
    return f"hex({column})"


def users_conf(layout: Layout) -> str:
    """The `sql` passdb of local users and the `sql` userdb of everyone."""
    root = plain_path(layout.mail_root, "mail root") + "/"
    return f"""\
# Written by `ldapwizard mailstack render`: local users' passwords and every user's mailbox,
# from the views of the user database (docs/mail-server.md).
{_connection(layout)}default_pass_scheme = BLF-CRYPT
password_query = SELECT login_key AS user, password FROM mail_logins \\
  WHERE login_key = '%u' AND auth = 'local' AND password IS NOT NULL
user_query = SELECT '{root}' || mailbox AS home, 'maildir:{root}' || mailbox AS mail, \\
  '*:bytes=' || quota_bytes AS quota_rule FROM mail_logins WHERE login_key = '%u'
iterate_query = SELECT login_key AS user FROM mail_logins
"""


def handover_conf(layout: Layout, directories: tuple[Directory, ...]) -> str:
    """The `sql` passdb that routes a directory user to their directory's ldap passdb."""
    # names as hex, so no quote or % in a profile name can change the query
    fields = "".join(
        f", \\\n  CASE {_hex(layout, 'directory')} WHEN '{d.name.encode('utf-8').hex().upper()}' "
        f"THEN stable_id END AS {d.id_field}" for d in directories)
    query = f"SELECT login_key AS user, NULL AS password, 'Y' AS noauthenticate{fields}"
    return f"""\
# Written by `ldapwizard mailstack render`: finds a directory user, checks no password
# (noauthenticate) and hands their stable id to their own directory's ldap passdb.
{_connection(layout)}password_query = {query} \\
  FROM mail_logins WHERE login_key = '%u' AND auth = 'directory'
"""


def ldap_conf(layout: Layout, directory: Directory, account: ServiceAccount) -> str:
    """One directory's `ldap` passdb; holds the service account's password (mode 0600)."""
    wanted = f"%{{passdb:{directory.id_field}:{NIL_ID}}}"
    if directory.server_type == "ad":
        where = f"base = <GUID={wanted}>\nscope = base\npass_filter = (objectClass=user)"
    elif directory.stable_id_attribute.lower() in ("entryuuid", "nsuniqueid"):
        if not directory.base_dn:
            raise BadInput(f'The directory "{directory.name}" has no base DN recorded.',
                           hint="Save the profile with its base DN and run `ldapwizard sync "
                           "--profile NAME` once, then render again.")
        base = directory.base_dn.replace("%", "%%")
        where = (f"base = {_quoted(base)}\nscope = subtree\n"
                 f"pass_filter = ({directory.stable_id_attribute}={wanted})")
    else:
        raise BadInput(f'Dovecot cannot find users of "{directory.name}" by their '
                       f"{directory.stable_id_attribute}, a binary value.",
                       hint="Its users can sign in with local passwords (`ldapwizard db "
                       "set-password`) instead.")
    tls = "yes" if directory.security == "starttls" else "no"
    return f"""\
# Written by `ldapwizard mailstack render`: the directory "{directory.name}".
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
pass_attrs =
"""


def auth_conf(layout: Layout, directories: tuple[Directory, ...]) -> str:
    """The passdb chain and the userdb, included from dovecot.conf (or conf.d/10-auth.conf)."""
    folder = layout.dovecot_dir
    blocks = [("passdb", "sql", folder / USERS_CONF, "local users: a {BLF-CRYPT} hash")]
    if directories:
        blocks.append(("passdb", "sql", folder / HANDOVER_CONF,
                       "directory users: hand their stable id on (no password check here)"))
    blocks += [("passdb", "ldap", folder / ldap_conf_name(d), f'the directory "{d.name}"')
               for d in directories]
    blocks.append(("userdb", "sql", folder / USERS_CONF, "every user: mailbox and quota"))
    text = ["# Written by `ldapwizard mailstack render`: who may sign in, and where their mail",
            "# is (docs/mail-server.md). The passdbs are tried in this order.",
            "auth_mechanisms = plain login",
            "# logins may be non-ASCII (RFC 6531 addresses); queries escape them, and the",
            "# directories are searched by stable id, never by login",
            "auth_username_chars =",
            f"mail_uid = {layout.mail_uid}",
            f"mail_gid = {layout.mail_gid}",
            f"first_valid_uid = {min(500, layout.mail_uid)}"]
    for kind, driver, args, why in blocks:
        text += ["", f"# {why}", f"{kind} {{", f"  driver = {driver}", f"  args = {args}", "}"]
    return "\n".join(text) + "\n"


def instance_conf(layout: Layout) -> str:
    """dovecot.conf of a private instance: every path under the output folder, loopback."""
    out, ports = layout.out, layout.ports
    return f"""\
# Written by `ldapwizard mailstack render --instance`: a private Dovecot.
# Start: dovecot -c {out / 'dovecot' / 'dovecot.conf'}   Stop: doveadm -c … stop
base_dir = {out / 'dovecot' / 'run'}
state_dir = {out / 'dovecot' / 'state'}
instance_name = ldapwizard-{ports.imap}
log_path = {out / 'log' / 'dovecot.log'}
protocols = imap lmtp
listen = {HOST}
ssl = no
mail_location = maildir:~/
# a private instance on loopback, for trying and testing: a failed sign-in is answered at once
# and never slows the next one down (no auth penalty)
auth_failure_delay = 0
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}

service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {ports.imap}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {HOST}
    port = {ports.lmtp}
  }}
}}

!include {layout.dovecot_auth_conf.name}
"""
