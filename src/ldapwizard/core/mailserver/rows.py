"""The checks a row of `directories` passes before any of its values is written into the mail
servers' configuration: the database is read by daemons, so a value in it is input.

Each value must be what ldapwizard itself records (`Profile.directory_source`): a name without
control or invisible characters, an `ldap://` or `ldaps://` URI of a host and port, a
security matching it, a known server type, an attribute name, a DN, an absolute CA path.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath, PureWindowsPath

from ldap3.core.exceptions import LDAPInvalidDnError
from ldap3.utils.dn import parse_dn

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput

# the presets' keys (core.directory.presets, which this side may not import; a test compares)
SERVER_TYPES = ("ad", "openldap", "389ds", "edirectory", "communigate", "generic")
SECURITIES = {"none": "ldap", "starttls": "ldap", "ldaps": "ldaps"}  # -> the URI's scheme
_URI = re.compile(r"(ldaps?)://([A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\])"
                  r"(?::([0-9]{1,5}))?/?", re.ASCII)
_ATTRIBUTE = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,63}", re.ASCII)
# control, format (invisible, bidi), surrogate, private, unassigned, line/paragraph separators
_HIDDEN = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
MAX_TEXT = 1024


def hidden_characters(text: str) -> bool:
    """Whether `text` holds a character a configuration line or a reader could mistake."""
    return any(unicodedata.category(c) in _HIDDEN for c in text)


def _refuse(row_id: int, name: object, column: str, value: object, why: str) -> BadInput:
    """`why`: a reason in the admin's language (a clause such as "not a DN")."""
    return BadInput(i18n._("Row {row} of the table directories (name {name}) has a {column} "
                           "the mail server configuration cannot hold: {value} ({why}).",
                           row=row_id, name=repr(name), column=column, value=repr(value),
                           why=why),
                    hint=i18n._("ldapwizard never writes such a value: someone changed the "
                                "database. Correct the row, or save the profile again and run "
                                "`ldapwizard sync --profile NAME`, then render again."))


def check_directory_row(row_id: int, name: object, uri: object, security: object,
                        ca_file: object, base_dn: object, server_type: object,
                        stable_id_attribute: object) -> None:
    """BadInput naming the row and column of the first value that is not as recorded."""
    def text(column: str, value: object, *, empty: bool = False) -> str:
        if not isinstance(value, str) or (not value and not empty):
            raise _refuse(row_id, name, column, value,
                          i18n._("not a text") if value else i18n._("empty"))
        if hidden_characters(value) or len(value) > MAX_TEXT:
            raise _refuse(row_id, name, column, value,
                          i18n._("a control or invisible character, or too long"))
        return value

    text("name", name)
    match = _URI.fullmatch(text("uri", uri))
    if not match or (match.group(4) and not 0 < int(match.group(4)) < 65536):
        raise _refuse(row_id, name, "uri", uri,
                      i18n._("not ldap://HOST:PORT or ldaps://HOST:PORT"))
    if SECURITIES.get(text("security", security)) != match.group(1):
        raise _refuse(row_id, name, "security", security,
                      i18n._("not one of {values} matching the URI",
                             values=", ".join(SECURITIES)))
    if ca_file is not None and ca_file != "":
        path = text("ca_file", ca_file)
        if not (PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute()):
            raise _refuse(row_id, name, "ca_file", ca_file, i18n._("not an absolute path"))
    if text("base_dn", base_dn, empty=True):
        try:
            parse_dn(base_dn)
        except LDAPInvalidDnError:
            raise _refuse(row_id, name, "base_dn", base_dn, i18n._("not a DN")) from None
    if text("server_type", server_type) not in SERVER_TYPES:
        raise _refuse(row_id, name, "server_type", server_type,
                      i18n._("not one of {values}", values=", ".join(SERVER_TYPES)))
    if not _ATTRIBUTE.fullmatch(text("stable_id_attribute", stable_id_attribute)):
        raise _refuse(row_id, name, "stable_id_attribute", stable_id_attribute,
                      i18n._("not an attribute name"))


def check_service_dn(dn: str, directory: str) -> None:
    """BadInput when a service account's DN holds a character no configuration line can."""
    if hidden_characters(dn) or len(dn) > MAX_TEXT:
        raise BadInput(i18n._('The service account {dn} of the directory "{name}" contains a '
                              "control or invisible character.", dn=repr(dn), name=directory),
                       hint=i18n._("Give its DN as the directory shows it, with "
                                   '--service-account "{name}=DN".', name=directory))


def check_domain(domain: object) -> None:
    """BadInput when a row of `domains` holds a name no README or configuration line can."""
    if not isinstance(domain, str) or not domain or len(domain) > 253 or \
            hidden_characters(domain) or any(c.isspace() for c in domain):
        raise BadInput(i18n._("The table domains holds a name the mail server configuration "
                              "cannot hold: {domain} (empty, too long, a space, a control or "
                              "invisible character).", domain=repr(domain)),
                       hint=i18n._("ldapwizard never writes such a name: someone changed the "
                                   "database. Correct or remove the row, then render again."))
