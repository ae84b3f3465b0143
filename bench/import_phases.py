"""`ldapwizard import` timed by phase: the same command line, run in this process with a timer
around each phase (the code itself unchanged), the phases printed on standard error.

    LDAPWIZARD_PASSWORD=… python -m bench.import_phases import --server-type openldap \\
        --host H --port P --security none --bind-user DN --binding BASE --page-size 1000 \\
        --domain example.com --db NEW.sqlite --all

Issue 30's phase table (bench/README.md) was made with it, against a slapd seeded as
bench.commands seeds it. Nothing is timed twice: 3a-3e are parts of 3. Each phase is printed
as wall time and as this process's CPU time (user + system): on a shared machine the CPU
time moves far less with the load than the wall time does.
"""

from __future__ import annotations

import atexit
import functools
import importlib
import sys
import time

PHASES = (  # (module, function, what it is)
    ("ldapwizard.cli.import_cmds", "_list_everything", "1 listing (LDAP, BER, records, spill)"),
    ("ldapwizard.cli.import_cmds", "write_selection", "3 import transaction (all of it)"),
    ("ldapwizard.core.maildb.accounts", "add_users", "3a users (their triggers included)"),
    ("ldapwizard.core.maildb.accounts", "add_user_aliases", "3b aliases and their targets"),
    ("ldapwizard.core.maildb.signin", "add_by_address", "3c sign-in names"),
    ("ldapwizard.core.maildb.schema_v7", "refresh", "3d forwards_joined refreshed"),
    ("ldapwizard.core.maildb.importer", "finish_batch", "3e the batch's counts"),
)
PLANNING = "2 planning (spill read, plan, claims, sorted spill written)"


def _timed(seconds: dict[str, list[float]], label: str, function):
    @functools.wraps(function)
    def timed(*args, **kwargs):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent = seconds.setdefault(label, [0.0, 0.0])
            spent[0] += time.perf_counter() - started
            spent[1] += time.process_time() - cpu
    return timed


def main(argv: list[str]) -> int:
    started, cpu = time.perf_counter(), time.process_time()
    seconds: dict[str, list[float]] = {}
    from ldapwizard import cli
    from ldapwizard.core.maildb.import_stream import StreamedImport

    for module, name, label in PHASES:
        owner = importlib.import_module(module)
        setattr(owner, name, _timed(seconds, label, getattr(owner, name)))
    StreamedImport.choose = _timed(seconds, PLANNING, StreamedImport.choose)

    def report() -> None:
        seconds["0 the whole command (after the interpreter's start)"] = [
            time.perf_counter() - started, time.process_time() - cpu]
        for label in sorted(seconds):
            wall, used = seconds[label]
            print(f"{label:60s} {wall:7.2f} s  CPU {used:6.2f} s", file=sys.stderr)

    atexit.register(report)
    return cli.run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
