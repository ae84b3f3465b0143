"""List and plan for a job record, and the identity of what an import of a plan would do.

Both front ends list through here: `ldapwizard preview` and `import` page by page
(`list_everything`), the window in its listing process; both word the plan from `Counts` and
confirm it by its `PlanIdentity`, made here from the entries and lists to create — the same
actions whichever front end made them, so the short id `preview` prints is the one the window
would confirm for the same job record and selection.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from hashlib import sha256

from ldapwizard import i18n
from ldapwizard.core import collector
from ldapwizard.core.directory import who
from ldapwizard.core.job import listing_process
from ldapwizard.core.job.demo import demo_settings
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb import count_words
from ldapwizard.core.maildb.lists import ListEntry
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PROBLEM, Plan, PlanEntry
from ldapwizard.core.maildb.preview_stream import StreamedPreview
from ldapwizard.core.maildb.reports import entry_rows, list_rows
from ldapwizard.core.operations.identity import Counts, PlanIdentity

_MASK = (1 << 256) - 1
SHORT_ID = 12  # hex digits of a plan's digest shown to the admin and given to --expect-plan


def user_action(entry: PlanEntry, domain: str) -> tuple[str, ...]:
    """Creating one user: from which entry, at which address, with which login and aliases."""
    user = entry.user
    return ("user", user.stable_id or "dn:" + user.dn, entry.address(domain) or "",
            entry.username or "", ",".join(sorted(a.casefold() for a in entry.aliases)))


def list_action(entry: ListEntry, domain: str) -> tuple[str, ...]:
    """Creating one mailing list: from which group, at which address, for which members."""
    group = entry.group
    return ("list", group.stable_id or "dn:" + group.dn, entry.address(domain) or "",
            ",".join(sorted(m.casefold() for m in entry.members)))


class IdentityBuilder:
    """Gathers the actions of a plan (or of what an import wrote), then its identity.

    The digest is independent of the actions' order, as identity.digest_of's, but made as
    they go by in constant memory: the sum of each action's SHA-256 (a multiset hash), so a
    preview or import of 300,000 entries streamed from spill files holds no list of them.
    """

    def __init__(self, domain: str):
        self.domain = domain
        self.users = self.aliases = self.lists = 0
        self._sum = 0  # of the actions' hashes, modulo 2**256
        self._count = 0

    def add(self, entry: PlanEntry | ListEntry) -> None:
        """One user or mailing list to be created (or created)."""
        if type(entry) is PlanEntry and not entry.aliases:
            # user_action's text, made here at once: the case of most users
            self.users += 1
            user = entry.user
            local = entry.local_part
            text = (f"user\x1f{user.stable_id or 'dn:' + user.dn}\x1f"
                    f"{local + '@' + self.domain if local else ''}\x1f{entry.username or ''}\x1f")
        else:
            if isinstance(entry, ListEntry):
                self.lists += 1
                action = list_action(entry, self.domain)
            else:
                self.users += 1
                self.aliases += len(entry.aliases)
                action = user_action(entry, self.domain)
            text = "\x1f".join(action)
        # summed unmasked (the sum of 2**32 actions needs 32 bits more): masked when read
        self._sum += int.from_bytes(
            sha256(text.encode("utf-8", "surrogatepass")).digest(), "big")
        self._count += 1

    def identity(self, **more: int) -> PlanIdentity:
        """The identity of the actions gathered; `more` adds other counts (left_out…)."""
        counts = Counts(users=self.users, aliases=self.aliases, lists=self.lists, **more)
        digest = hashlib.sha256(b"ldapwizard import plan\x1e%d\x1e" % self._count
                                + (self._sum & _MASK).to_bytes(32, "big"))
        return PlanIdentity(counts, digest.hexdigest())


def plan_identity(entries: Iterable[PlanEntry], lists: Iterable[ListEntry], domain: str,
                  **more: int) -> PlanIdentity:
    """What importing these entries and lists would do: the new ones among them (pass the
    lists chosen: those ticked, by default `ListEntry.ticked_by_default`)."""
    builder = IdentityBuilder(domain)
    for entry in entries:
        if entry.status == NEW:
            builder.add(entry)
    for entry in lists:
        if entry.status == NEW:
            builder.add(entry)
    return builder.identity(**more)


def counts_words(counts: Counts) -> str:
    """"34 users, 40 aliases and 8 mailing lists": what an import creates, in the words of
    the command line's plan and report alike."""
    return i18n._("{users}, {aliases} and {lists}", users=count_words.users(counts.users),
                  aliases=count_words.aliases(counts.aliases),
                  lists=count_words.lists(counts.lists))


