"""Shared command-line plumbing: connection options, password sources, output."""

from __future__ import annotations

import argparse
import sys

from ldapwizard.core.directory.presets import PRESETS
from ldapwizard.core.directory.settings import AUTH_METHODS, SECURITIES, ConnectionSettings
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.profiles import Profile, ProfileStore
from ldapwizard.core.job.secrets import obtain_password


def connection_options() -> argparse.ArgumentParser:
    """A parent parser with the options every directory command shares."""
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("connection (override the saved profile)")
    group.add_argument("--profile", metavar="NAME", help="start from a saved profile")
    group.add_argument("--binding", metavar="STRING",
                       help="LDAP://host[:port]/DN, an LDAP URL, or a bare DN")
    group.add_argument("--server-type", choices=list(PRESETS), help="directory product preset")
    group.add_argument("--host", help="server host name or IP, or an AD domain name")
    group.add_argument("--port", type=int, help="TCP port (default 636 for LDAPS, else 389)")
    group.add_argument("--security", choices=SECURITIES, help="LDAPS, StartTLS or none")
    group.add_argument("--ca-file", metavar="PEM", help="verify the server against this CA")
    group.add_argument("--no-verify", action="store_true",
                       help="do NOT verify the server certificate (unsafe; logged)")
    group.add_argument("--auth", choices=AUTH_METHODS, help="how to sign in")
    group.add_argument("--bind-user", metavar="USER",
                       help="DN, user@domain, or DOMAIN\\user for NTLM")
    group.add_argument("--kerberos-host", metavar="NAME",
                       help="the DC's host name for the Kerberos ticket (when --host is an IP)")
    group.add_argument("--password-file", metavar="FILE",
                       help="read the password from the first line of FILE")
    group.add_argument("--filter", help="LDAP filter for users (default: the server type's)")
    group.add_argument("--scope", choices=("sub", "one"), help="search scope below the base DN")
    group.add_argument("--page-size", type=int, help="entries per page")
    group.add_argument("--include-contacts", action="store_true", default=None,
                       help="list mail-enabled contacts too (Active Directory)")
    group.add_argument("--ignore-referrals", action="store_const", const="ignore",
                       dest="referrals", help="skip referrals to other servers instead of failing")
    group.add_argument("--timeout", type=float, metavar="SECONDS",
                       help="connect timeout (default 5)")
    group.add_argument("--receive-timeout", type=float, metavar="SECONDS",
                       help="how long to wait for each server reply (default 30)")
    return parser


def profile_from_args(args: argparse.Namespace) -> Profile:
    """The saved profile (if any) with the command-line options applied."""
    base = ProfileStore().load(args.profile) if args.profile else Profile()
    verify = None
    if args.no_verify and args.ca_file:
        raise BadInput("--no-verify and --ca-file contradict each other; give one.")
    if args.no_verify:
        verify = "off"
    elif args.ca_file:
        verify = "cafile"
    return base.merged(
        binding=args.binding, server_type=args.server_type, host=args.host, port=args.port,
        security=args.security, ca_file=args.ca_file, verify=verify, auth=args.auth,
        bind_user=args.bind_user, kerberos_host=args.kerberos_host, filter=args.filter,
        scope=args.scope,
        page_size=args.page_size, include_contacts=args.include_contacts,
        referrals=args.referrals, connect_timeout=args.timeout,
        receive_timeout=args.receive_timeout,
    )


def password_for(args: argparse.Namespace, profile: Profile,
                 settings: ConnectionSettings) -> str | None:
    """The password for the chosen sign-in method, from the allowed sources only."""
    if settings.auth in ("anonymous", "kerberos"):
        return None
    return obtain_password(profile=profile.name or None, password_file=args.password_file,
                           prompt_for=settings.bind_user or settings.host,
                           use_keyring=profile.remember_password)


def out(text: str = "") -> None:
    """Print to stdout, replacing what the console's encoding cannot show."""
    encoding = sys.stdout.encoding or "utf-8"
    sys.stdout.write(text.encode(encoding, "replace").decode(encoding) + "\n")
