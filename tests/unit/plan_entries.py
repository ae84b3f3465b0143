"""Planned entries as the Users table and its Qt model receive them, built without Qt.

Shared by tests/unit/test_users_table.py and tests/gui/test_users_model.py.
"""

from __future__ import annotations

from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM, PlanEntry

DOMAIN = "example.com"


def person(uid: str, *, display: str = "", email: str | None = "",
           aliases: tuple[str, ...] = (), ou: str = "people") -> DirectoryUser:
    """A directory user as the engine decodes it; email defaults to uid@example.com."""
    return DirectoryUser(
        dn=f"uid={uid},ou={ou},dc=example,dc=com", stable_id=f"id-{uid}", username=uid,
        email=f"{uid}@{DOMAIN}" if email == "" else email, aliases=aliases,
        display_name=display or uid.title(), disabled=False, kind="user")


def new(uid: str, *, aliases: tuple[str, ...] = (), notes: tuple[str, ...] = (),
        **user) -> PlanEntry:
    """An entry the import will create, under its uid."""
    return PlanEntry(person(uid, **user), NEW, "", uid, uid, aliases, notes)


def hidden(uid: str, **user) -> PlanEntry:
    """An entry hidden because it was imported before."""
    return PlanEntry(person(uid, **user), HIDDEN, f"already imported as {uid}@{DOMAIN}")


def problem(uid: str, reason: str, **user) -> PlanEntry:
    """An entry that cannot be imported, for `reason`."""
    return PlanEntry(person(uid, **user), PROBLEM, reason)


def sample() -> list[PlanEntry]:
    """Six entries in listing order: four new, one problem, one hidden."""
    return [
        new("carl", display="Carl Zeiss", ou="sales"),
        new("anna", display="Anna Müller", aliases=("a.mueller",),
            notes=("alias anna@other.org is outside example.com; not imported",)),
        problem("dave", "no email address in the directory", email=None,
                aliases=("dave@old.example",)),
        new("Bob", display="bob BUILDER"),
        hidden("erin", display="Erin Old"),
        new("émile", display="Émile Zola", ou="paris"),
    ]
