"""The options that bound what a directory server may send: --max-value-size,
--max-message-size, --max-page-bytes and --listing-deadline (core/directory/bounds.py)."""

from __future__ import annotations

import argparse

from ldapwizard.core.directory.bounds import (
    Bounds,
    parse_duration,
    parse_size,
    shown_duration,
    shown_size,
)

_DEFAULT = Bounds()
_SIZES = (("max_value_size", "one attribute value"),
          ("max_message_size", "one LDAP message (an entry with all its values; at least "
           "what one value needs)"),
          ("max_page_bytes", "the replies to one page request (at least one message)"))


def bounds_options(group) -> None:
    """Add the bounds' options to an argument group."""
    for name, what in _SIZES:
        group.add_argument("--" + name.replace("_", "-"), metavar="SIZE",
                           help=f"the most a server may send for {what}, e.g. 4M (default "
                           f"{shown_size(getattr(_DEFAULT, name))}); a run stops past it")
    group.add_argument("--listing-deadline", metavar="DURATION",
                       help="the longest a listing may take, and all a sync reads from the "
                       "directory, e.g. 90m or 2h (default "
                       f"{shown_duration(_DEFAULT.listing_deadline)}); a run stops past it")


def bounds_chosen(args: argparse.Namespace) -> dict:
    """The profile fields the bounds' options set (None where not given); BadInput if unusable."""
    option = vars(args).get
    chosen = {name: None if option(name) is None else parse_size(option(name), "--" + name.replace(
        "_", "-")) for name, _ in _SIZES}
    deadline = option("listing_deadline")
    chosen["listing_deadline"] = None if deadline is None else parse_duration(
        deadline, "--listing-deadline")
    Bounds.of(**chosen).check()
    return chosen
