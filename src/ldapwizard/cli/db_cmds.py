"""`ldapwizard db init|show|copy|password|add-user|add-alias|add-list|add-member|remove-member|
set-password|…`."""

from __future__ import annotations

import argparse
import getpass
import sys

from ldapwizard.cli.common import add_database_options, database_of, out
from ldapwizard.cli.terminal import shown
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.secrets import forget_database_password, store_database_password
from ldapwizard.core.maildb import (
    accounts,
    addresses,
    count_words,
    list_members,
    mailboxes,
    outcome,
    passwords,
    pg,
    pgdb,
    quotas,
)
from ldapwizard.core.maildb.copy import copy_database
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.list_roster import change_words
from ldapwizard.core.maildb.location import PgTarget, locate, with_ca_file
from ldapwizard.core.maildb.schema_pg import MAIL_VIEWS
from ldapwizard.core.maildb.schema_v8 import shown_owner
from ldapwizard.core.mailserver import access
from ldapwizard.core.welcome import record as welcome_record
from ldapwizard.i18n import N_, _, _n


def _open(args: argparse.Namespace, **how) -> UserDatabase:
    return UserDatabase.open(database_of(args), **how)


def cmd_init(args: argparse.Namespace) -> int:
    server = isinstance(database_of(args), PgTarget)
    if args.group and server:
        raise BadInput(_("--group shares a database file; a PostgreSQL database is shared "
                         "with the mail servers' role by --reader ROLE."))
    if args.reader and not server:
        raise BadInput(_("--reader is for a PostgreSQL database; a file is shared with the "
                         "mail daemons' group by --group GROUP."))
    changes: list[str] = []
    if args.group:  # a missing group or a folder shared with others: refused before creating
        changes = access.prepare_folder(database_of(args), args.group)
    with _open(args, write=True, create=True) as database:
        path = database.path
        if args.reader:
            with database.transaction(
                    N_("granting the mail server's role its reads")) as db:
                pg.grant_reader(db, args.reader)
    out(_("User database ready at {path}.", path=path))
    if args.reader:
        out(_("The role {role} may read the mail server's views ({views}) and nothing else.",
              role=args.reader, views=", ".join(MAIL_VIEWS)))
    if args.group:
        changes += access.share_with_group(path, args.group)
        for change in changes:
            out(_("changed: {change}", change=change))
        if changes:
            out(_("The mail daemons in the group {group} can read it.", group=args.group))
        else:
            out(_("The mail daemons in the group {group} can read it (nothing needed "
                  "changing).", group=args.group))
    return 0


