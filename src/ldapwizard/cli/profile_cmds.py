"""`ldapwizard profile save|list|show|delete|rename`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict, replace

from ldapwizard.cli.common import out, planning_options, profile_from_args
from ldapwizard.cli.terminal import shown
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.adoption import adopt
from ldapwizard.core.job.profiles import ProfileStore, check_name, delete_profile, rename_profile
from ldapwizard.core.job.secrets import ENV_VAR, load_password, read_password_file, store_password
from ldapwizard.core.maildb import count_words
from ldapwizard.core.maildb.location import stored_form
from ldapwizard.core.maildb.sync_policy import checked_limit, default_limit_words, policy_words
from ldapwizard.core.welcome.sending import check as check_welcome
from ldapwizard.core.welcome.settings import DEFAULT_SERVER, SECURITIES, from_job
from ldapwizard.i18n import _


def cmd_save(args: argparse.Namespace) -> int:
    """Save the options as a named profile; optionally remember the password in the keyring."""
    name = check_name(args.name)
    store = ProfileStore()
    existing = args.profile
    args.profile = name if name in store.names() and not existing else existing
    profile = profile_from_args(args).merged(name=name)
    if args.remove_missing is not None:  # the job's sync policy, read by `sync --profile`
        profile = profile.merged(remove_missing=args.remove_missing)
    if args.max_removals is not None:
        profile = replace(profile, max_removals=checked_limit(args.max_removals))
    profile = _with_welcome(profile, args)
    if profile.database:  # a scheduled run starts elsewhere: keep no relative path
        profile = profile.merged(database=stored_form(profile.database))
    profile.resolve()[1].check()  # refuse to save what cannot work (a bad rule too)
    if profile.domain:
        profile = profile.merged(domain=profile.plan_options().domain)
    if args.remember_password:
        password = _password_to_remember(args, profile.bind_user or profile.host)
        store_password(name, password)
        profile = profile.merged(remember_password=True)
    store.save(profile)
    out(_('Saved profile "{name}" in {path}.', name=name, path=store.path))
    if profile.remember_password:
        out(_("The password is in the system keyring, not in the profile file."))
    return 0


def _with_welcome(profile, args: argparse.Namespace):
    """The job's welcome settings with the options given; checked (the template read, the
    server and sender parsed) when the job sends welcome messages."""
    template, rendered = args.welcome_template, args.welcome_mailstack
    # a scheduled run starts elsewhere: keep no relative path
    if template:
        template = os.path.abspath(os.path.expanduser(template))
    if rendered:
        rendered = os.path.abspath(os.path.expanduser(rendered))
    profile = profile.merged(welcome=args.welcome, smtp_server=args.smtp_server,
                             smtp_security=args.smtp_security, smtp_user=args.smtp_user,
                             welcome_template=template, welcome_from=args.welcome_from,
                             welcome_mailstack=rendered, mail_host=args.mail_host)
    if profile.welcome:
        check_welcome(from_job(profile))
    return profile


def _password_to_remember(args: argparse.Namespace, who: str) -> str:
    if args.password_file:
        return read_password_file(args.password_file)
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    if sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(_("Password for {who} (to remember): ", who=who))
        if password:
            return password
    raise BadInput(_("--remember-password needs a password."),
                   hint=_("Type it at the prompt, or give it through {variable} or "
                          "--password-file.", variable=ENV_VAR))


def cmd_list(args: argparse.Namespace) -> int:
    store = ProfileStore()
    names = store.names()
    for name in names:
        profile = store.load(name)
        target = profile.binding or profile.host or _("(no server)")
        out("\t".join(map(shown, (name, profile.server_type, target))))
    if not names:
        out(_("No saved profiles (looked in {path}).", path=store.path))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    profile = ProfileStore().load(args.name)
    for key, value in asdict(profile).items():
        out(f"{key + ':':18} {_shown(key, value)}")
    out(f"{_('sync policy:'):18} "
        f"{policy_words(profile.remove_missing, profile.max_removals)}")
    remembered = load_password(profile.name) is not None if profile.remember_password else False
    out(f"{_('password:'):18} "
        f"{_('remembered in the system keyring') if remembered else _('not stored')}")
    return 0


def _shown(key: str, value) -> str:
    """A field as `profile show` prints it: lists one item after another, in words."""
    if value is None:
        return ""
    if key == "ous":
        return "; ".join(_("{dn} (with sub-OUs)", dn=dn) if subtree
                         else _("{dn} (this OU only)", dn=dn) for dn, subtree in value)
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    return str(value)


def cmd_delete(args: argparse.Namespace) -> int:
    delete_profile(ProfileStore(), args.name)
    out(_('Deleted profile "{name}" and any password remembered for it.', name=args.name))
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    new = rename_profile(ProfileStore(), args.old, args.new)
    out(_('Renamed profile "{old}" to "{new}".', old=args.old, new=new))
    return 0


def cmd_adopt(args: argparse.Namespace) -> int:
    """Give a saved job the users, lists and batches another owner holds in its database."""
    store = ProfileStore()
    profile = store.load(args.name)
    owned = adopt(store, profile, args.owner, dry_run=args.dry_run)
    values = {"profile": shown(profile.name), "users": count_words.users(owned.users),
              "lists": count_words.lists(owned.lists),
              "batches": count_words.batches(owned.batches), "owner": shown(args.owner),
              "database": profile.database_location()}
    if args.dry_run:
        out(_('Would give the profile "{profile}" {users}, {lists} and {batches} owned by '
              '"{owner}" in {database}. Nothing was changed.',
              **values))
    else:
        out(_('The profile "{profile}" took over {users}, {lists} and {batches} owned by '
              '"{owner}" in {database}: its sync now updates and removes them.', **values))
    return 0


def add_commands(sub, connection_parent: argparse.ArgumentParser) -> None:
    """Register `profile` and its sub-commands."""
    profile = sub.add_parser("profile", help=_("saved connection profiles (no secrets in them)"))
    psub = profile.add_subparsers(dest="profile_command", required=True, metavar="COMMAND")
    p = psub.add_parser("save", parents=[connection_parent, planning_options()],
                        help=_("save options as a profile (an existing one keeps what is not "
                               "given)"))
    p.add_argument("name", help=_("the profile's name"))
    p.add_argument("--remember-password", action="store_true",
                   help=_("remember the password in the system keyring"))
    policy = p.add_argument_group(_("sync policy (what `sync --profile NAME` and the scheduled "
                                    "job do with users who left the directory)"))
    policy.add_argument("--remove-missing", action=argparse.BooleanOptionalAction,
                        default=None,
                        help=_("disable users of this job no longer in the directory, and "
                               "remove them on a later run with a new listing if still missing "
                               "(--no-remove-missing: leave them as they are, the default)"))
    policy.add_argument("--max-removals", metavar="N|P%",
                        help=_("at most this many removals a run: a count or a share of the "
                               "imported users (empty: {default})",
                               default=default_limit_words()).replace("%", "%%"))
    welcome = p.add_argument_group(_("welcome messages (to the users this job's imports and "
                                     "syncs create; README: Welcome messages)"))
    welcome.add_argument("--welcome", action=argparse.BooleanOptionalAction, default=None,
                         help=_("send each user an import or sync of this job creates one "
                                "welcome message (--no-welcome: send none, the default)"))
    welcome.add_argument("--smtp-server", metavar="HOST[:PORT]",
                         help=_("where the messages are handed over (empty: {server}, the "
                                "local Postfix `mailstack render` set up)",
                                server=DEFAULT_SERVER))
    welcome.add_argument("--smtp-security", choices=SECURITIES,
                         help=_("none, starttls or tls (default: none on this host, starttls "
                                "elsewhere)"))
    welcome.add_argument("--smtp-user", metavar="USER",
                         help=_("sign in (SMTP AUTH) as USER with the password saved by "
                                "`welcome smtp-password`"))
    welcome.add_argument("--welcome-template", metavar="FILE",
                         help=_("the welcome template (empty: the built-in message)"))
    welcome.add_argument("--welcome-from", metavar="ADDRESS",
                         help=_("the sender (empty: postmaster@ the job's domain)"))
    welcome.add_argument("--welcome-mailstack", metavar="DIR",
                         help=_("the folder `mailstack render --out` wrote: the message gives "
                                "the mail client settings of its autoconfig file"))
    welcome.add_argument("--mail-host", metavar="NAME",
                         help=_("without --welcome-mailstack: the name mail clients reach the "
                                "server by (standard ports; empty: this host's name)"))
    p.set_defaults(func=cmd_save)
    p = psub.add_parser("list", help=_("list saved profiles"))
    p.set_defaults(func=cmd_list)
    p = psub.add_parser("show", help=_("show a saved profile"))
    p.add_argument("name", help=_("the profile's name"))
    p.set_defaults(func=cmd_show)
    p = psub.add_parser("delete", help=_("delete a profile and its remembered password"))
    p.add_argument("name", help=_("the profile's name"))
    p.set_defaults(func=cmd_delete)
    p = psub.add_parser("rename", help=_("rename a profile"))
    p.add_argument("old", help=_("the profile's name now"))
    p.add_argument("new", help=_("its new name"))
    p.set_defaults(func=cmd_rename)
    p = psub.add_parser("adopt", help=_("give a saved profile the users, lists and batches "
                                        "imported under an unsaved or deleted one"))
    p.add_argument("name", help=_("the saved profile that takes them over"))
    p.add_argument("--from", dest="owner", required=True, metavar="OWNER",
                   help=_("whom they are owned by now: an unsaved job's server (as `db show` "
                          "lists it) or a deleted profile's name"))
    p.add_argument("--dry-run", action="store_true", help=_("only say what would move"))
    p.set_defaults(func=cmd_adopt)
