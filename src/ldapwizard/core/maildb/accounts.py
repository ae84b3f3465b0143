"""Writing accounts: domains, users, aliases and mailing lists, inside a caller's transaction.

Each function takes the open connection of a `UserDatabase.transaction()` (SQLite or
PostgreSQL: the SQL here is the part both speak); an address that is taken raises
AddressTaken and the caller decides (skip the entry, or fail).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import NamedTuple

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import addresses, mailboxes
from ldapwizard.core.maildb.database import now
from ldapwizard.core.maildb.directory_rows import allowed_move
from ldapwizard.core.maildb.schema_v9 import ADMIN, DIRECTORY
from ldapwizard.core.maildb.taken import (  # noqa: F401 (the callers' names)
    EXISTS,
    EXISTS_NOW,
    KIND_WORDS,
    AddressTaken,
    LoginTaken,
    NameTaken,
)


@dataclass(frozen=True)
class NewUser:
    """A user to create; directory users carry their DN and stable id and no password."""

    local_part: str
    username: str
    display_name: str = ""
    auth: str = "local"
    directory_dn: str | None = None
    stable_id: str | None = None
    profile: str | None = None
    enabled: bool = True
    directory_id: int | None = None  # the directory a directory user signs in against
    password_hash: str | None = None  # a local user's {SCHEME} hash (passwords.py)
    quota_bytes: int | None = None


class UserRow(NamedTuple):
    """A NewUser's fields as `add_users` reads them, made in a tenth of the time: what an
    import builds for each of its many directory users."""

    local_part: str
    username: str
    display_name: str
    auth: str
    directory_dn: str | None
    stable_id: str | None
    profile: str | None
    directory_id: int | None
    enabled: bool = True
    password_hash: str | None = None
    quota_bytes: int | None = None


@dataclass(frozen=True)
class DirectorySource:
    """Where directory users came from, as Dovecot needs it to check their password (never a
    secret); one row per profile in `directories`."""

    name: str
    uri: str
    security: str
    ca_file: str | None
    base_dn: str
    server_type: str
    stable_id_attribute: str
    # the job's name as the admin knows it now (`name` is its stable id): what `jobs` shows
    job_name: str = ""


def ensure_domain(db, name: str, batch_id: int | None = None) -> int:
    """The id of a mail domain, creating it (owned by `batch_id`) when missing."""
    name = addresses.normalise_domain(name)
    row = db.execute("SELECT id FROM domains WHERE name = ?", (name,)).fetchone()
    if row:
        return row[0]
    return insert(db, "INSERT INTO domains (name, batch_id, created_at) VALUES (?, ?, ?)",
                  (name, batch_id, now()))


def insert(db, sql: str, params: tuple) -> int:
    """Run an INSERT and return the new row's id (RETURNING: both back ends have it)."""
    return db.execute(sql + " RETURNING id", params).fetchall()[0][0]


_TABLES = {"user": "users", "alias": "aliases", "list": "lists"}


def _check_free(db, domain_id: int, local_key: str, user_id: int | None = None, *,
                names: bool = True) -> None:
    """Raise AddressTaken naming the existing owner as it is stored; also when the address
    is the sign-in name of a user other than `user_id` (an alias's own user)."""
    row = db.execute("SELECT kind FROM addresses WHERE domain_id = ? AND local_key = ?",
                     (domain_id, local_key)).fetchone()
    if row:
        local = db.execute(f"SELECT local_part FROM {_TABLES[row[0]]} "
                           "WHERE domain_id = ? AND local_key = ?",
                           (domain_id, local_key)).fetchone()[0]
        raise AddressTaken(f"{local}@{_domain_name(db, domain_id)}", row[0])
    # a user's extra sign-in name (signin.py) in this domain: an alias or list there would
    # take the mail of a name that signs in to another mailbox
    if not names:
        return  # a new user: add_user_mailbox checks its login and address, naming both
    address = f"{local_key}@{_domain_name(db, domain_id)}"
    holder = db.execute("SELECT n.user_id, u.local_part || '@' || d.name FROM login_names n "
                        "JOIN users u ON u.id = n.user_id JOIN domains d ON d.id = u.domain_id "
                        "WHERE n.name_key = ?", (address,)).fetchone()
    if holder and holder[0] != user_id:
        raise NameTaken(address, holder[1])


def _domain_name(db, domain_id: int) -> str:
    return db.execute("SELECT name FROM domains WHERE id = ?", (domain_id,)).fetchone()[0]


