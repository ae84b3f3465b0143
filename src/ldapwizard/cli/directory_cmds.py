"""Commands that talk to the directory: validate, test, detect, list."""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from itertools import chain

from ldapwizard.cli.common import out, password_for, profile_from_args
from ldapwizard.cli.terminal import shown
from ldapwizard.core import collector
from ldapwizard.core.directory.bindstring import parse_binding
from ldapwizard.core.directory.diagnose import detect, diagnose
from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.job.demo import DEMO_PASSWORD, demo_settings, open_demo_directory
from ldapwizard.core.maildb import count_words, csv_columns
from ldapwizard.core.maildb.csvfile import write_csv
from ldapwizard.i18n import _, _n

log = logging.getLogger(__name__)

LIST_COLUMNS = ("username", "email", "aliases", "display_name", "disabled", "kind", "stable_id",
                "dn")


def cmd_validate(args: argparse.Namespace) -> int:
    """Print the parts of a binding string, or the problem and its position."""
    binding = parse_binding(args.string)
    for label, value in binding.describe():
        out(f"{label + ':':12} {value}")  # a table: each label a translated word
    out(f"{_('normalised') + ':':12} {binding.normalised()}")
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    """The staged connection diagnosis; exit 0 only when every step passed."""
    profile = profile_from_args(args)
    settings, _search = profile.resolve()
    password = password_for(args, profile, settings)
    result = diagnose(settings, password, on_step=_print_step)
    for warning in result.warnings:
        out(_("warning: {warning}", warning=warning))
    if result.ok:
        out(_("All steps passed."))
        return 0
    return 1


def _print_step(step) -> None:
    if step.ok:
        out(_("[ ok ] {step}: {message}", step=step.title, message=step.message))
    else:
        out(_("[FAIL] {step}: {message}", step=step.title, message=step.message))
    for line in step.details:
        out(f"       {line}")
    if not step.ok and step.hint:
        out("       " + _("What to do: {hint}", hint=step.hint))


def cmd_detect(args: argparse.Namespace) -> int:
    """Find a working port/security and the base DN from the RootDSE."""
    profile = profile_from_args(args)
    settings, _search = profile.resolve()
    found = detect(settings)
    for note in found.notes:
        out(note)
    out(_("port:       {port}", port=found.port))
    out(_("security:   {security}", security=found.security))
    out(_("base DN:    {dn}", dn=found.base_dn) if found.base_dn
        else _("base DN:    (none advertised)"))
    out(_("server:     {vendor}", vendor=found.root_dse.vendor))
    return 0


def _row(user, yes: str) -> tuple:
    return (user.username or "", user.email or "", " ".join(user.aliases), user.display_name,
            yes if user.disabled else "", user.kind, user.stable_id or "", user.dn)


def _row_pages(directory, search, counter: list[int], left_out: list | None):
    """The rows of the entries the choice of who to import keeps, a page at a time; the ones
    it leaves out (a group or a rule) are counted, and kept in `left_out` with why when it
    is a list; entries and pages counted."""
    yes = str(_(csv_columns.YES))  # as the preview CSV says it
    for page in directory.iter_users(search):
        counter[1] += 1
        rows = []
        for user in page:
            if not user.excluded:
                rows.append(_row(user, yes))
                continue
            counter[2] += 1
            if left_out is not None:
                left_out.append((user.dn, user.excluded))
        counter[0] += len(rows)
        yield rows


