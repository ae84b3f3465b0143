"""Shared command-line plumbing: connection options, password sources, output."""

from __future__ import annotations

import argparse
import sys

from ldapwizard.cli.argparse_words import Parser
from ldapwizard.cli.bounds_options import bounds_chosen, bounds_options
from ldapwizard.cli.terminal import shown_lines
from ldapwizard.core.directory.presets import PRESETS
from ldapwizard.core.directory.settings import AUTH_METHODS, SECURITIES, ConnectionSettings
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.profiles import MAPPING_FIELDS, Profile, ProfileStore
from ldapwizard.core.job.secrets import obtain_password
from ldapwizard.core.maildb.database import default_path
from ldapwizard.core.maildb.directory_rows import MOVED_OPTION
from ldapwizard.core.maildb.location import locate, with_ca_file
from ldapwizard.core.maildb.planner import USERNAME_SOURCES
from ldapwizard.core.maildb.quotas import parse_size
from ldapwizard.core.maildb.signin import parse_sources
from ldapwizard.i18n import _


def connection_options() -> argparse.ArgumentParser:
    """A parent parser with the connection, search and mapping options of every directory
    command."""
    parser = Parser(add_help=False)
    group = parser.add_argument_group(_("connection (override the saved profile)"))
    group.add_argument("--profile", metavar="NAME", help=_("start from a saved profile"))
    group.add_argument("--binding", metavar="STRING",
                       help=_("LDAP://host[:port]/DN, an LDAP URL, or a bare DN"))
    group.add_argument("--server-type", choices=list(PRESETS), help=_("directory product preset"))
    group.add_argument("--host", help=_("server host name or IP, or an AD domain name"))
    group.add_argument("--port", type=int, help=_("TCP port (default 636 for LDAPS, else 389)"))
    group.add_argument("--security", choices=SECURITIES, help=_("LDAPS, StartTLS or none"))
    group.add_argument("--ca-file", metavar="PEM", help=_("verify the server against this CA"))
    group.add_argument("--no-verify", action="store_true",
                       help=_("do NOT verify the server certificate (unsafe; logged)"))
    group.add_argument("--auth", choices=AUTH_METHODS, help=_("how to sign in"))
    group.add_argument("--bind-user", metavar="USER",
                       help=_("DN, user@domain, or DOMAIN\\user for NTLM"))
    group.add_argument("--kerberos-host", metavar="NAME",
                       help=_("the DC's host name for the Kerberos ticket (when --host is an IP)"))
    group.add_argument("--password-file", metavar="FILE",
                       help=_("read the password from the first line of FILE"))
    search = parser.add_argument_group(_("search (override the saved profile)"))
    search.add_argument("--filter", help=_("LDAP filter for users (default: the server type's)"))
    search.add_argument("--scope", choices=("sub", "one"), help=_("search scope below the base DN"))
    search.add_argument("--page-size", type=int, help=_("entries per page"))
    search.add_argument("--include-contacts", action=argparse.BooleanOptionalAction,
                        help=_("list mail-enabled contacts too (Active Directory)"))
    search.add_argument("--ignore-referrals", action="store_const", const="ignore",
                        dest="referrals", help=_("skip referrals to other servers instead of "
                        "failing"))
    search.add_argument("--timeout", type=float, metavar="SECONDS",
                        help=_("connect timeout (default 5)"))
    search.add_argument("--receive-timeout", type=float, metavar="SECONDS",
                        help=_("how long to wait for each server reply (default 30)"))
    bounds_options(search)
    who = parser.add_argument_group(
        _("who to import (override the saved profile; README: Choosing who to import)"))
    who.add_argument("--ou", metavar="DN", action="append",
                     help=_("list below this OU and its sub-OUs (repeatable; instead of the "
                     "binding string's base DN)"))
    who.add_argument("--ou-only", metavar="DN", action="append",
                     help=_("list this OU's own entries, not its sub-OUs' (repeatable)"))
    who.add_argument("--member-of", metavar="GROUP", action="append",
                     help=_("import the members of GROUP, a name or DN (repeatable; nested "
                     "groups followed)"))
    who.add_argument("--direct-members", action="store_true", default=None,
                     help=_("with --member-of: direct members only, no nested groups"))
    who.add_argument("--exclude", metavar="RULE", action="append",
                     help=_('leave out entries a rule matches, e.g. "sAMAccountName glob svc-*" '
                     'or "memberof Leavers" (repeatable, tried in order)'))
    who.add_argument("--groups-as-lists", action=argparse.BooleanOptionalAction,
                     help=_("bring mail-enabled groups along as mailing lists"))
    who.add_argument("--groups-base", metavar="DN",
                     help=_("find groups (--member-of, memberof rules, --groups-as-lists) below "
                     "this DN (default: the whole naming context of the base DN, from the "
                     "RootDSE)"))
    mapping = parser.add_argument_group(_("attribute mapping (default: the server type's)"))
    for name in MAPPING_FIELDS:
        mapping.add_argument("--" + name.replace("_", "-"), metavar="ATTRIBUTE")
    return parser