def cmd_password(args: argparse.Namespace) -> int:
    """Remember (or forget) a PostgreSQL database's password in the system keyring."""
    target = database_of(args)
    if not isinstance(target, PgTarget):
        raise BadInput(_("`db password` is for a PostgreSQL database (--db postgresql://…); "
                         "a database file has no password."))
    if args.forget:
        forget_database_password(target)
        out(_("Forgot the password of {target} (if the keyring had one).", target=target))
        return 0
    where = f"{target.host}:{target.port}/{target.dbname}"
    who = (_("{user} at {where}", user=target.user, where=where) if target.user
           else _("the user at {where}", where=where))
    password = _new_password(args, who, twice=False)
    pgdb.connect(target, read_only=True, password=password).close()  # refused: not stored
    store_database_password(target, password)
    out(_("The password of {target} works and is in the system keyring now.", target=target))
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    """Copy a database file into an empty PostgreSQL database; the file is left as it was."""
    source = locate(args.source)
    target = locate(with_ca_file(args.to, args.db_ca_file) if args.db_ca_file else args.to)
    if isinstance(source, PgTarget) or not isinstance(target, PgTarget):
        raise BadInput(_("db copy moves a database file into PostgreSQL: --from FILE --to "
                         "postgresql://USER@HOST:PORT/DBNAME."))
    report = copy_database(source, target, on_progress=lambda table, rows: out(
        "  " + _n("{table}: {count} row", "{table}: {count} rows", rows, table=table)))
    counts = report.counts
    out(_("Copied {source} (schema {version}) into {target}: {users}, {aliases}, {lists}, "
          "{batches}; every table's count checked. The file was not changed.", source=source,
          version=report.source_version, target=target,
          users=count_words.users(counts["users"]),
          aliases=count_words.aliases(counts["aliases"]),
          lists=count_words.lists(counts["lists"]),
          batches=count_words.batches(counts["batches"])))
    out(_("Point the wizard, profiles and schedules at it with --db {target}, and render the "
          "mail server's configuration again (`ldapwizard mailstack render --db …`).",
          target=target))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as database, database.reading() as db:
        out(_("User database {path}", path=database.path))
        domains = db.execute(
            "SELECT d.name, "
            "(SELECT count(*) FROM users u WHERE u.domain_id = d.id), "
            "(SELECT count(*) FROM users u WHERE u.domain_id = d.id AND u.auth = 'directory'), "
            "(SELECT count(*) FROM aliases a WHERE a.domain_id = d.id), "
            "(SELECT count(*) FROM lists l WHERE l.domain_id = d.id) "
            "FROM domains d ORDER BY d.name").fetchall()
        if not domains:
            out(_("No domains yet."))
        for name, users, directory_users, aliases, lists in domains:
            out("  " + shown(_("{domain}: {users} ({directory_users} "
                               "directory-authenticated), {aliases}, {lists}", domain=name,
                               users=count_words.users(users),
                               directory_users=directory_users,
                               aliases=count_words.aliases(aliases),
                               lists=count_words.lists(lists))))
        batches = db.execute(
            f"SELECT id, kind, domain, {shown_owner('batches.profile')}, operator, started_at, "
            "created, skipped, failed, undone_at, options FROM batches ORDER BY id DESC LIMIT 10"
        ).fetchall()
        if batches:
            out(_("Recent batches:"))
        for (batch, kind, domain, profile, operator, started, created, skipped, failed,
             undone, options) in batches:
            values = dict(batch=batch, domain=domain, started=started, operator=operator,
                          profile=profile, created=created, skipped=skipped, failed=failed,
                          undone=undone)
            if kind == "sync":
                words = (_("{batch}: sync into {domain} at {started} by {operator} (profile "
                           "{profile}): {created} created, {skipped} skipped, {failed} "
                           "failed, undone {undone}", **values) if undone else
                         _("{batch}: sync into {domain} at {started} by {operator} (profile "
                           "{profile}): {created} created, {skipped} skipped, {failed} failed",
                           **values))
            else:
                words = (_("{batch}: import into {domain} at {started} by {operator} (profile "
                           "{profile}): {created} created, {skipped} skipped, {failed} "
                           "failed, undone {undone}", **values) if undone else
                         _("{batch}: import into {domain} at {started} by {operator} (profile "
                           "{profile}): {created} created, {skipped} skipped, {failed} failed",
                           **values))
            out("  " + shown(words + outcome.runs_words(options)))
        _welcome_lines(db)
    return 0


def _welcome_lines(db) -> None:
    """Who was sent a welcome message, and whose failed with the server's answer."""
    counts = welcome_record.summary(db)
    if not any(counts.values()):
        return
    out(_("Welcome messages: {sent} sent, {failed} failed, {doubt} in doubt.",
          sent=counts["sent"], failed=counts["failed"], doubt=counts["in doubt"]))
    for batch, address, answer in welcome_record.failures(db):
        out("  " + shown(_("failed: {address} (batch {batch}): {answer} (sent again by the "
                           "next run)", address=address, batch=batch, answer=answer)))


def cmd_add_user(args: argparse.Namespace) -> int:
    local, domain = addresses.split(args.address)
    with _open(args, write=True, create=True) as database, \
            database.transaction(N_("adding the user")) as db:
        domain_id = accounts.ensure_domain(db, domain)
        _user_id, mailbox = accounts.add_user_mailbox(db, domain_id, accounts.NewUser(
            local_part=local, username=args.username or local,
            display_name=args.display_name or ""))
    earlier = mailboxes.new_path_words(mailbox)
    address = f"{local}@{domain}"
    out(_("Added user {address}; {note}.", address=address, note=earlier) if earlier
        else _("Added user {address}.", address=address))
    return 0


