"""The jobs that own rows of the user database (schema_v8.py): adoption of one job's rows by
another, as when users imported under an unsaved job (owned by its server's name) are taken
over by the job saved for them later."""

from __future__ import annotations

from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.accounts import record_job


@dataclass(frozen=True)
class Owned:
    """What one job owns in a database."""

    users: int
    lists: int
    batches: int

    @property
    def anything(self) -> bool:
        return bool(self.users or self.lists or self.batches)


def owned_by(db, owner: str) -> Owned:
    """Counts of the users, lists and batches owned by `owner`."""
    def count(table: str) -> int:
        return db.execute(f"SELECT count(*) FROM {table} WHERE profile = ?",
                          (owner,)).fetchone()[0]
    return Owned(count("users"), count("lists"), count("batches"))


def adopt_rows(db, owner: str, job_id: str, name: str) -> Owned:
    """Give the users, lists and batches of `owner` (and its directories row, when the job
    has none yet) to the job `job_id`, named `name`; what moved."""
    if owner == job_id:
        raise BadInput(i18n._('The rows of "{name}" are already its own.', name=name))
    moved = owned_by(db, owner)
    for table in ("users", "lists", "batches"):
        db.execute(f"UPDATE {table} SET profile = ? WHERE profile = ?", (job_id, owner))
    if db.execute("SELECT 1 FROM directories WHERE name = ?", (job_id,)).fetchone() is None:
        db.execute("UPDATE directories SET name = ? WHERE name = ?", (job_id, owner))
    record_job(db, job_id, name)
    return moved