def planning_options() -> argparse.ArgumentParser:
    """A parent parser with the job's planning choices (preview, import, sync, profile save)."""
    parser = Parser(add_help=False)
    group = parser.add_argument_group(_("planning (override the saved profile)"))
    group.add_argument("--domain", help=_("the target mail domain"))
    add_database_options(group, profile_first=True)
    group.add_argument("--username-from", choices=USERNAME_SOURCES,
                       help=_("mailbox name from the email's local part (default) or the "
                       "directory's username attribute (sAMAccountName / uid)"))
    group.add_argument("--email-as-username", action=argparse.BooleanOptionalAction,
                       help=_("use the full LDAP email address as the username"))
    group.add_argument("--include-disabled", action=argparse.BooleanOptionalAction,
                       help=_("also import accounts disabled in the directory"))
    group.add_argument("--allow-role-addresses", action=argparse.BooleanOptionalAction,
                       help=_("let directory entries take role addresses (postmaster, abuse, "
                       "hostmaster, webmaster, admin, administrator, root, MAILER-DAEMON, "
                       "noreply); refused by default"))
    group.add_argument("--quota", metavar="SIZE",
                       help=_("the quota of the users an import or sync creates, e.g. 2G or "
                       "500M (none: no limit, the default); `db set-quota` changes one user's"))
    group.add_argument("--sign-in-names", metavar="KINDS",
                       help=_("let users also sign in with the directory's username "
                       "(sAMAccountName / uid) and/or the UPN: `directory`, `upn`, "
                       "`directory,upn`, or `none` (the default: the login and the full "
                       "address only); a name another user has is left out, said so"))
    return parser


def add_database_options(parser, profile_first: bool = False) -> None:
    """--db FILE|URL and --db-ca-file, for every command that opens the user database
    (`profile_first`: the job's commands, where the saved profile's database comes first)."""
    default = default_path()
    parser.add_argument("--db", metavar="FILE|URL", help=_(
        "the user database: an SQLite file, or a PostgreSQL database as "
        "postgresql://USER@HOST:PORT/DBNAME or service=NAME (the password from the keyring, "
        ".pgpass or a prompt; never in the URL) (default: the profile's, else {path})",
        path=default) if profile_first else _(
        "the user database: an SQLite file, or a PostgreSQL database as "
        "postgresql://USER@HOST:PORT/DBNAME or service=NAME (the password from the keyring, "
        ".pgpass or a prompt; never in the URL) (default: {path})", path=default))
    parser.add_argument("--db-ca-file", metavar="FILE",
                        help=_("the CA certificate(s) that signed the PostgreSQL server's "
                               "certificate (verify-full is the default for a server over "
                               "the network)"))


