"""Undo an import batch: remove exactly what it created, in one transaction; and the batches
themselves, as the audit trail of what the tool did to the database.

Rows changed since the import, or referenced by rows the batch did not create, make undo
refuse and name them, as does a mailing list of the batch with members added by hand since
(list_members.py), naming them; with `force` the references, and such lists with their
members, are removed too and reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput, ExitCode
from ldapwizard.core.maildb import mailboxes, outcome
from ldapwizard.core.maildb.batches import operator_name
from ldapwizard.core.maildb.database import UserDatabase, now
from ldapwizard.core.maildb.importer import CREATED, ImportReport, batch_summary
from ldapwizard.core.maildb.list_members import hand_added
from ldapwizard.core.maildb.schema_v8 import shown_owner
from ldapwizard.core.maildb.schema_v9 import ADMIN

SHOWN = 20
UNDONE = "undone"  # a report line whose user an undo removed again


class UndoRefused(BadInput):
    """Undo would touch rows changed or referenced since the import."""

    exit_code = ExitCode.FAILED

    def __init__(self, batch_id: int, blockers: list[str]):
        shown = blockers[:SHOWN]
        more = ("\n" + i18n._("… and {count} more", count=len(blockers) - SHOWN)
                if len(blockers) > SHOWN else "")
        detail = ""
        for line in shown:
            detail = line if not detail else detail + "\n" + line
        super().__init__(
            i18n._n("Batch {batch} cannot be undone cleanly: {count} of its rows was changed or "
                    "is referenced since the import.",
                    "Batch {batch} cannot be undone cleanly: {count} of its rows were changed or "
                    "are referenced since the import.", len(blockers), batch=batch_id),
            detail=detail + more,
            hint=i18n._("Resolve them, or undo with --force to remove them and their "
                        "references."))
        self.batch_id = batch_id
        self.blockers = blockers


def already_undone(batch_id: int, undone_at: str, options: dict) -> str:
    """The words for a batch undone before: when, and by whom where recorded."""
    by = options.get(outcome.UNDONE_BY_KEY)
    if isinstance(by, str) and by:
        return i18n._("Batch {batch} was already undone at {when} (by {who}).",
                      batch=batch_id, when=undone_at, who=by)
    return i18n._("Batch {batch} was already undone at {when}.", batch=batch_id, when=undone_at)


class AlreadyUndone(BadInput):
    """The batch was undone before (maybe by another undo running at the same moment):
    nothing more was removed and its undo time stays as it was."""

    def __init__(self, batch_id: int, undone_at: str, options: dict):
        super().__init__(already_undone(batch_id, undone_at, options),
                         hint="`ldapwizard db show` lists the batches and their undo times.")
        self.batch_id = batch_id
        self.undone_at = undone_at


@dataclass
class UndoReport:
    """What an undo removed."""

    batch_id: int
    users: int = 0
    aliases: int = 0
    lists: int = 0
    domain_removed: str | None = None
    forced: list[str] = field(default_factory=list)
    # address -> mailbox path of each user removed: its mail stays there, never handed on
    mailboxes: dict[str, str] = field(default_factory=dict)
    # the COMMIT went unanswered but the undo landed, as found after (outcome.py)
    interrupted: outcome.CommitInterrupted | None = None


@dataclass(frozen=True)
class Batch:
    """One import or sync as the database records it."""

    id: int
    kind: str
    domain: str
    profile: str | None
    operator: str | None
    started_at: str
    created: int
    skipped: int
    failed: int
    undone_at: str | None
    options: dict = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: dict) -> Batch:
        try:
            options = json.loads(row.get("options") or "{}")
        except ValueError:
            options = {}
        return cls(row["id"], row["kind"], row["domain"], row["profile"], row["operator"],
                   row["started_at"], row["created"], row["skipped"], row["failed"],
                   row["undone_at"], options if isinstance(options, dict) else {})

    def refusal(self) -> str | None:
        """Why undo refuses this batch before looking at its rows; None when it may try."""
        if self.kind != "import":
            return i18n._("Batch {batch} is a sync run; only imports can be undone: a sync "
                          "also updated, disabled or removed users, which undo cannot take "
                          "back.", batch=self.id)
        if self.undone_at:
            return already_undone(self.id, self.undone_at, self.options)
        return None

    def counts_text(self) -> str:
        """Its counts in words, a sync's changes included."""
        words = [i18n._("{count} created", count=self.created),
                 i18n._("{count} skipped", count=self.skipped),
                 i18n._("{count} failed", count=self.failed)]
        if self.kind == "sync":
            words[1:1] = [i18n._("{count} updated", count=self.options.get("updated", 0)),
                          i18n._("{count} disabled", count=self.options.get("disabled", 0)),
                          i18n._("{count} removed", count=self.options.get("removed", 0))]
        line = words[0]
        for word in words[1:]:
            line = line + ", " + word
        return line