def short_id(identity: PlanIdentity) -> str:
    """The plan's id as the admin sees it (`preview` prints it, `import --expect-plan`)."""
    return identity.digest[:SHORT_ID]


def is_plan_id(text: str) -> bool:
    """Whether text is a plan's id as `short_id` gives it (or longer: the whole digest)."""
    text = text.strip().lower()
    return SHORT_ID <= len(text) <= 64 and all(c in "0123456789abcdef" for c in text)


def matches(identity: PlanIdentity, expected: PlanIdentity | str) -> bool:
    """Whether a plan is the one confirmed: the same digest, or one a short id begins."""
    if isinstance(expected, str):
        wanted = expected.strip().lower()
        return len(wanted) >= SHORT_ID and identity.digest.startswith(wanted)
    return identity.same_actions(expected)


def list_and_plan(opener: Callable, settings, password: str | None, search,
                  options, database, *, on_page: Callable[[int, list], None] | None = None,
                  should_cancel: Callable[[], bool] | None = None) -> Plan:
    """The window's listing: complete, planned against the user database in a child process
    (core.job.listing_process), each page's entries given to `on_page` as they come."""
    return listing_process.list_and_plan(opener, settings, password, search, options,
                                         database, on_page=on_page,
                                         should_cancel=should_cancel)


@dataclass
class Listing:
    """What a complete listing brought beside its entries."""

    notes: list[str] = field(default_factory=list)
    groups: list = field(default_factory=list)
    listed: int = 0


def listing_settings(job: Profile, demo: bool = False):
    """(ConnectionSettings, SearchSettings) a listing of this job uses (the demo's server
    with the job's choice of who to import, for the demo)."""
    if not demo:
        return job.resolve()
    settings, search = demo_settings()
    return settings, replace(search, bases=job.ous, member_of=job.member_of,
                             nested=job.nested_groups, exclude=job.exclude,
                             groups_as_lists=job.groups_as_lists)


def list_everything(job: Profile, opener: Callable, password: str | None, *,
                    on_page: Callable[[list], None], demo: bool = False,
                    on_progress: Callable[[int, str], None] | None = None) -> Listing:
    """A complete listing of the job's directory (or an error), each page given to `on_page`
    as it comes; `on_progress(count, stage)` with stage "listing" or "groups"."""
    settings, search = listing_settings(job, demo)
    listing = Listing()
    # no cyclic collection while listing: the records make no cycles, and a collection after
    # each page walked every record kept so far
    with opener(settings, password) as directory, collector.paused():
        search = directory.resolve_base(search)
        for page in directory.iter_users(search):
            listing.listed += len(page)
            on_page(page)
            if on_progress:
                on_progress(listing.listed, "listing")
        listing.notes = directory.notes + [str(r) for r in directory.skipped_references]
        if search.groups_as_lists:
            if on_progress:
                on_progress(listing.listed, "groups")
            listing.groups = who.list_groups(directory, search)
    return listing


@dataclass
class PreviewSummary:
    """A preview's numbers once its rows are read: by status, and the plan's identity."""

    new: int
    hidden: int  # hidden because they exist (already imported, or an address is taken)
    left_out: int  # left out by the choice of who to import (hidden, with that reason)
    problems: int
    total: int
    lists: dict[str, int]
    identity: PlanIdentity | None  # None: not gathered (nothing to import)


def preview_rows(preview: StreamedPreview, groups: list) -> tuple[Iterator[tuple], Callable]:
    """The preview's rows (users', then lists'), and what gives its PreviewSummary once
    they are read: the identity is gathered from the new entries as they go by."""
    builder = IdentityBuilder(preview.domain)

    def watched() -> Iterator[PlanEntry]:
        for entry in preview.entries(groups):
            if entry.status == NEW:
                builder.add(entry)
            yield entry

    def rows() -> Iterator[tuple]:
        yield from entry_rows(watched(), preview.domain, preview.show_hidden)
        for entry in preview.lists:  # the lists `import --all` creates
            if entry.ticked_by_default:
                builder.add(entry)
        yield from list_rows(Plan(preview.domain, [], preview.options, lists=preview.lists),
                             preview.show_hidden)

    def summary() -> PreviewSummary:
        counts = preview.counts
        return PreviewSummary(
            new=counts[NEW], hidden=counts[HIDDEN] - preview.left_out,
            left_out=preview.left_out, problems=counts[PROBLEM], total=preview.total,
            lists={s: sum(1 for e in preview.lists if e.status == s)
                   for s in (NEW, HIDDEN, PROBLEM)},
            identity=builder.identity(left_out=preview.left_out))

    return rows(), summary
