"""Import and undo, each as one transaction: it lands whole or not at all.

Import lifecycle: BEGIN IMMEDIATE → the batch record → per entry a SAVEPOINT in which the user
and its aliases are written (an address taken since planning skips that entry, nothing else)
→ the batch's counts → COMMIT. A failure, a cancel or a killed process before COMMIT leaves
the file as it was; `dry_run` runs the same writes and rolls them back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager

from ldapwizard import i18n
from ldapwizard.core import collector
from ldapwizard.core.errors import BadInput, Cancelled
from ldapwizard.core.maildb import accounts, addresses, quotas, signin
from ldapwizard.core.maildb.batches import finish_batch, open_batch
from ldapwizard.core.maildb.database import INTEGRITY_ERRORS, UserDatabase
from ldapwizard.core.maildb.directory_rows import allowed_move
from ldapwizard.core.maildb.lists import ListEntry
from ldapwizard.core.maildb.planner import NEW, Plan, PlanEntry
from ldapwizard.core.maildb.report_lines import (
    CREATED,
    FAILED,
    SKIPPED,
    CreatedRun,
    ImportReport,
    ReportLine,
    ReportLines,
    count_of,
    created_words,
    line_of,
)
from ldapwizard.i18n import N_

# the report's parts, imported from here by the rest of the engine and the window
__all__ = ["CANCEL_EVERY", "CREATED", "FAILED", "SKIPPED", "DryRun", "ImportReport",
           "ReportLine", "ReportLines", "batch_summary", "count_of", "list_reason",
           "run_import", "write_entries", "write_entry", "write_lists"]

CANCEL_EVERY = 200


class DryRun(Exception):
    """Raised inside a transaction to roll a dry run back (import and sync)."""


def run_import(database: UserDatabase, plan: Plan, selected: Iterable[PlanEntry], *,
               lists: Iterable[ListEntry] | None = None, profile: str | None = None,
               directory: accounts.DirectorySource | None = None,
               directory_moved: bool = False, dry_run: bool = False,
               on_progress: Callable[[int, int], None] | None = None,
               should_cancel: Callable[[], bool] | None = None,
               landed: Callable[[PlanEntry | ListEntry], None] | None = None,
               before_commit: Callable[[], None] | None = None) -> ImportReport:
    """Create the selected new entries of a plan in one transaction, and its new mailing lists
    (`lists`, else every new one of the plan) after the users they name.

    `landed` is given each entry and list as it is created; `before_commit` runs last inside
    the transaction: what it raises rolls everything back (confirm = run: the operation
    compares what landed with the plan the admin confirmed, core.operations.importing).

    `selected` may be a spill of entries (spill.Spill, pages of CANCEL_EVERY): it is read a
    page at a time, and the report keeps of the entries created as planned only where they
    are in it (a streamed import's memory does not grow with the directory).
    """
    total, chunks = _chunks(selected)
    report = ImportReport(batch_id=None, dry_run=dry_run)
    record = {"selected": total}
    # no cyclic collection inside the transaction (collector.py): its rows make no cycles,
    # and a collection every few hundred rows walked every object the process holds
    try:
        with collector.paused(), page_cache(database, total), \
                database.transaction(N_("the import")) as db:
            # before anything is written: the users sign in where they were imported from
            move = allowed_move(db, directory, directory_moved)
            if move is not None:
                record["directory_moved"] = move.record()
            domain_id = database.domain_id(plan.domain)
            created_domain = domain_id is None
            if created_domain:
                domain_id = accounts.ensure_domain(db, plan.domain)
            batch_id = open_batch(db, "import", plan.options, domain_id, profile, record)
            if created_domain:
                db.execute("UPDATE domains SET batch_id = ? WHERE id = ?", (batch_id, domain_id))
            report.batch_id = batch_id
            directory_id = (accounts.ensure_directory(db, directory, batch_id,
                                                      moved=directory_moved)
                            if directory else None)
            done = 0
            for chunk, keep in chunks:
                if should_cancel and done and should_cancel():
                    raise Cancelled(i18n._("Import cancelled; nothing was imported."))
                lines = write_entries(db, domain_id, plan.domain, chunk, profile, batch_id,
                                      directory_id, keep=keep)
                if landed:
                    for entry, status in zip(chunk, lines.statuses(), strict=True):
                        if status == CREATED:
                            landed(entry)
                report.lines.extend(lines)
                done += len(chunk)
                if on_progress:
                    on_progress(done, total)
            if plan.options.quota_bytes:  # the job's default, for the users it created
                quotas.apply_default(db, batch_id, plan.options.quota_bytes)
            chosen_lists = ([e for e in plan.lists if e.ticked_by_default] if lists is None
                            else [e for e in lists if e.status == NEW])
            list_lines = write_lists(db, domain_id, plan.domain, chosen_lists, profile,
                                     batch_id)
            if landed:
                for entry, line in zip(chosen_lists, list_lines, strict=True):
                    if line.status == CREATED:
                        landed(entry)
            report.lines.extend(list_lines)
            if should_cancel and should_cancel():  # the last chance before COMMIT
                raise Cancelled(i18n._("Import cancelled; nothing was imported."))
            if before_commit:
                before_commit()
            finish_batch(db, batch_id, report.lines)
            if dry_run:
                raise DryRun
    except DryRun:
        report.batch_id = None
    return report


CACHE_BYTES_PER_USER = 96  # SQLite's page cache during an import: this much a user …
CACHE_MOST = 64 << 20  # … up to this (the default, 2 MB, is the least)


@contextmanager
def page_cache(database: UserDatabase, users: int):
    """SQLite's page cache, larger for the import's transaction only, then as it was.

    The users' table has one index whose key the write order cannot sort (the stable ids,
    random): past the default 2 MB its pages are written out and read back again and again.
    96 bytes a user hold that index and the ends of the others (measured: a larger cache
    took no more time off at 100,000 or 300,000 users). The cache grows with the pages
    used, not to its limit at once, so a small import costs no more memory than before."""
    if database.dialect != "sqlite":
        yield
        return
    connection = database.connection
    before = connection.execute("PRAGMA cache_size").fetchone()[0]
    wanted = min(CACHE_MOST, users * CACHE_BYTES_PER_USER) >> 10
    if before >= 0 or -before >= wanted:  # pages, or already as large: left alone
        yield
        return
    connection.execute(f"PRAGMA cache_size = {-wanted}")  # negative: KiB
    try:
        yield
    finally:
        connection.execute(f"PRAGMA cache_size = {before}")


def write_order(entry: PlanEntry) -> str:
    """The order an import writes entries in: by their address's key, so that the indexes
    over the address grow at one place (spill.SortedSpill says why)."""
    return addresses.key(entry.local_part or "")


def _chunks(selected: Iterable[PlanEntry]):
    """How many entries are selected, and their chunks of at most CANCEL_EVERY in
    `write_order`, each with what stands for a run of it in the report (None: the entries
    themselves)."""
    if hasattr(selected, "chunks"):  # a spill, written in pages of CANCEL_EVERY, in order
        return selected.count, selected.chunks()
    chosen = sorted(selected, key=write_order)  # a new list: the caller's is never changed
    return len(chosen), ((chosen[start:start + CANCEL_EVERY], None)
                         for start in range(0, len(chosen), CANCEL_EVERY))


def write_entries(db, domain_id: int, domain: str,
                  entries: list[PlanEntry], profile: str | None, batch_id: int,
                  directory_id: int | None = None, *,
                  keep: Callable[[int, int], Sequence[PlanEntry]] | None = None
                  ) -> ReportLines:
    """Write planned entries, in order; the report line of each.

    The plan was checked against a snapshot, so a run of new entries goes in a few
    statements whatever its size: the users in one, their aliases in one, the aliases'
    targets in one (over a network to PostgreSQL, a round trip per row would be most of the
    time). If anything in a run was taken since (another import, a hand-made alias), the run
    is rolled back to its savepoint and written entry by entry, so only the clashing entry is
    skipped, with its reason, and the others land.

    A run created as planned is reported as the entries `keep(start, stop)` gives for it
    (positions in `entries`); without `keep`, as the entries themselves.
    """
    lines = ReportLines()
    run: list[PlanEntry] = []
    run_start = 0

    def flush() -> None:
        if not run:
            return
        if len(run) == 1:
            lines.append(write_entry(db, domain_id, domain, run[0], profile, batch_id,
                                     directory_id))
        else:
            db.execute("SAVEPOINT run")
            try:
                moved = accounts.add_users(db, domain_id, [
                    accounts.UserRow(e.local_part, e.username, e.user.display_name,
                                     "directory", e.user.dn, e.user.stable_id, profile,
                                     directory_id) for e in run], batch_id)
                accounts.add_user_aliases(db, domain_id, [
                    (alias, e.local_part, e.address(domain)) for e in run for alias in e.aliases],
                    batch_id)
                signin.add_by_address(db, domain_id, [
                    (addresses.key(e.local_part), key) for e in run if e.sign_in
                    for key in signin.keys_of(e.sign_in)])
            except INTEGRITY_ERRORS:
                db.execute("ROLLBACK TO run")
                db.execute("RELEASE run")
                lines.extend(write_entry(db, domain_id, domain, entry, profile, batch_id,
                                         directory_id) for entry in run)
            else:
                db.execute("RELEASE run")
                if moved:  # rare: these lines say where their mailbox is, so made now
                    lines.extend(line_of(e, domain, CREATED, created_words(e, domain, moved.get(i)))
                                 for i, e in enumerate(run))
                else:
                    held = run.copy() if keep is None else keep(run_start,
                                                                run_start + len(run))
                    lines.extend(CreatedRun(held, domain))
        run.clear()

    for position, entry in enumerate(entries):
        if entry.status == NEW:
            if not run:
                run_start = position
            run.append(entry)
            continue
        flush()
        lines.append(write_entry(db, domain_id, domain, entry, profile, batch_id,
                                 directory_id))
    flush()
    return lines


def write_entry(db, domain_id: int, domain: str, entry: PlanEntry,
                 profile: str | None, batch_id: int,
                 directory_id: int | None = None) -> ReportLine:
    if entry.status != NEW:
        return line_of(entry, domain, SKIPPED, entry.reason or entry.status)
    # a savepoint per entry: PostgreSQL spoils the whole transaction on a failed statement,
    # and the user must go again with an alias that fails (batched runs skip this: see above)
    db.execute("SAVEPOINT entry")
    try:
        user_id, mailbox = accounts.add_user_mailbox(
            db, domain_id, _new_user(entry, profile, directory_id), batch_id)
        address = entry.address(domain)
        for alias in entry.aliases:
            accounts.add_alias(db, domain_id, alias, [address], batch_id, user_id=user_id)
        signin.add(db, user_id, signin.keys_of(entry.sign_in))
    except (accounts.AddressTaken, accounts.LoginTaken) as e:
        db.execute("ROLLBACK TO entry")
        db.execute("RELEASE entry")
        return line_of(entry, domain, SKIPPED, e.now_words)
    except INTEGRITY_ERRORS as e:
        db.execute("ROLLBACK TO entry")
        db.execute("RELEASE entry")
        return _refused(db, domain_id, entry, domain, e)
    db.execute("RELEASE entry")
    return line_of(entry, domain, CREATED, created_words(entry, domain, mailbox))


def write_lists(db, domain_id: int, domain: str, entries: list[ListEntry],
                profile: str | None, batch_id: int) -> list[ReportLine]:
    """Create planned mailing lists; one whose address was taken since is skipped, saying so."""
    lines = []
    for entry in entries:
        group = entry.group
        db.execute("SAVEPOINT list")
        try:
            accounts.add_list(db, domain_id, entry.local_part, group.name, list(entry.members),
                              batch_id, stable_id=group.stable_id, directory_dn=group.dn,
                              profile=profile)
        except accounts.AddressTaken as e:
            status, reason = SKIPPED, e.now_words
            db.execute("ROLLBACK TO list")
        except INTEGRITY_ERRORS as e:
            db.execute("ROLLBACK TO list")
            before = _imported_as(db, "lists", domain_id, group.stable_id)
            status = SKIPPED if before else FAILED
            reason = (i18n._("already imported as {address}", address=f"{before}@{domain}")
                      if before else i18n._("refused: {error}", error=str(e)))
        else:
            status, reason = CREATED, list_reason(entry)
        db.execute("RELEASE list")
        lines.append(ReportLine(status, "", entry.address(domain) or group.email or "",
                                group.name, reason, group.dn, group.stable_id or ""))
    return lines


def list_reason(entry: ListEntry) -> str:
    """A list's line in words: what it is and who gets its mail."""
    if not entry.members:
        return i18n._("mailing list with 0 members")
    shown = ", ".join(entry.members[:5]) + (" …" if len(entry.members) > 5 else "")
    # the English says "members" for one too, as the report has always said it
    return i18n._n("mailing list with {count} member: {members}",
                   "mailing list with {count} members: {members}", len(entry.members),
                   members=shown)