@dataclass(frozen=True)
class BatchContents:
    """What undoing a batch would remove now."""

    users: int
    aliases: int
    lists: int


# the profile as the job's name now (schema_v8.jobs), not the id its rows are owned by
_BATCH_COLUMNS = (f"id, kind, domain, {shown_owner('batches.profile')} AS profile, operator, "
                  "options, started_at, created, skipped, failed, undone_at")


def recent_batches(database: UserDatabase, limit: int = 200) -> list[Batch]:
    """The latest imports and syncs, newest first."""
    with database.reading(i18n.N_("reading its batches")) as db:
        cursor = db.execute(f"SELECT {_BATCH_COLUMNS} FROM batches ORDER BY id DESC LIMIT ?",
                            (limit,))
        names = [d[0] for d in cursor.description]
        return [Batch.from_row(dict(zip(names, row, strict=True))) for row in cursor]


def has_batches(database: UserDatabase, profile: str) -> bool:
    """True when this profile imported or synced into the database before."""
    with database.reading(i18n.N_("reading its batches")) as db:
        return db.execute("SELECT 1 FROM batches WHERE profile = ? LIMIT 1",
                          (profile,)).fetchone() is not None


def batch_contents(database: UserDatabase, batch_id: int) -> BatchContents:
    """How many users, aliases and mailing lists of the batch are still there."""
    with database.reading(i18n.N_("reading the batch")) as db:
        return BatchContents(*(
            db.execute(f"SELECT count(*) FROM {table} WHERE batch_id = ?",  # our own names
                       (batch_id,)).fetchone()[0] for table in ("users", "aliases", "lists")))


def undone_report(report: ImportReport, undone: UndoReport) -> ImportReport:
    """The import report after its batch was undone: what it created reads as undone."""

    paths = {address.casefold(): path for address, path in undone.mailboxes.items()}

    def kept(line) -> str:
        path = paths.get(line.address.casefold())
        return mailboxes.kept_note(path) if path else ""

    return replace(report, lines=[
        replace(line, status=UNDONE, reason=i18n._(
            "removed again by undoing batch {batch} (was: {reason})", batch=undone.batch_id,
            reason=line.reason) + kept(line))
        if line.status == CREATED else line for line in report.lines])


