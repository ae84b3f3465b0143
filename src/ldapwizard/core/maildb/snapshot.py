"""What a plan checks against: a domain's taken names, every login, the ids imported before,
read once from an open user database (database.UserDatabase.snapshot)."""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Snapshot:
    """A domain's taken names and imported ids, as a plan checks against them."""

    domain_id: int | None = None
    namespace: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    usernames: Container[str] = field(default_factory=frozenset)  # logins, all domains
    imported: Mapping[str, str] = field(default_factory=dict)
    imported_lists: Mapping[str, str] = field(default_factory=dict)  # stable id -> local


class Namespace(Mapping):
    """A domain's taken local keys; a key's kind and stored spelling are read when asked."""

    def __init__(self, connection, domain_id: int, keys: frozenset[str]):
        self._connection = connection
        self._domain_id = domain_id
        self._keys = keys

    def __getitem__(self, key: str) -> tuple[str, str]:
        if key in self._keys:
            row = self._connection.execute(
                "SELECT 'user', local_part FROM users WHERE domain_id = ? AND local_key = ? "
                "UNION ALL SELECT 'alias', local_part FROM aliases WHERE domain_id = ? AND "
                "local_key = ? UNION ALL SELECT 'list', local_part FROM lists WHERE "
                "domain_id = ? AND local_key = ?", (self._domain_id, key) * 3).fetchone()
            if row:
                return row
        raise KeyError(key)

    def get(self, key: str, default=None):
        # the planner's hot path: most keys are free, and that needs no query
        if key not in self._keys:
            return default
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
