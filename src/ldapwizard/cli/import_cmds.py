"""`preview`, `import` and `undo`: plan against the user database, write, take back."""

from __future__ import annotations

import argparse
import contextlib
import csv
import sys
from dataclasses import replace

from ldapwizard.cli.common import (
    add_database_options,
    add_directory_moved,
    database_of,
    out,
    password_for,
    planning_options,
    profile_from_args,
)
from ldapwizard.cli.terminal import shown, shown_lines
from ldapwizard.core import collector
from ldapwizard.core.directory import who
from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.demo import (
    DEMO_PASSWORD,
    demo_profile,
    demo_settings,
    open_demo_directory,
)
from ldapwizard.core.job.profiles import PLANNING_FIELDS, WHO_FIELDS, Profile
from ldapwizard.core.maildb.database import UserDatabase, open_for_dry_run
from ldapwizard.core.maildb.directory_rows import check_directory
from ldapwizard.core.maildb.import_stream import StreamedImport
from ldapwizard.core.maildb.importer import CREATED, FAILED, SKIPPED, run_import
from ldapwizard.core.maildb.mailboxes import kept_summary
from ldapwizard.core.maildb.planner import (
    HIDDEN,
    NEW,
    PROBLEM,
)
from ldapwizard.core.maildb.preview_stream import StreamedPreview
from ldapwizard.core.maildb.quotas import shown_size
from ldapwizard.core.maildb.reports import read_selection, write_preview_rows, write_report
from ldapwizard.core.maildb.undo import undo_batch


def _progress(text: str) -> None:
    print(shown_lines(text), file=sys.stderr, flush=True)


def job_from_args(args: argparse.Namespace) -> Profile:
    """The job record for this run: the saved profile (or the demo's) with the options."""
    if args.demo:
        demo = profile_from_args(args).merged(name="demo")
        return demo_profile().merged(**{name: getattr(demo, name)
                                        for name in (*PLANNING_FIELDS, *WHO_FIELDS)})
    return profile_from_args(args)


def _list_everything(args: argparse.Namespace, job: Profile, on_page) -> tuple:
    """A complete listing (or an error), each page given to `on_page` as it comes; then
    (notes, a label for the profile, groups)."""
    if args.demo:
        settings, search = demo_settings()
        search = replace(search, bases=job.ous, member_of=job.member_of,
                         nested=job.nested_groups, exclude=job.exclude,
                         groups_as_lists=job.groups_as_lists)
        opener, password, profile_name = open_demo_directory, DEMO_PASSWORD, "demo"
    else:
        settings, search = job.resolve()
        opener, password = open_directory, password_for(args, job, settings)
        profile_name = job.owner or settings.host
    listed = 0
    # no cyclic collection while listing (as `list`): the records make no cycles, and a
    # collection after each page walked every record kept so far
    with opener(settings, password) as directory, collector.paused():
        search = directory.resolve_base(search)
        for page in directory.iter_users(search):
            listed += len(page)
            on_page(page)
            _progress(f"Listing: {listed} entries…")
        notes = directory.notes + [str(r) for r in directory.skipped_references]
        groups = []
        if search.groups_as_lists:
            _progress("Reading the mail-enabled groups…")
            groups = who.list_groups(directory, search)
    return notes, profile_name, groups


def _print_counts(counts: dict[str, int], left_out: int, total: int, lists) -> None:
    out(f"{counts[NEW]} new, {counts[HIDDEN] - left_out} hidden because they already exist, "
        + (f"{left_out} left out by the choice of who to import, " if left_out else "")
        + f"{counts[PROBLEM]} with problems; the listing was complete "
        f"({total} entries).")
    if lists:
        lists = {s: sum(1 for e in lists if e.status == s) for s in (NEW, HIDDEN, PROBLEM)}
        out(f"Mailing lists: {lists[NEW]} new, {lists[HIDDEN]} hidden, {lists[PROBLEM]} with "
            "problems.")


