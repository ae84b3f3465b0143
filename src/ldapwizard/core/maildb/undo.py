"""Undo an import batch: remove exactly what it created, in one transaction.

Rows changed since the import, or referenced by rows the batch did not create, make undo
refuse and name them; with `force` the references are removed too and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.database import UserDatabase, now
from ldapwizard.core.maildb.importer import batch_summary

SHOWN = 20


class UndoRefused(BadInput):
    """Undo would touch rows changed or referenced since the import."""

    exit_code = 1

    def __init__(self, batch_id: int, blockers: list[str]):
        shown = blockers[:SHOWN]
        more = f"\n… and {len(blockers) - SHOWN} more" if len(blockers) > SHOWN else ""
        super().__init__(
            f"Batch {batch_id} cannot be undone cleanly: {len(blockers)} of its rows were "
            "changed or are referenced since the import.",
            detail="\n".join(shown) + more,
            hint="Resolve them, or undo with --force to remove them and their references.")
        self.blockers = blockers


@dataclass
class UndoReport:
    """What an undo removed."""

    batch_id: int
    users: int = 0
    aliases: int = 0
    lists: int = 0
    domain_removed: str | None = None
    forced: list[str] = field(default_factory=list)


def _blockers(db, batch_id: int) -> list[str]:
    found = [f"user {local}@{domain} was changed since the import"
             for local, domain in db.execute(
                 "SELECT u.local_part, d.name FROM users u JOIN domains d ON d.id = u.domain_id "
                 "WHERE u.batch_id = ? AND u.revision > 0", (batch_id,))]
    found += [f"alias {local}@{domain} was changed since the import"
              for local, domain in db.execute(
                  "SELECT a.local_part, d.name FROM aliases a JOIN domains d "
                  "ON d.id = a.domain_id WHERE a.batch_id = ? AND a.revision > 0", (batch_id,))]
    found += [f"alias {alias}@{domain} (not from this batch) forwards to {target}"
              for alias, domain, target in db.execute(
                  "SELECT a.local_part, d.name, t.target FROM alias_targets t "
                  "JOIN aliases a ON a.id = t.alias_id JOIN domains d ON d.id = a.domain_id "
                  "JOIN users u ON u.id = t.user_id WHERE u.batch_id = ? "
                  "AND a.batch_id IS NOT ?", (batch_id, batch_id))]
    found += [f"mailing list {lst}@{domain} (not from this batch) has member {member}"
              for lst, domain, member in db.execute(
                  "SELECT l.local_part, d.name, m.address FROM list_members m "
                  "JOIN lists l ON l.id = m.list_id JOIN domains d ON d.id = l.domain_id "
                  "WHERE l.batch_id IS NOT ? AND m.address_key IN ("
                  "  SELECT u.local_key || '@' || ud.name FROM users u "
                  "  JOIN domains ud ON ud.id = u.domain_id WHERE u.batch_id = ?)",
                  (batch_id, batch_id))]
    return found


def undo_batch(database: UserDatabase, batch_id: int, *, force: bool = False) -> UndoReport:
    """Remove what batch `batch_id` created; UndoRefused names what blocks it."""
    batch = batch_summary(database, batch_id)
    if batch["kind"] != "import":
        raise BadInput(f"Batch {batch_id} is a sync run; only imports can be undone.",
                       hint="A sync also updated, disabled or removed users, which undo "
                       "cannot take back.")
    if batch["undone_at"]:
        raise BadInput(f"Batch {batch_id} was already undone at {batch['undone_at']}.")
    report = UndoReport(batch_id)
    with database.transaction("the undo") as db:
        blockers = _blockers(db, batch_id)
        if blockers and not force:
            raise UndoRefused(batch_id, blockers)
        report.forced = blockers
        if force:
            orphaned = [row[0] for row in db.execute(
                "SELECT DISTINCT t.alias_id FROM alias_targets t JOIN users u "
                "ON u.id = t.user_id JOIN aliases a ON a.id = t.alias_id "
                "WHERE u.batch_id = ? AND a.batch_id IS NOT ?", (batch_id, batch_id))]
            db.execute("DELETE FROM alias_targets WHERE user_id IN "
                       "(SELECT id FROM users WHERE batch_id = ?)", (batch_id,))
            for alias_id in orphaned:  # an alias left forwarding nowhere goes too
                db.execute("DELETE FROM aliases WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                           "alias_targets t WHERE t.alias_id = aliases.id)", (alias_id,))
            db.execute("DELETE FROM list_members WHERE address_key IN ("
                       "SELECT u.local_key || '@' || d.name FROM users u JOIN domains d "
                       "ON d.id = u.domain_id WHERE u.batch_id = ?)", (batch_id,))
        report.aliases = db.execute("DELETE FROM aliases WHERE batch_id = ?",
                                    (batch_id,)).rowcount
        report.users = db.execute("DELETE FROM users WHERE batch_id = ?", (batch_id,)).rowcount
        report.lists = db.execute("DELETE FROM lists WHERE batch_id = ?", (batch_id,)).rowcount
        domain = db.execute(
            "SELECT id, name FROM domains WHERE batch_id = ? AND NOT EXISTS "
            "(SELECT 1 FROM addresses WHERE addresses.domain_id = domains.id)",
            (batch_id,)).fetchone()
        db.execute("DELETE FROM directories WHERE batch_id = ? AND NOT EXISTS "
                   "(SELECT 1 FROM users WHERE users.directory_id = directories.id)",
                   (batch_id,))
        if domain:
            # the batch records stay for the audit trail, naming the domain in text
            db.execute("UPDATE batches SET domain_id = NULL WHERE domain_id = ?", (domain[0],))
            db.execute("DELETE FROM domains WHERE id = ?", (domain[0],))
            report.domain_removed = domain[1]
        db.execute("UPDATE batches SET undone_at = ? WHERE id = ?", (now(), batch_id))
    return report
