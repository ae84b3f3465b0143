"""`preview`, `import` and `undo`: plan against the user database, write, take back."""

from __future__ import annotations

import argparse
import contextlib
import csv
import sys

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
from ldapwizard.cli.welcome_cmds import print_outcome
from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.errors import BadInput, ExitCode, PlanChanged
from ldapwizard.core.job.demo import DEMO_PASSWORD, demo_profile, open_demo_directory
from ldapwizard.core.job.profiles import PLANNING_FIELDS, WHO_FIELDS, Profile
from ldapwizard.core.maildb import count_words
from ldapwizard.core.maildb.batches import FAILED, SKIPPED
from ldapwizard.core.maildb.database import UserDatabase, check_writable, open_for_dry_run
from ldapwizard.core.maildb.directory_rows import check_directory
from ldapwizard.core.maildb.import_stream import StreamedImport
from ldapwizard.core.maildb.mailboxes import kept_summary
from ldapwizard.core.maildb.planner import (
    HIDDEN,
    NEW,
    PROBLEM,
)
from ldapwizard.core.maildb.preview_stream import StreamedPreview
from ldapwizard.core.maildb.quotas import shown_size
from ldapwizard.core.maildb.reports import read_selection, write_preview_rows, write_report
from ldapwizard.core.operations import welcoming
from ldapwizard.core.operations.importing import write_selection
from ldapwizard.core.operations.planning import (
    Listing,
    PreviewSummary,
    counts_words,
    is_plan_id,
    list_everything,
    listing_settings,
    matches,
    plan_identity,
    preview_rows,
    short_id,
)
from ldapwizard.core.operations.undoing import undo
from ldapwizard.i18n import N_, _, _n


def _progress(text: str) -> None:
    print(shown_lines(text), file=sys.stderr, flush=True)


def job_from_args(args: argparse.Namespace) -> Profile:
    """The job record for this run: the saved profile (or the demo's) with the options."""
    if args.demo:
        demo = profile_from_args(args).merged(name="demo")
        return demo_profile().merged(**{name: getattr(demo, name)
                                        for name in (*PLANNING_FIELDS, *WHO_FIELDS)})
    return profile_from_args(args)


def _list_everything(args: argparse.Namespace, job: Profile, on_page) -> Listing:
    """A complete listing of the job's directory (planning.list_everything), with the
    password from the allowed sources; progress on stderr."""
    if args.demo:
        opener, password = open_demo_directory, DEMO_PASSWORD
    else:
        settings, _search = listing_settings(job)
        opener, password = open_directory, password_for(args, job, settings)

    def progress(count: int, stage: str) -> None:
        _progress(_("Listing: {entries}…", entries=count_words.entries(count))
                  if stage == "listing"
                  else _("Reading the mail-enabled groups…"))

    return list_everything(job, opener, password, on_page=on_page, demo=args.demo,
                           on_progress=progress)


