"""Building the PyInstaller bundle from build.spec, as the README says; shared with bench/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUFFIX = ".exe" if sys.platform == "win32" else ""


def build_bundle(dist: Path, work: Path) -> Path:
    """`pyinstaller --noconfirm build.spec` into `dist`; the bundle's folder."""
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stderr[-4000:]}"
    return dist / "ldapwizard"
