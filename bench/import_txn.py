"""The import's transaction alone: N generated users (random stable ids, a fifth with an
alias) planned in memory, written to a sorted spill as `import --all` writes them, then
`run_import` into a new SQLite file, timed (wall and this process's CPU) with the users'
insert on its own line. Run it in turns against two source trees (PYTHONPATH) to compare:

    PYTHONPATH=SRC python -m bench.import_txn --users 100000 --db /tmp/x.sqlite
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import uuid
from dataclasses import replace
from pathlib import Path

from bench.users_model import directory_users


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)

    from ldapwizard.core.maildb import accounts, importer
    from ldapwizard.core.maildb.database import UserDatabase
    from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
    from ldapwizard.core.maildb.snapshot import Snapshot
    from ldapwizard.core.maildb.spill import SortedSpill, Spill

    rng = random.Random(7)
    users = [replace(u, stable_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)))
             for u in directory_users(args.users)]
    options = PlanOptions(domain="example.com")
    plan = make_plan(users, options, Snapshot())
    del users
    chosen = Spill("bench")
    ordered = SortedSpill(chosen, importer.CANCEL_EVERY, importer.write_order)
    for entry in plan.entries:
        if entry.status == NEW:
            ordered.add(entry)
    ordered.finish()
    ordered.close()
    plan.entries = []
    args.db.unlink(missing_ok=True)
    spent = [0.0]
    add_users = accounts.add_users

    def timed(*a, **k):
        cpu = time.process_time()
        try:
            return add_users(*a, **k)
        finally:
            spent[0] += time.process_time() - cpu
    accounts.add_users = timed
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with UserDatabase.open(args.db, write=True, create=True) as database:
        wall, cpu = time.perf_counter(), time.process_time()
        report = importer.run_import(database, plan, chosen)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    chosen.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{chosen.count} users: transaction {wall:.2f} s wall, {cpu:.2f} s CPU; users' "
          f"insert {spent[0]:.2f} s CPU; peak {peak / 1024:.0f} MiB (+{(peak - before) / 1024:.0f}"
          f" in the transaction); lines {len(report.lines)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
