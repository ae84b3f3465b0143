"""Schema version 9 (issue 28): where each member of a mailing list came from.

`list_members.source` is 'directory' for a member a list has because it is a member of the
directory group the list was made from (a sync adds and removes these as the group changes),
or 'admin' for a member added by hand (`ldapwizard db add-member`, the window, SQL or another
tool): every sync keeps those, names them in its report, and a list holding some is never
removed by sync, nor undone without `--force`.

A row written without a source is 'admin': whatever wrote it was not the sync, so the member
is kept. The migration calls the members of lists made from groups (a stable id) 'directory',
as only a sync and an import wrote those until now, and those of lists made by hand 'admin'.

Nothing the mail server reads changes: the mail_* views, their readers' grants and Postfix's
joined forwards (schema_v7) select the members' addresses, not their source. The UPDATE below
marks the lists' forwards for joining again; they are joined before the migration's COMMIT,
to the same text.
"""

from __future__ import annotations

SOURCES = ("directory", "admin")
DIRECTORY, ADMIN = SOURCES

_FILL = """
UPDATE list_members SET source = 'directory'
    WHERE list_id IN (SELECT id FROM lists WHERE stable_id IS NOT NULL);
"""

SQLITE = """
ALTER TABLE list_members ADD COLUMN source TEXT NOT NULL DEFAULT 'admin'
    CHECK (source IN ('directory', 'admin'));
""" + _FILL

POSTGRESQL = """
ALTER TABLE list_members ADD COLUMN source TEXT NOT NULL DEFAULT 'admin'
    CHECK (source IN ('directory', 'admin'));
""" + _FILL

