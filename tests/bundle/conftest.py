"""The PyInstaller bundle, built once per test session from build.spec as the README says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The one-folder bundle, dist/ldapwizard, freshly built (LDAPWIZARD_BUNDLE reuses one)."""
    given = os.environ.get("LDAPWIZARD_BUNDLE")
    if given:
        return Path(given)
    base = tmp_path_factory.mktemp("bundle")
    return build_bundle(base / "dist", base / "build")


@pytest.fixture
def bundle_env(tmp_path) -> dict[str, str]:
    """An environment for the bundled programs: private folders, offscreen Qt, no PYTHONPATH."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "LDAPWIZARD_"))}
    env.update(LDAPWIZARD_CONFIG_DIR=str(tmp_path / "config"),
               LDAPWIZARD_DATA_DIR=str(tmp_path / "data"),
               LDAPWIZARD_LOG_DIR=str(tmp_path / "log"), QT_QPA_PLATFORM="offscreen")
    return env
