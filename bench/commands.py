"""Whole commands as a user runs them: each a fresh `python -m ldapwizard` process, timed and
its peak memory taken, next to its anchor measured in the same run.

    python -m bench.commands --users 100000 --repeat 3
    python -m bench.commands --users 100000 --before /tmp/ldapwizard-before/src
    python -m bench.commands --scale 10000,100000,300000,1000000 [--wizard]
    python -m bench.commands --users 100000 --postgresql
    python -m bench.commands --users 100000 --repeat 15 --listing --before /tmp/before/src

Builds a directory of N users with slapadd in a private slapd on loopback (as bench.engine
does), then in each round: `ldapsearch -E pr=1000/noprompt` writing LDIF to a file (the
anchor), `list` to a pipe, `list --csv FILE`, a bare `executemany` of the same users into a new
database of the real schema (with that ldapsearch, the import's first anchor), the plain
anchor of issue 30 (bench.command_anchors.plain_anchor: users, aliases, claims and targets
into plain tables; with that ldapsearch, the import's target), `import --all` into a new database,
`preview` and `preview --csv FILE` against the database it filled, `sync --profile NAME` of
that database (the import runs as that saved job, saved untimed first, so every listed user
is known: issue 30's sync), and `undo` of its batch.
With --before, the same commands of another source tree (PYTHONPATH) run in the same rounds,
each next to ours. Besides wall time, each run's CPU time (the process's and slapd's while it
ran) is kept: on a loaded machine it moves much less. Peak memory is the child's own (GNU
time's %M) above `python -c pass`. Each tree is compiled to bytecode first, as an installed
copy is (measure.compile_package). --scale prints a growth table, one size after another.
--postgresql also imports into (and undoes from) a fresh database of a private PostgreSQL
cluster on loopback, with PostgreSQL's durable settings (fsync, synchronous commit), next to
the same import into SQLite: issue 15's target is at most 2x. --listing runs only the
anchor's ldapsearch, `list` and `list --csv` (many rounds of them cost little, and their ratio
is the one the machine's load moves most).
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from bench.command_anchors import (
    anchor_rows,
    executemany_anchor,
    plain_anchor,
    remove_database,
)
from bench.command_tables import (
    COMMANDS,
    LISTING,
    Run,
    Size,
    figures,
    print_growth,
    print_postgresql,
    print_tables,
)
from bench.measure import compile_package, print_figures
from ldapwizard.core.directory.presets import get_preset
from tests.servers import seed, slapd

GNU_TIME = shutil.which("time", path="/usr/bin:/bin")


@dataclass(frozen=True)
class Version:
    """A source tree whose `python -m ldapwizard` is measured; no src is this one."""

    label: str
    src: Path | None = None

    def environment(self, base: dict[str, str]) -> dict[str, str]:
        return {**base, "PYTHONPATH": str(self.src)} if self.src else dict(base)


class CommandFailed(RuntimeError):
    """A measured process exited non-zero."""


def spawn(argv: list[str], env: dict[str, str], stdout: Path | None = None,
          server_pid: int | None = None) -> Run:
    """Run `argv` to its end, its standard output to `stdout` or read from a pipe.

    The peak memory comes from GNU time, which forks the command from its own small process:
    a child's ru_maxrss as seen by this process would include this process's size at the fork.
    CPU time is the child's and, with `server_pid`, the server's while the child ran.
    """
    with tempfile.TemporaryDirectory(prefix="ldapwizard-run-") as scratch:
        peak_file, errors = Path(scratch, "peak"), Path(scratch, "stderr")
        command = [GNU_TIME, "-f", "%M", "-o", str(peak_file), *argv] if GNU_TIME else argv
        with errors.open("wb") as err, (stdout.open("wb") if stdout else nullcontext()) as out:
            server_before = _cpu_seconds(server_pid)
            started = time.perf_counter()
            process = subprocess.Popen(command, stdout=out or subprocess.PIPE, stderr=err,
                                       stdin=subprocess.DEVNULL, env=env)
            tail = b""
            if out is None:  # drained as it comes, as a pager or `wc` would
                while chunk := process.stdout.read(1 << 16):
                    tail = (tail + chunk)[-4096:]
                process.stdout.close()
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
            server = _cpu_seconds(server_pid) - server_before
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            raise CommandFailed(f"{' '.join(argv[:4])} … exited with {process.returncode}:\n"
                                + errors.read_text(errors="replace")[-3000:])
        peak = int(peak_file.read_text().split()[-1]) if GNU_TIME else usage.ru_maxrss
    return Run(seconds, usage.ru_utime + usage.ru_stime + server, peak,
               tail.decode("utf-8", "replace"))


def _cpu_seconds(pid: int | None) -> float:
    """User and system CPU seconds of a running process so far (Linux), else 0."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
    except (OSError, TypeError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure_size(work: Path, users: int, repeat: int, versions: list[Version],
                 postgres=None, commands: tuple[str, ...] = COMMANDS) -> Size:
    """Seed a slapd with `users` users and run every command `repeat` times in turns."""
    started = time.perf_counter()
    ldif = work / "data.ldif"
    summary = seed.write_ldif(ldif, users=users)
    # the tests' 1 GiB map (sparse) holds about 600k seeded users; give the largest room
    slapd._MAP_SIZE = max(slapd._MAP_SIZE, users * 4096)
    server = slapd.start_slapd(work / "slapd", ldif, None, size_limit=500,
                               max_page_size="unlimited", timeout=60)
    ldif.unlink()
    print(f"directory of {summary.total_users} users on {server.host}:{server.ldap_port} "
          f"ready in {time.perf_counter() - started:.1f} s", flush=True)
    try:
        rounds = _Rounds(work, server, versions, Size(users, commands=commands), postgres)
        for number in range(repeat):
            print(f"round {number + 1} of {repeat}", flush=True)
            rounds.run(number)
        return rounds.size
    finally:
        server.kill()
        shutil.rmtree(work / "slapd", ignore_errors=True)


class _Rounds:
    """The anchors and every command of every version per round, in turns, so that load from
    elsewhere on the machine falls on all of them alike."""

    def __init__(self, work: Path, server: slapd.SlapdServer, versions: list[Version],
                 size: Size, postgres=None):
        self.work, self.versions, self.size, self.server_pid = work, versions, size, server.pid
        self.postgres = postgres
        preset = get_preset("openldap")
        password_file = work / "password"
        password_file.write_text(server.reader_password)
        password_file.chmod(0o600)
        self.ldapsearch = [
            "ldapsearch", "-x", "-LLL", "-H", server.ldap_url, "-D", server.reader_dn, "-y",
            str(password_file), "-b", seed.BASE_DN, "-E", "pr=1000/noprompt",
            preset.search_filter(), *preset.attributes()]
        self.environment = {
            **os.environ, "LDAPWIZARD_PASSWORD": server.reader_password,
            "LDAPWIZARD_CONFIG_DIR": str(work / "config"),
            "LDAPWIZARD_DATA_DIR": str(work / "data"), "LDAPWIZARD_LOG_DIR": str(work / "log")}
        if postgres:
            self.environment["PGPASSFILE"] = str(postgres.write_passfile(work / "pgpass"))
        self.connection = [
            "--server-type", "openldap", "--host", server.host, "--port",
            str(server.ldap_port), "--security", "none", "--bind-user", server.reader_dn,
            "--binding", seed.BASE_DN, "--page-size", "1000"]
        self.rows: list[tuple] | None = None
        self.aliases: list[tuple] = []

    def run(self, number: int) -> None:
        """One round: the anchors, then each command of each version."""
        work, size = self.work, self.size
        ldif = work / "anchor.ldif"
        searched = spawn(self.ldapsearch, self.environment, ldif, self.server_pid)
        size.add("anchor", "ldapsearch", searched)
        csv_file = str(work / "out.csv")
        self.each("list", lambda label: ["list", *self.connection])
        self.each("list --csv", lambda label: ["list", *self.connection, "--csv", csv_file])
        Path(csv_file).unlink(missing_ok=True)
        if size.commands == LISTING:
            ldif.unlink()
            return
        if self.rows is None:  # untimed: the rows the anchor inserts
            self.rows, self.aliases = anchor_rows(ldif)
            size.anchor_rows, size.anchor_aliases = len(self.rows), len(self.aliases)
        ldif.unlink()
        inserted = executemany_anchor(work / "anchor.sqlite", self.rows)
        remove_database(work / "anchor.sqlite")
        size.add("anchor", "SQL", inserted)
        size.add("anchor", "ldapsearch+SQL", Run(searched.seconds + inserted.seconds,
                                                 searched.cpu + inserted.cpu, 0))
        plain = plain_anchor(work / "plain.sqlite", self.rows, self.aliases)
        remove_database(work / "plain.sqlite")
        size.add("anchor", "plain", plain)
        size.add("anchor", "ldapsearch+plain", Run(searched.seconds + plain.seconds,
                                                   searched.cpu + plain.cpu, 0))
        databases = {v.label: str(work / f"{v.label}-{number}.sqlite") for v in self.versions}
        planning = {label: ["--domain", seed.MAIL_DOMAIN, "--db", database]
                    for label, database in databases.items()}
        jobs = {label: f"bench-{label}-{number}" for label in databases}
        for version in self.versions:  # untimed: the saved job the import and sync run as
            subprocess.run([sys.executable, "-m", "ldapwizard", "profile", "save",
                            *self.connection, *planning[version.label], jobs[version.label]],
                           env=version.environment(self.environment), check=True,
                           stdout=subprocess.DEVNULL)
        imported = self.each("import --all", lambda label: [
            "import", "--profile", jobs[label], *self.connection, *planning[label], "--all"])
        self.each("preview", lambda label: ["preview", *self.connection, *planning[label]])
        self.each("preview --csv", lambda label: [
            "preview", *self.connection, *planning[label], "--csv", csv_file])
        # a sync of the database the import filled: every listed user known (issue 30)
        self.each("sync", lambda label: ["sync", "--profile", jobs[label]])
        batches = {label: _batch(run.tail) for label, run in imported.items()}
        self.each("undo", lambda label: ["undo", "--db", databases[label], batches[label]])
        if self.postgres:
            self.into_postgresql(number)
        Path(csv_file).unlink(missing_ok=True)
        for database in databases.values():
            remove_database(Path(database))

    def into_postgresql(self, number: int) -> None:
        """This tree's import into a fresh PostgreSQL database, and its undo."""
        name = f"bench_{number}"
        url = self.postgres.create_database(name)
        try:
            environment = {**self.environment, **Version("after").environment({})}
            imported = spawn([sys.executable, "-m", "ldapwizard", "import", *self.connection,
                              "--domain", seed.MAIL_DOMAIN, "--db", url, "--all"],
                             environment, server_pid=self.server_pid)
            self.size.add("after", "import --all (PostgreSQL)", imported)
            self.size.add("after", "undo (PostgreSQL)", spawn(
                [sys.executable, "-m", "ldapwizard", "undo", "--db", url,
                 _batch(imported.tail)], environment, server_pid=self.server_pid))
        finally:
            self.postgres.drop_database(name)

    def each(self, command: str, arguments) -> dict[str, Run]:
        """`python -m ldapwizard` with `arguments(label)`, once for each version in turn."""
        done = {}
        for version in self.versions:
            run = spawn([sys.executable, "-m", "ldapwizard", *arguments(version.label)],
                        version.environment(self.environment), server_pid=self.server_pid)
            self.size.add(version.label, command, run)
            done[version.label] = run
        return done


def _batch(output: str) -> str:
    found = re.search(r"^Batch (\d+):", output, re.MULTILINE)
    if not found:
        raise CommandFailed(f"import printed no batch number:\n{output[-2000:]}")
    return found.group(1)


def baseline_kb(repeat: int) -> int:
    """The interpreter's own peak memory: `python -c pass`, median."""
    return statistics.median(spawn([sys.executable, "-c", "pass"], dict(os.environ)).peak_kb
                             for _ in range(max(repeat, 3)))


def wizard_listing(users: int) -> tuple[float, float, float]:
    """One listing in the wizard (bench.wizard with its own slapd, in a fresh process): seconds
    from the click to the listing's end, the process's peak MB, its MB before the wizard."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_wizard_figures, args=(sender, users), name="bench-wizard")
    process.start()
    sender.close()
    try:
        kind, value = receiver.recv()
    except EOFError:
        kind, value = "error", "the wizard's process ended without a result"
    process.join()
    if kind == "error":
        raise RuntimeError(value)
    found = {f.name.split(" (")[0]: f for f in value}
    memory = found["peak memory of the app with the users listed"]
    before = re.search(r"(\d+) MB before", memory.note)
    return (found["whole listing and plan"].value, memory.value,
            float(before.group(1)) if before else 0.0)


def _wizard_figures(sender, users: int) -> None:
    from bench import wizard

    # bench.wizard checks that the rows are in place 300 ms after the listing's end, which
    # at 300k users under load they are not yet (the model places 10,000 a turn): wait 10 ms
    # per 1,000 rows; the stalls it measures then are not this table's figures
    wizard.SETTLE_MS = max(wizard.SETTLE_MS, users // 100)
    slapd._MAP_SIZE = max(slapd._MAP_SIZE, users * 4096)
    try:
        sender.send(("figures", wizard.figures(users, 1)))
    except Exception:
        sender.send(("error", traceback.format_exc()))
    finally:
        sender.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, help="runs of each (medians); default 3, "
                        "1 with --scale")
    parser.add_argument("--before", type=Path, metavar="SRC",
                        help="also measure the `src` directory of another tree, side by side")
    parser.add_argument("--scale", metavar="N,N,…",
                        help="a growth table at these sizes, e.g. 10000,100000,300000,1000000")
    parser.add_argument("--postgresql", action="store_true",
                        help="also import into a private PostgreSQL cluster (issue 15)")
    parser.add_argument("--listing", action="store_true",
                        help="only ldapsearch, `list` and `list --csv`: cheap to run many times")
    parser.add_argument("--wizard", action="store_true",
                        help="with --scale: the wizard's listing too (bench.wizard, one run)")
    args = parser.parse_args(argv)
    if args.listing and args.postgresql:
        parser.error("--listing runs no import: leave out --postgresql")
    sizes = [int(n) for n in args.scale.split(",")] if args.scale else [args.users]
    repeat = args.repeat or (1 if args.scale else 3)
    versions = [Version("after")]
    if args.before:
        versions.insert(0, Version("before", args.before.resolve()))
    logging.getLogger("ldapwizard").setLevel(logging.ERROR)
    if not GNU_TIME:
        print("note: no GNU time (/usr/bin/time, Debian's `time`): peak memory is the "
              "child's ru_maxrss, which counts this process's size at the fork", flush=True)
    for version in versions:
        compile_package(version.src / "ldapwizard" if version.src else None)
    started = time.perf_counter()
    baseline = baseline_kb(repeat)
    measured, wizard = [], {}
    postgres = _start_postgres() if args.postgresql else None
    try:
        _measure_all(args, sizes, repeat, versions, baseline, measured, wizard, postgres)
    finally:
        if postgres:
            postgres.stop()
    if args.scale:
        for version in versions:  # the wizard is this tree's (bench.wizard) only
            print_growth(measured, version.label, baseline,
                         wizard if version.src is None else {})
    print(f"{time.perf_counter() - started:.0f} s in all", flush=True)
    return 0


def _start_postgres():
    from tests.servers.certs import make_pki
    from tests.servers.postgres import start_cluster

    folder = Path(tempfile.mkdtemp(prefix="ldapwizard-bench-pki-"))
    try:
        return start_cluster(make_pki(folder), durable=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _measure_all(args, sizes, repeat, versions, baseline, measured, wizard, postgres) -> None:
    for users in sizes:
        print(f"\n== whole commands, {users} users, median of {repeat}"
              + (f"; before: {args.before}" if args.before else ""), flush=True)
        work = Path(tempfile.mkdtemp(prefix="ldapwizard-bench-"))
        try:
            size = measure_size(work, users, repeat, versions, postgres,
                                LISTING if args.listing else COMMANDS)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        measured.append(size)
        for version in versions:
            print_figures(f"{version.label}, {users} users",
                          figures(size, version.label, baseline))
        print_tables(size, [v.label for v in versions], baseline)
        if postgres:
            print_postgresql(size)
        if args.wizard:
            try:
                wizard[users] = wizard_listing(users)
            except Exception:  # the commands' figures stand without it
                traceback.print_exc()
                continue
            print(f"the wizard's listing: {wizard[users][0]:.2f} s, peak {wizard[users][1]:.0f}"
                  f" MB ({wizard[users][2]:.0f} MB before the wizard)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
