"""The mail server's lookups (issue 26): each view's lookup by key, as `mailstack render` writes
it, on SQLite and on PostgreSQL, next to the same lookup in PostfixAdmin's plain tables.

    python -m bench.mail_lookups --users 100000            # the issue's size: 1-2 minutes
    python -m bench.mail_lookups --users 10000 --lookups 50 # CI's smoke size: a few seconds

Builds a user database of N users (every tenth disabled; half sign in with the local part,
half with the full address), N aliases (one user each, so a tenth point at a disabled one) and
N list members in lists of up to 20,000 (users, disabled ones among them, and outside
addresses), with ldapwizard's own writers. Beside it, the anchor: PostfixAdmin's layout, one
plain table per lookup with the key as its primary key — `domain(domain)`, `mailbox(username,
password, maildir, quota, active)`, `alias(address, goto, active)` with a list's members as
one comma-joined `goto` — filled with the same addresses. Each lookup runs the rendered query
text with a key in it (as Postfix and Dovecot send it, a new statement each time), the anchor
and ours in turns, and the median of each is printed with the ratio and the plan. PostgreSQL
runs in a private cluster (tests/servers/postgres.py, durable settings) when one can start;
else it is skipped with the reason. The exit status never depends on a target.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bench import mail_lookups_data as data
from ldapwizard.core.mailserver import postfix
from tests.servers import mail_queries

TARGET_MS = 1.0  # issue 26: each lookup at most 1 ms


@dataclass(frozen=True)
class Lookup:
    """One lookup the mail server makes: its rendered query, the anchor's, and the keys."""

    name: str
    query: str  # the rendered query, placeholders in
    anchor: str  # PostfixAdmin's query, `{key}` in
    keys: tuple[str, ...]
    rows_anchor: str | None = None  # the same rows from one plain table, `{key}` in
    postfix: bool = True  # a lookup Postfix or Dovecot makes (the 1 ms target is theirs)


@dataclass(frozen=True)
class Timed:
    """A lookup's medians in ms, the rows it returned, and the plan of ours."""

    lookup: Lookup
    ours: float
    anchor: float
    rows_anchor: float | None
    rows: float  # on average
    plan: list[str]


def lookups(queries: dict[str, str], sample: data.Sample) -> list[Lookup]:
    """Every lookup of the mail server, each on keys of its kind."""
    forwards, mailboxes = queries["mail_forwards_joined"], queries["mail_mailboxes"]
    password, home = queries["dovecot password_query"], queries["dovecot user_query"]
    small, big = sample.small_list, sample.big_list
    return [
        Lookup("domain (mail_domains)", queries["mail_domains"],
               data.DOMAIN_ANCHOR, (data.DOMAIN,)),
        Lookup("mailbox of a user (mail_mailboxes)", mailboxes, data.MAILBOX_ANCHOR,
               sample.addresses),
        Lookup("forwards of a user: none (mail_forwards_joined)", forwards, data.ALIAS_ANCHOR,
               sample.addresses),
        Lookup("forwards of an alias (mail_forwards_joined)", forwards, data.ALIAS_ANCHOR,
               sample.aliases),
        Lookup(f"forwards of a list of {small[1]} (mail_forwards_joined)", forwards,
               data.ALIAS_ANCHOR, (small[0],)),
        Lookup(f"forwards of a list of {big[1]} (mail_forwards_joined)", forwards,
               data.ALIAS_ANCHOR, (big[0],)),
        # the view of a row per target, which Postfix no longer reads: for comparison
        Lookup(f"a list of {big[1]}, a row per target (mail_forwards)",
               queries["mail_forwards"], data.ALIAS_ANCHOR, (big[0],), data.ROWS_ANCHOR,
               postfix=False),
        Lookup("sign-in by login (passdb, mail_logins)", password, data.PASSWORD_ANCHOR,
               sample.logins),
        Lookup("sign-in by full address (passdb)", password, data.PASSWORD_ANCHOR,
               sample.addresses),
        Lookup("mailbox of a login (userdb, mail_logins)", home, data.HOME_ANCHOR,
               sample.logins),
    ]


def time_lookup(run: Callable[[str], list], lookup: Lookup,
                rounds: int) -> tuple[float, float, float | None, float]:
    """Medians (ms) of ours, the anchor's and the rows anchor's, timed in turns, anchors first;
    the rows ours returned on average."""
    ours: list[float] = []
    anchors: tuple[list[float], list[float]] = ([], [])
    rows = 0
    keys = (list(lookup.keys) * rounds)[:max(rounds, len(lookup.keys))]
    for key in keys:
        for anchor, times in zip((lookup.anchor, lookup.rows_anchor), anchors, strict=True):
            if anchor:
                text = anchor.format(key=data.anchor_key(key))
                started = time.perf_counter()
                run(text)
                times.append(time.perf_counter() - started)
        text = mail_queries.with_key(lookup.query, key)
        started = time.perf_counter()
        rows += len(run(text))
        ours.append(time.perf_counter() - started)
    rows_anchor = statistics.median(anchors[1]) * 1000 if anchors[1] else None
    return (statistics.median(ours) * 1000, statistics.median(anchors[0]) * 1000, rows_anchor,
            rows / len(keys))


