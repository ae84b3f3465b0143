"""The directory: complete paged user listings, range retrieval; the RootDSE via rootdse.py.

A listing is either complete — the server's final result was success and every page was
fetched — or an error. A shorter list that looks whole is the failure this module exists to
prevent: size limits, unfollowed referrals, timeouts and dropped connections all raise.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import unquote

import ldap3
from ldap3.core import exceptions as lex

from ldapwizard import i18n
from ldapwizard.core import collector
from ldapwizard.core.directory import bounds, failures, pager
from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.ber import MAX_NAMES, BerError
from ldapwizard.core.directory.connection import close_quietly, open_connection
from ldapwizard.core.directory.records import (
    DirectoryGroup,
    DirectoryUser,
    SkippedReference,
    record_builder,
)
from ldapwizard.core.directory.rootdse import (
    ROOT_DSE_ATTRIBUTES,
    RootDse,
    root_dse_from_response,
)
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.errors import BadInput, Cancelled, DirectoryError, ListingIncomplete

log = logging.getLogger(__name__)

MIN_PAGE_SIZE = 50
# Continuation references into these partitions are AD infrastructure holding no people.
_INFRASTRUCTURE_PARTITIONS = {("dc", "domaindnszones"), ("dc", "forestdnszones"),
                              ("cn", "configuration"), ("cn", "schema")}
_RANGE = re.compile(r"^(?P<name>[^;]+);range=(?P<low>\d+)-(?P<high>\d+|\*)$", re.IGNORECASE)

ProgressCallback = Callable[[int, int], None]
Entry = tuple[str, dict[str, list[bytes]]]  # (DN, {lower-case attribute name: raw values})
CancelCheck = Callable[[], bool]


@dataclass
class Listing:
    """A complete listing: every entry the search selects."""

    users: list[DirectoryUser]
    pages: int
    skipped_references: list[SkippedReference] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    complete: bool = True
    groups: list[DirectoryGroup] = field(default_factory=list)  # --groups-as-lists
    # members of the chosen groups not imported, with why (members.MemberNote)
    member_notes: list = field(default_factory=list)
    # chosen OUs that no longer exist: their users were not listed, so they are neither
    # listed nor gone (a sync must not take them for leavers)
    vanished: list[str] = field(default_factory=list)


class Directory:
    """A bound connection to one directory server."""

    def __init__(self, connection: ldap3.Connection, settings: ConnectionSettings):
        self.connection = connection
        self.settings = settings
        self._root_dse: RootDse | None = None
        self.skipped_references: list[SkippedReference] = []
        self.notes: list[str] = []
        self.member_notes: list = []  # the last listing's members.MemberNote
        self.vanished: list[str] = []  # the last listing's chosen OUs that no longer exist
        self.requests = 0  # search requests sent (a page or a range read is one): round trips

    def close(self) -> None:
        close_quietly(self.connection)

    def _search(self, **kwargs) -> bool:
        self.requests += 1
        try:
            return self.connection.search(**kwargs)
        except lex.LDAPException as e:
            raise failures.lost(e, self.settings) from None

    def root_dse(self) -> RootDse:
        """Read the RootDSE (cached per connection)."""
        if self._root_dse is None:
            self._search(search_base="", search_filter="(objectClass=*)",
                         search_scope=ldap3.BASE, attributes=list(ROOT_DSE_ATTRIBUTES))
            self._root_dse = root_dse_from_response(self.connection.response,
                                                    self.connection.result, self.settings.address)
        return self._root_dse

    def resolve_base(self, search: SearchSettings) -> SearchSettings:
        """The search with the base-DN rule applied (the RootDSE is read only when needed)."""
        if search.base_dn.strip():
            return search
        resolved = search.with_base_dn(self.root_dse().suggested_base)
        log.info("listing below %s (from the RootDSE)", resolved.base_dn)
        return resolved

    def count_entries(self, base_dn: str, search_filter: str, scope: str = "sub") -> int:
        """Count entries matching a filter below base_dn (a complete paged count)."""
        total = 0
        for page in self._pages(base_dn, search_filter, scope, ["1.1"], 1000, None, "error"):
            total += len(page[0])
        return total

    def entry_exists(self, dn: str) -> bool:
        """True when the entry exists (and the bind user may see it)."""
        self._search(search_base=dn, search_filter="(objectClass=*)", search_scope=ldap3.BASE,
                     attributes=["1.1"])
        code = self.connection.result.get("result")
        if code == 32:
            return False
        if code != 0:
            raise DirectoryError(i18n._("Reading {dn} failed: {reason}.", dn=dn,
                                        reason=self.connection.result.get("description")),
                                 step="search", detail=str(self.connection.result))
        return True

    def iter_users(self, search: SearchSettings,
                   should_cancel: CancelCheck | None = None) -> Iterator[list[DirectoryUser]]:
        """Yield pages of users; raise ListingIncomplete unless the listing ends complete.

        A caller that stops early must not treat what it has as the whole directory.
        `skipped_references` gathers continuation references that were skipped.
        """
        search.check()
        self.skipped_references = []
        self.notes = []
        self.member_notes = []
        self.vanished = []
        if search.member_of or search.exclude or search.bases:
            from ldapwizard.core.directory import who  # it reads groups through this class

            chooser = who.prepare(self, search)  # groups expanded, rules parsed: before paging
            scopes = who.scopes(search)
            if search.bases:
                scopes = who.present_scopes(self, scopes)
        else:  # who.prepare and who.scopes of the whole search, without loading them
            chooser, scopes = None, [(search.base_dn, search.scope)]
        attributes = list(search.preset.attributes())
        if chooser:
            attributes += [a for a in chooser.attributes() if a not in attributes]
        build = record_builder(search.preset)
        for base_dn, scope in scopes:
            for entries, _ in self._pages(base_dn, search.effective_filter, scope, attributes,
                                          search.effective_page_size, should_cancel,
                                          search.referrals):
                with collector.paused():
                    if chooser:
                        page = [chooser.mark(build(dn, raw), raw) for dn, raw in entries]
                    else:
                        page = [build(dn, raw) for dn, raw in entries]
                yield page
        if chooser:
            self.member_notes = chooser.member_notes()
            self.notes.extend(who.note_texts(self.member_notes))

    def search_entries(self, base_dn: str, search_filter: str, scope: str = "sub",
                       attributes: tuple[str, ...] = ("1.1",), *, page_size: int = 500,
                       should_cancel: CancelCheck | None = None,
                       referrals: str = "ignore") -> Iterator[list[Entry]]:
        """Yield pages of (DN, {lower-case name: [raw values]}) of a complete paged search.

        `scope` is sub, one or base. Ranged values (AD's `member;range=0-1499`) arrive whole.
        Continuation references are recorded in `skipped_references` ('ignore') or raise
        ('error'); a missing base raises DirectoryError, an incomplete search ListingIncomplete.
        """
        for entries, _ in self._pages(base_dn, search_filter, scope, list(attributes),
                                      page_size, should_cancel, referrals):
            yield entries

    def read_entry(self, dn: str, attributes: tuple[str, ...]) -> dict[str, list[bytes]] | None:
        """One entry's attributes (lower-case names, ranged values whole); None when it does
        not exist or the bind user may not see it."""
        self._search(search_base=dn, search_filter="(objectClass=*)", search_scope=ldap3.BASE,
                     attributes=list(attributes) or ["1.1"])
        code = self.connection.result.get("result")
        if code == 32:
            return None
        if code != 0:
            raise DirectoryError(i18n._("Reading {dn} failed: {reason}.", dn=dn,
                                        reason=self.connection.result.get("description")),
                                 step="search", detail=str(self.connection.result))
        for item in self.connection.response or []:
            if item.get("type") == "searchResEntry":
                raw = self._complete_ranges(dn, item["raw_attributes"])
                return {k.lower(): v for k, v in raw.items()}
        return None

    def _pages(self, base_dn: str, search_filter: str, scope: str, attributes: list[str],
               page_size: int, should_cancel: CancelCheck | None, referrals: str):
        scope_value = {"sub": ldap3.SUBTREE, "base": ldap3.BASE}.get(scope, ldap3.LEVEL)
        if pager.supported(self.connection):
            search = pager.PagedSearch(self.connection, base_dn, search_filter, scope_value,
                                       attributes)

            def send(size: int, cookie: bytes | None) -> None:
                self.requests += 1
                search.request(size, cookie)

            def receive() -> pager.Page:
                page = search.receive()
                # the decoder's cache holds every attribute name seen, unless it is full
                names = search.names
                if len(names) >= MAX_NAMES or any(";range=" in n for n in names.values()):
                    page.entries = self._with_ranges(page.entries)
                return page
        else:  # e.g. ldap3's mock strategy (the demo directory): a request is sent when read
            asked: list[tuple[int, bytes | None]] = []

            def send(size: int, cookie: bytes | None) -> None:
                asked.append((size, cookie))

            def receive() -> pager.Page:
                self.requests += 1
                return self._ldap3_page(base_dn, search_filter, scope_value, attributes,
                                        *asked.pop())
        cookie = None
        fetched = 0
        page_number = 0
        progress = bounds.Progress()
        ahead = False  # the next page is asked for: its replies are on the way
        try:
            while True:
                if should_cancel and should_cancel():
                    raise Cancelled(i18n._n("Listing cancelled after {fetched} entry; nothing was "
                                            "changed.",
                                            "Listing cancelled after {fetched} entries; nothing "
                                            "was changed.",
                                            fetched, fetched=fetched))
                try:
                    if not ahead:
                        send(page_size, cookie)
                    ahead = False
                    page = receive()
                except lex.LDAPException as e:
                    raise failures.lost(e, self.settings, fetched) from None
                except BerError as e:
                    raise failures.malformed(str(e), self.settings, fetched,
                                             damage=e.damage) from None
                result = page.result
                code = result.get("result")
                entries = page.entries
                for position, uris in page.references:
                    self._reference(uris, referrals, fetched + position)
                if code == 11 and cookie is None and not entries and page_size > MIN_PAGE_SIZE:
                    # e.g. OpenLDAP's size.pr: a page larger than allowed is refused, not
                    # shortened
                    smaller = max(MIN_PAGE_SIZE, page_size // 2)
                    self.notes.append(i18n._("The server refused pages of {size} entries; "
                                             "using pages of {smaller}.", size=page_size,
                                             smaller=smaller))
                    log.warning("%s", self.notes[-1])
                    page_size = smaller
                    continue
                if code != 0:
                    raise failures.search_failure(result, self.settings.address, base_dn,
                                                 fetched + len(entries))
                try:
                    progress.check(entries, page.cookie, page_size)
                except bounds.Exceeded as e:
                    self.close()  # the server's paged search is in no state to go on
                    raise failures.exceeded(e, self.settings, fetched) from None
                fetched += len(entries)
                page_number += 1
                cookie = page.cookie
                if cookie:
                    # ask for the next page before this one is used: the server works on it
                    # while the caller builds records and writes rows
                    try:
                        send(page_size, cookie)
                    except lex.LDAPException as e:
                        raise failures.lost(e, self.settings, fetched) from None
                    ahead = True
                yield entries, page_number
                if not cookie:
                    return
        finally:
            if ahead:  # stopped early (cancelled, or the caller had enough): read the page
                self._drain(receive)

    def _drain(self, receive: Callable[[], pager.Page]) -> None:
        """Read the replies to a page nobody will use, so the connection can go on."""
        try:
            receive()
        except (lex.LDAPException, BerError) as e:  # the connection is closed by then
            log.debug("an unused page could not be read: %s", e)

    def _ldap3_page(self, base_dn: str, search_filter: str, scope, attributes: list[str],
                    page_size: int, cookie: bytes | None) -> pager.Page:
        """One page the way ldap3 decodes it (for connections pager cannot read)."""
        self.connection.search(
            search_base=base_dn, search_filter=search_filter, search_scope=scope,
            attributes=attributes, paged_size=page_size, paged_cookie=cookie,
        )
        page = pager.Page(result=self.connection.result or {})
        for item in self.connection.response or []:
            kind = item.get("type")
            if kind == "searchResEntry":
                page.entries.append((item["dn"], {k.lower(): v for k, v in
                                                  item["raw_attributes"].items()}))
            elif kind == "searchResRef":
                page.references.append((len(page.entries), item.get("uri") or []))
        page.entries = self._with_ranges(page.entries)
        return page

    def _with_ranges(self, entries: list) -> list:
        return [(dn, self._complete_ranges(dn, raw)) if any(";range=" in k for k in raw)
                else (dn, raw) for dn, raw in entries]

    def _reference(self, uris: list[str], policy: str, fetched: int) -> None:
        for uri in uris:
            target = uri.split("/", 3)[3] if uri.count("/") >= 3 else ""
            target = target.split("?", 1)[0]
            try:
                first = dnmod.parse_dn(unquote(target))[0][0] if target else None
            except BadInput:
                first = None
            if first and (first.attribute.lower(), first.value.lower()) in \
                    _INFRASTRUCTURE_PARTITIONS:
                self.skipped_references.append(SkippedReference(uri, asked=False))
                continue
            if policy == "ignore":
                self.skipped_references.append(SkippedReference(uri, asked=True))
                continue
            raise ListingIncomplete(
                i18n._("The server referred part of the search to {uri}; the listing would be "
                       "incomplete without it.", uri=uri), fetched=fetched,
                hint=i18n._("Search from a base DN this server holds, use the global catalog "
                       "(GC://, port 3268), or choose to ignore referrals."))


    def _complete_ranges(self, dn: str, raw: dict) -> dict:
        """Fetch the rest of attributes the server sent in ranges (AD's MaxValRange)."""
        completed = dict(raw)
        for key in [k for k in raw if ";range=" in k]:
            m = _RANGE.match(key)
            values = completed.pop(key)
            if not m:
                continue
            name = m.group("name")
            if m.group("high") != "*":
                values = values + self._read_range(dn, name, int(m.group("high")) + 1)
            completed[name] = completed.get(name, []) + values
        return completed

    def _read_range(self, dn: str, name: str, low: int, step: int | None = None) -> list[bytes]:
        values: list[bytes] = []
        while True:
            wanted = f"{name};range={low}-{'*' if step is None else low + step - 1}"
            self._search(search_base=dn, search_filter="(objectClass=*)",
                         search_scope=ldap3.BASE, attributes=[wanted])
            if self.connection.result.get("result") != 0:
                raise DirectoryError(i18n._("Reading {name} of {dn} failed.", name=name, dn=dn),
                                     step="search",
                                     detail=str(self.connection.result))
            entries = [r for r in self.connection.response or []
                       if r.get("type") == "searchResEntry"]
            if not entries:
                raise ListingIncomplete(i18n._("{dn} vanished while its {name} values were read "
                                               "in ranges; the values are incomplete.",
                                               dn=dn, name=name),
                                        fetched=len(values))
            raw = entries[0]["raw_attributes"]
            match = None
            for key, chunk in raw.items():
                m = _RANGE.match(key)
                if m and m.group("name").lower() == name.lower():
                    match = m
                    values.extend(chunk)
                elif key.lower() == name.lower():
                    values.extend(chunk)  # the server sent the rest without a range
                    return values
            if match is None or match.group("high") == "*":
                return values
            low = int(match.group("high")) + 1

    def read_values(self, dn: str, attribute: str, step: int = 1500) -> list[str]:
        """Every value of a multi-valued attribute, fetched in ranges of `step`."""
        return [v.decode("utf-8", "replace") for v in self._read_range(dn, attribute, 0, step)]


@contextmanager
def open_directory(settings: ConnectionSettings, password: str | None):
    """Connect, bind and yield a Directory; always unbinds."""
    directory = Directory(open_connection(settings, password), settings)
    try:
        yield directory
    finally:
        directory.close()


def list_users(settings: ConnectionSettings, password: str | None, search: SearchSettings, *,
               on_progress: ProgressCallback | None = None,
               should_cancel: CancelCheck | None = None, opener=None,
               vanished_ok: bool = False, into=None) -> Listing:
    """Every user the search selects, or an error: never a silently shorter list. `opener`
    opens the directory (default open_directory; the window's demo gives its own). `into`
    (a list by default) receives each page by `extend`: a sync gives a spill (a file), so
    that the listing does not stay in memory (maildb.spill.ListingSpill).

    A chosen OU that no longer exists is in `Listing.vanished` when `vanished_ok`; else it
    is ListingIncomplete, for a caller (a sync) that would take its users for leavers."""
    from ldapwizard.core.directory import who  # it reads groups through this module

    users: list[DirectoryUser] = [] if into is None else into
    pages = 0
    with (opener or open_directory)(settings, password) as directory:
        search = directory.resolve_base(search)
        for page in directory.iter_users(search, should_cancel):
            users.extend(page)
            pages += 1
            if on_progress:
                on_progress(len(users), pages)
        skipped = list(directory.skipped_references)
        notes = list(directory.notes)
        member_notes, vanished = list(directory.member_notes), list(directory.vanished)
        if vanished and not vanished_ok:
            who.refuse_vanished(directory, len(users))
        groups = who.list_groups(directory, search) if search.groups_as_lists else []
    for reference in skipped:
        log.info("skipped reference %s", reference)
    return Listing(users=users, pages=pages, skipped_references=skipped, notes=notes,
                   groups=groups, member_notes=member_notes, vanished=vanished)
