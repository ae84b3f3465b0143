"""The one entry point: the console script, `python -m ldapwizard` and the bundle."""

import sys
import time


def main(argv: list[str] | None = None) -> int:
    """Run ldapwizard with the given arguments (default: the process's)."""
    started = time.time()
    import multiprocessing

    multiprocessing.freeze_support()  # the listing runs in a child process, also when frozen
    from ldapwizard.cli import run

    return run(sys.argv[1:] if argv is None else argv, started)


if __name__ == "__main__":
    sys.exit(main())
