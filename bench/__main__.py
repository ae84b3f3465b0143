"""Every figure of the performance issue in one command: the engine, the Users table, the wizard.

    python -m bench                       # 10,000 users, 3 runs of each: 15-30 s
    python -m bench --users 100000        # the issue's size: 2-8 minutes
    python -m bench --commands            # and whole commands (bench.commands): +15 s at 10k
    python -m bench --scale               # growth table, 10k to 1M users: an hour or more

Runs bench.engine (which prints its own rows, each next to its anchor), bench.users_model,
bench.wizard and bench.mail_lookups (the mail server's lookups, with a table of their own) in
turn, then prints the issue's table with each figure's target and whether it is met. The
wizard runs in a fresh process so that its peak memory is its own. --commands adds
bench.commands at the same size; --scale runs only bench.commands' growth table (the wizard's
listing included). The exit status is non-zero only when a benchmark failed to run, never for
a target missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable

from bench.measure import Figure

SCALE = "10000,100000,300000,1000000"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--repeat", type=int,
                        help="runs of each figure (medians); default 3, 1 with --scale")
    parser.add_argument("--commands", action="store_true",
                        help="also time whole commands as processes (bench.commands)")
    parser.add_argument("--scale", nargs="?", const=SCALE, metavar="N,N,…",
                        help=f"only the growth table of whole commands (default {SCALE})")
    parser.add_argument("--before", metavar="SRC",
                        help="with --commands or --scale: also another tree's src, side by side")
    args = parser.parse_args(argv)
    if args.scale:
        from bench import commands

        return commands.main(["--scale", args.scale, "--wizard", "--repeat",
                              str(args.repeat or 1)]
                             + (["--before", args.before] if args.before else []))
    args.repeat = args.repeat or 3
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    failed: list[str] = []

    def run(name: str, work: Callable[[], list[Figure]]) -> list[Figure]:
        print(f"\n== {name}", flush=True)
        try:
            return work()
        except (Exception, SystemExit):  # report it, run the others, exit non-zero at the end
            traceback.print_exc()
            failed.append(name)
            return []

    # each imported in its own step: one that fails to import does not stop the others
    def engine_rows() -> list[Figure]:
        from bench import engine

        status = engine.main(["--users", str(args.users), "--repeat", str(args.repeat)])
        if status:
            raise RuntimeError(f"bench.engine exited with {status}")
        return list(engine.MEASURED)

    def model_figures() -> list[Figure]:
        from bench import users_model

        return users_model.figures(args.users, args.repeat)

    def wizard_figures() -> list[Figure]:
        from bench import wizard

        return wizard.figures_in_fresh_process(args.users, args.repeat)

    def mail_lookups() -> list[Figure]:  # prints its own table (issue 26)
        from bench import mail_lookups

        mail_lookups.main(["--users", str(args.users), "--lookups", str(lookups)])
        return []

    def whole_commands() -> list[Figure]:
        from bench import commands

        commands.main(["--users", str(args.users), "--repeat", str(args.repeat)]
                      + (["--before", args.before] if args.before else []))
        return []

    table = run(f"python -m bench.engine --users {args.users} --repeat {args.repeat}",
                engine_rows)
    table += run(f"python -m bench.users_model --rows {args.users} --repeat {args.repeat} "
                "--no-anchor", model_figures)
    table += run(f"python -m bench.wizard --users {args.users} --repeat {args.repeat} "
                 "(a fresh process)", wizard_figures)
    lookups = 20 if args.users <= 10_000 else 200  # a smoke run stays within seconds
    run(f"python -m bench.mail_lookups --users {args.users} --lookups {lookups}", mail_lookups)
    if args.commands:  # prints its own rows and table; the table has none of them
        run(f"python -m bench.commands --users {args.users} --repeat {args.repeat}",
            whole_commands)
    print_table(args.users, {figure.name: figure for figure in table})
    print(f"\n{time.perf_counter() - started:.0f} s in all"
          + (f"; failed to run: {', '.join(failed)}" if failed else ""), flush=True)
    return 1 if failed else 0


# The rows in its order: (figure, our Figure's name or the start of it (bench.engine
# names its rows with their counts), anchor, target as the issue words it).
ROWS = (
    ("list all users with our engine (paged)", "list all users (engine, paged)",
     "`ldapsearch -E pr=1000/noprompt` same attributes", "≤ 3×"),
    ("time to first page on screen in the wizard",
     "time to the first page on screen in the wizard", "—", "≤ 0.3 s"),
    ("plan against a user database holding 3 addresses per user", "plan against",
     "one indexed SQL join", "≤ 2×"),
    ("import the users with aliases and batch record", "import", "bare executemany", "≤ 3×"),
    ("Users page: filter keystroke", "Users page: filter keystroke", "—", "≤ 0.1 s"),
    ("Users page: sort", "Users page: sort", "—", "≤ 0.1 s"),
    ("Users page: check all", "Users page: check all", "—", "≤ 0.05 s"),
    ("GUI thread: longest stall while the rows stream in",
     "GUI thread: longest stall while the rows stream in", "—", "≤ 50 ms"),
    ("peak memory of the app with the users listed",
     "peak memory of the app with the users listed", "—", "≤ 250 MB"),
)


def print_table(users: int, figures: dict[str, Figure]) -> None:
    """The issue's table as Markdown, with what was measured and whether each target is met."""
    print(f"\n== the performance issue's figures, {users} users\n")
    print(f"| figure ({users} users) | measured | anchor | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for label, name, anchor, target in ROWS:
        # the engine's rows are named with their counts ("plan against 30000 …"): match the start
        figure = figures.get(name) or next(
            (f for key, f in figures.items() if key.startswith(name + " ")), None)
        if figure is None:
            print(f"| {label} | not measured (failed) | {anchor} | — | {target} | — |")
            continue
        ratio = f"{figure.ratio:.2f}×" if figure.anchor else "—"
        verdict = "met" if figure.met else "**not met**"
        note = f" ({figure.note})" if figure.note else ""
        if figure.anchor:
            anchor = f"{figure.__class__(anchor, figure.anchor, figure.unit).amount()} {anchor}"
        print(f"| {label} | {figure.amount()}{note} | {anchor} | {ratio} | {target} "
              f"| {verdict} |")
    print(flush=True)


if __name__ == "__main__":
    sys.exit(main())
