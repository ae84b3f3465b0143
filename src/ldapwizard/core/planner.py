"""Planning: for each directory entry, what would be created, or why it is hidden or blocked.

Status, in order of precedence:
  hidden   already imported (same stable id, even after a rename or move), or its username,
           address or an alias exists in the target domain as a user, alias or mailing list;
  problem  cannot be imported as is (no email, address outside the domain, invalid local
           part, disabled unless included, duplicate address within the directory, not a
           person);
  new      will be created.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ldapwizard.core import addresses
from ldapwizard.core.accounts import KIND_WORDS
from ldapwizard.core.records import DirectoryUser

NEW, HIDDEN, PROBLEM = "new", "hidden", "problem"
USERNAME_SOURCES = ("email", "directory")


@dataclass(frozen=True)
class PlanOptions:
    """The admin's choices that shape usernames and what may be imported."""

    domain: str
    username_source: str = "email"  # local part of the email, or the directory's username
    email_as_username: bool = False  # the full address is the login name
    include_disabled: bool = False


@dataclass(slots=True)
class PlanEntry:
    """One directory entry and its fate."""

    user: DirectoryUser
    status: str
    reason: str = ""
    local_part: str | None = None
    username: str | None = None
    aliases: tuple[str, ...] = ()  # local parts in the target domain
    notes: tuple[str, ...] = ()

    def address(self, domain: str) -> str | None:
        return f"{self.local_part}@{domain}" if self.local_part else None


@dataclass
class Plan:
    """The whole preview: every entry of a complete listing, planned."""

    domain: str
    entries: list[PlanEntry]
    options: PlanOptions
    listing_notes: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for e in self.entries if e.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {status: self.count(status) for status in (NEW, HIDDEN, PROBLEM)}


def _candidate(user: DirectoryUser, options: PlanOptions, domain: str) -> PlanEntry:
    """Work out names for one entry; PROBLEM when it cannot have any."""
    notes: list[str] = []
    if user.kind == "computer":
        return PlanEntry(user, PROBLEM, "a computer account, not a person")
    if user.kind == "contact":
        return PlanEntry(user, PROBLEM, "a contact (an external address), not a mailbox")
    if not user.stable_id:
        return PlanEntry(user, PROBLEM, "no stable id in the directory (check the server type)")
    email = user.email
    email_domain = addresses.domain_of(email) if email else None
    email_local = email.rpartition("@")[0] if email else None
    aliases: list[str] = []
    if options.username_source == "directory" and not options.email_as_username:
        if not user.username:
            return PlanEntry(user, PROBLEM, "no username in the directory")
        local = username = user.username
        if email and email_domain == domain:
            if addresses.key(email_local) != addresses.key(local):
                aliases.append(email_local)
        elif email:
            notes.append(f"email {email} is outside {domain}; not used")
    else:
        if not email:
            return PlanEntry(user, PROBLEM, "no email address in the directory")
        if email_domain != domain:
            return PlanEntry(user, PROBLEM, f"address {email} is outside {domain}")
        local = email_local
        username = f"{email_local}@{domain}" if options.email_as_username else email_local
    problem = addresses.local_part_problem(local)
    if problem:
        return PlanEntry(user, PROBLEM, f"invalid mailbox name: {problem}", local, username)
    for alias in user.aliases:
        if addresses.domain_of(alias) != domain:
            notes.append(f"alias {alias} is outside {domain}; not imported")
            continue
        alias_local = alias.rpartition("@")[0]
        if addresses.local_part_problem(alias_local):
            notes.append(f"alias {alias} is not a valid address; not imported")
            continue
        aliases.append(alias_local)
    seen = {addresses.key(local)}
    unique = []
    for alias in aliases:
        if addresses.key(alias) not in seen:
            seen.add(addresses.key(alias))
            unique.append(alias)
    return PlanEntry(user, NEW, "", local, username, tuple(unique), tuple(notes))


def _existing(entry: PlanEntry, domain: str, namespace: dict[str, tuple[str, str]],
              usernames: set[str]) -> str | None:
    """Why the entry's names are taken (naming the existing owner as stored), or None."""
    for position, local in enumerate((entry.local_part, *entry.aliases)):
        owner = namespace.get(addresses.key(local))
        if owner:
            return f"{KIND_WORDS[owner[0]]} {owner[1]}@{domain} exists"
        if position == 0 and entry.username and entry.username.casefold() in usernames:
            return f"user name {entry.username} exists"
    return None


def make_plan(users: Iterable[DirectoryUser], options: PlanOptions, *,
              namespace: dict[str, tuple[str, str]], usernames: set[str],
              imported: dict[str, str]) -> Plan:
    """Plan a complete listing against what the target domain holds."""
    domain = addresses.normalise_domain(options.domain)
    entries: list[PlanEntry] = []
    for user in users:
        if user.stable_id and user.stable_id in imported:
            entries.append(PlanEntry(user, HIDDEN,
                                     f"already imported as {imported[user.stable_id]}@{domain}"))
            continue
        entry = _candidate(user, options, domain)
        if entry.status == NEW:
            exists = _existing(entry, domain, namespace, usernames)
            if exists:
                entry.status, entry.reason = HIDDEN, exists
            elif user.disabled and not options.include_disabled:
                entry.status, entry.reason = PROBLEM, "disabled account"
        entries.append(entry)
    _mark_duplicates([e for e in entries if e.status == NEW], domain)
    return Plan(domain, entries, options)


def _mark_duplicates(candidates: list[PlanEntry], domain: str) -> None:
    """Two entries claiming one address: both are problems; a clashing alias is dropped."""
    primary: dict[str, list[PlanEntry]] = defaultdict(list)
    for entry in candidates:
        primary[addresses.key(entry.local_part)].append(entry)
        if entry.username and entry.username.casefold() != addresses.key(entry.local_part):
            primary["\0" + entry.username.casefold()].append(entry)
    for key, claimants in primary.items():
        if len(claimants) > 1:
            for entry in claimants:
                others = ", ".join(o.user.dn for o in claimants if o is not entry)
                what = (f"user name {entry.username}" if key.startswith("\0")
                        else f"address {entry.local_part}@{domain}")
                entry.status = PROBLEM
                entry.reason = f"duplicate {what} in the directory (also {others})"
    alias_owner: dict[str, PlanEntry] = {}
    for entry in candidates:
        if entry.status != NEW:
            continue
        kept = []
        notes = list(entry.notes)
        for alias in entry.aliases:
            key = addresses.key(alias)
            owner = alias_owner.get(key)
            if key in primary or owner is not None:
                other = owner.user.dn if owner else primary[key][0].user.dn
                notes.append(f"alias {alias}@{domain} is also claimed by {other}; not imported")
                continue
            alias_owner[key] = entry
            kept.append(alias)
        entry.aliases, entry.notes = tuple(kept), tuple(notes)
