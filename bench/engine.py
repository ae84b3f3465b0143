"""Engine benchmark: each figure next to an anchor measured in the same run, as medians.

    python -m bench.engine --users 10000 --repeat 5

Builds a directory of N users in a private slapd on loopback (slapadd, not LDAP adds), then
measures listing, planning, importing and the two commands end to end. Each row prints the
figure, its anchor, the ratio, the performance issue's target and whether it is met. A figure
and its anchor run in turns (anchor, figure, anchor, ...) so that load from elsewhere on the
machine falls on both alike.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from bench.measure import Figure, median_of
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from ldapwizard.core.maildb import accounts, addresses
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from tests.servers import seed
from tests.servers.certs import make_pki
from tests.servers.slapd import start_slapd

EXISTING_FACTOR = 3  # the user database holds 3 addresses per directory user
LIST_TARGET, PLAN_TARGET, IMPORT_TARGET = 3.0, 2.0, 3.0  # at most this many times the anchor


def paired_medians(repeat: int, work: Callable[[], object], anchor: Callable[[], object],
                   setup: Callable[[], object] | None = None) -> tuple[float, float]:
    """Medians of `work` and `anchor` timed in turns, anchor first; `setup()` untimed before
    each."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for runs, function in zip(times, (anchor, work), strict=True):
            if setup:
                setup()
            started = time.perf_counter()
            function()
            runs.append(time.perf_counter() - started)
    return statistics.median(times[1]), statistics.median(times[0])


MEASURED: list[Figure] = []  # every row of the last run, in order, for `python -m bench`


def row(name: str, seconds: float, anchor: float | None = None, anchor_name: str = "",
        target: float | None = None) -> Figure:
    """Print one row (figure, anchor, ratio, target, met or not) and keep it in MEASURED."""
    figure = Figure(name, seconds, "s", target=target, anchor=anchor, anchor_name=anchor_name)
    print(figure.line(), flush=True)
    MEASURED.append(figure)
    return figure