def cmd_add_alias(args: argparse.Namespace) -> int:
    local, domain = addresses.split(args.address)
    targets = [f"{t_local}@{t_domain}" for t_local, t_domain in map(addresses.split,
                                                                     args.targets)]
    with _open(args, write=True, create=True) as database, \
            database.transaction(N_("adding the alias")) as db:
        accounts.add_alias(db, accounts.ensure_domain(db, domain), local, targets)
    out(_("Added alias {address} -> {targets}.", address=f"{local}@{domain}",
          targets=", ".join(targets)))
    return 0


def cmd_add_list(args: argparse.Namespace) -> int:
    local, domain = addresses.split(args.address)
    members = [f"{m_local}@{m_domain}" for m_local, m_domain in map(addresses.split,
                                                                     args.members)]
    with _open(args, write=True, create=True) as database, \
            database.transaction(N_("adding the mailing list")) as db:
        accounts.add_list(db, accounts.ensure_domain(db, domain), local, args.name or local,
                          members)
    out(_n("Added mailing list {address} with {count} member.",
           "Added mailing list {address} with {count} members.", len(members),
           address=f"{local}@{domain}"))
    return 0


def cmd_add_member(args: argparse.Namespace) -> int:
    with _open(args, write=True) as database, \
            database.transaction(N_("adding the list member")) as db:
        change = list_members.add_member(db, args.list, args.address)
    out(change_words(change))
    return 0


def cmd_remove_member(args: argparse.Namespace) -> int:
    with _open(args, write=True) as database, \
            database.transaction(N_("removing the list member")) as db:
        change = list_members.remove_member(db, args.list, args.address)
    out(change_words(change))
    return 0


def _new_password(args: argparse.Namespace, who: str, twice: bool = True) -> str:
    """A new password from stdin (a pipe) or typed twice at a prompt; never an argument."""
    if sys.stdin is None or not sys.stdin.isatty():
        password = (sys.stdin.readline() if sys.stdin else "").rstrip("\r\n")
        if not password:
            raise BadInput(_("No password on standard input."),
                           hint=_("Pipe it in (`… | ldapwizard db set-password ADDRESS`) or "
                                  "run the command in a terminal to be asked."))
        return password
    if not twice:
        return getpass.getpass(_("Password for {who}: ", who=who))
    password = getpass.getpass(_("New password for {who}: ", who=who))
    if password != getpass.getpass(_("Again: ")):
        raise BadInput(_("The two passwords differ; nothing was changed."))
    return password


def cmd_set_password(args: argparse.Namespace) -> int:
    password = _new_password(args, args.address)
    hashed = passwords.hash_password(password)
    with _open(args, write=True) as database, \
            database.transaction(N_("setting the password")) as db:
        address = accounts.set_password_hash(db, args.address, hashed)
    out(_("Password of {address} set (stored as a {scheme} hash only).", address=address,
          scheme=passwords.SCHEME))
    return 0


def cmd_set_quota(args: argparse.Namespace) -> int:
    size = quotas.parse_size(args.size)
    with _open(args, write=True) as database, \
            database.transaction(N_("setting the quota")) as db:
        address, before = quotas.set_quota(db, args.address, size)
    out(_("Quota of {address}: {size} (was {before}). The mail server refuses mail for a "
          "full mailbox (`mailstack render` sets it up).", address=address,
          size=quotas.shown_size(size), before=quotas.shown_size(before)))
    return 0


def cmd_enable(args: argparse.Namespace, enabled: bool) -> int:
    with _open(args, write=True) as database, \
            database.transaction(N_("enabling the user") if enabled
                                 else N_("disabling the user")) as db:
        by = accounts.disabled_by(db, args.address)
        address, changed = accounts.set_enabled(db, args.address, enabled)
    if not changed:
        out(_("{address} was enabled already; nothing was changed.", address=address)
            if enabled else
            _("{address} was disabled already; nothing was changed.", address=address))
    elif enabled:
        out(_("Enabled {address}: the mail server accepts mail for it and lets it sign in.",
              address=address))
        if by == "sync":
            out(_("note: a sync disabled it, following its directory; the next sync of its "
                  "profile disables it again unless the directory has enabled it by then."))
    else:
        out(_("Disabled {address}: the mail server now refuses mail for it and its sign-in; "
              "its mail is kept, and a sync will not enable it again.", address=address))
    return 0


