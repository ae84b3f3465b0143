"""The whole-command import's anchors (bench.commands): the users an import creates, built simply
from ldapsearch's LDIF, inserted by one bare executemany into a database of the real schema
(its triggers included), and the plain anchor of issue 30: the same users, their aliases, the
address claims and the alias targets, one plain executemany per table into tables with the
same unique indexes and no triggers."""

from __future__ import annotations

import sqlite3
import time
from base64 import b64decode
from collections.abc import Iterator
from pathlib import Path

from bench.command_tables import Run
from ldapwizard.core.maildb import accounts, addresses
from ldapwizard.core.maildb.database import UserDatabase, now
from tests.servers import seed


def anchor_rows(ldif: Path) -> tuple[list[tuple], list[tuple]]:
    """The users an import creates, built simply from ldapsearch's LDIF: enabled entries with
    an address in the domain, the mailbox named after it, the first of a name or id taken;
    and their aliases: (local part, key, the user's position), each other address of theirs
    in the domain whose key no one has taken."""
    rows, aliases, seen = [], [], set()
    domain = seed.MAIL_DOMAIN
    for entry in _ldif_entries(ldif):
        mail = next((m for m in entry.get("mail", ()) if m.lower().endswith("@" + domain)), None)
        uuid = entry.get("entryUUID", [None])[0]
        if not mail or "pwdAccountLockedTime" in entry or not uuid:
            continue
        local = mail.rpartition("@")[0]
        key = addresses.key(local)
        if key in seen or uuid in seen:
            continue
        seen.update((key, uuid))
        name = (entry.get("displayName") or entry.get("cn") or [""])[0]
        for other in entry.get("mail", ()):
            alias, _, at = other.rpartition("@")
            alias_key = addresses.key(alias)
            if at.lower() == domain and alias_key not in seen:
                seen.add(alias_key)
                aliases.append((alias, alias_key, len(rows)))
        rows.append((local, key, local, key, addresses.mailbox_path(domain, key), name,
                     entry["dn"][0], uuid))
    return rows, aliases


def _ldif_entries(ldif: Path) -> Iterator[dict[str, list[str]]]:
    """ldapsearch -LLL output as attribute → values, folded lines joined, base64 decoded."""
    entry: dict[str, list[str]] = {}
    line = ""
    with ldif.open(encoding="utf-8") as lines:
        for raw in (*lines, "\n"):
            raw = raw.rstrip("\n")
            if raw.startswith(" "):
                line += raw[1:]
                continue
            if line:
                name, _, value = line.partition(":")
                value = (b64decode(value[1:].strip()).decode() if value.startswith(":")
                         else value.strip())
                entry.setdefault(name, []).append(value)
            line = raw
            if not raw and entry:
                yield entry
                entry = {}


def executemany_anchor(path: Path, rows: list[tuple]) -> Run:
    """Create a database of the real schema and insert `rows` in one executemany with the
    columns schema 3 needs (accounts.add_users' columns); wall and CPU time."""
    started, cpu = time.perf_counter(), time.process_time()
    with UserDatabase.open(path, write=True, create=True) as database, \
            database.transaction() as db:
        domain = accounts.ensure_domain(db, seed.MAIL_DOMAIN)
        stamp = now()
        db.executemany(
            "INSERT INTO users (domain_id, local_part, local_key, username, login_key, mailbox, "
            "display_name, auth, directory_dn, stable_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'directory', ?, ?, ?, ?)",
            ((domain, *row, stamp, stamp) for row in rows))
    return Run(time.perf_counter() - started, time.process_time() - cpu, 0)


PLAIN_SCHEMA = """
CREATE TABLE users (id INTEGER PRIMARY KEY, domain_id INTEGER NOT NULL, local_part TEXT NOT NULL,
    local_key TEXT NOT NULL, username TEXT NOT NULL, login_key TEXT NOT NULL,
    mailbox TEXT NOT NULL, display_name TEXT, directory_dn TEXT, stable_id TEXT,
    created_at TEXT NOT NULL, UNIQUE (domain_id, local_key));
CREATE UNIQUE INDEX users_by_login ON users (login_key);
CREATE UNIQUE INDEX users_by_mailbox ON users (mailbox);
CREATE UNIQUE INDEX users_by_stable_id ON users (domain_id, stable_id);
CREATE TABLE aliases (id INTEGER PRIMARY KEY, domain_id INTEGER NOT NULL,
    local_part TEXT NOT NULL, local_key TEXT NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (domain_id, local_key));
CREATE TABLE addresses (domain_id INTEGER NOT NULL, local_key TEXT NOT NULL,
    kind TEXT NOT NULL, PRIMARY KEY (domain_id, local_key)) WITHOUT ROWID;
CREATE TABLE alias_targets (alias_id INTEGER NOT NULL, target TEXT NOT NULL,
    user_id INTEGER, PRIMARY KEY (alias_id, target)) WITHOUT ROWID;
"""


def plain_anchor(path: Path, rows: list[tuple], aliases: list[tuple]) -> Run:
    """Issue 30's anchor: into a new file (WAL, synchronous NORMAL, as ours), in one
    transaction, one plain executemany each of the users, their aliases, the address claims
    of both and the aliases' targets, into tables with the same unique indexes (address per
    domain, login, mailbox, stable id, one address namespace) and no triggers."""
    started, cpu = time.perf_counter(), time.process_time()
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.executescript(PLAIN_SCHEMA)
        stamp = now()
        domain = seed.MAIL_DOMAIN
        db.execute("BEGIN IMMEDIATE")
        db.executemany(
            "INSERT INTO users (id, domain_id, local_part, local_key, username, login_key, "
            "mailbox, display_name, directory_dn, stable_id, created_at) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((number, *row, stamp) for number, row in enumerate(rows, 1)))
        db.executemany("INSERT INTO aliases (id, domain_id, local_part, local_key, created_at) "
                       "VALUES (?, 1, ?, ?, ?)",
                       ((number, alias, key, stamp)
                        for number, (alias, key, _) in enumerate(aliases, 1)))
        db.executemany("INSERT INTO addresses (domain_id, local_key, kind) VALUES (1, ?, ?)",
                       [*((row[1], "user") for row in rows),
                        *((key, "alias") for _, key, _ in aliases)])
        db.executemany("INSERT INTO alias_targets (alias_id, target, user_id) VALUES (?, ?, ?)",
                       ((number, f"{rows[owner][0]}@{domain}", owner + 1)
                        for number, (_, _, owner) in enumerate(aliases, 1)))
        db.execute("COMMIT")
    finally:
        db.close()
    return Run(time.perf_counter() - started, time.process_time() - cpu, 0)


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
