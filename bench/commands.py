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
database (with that ldapsearch, the import's anchor), `import --all` into a new database,
`preview` and `preview --csv FILE` against the database it filled, and `undo` of its batch.
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
from base64 import b64decode
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import Figure, compile_package, print_figures
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.maildb import accounts, addresses
from ldapwizard.core.maildb.database import UserDatabase, now
from tests.servers import seed, slapd

GNU_TIME = shutil.which("time", path="/usr/bin:/bin")
COMMANDS = ("list", "list --csv", "import --all", "preview", "preview --csv", "undo")
ANCHORS = {"list": "ldapsearch", "list --csv": "ldapsearch", "import --all": "ldapsearch+SQL"}
ANCHOR_WORDS = {"ldapsearch": "ldapsearch to LDIF", "ldapsearch+SQL": "ldapsearch + executemany",
                "SQL": "bare executemany"}
TARGETS = {"list --csv": 2.5, "import --all": 3.0}  # at most this many times the anchor
PG_COMMANDS = {"import --all (PostgreSQL)": "import --all", "undo (PostgreSQL)": "undo"}
PG_TARGET = 2.0  # an import into PostgreSQL, at most this many times the same into SQLite
MEMORY_TARGETS = {"import --all": 1000, "preview": 1000}  # bytes per user above the interpreter
STREAMING = ("list", "list --csv", "preview --csv")  # their memory should not grow with N
LISTING = ("list", "list --csv")  # what --listing runs


@dataclass(frozen=True)
class Run:
    """One finished process: wall and CPU seconds, peak resident KiB, the end of its output."""

    seconds: float
    cpu: float
    peak_kb: int
    tail: str = ""


@dataclass(frozen=True)
class Version:
    """A source tree whose `python -m ldapwizard` is measured; no src is this one."""

    label: str
    src: Path | None = None

    def environment(self, base: dict[str, str]) -> dict[str, str]:
        return {**base, "PYTHONPATH": str(self.src)} if self.src else dict(base)


@dataclass
class Size:
    """Every run at one directory size, per (version label, command) and per anchor."""

    users: int
    runs: dict[tuple[str, str], list[Run]] = field(default_factory=dict)
    anchor_rows: int = 0
    commands: tuple[str, ...] = COMMANDS  # the ones measured


    def add(self, version: str, command: str, run: Run) -> None:
        self.runs.setdefault((version, command), []).append(run)

    def seconds(self, version: str, command: str) -> float:
        return statistics.median(r.seconds for r in self.runs[version, command])

    def cpu(self, version: str, command: str) -> float:
        return statistics.median(r.cpu for r in self.runs[version, command])

    def peak_mb(self, version: str, command: str) -> float:
        return statistics.median(r.peak_kb for r in self.runs[version, command]) * 1024 / 1e6

    def anchor(self, name: str) -> float:
        return self.seconds("anchor", name)

    def anchor_cpu(self, name: str) -> float:
        return self.cpu("anchor", name)


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


def anchor_rows(ldif: Path) -> list[tuple]:
    """The users an import creates, built simply from ldapsearch's LDIF: enabled entries with
    an address in the domain, the mailbox named after it, the first of a name or id taken."""
    rows, seen = [], set()
    domain = seed.MAIL_DOMAIN
    for entry in _ldif_entries(ldif):
        mail = next((m for m in entry.get("mail", ()) if m.lower().endswith("@" + domain)), None)
        uuid = entry.get("entryUUID", [None])[0]
        if not mail or "pwdAccountLockedTime" in entry or not uuid:
            continue
        local = mail.rpartition("@")[0]
        key = addresses.key(local)
        if key in seen or uuid in seen:
            continue
        seen.update((key, uuid))
        name = (entry.get("displayName") or entry.get("cn") or [""])[0]
        rows.append((local, key, local, key, addresses.mailbox_path(domain, key), name,
                     entry["dn"][0], uuid))
    return rows


def _ldif_entries(ldif: Path) -> Iterator[dict[str, list[str]]]:
    """ldapsearch -LLL output as attribute → values, folded lines joined, base64 decoded."""
    entry: dict[str, list[str]] = {}
    line = ""
    with ldif.open(encoding="utf-8") as lines:
        for raw in (*lines, "\n"):
            raw = raw.rstrip("\n")
            if raw.startswith(" "):
                line += raw[1:]
                continue
            if line:
                name, _, value = line.partition(":")
                value = (b64decode(value[1:].strip()).decode() if value.startswith(":")
                         else value.strip())
                entry.setdefault(name, []).append(value)
            line = raw
            if not raw and entry:
                yield entry
                entry = {}


def executemany_anchor(path: Path, rows: list[tuple]) -> Run:
    """Create a database of the real schema and insert `rows` in one executemany with the
    columns schema 3 needs (accounts.add_users' columns); wall and CPU time."""
    started, cpu = time.perf_counter(), time.process_time()
    with UserDatabase.open(path, write=True, create=True) as database, \
            database.transaction() as db:
        domain = accounts.ensure_domain(db, seed.MAIL_DOMAIN)
        stamp = now()
        db.executemany(
            "INSERT INTO users (domain_id, local_part, local_key, username, login_key, mailbox, "
            "display_name, auth, directory_dn, stable_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'directory', ?, ?, ?, ?)",
            ((domain, *row, stamp, stamp) for row in rows))
    return Run(time.perf_counter() - started, time.process_time() - cpu, 0)


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


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
            self.rows = anchor_rows(ldif)
            size.anchor_rows = len(self.rows)
        ldif.unlink()
        inserted = executemany_anchor(work / "anchor.sqlite", self.rows)
        remove_database(work / "anchor.sqlite")
        size.add("anchor", "SQL", inserted)
        size.add("anchor", "ldapsearch+SQL", Run(searched.seconds + inserted.seconds,
                                                 searched.cpu + inserted.cpu, 0))
        databases = {v.label: str(work / f"{v.label}-{number}.sqlite") for v in self.versions}
        planning = {label: ["--domain", seed.MAIL_DOMAIN, "--db", database]
                    for label, database in databases.items()}
        imported = self.each("import --all", lambda label: [
            "import", *self.connection, *planning[label], "--all"])
        self.each("preview", lambda label: ["preview", *self.connection, *planning[label]])
        self.each("preview --csv", lambda label: [
            "preview", *self.connection, *planning[label], "--csv", csv_file])
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


def per_user(peak_mb: float, baseline_kb: int, users: int) -> float:
    """Bytes per user of a peak above the interpreter's own."""
    return max(peak_mb * 1e6 - baseline_kb * 1024, 0) / users


def figures(size: Size, version: str, baseline: int) -> list[Figure]:
    """The rows of one version at one size: each command's time (with its anchor, ratio,
    target and CPU time) and its peak memory per user above the interpreter's."""
    rows = []
    for command in size.commands:
        anchor = ANCHORS.get(command)
        cpu = size.cpu(version, command)
        note = f"CPU with slapd {cpu:.2f} s" + (
            f", {cpu / size.anchor_cpu(anchor):.2f}× its anchor's" if anchor else "")
        rows.append(Figure(command, size.seconds(version, command), "s",
                           target=TARGETS.get(command), note=note,
                           anchor=size.anchor(anchor) if anchor else None,
                           anchor_name=anchor or ""))
    for command in size.commands:
        peak = size.peak_mb(version, command)
        rows.append(Figure(f"{command}: peak memory per user",
                           per_user(peak, baseline, size.users), "B/user",
                           target=MEMORY_TARGETS.get(command),
                           note=f"peak {peak:.0f} MB"
                           + ("; streams: flat with N" if command in STREAMING else "")))
    return rows


def print_tables(size: Size, labels: list[str], baseline: int) -> None:
    """Markdown, versions side by side: wall time with anchors, ratios and targets; CPU time
    (the command's and slapd's) with the same anchors; peak memory per user."""
    def side(values) -> str:
        return " / ".join(values)

    head = f"| command ({size.users:,} users) | {side(labels)} | anchor | ratio {side(labels)} |"
    rounds = len(size.runs["anchor", "ldapsearch"])
    print(f"\nWall time, median of {rounds}\n\n{head} target | met |\n" + "|---" * 6 + "|")
    for command in size.commands:
        anchor, target = ANCHORS.get(command), TARGETS.get(command)
        times = [size.seconds(label, command) for label in labels]
        a = size.anchor(anchor) if anchor else None
        met = "—" if not target else "met" if times[-1] / a <= target else "**not met**"
        print(f"| `{command}` | {side(f'{t:.2f} s' for t in times)} | "
              + (f"{a:.2f} s {ANCHOR_WORDS[anchor]} | {side(f'{t / a:.2f}×' for t in times)}"
                 if a else "— | —") + f" | {f'≤ {target:g}×' if target else '—'} | {met} |")
    print(f"\nCPU time, the command's and slapd's\n\n{head}\n" + "|---" * 4 + "|")
    for command in size.commands:
        anchor = ANCHORS.get(command)
        cpus = [size.cpu(label, command) for label in labels]
        a = size.anchor_cpu(anchor) if anchor else None
        print(f"| `{command}` | {side(f'{c:.2f} s' for c in cpus)} | "
              + (f"{a:.2f} s | {side(f'{c / a:.2f}×' for c in cpus)}" if a else "— | —")
              + " |")
    print(f"\nPeak memory (bytes per user above `python -c pass`, {baseline * 1024 / 1e6:.1f} "
          f"MB)\n\n| command ({size.users:,} users) | {side(labels)} | target | met |\n"
          + "|---" * 4 + "|")
    for command in size.commands:
        peaks = [size.peak_mb(label, command) for label in labels]
        limit = MEMORY_TARGETS.get(command)
        met = "—" if not limit else (
            "met" if per_user(peaks[-1], baseline, size.users) <= limit else "**not met**")
        print(f"| `{command}` | "
              + side(f"{p:.0f} MB ({per_user(p, baseline, size.users):.0f} B)" for p in peaks)
              + f" | {f'≤ {limit} B/user' if limit else 'flat' if command in STREAMING else '—'}"
              f" | {met} |")
    if "import --all" in size.commands:
        print(f"\nThe import's anchor inserts {size.anchor_rows} rows: "
              f"{size.anchor('SQL'):.2f} s ({size.anchor_cpu('SQL'):.2f} s CPU).", flush=True)


def print_postgresql(size: Size) -> None:
    """Markdown: this tree's import and undo into PostgreSQL next to the same into SQLite."""
    print(f"\nPostgreSQL (durable settings, loopback) next to SQLite, median of "
          f"{len(size.runs['after', 'undo (PostgreSQL)'])}\n\n| command ({size.users:,} users) "
          "| SQLite | PostgreSQL | ratio | target | met |\n" + "|---" * 6 + "|")
    for pg_command, command in PG_COMMANDS.items():
        lite, pg = size.seconds("after", command), size.seconds("after", pg_command)
        target = PG_TARGET if command == "import --all" else None
        met = "—" if not target else "met" if pg / lite <= target else "**not met**"
        print(f"| `{command}` | {lite:.2f} s | {pg:.2f} s | {pg / lite:.2f}× | "
              f"{f'≤ {target:g}×' if target else '—'} | {met} |")
    print(f"\nPeak memory of the import into PostgreSQL: "
          f"{size.peak_mb('after', 'import --all (PostgreSQL)'):.0f} MB.", flush=True)


def print_growth(sizes: list[Size], version: str, baseline: int,
                 wizard: dict[int, tuple[float, float, float]]) -> None:
    """Markdown: time and peak memory of each command at each size, per user, and the memory
    each user added since the size before (flat for a command that streams)."""
    heads = " | ".join(f"{s.users:,}" for s in sizes)
    rule = "|---" * (len(sizes) + 1) + "|"

    def timed(pairs) -> str:
        return " | ".join("—" if wall is None else f"{wall:.2f} s ({wall / s.users * 1e6:.0f} µs"
                          + (f"; CPU {cpu / s.users * 1e6:.0f} µs)" if cpu else ")")
                          for (wall, cpu), s in zip(pairs, sizes, strict=True))

    def memory(peaks, bases) -> str:
        cells, previous = [], None
        for peak, base, s in zip(peaks, bases, sizes, strict=True):
            if peak is None:
                cells.append("—")
                continue
            added = (f", +{max(peak - previous[0], 0) * 1e6 / (s.users - previous[1]):.0f}"
                     if previous and s.users > previous[1] else "")
            cells.append(f"{peak:.0f} MB ({max(peak - base, 0) * 1e6 / s.users:.0f} B{added})")
            previous = (peak, s.users)
        return " | ".join(cells)

    print(f"\n`{version}`: time (wall, and wall and CPU microseconds per user; CPU counts "
          f"slapd's)\n\n| command | {heads} |\n{rule}")
    for command in sizes[0].commands:
        print(f"| `{command}` | "
              + timed([(s.seconds(version, command), s.cpu(version, command)) for s in sizes])
              + " |")
    for anchor in ("ldapsearch", "SQL") if "import --all" in sizes[0].commands else ("ldapsearch",):
        print(f"| anchor: {ANCHOR_WORDS[anchor]} | "
              + timed([(s.anchor(anchor), s.anchor_cpu(anchor)) for s in sizes]) + " |")
    if wizard:
        print("| the wizard's listing (one run) | " + timed(
            [(wizard[s.users][0], None) if s.users in wizard else (None, None)
             for s in sizes]) + " |")
    print(f"\n`{version}`: peak memory (bytes per user above `python -c pass`, "
          f"{baseline * 1024 / 1e6:.1f} MB; + bytes per user added since the size before)"
          f"\n\n| command | {heads} |\n{rule}")
    interpreter = [baseline * 1024 / 1e6] * len(sizes)
    for command in sizes[0].commands:
        print(f"| `{command}` | "
              + memory([s.peak_mb(version, command) for s in sizes], interpreter) + " |")
    if wizard:
        print("| the wizard (bytes per user above the process before the wizard opened) | "
              + memory([wizard[s.users][1] if s.users in wizard else None for s in sizes],
                       [wizard[s.users][2] if s.users in wizard else 0 for s in sizes]) + " |")
    print(flush=True)


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
