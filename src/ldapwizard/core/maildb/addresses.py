"""Mail addresses: split, validate and compare the way the user database does."""

from __future__ import annotations

import re

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput

# RFC 5322 atext plus dots, and any non-ASCII letter (RFC 6531); no spaces, quotes or brackets.
_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\u0080-\U0010FFFF]+\Z")
_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\Z")


def key(local_part: str) -> str:
    """The comparison key of a local part: case does not matter."""
    return local_part.casefold()


def local_part_problem(local_part: str) -> str | None:
    """Why a local part cannot be a mailbox name, or None when it can."""
    if not local_part:
        return i18n._("the local part is empty")
    if len(local_part.encode("utf-8")) > 64:
        return i18n._('"{local}" is longer than 64 bytes', local=local_part)
    if not _LOCAL.match(local_part) or any(c.isspace() or ord(c) < 32 for c in local_part):
        return i18n._('"{local}" contains characters not allowed in a mailbox name',
                      local=local_part)
    if local_part.startswith(".") or local_part.endswith(".") or ".." in local_part:
        return i18n._('"{local}" has a leading, trailing or doubled dot', local=local_part)
    return None


def normalise_domain(domain: str) -> str:
    """A mail domain in lower-case ASCII (IDNA), or BadInput."""
    text = domain.strip().rstrip(".").lower()
    try:
        ascii_name = text.encode("idna").decode("ascii") if text else ""
    except UnicodeError:
        raise BadInput(i18n._('"{domain}" is not a valid mail domain.', domain=domain)) from None
    labels = ascii_name.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise BadInput(i18n._('"{domain}" is not a valid mail domain.', domain=domain),
                       hint=i18n._("Give a domain such as example.com."))
    return ascii_name


def split(address: str) -> tuple[str, str]:
    """(local part, domain) of an address; BadInput when it is not one."""
    local, sep, domain = address.strip().rpartition("@")
    if not sep or not local:
        raise BadInput(i18n._('"{address}" is not a mail address (local@domain).',
                              address=address))
    problem = local_part_problem(local)
    if problem:
        raise BadInput(i18n._('"{address}" is not a valid mail address: {problem}.',
                              address=address, problem=problem))
    return local, normalise_domain(domain)


def domain_of(address: str) -> str | None:
    """The normalised domain of an address, or None when it has none that is valid."""
    _, sep, domain = address.rpartition("@")
    if not sep:
        return None
    try:
        return normalise_domain(domain)
    except BadInput:
        return None


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")


def mailbox_path(domain: str, local_key: str) -> str:
    """The mailbox folder of an address, relative to the mail root: `domain/name/`.

    Fixed when the user is created, and safe on every file system: only a-z, 0-9, `-`, `_`
    and (not first) `.` stay as they are; every other byte of the UTF-8 name becomes `=XX`
    (so `x/y` is `x=2fy`, never a folder inside `x`'s, and no name is `.` or `..`). `=`
    itself is escaped, so two keys never share a path.
    """
    return f"{normalise_domain(domain)}/{mailbox_name(local_key)}/"


def mailbox_name(local_key: str) -> str:
    """The folder name part of `mailbox_path` (for callers that hold a normalised domain)."""
    if local_key.isascii() and local_key[:1] != "." and _SAFE.issuperset(local_key):
        return local_key  # the common case, without a loop over its characters
    encoded = []
    for index, char in enumerate(local_key):
        if char in _SAFE and not (char == "." and index == 0):
            encoded.append(char)
        else:
            encoded.extend(f"={byte:02x}" for byte in char.encode("utf-8"))
    return "".join(encoded)
