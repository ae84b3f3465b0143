"""`db copy`: move a user database file into an empty PostgreSQL database, in one transaction.

The file is read from a scratch copy (brought to the current schema there), so the source
never changes, not even its WAL mode. Rows keep their ids, batches, revisions and times:
undo and sync go on where they left off. Every table's count is compared before COMMIT;
a difference rolls the whole copy back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, DatabaseError
from ldapwizard.core.maildb import count_words
from ldapwizard.core.maildb.database import UserDatabase, inspect, scratch_copy
from ldapwizard.core.maildb.location import PgTarget

# in an order the foreign keys allow (batches <-> domains is deferred to COMMIT); `addresses`
# and `login_names` are not copied: the triggers claim every address, login and user address
# again (the extra sign-in names are copied after the tables), and their counts are compared;
# `mailboxes_issued` is (its trigger stands aside while copying: it holds removed users' paths);
# `forwards_joined` is not: the copied members and targets mark their addresses, joined again
# by the deferred trigger (schema_v7.py)
TABLES = ("batches", "domains", "directories", "users", "mailboxes_issued", "aliases",
          "alias_targets", "lists", "list_members", "jobs", "welcome_sent")
CHECKED = (*TABLES, "addresses", "login_names")
WITH_IDS = ("batches", "domains", "directories", "users", "aliases", "lists")
# the names of login_names that are neither a user's login nor its address
EXTRA_NAMES = ("SELECT n.name_key, n.user_id FROM login_names n JOIN users u ON u.id = n.user_id "
               "JOIN domains d ON d.id = u.domain_id WHERE n.name_key <> u.login_key "
               "AND n.name_key <> u.local_key || '@' || d.name")


@dataclass
class CopyReport:
    """What was copied: rows per table, as counted on both sides."""

    source_version: int
    counts: dict[str, int] = field(default_factory=dict)


def copy_database(source: Path, target: PgTarget,
                  on_progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy the database file `source` into the empty PostgreSQL database `target`."""
    if not Path(source).exists():
        raise BadInput(i18n._("There is no user database at {path}.", path=source))
    version = inspect(Path(source)).version  # refusals (not ours, newer, damaged) first
    with scratch_copy(source) as scratch, \
            UserDatabase.open(scratch, write=True, create=True) as origin, \
            UserDatabase.open(target, write=True, create=True) as destination:
        report = CopyReport(version, {table: _count(origin, table) for table in CHECKED})
        held = {table: _count(destination, table) for table in ("domains", "users", "batches")}
        if any(held.values()):
            raise BadInput(i18n._("{target} already holds {users}, {domains} and {batches}.",
                                  target=target, users=count_words.users(held["users"]),
                                  domains=count_words.domains(held["domains"]),
                                  batches=count_words.batches(held["batches"])),
                           hint=i18n._("db copy fills an empty database only; nothing was "
                                       "changed."))
        with destination.transaction(i18n.N_("the copy")) as db:
            db.execute("SET LOCAL ldapwizard.copying = 'on'")  # revisions stay as they were
            db.execute("SET CONSTRAINTS ALL DEFERRED")
            for table in TABLES:
                cursor = origin.connection.execute(f"SELECT * FROM {table}")
                columns = [column[0] for column in cursor.description]
                db.copy_rows(table, columns, cursor)
                if on_progress:
                    on_progress(table, report.counts[table])
            # the extra sign-in names (signin.py) are rows no trigger makes: copied as they are
            db.copy_rows("login_names", ("name_key", "user_id"),
                         origin.connection.execute(EXTRA_NAMES))
            for table in WITH_IDS:  # new rows continue after the copied ids
                db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
            db.execute("SET CONSTRAINTS ALL IMMEDIATE")
            copied = {table: _count(destination, table) for table in CHECKED}
            if copied != report.counts:
                differ = ", ".join(
                    i18n._("{table}: {count} in the file, {copied} copied", table=t,
                           count=report.counts[t], copied=copied[t])
                    for t in CHECKED if copied[t] != report.counts[t])
                raise DatabaseError(i18n._("The copy into {target} does not match the file "
                                           "({differ}); it was rolled back: no row was copied.",
                                           target=target, differ=differ))
    return report


def _count(database: UserDatabase, table: str) -> int:
    return database.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
