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
from ldapwizard.i18n import _

_DEFAULT = Bounds()
_SIZES = ("max_value_size", "max_message_size", "max_page_bytes")


def bounds_options(group) -> None:
    """Add the bounds' options to an argument group."""
    default = {name: shown_size(getattr(_DEFAULT, name)) for name in _SIZES}
    group.add_argument("--max-value-size", metavar="SIZE", help=_(
        "the most a server may send for one attribute value, e.g. 4M (default {size}); a run "
        "stops past it", size=default["max_value_size"]))
    group.add_argument("--max-message-size", metavar="SIZE", help=_(
        "the most a server may send for one LDAP message (an entry with all its values; at "
        "least what one value needs), e.g. 4M (default {size}); a run stops past it",
        size=default["max_message_size"]))
    group.add_argument("--max-page-bytes", metavar="SIZE", help=_(
        "the most a server may send for the replies to one page request (at least one "
        "message), e.g. 4M (default {size}); a run stops past it",
        size=default["max_page_bytes"]))
    group.add_argument("--listing-deadline", metavar="DURATION", help=_(
        "the longest a listing may take, and all a sync reads from the directory, e.g. 90m or "
        "2h (default {duration}); a run stops past it",
        duration=shown_duration(_DEFAULT.listing_deadline)))


def bounds_chosen(args: argparse.Namespace) -> dict:
    """The profile fields the bounds' options set (None where not given); BadInput if unusable."""
    option = vars(args).get
    chosen = {name: None if option(name) is None else parse_size(option(name), "--" + name.replace(
        "_", "-")) for name in _SIZES}
    deadline = option("listing_deadline")
    chosen["listing_deadline"] = None if deadline is None else parse_duration(
        deadline, "--listing-deadline")
    Bounds.of(**chosen).check()
    return chosen
