"""Sync of the extra sign-in names (signin.py): a known user's names follow the directory's
username and UPN as the job's choice asks — added when new, taken away when the directory
renamed them or the job no longer allows them. Removals go first, so a name one user gave up
can go to another in the same sync; a name another user holds, two users would take, or an
alias's or list's address, is not added (said in the report's notes), never an error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb import localparts, signin

CHUNK = 500  # users read and brought in step at a time: memory flat in the directory's size


def _chunked(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


def sync_names(db, domain_id: int, domain: str, profile: str,
               known: Iterable[tuple[int, str, DirectoryUser]], sources: tuple[str, ...],
               reasons: dict[str, list[str]], notes: list[str]) -> list[str]:
    """Bring the extra names of `known` (user id, local part, directory entry; read once, a
    chunk at a time, so a generator keeps memory flat) in step; the addresses changed, their
    reasons added to `reasons`, refusals to `notes`."""
    if not sources and not _any_extra(db, domain_id, profile):
        return []
    changed: list[str] = []
    adding: dict[int, tuple[str, dict[str, str]]] = {}  # user id -> (address, key -> name)
    claims: dict[str, int] = {}
    for chunk in _chunked(known):
        logins, have = _names_of(db, [user_id for user_id, _, _ in chunk])
        for user_id, local, user in chunk:
            address = f"{local}@{domain}"
            names, refused = signin.candidates(user, sources, (logins.get(user_id, ""),
                                                               address))
            notes.extend(f"{address}: {note}" for note in refused)
            wanted = {name.casefold(): name for name in names}
            held_now = have.get(user_id, set())
            gone = held_now - wanted.keys()
            if gone:
                signin.remove(db, user_id, gone)
                reasons.setdefault(address, []).append(
                    "no longer signs in as " + ", ".join(sorted(gone)))
                changed.append(address)
            new = {k: n for k, n in wanted.items() if k not in held_now}
            if new:
                adding[user_id] = (address, new)
                for key in new:
                    claims[key] = claims.get(key, 0) + 1
    held: dict[str, int] = {}
    for chunk in _chunked(claims):
        held.update(signin.holders(db, chunk))
        marks = ", ".join("?" * len(chunk))
        held.update((key, 0) for (key,) in db.execute(
            f"SELECT address_key FROM addresses WHERE kind <> 'user' AND address_key IN "
            f"({marks})", tuple(chunk)).fetchall())
    for user_id, (address, names) in adding.items():
        kept: dict[str, str] = {}
        for key, name in names.items():
            if key in held or claims[key] > 1:
                notes.append(f"{address}: sign-in name {localparts.shown(name)} is not "
                             "added: another user or address has it")
            else:
                kept[key] = name
        if kept:
            signin.add(db, user_id, kept)
            reasons.setdefault(address, []).append(signin.signs_in_also(kept.values()))
            changed.append(address)
    return changed


# an extra name: a login name that is neither the user's login nor its address
_EXTRA = ("n.name_key <> u.login_key AND n.name_key <> u.local_key || '@' || d.name")


def _any_extra(db, domain_id: int, profile: str) -> bool:
    """True when any user of the profile in the domain has an extra sign-in name."""
    return db.execute(
        "SELECT 1 FROM users u JOIN domains d ON d.id = u.domain_id JOIN login_names n "
        f"ON n.user_id = u.id AND {_EXTRA} WHERE u.domain_id = ? AND u.profile = ? "
        "AND u.auth = 'directory' LIMIT 1", (domain_id, profile)).fetchone() is not None


def _names_of(db, user_ids: list[int]) -> tuple[dict[int, str], dict[int, set[str]]]:
    """The login key and the extra names of each of these users."""
    logins: dict[int, str] = {}
    have: dict[int, set[str]] = {}
    if not user_ids:
        return logins, have
    marks = ", ".join("?" * len(user_ids))
    for user_id, login_key, name_key in db.execute(
            "SELECT u.id, u.login_key, n.name_key FROM users u JOIN domains d "
            f"ON d.id = u.domain_id LEFT JOIN login_names n ON n.user_id = u.id AND {_EXTRA} "
            f"WHERE u.id IN ({marks})", tuple(user_ids)).fetchall():
        logins[user_id] = login_key
        if name_key is not None:
            have.setdefault(user_id, set()).add(name_key)
    return logins, have
