"""A child process that imports into (or undoes a batch of) a user database and may be killed.

    python -m tests.faults.killed_child import|undo DB KILL_AT

The engine runs as in the application, with a fixed clock (and run id) so that two complete
runs write identical rows. With KILL_AT > 0 the process SIGKILLs itself just before its
KILL_AT-th SQL statement (counted by SQLite's trace callback), so a test can stop it at any
statement, COMMIT included. It prints "ready" when the database is open and, when finished,
"done after N statements". KILL_AT -1 runs untraced, at full speed (for a kill by a timer):
Python's trace callback expands each statement's parameters, and for a statement inserting
many rows whose triggers each report to it, that is much of the run.
"""

from __future__ import annotations

import os
import signal
import sys

from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.maildb import accounts, batches, importer, outcome, sync, undo
from ldapwizard.core.maildb import database as userdb
from ldapwizard.core.maildb.planner import PlanOptions, make_plan

DOMAIN = "example.com"
USERS = 600
FIXED_NOW = "2026-01-01T00:00:00+00:00"


def directory_users(count: int = USERS) -> list[DirectoryUser]:
    """A listing of `count` people, each with an alias."""
    return [DirectoryUser(dn=f"uid=user{i},ou=people,dc=example,dc=com", stable_id=f"id-{i}",
                          username=f"user{i}", email=f"user{i}@{DOMAIN}",
                          aliases=(f"alias{i}@{DOMAIN}",), display_name=f"User {i}",
                          disabled=False, kind="user") for i in range(count)]


def _freeze_clock() -> None:
    for module in (userdb, accounts, batches, importer, sync, undo):
        if hasattr(module, "now"):
            module.now = lambda: FIXED_NOW
    batches.operator_name = lambda: "tester"
    undo.operator_name = lambda: "tester"
    outcome.new_run_id = lambda: "00000000-0000-4000-8000-000000000000"


def _count_statements(database: userdb.UserDatabase, kill_at: int) -> list[int]:
    seen = [0]

    def trace(statement: str) -> None:
        seen[0] += 1
        if seen[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    database.connection.set_trace_callback(trace)
    return seen


def main(argv: list[str]) -> int:
    action, path, kill_at = argv[0], argv[1], int(argv[2])
    _freeze_clock()
    with userdb.UserDatabase.open(path, write=True, create=True) as database:
        print("ready", flush=True)
        seen = _count_statements(database, kill_at) if kill_at >= 0 else [0]
        if action == "import":
            plan = make_plan(directory_users(), PlanOptions(domain=DOMAIN),
                             database.snapshot(DOMAIN))
            importer.run_import(database, plan, plan.entries)
        else:
            undo.undo_batch(database, int(action.split(":")[1]))
    print(f"done after {seen[0]} statements", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
