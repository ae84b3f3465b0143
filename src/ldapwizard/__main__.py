"""The one entry point: the console script, `python -m ldapwizard` and the bundle."""

import sys
import time


def main(argv: list[str] | None = None) -> int:
    """Run ldapwizard with the given arguments (default: the process's).

    Without a COMMAND it opens the wizard (on the demo directory with --demo); --self-test
    drives the wizard offscreen; a COMMAND runs headless through the command line.
    """
    started = time.time()
    _give_streams_to_a_windowed_program()
    if getattr(sys, "frozen", False):  # a no-op elsewhere, and 5 ms of every start
        import multiprocessing

        multiprocessing.freeze_support()  # the listing runs in a child process, also frozen
    import gc

    # importing the command's modules leaves no garbage: collecting during it costs a
    # command's start 10 ms of walking them, and every later full collection (the one at
    # exit too, 20 ms) would walk them again unless they are set aside (frozen)
    collecting = gc.isenabled()
    gc.disable()
    try:
        from ldapwizard import cli

        args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    # the GUI is imported only here, so the command line never loads Qt
    if args.self_test:
        from ldapwizard.gui.selftest import run_self_test

        return run_self_test(started, language=args.language)
    if args.command is None:
        from ldapwizard.gui.app import run_gui

        return run_gui(demo=args.demo, language=args.language)
    return cli.run_command(args)


def _give_streams_to_a_windowed_program() -> None:
    """The bundle's windowed ldapwizard.exe starts with no stdout or stderr at all (None); a
    command run from it must not fail on a write. Its output is lost there: ldapwizard-cli.exe
    is the program for commands (see README, "The Windows bundle")."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    sys.exit(main())
