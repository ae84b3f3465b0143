"""A plan's identity: what it would do, as counts for people and a digest for the code.

The digest is taken over the plan's actions (each one a short tuple of text: what, to whom,
from which directory entry), sorted, so the same actions in another order are the same plan
and any other action — one more user, another address, another removal — is another plan.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from ldapwizard.i18n import english


@dataclass(frozen=True)
class Counts:
    """How many of each action a plan holds (or a run did), in the words every report uses."""

    users: int = 0  # users created
    aliases: int = 0  # aliases created with them
    lists: int = 0  # mailing lists created
    updated: int = 0
    reenabled: int = 0
    disabled: int = 0
    removed: int = 0
    lists_changed: int = 0
    lists_disabled: int = 0
    lists_removed: int = 0
    skipped: int = 0
    failed: int = 0
    left_out: int = 0

    def changes(self) -> dict[str, int]:
        """The non-zero counts, in field order."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


@dataclass(frozen=True)
class PlanIdentity:
    """What a question or a page showed: the counts, and the digest of the actions behind them."""

    counts: Counts
    digest: str = field(repr=False)

    def same_actions(self, other: PlanIdentity) -> bool:
        return self.digest == other.digest


def digest_of(actions: Iterable[tuple[str, ...]]) -> str:
    """A digest of the actions, independent of their order (sorted, then hashed)."""
    hasher = hashlib.sha256()
    # a reason's English, not the words of the language the run speaks: the window in German
    # and `sync --dry-run` with LANG=C show the same plan under the same id
    for action in sorted(tuple(english(part) for part in action) for action in actions):
        hasher.update("\x1f".join(action).encode("utf-8", "surrogatepass"))
        hasher.update(b"\x1e")
    return hasher.hexdigest()
