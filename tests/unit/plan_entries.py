"""Planned entries as the Users table and its Qt model receive them, built without Qt.

Shared by tests/unit/test_users_table.py and tests/gui/test_users_model.py.
"""

from __future__ import annotations

import random

from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM, PlanEntry
from ldapwizard.core.preview.columns import TEXT

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


# Texts that sort apart only by case, or casefold alike (ß and SS), or are not ASCII.
_NAMES = ("anna", "Anna", "ANNA", "bob", "Bob", "émile", "Émile", "zoë", "straße", "STRASSE",
          "łukasz", "Ørsted", "carl", "x")


def varied(count: int, seed: int) -> list[PlanEntry]:
    """Entries whose every column has ties, case differences and non-ASCII text; some hidden,
    some problems."""
    rng = random.Random(seed)
    entries = []
    for number in range(count):
        uid = rng.choice(_NAMES) + rng.choice(("", "", str(number % 7)))
        user = {"display": rng.choice(_NAMES).title() + rng.choice(("", " Müller", " MÜLLER")),
                "ou": rng.choice(("people", "People", "sales", "Straße"))}
        roll = rng.random()
        if roll < 0.1:
            entries.append(hidden(uid, **user))
        elif roll < 0.2:
            entries.append(problem(uid, rng.choice(("no email", "No email", "bad")), **user))
        else:
            entries.append(new(uid, aliases=rng.choice(((), ("a.b",), ("A.B",), ("zz",))),
                               notes=rng.choice(((), ("note",), ("Note",), ("ärger",))),
                               **user))
    return entries


def plainly_sorted(entries: list[PlanEntry], column: int, descending: bool) -> list[PlanEntry]:
    """The entries in the order a plain stable sort of the column's casefolded texts gives."""
    return sorted(entries, key=lambda entry: TEXT[column](entry, DOMAIN).casefold(),
                  reverse=descending)