def add_commands(sub) -> None:
    """Register `db` and its sub-commands."""
    db = sub.add_parser("db", help=_("the user database: create, show, add existing accounts"))
    dsub = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    add_database_options(common)
    p = dsub.add_parser("init", parents=[common],
                        help=_("create (or upgrade) the user database"))
    p.add_argument("--group", metavar="GROUP",
                   help=_("let the mail daemons in GROUP read it and nothing more: the file "
                          "0640 in the group, in a folder of its own (created 0750 when "
                          "missing; Debian: postfix)"))
    p.add_argument("--reader", metavar="ROLE",
                   help=_("PostgreSQL: let the mail servers' role read the mail views (only)"))
    p.set_defaults(func=cmd_init)
    p = dsub.add_parser("password", parents=[common],
                        help=_("remember a PostgreSQL database's password in the system "
                               "keyring (asked for, or read from stdin; checked first)"))
    p.add_argument("--forget", action="store_true", help=_("remove it from the keyring"))
    p.set_defaults(func=cmd_password)
    p = dsub.add_parser("copy", help=_("copy a database file into an empty PostgreSQL database "
                                       "(the file is not changed; counts are checked)"))
    p.add_argument("--from", dest="source", metavar="FILE", required=True)
    p.add_argument("--to", metavar="URL", required=True,
                   help=_("postgresql://USER@HOST:PORT/DBNAME (an empty database)"))
    p.add_argument("--db-ca-file", metavar="FILE",
                   help=_("the CA that signed the PostgreSQL server's certificate"))
    p.set_defaults(func=cmd_copy)
    p = dsub.add_parser("show", parents=[common],
                        help=_("domains, counts and recent batches"))
    p.set_defaults(func=cmd_show)
    p = dsub.add_parser("add-user", parents=[common], help=_("add a mailbox user"))
    p.add_argument("address")
    p.add_argument("--display-name")
    p.add_argument("--username", help=_("login name (default: the local part)"))
    p.set_defaults(func=cmd_add_user)
    p = dsub.add_parser("add-alias", parents=[common], help=_("add an alias"))
    p.add_argument("address")
    p.add_argument("targets", nargs="+", metavar="TARGET")
    p.set_defaults(func=cmd_add_alias)
    p = dsub.add_parser("add-list", parents=[common], help=_("add a mailing list"))
    p.add_argument("address")
    p.add_argument("members", nargs="*", metavar="MEMBER")
    p.add_argument("--name", help=_("the list's display name"))
    p.set_defaults(func=cmd_add_list)
    p = dsub.add_parser("add-member", parents=[common],
                        help=_("add a member to a mailing list by hand (kept by every sync)"))
    p.add_argument("list", metavar="LIST", help=_("the list's address"))
    p.add_argument("address", metavar="ADDRESS",
                   help=_("a user, alias or list of a domain of this database, or an address "
                          "elsewhere"))
    p.set_defaults(func=cmd_add_member)
    p = dsub.add_parser("remove-member", parents=[common],
                        help=_("remove a member added by hand from a mailing list"))
    p.add_argument("list", metavar="LIST", help=_("the list's address"))
    p.add_argument("address", metavar="ADDRESS")
    p.set_defaults(func=cmd_remove_member)
    p = dsub.add_parser("set-password", parents=[common],
                        help=_("set a local user's password (asked for, or read from stdin)"))
    p.add_argument("address")
    p.set_defaults(func=cmd_set_password)
    p = dsub.add_parser("set-quota", parents=[common],
                        help=_("set how much mail a user's mailbox may hold"))
    p.add_argument("address")
    p.add_argument("size", help=_("e.g. 500M, 2G, 3000 (bytes; K, M, G, T are powers of 1024), "
                                  "or none for no limit"))
    p.set_defaults(func=cmd_set_quota)
    p = dsub.add_parser("disable", parents=[common],
                        help=_("refuse mail and sign-in for a user (kept, reversible)"))
    p.add_argument("address")
    p.set_defaults(func=lambda args: cmd_enable(args, False))
    p = dsub.add_parser("enable", parents=[common], help=_("enable a disabled user again"))
    p.add_argument("address")
    p.set_defaults(func=lambda args: cmd_enable(args, True))