def add_user(db, domain_id: int, user: NewUser,
             batch_id: int | None = None) -> int:
    """Insert a user; AddressTaken when its address is in use."""
    return add_user_mailbox(db, domain_id, user, batch_id)[0]


def add_user_mailbox(db, domain_id: int, user: NewUser,
                     batch_id: int | None = None) -> tuple[int, str]:
    """Insert a user; (its id, the mailbox path it was issued). AddressTaken when its
    address is in use."""
    key = addresses.key(user.local_part)
    _check_free(db, domain_id, key, names=False)
    login_key = user.username.casefold()
    domain = _domain_name(db, domain_id)
    # a user signs in with the login and with the full address: neither may be another's
    # (login_names, whose key the database holds unique)
    holder = db.execute("SELECT n.name_key, u.local_part || '@' || d.name FROM login_names n "
                        "JOIN users u ON u.id = n.user_id JOIN domains d ON d.id = u.domain_id "
                        "WHERE n.name_key IN (?, ?)", (login_key, f"{key}@{domain}")).fetchone()
    if holder:
        taken = user.username if holder[0] == login_key else f"{user.local_part}@{domain}"
        raise LoginTaken(taken, holder[1])
    mailbox = mailboxes.issue(db, domain + "/", addresses.mailbox_name(key))
    stamp = now()
    user_id = insert(
        db, "INSERT INTO users (domain_id, local_part, local_key, username, login_key, mailbox, "
        "quota_bytes, display_name, auth, password_hash, directory_dn, stable_id, profile, "
        "directory_id, enabled, batch_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (domain_id, user.local_part, key, user.username, login_key, mailbox, user.quota_bytes,
         user.display_name, user.auth, user.password_hash, user.directory_dn, user.stable_id,
         user.profile, user.directory_id, int(user.enabled), batch_id, stamp, stamp))
    return user_id, mailbox


def add_users(db, domain_id: int, users: list[NewUser] | list[UserRow],
              batch_id: int | None = None) -> dict[int, str]:
    """Insert many users in one statement: no "is it free" look-ups, the database's own
    constraints (address, login, mailbox, stable id) refuse a clash, with the driver's
    IntegrityError (database.INTEGRITY_ERRORS) for the whole call, so a caller inside a
    savepoint can fall back to `add_user` one by one for the reasons. Returns the users
    (by position) whose address's own mailbox path was issued before, with the path each
    got instead (see mailboxes.issue)."""
    folder = _domain_name(db, domain_id) + "/"  # stored normalised: no IDNA per user
    stamp = now()
    keys = [addresses.key(user.local_part) for user in users]
    names = [addresses.mailbox_name(key) for key in keys]
    paths = [f"{folder}{name}/" for name in names]
    taken = mailboxes.issued(db, paths)
    moved = {index: mailboxes.issue(db, folder, names[index])
             for index, path in enumerate(paths) if path in taken}
    rows = []
    for index, user in enumerate(users):
        key, username = keys[index], user.username
        rows.append((domain_id, user.local_part, key, username,
                     key if username is user.local_part else username.casefold(),
                     moved.get(index, paths[index]),
                     user.quota_bytes, user.display_name,
                     user.auth, user.password_hash, user.directory_dn, user.stable_id,
                     user.profile, user.directory_id, int(user.enabled), batch_id, stamp,
                     stamp))
    if hasattr(db, "copy_rows"):  # PostgreSQL: COPY, one round trip for the whole run
        db.copy_rows("users", USER_COLUMNS, rows)
    else:
        insert_rows(db, "users", USER_COLUMNS, rows)
    return moved


ROWS_PER_STATEMENT = 500  # at most; fewer where SQLite allows fewer parameters