def add_directory_moved(parser) -> None:
    """--directory-moved: the profile's users may follow it to the directory it names now."""
    parser.add_argument(MOVED_OPTION, dest="directory_moved", action="store_true",
                        help=_("the profile now names the same directory under a new name or "
                        "address, or a replica with the same stable ids: its imported users "
                        "sign in there from now on (recorded in the batch); without it a run "
                        "refuses when the server, base DN or server type changed"))


def database_option(args: argparse.Namespace) -> str | None:
    """The --db value with --db-ca-file folded in; a URL that cannot work is refused now."""
    value, ca_file = vars(args).get("db"), vars(args).get("db_ca_file")
    if ca_file:
        if not value:
            raise BadInput(_("--db-ca-file is for a PostgreSQL database; give it with "
                             "--db postgresql://USER@HOST:PORT/DBNAME."))
        value = with_ca_file(value, ca_file)
    if value:
        locate(value)
    return value


def database_of(args: argparse.Namespace):
    """Where a command without a profile works: --db, else the default file."""
    return locate(database_option(args) or default_path())


def profile_from_args(args: argparse.Namespace) -> Profile:
    """The saved profile (if any) with the command-line options applied for this run."""
    base = ProfileStore().load(args.profile) if args.profile else Profile()
    verify = None
    if args.no_verify and args.ca_file:
        raise BadInput(_("--no-verify and --ca-file contradict each other; give one."))
    if args.no_verify:
        verify = "off"
    elif args.ca_file:
        verify = "cafile"
    option = vars(args).get
    return base.merged(
        binding=args.binding, server_type=args.server_type, host=args.host, port=args.port,
        security=args.security, ca_file=args.ca_file, verify=verify, auth=args.auth,
        bind_user=args.bind_user, kerberos_host=args.kerberos_host, filter=args.filter,
        scope=args.scope,
        page_size=args.page_size, include_contacts=args.include_contacts,
        referrals=args.referrals, connect_timeout=args.timeout,
        receive_timeout=args.receive_timeout, **bounds_chosen(args),
        **{name: option(name) for name in MAPPING_FIELDS},
        ous=_ous(args), member_of=tuple(args.member_of) if args.member_of else None,
        nested_groups=False if args.direct_members else None,
        exclude=tuple(args.exclude) if args.exclude else None,
        groups_as_lists=args.groups_as_lists, groups_base=option("groups_base"),
        domain=option("domain"), database=database_option(args),
        username_from=option("username_from"),
        email_as_username=option("email_as_username"),
        include_disabled=option("include_disabled"),
        allow_role_addresses=option("allow_role_addresses"),
        quota=_quota(option("quota")),
        sign_in_names=(None if option("sign_in_names") is None
                       else parse_sources(option("sign_in_names"))),
    )


def _quota(value: str | None) -> str | None:
    """--quota as the profile keeps it: checked now (BadInput), `none` as no limit."""
    if value is None:
        return None
    return "" if parse_size(value) is None else value.strip()


def _ous(args: argparse.Namespace) -> tuple | None:
    chosen = [(dn, True) for dn in args.ou or ()] + [(dn, False) for dn in args.ou_only or ()]
    return tuple(chosen) if chosen else None


def password_for(args: argparse.Namespace, profile: Profile,
                 settings: ConnectionSettings) -> str | None:
    """The password for the chosen sign-in method, from the allowed sources only."""
    if settings.auth in ("anonymous", "kerberos"):
        return None
    return obtain_password(profile=profile.name or None, password_file=args.password_file,
                           prompt_for=settings.bind_user or settings.host,
                           use_keyring=profile.remember_password)


def out(text: str = "") -> None:
    """Print to stdout, control characters escaped, replacing what the console's encoding
    cannot show."""
    encoding = sys.stdout.encoding or "utf-8"
    sys.stdout.write(shown_lines(text).encode(encoding, "replace").decode(encoding) + "\n")
