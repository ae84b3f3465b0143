"""Schema version 8 (issue 27): the jobs that wrote to the database, by their stable id.

A job's users, lists, batches and its `directories` row are owned by the job's stable id
(`Profile.owner`), kept when the job is renamed. `jobs` maps that id to the name the job has
now: each run upserts its row, so `db show` and the batches list show the current name, never
the id. Rows written before version 8 are owned by a profile's name or a server (the id a
profile of format 2 gets is its name): the migration records every such owner under itself.

The mail server's views do not read `jobs`, so no reader is granted it.
"""

from __future__ import annotations

_TABLE = """
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""

# every owner the rows know, named by itself (the same SQL in both back ends)
_FILL = """
INSERT INTO jobs (id, name, updated_at)
SELECT owner, owner, max(stamp) FROM (
    SELECT profile AS owner, coalesce(finished_at, started_at) AS stamp FROM batches
        WHERE profile IS NOT NULL AND profile <> ''
    UNION ALL SELECT profile, updated_at FROM users WHERE profile IS NOT NULL AND profile <> ''
    UNION ALL SELECT profile, created_at FROM lists WHERE profile IS NOT NULL AND profile <> ''
    UNION ALL SELECT name, updated_at FROM directories
) AS owners GROUP BY owner;
"""

SQLITE = _TABLE + _FILL
POSTGRESQL = _TABLE + _FILL

# the name a batch's, user's or list's owner has now (its id when no run recorded a name)
def shown_owner(column: str) -> str:
    """SQL for the current name of the job whose id is in `column`."""
    return f"coalesce((SELECT j.name FROM jobs j WHERE j.id = {column}), {column})"