def rows_per_statement(db, columns: int) -> int:
    """How many rows of `columns` parameters one statement may carry: SQLite's limit on
    parameters is 32,766 since 3.32 and 999 before (an older system library)."""
    try:
        limit = db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except AttributeError:  # not a sqlite3 connection
        limit = 999
    return max(1, min(ROWS_PER_STATEMENT, (limit - 1) // columns))


def insert_rows(db, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert rows a few hundred to a statement (SQLite), not one statement each.

    A user's row fires triggers that write four more tables, so SQLite keeps the original of
    every page a statement changes, to undo the statement alone if a constraint stops it;
    one row's pages overflow that journal's 64 KiB in memory into a temporary file. Many rows
    to a statement keep each page once for all of them (at 100,000 users: 0.1 million page
    writes to that file instead of 1.6 million). The constraints hold the same: a clash
    stops the whole statement, as it stopped executemany."""
    marks = f"({', '.join('?' * len(columns))})"
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    step = rows_per_statement(db, len(columns))
    for start in range(0, len(rows), step):
        batch = rows[start:start + step]
        db.execute(head + ", ".join([marks] * len(batch)),
                   [value for row in batch for value in row])


USER_COLUMNS = ("domain_id", "local_part", "local_key", "username", "login_key", "mailbox",
                "quota_bytes", "display_name", "auth", "password_hash", "directory_dn",
                "stable_id", "profile", "directory_id", "enabled", "batch_id", "created_at",
                "updated_at")


def add_user_aliases(db, domain_id: int, aliases: list[tuple[str, str, str]],
                     batch_id: int | None = None) -> None:
    """Many aliases of users just added, each forwarding to its user: (alias local part, the
    user's local part, the user's address). As add_users: the database's constraints refuse a
    clash, with an IntegrityError for the whole call."""
    if not aliases:
        return
    stamp = now()
    alias_rows = [(domain_id, alias, addresses.key(alias), batch_id, stamp)
                  for alias, _, _ in aliases]
    targets = [(address, addresses.key(alias), addresses.key(owner))
               for alias, owner, address in aliases]
    if hasattr(db, "copy_rows"):  # PostgreSQL: a statement each, as before
        db.executemany("INSERT INTO aliases (domain_id, local_part, local_key, batch_id, "
                       "created_at) VALUES (?, ?, ?, ?, ?)", alias_rows)
        db.executemany("INSERT INTO alias_targets (alias_id, target, user_id) SELECT a.id, ?, "
                       "u.id FROM aliases a JOIN users u ON u.domain_id = a.domain_id "
                       "WHERE a.domain_id = ? AND a.local_key = ? AND u.local_key = ?",
                       [(address, domain_id, alias_key, owner_key)
                        for address, alias_key, owner_key in targets])
        return
    insert_rows(db, "aliases", ("domain_id", "local_part", "local_key", "batch_id",
                                "created_at"), alias_rows)
    step = rows_per_statement(db, 3)  # insert_rows' reasons; one more: the domain
    for start in range(0, len(targets), step):
        batch = targets[start:start + step]
        db.execute("INSERT INTO alias_targets (alias_id, target, user_id) "
                   "SELECT a.id, v.column1, u.id FROM (VALUES "
                   + ", ".join(["(?, ?, ?)"] * len(batch)) + ") v "
                   "JOIN aliases a ON a.domain_id = ? AND a.local_key = v.column2 "
                   "JOIN users u ON u.domain_id = a.domain_id AND u.local_key = v.column3",
                   [*(value for row in batch for value in row), domain_id])


def ensure_directory(db, source: DirectorySource,
                     batch_id: int | None = None, *, moved: bool = False) -> int:
    """The id of a profile's directory row, created (owned by `batch_id`, so undo removes
    it with the batch when no user needs it) or brought up to date; DirectoryChanged when
    its users were imported from another directory, unless `moved` says it is that one."""
    allowed_move(db, source, moved)
    record_job(db, source.name, source.job_name or source.name)
    row = db.execute("SELECT id FROM directories WHERE name = ?", (source.name,)).fetchone()
    values = (source.uri, source.security, source.ca_file, source.base_dn, source.server_type,
              source.stable_id_attribute, now())
    if row:
        db.execute("UPDATE directories SET uri = ?, security = ?, ca_file = ?, base_dn = ?, "
                   "server_type = ?, stable_id_attribute = ?, updated_at = ? WHERE id = ?",
                   (*values, row[0]))
        return row[0]
    return insert(db, "INSERT INTO directories (uri, security, ca_file, base_dn, server_type, "
                  "stable_id_attribute, updated_at, name, batch_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (*values, source.name, batch_id))


def record_job(db, job_id: str, name: str) -> None:
    """Record the name the job with this id has now (each run does: a rename shows)."""
    db.execute("INSERT INTO jobs (id, name, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) "
               "DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at",
               (job_id, name, now()))


def add_alias(db, domain_id: int, local_part: str, targets: list[str],
              batch_id: int | None = None, *, user_id: int | None = None) -> int:
    """Insert an alias forwarding to `targets` (full addresses).

    `user_id` names the local user of a single target when the caller knows it.
    """
    if not targets:
        raise BadInput(i18n._("The alias {alias} needs at least one target address.",
                              alias=local_part))
    key = addresses.key(local_part)
    _check_free(db, domain_id, key, user_id if len(targets) == 1 else None)
    alias_id = insert(
        db, "INSERT INTO aliases (domain_id, local_part, local_key, batch_id, created_at) "
        "VALUES (?, ?, ?, ?, ?)", (domain_id, local_part, key, batch_id, now()))
    for target in dict.fromkeys(targets):
        owner = user_id if user_id is not None and len(targets) == 1 else _local_user(db, target)
        db.execute("INSERT INTO alias_targets (alias_id, target, user_id) VALUES (?, ?, ?)",
                   (alias_id, target, owner))
    return alias_id


def _local_user(db, address: str) -> int | None:
    local, _, domain = address.rpartition("@")
    row = db.execute(
        "SELECT users.id FROM users JOIN domains ON domains.id = users.domain_id "
        "WHERE domains.name = ? AND users.local_key = ?",
        (domain.lower(), addresses.key(local))).fetchone()
    return row[0] if row else None


def add_list(db, domain_id: int, local_part: str, name: str,
             members: list[str], batch_id: int | None = None, *,
             stable_id: str | None = None, directory_dn: str | None = None,
             profile: str | None = None) -> int:
    """Insert a mailing list with its members (full addresses); a list made from a directory
    group records the group's stable id and DN and the profile, and its members come from
    the directory (source 'directory'), a hand-made list's by hand ('admin')."""
    key = addresses.key(local_part)
    _check_free(db, domain_id, key)
    list_id = insert(
        db, "INSERT INTO lists (domain_id, local_part, local_key, name, batch_id, created_at, "
        "stable_id, directory_dn, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (domain_id, local_part, key, name, batch_id, now(), stable_id, directory_dn, profile))
    set_list_members(db, list_id, members, DIRECTORY if stable_id else ADMIN)
    return list_id


def set_list_members(db, list_id: int, members: list[str], source: str) -> None:
    """Add these members (full addresses, each once whatever its case) to a list, from the
    directory's group or by hand (`source`); a member it has already keeps its source (one
    added by hand stays kept by hand when the group gains it too)."""
    db.executemany("INSERT INTO list_members (list_id, address, address_key, source) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                   [(list_id, member, member.casefold(), source)
                    for member in dict.fromkeys(members)])


def find_user(db, address: str) -> tuple[int, str, str]:
    """(id, auth, address as stored) of the user with this address; BadInput when none."""
    local, domain = addresses.split(address)
    row = db.execute(
        "SELECT u.id, u.auth, u.local_part || '@' || d.name FROM users u JOIN domains d "
        "ON d.id = u.domain_id WHERE d.name = ? AND u.local_key = ?",
        (domain, addresses.key(local))).fetchone()
    if row is None:
        raise BadInput(i18n._("There is no user {address} in the user database.",
                              address=f"{local}@{domain}"),
                       hint=i18n._("`ldapwizard db show` lists the domains; aliases and lists "
                                   "have no password and cannot be disabled."))
    return row


def set_password_hash(db, address: str, password_hash: str) -> str:
    """Give a local user a new password hash; directory users sign in with the directory's."""
    user_id, auth, stored = find_user(db, address)
    if auth == "directory":
        raise BadInput(i18n._("{address} signs in with the directory password, which "
                              "ldapwizard never stores.", address=stored),
                       hint=i18n._("Change the password in the directory."))
    db.execute("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?",
               (password_hash, now(), user_id))
    return stored


def disabled_by(db, address: str) -> str | None:
    """Who disabled a user: 'admin' (by hand), 'sync' (following its directory), or None."""
    user_id, _, _ = find_user(db, address)
    row = db.execute("SELECT disabled_by FROM users WHERE id = ? AND enabled = 0",
                     (user_id,)).fetchone()
    return row[0] if row else None


def set_enabled(db, address: str, enabled: bool) -> tuple[str, bool]:
    """Enable or disable a user by hand; (address, whether anything changed). A user disabled
    here ('admin') stays disabled through later syncs until enabled here; one enabled here
    while the directory has it disabled is disabled again by the next sync."""
    user_id, _, stored = find_user(db, address)
    if enabled:
        changed = db.execute("UPDATE users SET enabled = 1, disabled_at = NULL, "
                             "disabled_by = NULL, updated_at = ? WHERE id = ? AND enabled = 0",
                             (now(), user_id)).rowcount
    else:
        changed = db.execute("UPDATE users SET enabled = 0, disabled_at = ?, disabled_by = "
                             "'admin', updated_at = ? WHERE id = ? AND enabled = 1",
                             (now(), now(), user_id)).rowcount
    return stored, bool(changed)
