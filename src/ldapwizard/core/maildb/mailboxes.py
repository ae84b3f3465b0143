"""Mailbox paths are issued once, for ever: a later user of an address never gets the folder
that holds an earlier user's mail.

The database records every path it ever gave a user in `mailboxes_issued` (schema version 5),
whose rows are never deleted; its triggers refuse a user whose path was issued before, so the
rule holds whoever writes. Here ldapwizard picks the first path never issued, and says in its
reports where a removed user's mail stays.
"""

from __future__ import annotations

from ldapwizard import i18n

ISSUED_CHUNK = 500  # paths asked about in one statement (SQLite allows 32766 parameters)


def issue(db, folder: str, name: str) -> str:
    """The first mailbox path for `name` in the domain's `folder` that was never issued:
    `folder/name/`, else `folder/name+2/`, `+3`… (`+` is escaped in every encoded name,
    addresses.mailbox_name, so no address's own path has one)."""
    path, number = f"{folder}{name}/", 1
    while issued(db, [path]):
        number += 1
        path = f"{folder}{name}+{number}/"
    return path


def issued(db, paths: list[str]) -> set[str]:
    """Which of these mailbox paths were issued before (an index look-up each)."""
    found: set[str] = set()
    for start in range(0, len(paths), ISSUED_CHUNK):
        chunk = paths[start:start + ISSUED_CHUNK]
        marks = ", ".join("?" * len(chunk))
        found.update(row[0] for row in db.execute(
            f"SELECT mailbox FROM mailboxes_issued WHERE mailbox IN ({marks})", chunk))
    return found


def set_aside(db, paths: list[str], stamp: str) -> None:
    """Record when (`stamp`, database.now()) the users of these paths were removed; their
    mail stays there."""
    for start in range(0, len(paths), ISSUED_CHUNK):
        chunk = paths[start:start + ISSUED_CHUNK]
        db.execute(f"UPDATE mailboxes_issued SET removed_at = ? WHERE mailbox IN "
                   f"({', '.join('?' * len(chunk))})", (stamp, *chunk))


def earlier_path(path: str) -> str | None:
    """The address's own path, issued to an earlier user, when `path` is a later one."""
    name, plus, number = path.rstrip("/").rpartition("+")
    return f"{name}/" if plus and number.isdigit() else None


def new_path_note(path: str) -> str:
    """What a created user's report line adds when its address's own path held an earlier
    user's mail ("" otherwise)."""
    words = new_path_words(path)
    return "; " + words if words else ""


def new_path_words(path: str) -> str:
    """The earlier user's mail a created user's path keeps aside, in a clause ("" when its
    address's own path held none)."""
    earlier = earlier_path(path)
    if earlier is None:
        return ""
    return i18n._("mailbox {path}: {earlier} holds the mail of an earlier user of this "
                  "address, kept aside, never handed on", path=path, earlier=earlier)


def kept_note(path: str) -> str:
    """What a removed user's report line adds: where its mail stays."""
    return "; " + kept_words(path)


def kept_words(path: str) -> str:
    """Where a removed user's mail stays, in a clause."""
    return i18n._("its mail stays in {path} under the mail root, kept aside: no later user gets "
                  "that folder", path=path)


def kept_summary(paths: list[str], shown: int = 5) -> str:
    """One sentence on where the mail of removed users stays ("" when none was removed)."""
    if not paths:
        return ""
    named = ", ".join(paths[:shown])
    if len(paths) > shown:
        return i18n._n("Mail delivered to the removed users stays in their mailbox folders "
                       "under the mail root ({folders} and {count} more), kept aside: no later "
                       "user gets these folders; move or delete them by hand.",
                       "Mail delivered to the removed users stays in their mailbox folders "
                       "under the mail root ({folders} and {count} more), kept aside: no later "
                       "user gets these folders; move or delete them by hand.",
                       len(paths) - shown, folders=named)
    return i18n._("Mail delivered to the removed users stays in their mailbox folders under "
                  "the mail root ({folders}), kept aside: no later user gets these folders; "
                  "move or delete them by hand.", folders=named)
