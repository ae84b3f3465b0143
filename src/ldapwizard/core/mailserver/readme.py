"""The README.md written beside the rendered files: where each goes, what to set up, how to
check it. Never mentions a password, only the files that hold one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ldapwizard.core.maildb.location import is_local_host
from ldapwizard.core.mailserver import autoconfig, dovecot, postfix, quota, tls
from ldapwizard.core.mailserver.installer import MANIFEST
from ldapwizard.core.mailserver.layout import (
    DATABASE_CA,
    DOVECOT_TLS_CONF,
    HOST,
    SYSTEM_DOVECOT_CONF_D,
)
from ldapwizard.core.mailserver.pgreader import SYSTEM_CA
from ldapwizard.i18n import english

if TYPE_CHECKING:
    from ldapwizard.core.mailserver.render import Rendered
    from ldapwizard.core.mailserver.sources import DatabaseFacts

RENDER_AGAIN = ("Rendering again into this folder replaces these files whole and removes those "
                f"it no longer writes (listed in `{MANIFEST}`). render never writes "
                "through a link, and refuses a folder that holds files it did not write (unless "
                "`--replace`) or that another user could change.")


def packages(facts: DatabaseFacts) -> str:
    """The Debian packages the mail server needs for this database."""
    driver = "pgsql" if facts.postgresql else "sqlite"
    return f"postfix postfix-{driver} dovecot-imapd dovecot-{driver} dovecot-ldap"


def _summary(facts: DatabaseFacts) -> list[str]:
    directories = ", ".join(f'"{d.name}" ({d.uri}, {d.users} users)'
                            for d in facts.directories) or "none"
    return [f"Database: `{facts.location}` — domains: {', '.join(facts.domains) or 'none'}; "
            f"{facts.mailboxes} mailboxes; {facts.local_logins} local users; "
            f"directories: {directories}.", ""]


def _chain(facts: DatabaseFacts) -> list[str]:
    lines = ["## How a user signs in", "",
             "1. `sql` passdb over `mail_logins`, for the login or the full address: a local "
             "user's `{BLF-CRYPT}` hash, and the answer is final; a name that is not there "
             "fails. A directory user is routed on (`noauthenticate`) as `LOGIN/HEX`, HEX naming "
             "their directory, with their stable id.",
             "2. one `ldap` passdb per directory, reached only by its own users' logins "
             "(`username_filter = */HEX`): searches as the service account for the entry "
             "with that stable id, binds as it with the password typed (`auth_bind = yes`), "
             "and its answer is final. No other directory is ever asked.",
             "", "Then the `sql` userdb gives the mailbox and quota. Mail is delivered by "
             "Postfix's `virtual` agent into the Maildirs (it handles SMTPUTF8; Dovecot 2.3's "
             "LMTP does not), and Dovecot reads them.", ""]
    for d in facts.directories:
        how = ("the base `<GUID=…>`" if d.server_type == "ad"
               else f"`({d.stable_id_attribute}=…)` below `{d.base_dn}`")
        lines.append(f"- `{dovecot.ldap_conf_name(d)}`: \"{d.name}\" at {d.uri}, "
                     f"security {d.security}, finds users by {how}.")
    return [*lines, ""] if facts.directories else lines


def _proxymap(rendered: Rendered, facts: DatabaseFacts) -> list[str]:
    """What the Postfix settings rely on: proxymap for chrooted services, and the limits."""
    layout = rendered.layout
    limit = postfix.expansion_limit(facts.largest_list)
    reader = ("opens the database file as user postfix (the file's group)" if not
              layout.postgresql else "logs in to PostgreSQL with the tables' settings")
    return ["## Postfix's chroot, proxymap and limits", "",
            "Debian's and Ubuntu's stock `master.cf` run `smtpd`, `cleanup`, `trivial-rewrite` "
            "and others chrooted in the queue folder (`/var/spool/postfix`), where the "
            "files beside the database (its journal), PostgreSQL's local socket and CA file "
            "are out of reach. So every table is named `proxy:"
            f"{layout.map_type}:…` in main.cf: `proxymap` (never chrooted: `n` in master.cf's "
            f"chroot column, as shipped) {reader} and answers the chrooted services. It serves "
            "only the tables `proxy_read_maps` names; its default names `$virtual_alias_maps`, "
            "`$virtual_mailbox_maps` and `$virtual_mailbox_domains`: if main.cf sets "
            "`proxy_read_maps`, keep those three in it. The chroot column can stay as shipped.",
            "", f"`virtual_alias_expansion_limit` and `duplicate_filter_limit` are {limit}: "
            + (f"the largest list ({facts.largest_address}, {facts.largest_list} members) twice "
               "over, at least Postfix's default 1000." if facts.largest_list else
               "Postfix's default (no list or alias yet).") + " A list with more members "
            "than the limit defers all its mail (`451 4.6.0 Alias expansion error`): render "
            "again after a list grows past it (`mailstack check` says when one has).", ""]


def _notes(rendered: Rendered) -> list[str]:
    if not rendered.notes and not rendered.changes:
        return []
    lines = ["## Notes", ""]
    # the README is the mail server's documentation, in English like its configuration
    lines += [f"- {english(note)}" for note in rendered.notes]
    lines += [f"- changed: {english(change)}" for change in rendered.changes]
    return [*lines, ""]


def _database_file(rendered: Rendered, facts: DatabaseFacts) -> list[str]:
    """How the daemons come to read a database file."""
    path = rendered.layout.database
    return ["## The mail daemons must read the database", "",
            "Postfix's daemons run as `postfix` with that user's primary group only; Dovecot "
            "reads it in its auth worker (root). They may read the file and nothing more: "
            "it lives in a folder of its own that only ldapwizard (the writer) may write, "
            "and keeps a rollback journal, so reading needs no write permission:", "",
            f"    ldapwizard db init --db {path} --group postfix", "",
            "(file 0640, group postfix; its folder is created 0750 in the group when it is "
            "missing; an existing folder is never changed, and one that holds other files or "
            "that others may write to is refused). Every folder above it must let `postfix` "
            "pass (x). Imports run as the file's owner (or root).", "",
            "Should a writer be killed mid-write, the daemons cannot read the database "
            "(\"attempt to write a readonly database\") until ldapwizard opens it again: "
            f"`ldapwizard db show --db {path}` finishes the interrupted write.", ""]


def _postgresql(rendered: Rendered, facts: DatabaseFacts) -> list[str]:
    """How the daemons come to read a PostgreSQL database: their role, pg_hba.conf, TLS."""
    reader = rendered.layout.database
    lines = ["## The mail servers' PostgreSQL role", "",
             f"Postfix and Dovecot log in to `{reader.url()}` as `{reader.user}`, a role of "
             "their own that may read the mail views and nothing else (the tables stay "
             "closed to it). Create it once, as a PostgreSQL superuser, and let ldapwizard "
             "grant it the views (again after a schema upgrade):", "",
             f"    CREATE ROLE {reader.user} LOGIN PASSWORD '…';",
             f"    ldapwizard db init --db {facts.location} --reader {reader.user}", "",
             "Its password is in the files marked 0600 and 0640 above and nowhere else: "
             "Dovecot reads its files as root, Postfix's delivery agent its tables as user "
             "postfix. Every mail server gets the same set (render it on each, or copy it).",
             "",
             "In the database server's `pg_hba.conf`, let the role in from each mail server "
             "only, with its password and TLS (then `SELECT pg_reload_conf()`):", "",
             f"    hostssl  {reader.dbname}  {reader.user}  MAIL-SERVER-ADDRESS/32  "
             "scram-sha-256", ""]
    if reader.verifies:
        ca = (f"`{DATABASE_CA}` (a copy of the CA file given with --db-ca-file, beside each "
              "product's files)" if reader.ca_source else
              f"`{reader.ca_path or SYSTEM_CA}`")
        lines += [f"TLS: the daemons connect with `sslmode={reader.sslmode}` and check the "
                  f"server's certificate against {ca}; the certificate must name "
                  f"`{reader.host}`.", ""]
    elif is_local_host(reader.host):
        lines += ["The database is on this host (loopback), so TLS is not required; a "
                  "database on another host is reached with `sslmode=verify-full` and its CA "
                  "(`--db-ca-file`).", ""]
    else:
        lines += [f"TLS: `sslmode={reader.sslmode}` does not check the server's certificate. "
                  "Render again with `sslmode=verify-full` and the CA (`--db-ca-file`).", ""]
    return lines


def _system(rendered: Rendered, facts: DatabaseFacts) -> list[str]:
    layout = rendered.layout
    secret = "root, **0600**: holds the database role's password"
    connecting = secret if facts.postgresql else "root, 0644"
    tables = ("root, group postfix, **0640**: holds the database role's password (Postfix's "
              "daemons read it as user postfix)" if facts.postgresql else "root, 0644")
    rows = [(f"postfix/{name}", f"{layout.postfix_dir}/", tables)
            for name in ("virtual-domains.cf", "virtual-mailboxes.cf", "virtual-aliases.cf")]
    rows.append(("postfix/main.cf.snippet", "its lines into /etc/postfix/main.cf", ""))
    rows.append(("postfix/master.cf.snippet", "its service into /etc/postfix/master.cf", ""))
    rows.append((f"dovecot/{DOVECOT_TLS_CONF}", f"{SYSTEM_DOVECOT_CONF_D}/", "root, 0644"))
    if rendered.self_signed:
        rows.append((f"tls/{rendered.tls.cert.name}", f"{rendered.tls.cert.parent}/",
                     "root, 0644: self-signed"))
        rows.append((f"tls/{rendered.tls.key.name}", f"{rendered.tls.key.parent}/",
                     "root, **0600**: the certificate's private key"))
    rows.append((f"dovecot/{layout.dovecot_auth_conf.name}", f"{layout.dovecot_auth_conf.parent}/",
                 "root, 0644"))
    rows.append((f"dovecot/{dovecot.USERS_CONF}", f"{layout.dovecot_dir}/", connecting))
    rows.append((f"dovecot/{quota.MAILBOXES_CONF}", f"{layout.dovecot_dir}/", connecting))
    names = ([layout.ca_bundle.name] if facts.directories else []) + (
        [DATABASE_CA] if any(p.name == DATABASE_CA for p in rendered.files) else [])
    rows += [(f"dovecot/{name}", f"{layout.dovecot_dir}/", "root, 0644") for name in names]
    if DATABASE_CA in names:
        rows.append((f"postfix/{DATABASE_CA}", f"{layout.postfix_dir}/", "root, 0644"))
    rows += [(f"dovecot/{dovecot.ldap_conf_name(d)}", f"{layout.dovecot_dir}/",
              "root, **0600**: holds the service account's password") for d in facts.directories]
    lines = [f"# Mail server set-up for `{facts.name}`", "", *_summary(facts)]
    lines += ["## Where each file goes (Debian / Ubuntu)", "",
              f"Packages: `apt-get install {packages(facts)}`.", "",
              "| file here | goes to | owner, mode |", "|---|---|---|"]
    lines += [f"| `{a}` | {b if b.startswith('its') else f'`{b}`'} | {c} |" for a, b, c in rows]
    lines += ["", f"In `/etc/dovecot/conf.d/10-auth.conf` replace `!include auth-system.conf.ext` "
              f"with `!include {layout.dovecot_auth_conf.name}`. Then `postfix reload` and "
              "`systemctl reload dovecot`.", "", RENDER_AGAIN, "",
              "## The mail user", "",
              f"Mailboxes live under `{layout.mail_root}`, owned by `{rendered.mail_user}` "
              f"(uid {layout.mail_uid}, gid {layout.mail_gid}). If it does not exist: "
              f"`groupadd -g {layout.mail_gid} vmail && useradd --system -u {layout.mail_uid} "
              f"-g vmail -d {layout.mail_root} -m -s /usr/sbin/nologin vmail`.", ""]
    lines += tls.readme_lines(rendered.tls, rendered.self_signed)
    lines += autoconfig.readme_lines(rendered.clients, facts.domains,
                                      rendered.clients_note)
    lines += quota.readme_lines(layout)
    lines += (_postgresql if facts.postgresql else _database_file)(rendered, facts)
    if facts.directories:
        lines += ["## The service account Dovecot needs", "",
                  "For each directory, a read-only account that may search the users and read "
                  "their stable id, nothing more (the same reader the profile imports with is "
                  "fine). Its DN and password are in that directory's `ldap-N.conf.ext` only. "
                  "All directories share one CA bundle, `directories-ca.pem` (Dovecot's LDAP "
                  "client takes one).", ""]
    lines += _proxymap(rendered, facts)
    lines += _chain(facts)
    lines += ["## Check", "",
              "`mailstack check` asks the running Postfix over SMTP (RCPT TO for a sample, "
              "then RSET: no mail is sent) and Dovecot's auth service, and says when a server "
              "is down, a table cannot be opened, a list is larger than Postfix expands or a "
              "directory refuses Dovecot's service account (run it as root, which may read "
              "that account's file).", "",
              f"    ldapwizard mailstack check --db {facts.location}",
              f"    postmap -q ADDRESS {layout.map_type}:{layout.postfix_dir}/"
              "virtual-mailboxes.cf",
              "    doveadm user LOGIN", ""]
    return lines + _notes(rendered)


def _instance(rendered: Rendered, facts: DatabaseFacts) -> list[str]:
    layout = rendered.layout
    ports, out = layout.ports, layout.out
    conf = out / "dovecot" / "dovecot.conf"
    lines = [f"# A private Postfix and Dovecot for `{facts.name}`", "", *_summary(facts)]
    lines += ["Everything lives in this folder: configuration (`postfix/`, `dovecot/`), queue "
              "(`spool/`, `data/`), Maildirs (`mail/`), logs (`log/`). Run as root.", "",
              f"- SMTP: {HOST}:{ports.smtp} (delivers into `mail/` with Postfix's `virtual`)",
              *_instance_ports(rendered), "",
              "Start:", "", f"    postfix -c {out / 'postfix'} start", f"    dovecot -c {conf}",
              "", RENDER_AGAIN, "",
              "After rendering again: `postfix -c … reload`, `doveadm -c … reload`. Stop:",
              "", f"    postfix -c {out / 'postfix'} stop", f"    doveadm -c {conf} stop", "",
              f"Check: `ldapwizard mailstack check --db {facts.location} --postfix-config "
              f"{out / 'postfix'} --dovecot-config {conf}`.", ""]
    if layout.postgresql:
        lines += [f"Postfix and Dovecot log in to `{layout.database.url()}` as "
                  f"`{layout.database.user}`; mail is owned by `{rendered.mail_user}`.", ""]
    else:
        lines += [f"The database is shared with the group `{rendered.group}` (Postfix's); "
                  f"mail is owned by `{rendered.mail_user}`.", ""]
    if rendered.secret_files:
        lines += ["Passwords (the directories' service accounts"
                  + (", the database role" if layout.postgresql else "") + ") are in "
                  + ", ".join(f"`{p.relative_to(out)}`" for p in rendered.secret_files)
                  + " (mode 0600; Postfix's tables 0640 for its group) and nowhere else.", ""]
    lines += autoconfig.readme_lines(rendered.clients, facts.domains,
                                      rendered.clients_note)
    return (lines + quota.readme_lines(layout) + _proxymap(rendered, facts) + _chain(facts)
            + _notes(rendered))


def _instance_ports(rendered: Rendered) -> list[str]:
    """The instance's listeners: plain, or the mail server's TLS settings on loopback."""
    ports = rendered.layout.ports
    if rendered.tls is None:
        return [f"- IMAP: {HOST}:{ports.imap} (no TLS: for trying on this host only)"]
    return [f"- IMAP: {HOST}:{ports.imap} (STARTTLS before any sign-in: `ssl = required`)",
            f"- IMAPS: {HOST}:{ports.imaps}",
            f"- submission: {HOST}:{ports.submission} (STARTTLS, then SMTP AUTH checked by "
            "Dovecot; only signed-in users relay)",
            f"- certificate `{rendered.tls.cert}`, key `{rendered.tls.key}`"
            + (" (self-signed: clients warn)" if rendered.self_signed else "")]


def text(rendered: Rendered, facts: DatabaseFacts) -> str:
    """README.md for the folder the render wrote."""
    lines = (_instance if rendered.layout.instance else _system)(rendered, facts)
    return "\n".join(lines).rstrip() + "\n"
