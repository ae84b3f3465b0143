"""The PyInstaller bundle, built once per test session from build.spec as the README says."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.bundle.building import build_bundle


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
