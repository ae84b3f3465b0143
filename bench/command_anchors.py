"""The whole-command import's anchor (bench.commands): the users an import creates, built simply
from ldapsearch's LDIF, inserted by one bare executemany into a database of the real schema."""

from __future__ import annotations

import time
from base64 import b64decode
from collections.abc import Iterator
from pathlib import Path

from bench.command_tables import Run
from ldapwizard.core.maildb import accounts, addresses
from ldapwizard.core.maildb.database import UserDatabase, now
from tests.servers import seed


def anchor_rows(ldif: Path) -> list[tuple]:
    """The users an import creates, built simply from ldapsearch's LDIF: enabled entries with
    an address in the domain, the mailbox named after it, the first of a name or id taken."""
    rows, seen = [], set()
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
        rows.append((local, key, local, key, addresses.mailbox_path(domain, key), name,
                     entry["dn"][0], uuid))
    return rows


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


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