def cmd_list(args: argparse.Namespace) -> int:
    """Every user the search and the choice of who to import (--ou, --member-of, --exclude)
    select, with a final line saying the listing is complete; --show-left-out names the
    entries a group or rule leaves out, --groups-as-lists the mailing lists it would bring."""
    if args.demo:
        settings, search = demo_settings()
        job = profile_from_args(args)  # the demo's directory, the choice of who as given
        search = replace(search, bases=job.ous, member_of=job.member_of,
                         nested=job.nested_groups, exclude=job.exclude,
                         groups_as_lists=job.groups_as_lists, groups_base=job.groups_base)
        opener, password = open_demo_directory, DEMO_PASSWORD
        out(_("Demo directory {host} (bundled sample data, served in-process).",
              host=settings.host))
    else:
        profile = profile_from_args(args)
        settings, search = profile.resolve()
        opener, password = open_directory, password_for(args, profile, settings)
    counter, lists = [0, 0, 0], []  # listed, pages, left out
    left_out = [] if args.show_left_out else None
    # no cyclic collection while listing: each page's records and rows are freed by
    # reference counting, and a collection at every page's end found nothing (0.1-0.2 s)
    with opener(settings, password) as directory, collector.paused():
        search = directory.resolve_base(search)
        pages = _row_pages(directory, search, counter, left_out)
        if args.csv:
            write_csv(args.csv, LIST_COLUMNS, chain.from_iterable(pages),
                      delimiter=args.delimiter)
        else:
            for rows in pages:  # a write a page, as it arrives
                if rows and not args.quiet:
                    out("\n".join("\t".join(map(shown, row)) for row in rows))
        skipped, notes = directory.skipped_references, directory.notes
        if search.groups_as_lists:
            from ldapwizard.core.directory import who

            lists = who.list_groups(directory, search)
    for dn, why in left_out or ():
        out(shown(_("left out ({why}): {dn}", why=why, dn=dn)))
    for group in lists:
        out(shown(_n("mailing list {email}: {name}, {count} member ({dn})",
                     "mailing list {email}: {name}, {count} members ({dn})",
                     len(group.members), email=group.email, name=group.name, dn=group.dn)))
    for note in notes:
        out(shown(_("note: {note}", note=note)))
    for reference in skipped:
        out(shown(_("skipped reference: {reference}", reference=reference)))
    out(_listed(counter, search.base_dn, args.csv))
    return 0


def _listed(counter: list[int], base_dn: str, csv: str | None) -> str:
    """The final line of `list`: how many entries in how many pages, and that it is complete."""
    listed, pages, left_out = counter
    listed = count_words.entries(listed)
    if csv and left_out:
        return _n("{entries} listed below {dn} in {count} page, written to {path}, {left_out} "
                  "left out by the choice of who to import; the listing is complete.",
                  "{entries} listed below {dn} in {count} pages, written to {path}, {left_out} "
                  "left out by the choice of who to import; the listing is complete.",
                  pages, entries=listed, dn=base_dn, path=csv, left_out=left_out)
    if csv:
        return _n("{entries} listed below {dn} in {count} page, written to {path}; the listing "
                  "is complete.",
                  "{entries} listed below {dn} in {count} pages, written to {path}; the listing "
                  "is complete.", pages, entries=listed, dn=base_dn, path=csv)
    if left_out:
        return _n("{entries} listed below {dn} in {count} page, {left_out} left out by the "
                  "choice of who to import; the listing is complete.",
                  "{entries} listed below {dn} in {count} pages, {left_out} left out by the "
                  "choice of who to import; the listing is complete.",
                  pages, entries=listed, dn=base_dn, left_out=left_out)
    return _n("{entries} listed below {dn} in {count} page; the listing is complete.",
              "{entries} listed below {dn} in {count} pages; the listing is complete.",
              pages, entries=listed, dn=base_dn)


def add_commands(sub, connection_parent: argparse.ArgumentParser) -> None:
    """Register the directory commands on a subparsers object."""
    p = sub.add_parser("validate", help=_("check a binding string and show its parts"))
    p.add_argument("string", help=_("LDAP://host[:port]/DN, ldaps://…, an LDAP URL or a DN"))
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("test", parents=[connection_parent],
                       help=_("diagnose the connection step by step"))
    p.set_defaults(func=cmd_test)

    p = sub.add_parser("detect", parents=[connection_parent],
                       help=_("find the port, security and base DN"))
    p.set_defaults(func=cmd_detect)

    p = sub.add_parser("list", parents=[connection_parent],
                       help=_("list every user, or fail saying the listing is incomplete"))
    p.add_argument("--csv", metavar="FILE", help=_("write the users to a CSV file"))
    p.add_argument("--delimiter", default=",", choices=(",", ";"),
                   help=_("CSV delimiter (; for locales where Excel expects it)"))
    p.add_argument("-q", "--quiet", action="store_true", help=_("print only the final line"))
    p.add_argument("--show-left-out", action="store_true",
                   help=_("also name each entry the choice of who to import leaves out, and why"))
    p.set_defaults(func=cmd_list)
