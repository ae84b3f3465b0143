"""`ldapwizard sync`: the headless run a scheduled job makes (core/operations/syncing.py, the
run behind the window's Sync now too).

The sync policy comes from the job record (`profile save NAME --remove-missing --max-removals
N|P%`); --remove-missing and --max-removals given here change it for this run only.
`--dry-run` prints the plan's short id; `--expect-plan ID` runs only that plan (exit status 4,
nothing written, when the directory or the database changed since). Exit statuses:
core.errors.ExitCode.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from dataclasses import replace

from ldapwizard.cli.common import (
    add_directory_moved,
    out,
    password_for,
    planning_options,
    profile_from_args,
)
from ldapwizard.cli.terminal import shown
from ldapwizard.cli.welcome_cmds import print_outcome
from ldapwizard.core.errors import BadInput, ExitCode, PlanChanged, Stopped
from ldapwizard.core.job import paths
from ldapwizard.core.job.locks import safe_name
from ldapwizard.core.maildb.mailboxes import kept_summary
from ldapwizard.core.maildb.reports import line_words, write_report
from ldapwizard.core.maildb.sync_policy import (
    RAISE_THE_LIMIT,
    checked_limit,
    default_limit_words,
)
from ldapwizard.core.operations import syncing
from ldapwizard.core.operations.identity import Counts
from ldapwizard.i18n import EnglishRecords, _, english

log = logging.getLogger("ldapwizard.sync")


def _run_log(profile: str) -> logging.Handler:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    handler = logging.FileHandler(folder / f"sync-{safe_name(profile)}-{stamp}.log",
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    handler.addFilter(EnglishRecords())  # a job's log stays English, as every log does
    logging.getLogger("ldapwizard").addHandler(handler)
    logging.getLogger("ldapwizard").setLevel(logging.INFO)
    return handler


def cmd_sync(args: argparse.Namespace) -> int:
    """Sync a saved profile into the user database."""
    if not args.profile:
        raise BadInput(_("sync needs --profile NAME (a saved profile)."),
                       hint=_("Save one with `ldapwizard profile save NAME …` or the wizard."))
    profile = with_policy_overrides(profile_from_args(args), args)
    profile.check_unattended()
    settings, _search = profile.resolve()
    handler = _run_log(profile.name)
    try:
        return _sync(args, profile, settings)
    finally:
        logging.getLogger("ldapwizard").removeHandler(handler)
        handler.close()


def with_policy_overrides(profile, args: argparse.Namespace):
    """The job record with this run's --remove-missing / --max-removals, if given."""
    profile = profile.merged(remove_missing=vars(args).get("remove_missing"))
    limit = vars(args).get("max_removals")
    return profile if limit is None else replace(profile, max_removals=checked_limit(limit))


def summary(counts: Counts) -> str:
    """A run's counts: the users', then the mailing lists' when it touched any (a list is
    never counted among the users)."""
    values = {"created": counts.users, "updated": counts.updated,
              "reenabled": counts.reenabled, "disabled": counts.disabled,
              "removed": counts.removed, "skipped": counts.skipped, "failed": counts.failed}
    if counts.lists or counts.lists_changed or counts.lists_removed:
        return _("{created} created, {updated} updated, {reenabled} re-enabled, {disabled} "
                 "disabled, {removed} removed, {skipped} skipped, {failed} failed; mailing "
                 "lists: {lists_created} created, {lists_changed} changed, {lists_removed} "
                 "removed", lists_created=counts.lists, lists_changed=counts.lists_changed,
                 lists_removed=counts.lists_removed, **values)
    return _("{created} created, {updated} updated, {reenabled} re-enabled, {disabled} "
             "disabled, {removed} removed, {skipped} skipped, {failed} failed", **values)


