"""Schema version 10 (issue 31): who was sent a welcome message.

`welcome_sent` holds one row per user the welcome step (core/welcome/) has handled: `sent_at`
set — the SMTP server took the message; `error` set — it refused it (its answer kept), sent
again by the next run; both empty — claimed by a run that never heard the answer, in doubt.
The row goes with its user (ON DELETE CASCADE): a user an undo removed and an import makes
again is a new user and is welcomed again.

`welcome send` made this table itself before version 10 (the same columns): the migration
keeps such a table and its rows as they are.

The mail server's views do not read it, so no reader is granted it.
"""

from __future__ import annotations

_TABLE = """
CREATE TABLE IF NOT EXISTS welcome_sent (
    user_id {id_type} PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    sent_at TEXT,
    error TEXT
);
"""

SQLITE = _TABLE.format(id_type="INTEGER")
POSTGRESQL = _TABLE.format(id_type="BIGINT")