def _blockers(db, batch_id: int) -> list[str]:
    found = [i18n._("user {address} was changed since the import", address=f"{local}@{domain}")
             for local, domain in db.execute(
                 "SELECT u.local_part, d.name FROM users u JOIN domains d ON d.id = u.domain_id "
                 "WHERE u.batch_id = ? AND u.revision > 0", (batch_id,))]
    found += [i18n._("alias {address} was changed since the import",
                     address=f"{local}@{domain}")
              for local, domain in db.execute(
                  "SELECT a.local_part, d.name FROM aliases a JOIN domains d "
                  "ON d.id = a.domain_id WHERE a.batch_id = ? AND a.revision > 0", (batch_id,))]
    found += [i18n._("alias {address} (not from this batch) forwards to {target}",
                     address=f"{alias}@{domain}", target=target)
              for alias, domain, target in db.execute(
                  "SELECT a.local_part, d.name, t.target FROM alias_targets t "
                  "JOIN aliases a ON a.id = t.alias_id JOIN domains d ON d.id = a.domain_id "
                  "JOIN users u ON u.id = t.user_id WHERE u.batch_id = ? "
                  "AND a.batch_id IS DISTINCT FROM ?", (batch_id, batch_id))]
    found += [i18n._("mailing list {address} (not from this batch) has member {member}",
                     address=f"{lst}@{domain}", member=member)
              for lst, domain, member in db.execute(
                  "SELECT l.local_part, d.name, m.address FROM list_members m "
                  "JOIN lists l ON l.id = m.list_id JOIN domains d ON d.id = l.domain_id "
                  "WHERE l.batch_id IS DISTINCT FROM ? AND m.address_key IN ("
                  "  SELECT u.local_key || '@' || ud.name FROM users u "
                  "  JOIN domains ud ON ud.id = u.domain_id WHERE u.batch_id = ?)",
                  (batch_id, batch_id))]
    for list_id, address in db.execute(
            "SELECT l.id, l.local_part || '@' || d.name FROM lists l JOIN domains d "
            "ON d.id = l.domain_id WHERE l.batch_id = ? AND EXISTS (SELECT 1 FROM list_members "
            "m WHERE m.list_id = l.id AND m.source = ?) ORDER BY l.local_key",
            (batch_id, ADMIN)).fetchall():
        by_hand = hand_added(db, list_id)
        found.append(i18n._n("mailing list {address} has {count} member added by hand since "
                             "the import: {members}",
                             "mailing list {address} has {count} members added by hand since "
                             "the import: {members}", len(by_hand), address=address,
                             members=", ".join(by_hand)))
    return found


def undo_batch(database: UserDatabase, batch_id: int, *, force: bool = False) -> UndoReport:
    """Remove what batch `batch_id` created; UndoRefused names what blocks it."""
    batch = Batch.from_row(batch_summary(database, batch_id))
    if batch.undone_at:
        raise AlreadyUndone(batch_id, batch.undone_at, batch.options)
    refusal = batch.refusal()
    if refusal:
        raise BadInput(refusal)
    report = UndoReport(batch_id)
    with database.transaction(i18n.N_("the undo")) as db:
        # asked again under the writers' lock: another undo may have run since
        undone_at, recorded = db.execute("SELECT undone_at, options FROM batches WHERE id = ?",
                                         (batch_id,)).fetchone()
        options = _options(recorded)
        if undone_at:
            raise AlreadyUndone(batch_id, undone_at, options)
        options[outcome.UNDO_RUN_KEY] = outcome.start_run(db, "undo", batch_id)
        options[outcome.UNDONE_BY_KEY] = operator_name()
        blockers = _blockers(db, batch_id)
        if blockers and not force:
            raise UndoRefused(batch_id, blockers)
        report.forced = blockers
        if force:
            orphaned = [row[0] for row in db.execute(
                "SELECT DISTINCT t.alias_id FROM alias_targets t JOIN users u "
                "ON u.id = t.user_id JOIN aliases a ON a.id = t.alias_id "
                "WHERE u.batch_id = ? AND a.batch_id IS DISTINCT FROM ?", (batch_id, batch_id))]
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
        report.mailboxes = dict(db.execute(
            "SELECT u.local_part || '@' || d.name, u.mailbox FROM users u JOIN domains d "
            "ON d.id = u.domain_id WHERE u.batch_id = ?", (batch_id,)).fetchall())
        mailboxes.set_aside(db, list(report.mailboxes.values()), now())
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
        db.execute("UPDATE batches SET undone_at = ?, options = ? WHERE id = ? "
                   "AND undone_at IS NULL", (now(), json.dumps(options), batch_id))
    report.interrupted = database.interrupted
    return report


def _options(recorded: str | None) -> dict:
    try:
        options = json.loads(recorded or "{}")
    except ValueError:
        return {}
    return options if isinstance(options, dict) else {}