def _print_summary(summary: PreviewSummary) -> None:
    if summary.left_out:
        out(_("{new} new, {hidden} hidden because they already exist, {left_out} left out by "
              "the choice of who to import, {problems} with problems; the listing was complete "
              "({total}).", new=summary.new, hidden=summary.hidden,
              left_out=summary.left_out, problems=summary.problems,
              total=count_words.entries(summary.total)))
    else:
        out(_("{new} new, {hidden} hidden because they already exist, {problems} with "
              "problems; the listing was complete ({total}).", new=summary.new,
              hidden=summary.hidden, problems=summary.problems,
              total=count_words.entries(summary.total)))
    lists = summary.lists
    if any(lists.values()):
        out(_("Mailing lists: {new} new, {hidden} hidden, {problems} with problems.",
              new=lists[NEW], hidden=lists[HIDDEN], problems=lists[PROBLEM]))
    identity = summary.identity
    if identity is None:
        return
    out(_("Plan {plan}: an import of every new entry would create {what}. Give --expect-plan "
          "{plan} to `ldapwizard import --all` to import exactly that, or nothing.",
          plan=short_id(identity), what=counts_words(identity.counts)))


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
            stack.enter_context(database.consistent_reads(N_("planning the preview")))
            snapshot = database.snapshot(options.domain)
        preview = stack.enter_context(StreamedPreview(
            options, snapshot, show_hidden=args.show_hidden,
            with_lists=job.groups_as_lists))
        listing = _list_everything(args, job, on_page=preview.add)
        if database is None:
            out(_("note: no user database at {path} yet; nothing exists in {domain}.",
                  path=path, domain=options.domain))
        for note in listing.notes:
            out(shown(_("note: {note}", note=note)))
        rows, summary = preview_rows(preview, listing.groups)
        if args.csv:
            written = write_preview_rows(args.csv, rows, delimiter=args.delimiter)
            out(_n("Wrote {count} row to {path}.", "Wrote {count} rows to {path}.", written,
                   path=args.csv))
        else:
            for row in rows:  # the notes (extra sign-in names, aliases left out) when any
                shown_row = (*row[1:6], row[9], *(row[11:12] if row[11] else ()))
                out("\t".join(shown(value) for value in shown_row))
    _print_summary(summary())
    return ExitCode.OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import the chosen new entries in one transaction; print the batch and counts."""
    if not args.all and not args.select:
        raise BadInput(_("Say what to import: --all new entries, or --select FILE (an edited "
                         "preview CSV)."))
    if args.expect_plan and not args.all:
        raise BadInput(_("--expect-plan goes with --all: the plan `ldapwizard preview` printed "
                         "is an import of every new entry."))
    if args.expect_plan and not is_plan_id(args.expect_plan):
        raise BadInput(_("{plan} is not a plan id.", plan=repr(args.expect_plan)),
                       hint=_("Give the 12 hexadecimal digits `ldapwizard preview` printed "
                              "after \"Plan\"."))
    try:
        selection = read_selection(args.select) if args.select else None
    except csv.Error as e:  # e.g. a cell past the csv module's field size limit
        raise BadInput(_("The selection file {path} could not be read as CSV.",
                         path=args.select),
                       detail=str(e), hint=_("Export the preview again with `ldapwizard preview "
                                             "--csv FILE` and edit only its selected column.")
                       ) from None
    job = job_from_args(args)
    options = job.plan_options()
    path = job.database_location()
    welcoming.check(job)  # a welcome that could not go out is refused before any file is made
    check_writable(path)  # a standby, a database not ours: refused before the listing
    with StreamedImport(options, selection, with_lists=job.groups_as_lists) as streamed, \
            contextlib.ExitStack() as stack:
        # nothing is written, not even a new file, unless the listing is complete
        listing = _list_everything(args, job, on_page=streamed.listing.write_page)
        groups = listing.groups
        for note in listing.notes:  # members that cannot be imported, with why, as preview
            out(shown(_("note: {note}", note=note)))
        database = stack.enter_context(
            open_for_dry_run(path) if args.dry_run
            else UserDatabase.open(path, write=True, create=True))
        check_directory(database, job.directory_source(), args.directory_moved)
        _progress(_("Planning…"))
        with database.consistent_reads(N_("planning the import")):
            streamed.choose(database.snapshot(options.domain), groups)
        for note in streamed.unmatched:
            out(_("note: {path}, {note}.", path=args.select, note=note))
        if streamed.nothing_to_import():
            empty = plan_identity((), (), options.domain)
            if args.expect_plan and not matches(empty, args.expect_plan):
                raise PlanChanged(
                    _("The plan changed since it was shown: an import would now create "
                      "nothing (plan {plan}), not plan {shown}. Nothing was imported.",
                      plan=short_id(empty), shown=args.expect_plan),
                    shown=args.expect_plan, now=empty,
                    hint=_("Preview again and check the new numbers."))
            _print_summary(PreviewSummary(
                new=streamed.counts[NEW], hidden=streamed.counts[HIDDEN] - streamed.left_out,
                left_out=streamed.left_out, problems=streamed.counts[PROBLEM],
                total=streamed.total,
                lists={s: sum(1 for e in streamed.plan.lists if e.status == s)
                       for s in (NEW, HIDDEN, PROBLEM)}, identity=None))
            out(_("Nothing to import; no batch was created."))
            return ExitCode.OK
        result = write_selection(database, streamed.plan, streamed.chosen,
                                 streamed.chosen_lists, owner=job.owner,
                                 directory=job.directory_source(),
                                 directory_moved=args.directory_moved, dry_run=args.dry_run,
                                 expected=args.expect_plan, welcome=job,
                                 on_progress=lambda done, total: _progress(_(
                                     "Importing: {done}/{total}…", done=done, total=total)))
        report = result.report
        if args.report:  # its created lines are read back from the spill
            write_report(args.report, report, delimiter=args.delimiter,
                         notes=listing.notes)
            out(_("Report written to {path}.", path=args.report))
    for line in report.lines.not_created():
        out(shown(_not_created(line)))
    out(_imported(result.counts, args.dry_run, report.batch_id,
                  shown_size(options.quota_bytes) if options.quota_bytes else None))
    print_outcome(result.welcome)  # a failed send leaves the exit status as it is
    return ExitCode.OK if result.counts.failed == 0 else ExitCode.FAILED


def _not_created(line) -> str:
    """A report line of an entry the import did not create: skipped or failed, and why."""
    address = line.address or line.dn
    if line.status == SKIPPED:
        return _("skipped: {address}: {reason}", address=address, reason=line.reason)
    if line.status == FAILED:
        return _("failed: {address}: {reason}", address=address, reason=line.reason)
    return f"{line.status}: {address}: {line.reason}"  # a status added later: its key


def _imported(counts, dry_run: bool, batch_id, quota: str | None) -> str:
    """The last line of `import`: what the batch (or the dry run) created, skipped, failed."""
    values = {"created": counts.users + counts.lists, "what": counts_words(counts),
              "skipped": counts.skipped, "failed": counts.failed}
    if quota and counts.users:
        if dry_run:
            return _("Dry run: {created} created ({what}), {skipped} skipped, {failed} failed; "
                     "each new user's quota: {quota}; nothing was written.", quota=quota,
                     **values)
        return _("Batch {batch}: {created} created ({what}), {skipped} skipped, {failed} "
                 "failed; each new user's quota: {quota}.", batch=batch_id, quota=quota,
                 **values)
    if dry_run:
        return _("Dry run: {created} created ({what}), {skipped} skipped, {failed} failed; "
                 "nothing was written.", **values)
    return _("Batch {batch}: {created} created ({what}), {skipped} skipped, {failed} failed.",
             batch=batch_id, **values)


def cmd_undo(args: argparse.Namespace) -> int:
    """Remove what one import batch created."""
    report = undo(database_of(args), args.batch, force=args.force)
    for forced in report.forced:
        out(_("forced: {row}", row=forced))
    removed = {"users": count_words.users(report.users),
               "aliases": count_words.aliases(report.aliases),
               "lists": count_words.lists(report.lists)}
    if report.domain_removed:
        out(_("Batch {batch} undone: removed {users}, {aliases}, {lists} and the domain "
              "{domain}.", batch=report.batch_id, domain=report.domain_removed, **removed))
    else:
        out(_("Batch {batch} undone: removed {users}, {aliases}, {lists}.",
              batch=report.batch_id, **removed))
    if report.mailboxes:
        out(kept_summary(sorted(report.mailboxes.values())))
    return ExitCode.OK


def add_commands(sub, connection_parent: argparse.ArgumentParser) -> None:
    """Register preview, import and undo."""
    planning = planning_options()
    p = sub.add_parser("preview", parents=[connection_parent, planning],
                       help=_("show what an import would create, hide and refuse"))
    p.add_argument("--show-hidden", action="store_true",
                   help=_("include the hidden entries with their reasons (they exist already, "
                   "or who to import leaves them out)"))
    p.add_argument("--csv", metavar="FILE", help=_("write the preview to a CSV file"))
    p.add_argument("--delimiter", default=",", choices=(",", ";"), help=_("CSV delimiter"))
    p.set_defaults(func=cmd_preview)

    p = sub.add_parser("import", parents=[connection_parent, planning],
                       help=_("import new users in one transaction"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help=_("every new entry"))
    which.add_argument("--select", metavar="FILE",
                       help=_("the rows marked selected in an edited preview CSV"))
    p.add_argument("--dry-run", action="store_true", help=_("do everything but commit"))
    add_directory_moved(p)
    p.add_argument("--expect-plan", metavar="ID",
                   help=_("import only if the plan is still the one `preview` printed as ID "
                   "(else nothing is written and the exit status is 4)"))
    p.add_argument("--report", metavar="FILE", help=_("write the per-entry report as CSV"))
    p.add_argument("--delimiter", default=",", choices=(",", ";"), help=_("CSV delimiter"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("undo", help=_("remove exactly what one import batch created"))
    p.add_argument("batch", type=int, help=_("the batch number printed by import"))
    add_database_options(p)
    p.add_argument("--force", action="store_true",
                   help=_("also remove rows changed or referenced since the import"))
    p.set_defaults(func=cmd_undo)
