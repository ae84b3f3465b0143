"""Planning: for each directory entry, what would be created, or why it is hidden or blocked.

Status, in order of precedence:
  hidden   excluded by the admin's choice of who to import (an exclusion rule, not a member
           of the chosen groups: the listing says which), already imported (same stable id,
           even after a rename or move; said when the directory disabled it since, which a
           sync follows unless disabled accounts are included), or its username, address
           or an alias exists in the target domain as a user, alias or mailing list;
  problem  cannot be imported as is (no email, address outside the domain, invalid local
           part, a local part that would deceive (invisible, not NFC, mixed scripts, a
           lookalike of another entry or of an existing address: localparts.py), a role
           address unless allowed, a login the mail server folds differently, disabled
           unless included, duplicate address within the directory, not a person);
  new      will be created.

A new entry may also get extra sign-in names (the job's `sign_in_names`: the directory's
username, the UPN; signin.py): one another user signs in with, an alias's or list's address,
or one two entries claim is dropped with a note, never the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from ldapwizard import i18n
from ldapwizard.core import collector
from ldapwizard.core.directory.records import DirectoryGroup, DirectoryUser
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import addresses, localparts, signin
from ldapwizard.core.maildb.claims import Claims
from ldapwizard.core.maildb.lists import ListEntry, ListInputs
from ldapwizard.core.maildb.snapshot import Snapshot, among

NEW, HIDDEN, PROBLEM = "new", "hidden", "problem"
# an address the database holds, by the kind that holds it (accounts.KIND_WORDS)
_EXISTS = {"user": i18n.N_("user {address} exists"), "alias": i18n.N_("alias {address} exists"),
           "list": i18n.N_("mailing list {address} exists")}
_LOOKS_LIKE = {
    "user": i18n.N_("mailbox name looks like the user {address}, which exists: a lookalike "
                    "address"),
    "alias": i18n.N_("mailbox name looks like the alias {address}, which exists: a lookalike "
                     "address"),
    "list": i18n.N_("mailbox name looks like the mailing list {address}, which exists: a "
                    "lookalike address")}
USERNAME_SOURCES = ("email", "directory")
PAGE = 1000  # entries planned per round of look-ups in the user database
# an imported user the directory disabled: what a sync does about it (sync.py)


@dataclass(frozen=True)
class PlanOptions:
    """The admin's choices that shape usernames and what may be imported."""

    domain: str
    username_source: str = "email"  # local part of the email, or the directory's username
    email_as_username: bool = False  # the full address is the login name
    include_disabled: bool = False
    allow_role_addresses: bool = False  # postmaster, abuse, root... from the directory
    quota_bytes: int | None = None  # the quota of the users a run creates (None: no limit)
    # the extra names a user signs in with (signin.SOURCES: "directory", "upn")
    sign_in_names: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "sign_in_names", signin.parse_sources(self.sign_in_names))
        # the one place a target domain is normalised (IDNA, case): every caller compares
        # against this spelling
        object.__setattr__(self, "domain", addresses.normalise_domain(self.domain))
        if self.username_source not in USERNAME_SOURCES:
            raise BadInput(i18n._('"{source}" is not a username source.',
                                  source=self.username_source),
                           hint=i18n._("Choose one of: {choices}.",
                                       choices=", ".join(USERNAME_SOURCES)))


