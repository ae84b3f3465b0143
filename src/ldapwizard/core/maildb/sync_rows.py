"""The sync's reads a page or a chunk at a time (issue 30: memory flat in the directory's
size): the imported users a page of the listing holds (by stable id), the imported users'
rows in the order of their address, the new entries of a plan without the others, and the
aliases this tool made for the known users of one page, brought in step."""

from __future__ import annotations

from collections.abc import Iterator

from ldapwizard import i18n
from ldapwizard.core import collector
from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb import addresses
from ldapwizard.core.maildb.accounts import AddressTaken, add_alias
from ldapwizard.core.maildb.claims import Claims
from ldapwizard.core.maildb.planner import (
    NEW,
    AddressChecks,
    PagePlanner,
    PlanOptions,
    aliases_in_domain,
    pages,
)

MINE_CHUNK = 500  # the imported users' rows read at a time (an older SQLite takes 999 parameters)


# the columns of an imported user's row a sync reads
COLUMNS = "id, stable_id, local_part, display_name, directory_dn, enabled, disabled_by"
ROW = f"SELECT {COLUMNS} FROM users"


class Marks:
    """A bit per user id: the imported users a listing matched (12.5 KB per 100,000 ids,
    where a set of ids would take about 5 MB)."""

    def __init__(self):
        self._bits = bytearray()

    def add(self, user_id: int) -> None:
        index = user_id >> 3
        if index >= len(self._bits):
            self._bits.extend(bytes(index + 1 - len(self._bits)))
        self._bits[index] |= 1 << (user_id & 7)

    def __contains__(self, user_id: int) -> bool:
        index = user_id >> 3
        return index < len(self._bits) and bool(self._bits[index] & (1 << (user_id & 7)))


def listing_pages(users) -> Iterator[list[DirectoryUser]]:
    """A listing a page at a time: a spill's pages (spill.ListingSpill), or a list's."""
    return users.pages() if hasattr(users, "pages") else pages(users)


def matched_rows(db, domain_id: int, profile: str, users, seen: Marks
                 ) -> Iterator[list[tuple[tuple, DirectoryUser]]]:
    """For each page of the listing `users`, (row, entry) of the users this profile imported
    into the domain that the page holds, found by stable id (an index): each row once, with
    the first entry listed with its stable id (`seen` marks the rows given)."""
    for page in listing_pages(users):
        ids = list(dict.fromkeys(user.stable_id for user in page if user.stable_id))
        rows: dict[str, tuple] = {}
        for start in range(0, len(ids), MINE_CHUNK):
            chunk = ids[start:start + MINE_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows.update((row[1], row) for row in db.execute(
                f"{ROW} WHERE domain_id = ? AND stable_id IN ({marks}) AND auth = 'directory' "
                "AND profile = ? AND batch_id IS NOT NULL", (domain_id, *chunk, profile)
            ).fetchall())
        pairs = []
        for user in page:
            row = rows.get(user.stable_id) if user.stable_id else None
            if row is not None and row[0] not in seen:
                seen.add(row[0])
                pairs.append((row, user))
        yield pairs


def imported_rows(db, domain_id: int, profile: str) -> Iterator[list[tuple]]:
    """The rows of the users this profile imported into the domain (id, stable id, local
    part, display name, DN, enabled, disabled by: ROW), a chunk at a time in the order of their
    address (the unique index on domain and local key: each chunk a range of it, never a
    scan or a sort of the whole table), each read whole before the caller writes."""
    last = ""
    while True:
        chunk = db.execute(
            f"SELECT local_key, {COLUMNS} FROM users WHERE domain_id = ? AND local_key > ? AND "
            "auth = 'directory' AND profile = ? AND batch_id IS NOT NULL "
            "ORDER BY domain_id, local_key LIMIT ?",
            (domain_id, last, profile, MINE_CHUNK)).fetchall()
        if not chunk:
            return
        last = chunk[-1][0]
        yield [row[1:] for row in chunk]


def new_entries(users: list[DirectoryUser], options: PlanOptions, snapshot) -> list:
    """The new entries `make_plan` gives, in its order and with its verdicts, planned a page
    at a time: the others (at a sync, nearly every user, hidden as imported) are dropped page
    by page instead of kept to the end (issue 30: about 200 bytes a user)."""
    with collector.paused():
        plan_page, new = PagePlanner(options, snapshot), []
        for page in pages(users):
            new.extend(e for e in plan_page(page) if e.status == NEW)
        claims = Claims(options.domain)
        for entry in new:
            claims.add(entry, entry)
        settle = claims.settle(lambda entry: entry.user.dn)
        for entry in new:
            settle(entry, entry)
        return [e for e in new if e.status == NEW]


def made_aliases(db, domain_id: int, user_ids: list[int]) -> dict[int, dict[str, int]]:
    """user id -> {alias key: alias id} of the aliases this tool made for one user each, of
    these users, in one query (a query per user is a round trip each to a server)."""
    made: dict[int, dict[str, int]] = {}
    if not user_ids:
        return made
    marks = ", ".join("?" * len(user_ids))
    for user_id, key, alias_id in db.execute(
            # CROSS JOIN: SQLite starts from the users' targets (an index on user id), not
            # from every alias of the domain (a chunk at a time, that was quadratic)
            "SELECT t.user_id, a.local_key, a.id FROM alias_targets t CROSS JOIN aliases a "
            "WHERE a.id = t.alias_id AND a.domain_id = ? AND t.user_id IN "
            f"({marks}) AND a.batch_id IS NOT NULL AND (SELECT count(*) FROM alias_targets o "
            "WHERE o.alias_id = a.id) = 1", (domain_id, *user_ids)):
        made.setdefault(user_id, {})[key] = alias_id
    return made


def sync_aliases(db, user_id: int, local: str, user: DirectoryUser, domain: str,
                  domain_id: int, batch_id: int, report,
                  made: dict[str, int], allow_roles: bool = False,
                  checks: AddressChecks | None = None) -> list[str]:
    """Add the user's new in-domain aliases and drop the ones this tool made that are gone
    (`made`: its aliases of that kind); what changed, in words. `checks`, shared by the
    users of a sync, remembers each address domain's verdict (IDNA once a domain)."""
    candidates = user.aliases + ((user.email,) if user.email else ())
    wanted = {addresses.key(alias): alias
              for alias in aliases_in_domain(candidates, domain, local, checks,
                                             allow_roles=allow_roles)}
    changed: list[str] = []
    for key, alias_id in made.items():
        if key not in wanted:
            db.execute("DELETE FROM aliases WHERE id = ?", (alias_id,))
            changed.append(f"alias {key}@{domain} is gone from the directory: removed")
    for key, alias_local in wanted.items():
        if key in made:
            continue
        db.execute("SAVEPOINT alias")
        try:
            add_alias(db, domain_id, alias_local, [f"{local}@{domain}"], batch_id,
                      user_id=user_id)
        except AddressTaken as taken:
            db.execute("ROLLBACK TO alias")
            report.notes.append(i18n._("alias {alias} of {address} not added: {reason}",
                                       alias=f"{alias_local}@{domain}",
                                       address=f"{local}@{domain}", reason=taken.message))
        else:
            changed.append(f"new alias {alias_local}@{domain} in the directory: added")
        db.execute("RELEASE alias")
    return changed
