"""Following the directory's disabled state for imported users a listing did not return.

A filter that leaves disabled accounts out makes a disabled user look like a leaver: without
removals a sync would leave it enabled, with them remove it. Before the sync, the users this
profile imported whom the listing lacks are read at their DN (directory/unlisted.py); each
still there with the same stable id and disabled joins the listing, so the sync disables it
(and never removes it while it stays in the directory), as it would a listed one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.planner import PlanOptions
from ldapwizard.core.maildb.sync_rows import Marks, imported_rows, matched_rows

# More unlisted users than this are not read one by one (a base search each): a filter that
# now leaves out thousands is a change of the admin's, said as leavers, not a lookup storm.
READ_LIMIT = 1000


def unlisted(database: UserDatabase, users: Iterable[DirectoryUser], options: PlanOptions,
             profile: str) -> dict[str, str]:
    """DN -> stable id of the users this profile imported into the domain whom `users`
    (a complete listing) does not hold."""
    domain_id = database.domain_id(options.domain)
    if domain_id is None:
        return {}
    seen = Marks()  # the imported users the listing holds: a bit per user id
    with database.reading() as db:
        for _ in matched_rows(db, domain_id, profile, users, seen):
            pass
        return {row[4]: row[1] for chunk in imported_rows(db, domain_id, profile)
                for row in chunk if row[0] not in seen}


def with_disabled_unlisted(database: UserDatabase, users: list[DirectoryUser],
                           options: PlanOptions, profile: str,
                           read: Callable[[list[str]], list[DirectoryUser]]
                           ) -> tuple[list[DirectoryUser], str | None]:
    """The listing plus the imported users it lacks that are still in the directory and
    disabled there (`read` reads entries by DN); and a note when there were too many to
    read. With disabled accounts included the directory's state is not followed: nothing
    is read."""
    if options.include_disabled or not users:
        return users, None
    missing = unlisted(database, users, options, profile)
    if not missing:
        return users, None
    if len(missing) > READ_LIMIT:
        return users, (f"{len(missing)} imported users are not in the listing, more than "
                       f"the {READ_LIMIT} read one by one to see whether the directory only "
                       "disabled them; they count as no longer in the directory")
    found = [user for user in read(list(missing))
             if user.disabled and user.stable_id and missing.get(user.dn) == user.stable_id]
    if not isinstance(users, list):  # a spill (a sync's listing): appended in place
        users.extend(found)
        return users, None
    return users + found, None


def listing_with_disabled(location, users: list[DirectoryUser], options: PlanOptions,
                          profile: str, read: Callable[[list[str]], list[DirectoryUser]]
                          ) -> tuple[list[DirectoryUser], str | None]:
    """`with_disabled_unlisted` against the database at `location`, read and closed (the
    window's preview, which runs on a copy)."""
    database = UserDatabase.open_existing(location)
    if database is None:
        return users, None
    with database:
        return with_disabled_unlisted(database, users, options, profile, read)