def measure(name: str, run: Callable[[str], list], explain: Callable[[str], list[str]],
            queries: dict[str, str], sample: data.Sample, rounds: int) -> list[Timed]:
    """Every lookup on one back end, printed as it is measured."""
    print(f"\n-- {name}: median per lookup; PostfixAdmin's table; the same rows in one table",
          flush=True)
    timed = []
    for lookup in lookups(queries, sample):
        ours, anchor, rows_anchor, rows = time_lookup(run, lookup, rounds)
        plan = explain(mail_queries.with_key(lookup.query, lookup.keys[0]))
        timed.append(Timed(lookup, ours, anchor, rows_anchor, rows, plan))
        print(f"{lookup.name:50} {ours:8.3f} ms  anchor {anchor:7.3f} ms "
              f"{ours / anchor:6.1f}×  " + (f"rows anchor {rows_anchor:7.3f} ms "
                                           f"{ours / rows_anchor:5.1f}×  " if rows_anchor
                                           else "") + f"{rows:.0f} rows", flush=True)
    return timed


def print_table(name: str, timed: list[Timed]) -> None:
    """The back end's figures as Markdown, then each plan."""
    print(f"\n| {name} | ours | PostfixAdmin | ratio | same rows, one table | ratio | rows "
          f"| ≤ {TARGET_MS:g} ms |")
    print("|---|---|---|---|---|---|---|---|")
    for t in timed:
        met = ("—" if not t.lookup.postfix else "met" if t.ours <= TARGET_MS
               else "**not met**")
        rows_anchor = (f"{t.rows_anchor:.3f} ms | {t.ours / t.rows_anchor:.1f}×"
                       if t.rows_anchor else "— | —")
        print(f"| {t.lookup.name} | {t.ours:.3f} ms | {t.anchor:.3f} ms | "
              f"{t.ours / t.anchor:.1f}× | {rows_anchor} | {t.rows:.0f} | {met} |")
    print(f"\nplans ({name}):")
    for t in timed:
        print(f"  {t.lookup.name}:")
        print("".join(f"      {line}\n" for line in t.plan), end="")
    print(flush=True)


def with_forwards(layout) -> dict[str, str]:
    """The rendered queries, and mail_forwards' as the same table would query it."""
    queries = mail_queries.rendered(layout)
    queries["mail_forwards"] = postfix.query(
        layout, (None, "target", "mail_forwards", "address_key", "%u@%d"))
    return queries


def sqlite_part(work: Path, users: int, rounds: int) -> list[Timed]:
    """Build both databases as files and measure."""
    path, anchor_path = work / "users.sqlite", work / "postfixadmin.sqlite"
    started = time.perf_counter()
    sample = data.build(path, users)
    print(f"SQLite user database built in {time.perf_counter() - started:.1f} s "
          f"({path.stat().st_size / 1e6:.0f} MB)", flush=True)
    data.sqlite_anchor(path, anchor_path)
    queries = with_forwards(mail_queries.layout(False, work))
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        db.execute(f"ATTACH DATABASE 'file:{anchor_path}?mode=ro' AS postfixadmin")

        def run(query: str) -> list:
            return db.execute(query).fetchall()

        def explain(query: str) -> list[str]:
            return [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + query)]

        return measure("SQLite", run, explain, queries, sample, rounds)


def postgresql_part(work: Path, users: int, rounds: int) -> list[Timed] | None:
    """Start a private cluster, build both databases there and measure; None when no cluster
    could start (the reason printed)."""
    try:
        cluster = data.start_postgres(work)
    except Exception as error:  # no PostgreSQL here: the file's figures stand alone
        print(f"\nPostgreSQL skipped: {error}", flush=True)
        return None
    try:
        started = time.perf_counter()
        url, connect = data.pg_database(cluster, work)
        sample = data.build(url, users)
        with closing(connect()) as db:
            data.build_anchor(db, postgresql=True)
            db.execute("ANALYZE")  # as autovacuum would after a large import
        print(f"PostgreSQL user database built in {time.perf_counter() - started:.1f} s",
              flush=True)
        queries = with_forwards(mail_queries.layout(True, work))
        with closing(connect()) as db:

            def run(query: str) -> list:
                return db.execute(query).fetchall()

            def explain(query: str) -> list[str]:
                return [row[0] for row in db.execute("EXPLAIN (COSTS OFF) " + query)]

            return measure("PostgreSQL", run, explain, queries, sample, rounds)
    finally:
        cluster.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000,
                        help="users, and as many aliases and list members")
    parser.add_argument("--lookups", type=int, default=200,
                        help="lookups of each kind (keys at random), ours and the anchor's")
    parser.add_argument("--no-postgresql", action="store_true")
    args = parser.parse_args(argv)
    random.seed(26)
    work = Path(tempfile.mkdtemp(prefix="ldapwizard-bench-lookups-"))
    os.chmod(work, 0o755)  # the cluster's server user reads nothing here, but may list it
    try:
        print(f"mail server lookups: {args.users} users, {args.users} aliases, {args.users} "
              f"list members (lists up to {data.LIST_LIMIT}); {args.lookups} lookups of each",
              flush=True)
        results = {"SQLite": sqlite_part(work, args.users, args.lookups)}
        if not args.no_postgresql:
            results["PostgreSQL"] = postgresql_part(work, args.users, args.lookups)
        for name, timed in results.items():
            if timed:
                print_table(name, timed)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
