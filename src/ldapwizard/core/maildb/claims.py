"""Duplicates within the directory: who claims each address and login name among a listing's
new entries.

Two entries claiming one address (or one login name) are both problems, naming each other; so
are two whose addresses differ but look alike (one skeleton, localparts.skeleton); an alias that
is another new entry's address goes to that entry; one several entries claim goes to the entry
whose stable id sorts first (the same whatever the listing's order), each of them saying so in a
note. Only the whole listing can tell, so this runs after every page is planned: entries are
added in listing order under a token, and `settle` returns what applies the verdicts to each,
again in listing order. A token is the entry itself (a plan in memory: no object more per entry)
or its ordinal in a spill file (an int; the entry is not in memory). Only the keys and tokens
stay here, and the DNs the reasons name are asked for when needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ldapwizard import i18n
from ldapwizard.core.maildb import localparts, signin
from ldapwizard.core.maildb.lists import PROBLEM

if TYPE_CHECKING:
    from ldapwizard.core.maildb.planner import PlanEntry

_FREE = object()
Token = object  # a PlanEntry, or an int naming one


def _ident(token: Token) -> int:
    """What tells tokens apart: an ordinal by its value, an entry by its identity (two
    entries of one listing may be equal)."""
    return token if type(token) is int else id(token)


class Claims:
    """The keys the new entries of a listing claim, in listing order."""

    def __init__(self, domain: str):
        self.domain = domain
        self.first: dict[str, Token] = {}  # key -> its first claimant
        self.more: dict[str, list[Token]] = {}  # key claimed more than once -> every claimant
        # skeleton -> (claimant, its key), for the addresses whose skeleton is not their key
        # (non-ASCII ones only: an ASCII key is its own skeleton, found in `first`)
        self.looks: dict[str, list[tuple[Token, str]]] = {}
        # alias key -> (stable id, claimant) of each entry claiming it as an alias
        self.alias_claims: dict[str, list[tuple[str, Token]]] = {}
        self.only_extras = False  # known once settled

    def add(self, token: Token, entry: PlanEntry) -> None:
        """Record a new entry's address and, when it differs, its login name."""
        local = entry.local_part
        key = local.casefold()
        first = self.first
        claimed = local if key == local else key  # no second copy of the text
        if claimed in first:
            self._claim(claimed, token)
        else:
            first[claimed] = token
        if not key.isascii():
            skeleton = localparts.skeleton(key)
            if skeleton != key:
                self.looks.setdefault(skeleton, []).append((token, key))
        username = entry.username
        if username and username is not local:  # the local part itself: the same key
            name = username.casefold()
            if name != key:
                self._claim("\0" + name, token)
        for name in entry.sign_in:  # extra sign-in names (signin.py)
            self._claim("\1" + name.casefold(), token)
        for alias in entry.aliases:  # an extra name must not be another entry's alias
            key = alias.casefold()
            self._claim("\2" + key, token)
            self.alias_claims.setdefault(key, []).append((entry.user.stable_id or "", token))

    def add_new(self, entries: list[PlanEntry], new: str) -> None:
        """`add(entry, entry)` for each of `entries` whose status is `new`, in order; the
        plain ones (an ASCII address that is also the login, no aliases, no extra names: most
        of a listing) without add's questions, whose answers they would not change."""
        first, add, claim = self.first, self.add, self._claim
        for entry in entries:
            if entry.status != new:
                continue
            local = entry.local_part
            if entry.username is local and not entry.aliases and not entry.sign_in \
                    and local.isascii():
                key = local.casefold()
                claimed = local if key == local else key
                if claimed in first:
                    claim(claimed, entry)
                else:
                    first[claimed] = entry
            else:
                add(entry, entry)

    def _claim(self, key: str, token: Token) -> None:
        first = self.first.get(key, _FREE)
        if first is _FREE:
            self.first[key] = token
            return
        claimants = self.more.get(key)
        if claimants is None:
            self.more[key] = [first, token]
        else:
            claimants.append(token)

    def settle(self, dn_of: Callable[[Token], str]) -> Callable[[Token, PlanEntry], None]:
        """What gives each added entry its verdict, called in listing order with the token
        it was added under; `dn_of(token)` is the DN of an added entry."""
        domain, first, more = self.domain, self.first, self.more
        duplicate: dict[int, str] = {}  # _ident(token) -> the key it shares
        if more:
            for key in first:  # in claim order: an entry in two duplicates names the later
                if key[0] in "\1\2":
                    continue  # extra names and aliases claimed twice are settled apart
                for token in more.get(key, ()):
                    duplicate[_ident(token)] = key
        lookalike = self._lookalikes()
        alias_owner = self._alias_owners(duplicate, lookalike)
        # without duplicates or lookalikes, only an entry's aliases and extra names can
        # change: `apply` leaves any other entry as it is, and need not be given it
        self.only_extras = not duplicate and not lookalike
        suffix = "@" + domain

        def _settle_sign_in(entry: PlanEntry, token: Token) -> None:
            # an extra name goes when another entry claims it as its own, as its login, as
            # its address (local@domain), or as an extra name too: none of them gets it
            kept, notes = [], list(entry.notes)
            for name in entry.sign_in:
                key = name.casefold()
                # a name without @ is a login that is its own address's local part
                local = key[:-len(suffix)] if key.endswith(suffix) else (
                    None if "@" in key else key)
                others = [o for o in more.get("\1" + key, ())
                          if _ident(o) != _ident(token)]
                for claim in ("\0" + key, local, local and "\2" + local):
                    if claim and claim in first and _ident(first[claim]) != _ident(token):
                        others.append(first[claim])
                if others:
                    notes.append(i18n._("sign-in name {name} is not added: also claimed by "
                                        "{dn}", name=localparts.shown(name),
                                        dn=dn_of(others[0])))
                else:
                    kept.append(name)
            if kept:
                notes.append(signin.signs_in_also(kept))
            entry.sign_in, entry.notes = tuple(kept), tuple(notes)

        def apply(token: Token, entry: PlanEntry) -> None:
            ident = token if type(token) is int else id(token)  # _ident, inline
            key = duplicate.get(ident) if duplicate else None
            if key is not None:
                others = ", ".join(dn_of(o) for o in more[key] if _ident(o) != ident)
                entry.status = PROBLEM
                entry.reason = (
                    i18n._("duplicate user name {name} in the directory (also {others})",
                           name=entry.username, others=others) if key.startswith("\0") else
                    i18n._("duplicate address {address} in the directory (also {others})",
                           address=f"{entry.local_part}@{domain}", others=others))
                return
            group = lookalike.get(ident) if lookalike else None
            if group is not None:
                own = entry.local_part.casefold()
                others = ", ".join(f"{other_key}@{domain} ({dn_of(other)})"
                                   for other, other_key in group if other_key != own)
                entry.status = PROBLEM
                entry.reason = i18n._("mailbox name looks like another entry's address: "
                                      "{others}; a lookalike address (rename one in the "
                                      "directory)", others=others)
                return
            if entry.sign_in:
                _settle_sign_in(entry, token)
            if not entry.aliases:
                return
            kept = []
            notes = list(entry.notes)
            for alias in entry.aliases:
                key = alias.casefold()
                if key in first:
                    notes.append(i18n._("alias {alias} is the address of {dn}; not imported",
                                        alias=f"{alias}@{domain}", dn=dn_of(first[key])))
                    continue
                owner, shared = alias_owner.get(key, (token, 1))
                if _ident(owner) != ident:
                    notes.append(i18n._("alias {alias} is also claimed by {dn}, which gets it: "
                                        "its stable id sorts first; not imported",
                                        alias=f"{alias}@{domain}", dn=dn_of(owner)))
                    continue
                if shared > 1:
                    notes.append(i18n._("alias {alias} is claimed by {count} entries; this one "
                                        "gets it: its stable id sorts first",
                                        alias=f"{alias}@{domain}", count=shared))
                kept.append(alias)
            entry.aliases, entry.notes = tuple(kept), tuple(notes)

        return apply

    def _alias_owners(self, duplicate: dict, lookalike: dict) -> dict[str, tuple[Token, int]]:
        """alias key -> (the entry that gets it, how many entries claim it), for aliases
        claimed more than once: of the entries that stay new, the one whose stable id sorts
        first, so two listings in any order give it to the same entry."""
        owners = {}
        for key, claims in self.alias_claims.items():
            if len(claims) < 2:
                continue
            eligible = [(stable_id, _ident(t), t) for stable_id, t in claims
                        if _ident(t) not in duplicate and _ident(t) not in lookalike]
            if eligible:
                owners[key] = (min(eligible, key=lambda c: c[0])[2], len(eligible))
        return owners

    def _lookalikes(self) -> dict[int, list[tuple[Token, str]]]:
        """_ident(token) -> the claimants sharing its skeleton, for skeletons that two
        different addresses share."""
        found: dict[int, list[tuple[Token, str]]] = {}
        for skeleton, claimants in self.looks.items():
            group = list(claimants)
            twin = self.first.get(skeleton, _FREE)
            if twin is not _FREE:
                group.insert(0, (twin, skeleton))
            if len({key for _, key in group}) > 1:
                for token, _ in group:
                    found[_ident(token)] = group
        return found
