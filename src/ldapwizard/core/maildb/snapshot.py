"""What a plan checks against: a domain's taken names, every login, the ids imported before,
as an open user database answers for them (database.UserDatabase.snapshot).

Nothing is read whole up front: the planner asks for a page of the listing at a time
(`among`, one indexed query per page and kind), so a plan's memory does not grow with the
database; a plain dict or set stands in for any of them (tests, a database not created yet).
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import itemgetter

from ldapwizard.core.maildb.localparts import skeleton

LOOKUP_BATCH = 500  # keys per query: well under any driver's limit on parameters


@dataclass(frozen=True)
class Snapshot:
    """A domain's taken names and imported ids, as a plan checks against them."""

    domain_id: int | None = None
    namespace: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    usernames: Container[str] = field(default_factory=frozenset)  # logins, all domains
    imported: Mapping[str, str] = field(default_factory=dict)
    imported_lists: Mapping[str, str] = field(default_factory=dict)  # stable id -> local
    _looks: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def lookalikes(self) -> Mapping[str, str]:
        """skeleton -> the domain's key that has it, for the keys that are not their own
        skeleton (non-ASCII ones: `аce` is there as `ace`); read once, on first use."""
        if not self._looks:
            self._looks[""] = ""  # read: a domain without any is not read again
            keys = getattr(self.namespace, "non_ascii", None)
            for key in (keys() if keys else self.namespace):
                if not key.isascii() and (look := skeleton(key)) != key:
                    self._looks.setdefault(look, key)
        return self._looks


def among(found_in, keys: Iterable[str]):
    """The part of a snapshot's mapping (or set) these keys find: a dict (a set for a set),
    read from the database in a query per batch when `found_in` is one of the lazy kinds."""
    lookup = getattr(found_in, "among", None)
    if lookup is not None:
        return lookup(keys)
    if isinstance(found_in, Mapping):
        return {key: found_in[key] for key in keys if key in found_in}
    return {key for key in keys if key in found_in}


class _Lookup:
    """Rows of one table found by a key column, a batch of keys per query."""

    _select = ""  # SELECT key, value… WHERE … AND key IN ({marks})
    _all = ""  # every key

    def __init__(self, connection, *params):
        self._connection = connection
        self._params = params

    def _rows(self, keys: Iterable[str]) -> Iterator[tuple]:
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), LOOKUP_BATCH):
            batch = wanted[start:start + LOOKUP_BATCH]
            yield from self._connection.execute(
                self._select.format(marks=", ".join("?" * len(batch))),
                (*self._params, *batch))

    def _keys(self) -> Iterator[str]:
        return map(itemgetter(0), self._connection.execute(self._all, self._params))

    def __contains__(self, key: object) -> bool:  # each kind's `among` finds a batch of keys
        return isinstance(key, str) and bool(self.among((key,)))

    def __iter__(self) -> Iterator[str]:
        return self._keys()

    def __len__(self) -> int:
        return sum(1 for _ in self._keys())


class Namespace(_Lookup, Mapping):
    """A domain's taken local keys -> (user/alias/list, local part as stored)."""

    _select = ("SELECT a.local_key, a.kind, coalesce(u.local_part, l.local_part, "
               "al.local_part) FROM addresses a "
               "LEFT JOIN users u ON a.kind = 'user' AND u.domain_id = a.domain_id "
               "AND u.local_key = a.local_key "
               "LEFT JOIN aliases al ON a.kind = 'alias' AND al.domain_id = a.domain_id "
               "AND al.local_key = a.local_key "
               "LEFT JOIN lists l ON a.kind = 'list' AND l.domain_id = a.domain_id "
               "AND l.local_key = a.local_key "
               "WHERE a.domain_id = ? AND a.local_key IN ({marks})")
    _all = "SELECT local_key FROM addresses WHERE domain_id = ?"

    def non_ascii(self) -> Iterator[str]:
        """The domain's keys that are not plain ASCII (the only ones a skeleton can differ
        from), chosen by the database: the ASCII ones, most of a domain, never reach Python."""
        wider = ("octet_length(local_key) > length(local_key)"
                 if hasattr(self._connection, "copy_rows")  # PostgreSQL
                 else "length(CAST(local_key AS BLOB)) > length(local_key)")
        return map(itemgetter(0), self._connection.execute(
            f"SELECT local_key FROM addresses WHERE domain_id = ? AND {wider}", self._params))

    def among(self, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
        # a claim without its row (not made by our triggers) leaves the key free, as before
        return {key: (kind, local) for key, kind, local in self._rows(keys)
                if local is not None}

    def __getitem__(self, key: str) -> tuple[str, str]:
        return self.among((key,))[key]

    def get(self, key: str, default=None):
        return self.among((key,)).get(key, default)


class Logins(_Lookup, Collection):
    """Every name a user signs in with, casefolded: the logins and the users' full addresses
    (one user each across all domains: login_names)."""

    _select = "SELECT name_key FROM login_names WHERE name_key IN ({marks})"
    _all = "SELECT name_key FROM login_names"

    def among(self, keys: Iterable[str]) -> set[str]:
        return {key for key, in self._rows(keys)}


class Imported(_Lookup, Mapping):
    """stable id -> local part of a domain's users imported from a directory before."""

    # IN implies NOT NULL, so SQLite takes the partial index by (domain, stable id); saying
    # so as well made it scan the domain's range instead (15x slower)
    _select = ("SELECT stable_id, local_part FROM users WHERE domain_id = ? "
               "AND stable_id IN ({marks})")
    _all = "SELECT stable_id FROM users WHERE domain_id = ? AND stable_id IS NOT NULL"
    # one step into that index: does the domain hold any? (none before its first import)
    _any = "SELECT 1 FROM users WHERE domain_id = ? AND stable_id IS NOT NULL LIMIT 1"

    def among(self, keys: Iterable[str]) -> dict[str, str]:
        # asked each time, never remembered: an import may add some between two pages
        if self._connection.execute(self._any, self._params).fetchone() is None:
            return {}
        return dict(self._rows(keys))

    def __getitem__(self, key: str) -> str:
        return self.among((key,))[key]