@dataclass(slots=True)
class PlanEntry:
    """One directory entry and its fate."""

    user: DirectoryUser
    status: str
    reason: str = ""
    local_part: str | None = None
    username: str | None = None
    aliases: tuple[str, ...] = ()  # local parts in the target domain
    notes: tuple[str, ...] = ()  # what is particular to this entry
    # the directory's addresses in other domains: not imported, and said once for the whole
    # plan (Plan.outside_count) rather than on hundreds of rows
    outside: tuple[str, ...] = ()
    sign_in: tuple[str, ...] = ()  # extra sign-in names, as the directory spells them

    def __reduce__(self):
        # planned pages cross from the listing process to the window: rebuilt by __init__ in
        # a third of the time the dataclass's generic __setstate__ takes (see DirectoryUser)
        return PlanEntry, (self.user, self.status, self.reason, self.local_part, self.username,
                           self.aliases, self.notes, self.outside, self.sign_in)

    def address(self, domain: str) -> str | None:
        return f"{self.local_part}@{domain}" if self.local_part else None

    # What the preview shows (the Users table and the preview CSV alike): the planned names,
    # or for an entry planned no names (hidden or a problem) what the directory has.

    def shown_username(self) -> str:
        return self.username or self.user.username or ""

    def shown_address(self, domain: str) -> str:
        if self.local_part and domain:
            return f"{self.local_part}@{domain}"
        return self.user.email or ""

    def shown_aliases(self, domain: str) -> list[str]:
        if not self.local_part:
            return list(self.user.aliases)
        suffix = f"@{domain}" if domain else ""
        return [f"{alias}{suffix}" for alias in self.aliases]


@dataclass
class Plan:
    """The whole preview: every entry of a complete listing, planned."""

    domain: str
    entries: list[PlanEntry]
    options: PlanOptions
    listing_notes: list[str] = field(default_factory=list)
    # the listing's continuation references it did not follow (directory.records'
    # SkippedReference): a sync must not take users behind an asked-for skip for leavers
    skipped_references: list = field(default_factory=list)
    lists: list[ListEntry] = field(default_factory=list)  # --groups-as-lists

    def count(self, status: str) -> int:
        return sum(1 for e in self.entries if e.status == status)

    @property
    def outside_count(self) -> int:
        """How many entries have addresses in other domains that are not imported."""
        return sum(1 for e in self.entries if e.outside)

    @property
    def counts(self) -> dict[str, int]:
        return {status: self.count(status) for status in (NEW, HIDDEN, PROBLEM)}


# A local part this matches is one `addresses.local_part_problem` accepts (ASCII atext in
# dot-separated runs); anything else takes the full check.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_LOCAL = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*\Z")
_DOMAIN_CACHE = 4096  # distinct address domains remembered while planning


class _Checks:
    """The per-address checks of one planning run, remembering each domain's verdict."""

    def __init__(self, allow_roles: bool = False):
        self.domains: dict[str, str | None] = {}
        self.allow_roles = allow_roles
        self.no_email: str | None = None  # _candidate's reason, once asked for

    def domain_of(self, address: str) -> str | None:
        _, sep, text = address.rpartition("@")
        if not sep:
            return None
        try:
            return self.domains[text]
        except KeyError:
            domain = addresses.domain_of(address)
            if len(self.domains) < _DOMAIN_CACHE:
                self.domains[text] = domain
            return domain

    @staticmethod
    def local_problem(local: str) -> str | None:
        if len(local) <= 64 and _PLAIN_LOCAL.match(local):
            return None
        return addresses.local_part_problem(local)

    def deceiving(self, local: str) -> str | None:
        """Why a valid local part must not be imported as it is (localparts.py), or None."""
        if not local.isascii():  # plain ASCII is never hostile: one test for most names
            problem = localparts.hostile_problem(local, mailbox=True)
            if problem:
                return problem
        return None if self.allow_roles else localparts.role_problem(local)


AddressChecks = _Checks  # for a sync's aliases: one per run, each domain's verdict kept


