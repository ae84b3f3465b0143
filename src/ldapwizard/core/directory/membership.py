"""Group membership expanded by the client, breadth first: right on Windows AD, Samba AD and
OpenLDAP with or without the memberOf overlay.

The server's own answers are used only where the result can be checked: AD's
LDAP_MATCHING_RULE_IN_CHAIN is never used (Samba answered 0 members for a nested group with 40),
and a `(memberOf=GROUP)` search only fetches, in a few pages, the entries of DNs the group's own
`member` values already name; whatever it does not return is read by DN. So the result is the
group's member values, followed through nested groups, whatever the server maintains.

Member values read: `member` (groupOfNames, AD; ranged values fetched whole), `uniqueMember`
(groupOfUniqueNames; the optional `#'0101'B` uid suffix stripped), `memberUid` (posixGroup;
uids resolved to entries) and, on AD, users whose primaryGroupID is the group's token (AD keeps
"Domain Users" that way, not in `member`). Loops (A in B in A) end: each group is read once per
expansion and once per Expander.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ldapwizard import i18n
from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.filters import escape_value
from ldapwizard.core.directory.groups import (
    Group,
    find_group,
    first_text,
    is_group,
    mail_enabled_groups,
    naming_context,
    texts,
)
from ldapwizard.core.directory.listing import Directory
from ldapwizard.core.directory.members import MailingList, Member, Membership
from ldapwizard.core.errors import (
    Cancelled,
    DirectoryError,
    ListingIncomplete,
    PositionedInputError,
)

log = logging.getLogger(__name__)

MEMBER_ATTRIBUTES = ("objectClass", "mail", "proxyAddresses")
DEFAULT_USER_CLASSES = ("user", "inetOrgPerson", "posixAccount", "person",
                        "organizationalPerson")
# An optional uid after a uniqueMember DN: cn=x,dc=example#'0101'B
_UNIQUE_UID = re.compile(r"#'[01]*'B\Z")
# Reading this many unknown `member` DNs is worth one (memberOf=GROUP) search first
MEMBER_OF_THRESHOLD = 100
# a DN without these has one attribute=value per RDN and no escapes (dn_key parsed it already)
_NOT_PLAIN = re.compile(r'[\\"+;#]')


@dataclass
class _GroupValues:
    member_dns: list[str]
    uids: list[str]
    primary_token: str | None


class Expander:
    """Expands groups on one Directory, caching what it read across calls (shared subgroups
    of several mailing lists are read once).

    `nested=False` takes direct members only (nested groups are listed, not followed);
    `batch_size` is how many DNs or uids one OR-filter asks for; `page_size` must not pass the
    server's page limit for the bind user (AD: 1000; OpenLDAP's size.pr, often 500);
    `use_member_of=False` never tries the `(memberOf=GROUP)` search; `user_classes` are the
    object classes of people (contacts and computers are told apart first);
    `should_cancel` is checked between reads and raises Cancelled.
    """

    def __init__(self, directory: Directory, *, nested: bool = True, batch_size: int = 200,
                 page_size: int = 500, use_member_of: bool = True,
                 user_classes: Iterable[str] = DEFAULT_USER_CLASSES,
                 should_cancel: Callable[[], bool] | None = None):
        self.directory = directory
        self.nested = nested
        self.batch_size = batch_size
        self.page_size = page_size
        self.use_member_of = use_member_of
        self.user_classes = frozenset(c.lower() for c in user_classes)
        self.should_cancel = should_cancel
        self._values: dict[tuple, _GroupValues | None] = {}
        self._entries: dict[tuple, Member | None] = {}
        self._classes: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per class set
        self._keys: dict[tuple, tuple] = {}
        self._rdns: dict[tuple, tuple] = {}
        self._is_ad: bool | None = None

    @property
    def _batch_page(self) -> int:
        # one more than a batch can match, so a full batch needs no request for an empty page
        # (Samba returns a cookie after exactly page_size entries)
        return max(100, min(self.batch_size + 1, self.page_size))

    # --- the walk -------------------------------------------------------------------------

    def expand(self, *groups: Group | str) -> Membership:
        """The union of the members of `groups` (Group objects or DNs)."""
        start = self.directory.requests
        roots = [g.dn if isinstance(g, Group) else g for g in groups]
        result = Membership(roots=tuple(roots))
        queue: deque[tuple[tuple, str]] = deque()
        seen: set[tuple] = set()
        for dn in roots:
            key = self._key(dn)
            if key not in seen:
                seen.add(key)
                queue.append((key, dn))
        while queue:
            self._check_cancel()
            key, dn = queue.popleft()
            values = self._group_values(key, dn)
            if values is None:
                result.missing[key] = dn
                continue
            members = self._resolve(values.member_dns, dn)
            members.update(self._by_uid(values.uids, dn, result))
            if values.primary_token:
                members.update(self._by_primary_group(values.primary_token, dn))
            for member_key, (member_dn, member) in members.items():
                if member is None:
                    result.missing[member_key] = member_dn
                elif member.kind == "group":
                    if member_key not in seen:
                        seen.add(member_key)
                        result.groups[member_key] = member.dn
                        if self.nested:
                            queue.append((member_key, member.dn))
                elif member.kind == "user":
                    result.users[member_key] = member
                else:
                    result.others[member_key] = member
        result.requests = self.directory.requests - start
        return result

    def _key(self, dn: str) -> tuple:
        """dn_key, one object per entry and its RDNs shared: the members of a big group share
        their parents (without it, DN keys took two thirds of a 22,000-member expansion's
        memory)."""
        key = dnmod.dn_key(dn)
        known = self._keys.get(key)
        if known is None:
            known = tuple(self._rdns.setdefault(rdn, rdn) for rdn in key)
            self._keys[known] = known
        return known

    def _check_cancel(self) -> None:
        if self.should_cancel and self.should_cancel():
            raise Cancelled(i18n._("Reading group members was cancelled; nothing was changed."))

    def _ad(self) -> bool:
        if self._is_ad is None:
            self._is_ad = self.directory.root_dse().is_active_directory
        return self._is_ad

    def _group_values(self, key: tuple, dn: str) -> _GroupValues | None:
        if key in self._values:
            return self._values[key]
        # on AD ask for the first range explicitly: Windows ranges past MaxValRange anyway,
        # Samba only when asked, and read_entry fetches the other ranges whole
        member = "member;range=0-1499" if self._ad() else "member"
        extra = ("primaryGroupToken",) if self._ad() else ()
        raw = self.directory.read_entry(
            dn, ("objectClass", member, "uniqueMember", "memberUid", *extra))
        values = None
        if raw is not None and is_group(texts(raw, "objectClass")):
            unique = [_UNIQUE_UID.sub("", v) for v in texts(raw, "uniqueMember")]
            values = _GroupValues(member_dns=list(texts(raw, "member")) + unique,
                                  uids=list(texts(raw, "memberUid")),
                                  primary_token=first_text(raw, "primaryGroupToken"))
        self._values[key] = values
        return values

    # --- member entries -------------------------------------------------------------------

    def _member(self, dn: str, raw: dict[str, list[bytes]]) -> Member:
        found = texts(raw, "objectClass")
        classes = self._classes.setdefault(found, found)
        lower = {c.lower() for c in classes}
        if is_group(classes):
            kind = "group"
        elif "computer" in lower:
            kind = "computer"
        elif "foreignsecurityprincipal" in lower:
            kind = "foreign"
        elif "contact" in lower:
            kind = "contact"
        elif lower & self.user_classes:
            kind = "user"
        else:
            kind = "other"
        primary = next((v[5:] for v in texts(raw, "proxyAddresses") if v.startswith("SMTP:")),
                       None)
        return Member(dn=dn, kind=kind, object_classes=classes, mail=first_text(raw, "mail"),
                      smtp_primary=primary)

    def _resolve(self, dns: list[str], group_dn: str) -> dict[tuple, tuple[str, Member | None]]:
        """Member entries for DNs, from the cache, a memberOf search, or batches by parent."""
        wanted: dict[tuple, str] = {}
        result: dict[tuple, tuple[str, Member | None]] = {}
        for dn in dns:
            try:
                key = self._key(dn)
            except PositionedInputError:
                log.warning("group %s has a member value that is not a DN: %r", group_dn, dn)
                result[(("invalid", dn),)] = (dn, None)
                continue
            if key in self._entries:
                result[key] = (dn, self._entries[key])
            else:
                wanted[key] = dn
        if self.use_member_of and len(wanted) >= MEMBER_OF_THRESHOLD:
            self._by_member_of(wanted, group_dn)
        self._by_parent(wanted)
        for key, dn in wanted.items():
            result[key] = (dn, self._entries.get(key))
        return result

    def _store(self, dn: str, raw: dict[str, list[bytes]], wanted: dict[tuple, str]) -> bool:
        key = self._key(dn)
        if key not in wanted or self._entries.get(key) is not None:
            return False
        self._entries[key] = self._member(dn, raw)
        return True

    def _by_member_of(self, wanted: dict[tuple, str], group_dn: str) -> None:
        """Fetch the entries of `wanted` that name the group in memberOf, a page at a time.

        Only entries the group's member values name are taken, so a stale or missing memberOf
        costs a search, never a wrong answer; one that finds nothing for a group whose members
        do exist turns the search off for this Expander (no overlay).
        """
        base = self._context(group_dn)
        found = 0
        for page in self.directory.search_entries(
                base, f"(memberOf={escape_value(group_dn)})", attributes=MEMBER_ATTRIBUTES,
                page_size=self.page_size):
            self._check_cancel()
            found += sum(self._store(dn, raw, wanted) for dn, raw in page)
        if not found:
            self.use_member_of = False
            log.info("no entry names %s in memberOf: reading members by DN", group_dn)

    def _by_parent(self, wanted: dict[tuple, str]) -> None:
        """Read the entries of DNs not yet known in batches: one one-level search per parent
        with an OR of the members' RDNs (indexed attributes like cn and uid)."""
        by_parent: dict[tuple, list[tuple[tuple, str, str]]] = {}
        for key, dn in wanted.items():
            if key in self._entries:
                continue
            term = _rdn_filter(dn) if len(key) > 1 else None
            if term is None:
                self._entries[key] = self._read_one(dn)
                continue
            by_parent.setdefault(key[1:], []).append((key, dn, term))
        for items in by_parent.values():
            parent = dnmod.format_dn(dnmod.parse_dn(items[0][1])[1:])
            for start in range(0, len(items), self.batch_size):
                self._check_cancel()
                batch = items[start:start + self.batch_size]
                terms = "".join(term for _, _, term in batch)
                search_filter = terms if len(batch) == 1 else f"(|{terms})"
                batch_wanted = {key: dn for key, dn, _ in batch}
                try:
                    for page in self.directory.search_entries(
                            parent, search_filter, "one", MEMBER_ATTRIBUTES,
                            page_size=self._batch_page):
                        for dn, raw in page:
                            self._store(dn, raw, batch_wanted)
                except ListingIncomplete:
                    raise
                except DirectoryError:
                    if self.directory.entry_exists(parent):
                        raise
                for key, dn in batch_wanted.items():
                    # not found by its RDN: read by DN before calling it missing (a server
                    # may match an escaped or multi-valued RDN differently from the DN)
                    if key not in self._entries:
                        self._entries[key] = self._read_one(dn)

    def _read_one(self, dn: str) -> Member | None:
        raw = self.directory.read_entry(dn, MEMBER_ATTRIBUTES)
        return None if raw is None else self._member(dn, raw)

    def _context(self, dn: str) -> str:
        """The naming context holding `dn` (the longest that does), else the default one."""
        return naming_context(self.directory, dn)

    def _by_uid(self, uids: list[str], group_dn: str,
                result: Membership) -> dict[tuple, tuple[str, Member | None]]:
        """posixGroup memberUid values resolved to entries below the group's naming context."""
        found: dict[tuple, tuple[str, Member | None]] = {}
        seen: set[str] = set()
        unique = [u for u in dict.fromkeys(uids) if u]
        for start in range(0, len(unique), self.batch_size):
            batch = unique[start:start + self.batch_size]
            terms = "".join(f"(uid={escape_value(u)})" for u in batch)
            self._collect(group_dn, terms if len(batch) == 1 else f"(|{terms})", found, seen)
        result.unresolved_uids.extend(u for u in unique if u.casefold() not in seen)
        return found

    def _by_primary_group(self, token: str, group_dn: str) -> dict[tuple, tuple[str, Member]]:
        """AD: the accounts whose primary group this is (not listed in `member`)."""
        found: dict[tuple, tuple[str, Member]] = {}
        self._collect(group_dn, f"(primaryGroupID={escape_value(token)})", found, set())
        return found

    def _collect(self, group_dn: str, search_filter: str, found: dict, uids: set[str]) -> None:
        """Every entry a filter matches in the group's naming context, into `found`."""
        self._check_cancel()
        for page in self.directory.search_entries(
                self._context(group_dn), search_filter, "sub", (*MEMBER_ATTRIBUTES, "uid"),
                page_size=self.page_size):
            for dn, raw in page:
                key = self._key(dn)
                member = self._entries.get(key) or self._member(dn, raw)
                self._entries[key] = member
                found[key] = (dn, member)
                uids.update(u.casefold() for u in texts(raw, "uid"))