def _sync(args, profile, settings) -> int:
    log.info("sync of profile %s into %s (%s) started", profile.name, profile.domain,
             profile.database_location())
    password = password_for(args, profile, settings)
    try:
        outcome = syncing.sync(
            profile, password, expected=args.expect_plan, dry_run=args.dry_run,
            directory_moved=args.directory_moved,
            on_progress=lambda count, page: log.info("listing: %d entries after page %d",
                                                     count, page))
    except Stopped as stop:  # the listing, or the users it lacks, could not be read
        log.error("%s failed: %s", stop.reason, stop.message)
        out(_("Stopped: {message} Nothing was imported, changed or removed.",
              message=stop.message))
        if stop.hint:
            out(_("What to do: {hint}", hint=stop.hint))
        return ExitCode.STOPPED
    except PlanChanged as changed:
        log.warning("plan %s changed: now %s", changed.shown, syncing.short_id(changed.now))
        out(_("Not run: {message}", message=changed.message))
        out(_("It would now: {summary} (plan {plan}).", summary=summary(changed.now.counts),
              plan=syncing.short_id(changed.now)))
        return ExitCode.CHANGED
    report, counts = outcome.report, outcome.identity.counts
    if args.report:
        write_report(args.report, report, delimiter=args.delimiter)
    for line in report.all_lines():  # the report CSV's lines, the same words
        words = line_words(line)
        out(shown(words))
        log.info("%s", words)
    if report.mailboxes:
        out(kept_summary([report.mailboxes[a] for a in report.removed if a in report.mailboxes]))
    words = summary(counts)
    if args.dry_run:
        prefix = "Dry run: "  # the log's English; the terminal's line is a whole sentence
        out(_("Dry run: {summary}.", summary=words))
    elif report.nothing_to_do:
        prefix = "Nothing to do (no batch recorded): "
        out(_("Nothing to do (no batch recorded): {summary}.", summary=words))
    else:
        prefix = f"Sync batch {report.batch_id}: "
        out(_("Sync batch {batch}: {summary}.", batch=report.batch_id, summary=words))
    if args.dry_run:
        out(_("Plan {plan}: run it with `ldapwizard sync --profile {profile} --expect-plan "
              "{plan}`; nothing is written if it changed by then.", plan=outcome.plan_id,
              profile=profile.name))
    log.info("%s%s (plan %s)", prefix, english(words), outcome.plan_id)
    print_outcome(outcome.welcome)  # a failed send leaves the exit status as it is
    if outcome.welcome is not None:
        log.info("%s", outcome.welcome.summary())
    if report.stopped:
        if report.stop_reason in RAISE_THE_LIMIT:
            out(_("Stopped by a safety limit: {reason} (raise --max-removals if this is "
                  "intended).", reason=report.stopped))
        else:
            out(_("Stopped by a safety limit: {reason}.", reason=report.stopped))
        log.warning("stopped by a safety limit: %s", report.stopped)
        return ExitCode.STOPPED
    return ExitCode.OK if counts.failed == 0 else ExitCode.FAILED


def add_commands(sub, connection_parent: argparse.ArgumentParser) -> None:
    """Register `sync`."""
    p = sub.add_parser("sync", parents=[connection_parent, planning_options()],
                       help=_("import new users and update imported ones (for scheduled jobs)"))
    p.add_argument("--remove-missing", action=argparse.BooleanOptionalAction, default=None,
                   help=_("for this run only, instead of the job record's policy (`profile save "
                   "NAME --remove-missing`): disable, then on a later run with a new listing "
                   "remove, users of this job that are no longer in the directory (users "
                   "disabled in the directory are disabled by every sync, with or without "
                   "this)"))
    p.add_argument("--max-removals", metavar="N|P%",
                   help=_("for this run only, instead of the job record's: at most this many "
                          "removals per run (default: {limit})", limit=default_limit_words()))
    p.add_argument("--expect-plan", metavar="ID",
                   help=_("run only the plan `--dry-run` printed: if the sync would now do "
                   "something else, write nothing and exit with status 4"))
    p.add_argument("--dry-run", action="store_true", help=_("do everything but commit"))
    add_directory_moved(p)
    p.add_argument("--report", metavar="FILE", help=_("write the per-entry report as CSV"))
    p.add_argument("--delimiter", default=",", choices=(",", ";"))
    p.set_defaults(func=cmd_sync)
