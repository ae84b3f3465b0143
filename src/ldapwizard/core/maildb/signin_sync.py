"""Sync of the extra sign-in names (signin.py): a known user's names follow the directory's
username and UPN as the job's choice asks — added when new, taken away when the directory
renamed them or the job no longer allows them. Removals go first, so a name one user gave up
can go to another in the same sync; a name another user holds, two users would take, or an
alias's or list's address, is not added (said in the report's notes), never an error.
"""

from __future__ import annotations

from collections.abc import Iterable

from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb import localparts, signin


def _chunked(items: list, size: int = 500) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def sync_names(db, domain_id: int, domain: str, profile: str,
               known: list[tuple[int, str, DirectoryUser]], sources: tuple[str, ...],
               reasons: dict[str, list[str]], notes: list[str]) -> list[str]:
    """Bring the extra names of `known` (user id, local part, directory entry) in step;
    the addresses changed, their reasons added to `reasons`, refusals to `notes`."""
    rows = db.execute(
        "SELECT u.id, u.login_key, n.name_key FROM users u JOIN domains d ON d.id = u.domain_id "
        "LEFT JOIN login_names n ON n.user_id = u.id AND n.name_key <> u.login_key "
        "AND n.name_key <> u.local_key || '@' || d.name "
        "WHERE u.domain_id = ? AND u.profile = ? AND u.auth = 'directory'",
        (domain_id, profile)).fetchall()
    logins: dict[int, str] = {}
    have: dict[int, set[str]] = {}
    for user_id, login_key, name_key in rows:
        logins[user_id] = login_key
        if name_key is not None:
            have.setdefault(user_id, set()).add(name_key)
    if not sources and not have:
        return []
    wanted: dict[int, dict[str, str]] = {}  # user id -> key -> name as the directory has it
    changed: list[str] = []
    for user_id, local, user in known:
        address = f"{local}@{domain}"
        names, refused = signin.candidates(user, sources, (logins.get(user_id, ""),
                                                           address))
        notes.extend(f"{address}: {note}" for note in refused)
        wanted[user_id] = {name.casefold(): name for name in names}
        gone = have.get(user_id, set()) - wanted[user_id].keys()
        if gone:
            signin.remove(db, user_id, gone)
            reasons.setdefault(address, []).append(
                "no longer signs in as " + ", ".join(sorted(gone)))
            changed.append(address)
    adding = {user_id: {k: n for k, n in names.items() if k not in have.get(user_id, ())}
              for user_id, names in wanted.items()}
    claims: dict[str, int] = {}
    for names in adding.values():
        for key in names:
            claims[key] = claims.get(key, 0) + 1
    keys = list(claims)
    held: dict[str, int] = {}
    for chunk in _chunked(keys):
        held.update(signin.holders(db, chunk))
        marks = ", ".join("?" * len(chunk))
        held.update((key, 0) for (key,) in db.execute(
            f"SELECT address_key FROM addresses WHERE kind <> 'user' AND address_key IN "
            f"({marks})", tuple(chunk)).fetchall())
    for user_id, local, _ in known:
        address = f"{local}@{domain}"
        kept: dict[str, str] = {}
        for key, name in adding.get(user_id, {}).items():
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