def cmd_preview(args: argparse.Namespace) -> int:
    """Show or export the plan; writes nothing to the user database.

    The listing is planned page by page as it comes and the rows written after its last
    page (preview_stream): of each entry only a new one's keys stay in memory.
    """
    job = job_from_args(args)
    options = job.plan_options()  # before listing: a missing domain is bad input at once
    path = job.database_location()
    with contextlib.ExitStack() as stack:
        database = UserDatabase.open_existing(path)
        snapshot = None
        if database is not None:
            stack.enter_context(database)
            # the snapshot and every page's look-ups read one state of the database
            stack.enter_context(database.consistent_reads("planning the preview"))
            snapshot = database.snapshot(options.domain)
        preview = stack.enter_context(StreamedPreview(
            options, snapshot, show_hidden=args.show_hidden,
            with_lists=job.groups_as_lists))
        notes, _, groups = _list_everything(args, job, on_page=preview.add)
        if database is None:
            out(f"note: no user database at {path} yet; nothing exists in {options.domain}.")
        for note in notes:
            out(shown(f"note: {note}"))
        rows = preview.rows(groups)
        if args.csv:
            written = write_preview_rows(args.csv, rows, delimiter=args.delimiter)
            out(f"Wrote {written} rows to {args.csv}.")
        else:
            for row in rows:  # the notes (extra sign-in names, aliases left out) when any
                shown_row = (*row[1:6], row[9], *(row[11:12] if row[11] else ()))
                out("\t".join(shown(value) for value in shown_row))
    _print_counts(preview.counts, preview.left_out, preview.total, preview.lists)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import the chosen new entries in one transaction; print the batch and counts."""
    if not args.all and not args.select:
        raise BadInput("Say what to import: --all new entries, or --select FILE (an edited "
                       "preview CSV).")
    try:
        selection = read_selection(args.select) if args.select else None
    except csv.Error as e:  # e.g. a cell past the csv module's field size limit
        raise BadInput(f"The selection file {args.select} could not be read as CSV.",
                       detail=str(e), hint="Export the preview again with `ldapwizard preview "
                       "--csv FILE` and edit only its selected column.") from None
    job = job_from_args(args)
    options = job.plan_options()
    path = job.database_location()
    with StreamedImport(options, selection, with_lists=job.groups_as_lists) as streamed, \
            contextlib.ExitStack() as stack:
        # nothing is written, not even a new file, unless the listing is complete
        _, profile_name, groups = _list_everything(args, job, on_page=streamed.listing.write_page)
        database = stack.enter_context(
            open_for_dry_run(path) if args.dry_run
            else UserDatabase.open(path, write=True, create=True))
        check_directory(database, job.directory_source(), args.directory_moved)
        _progress("Planning…")
        with database.consistent_reads("planning the import"):
            streamed.choose(database.snapshot(options.domain), groups)
        for note in streamed.unmatched:
            out(f"note: {args.select}, {note}.")
        if streamed.nothing_to_import():
            _print_counts(streamed.counts, streamed.left_out, streamed.total,
                          streamed.plan.lists)
            out("Nothing to import; no batch was created.")
            return 0
        report = run_import(database, streamed.plan, streamed.chosen,
                            lists=streamed.chosen_lists, profile=profile_name,
                            directory=job.directory_source(),
                            directory_moved=args.directory_moved, dry_run=args.dry_run,
                            on_progress=lambda done, total: _progress(
                                f"Importing: {done}/{total}…"))
        if args.report:  # its created lines are read back from the spill
            write_report(args.report, report, delimiter=args.delimiter)
            out(f"Report written to {args.report}.")
    for line in report.lines.not_created():
        out(shown(f"{line.status}: {line.address or line.dn}: {line.reason}"))
    counts = report.counts
    summary = (f"{counts[CREATED]} created, {counts[SKIPPED]} skipped, {counts[FAILED]} failed")
    if options.quota_bytes and counts[CREATED]:
        summary += f"; each new user's quota: {shown_size(options.quota_bytes)}"
    if args.dry_run:
        out(f"Dry run: {summary}; nothing was written.")
    else:
        out(f"Batch {report.batch_id}: {summary}.")
    return 0 if counts[FAILED] == 0 else 1


def cmd_undo(args: argparse.Namespace) -> int:
    """Remove what one import batch created."""
    with UserDatabase.open(database_of(args), write=True) as database:
        report = undo_batch(database, args.batch, force=args.force)
    for forced in report.forced:
        out(f"forced: {forced}")
    out(f"Batch {report.batch_id} undone: removed {report.users} users, {report.aliases} "
        f"aliases, {report.lists} mailing lists"
        + (f" and the domain {report.domain_removed}" if report.domain_removed else "") + ".")
    if report.mailboxes:
        out(kept_summary(sorted(report.mailboxes.values())))
    return 0


def add_commands(sub, connection_parent: argparse.ArgumentParser) -> None:
    """Register preview, import and undo."""
    planning = planning_options()
    p = sub.add_parser("preview", parents=[connection_parent, planning],
                       help="show what an import would create, hide and refuse")
    p.add_argument("--show-hidden", action="store_true",
                   help="include entries hidden because they already exist")
    p.add_argument("--csv", metavar="FILE", help="write the preview to a CSV file")
    p.add_argument("--delimiter", default=",", choices=(",", ";"), help="CSV delimiter")
    p.set_defaults(func=cmd_preview)

    p = sub.add_parser("import", parents=[connection_parent, planning],
                       help="import new users in one transaction")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every new entry")
    which.add_argument("--select", metavar="FILE",
                       help="the rows marked selected in an edited preview CSV")
    p.add_argument("--dry-run", action="store_true", help="do everything but commit")
    add_directory_moved(p)
    p.add_argument("--report", metavar="FILE", help="write the per-entry report as CSV")
    p.add_argument("--delimiter", default=",", choices=(",", ";"), help="CSV delimiter")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("undo", help="remove exactly what one import batch created")
    p.add_argument("batch", type=int, help="the batch number printed by import")
    add_database_options(p)
    p.add_argument("--force", action="store_true",
                   help="also remove rows changed or referenced since the import")
    p.set_defaults(func=cmd_undo)
