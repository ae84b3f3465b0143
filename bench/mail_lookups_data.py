"""The data of bench.mail_lookups: a user database of N users, N aliases and N list members
made by ldapwizard's own writers, and beside it PostfixAdmin's tables holding the same
addresses (the anchor), in a schema of their own; a private PostgreSQL cluster for the
PostgreSQL half."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase, now

DOMAIN = "example.com"
LIST_LIMIT = 20_000  # issue 26: lists of up to 20,000 members
HASH = "{BLF-CRYPT}$2b$05$benchmarkbenchmarkbenchuO3V7Zg0Tn9yq9Y4c0Pz8Jm6h1QeQ4O"
SAMPLE = 500  # keys of each kind to draw lookups from

# PostfixAdmin's own queries (its DOCUMENTS/POSTFIX_CONF.txt and DOVECOT.txt), over the
# schema `postfixadmin` (an attached file in SQLite); `{key}` is the key looked up
MAILBOX_ANCHOR = ("SELECT maildir FROM postfixadmin.mailbox WHERE username = '{key}' "
                  "AND active = '1'")
ALIAS_ANCHOR = "SELECT goto FROM postfixadmin.alias WHERE address = '{key}' AND active = '1'"
PASSWORD_ANCHOR = ("SELECT username AS user, password FROM postfixadmin.mailbox "
                   "WHERE username = '{key}' AND active = '1'")
HOME_ANCHOR = ("SELECT '/var/vmail/' || maildir AS home, 'maildir:/var/vmail/' || maildir "
               "AS mail, '*:bytes=' || quota AS quota_rule FROM postfixadmin.mailbox "
               "WHERE username = '{key}' AND active = '1'")
DOMAIN_ANCHOR = ("SELECT domain FROM postfixadmin.domain WHERE domain = '{key}' "
                 "AND active = '1'")
# not PostfixAdmin's: the same rows as ours, a row per target, in one plain table (what
# answering a list's members as rows costs by itself)
ROWS_ANCHOR = "SELECT goto FROM postfixadmin.forward WHERE address = '{key}'"

_ANCHOR_TABLES = """
CREATE TABLE postfixadmin.domain (domain TEXT PRIMARY KEY, active TEXT NOT NULL);
CREATE TABLE postfixadmin.mailbox (username TEXT PRIMARY KEY, password TEXT NOT NULL,
    maildir TEXT NOT NULL, quota BIGINT NOT NULL, active TEXT NOT NULL);
CREATE TABLE postfixadmin.alias (address TEXT PRIMARY KEY, goto TEXT NOT NULL,
    active TEXT NOT NULL);
CREATE TABLE postfixadmin.forward (address TEXT NOT NULL, goto TEXT NOT NULL,
    PRIMARY KEY (address, goto))
"""


@dataclass(frozen=True)
class Sample:
    """Keys to look up, drawn at random from what was built."""

    addresses: tuple[str, ...]  # users' addresses (users whose login is the local part)
    logins: tuple[str, ...]  # those users' logins
    aliases: tuple[str, ...]
    big_list: tuple[str, int]  # the address of the largest list, its members
    small_list: tuple[str, int]


def anchor_key(key: str) -> str:
    """PostfixAdmin's key for ours: its username is always the full address."""
    return key if "@" in key else f"{key}@{DOMAIN}"


