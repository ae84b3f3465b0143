"""`ldapwizard db init|show|add-user|add-alias|add-list|set-password|disable|enable`."""

from __future__ import annotations

import argparse
import getpass
import sys

from ldapwizard.cli.common import out
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import accounts, addresses, passwords
from ldapwizard.core.maildb.database import UserDatabase, default_path
from ldapwizard.core.mailserver import access


def _open(args: argparse.Namespace, **how) -> UserDatabase:
    return UserDatabase.open(args.db or default_path(), **how)


def cmd_init(args: argparse.Namespace) -> int:
    if args.group:
        access.group_id(args.group)  # a missing group is bad input before anything is created
    with _open(args, write=True, create=True) as database:
        path = database.path
    out(f"User database ready at {path}.")
    if args.group:
        changes = access.share_with_group(path, args.group)
        for change in changes:
            out(f"changed: {change}")
        out(f"The mail daemons in the group {args.group} can read it"
            + ("." if changes else " (nothing needed changing)."))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as database, database.reading() as db:
        out(f"User database {database.path}")
        domains = db.execute(
            "SELECT d.name, "
            "(SELECT count(*) FROM users u WHERE u.domain_id = d.id), "
            "(SELECT count(*) FROM users u WHERE u.domain_id = d.id AND u.auth = 'directory'), "
            "(SELECT count(*) FROM aliases a WHERE a.domain_id = d.id), "
            "(SELECT count(*) FROM lists l WHERE l.domain_id = d.id) "
            "FROM domains d ORDER BY d.name").fetchall()
        if not domains:
            out("No domains yet.")
        for name, users, directory_users, aliases, lists in domains:
            out(f"  {name}: {users} users ({directory_users} directory-authenticated), "
                f"{aliases} aliases, {lists} mailing lists")
        batches = db.execute(
            "SELECT id, kind, domain, profile, operator, started_at, created, skipped, failed, "
            "undone_at FROM batches ORDER BY id DESC LIMIT 10").fetchall()
        if batches:
            out("Recent batches:")
        for (batch, kind, domain, profile, operator, started, created, skipped, failed,
             undone) in batches:
            state = f", undone {undone}" if undone else ""
            out(f"  {batch}: {kind} into {domain} at {started} by {operator} (profile "
                f"{profile}): {created} created, {skipped} skipped, {failed} failed{state}")
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    local, domain = addresses.split(args.address)
    with _open(args, write=True, create=True) as database, \
            database.transaction("adding the user") as db:
        domain_id = accounts.ensure_domain(db, domain)
        accounts.add_user(db, domain_id, accounts.NewUser(
            local_part=local, username=args.username or local,
            display_name=args.display_name or ""))
    out(f"Added user {local}@{domain}.")
    return 0


def cmd_add_alias(args: argparse.Namespace) -> int:
    local, domain = addresses.split(args.address)
    targets = [f"{t_local}@{t_domain}" for t_local, t_domain in map(addresses.split,
                                                                     args.targets)]
    with _open(args, write=True, create=True) as database, \
            database.transaction("adding the alias") as db:
        accounts.add_alias(db, accounts.ensure_domain(db, domain), local, targets)
    out(f"Added alias {local}@{domain} -> {', '.join(targets)}.")
    return 0


def cmd_add_list(args: argparse.Namespace) -> int:
    local, domain = addresses.split(args.address)
    members = [f"{m_local}@{m_domain}" for m_local, m_domain in map(addresses.split,
                                                                     args.members)]
    with _open(args, write=True, create=True) as database, \
            database.transaction("adding the mailing list") as db:
        accounts.add_list(db, accounts.ensure_domain(db, domain), local, args.name or local,
                          members)
    out(f"Added mailing list {local}@{domain} with {len(members)} members.")
    return 0


def _new_password(args: argparse.Namespace, who: str) -> str:
    """A new password from stdin (a pipe) or typed twice at a prompt; never an argument."""
    if sys.stdin is None or not sys.stdin.isatty():
        password = (sys.stdin.readline() if sys.stdin else "").rstrip("\r\n")
        if not password:
            raise BadInput("No password on standard input.",
                           hint="Pipe it in (`… | ldapwizard db set-password ADDRESS`) or run "
                           "the command in a terminal to be asked.")
        return password
    password = getpass.getpass(f"New password for {who}: ")
    if password != getpass.getpass("Again: "):
        raise BadInput("The two passwords differ; nothing was changed.")
    return password


def cmd_set_password(args: argparse.Namespace) -> int:
    password = _new_password(args, args.address)
    hashed = passwords.hash_password(password)
    with _open(args, write=True) as database, \
            database.transaction("setting the password") as db:
        address = accounts.set_password_hash(db, args.address, hashed)
    out(f"Password of {address} set (stored as a {passwords.SCHEME} hash only).")
    return 0


def cmd_enable(args: argparse.Namespace, enabled: bool) -> int:
    with _open(args, write=True) as database, \
            database.transaction("enabling the user" if enabled else "disabling the user") as db:
        address, changed = accounts.set_enabled(db, args.address, enabled)
    state = "enabled" if enabled else "disabled"
    if not changed:
        out(f"{address} was {state} already; nothing was changed.")
    elif enabled:
        out(f"Enabled {address}: the mail server accepts mail for it and lets it sign in.")
    else:
        out(f"Disabled {address}: the mail server now refuses mail for it and its sign-in; "
            "its mail is kept, and a sync will not enable it again.")
    return 0


def add_commands(sub) -> None:
    """Register `db` and its sub-commands."""
    db = sub.add_parser("db", help="the user database: create, show, add existing accounts")
    dsub = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="FILE", help=f"user database (default {default_path()})")
    p = dsub.add_parser("init", parents=[common], help="create (or upgrade) the user database")
    p.add_argument("--group", metavar="GROUP",
                   help="let the mail daemons in GROUP read it: the file, its folder and WAL "
                   "files go to the group (files 0660, folder 2770; Debian: postfix)")
    p.set_defaults(func=cmd_init)
    p = dsub.add_parser("show", parents=[common], help="domains, counts and recent batches")
    p.set_defaults(func=cmd_show)
    p = dsub.add_parser("add-user", parents=[common], help="add a mailbox user")
    p.add_argument("address")
    p.add_argument("--display-name")
    p.add_argument("--username", help="login name (default: the local part)")
    p.set_defaults(func=cmd_add_user)
    p = dsub.add_parser("add-alias", parents=[common], help="add an alias")
    p.add_argument("address")
    p.add_argument("targets", nargs="+", metavar="TARGET")
    p.set_defaults(func=cmd_add_alias)
    p = dsub.add_parser("add-list", parents=[common], help="add a mailing list")
    p.add_argument("address")
    p.add_argument("members", nargs="*", metavar="MEMBER")
    p.add_argument("--name", help="the list's display name")
    p.set_defaults(func=cmd_add_list)
    p = dsub.add_parser("set-password", parents=[common],
                        help="set a local user's password (asked for, or read from stdin)")
    p.add_argument("address")
    p.set_defaults(func=cmd_set_password)
    p = dsub.add_parser("disable", parents=[common],
                        help="refuse mail and sign-in for a user (kept, reversible)")
    p.add_argument("address")
    p.set_defaults(func=lambda args: cmd_enable(args, False))
    p = dsub.add_parser("enable", parents=[common], help="enable a disabled user again")
    p.add_argument("address")
    p.set_defaults(func=lambda args: cmd_enable(args, True))