def _rdn_filter(dn: str) -> str | None:
    """A filter matching the values of the DN's first RDN, or None where a filter cannot say
    it (#hex)."""
    if not _NOT_PLAIN.search(dn):  # most DNs: no need to parse all of it
        attribute, _, value = dn.split(",", 1)[0].partition("=")
        return f"({attribute.strip()}={escape_value(value.strip(' '))})"
    rdn = dnmod.parse_dn(dn)[0]
    if any(ava.value.startswith("#") for ava in rdn):
        return None
    terms = [f"({ava.attribute}={escape_value(ava.value)})" for ava in rdn]
    return terms[0] if len(terms) == 1 else f"(&{''.join(terms)})"


def expand_groups(directory: Directory, groups: Iterable[Group | str], *,
                  nested: bool = True) -> Membership:
    """The members of `groups` together (e.g. every --member-of), nested by default."""
    return Expander(directory, nested=nested).expand(*groups)


def mailing_lists(directory: Directory, base: str | None = None, *, nested: bool = True,
                  expander: Expander | None = None) -> list[MailingList]:
    """Every mail-enabled group below `base` with its members expanded, sorted by name."""
    expander = expander or Expander(directory, nested=nested)
    return [MailingList(group, expander.expand(group))
            for group in mail_enabled_groups(directory, base)]


def memberships_for(directory: Directory, groups: Iterable[str], base: str | None = None, *,
                    nested: bool = True,
                    expander: Expander | None = None) -> dict[str, Membership]:
    """Each group, by name or DN as written (`--member-of`, `memberof` exclusion rules), with
    its members expanded; a name matching no group or several is BadInput."""
    expander = expander or Expander(directory, nested=nested)
    return {text: expander.expand(find_group(directory, text, base)) for text in groups}