def _candidate(user: DirectoryUser, options: PlanOptions, domain: str,
               checks: _Checks) -> PlanEntry:
    """Work out names for one entry; PROBLEM when it cannot have any."""
    notes: list[str] = []
    if user.kind == "computer":
        return PlanEntry(user, PROBLEM, i18n._("a computer account, not a person"))
    if user.kind == "contact":
        return PlanEntry(user, PROBLEM,
                         i18n._("a contact (an external address), not a mailbox"))
    if not user.stable_id:
        return PlanEntry(user, PROBLEM,
                         i18n._("no stable id in the directory (check the server type)"))
    email = user.email
    email_domain = checks.domain_of(email) if email else None
    email_local = email.rpartition("@")[0] if email else None
    if email_local == user.username:  # the same text kept once: 65 bytes a user at 100k
        email_local = user.username
    email_alias: tuple[str, ...] = ()
    if options.username_source == "directory" and not options.email_as_username:
        if not user.username:
            return PlanEntry(user, PROBLEM, i18n._("no username in the directory"))
        local = username = user.username
        if email and email_domain == domain:
            email_alias = (email,)  # the address they are known by stays deliverable
        elif email:
            notes.append(i18n._("email {email} is outside {domain}; not used", email=email,
                                  domain=domain))
    else:
        if user.smtp_primary:
            # Exchange delivers to the primary SMTP: address; when it is in the target domain
            # it is the mailbox and `mail` stays deliverable as an alias
            if checks.domain_of(user.smtp_primary) == domain:
                notes.append(i18n._("mailbox at Exchange's primary SMTP address {primary}; "
                                    "mail {email} kept as an alias",
                                    primary=user.smtp_primary, email=email))
                email_alias, email = ((email,) if email else ()), user.smtp_primary
                email_domain, email_local = domain, email.rpartition("@")[0]
            elif email_domain == domain:
                notes.append(i18n._("Exchange's primary SMTP address {primary} is outside "
                                    "{domain}; mail {email} is the mailbox",
                                    primary=user.smtp_primary, domain=domain, email=email))
        if not email:  # the reason asked for once a run: the same for every such entry
            if checks.no_email is None:
                checks.no_email = i18n._("no email address in the directory")
            return PlanEntry(user, PROBLEM, checks.no_email)
        if email_domain != domain:
            return PlanEntry(user, PROBLEM, i18n._("address {email} is outside {domain}",
                                                    email=email, domain=domain))
        local = email_local
        username = f"{email_local}@{domain}" if options.email_as_username else email_local
    problem = checks.local_problem(local)
    if problem:
        return PlanEntry(user, PROBLEM, i18n._("invalid mailbox name: {problem}", problem=problem),
                         local, username)
    problem = checks.deceiving(local) or localparts.login_problem(username)
    if problem:
        return PlanEntry(user, PROBLEM, problem, local, username)
    if not email_alias and not user.aliases:
        return PlanEntry(user, NEW, "", local, username, (), tuple(notes))
    outside: list[str] = []
    aliases = aliases_in_domain((*email_alias, *user.aliases), domain, local, checks, notes,
                                outside)
    return PlanEntry(user, NEW, "", local, username, aliases, tuple(notes), tuple(outside))


def _unique(aliases: list[str]) -> tuple[str, ...]:
    seen, unique = set(), []
    for alias in aliases:
        key = alias.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(alias)
    return tuple(unique)


def aliases_in_domain(candidates: Iterable[str], domain: str, local: str,
                      checks: _Checks | None = None, notes: list[str] | None = None,
                      outside: list[str] | None = None, *,
                      allow_roles: bool = False) -> tuple[str, ...]:
    """The local parts of the addresses that are valid aliases of `local` in `domain`.

    The one rule planning and sync share: an address counts when its domain, normalised, is
    the target domain (any case, international names); the mailbox's own name is left out,
    each key once; none that would deceive (localparts.py), nor a role address unless
    `allow_roles` (or `checks` allows them). `outside` gathers the addresses in other domains,
    `notes` why any other was not taken.
    """
    checks = checks or _Checks(allow_roles)
    own = local.casefold()
    taken: list[str] = []
    for alias in candidates:
        if checks.domain_of(alias) != domain:
            if outside is not None:
                outside.append(alias)
            continue
        alias_local = alias.rpartition("@")[0]
        if checks.local_problem(alias_local):
            if notes is not None:
                notes.append(i18n._("alias {alias} is not a valid address; not imported",
                                    alias=alias))
            continue
        problem = checks.deceiving(alias_local)
        if problem:
            if notes is not None:
                notes.append(i18n._("alias {alias} is not imported: {problem}",
                                    alias=localparts.shown(alias), problem=problem))
            continue
        if alias_local.casefold() != own:
            taken.append(alias_local)
    return _unique(taken) if len(taken) > 1 else tuple(taken)


