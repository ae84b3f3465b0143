"""The figures of whole commands (bench.commands): the runs kept per size, what each command
is measured against, and the tables printed from them."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from bench.measure import Figure

COMMANDS = ("list", "list --csv", "import --all", "preview", "preview --csv", "sync", "undo")
ANCHORS = {"list": "ldapsearch", "list --csv": "ldapsearch", "import --all": "ldapsearch+plain"}
# the import's other anchor, into the project's own schema (its triggers in the floor): shown
SCHEMA_ANCHOR = "ldapsearch+SQL"
ANCHOR_WORDS = {"ldapsearch": "ldapsearch to LDIF", "ldapsearch+SQL": "ldapsearch + executemany",
                "SQL": "bare executemany", "plain": "plain executemany",
                "ldapsearch+plain": "ldapsearch + plain executemany"}
TARGETS = {"list --csv": 2.5, "import --all": 3.0}  # at most this many times the anchor
PG_COMMANDS = {"import --all (PostgreSQL)": "import --all", "undo (PostgreSQL)": "undo"}
PG_TARGET = 2.0  # an import into PostgreSQL, at most this many times the same into SQLite
# bytes per user above the interpreter
MEMORY_TARGETS = {"import --all": 1000, "preview": 1000, "sync": 1000}
STREAMING = ("list", "list --csv", "preview --csv")  # their memory should not grow with N
LISTING = ("list", "list --csv")  # what --listing runs


@dataclass(frozen=True)
class Run:
    """One finished process: wall and CPU seconds, peak resident KiB, the end of its output."""

    seconds: float
    cpu: float
    peak_kb: int
    tail: str = ""


@dataclass
class Size:
    """Every run at one directory size, per (version label, command) and per anchor."""

    users: int
    runs: dict[tuple[str, str], list[Run]] = field(default_factory=dict)
    anchor_rows: int = 0
    anchor_aliases: int = 0
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
        if command == "import --all":
            rows.append(Figure(f"{command} (against the schema's executemany)",
                               size.seconds(version, command), "s",
                               anchor=size.anchor(SCHEMA_ANCHOR), anchor_name=SCHEMA_ANCHOR))
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
        if command == "import --all":
            a = size.anchor(SCHEMA_ANCHOR)
            print(f"| `{command}` | {side(f'{t:.2f} s' for t in times)} | {a:.2f} s "
                  f"{ANCHOR_WORDS[SCHEMA_ANCHOR]} (the schema's) | "
                  f"{side(f'{t / a:.2f}×' for t in times)} | — | — |")
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
        print(f"\nThe import's anchors insert {size.anchor_rows} users: into the schema "
              f"{size.anchor('SQL'):.2f} s ({size.anchor_cpu('SQL'):.2f} s CPU); plain, with "
              f"{size.anchor_aliases} aliases, their claims and targets, "
              f"{size.anchor('plain'):.2f} s ({size.anchor_cpu('plain'):.2f} s CPU).",
              flush=True)


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
    for anchor in (("ldapsearch", "SQL", "plain") if "import --all" in sizes[0].commands
                   else ("ldapsearch",)):
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
