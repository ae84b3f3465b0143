"""Extra sign-in names (issue 26): besides the login and the full address, a job may let its
users sign in with the directory's own name (sAMAccountName, uid) and with the UPN.

Each name is folded as a login is (casefolded; Dovecot lower-cases A-Z only, so a name it
would fold differently is never added), must pass the checks a local part takes against
deceiving text (localparts.py), and is unique across the whole database: `login_names`'
primary key holds every name of every user. An extra name that cannot be had — taken by
another user's login or address, claimed by two entries, deceiving — is dropped with a note
and the user is imported all the same: the login and the full address always sign in, and
refusing the mailbox over a convenience name would punish the user for a directory's
clutter. The names live in `login_names` only (no column of their own): a user's extra names
are its rows there other than its login and its address, so the schema stays at version 6,
and the user's removal (undo, sync) takes them with it (users_unname_logins).
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import addresses, localparts
from ldapwizard.core.maildb.snapshot import among

SOURCES = ("directory", "upn")  # the directory's username attribute, userPrincipalName
SIGNS_IN_ALSO = "signs in also as "  # the English of signs_in_also(), for those who look


def signs_in_also(names: Iterable[str]) -> str:
    """A report's or plan's note naming the extra sign-in names, in the admin's language."""
    return i18n._("signs in also as {names}", names=", ".join(names))


def parse_sources(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """`directory,upn` (or the profile's list) as a tuple in a stable order; BadInput on a
    word that is not a source. `none` or empty: no extra names."""
    if text is None:
        return ()
    words = text.split(",") if isinstance(text, str) else list(text)
    chosen = {w.strip().lower() for w in words if w.strip()} - {"none"}
    unknown = sorted(chosen - set(SOURCES))
    if unknown:
        raise BadInput(f'"{", ".join(unknown)}" is not a kind of sign-in name.',
                       hint=f"Choose from: {', '.join(SOURCES)} (comma-separated), or none.")
    return tuple(s for s in SOURCES if s in chosen)


def name_problem(name: str) -> str | None:
    """Why `name` must not be a sign-in name, or None."""
    if not name or len(name) > 255 or any(c.isspace() or ord(c) < 32 for c in name):
        return "not a name the mail server can take (empty, too long or with spaces)"
    local, at, _ = name.rpartition("@")
    local = local if at else name
    if at and (not local or addresses.domain_of(name) is None):
        return "not a valid address"
    if not local.isascii():
        problem = localparts.hostile_problem(local)
        if problem:
            return problem
    return localparts.login_problem(name)


def candidates(user, sources: tuple[str, ...], own: Iterable[str]) -> tuple[list[str], list[str]]:
    """The extra names `sources` give a directory entry, each once and none of its `own`
    (login and address keys); and the notes of those refused by the checks."""
    seen = {key.casefold() for key in own}
    names: list[str] = []
    notes: list[str] = []
    for source in sources:
        name = (user.username if source == "directory" else user.upn) or ""
        name = name.strip()
        if not name or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        problem = name_problem(name)
        if problem:
            notes.append(i18n._("sign-in name {name} is not added: {problem}",
                                name=localparts.shown(name), problem=problem))
        else:
            names.append(name)
    return names, notes


def keys_of(names: Iterable[str]) -> list[str]:
    """The names as login_names holds them."""
    return [name.casefold() for name in names]


def current(db, user_id: int) -> dict[str, str]:
    """A user's extra names in the database: key -> key (its rows of login_names other than
    its login and its address)."""
    rows = db.execute(
        "SELECT n.name_key FROM login_names n JOIN users u ON u.id = n.user_id "
        "JOIN domains d ON d.id = u.domain_id WHERE n.user_id = ? "
        "AND n.name_key <> u.login_key AND n.name_key <> u.local_key || '@' || d.name",
        (user_id,)).fetchall()
    return {row[0]: row[0] for row in rows}


def holders(db, keys: list[str]) -> dict[str, int]:
    """key -> the id of the user holding it, for the keys taken."""
    if not keys:
        return {}
    marks = ", ".join("?" * len(keys))
    return dict(db.execute(f"SELECT name_key, user_id FROM login_names WHERE name_key IN "
                           f"({marks})", tuple(keys)).fetchall())


def add(db, user_id: int, keys: Iterable[str]) -> None:
    """Give a user extra names; one taken since the plan is left to its holder."""
    db.executemany("INSERT INTO login_names (name_key, user_id) VALUES (?, ?) "
                   "ON CONFLICT DO NOTHING", [(key, user_id) for key in keys])


def add_by_address(db, domain_id: int, named: list[tuple[str, str]]) -> None:
    """Give the users just created their extra names: (local key, name key) pairs."""
    db.executemany("INSERT INTO login_names (name_key, user_id) SELECT ?, id FROM users "
                   "WHERE domain_id = ? AND local_key = ? ON CONFLICT DO NOTHING",
                   [(key, domain_id, local) for local, key in named])


def remove(db, user_id: int, keys: Iterable[str]) -> None:
    """Take extra names from a user."""
    db.executemany("DELETE FROM login_names WHERE name_key = ? AND user_id = ?",
                   [(key, user_id) for key in keys])


def drop_taken(entries: list, snapshot, domain: str) -> None:
    """Drop, with a note, a planned entry's extra name that another user of the database
    signs in with, or that is an alias's or a list's address in `domain`."""
    if not entries:
        return
    suffix = "@" + domain
    keys = [key for e in entries for key in keys_of(e.sign_in)]
    taken = among(snapshot.usernames, keys)
    owner_of = among(snapshot.namespace, [
        key[:-len(suffix)] for key in keys if key.endswith(suffix)]).get
    for entry in entries:
        kept, notes = [], list(entry.notes)
        for name in entry.sign_in:
            key = name.casefold()
            owner = owner_of(key[:-len(suffix)]) if key.endswith(suffix) else None
            if key in taken or owner:
                notes.append(i18n._("sign-in name {name} is not added: another user or "
                                    "address has it", name=localparts.shown(name)))
            else:
                kept.append(name)
        entry.sign_in, entry.notes = tuple(kept), tuple(notes)


def drop_named_aliases(entries: list, snapshot, domain: str,
                       named: Container[str] | None = None) -> None:
    """Drop, with a note, a planned alias whose address is another user's extra sign-in
    name (a user's own address would have hidden the entry already); `named`, when given,
    the sign-in names already found among the aliases' addresses (the planner's look-up)."""
    if not entries:
        return
    suffix = "@" + domain
    if named is None:
        named = among(snapshot.usernames, [
            alias.casefold() + suffix for e in entries for alias in e.aliases])
    if not named:
        return
    for entry in entries:
        kept, notes = [], list(entry.notes)
        for alias in entry.aliases:
            if alias.casefold() + suffix in named:
                notes.append(f"alias {localparts.shown(alias)}{suffix} is not imported: "
                             "another user signs in with it")
            else:
                kept.append(alias)
        entry.aliases, entry.notes = tuple(kept), tuple(notes)
