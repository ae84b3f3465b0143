"""`ldapwizard schedule add|list|remove`: the sync as a cron, Task Scheduler or launchd job."""

from __future__ import annotations

import argparse
import shlex
import sys

from ldapwizard.cli.common import out
from ldapwizard.core.job import schedule
from ldapwizard.core.job.profiles import ProfileStore
from ldapwizard.core.maildb.sync_policy import policy_words, removal_limit
from ldapwizard.i18n import _


def _policy(profile) -> str:
    return policy_words(profile.remove_missing, profile.max_removals)


def cmd_add(args: argparse.Namespace) -> int:
    store = ProfileStore()
    profile = store.load(args.profile)  # the job runs the saved record, nothing else
    profile.check_unattended()  # refused now, not when the job runs
    job = schedule.Job(profile=profile.name, hours=args.every,
                       password_file=args.password_file or "")
    job.check()
    policy = {}
    if args.remove_missing is not None:
        policy["remove_missing"] = args.remove_missing
    if args.max_removals is not None:
        if args.max_removals:
            removal_limit(args.max_removals, 0)  # N or P%, else BadInput
        policy["max_removals"] = args.max_removals or None
    if policy and not args.print_only:  # the policy is the job record's: `sync --profile` reads it
        profile = profile.merged(**policy)
        store.save(profile)
        out(_("Saved in the profile: {policy}.", policy=_policy(profile)))
    elif policy:
        out(_("Would save in the profile: {policy}.", policy=_policy(profile.merged(**policy))))
    out(_("Command: {command}", command=shlex.join(schedule.command(job))))
    if not job.password_file:
        if not profile.remember_password:
            out(_("warning: the profile has no password in the keyring; save it with "
                  "`ldapwizard profile save --remember-password` or give --password-file."))
        if sys.platform not in ("win32", "darwin"):
            out(_("warning: cron jobs usually cannot reach the desktop keyring (no session "
                  "bus); if the job cannot sign in, add --password-file FILE (chmod 600)."))
    if args.print_only:
        if sys.platform == "win32":
            out(schedule.task_xml(job))
        elif sys.platform == "darwin":
            out(schedule.launchd_plist(job))
        else:
            out(schedule.cron_line(job))
        return 0
    where = schedule.install(job)
    out(_("Installed in {scheduler}: {where}", scheduler=schedule.scheduler_name(), where=where))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    jobs = schedule.installed()
    for job in jobs:
        out(job)
    if not jobs:
        out(_("No ldapwizard jobs in {scheduler}.", scheduler=schedule.scheduler_name()))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    if schedule.remove(args.profile):
        out(_("Removed the scheduled sync of profile {profile}.", profile=args.profile))
        return 0
    out(_("There was no scheduled sync of profile {profile}.", profile=args.profile))
    return 1


def add_commands(sub) -> None:
    """Register `schedule` and its sub-commands."""
    parser = sub.add_parser("schedule", help=_("run the sync of a profile every 1–24 hours"))
    ssub = parser.add_subparsers(dest="schedule_command", required=True, metavar="COMMAND")
    p = ssub.add_parser("add", help=_("install (or replace) the job of a profile"))
    p.add_argument("--profile", required=True, help=_("the saved profile whose sync the job runs"))
    p.add_argument("--every", type=int, required=True, metavar="HOURS", help=_("1 to 24"))
    p.add_argument("--remove-missing", action=argparse.BooleanOptionalAction, default=None,
                   help=_("save in the profile: disable, then on a later run remove, users "
                          "that left the directory (the job runs `sync --profile NAME`, which "
                          "reads it)"))
    p.add_argument("--max-removals", metavar="N|P%",
                   help=_("save in the profile: at most this many removals a run (empty: "
                          "the default limit)"))
    p.add_argument("--password-file", metavar="FILE",
                   help=_("for schedulers that cannot reach the keyring (must be chmod 600)"))
    p.add_argument("--print", dest="print_only", action="store_true",
                   help=_("show the entry instead of installing it"))
    p.set_defaults(func=cmd_add)
    p = ssub.add_parser("list", help=_("the jobs ldapwizard installed"))
    p.set_defaults(func=cmd_list)
    p = ssub.add_parser("remove", help=_("remove the job of a profile"))
    p.add_argument("--profile", required=True,
                   help=_("the profile whose scheduled sync is removed"))
    p.set_defaults(func=cmd_remove)