def _new_user(entry: PlanEntry, profile: str | None,
              directory_id: int | None) -> accounts.NewUser:
    return accounts.NewUser(
        local_part=entry.local_part, username=entry.username,
        display_name=entry.user.display_name, auth="directory",
        directory_dn=entry.user.dn, stable_id=entry.user.stable_id, profile=profile,
        directory_id=directory_id)


def _imported_as(db, table: str, domain_id: int, stable_id: str | None) -> str | None:
    """The local part a user or list (`table`) of this stable id has in the domain, if one
    does: asked of the database after a refused insert, rather than read from the error's
    text (a CHECK failure names the column too)."""
    if not stable_id:
        return None
    row = db.execute(f"SELECT local_part FROM {table} WHERE domain_id = ? AND stable_id = ?",
                     (domain_id, stable_id)).fetchone()
    return row[0] if row else None


def _refused(db, domain_id: int, entry: PlanEntry, domain: str,
             error: Exception) -> ReportLine:
    before = _imported_as(db, "users", domain_id, entry.user.stable_id)
    if before:
        return line_of(entry, domain, SKIPPED, i18n._("already imported as {address}",
                                                      address=f"{before}@{domain}"))
    return line_of(entry, domain, FAILED, i18n._("refused by the database: {error}",
                                                 error=str(error)))


def batch_summary(database: UserDatabase, batch_id: int) -> dict:
    """A batch's record as a dict, or BadInput when there is none."""
    cursor = database.connection.execute("SELECT * FROM batches WHERE id = ?", (batch_id,))
    row = cursor.fetchone()
    if row is None:
        raise BadInput(i18n._("There is no import batch {batch} in {path}.", batch=batch_id,
                              path=database.path),
                       hint=i18n._("`ldapwizard db show` lists the recent batches."))
    return dict(zip([d[0] for d in cursor.description], row, strict=True))
