"""The PyInstaller bundle: its size, and how soon its window is on screen.

    python -m bench.bundle                      # builds dist/ldapwizard first (about 30 s)
    python -m bench.bundle --bundle dist/ldapwizard --repeat 7

Size is the unpacked one-folder bundle (apparent bytes), with its largest parts. Start-up is
timed from launching the windowed program with --self-test (offscreen) to the moment its
window is shown, as the self-test reports it; `ldapwizard-cli --version` is timed whole.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bundle.building import build_bundle  # the tests' build, from build.spec

TARGET_MB = 100
TARGET_SHOWN = 1.5


def folder_bytes(path: Path) -> int:
    """Apparent size of every file below `path`."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def shown_after(bundle: Path, env: dict[str, str]) -> float:
    """Seconds from launching the wizard's self-test to its window being shown."""
    launched = time.time()
    result = subprocess.run([str(bundle / "ldapwizard"), "--self-test"], env=env,
                            capture_output=True, text=True, timeout=300, check=True)
    first = result.stdout.splitlines()[0]  # "self-test: window shown 0.24 s after start (at T)"
    return float(first.rsplit("(at ", 1)[1].rstrip(")")) - launched


def whole_run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, capture_output=True, check=True, timeout=120)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="an already built dist/ldapwizard")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ldapwizard-bench-bundle-") as name:
        scratch = Path(name)
        bundle = args.bundle or build_bundle(scratch / "dist", scratch / "build")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LDAPWIZARD"))}
        env.update(QT_QPA_PLATFORM="offscreen", LDAPWIZARD_CONFIG_DIR=str(scratch / "c"),
                   LDAPWIZARD_DATA_DIR=str(scratch / "d"), LDAPWIZARD_LOG_DIR=str(scratch / "l"))

        total = folder_bytes(bundle)
        files = sum(1 for f in bundle.rglob("*") if f.is_file())
        print(f"bundle {bundle}: {total / 1e6:.1f} MB unpacked in {files} files "
              f"(target < {TARGET_MB} MB: {'met' if total / 1e6 < TARGET_MB else 'NOT met'})")
        internal = bundle / "_internal"
        parts = sorted(((folder_bytes(p) if p.is_dir() else p.lstat().st_size, p.name)
                        for p in internal.iterdir()), reverse=True)[:6]
        print("  largest: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for size, name in parts))
        qt = internal / "PySide6" / "Qt" / "lib"
        icu = sum(f.stat().st_size for f in qt.glob("libicu*")) if qt.exists() else 0
        if icu:
            print(f"  of which ICU (Linux Qt only; Windows' Qt uses the system's) "
                  f"{icu / 1e6:.1f} MB: {(total - icu) / 1e6:.1f} MB without it")

        first = shown_after(bundle, env)
        shown = [shown_after(bundle, env) for _ in range(args.repeat)]
        version = [whole_run([str(bundle / "ldapwizard-cli"), "--version"], env)
                   for _ in range(args.repeat)]
        median = statistics.median(shown)
        print(f"window shown after launch: median {median:.2f} s of {args.repeat} "
              f"(first run {first:.2f} s, range {min(shown):.2f}–{max(shown):.2f} s; "
              f"target ≤ {TARGET_SHOWN} s: {'met' if median <= TARGET_SHOWN else 'NOT met'})")
        print(f"ldapwizard-cli --version: median {statistics.median(version):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
