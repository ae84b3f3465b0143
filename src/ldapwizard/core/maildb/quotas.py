"""Mailbox quotas: a size as an admin types it (500M, 2G, none), and setting a user's.

The limit is stored in `users.quota_bytes` (NULL: no limit); the mail server's userdb hands it
to Dovecot's quota plugin, which enforces it (core/mailserver/quota.py).
"""

from __future__ import annotations

import re

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb.accounts import find_user
from ldapwizard.core.maildb.database import now

# Dovecot reads sizes in powers of 1024, and so do we: "1G" means the same to both
_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}
_SIZE = re.compile(r"(\d+)\s*([KMGT]?)(?:I?B)?", re.IGNORECASE)
NO_LIMIT = ("none", "unlimited")
MAX_BYTES = 2 ** 62  # far beyond any disk, still inside SQLite's and PostgreSQL's BIGINT


def parse_size(text: str) -> int | None:
    """Bytes for a size such as 500M, 2G, 1024K or 3000 (powers of 1024); None for `none`."""
    value = text.strip()
    if value.lower() in NO_LIMIT:
        return None
    match = _SIZE.fullmatch(value)
    size = int(match.group(1)) * _UNITS[match.group(2).upper()] if match else 0
    if not match or not 0 < size <= MAX_BYTES:
        raise BadInput(i18n._("{size} is not a quota size.", size=repr(text)),
                       hint=i18n._("Give a size such as 500M, 2G or 3000 (bytes; K, M, G and T are "
                              "powers of 1024), or none for no limit."))
    return size


def shown_size(size: int | None) -> str:
    """A quota as an admin reads it: 500M, 2G, 3000 bytes, or no limit."""
    if size is None:
        return i18n._("no limit")
    for unit in ("T", "G", "M", "K"):
        if size % _UNITS[unit] == 0:
            return f"{size // _UNITS[unit]}{unit}"
    return i18n._n("{count} byte", "{count} bytes", size)


def apply_default(db, batch_id: int, size: int) -> int:
    """Give the users a batch created, and nobody else, the job's default quota; how many."""
    return db.execute("UPDATE users SET quota_bytes = ? WHERE batch_id = ? AND "
                      "quota_bytes IS NULL", (size, batch_id)).rowcount


def set_quota(db, address: str, size: int | None) -> tuple[str, int | None]:
    """Give a user a quota (None: no limit); (address as stored, the quota it had)."""
    user_id, _, stored = find_user(db, address)
    before = db.execute("SELECT quota_bytes FROM users WHERE id = ?", (user_id,)).fetchone()[0]
    db.execute("UPDATE users SET quota_bytes = ?, updated_at = ? WHERE id = ?",
               (size, now(), user_id))
    return stored, before