def fill_database(path: Path, users: int) -> None:
    """A user database with EXISTING_FACTOR × users addresses that no directory user uses."""
    with UserDatabase.open(path, write=True, create=True) as database, \
            database.transaction() as db:
        domain = accounts.ensure_domain(db, seed.MAIL_DOMAIN)
        stamp = "2026-01-01T00:00:00+00:00"
        db.executemany(
            "INSERT INTO users (domain_id, local_part, local_key, username, login_key, mailbox, "
            "auth, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'local', ?, ?)",
            ((domain, f"old{i}", f"old{i}", f"old{i}", f"old{i}",
              f"{seed.MAIL_DOMAIN}/old{i}/", stamp, stamp)
             for i in range(users * EXISTING_FACTOR)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    MEASURED.clear()
    # plain LDAP on loopback is deliberate here; the engine's warning would only add noise
    logging.getLogger("ldapwizard").setLevel(logging.ERROR)
    work = Path(tempfile.mkdtemp(prefix="ldapwizard-bench-"))
    try:
        return run(work, args.users, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(work: Path, users: int, repeat: int) -> int:
    print(f"ldapwizard engine benchmark: {users} users, median of {repeat}; "
          f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    started = time.perf_counter()
    ldif = work / "data.ldif"
    summary = seed.write_ldif(ldif, users=users)
    server = start_slapd(work / "slapd", ldif, make_pki(work / "pki"), size_limit=500,
                         max_page_size="unlimited")
    print(f"directory of {summary.total_users} users ready in "
          f"{time.perf_counter() - started:.1f} s")
    try:
        measure(work, server, summary, repeat)
    finally:
        server.kill()
    return 0


def measure(work: Path, server, summary, repeat: int) -> None:
    preset = get_preset("openldap")
    settings = ConnectionSettings(host=server.host, port=server.ldap_port, security="none",
                                  auth="simple", bind_user=server.reader_dn, receive_timeout=60)
    search = SearchSettings(base_dn=seed.BASE_DN, preset=preset, page_size=1000)
    password_file = work / "password"
    password_file.write_text(server.reader_password)
    password_file.chmod(0o600)
    ldapsearch = ["ldapsearch", "-x", "-LLL", "-H", f"ldap://{server.host}:{server.ldap_port}",
                  "-D", server.reader_dn, "-y", str(password_file), "-b", seed.BASE_DN,
                  "-E", "pr=1000/noprompt", preset.search_filter(), *preset.attributes()]
    listing = None

    def engine_list():
        nonlocal listing
        listing = list_users(settings, server.reader_password, search)

    def forget_listing() -> None:  # untimed: the previous run's records are freed before a run
        nonlocal listing
        listing = None

    row("list all users (engine, paged)", *paired_medians(repeat, engine_list, lambda: (
        subprocess.run(ldapsearch, check=True, stdout=subprocess.DEVNULL)), forget_listing),
        anchor_name="ldapsearch", target=LIST_TARGET)
    entries = listing.users

    database_path = work / "users.sqlite"
    fill_database(database_path, len(entries))
    keys = [addresses.key(u.email.rpartition("@")[0]) for u in entries if u.email]

    def sql_join():
        with sqlite3.connect(database_path) as db:
            db.execute("CREATE TEMP TABLE wanted (local_key TEXT PRIMARY KEY)")
            db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((k,) for k in keys))
            db.execute("SELECT w.local_key, a.kind FROM wanted w LEFT JOIN addresses a "
                       "ON a.domain_id = 1 AND a.local_key = w.local_key").fetchall()

    plan = None

    def forget_plan() -> None:
        nonlocal plan
        plan = None

    def planning():
        nonlocal plan
        with UserDatabase.open(database_path) as database:
            plan = make_plan(entries, PlanOptions(domain=seed.MAIL_DOMAIN),
                             database.snapshot(seed.MAIL_DOMAIN))

    planned, joined = paired_medians(repeat, planning, sql_join, forget_plan)
    row(f"plan against {len(entries) * EXISTING_FACTOR} existing addresses", planned, joined,
        "SQL join", PLAN_TARGET)

    chosen = [e for e in plan.entries if e.status == NEW]
    copies = iter(range(10 * repeat))
    copy = work / "copy.sqlite"

    def fresh_copy() -> Path:
        target = work / f"copy{next(copies)}.sqlite"
        shutil.copy(database_path, target)
        return target

    def copy_database() -> None:  # untimed: both the import and its anchor write a copy
        for suffix in ("-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        shutil.copy(database_path, copy)

    def bare_executemany():
        with closing(sqlite3.connect(copy)) as db, db:
            db.executemany(
                "INSERT INTO users (domain_id, local_part, local_key, username, login_key, "
                "mailbox, display_name, auth, directory_dn, stable_id, created_at, updated_at) "
                "VALUES (1, ?, ?, ?, ?, ?, ?, 'directory', ?, ?, 'now', 'now')",
                ((e.local_part, addresses.key(e.local_part), e.username,
                  e.username.casefold(), f"{seed.MAIL_DOMAIN}/{addresses.key(e.local_part)}/",
                  e.user.display_name, e.user.dn, e.user.stable_id) for e in chosen))

    def importing():
        with UserDatabase.open(copy, write=True) as database:
            run_import(database, plan, chosen)

    row(f"import {len(chosen)} users with aliases and batch",
        *paired_medians(repeat, importing, bare_executemany, copy_database),
        anchor_name="executemany", target=IMPORT_TARGET)

    environment = {**os.environ, "LDAPWIZARD_PASSWORD": server.reader_password}
    common = ["--server-type", "openldap", "--host", server.host, "--port",
              str(server.ldap_port), "--security", "none", "--bind-user", server.reader_dn,
              "--binding", seed.BASE_DN, "--page-size", "1000", "--domain", seed.MAIL_DOMAIN]
    command = [sys.executable, "-m", "ldapwizard"]
    row("command: ldapwizard preview (end to end)", median_of(repeat, lambda: subprocess.run(
        [*command, "preview", *common, "--db", str(database_path), "--csv",
         str(work / "p.csv")], check=True, env=environment, capture_output=True)))
    row("command: ldapwizard import --all (end to end)", median_of(
        repeat, lambda: subprocess.run([*command, "import", *common, "--db", str(fresh_copy()),
                                        "--all"], check=True, env=environment,
                                       capture_output=True)))


if __name__ == "__main__":
    sys.exit(main())