def make_plan(users: Iterable[DirectoryUser], options: PlanOptions,
              snapshot: Snapshot | None = None,
              groups: Iterable[DirectoryGroup] = ()) -> Plan:
    """Plan a complete listing against what the target domain holds (nothing: a new one);
    `groups`, the mail-enabled groups to bring as mailing lists, after the users."""
    snapshot = snapshot or Snapshot()
    groups = list(groups)
    with collector.paused():
        plan_page = PagePlanner(options, snapshot)
        lists = ListInputs(groups, options.domain) if groups else None
        entries: list[PlanEntry] = []
        for page in pages(users):
            planned = plan_page(page)
            entries.extend(planned)
            if lists:
                lists.keep_imported(planned, plan_page.imported)
        claims = Claims(options.domain)
        claims.add_new(entries, NEW)
        settle = claims.settle(lambda entry: entry.user.dn)
        every = not claims.only_extras
        for entry in entries:
            if entry.status == NEW and (every or entry.aliases or entry.sign_in):
                settle(entry, entry)
        plan = Plan(options.domain, entries, options)
        if lists:
            for entry in entries:
                lists.add(entry)
            plan.lists = lists.plan(snapshot)
        return plan


def pages(users: Iterable[DirectoryUser], size: int = PAGE) -> Iterator[list[DirectoryUser]]:
    """A listing in pages of `size`, for planning a page per round of database look-ups."""
    if isinstance(users, list):
        for start in range(0, len(users), size):
            yield users[start:start + size]
        return
    iterator = iter(users)
    while page := list(islice(iterator, size)):
        yield page


