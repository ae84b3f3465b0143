"""`ldapwizard sync`: the headless run a scheduled job makes.

Exit status: 0 ok, 1 failed, 2 bad input, 3 stopped by a safety limit (nothing removed).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging

from ldapwizard.cli.common import (
    add_directory_moved,
    out,
    password_for,
    planning_options,
    profile_from_args,
)
from ldapwizard.cli.terminal import shown
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.unlisted import read_unlisted
from ldapwizard.core.errors import BadInput, DirectoryError
from ldapwizard.core.job import paths
from ldapwizard.core.job.locks import safe_name, sync_lock
from ldapwizard.core.maildb.database import UserDatabase, open_for_dry_run
from ldapwizard.core.maildb.directory_rows import check_directory
from ldapwizard.core.maildb.importer import CREATED, FAILED, SKIPPED
from ldapwizard.core.maildb.mailboxes import kept_summary
from ldapwizard.core.maildb.reports import write_report
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.maildb.unlisted import with_disabled_unlisted

SAFETY_STOP = 3
log = logging.getLogger("ldapwizard.sync")


def _run_log(profile: str) -> logging.Handler:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    handler = logging.FileHandler(folder / f"sync-{safe_name(profile)}-{stamp}.log",
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logging.getLogger("ldapwizard").addHandler(handler)
    logging.getLogger("ldapwizard").setLevel(logging.INFO)
    return handler


def cmd_sync(args: argparse.Namespace) -> int:
    """Sync a saved profile into the user database."""
    if not args.profile:
        raise BadInput("sync needs --profile NAME (a saved profile).",
                       hint="Save one with `ldapwizard profile save NAME …` or the wizard.")
    profile = profile_from_args(args)
    options = profile.check_unattended()
    settings, search = profile.resolve()
    handler = _run_log(profile.name)
    try:
        with sync_lock(profile.name, profile.database_location()):
            return _sync(args, profile, settings, search, options)
    finally:
        logging.getLogger("ldapwizard").removeHandler(handler)
        handler.close()


def _sync(args, profile, settings, search, options) -> int:
    database_path = profile.database_location()
    log.info("sync of profile %s into %s (%s) started", profile.name, options.domain,
             database_path)
    # before the new server is asked anything (the imported users' DNs included)
    existing = UserDatabase.open_existing(database_path)
    if existing is not None:
        with existing:
            check_directory(existing, profile.directory_source(), args.directory_moved)
    password = password_for(args, profile, settings)
    try:
        listing = list_users(settings, password, search, on_progress=lambda count, page:
                             log.info("listing: %d entries after page %d", count, page))
    except DirectoryError as error:
        # an incomplete listing: nothing is imported, updated or removed
        return _stopped("listing", error)
    with contextlib.ExitStack() as stack:
        database = stack.enter_context(
            open_for_dry_run(database_path) if args.dry_run
            else UserDatabase.open(database_path, write=True, create=True))
        try:
            users, note = with_disabled_unlisted(
                database, listing.users, options, profile.owner,
                lambda dns: read_unlisted(settings, password, search, dns))
        except DirectoryError as error:
            # whether the users the listing lacks left or were only disabled is unknown
            return _stopped("reading the imported users the listing lacks", error)
        report = run_sync(database, users, options, profile=profile.owner,
                          directory=profile.directory_source(),
                          directory_moved=args.directory_moved,
                          remove_missing=args.remove_missing, max_removals=args.max_removals,
                          dry_run=args.dry_run,
                          skipped_references=tuple(listing.skipped_references),
                          groups=listing.groups if search.groups_as_lists else None)
    if note:
        report.notes.append(note)
    if args.report:
        write_report(args.report, report, delimiter=args.delimiter)
    summary = (f"{report.count(CREATED)} created, {len(report.updated)} updated, "
               f"{len(report.reenabled)} re-enabled, {len(report.disabled)} disabled, "
               f"{len(report.removed)} removed, {report.count(SKIPPED)} skipped, "
               f"{report.count(FAILED)} failed")
    for address in report.disabled:
        out(shown(f"disabled ({_why_disabled(report, address)}): {address}"))
    for address in report.reenabled:
        out(shown(f"re-enabled (enabled again in the directory): {address}"))
    for address in report.removed:
        out(shown(f"removed (missing on two runs): {address}; its mail stays in "
                  f"{report.mailboxes[address]}, never handed on"))
    if report.removed:
        out(kept_summary([report.mailboxes[a] for a in report.removed]))
    for note in report.notes:
        out(shown(f"note: {note}"))
    for address in report.kept:
        out(shown(f"kept (an alias or list made by hand refers to it): {address}"))
    if report.missing and not args.remove_missing:
        out(f"note: {len(report.missing)} imported users are no longer in the directory; "
            "--remove-missing would disable them.")
    prefix = "Dry run: " if args.dry_run else f"Sync batch {report.batch_id}: "
    out(prefix + summary + ".")
    log.info("%s%s", prefix, summary)
    if report.stopped:
        out(f"Stopped by a safety limit: {report.stopped}.")
        log.warning("stopped by a safety limit: %s", report.stopped)
        return SAFETY_STOP
    return 0 if report.count(FAILED) == 0 else 1


def _stopped(step: str, error: DirectoryError) -> int:
    log.error("%s failed: %s", step, error.message)
    out(f"Stopped: {error.message} Nothing was imported, changed or removed.")
    if error.hint:
        out(f"What to do: {error.hint}")
    return SAFETY_STOP


def _why_disabled(report, address: str) -> str:
    if address in report.disabled_in_directory:
        return "disabled in the directory"
    if address in report.left_out:
        return "left out by the choice of who to import"
    return "no longer in the directory"


def add_commands(sub, connection_parent: argparse.ArgumentParser) -> None:
    """Register `sync`."""
    p = sub.add_parser("sync", parents=[connection_parent, planning_options()],
                       help="import new users and update imported ones (for scheduled jobs)")
    p.add_argument("--remove-missing", action="store_true",
                   help="disable, then on a later run remove, users of this profile that are "
                   "no longer in the directory (users disabled in the directory are disabled "
                   "by every sync, with or without this)")
    p.add_argument("--max-removals", metavar="N|P%",
                   help="at most this many removals per run (default: 10%% of the imported "
                   "users, at least 1 and at most 500)")
    p.add_argument("--dry-run", action="store_true", help="do everything but commit")
    add_directory_moved(p)
    p.add_argument("--report", metavar="FILE", help="write the per-entry report as CSV")
    p.add_argument("--delimiter", default=",", choices=(",", ";"))
    p.set_defaults(func=cmd_sync)
