"""Who was welcomed: one row per user in `welcome_sent (user_id, sent_at, error)`, so a
message goes to each user once, a failed one is retried by the next run, and a run stopped
halfway goes on where it stopped.

A row's states: `sent_at` set — sent (the server took it); `error` set — the server refused
it (its answer kept), sent again by the next run; both empty — claimed by a run that never
heard the server's answer (killed mid-send): perhaps sent, so never sent again unless the
admin asks for it by name (`welcome send --resend ADDRESS`). The row goes with its user
(ON DELETE CASCADE): a user an undo removed and an import makes again is a new user.

The table is schema version 10's (core/maildb/schema_v10.py), in SQLite and PostgreSQL alike.
Postfix and Dovecot read the same database and cannot wait for a write to a file (a lookup
during a commit fails, and Postfix defers that mail), so the welcome step writes here in few,
short transactions (sending.py), not one per message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput
from ldapwizard.core.maildb import addresses
from ldapwizard.core.maildb.database import now
from ldapwizard.core.welcome.message import Recipient

_USERS = ("SELECT u.id, u.local_part || '@' || d.name, u.display_name, u.username, u.auth, "
          "u.enabled FROM users u JOIN domains d ON d.id = u.domain_id")


@dataclass
class BatchWelcome:
    """A batch's users as the welcome step sees them."""

    batch_id: int
    domain: str
    due: list[Recipient] = field(default_factory=list)  # never sent, or failed before
    failed_before: dict[int, str] = field(default_factory=dict)  # user id -> last answer
    sent: list[Recipient] = field(default_factory=list)
    in_doubt: list[Recipient] = field(default_factory=list)  # a run died mid-send
    disabled: list[Recipient] = field(default_factory=list)  # never sent to


def _recipient(row) -> Recipient:
    return Recipient(int(row[0]), row[1], row[2] or "", row[3], row[4], bool(row[5]))


def batch_users(db, batch_id: int) -> BatchWelcome:
    """The users batch `batch_id` created that still exist, sorted into due, sent, in doubt
    and disabled; BadInput when there is no such batch or it was undone."""
    row = db.execute("SELECT domain, undone_at FROM batches WHERE id = ?",
                     (batch_id,)).fetchone()
    if row is None:
        raise BadInput(i18n._("There is no batch {batch} in the user database.",
                              batch=batch_id),
                       hint=i18n._("`ldapwizard db show` lists the batches."))
    if row[1]:
        raise BadInput(i18n._("Batch {batch} was undone ({when}): its users are gone.",
                              batch=batch_id, when=row[1]))
    found = BatchWelcome(batch_id, row[0])
    state = {int(user): (sent, error) for user, sent, error in db.execute(
        "SELECT w.user_id, w.sent_at, w.error FROM welcome_sent w JOIN users u "
        "ON u.id = w.user_id WHERE u.batch_id = ?", (batch_id,))}
    for user in map(_recipient, db.execute(f"{_USERS} WHERE u.batch_id = ? ORDER BY u.id",
                                           (batch_id,))):
        sent, error = state.get(user.user_id, (None, None))
        if sent:
            found.sent.append(user)
        elif not user.enabled:
            found.disabled.append(user)
        elif user.user_id in state and not error:
            found.in_doubt.append(user)
        else:
            found.due.append(user)
            if error:
                found.failed_before[user.user_id] = error
    return found


def find_user(db, address: str) -> Recipient | None:
    """The user with `address` (as typed, any case), or None."""
    local, domain = addresses.split(address)  # BadInput unless it is an address
    row = db.execute(f"{_USERS} WHERE u.local_key = ? AND d.name = ?",
                     (addresses.key(local), domain)).fetchone()
    return _recipient(row) if row else None


def claim(db, user_id: int, *, again: bool = False) -> bool:
    """Before the send: this run is sending to `user_id` (a row with neither time nor
    error, which a run that dies mid-send leaves behind). False when the user is not free:
    another run sent theirs or is sending it since this one looked (`again`: the admin
    asked for it by name, whatever the row says)."""
    free = "" if again else " WHERE welcome_sent.error IS NOT NULL"
    cursor = db.execute("INSERT INTO welcome_sent (user_id, sent_at, error) "
                        "VALUES (?, NULL, NULL) ON CONFLICT (user_id) DO UPDATE "
                        f"SET sent_at = NULL, error = NULL{free}", (user_id,))
    return cursor.rowcount == 1


def mark_sent(db, user_id: int) -> None:
    """The server took the message."""
    db.execute("UPDATE welcome_sent SET sent_at = ?, error = NULL WHERE user_id = ?",
               (now(), user_id))


def mark_failed(db, user_id: int, answer: str) -> None:
    """The server refused it (or never answered): its words, for the report and the retry."""
    db.execute("UPDATE welcome_sent SET sent_at = NULL, error = ? WHERE user_id = ?",
               (answer, user_id))


def failures(db) -> list[tuple[int, str, str]]:
    """(batch, address, the server's answer) of every user whose message was refused and
    is due again, for `db show` and the window."""
    return [(row[0], row[1], row[2]) for row in db.execute(
        "SELECT u.batch_id, u.local_part || '@' || d.name, w.error FROM welcome_sent w "
        "JOIN users u ON u.id = w.user_id JOIN domains d ON d.id = u.domain_id "
        "WHERE w.error IS NOT NULL ORDER BY u.batch_id, u.id")]


def release(db, user_id: int, previous_error: str | None) -> None:
    """A claimed user this run did not send to after all (stopped first): as before the
    claim — due again, with the answer of the last refusal if there was one."""
    if previous_error is None:
        db.execute("DELETE FROM welcome_sent WHERE user_id = ? AND sent_at IS NULL "
                   "AND error IS NULL", (user_id,))
    else:
        db.execute("UPDATE welcome_sent SET error = ? WHERE user_id = ? AND sent_at IS NULL "
                   "AND error IS NULL", (previous_error, user_id))


def summary(db) -> dict[str, int]:
    """How many users were sent a welcome message, failed, or are in doubt (for `db show`)."""
    sent, failed, doubt = db.execute(
        "SELECT count(sent_at), count(error), "
        "count(*) - count(sent_at) - count(error) FROM welcome_sent").fetchone()
    return {"sent": sent, "failed": failed, "in doubt": doubt}


def first_user(db, domain: str) -> Recipient | None:
    """The domain's first enabled user (the one a preview shows when none is named)."""
    row = db.execute(f"{_USERS} WHERE d.name = ? AND u.enabled = 1 ORDER BY u.id LIMIT 1",
                     (addresses.normalise_domain(domain),)).fetchone()
    return _recipient(row) if row else None


def unfinished_batches(db, owner: str) -> list[int]:
    """The batches of `owner` whose welcome step began and is not done: an enabled user's
    message was refused, or never sent while others of the batch were handled (a time limit
    or a stop). The next run of the job sends theirs; batches imported before the job sent
    welcome messages have no rows and stay as they are."""
    return [int(row[0]) for row in db.execute(
        "SELECT DISTINCT u.batch_id FROM users u LEFT JOIN welcome_sent w ON w.user_id = u.id "
        "WHERE u.profile = ? AND u.batch_id IS NOT NULL AND u.enabled = 1 "
        "AND (w.error IS NOT NULL OR (w.user_id IS NULL AND EXISTS ("
        "SELECT 1 FROM welcome_sent w2 JOIN users u2 ON u2.id = w2.user_id "
        "WHERE u2.batch_id = u.batch_id))) ORDER BY u.batch_id", (owner,))]