class PagePlanner:
    """Plans a listing a page at a time against a snapshot, each page's look-ups in one
    query per kind: every verdict but duplicates within the directory (Claims, which needs
    the whole listing)."""

    def __init__(self, options: PlanOptions, snapshot: Snapshot):
        self.options = options
        self.snapshot = snapshot
        self.checks = _Checks(options.allow_role_addresses)
        self.imported: dict[str, str] = {}  # the last page's: stable id -> local, imported

    def __call__(self, users: list[DirectoryUser]) -> list[PlanEntry]:
        options, checks = self.options, self.checks
        domain = options.domain
        self.imported = imported = among(self.snapshot.imported, [
            u.stable_id for u in users if u.stable_id and not u.excluded])
        entries: list[PlanEntry] = []
        append = entries.append
        candidates: list[PlanEntry] = []
        add_candidate = candidates.append
        # the plain case, most of a directory, decided here as _candidate decides it: a
        # person with an address in the domain whose local part is plain ASCII and no role
        # address, no aliases, no Exchange primary, the mailbox named after the address
        plain = (options.username_source == "email" and not options.email_as_username
                 and not options.sign_in_names)
        domains, plain_local = checks.domains, _PLAIN_LOCAL.match
        roles = () if options.allow_role_addresses else localparts.ROLE_ADDRESSES
        for user in users:
            if plain and not user.excluded and not user.aliases and user.kind == "user" \
                    and not user.smtp_primary and (email := user.email) \
                    and user.stable_id not in imported:
                local, _, text = email.rpartition("@")
                if (domains.get(text) or checks.domain_of(email)) == domain and \
                        len(local) <= 64 and plain_local(local) and \
                        local.lower() not in roles and user.stable_id:
                    if local == user.username:
                        local = user.username  # the same text kept once
                    append(entry := PlanEntry(user, NEW, "", local, local))
                    add_candidate(entry)
                    continue
            if user.excluded:
                append(PlanEntry(user, HIDDEN, i18n._("left out by the choice of who to import: "
                                                     "{rule}", rule=user.excluded)))
                continue
            if user.stable_id and user.stable_id in imported:
                address = f"{imported[user.stable_id]}@{domain}"
                if user.disabled and not options.include_disabled:
                    reason = i18n._("already imported as {address}; disabled in the directory: a "
                                    "sync disables it in the mail system too", address=address)
                else:
                    reason = i18n._("already imported as {address}", address=address)
                append(PlanEntry(user, HIDDEN, reason))
                continue
            entry = _candidate(user, options, domain, checks)
            if options.sign_in_names and entry.status == NEW:
                names, notes = signin.candidates(user, options.sign_in_names, (
                    entry.username or "", f"{entry.local_part}@{domain}"))
                entry.sign_in = tuple(names)
                if notes:
                    entry.notes += tuple(notes)
            append(entry)
            if entry.status == NEW:
                candidates.append(entry)
        if candidates:
            self._check_taken(candidates)
        return entries

    def _check_taken(self, candidates: list[PlanEntry]) -> None:
        """Hide what the domain holds already; then refuse a lookalike of an address it
        holds, and a disabled account."""
        domain = self.options.domain
        include_disabled = self.options.include_disabled
        keys = [entry.local_part.casefold() for entry in candidates]
        # the login is most often the local part itself: its key is the address's
        logins = [key if entry.username is entry.local_part else
                  (entry.username.casefold() if entry.username else None)
                  for entry, key in zip(candidates, keys, strict=True)]
        wanted = list(keys)
        # id(entry) -> the key of an address it looks like: its skeleton, or an existing
        # non-ASCII key with the same skeleton (entry `ace`, existing Cyrillic `асе`)
        looks: dict[int, str] = {}
        existing = self.snapshot.lookalikes()
        any_existing = len(existing) > 1  # more than the "read" mark: non-ASCII keys exist
        if any_existing or not all(map(str.isascii, keys)):
            for entry, key in zip(candidates, keys, strict=True):
                if any_existing or not key.isascii():
                    skeleton = key if key.isascii() else localparts.skeleton(key)
                    twin = existing.get(skeleton, key)
                    if twin == key and skeleton != key:
                        twin = skeleton
                    if twin != key:
                        looks[id(entry)] = twin
                        wanted.append(twin)
        with_aliases = [entry for entry in candidates if entry.aliases]
        suffix = "@" + domain
        named: list[str] = []  # the aliases' addresses: another user's extra sign-in name?
        for entry in with_aliases:
            for alias in entry.aliases:
                key = alias.casefold()
                wanted.append(key)
                named.append(key + suffix)
        owner_of = among(self.snapshot.namespace, wanted).get
        # one look-up of the sign-in names per page: the logins and the aliases' addresses
        taken_logins = among(self.snapshot.usernames,
                             [login for login in logins if login is not None] + named)
        for entry, key, login in zip(candidates, keys, logins, strict=True):
            # taken names, in this order: the address, the login name, each alias
            owner = owner_of(key)
            if not owner and login is not None and login in taken_logins:
                entry.status, entry.reason = HIDDEN, i18n._("login {login} exists",
                                                               login=entry.username)
                continue
            for alias in entry.aliases:
                if owner:
                    break
                owner = owner_of(alias.casefold())
            if owner:
                entry.status = HIDDEN
                entry.reason = i18n._(_EXISTS[owner[0]], address=f"{owner[1]}@{domain}")
            elif looks and (twin := owner_of(looks.get(id(entry), ""))):
                entry.status = PROBLEM
                entry.reason = i18n._(_LOOKS_LIKE[twin[0]], address=f"{twin[1]}@{domain}")
            elif entry.user.disabled and not include_disabled:
                entry.status, entry.reason = PROBLEM, i18n._("disabled account")
        if self.options.sign_in_names:
            signin.drop_taken([e for e in candidates if e.status == NEW and e.sign_in],
                              self.snapshot, self.options.domain)
        if with_aliases:
            signin.drop_named_aliases([e for e in with_aliases if e.status == NEW],
                                      self.snapshot, self.options.domain, taken_logins)
