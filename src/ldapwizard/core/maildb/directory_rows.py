"""A profile's `directories` row is never re-pointed to another directory without a word.

A directory user signs in only in the directory and entry (stable id) it was imported from:
Dovecot searches the row's server below the row's base DN for the user's stable id. If a
sync or import quietly rewrote the row when the profile was saved with another server (a new
server, or the profile name used again), the users of the first directory would be searched
for by their old ids in the second one, whose admin could plant an entry with such an id and
sign in as them. So a row that users were imported with keeps its server (host and port),
base DN (it may narrow to a subtree), server type and stable-id attribute unless the admin
says the directory moved (the same directory under a new name or address, or a replica with
the same stable ids); the security, CA file and URI scheme may change freely.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ldapwizard.core.errors import BadInput

if TYPE_CHECKING:
    from ldapwizard.core.maildb.accounts import DirectorySource

MOVED_OPTION = "--directory-moved"


@dataclass(frozen=True)
class DirectoryMove:
    """How a profile's directory now differs from the one its users were imported from."""

    profile: str
    before: str
    after: str
    users: int

    def record(self) -> dict:
        """What the batch records of the move."""
        return {"from": self.before, "to": self.after, "users": self.users}


class DirectoryChanged(BadInput):
    """The profile names another directory than the one its users were imported from."""

    def __init__(self, move: DirectoryMove):
        again = f"ldapwizard sync {shlex.quote('--profile=' + move.profile)} {MOVED_OPTION}"
        super().__init__(
            f'The profile "{move.profile}" now names {move.after}, but its {move.users} '
            f"imported users came from {move.before} and sign in there only (another "
            "directory could hold an entry with their stable id). Nothing was written.",
            hint="If it is the same directory under a new name or address, or a replica of "
            f"it holding the same entries (the same stable ids), say so once: `{again}` "
            "(import takes it too; the batch records it). If it is another directory, save "
            "it as a new profile (`ldapwizard profile save NEWNAME …`) and import from that "
            f'one; or save "{move.profile}" with its earlier server again.')
        self.move = move


def _where(uri: str) -> tuple[str, int | None]:
    try:
        parts = urlsplit(uri)
        return (parts.hostname or "").casefold(), parts.port
    except ValueError:  # a row written by hand: compared as it stands
        return uri, None


def _rdns(dn: str) -> tuple | None:
    """A plain DN's RDNs, case-folded, last first; None for one with escapes, quotes or
    multi-valued RDNs (compared as written: the user database side reads no DN syntax)."""
    if any(c in dn for c in '\\"+;#<>'):
        return None
    rdns = []
    for part in reversed(dn.split(",")):
        attribute, equals, value = part.partition("=")
        if not equals or not value.strip():
            return None
        rdns.append((attribute.strip().casefold(), value.strip().casefold()))
    return tuple(rdns)


def _within(new: str, old: str) -> bool:
    """True when the new base DN is the old one or below it: a search there finds a subset
    of the same entries (a broader one may reach a naming context of another admin)."""
    if not old.strip():  # the server's whole tree was searched already
        return True
    new_rdns, old_rdns = _rdns(new), _rdns(old)
    if new_rdns is None or old_rdns is None:
        return new == old
    return new_rdns[:len(old_rdns)] == old_rdns


def _described(uri: str, base_dn: str, server_type: str, stable_id_attribute: str) -> str:
    return (f"{uri} (base DN {base_dn or '(none)'}, {server_type}, stable id "
            f"{stable_id_attribute})")


def directory_move(db, source: DirectorySource) -> DirectoryMove | None:
    """How `source` differs from its profile's row, when users were imported with that row;
    None when the row is new, the same directory or no user needs it."""
    row = db.execute("SELECT id, uri, base_dn, server_type, stable_id_attribute FROM "
                     "directories WHERE name = ?", (source.name,)).fetchone()
    if row is None:
        return None
    row_id, uri, base_dn, server_type, stable_id_attribute = row
    if (_where(uri) == _where(source.uri) and _within(source.base_dn, base_dn)
            and server_type == source.server_type
            and stable_id_attribute.casefold() == source.stable_id_attribute.casefold()):
        return None
    (users,) = db.execute("SELECT count(*) FROM users WHERE directory_id = ?",
                          (row_id,)).fetchone()
    if not users:  # nobody signs in there: the row may follow the profile
        return None
    return DirectoryMove(
        source.job_name or source.name, _described(uri, base_dn, server_type, stable_id_attribute),
        _described(source.uri, source.base_dn, source.server_type,
                   source.stable_id_attribute), users)


def allowed_move(db, source: DirectorySource | None, moved: bool) -> DirectoryMove | None:
    """The move of `source`'s directory that `moved` allows (to be recorded), or None when
    there is none; DirectoryChanged when there is one and `moved` is not given."""
    move = directory_move(db, source) if source is not None else None
    if move is not None and not moved:
        raise DirectoryChanged(move)
    return move


def check_directory(database, source: DirectorySource | None, moved: bool) -> None:
    """DirectoryChanged before a run reads the directory or writes anything, when the
    profile's directory is not the one its users were imported from."""
    if source is None:
        return
    with database.reading() as db:
        allowed_move(db, source, moved)