def list_sizes(members: int) -> list[int]:
    """Lists holding `members` in all: the largest first (at most LIST_LIMIT), then halving."""
    sizes, size = [], min(LIST_LIMIT, max(members // 5, 1))
    while members > 0:
        take = min(size, members)
        sizes.append(take)
        members -= take
        if members < 2 * size:
            size = max(size // 2, 20)
    return sizes


def build(location: Path | str, users: int) -> Sample:
    """The user database: `users` users, as many aliases, as many list members."""
    names = [f"u{i:06d}" for i in range(users)]
    with UserDatabase.open(location, write=True, create=True) as database, \
            database.transaction("building the benchmark's database") as db:
        domain = accounts.ensure_domain(db, DOMAIN)
        accounts.add_users(db, domain, [accounts.NewUser(
            name, name if i % 2 else f"{name}@{DOMAIN}", password_hash=HASH)
            for i, name in enumerate(names)])
        db.execute("UPDATE users SET enabled = 0, disabled_by = 'admin', disabled_at = ? "
                   "WHERE id % 10 = 0", (now(),))
        accounts.add_user_aliases(db, domain, [(f"a{name[1:]}", name, f"{name}@{DOMAIN}")
                                               for name in names])
        lists, start = [], 0
        for number, size in enumerate(list_sizes(users)):
            members = [f"{names[(start + j) % users]}@{DOMAIN}" if j % 50 else
                       f"friend{start + j}@elsewhere.example" for j in range(size)]
            start += size
            accounts.add_list(db, domain, f"list{number:03d}", f"List {number}", members)
            lists.append((f"list{number:03d}@{DOMAIN}", size))
        # enabled users who sign in with the local part (a disabled one is found by nobody)
        odd = [name for (name,) in db.execute(
            "SELECT username FROM users WHERE enabled = 1 AND username NOT LIKE '%@%'")]
    odd = random.sample(sorted(odd), min(SAMPLE, len(odd)))
    return Sample(tuple(f"{name}@{DOMAIN}" for name in odd), tuple(odd),
                  tuple(f"a{name[1:]}@{DOMAIN}" for name in random.sample(names, len(odd))),
                  lists[0], lists[-1])


def build_anchor(db, postgresql: bool) -> None:
    """PostfixAdmin's tables beside ours (`db`: a connection to the user database, its
    schema `postfixadmin` there), filled from it: a mailbox and an alias to itself per user,
    an alias per alias, one alias per list with its members joined by commas."""
    if postgresql:
        db.execute("CREATE SCHEMA postfixadmin")
    for statement in _ANCHOR_TABLES.split(";"):
        db.execute(statement)
    mailboxes = db.execute(
        "SELECT u.local_key || '@' || d.name, u.password_hash, u.mailbox, "
        "coalesce(u.quota_bytes, 0), CASE WHEN u.enabled = 1 THEN '1' ELSE '0' END "
        "FROM users u JOIN domains d ON d.id = u.domain_id").fetchall()
    goto: dict[str, list[str]] = {address: [address] for address, *_ in mailboxes}
    for address, target in db.execute(
            "SELECT a.local_key || '@' || d.name, t.target FROM aliases a "
            "JOIN domains d ON d.id = a.domain_id JOIN alias_targets t ON t.alias_id = a.id "
            "UNION ALL SELECT l.local_key || '@' || d.name, m.address FROM lists l "
            "JOIN domains d ON d.id = l.domain_id JOIN list_members m ON m.list_id = l.id"):
        goto.setdefault(address, []).append(target)
    rows = {"domain": [(DOMAIN, "1")], "mailbox": mailboxes,
            "alias": [(address, ",".join(targets), "1") for address, targets in goto.items()],
            "forward": [(address, target) for address, targets in goto.items()
                        if "@" in address and not address.startswith("u")
                        for target in dict.fromkeys(targets)]}
    for table, values in rows.items():
        marks = ", ".join(["?" if not postgresql else "%s"] * len(values[0]))
        if postgresql:
            with db.cursor().copy(f"COPY postfixadmin.{table} FROM STDIN") as copy:
                for value in values:
                    copy.write_row(value)
        else:
            db.execute("BEGIN")
            db.executemany(f"INSERT INTO postfixadmin.{table} VALUES ({marks})", values)
            db.execute("COMMIT")
    if postgresql:
        db.execute("ANALYZE postfixadmin.domain, postfixadmin.mailbox, postfixadmin.alias, "
                   "postfixadmin.forward")


def sqlite_anchor(path: Path, anchor: Path) -> None:
    """PostfixAdmin's tables in a file of their own, attached to the user database."""
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        db.execute(f"ATTACH DATABASE '{anchor}' AS postfixadmin")
        build_anchor(db, postgresql=False)


def start_postgres(work: Path):
    """A private cluster with PostgreSQL's durable settings (tests/servers/postgres.py)."""
    from tests.servers.certs import make_pki
    from tests.servers.postgres import start_cluster

    folder = Path(tempfile.mkdtemp(prefix="ldapwizard-bench-pki-"))
    try:
        return start_cluster(make_pki(folder), durable=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def pg_database(cluster, work: Path) -> tuple[str, Callable[[], object]]:
    """A new database owned by ldapwizard's role: its URL (the password in PGPASSFILE) and
    what opens a plain connection to it (autocommit, no prepared statements: each lookup is
    a new statement, as Postfix and Dovecot send them)."""
    import psycopg

    from tests.servers.postgres import OWNER

    os.environ["PGPASSFILE"] = str(cluster.write_passfile(work / "pgpass"))
    url = cluster.create_database("mail_lookups")

    def connect():
        return psycopg.connect(url, autocommit=True, prepare_threshold=None,
                               password=cluster.password(OWNER))

    return url, connect
