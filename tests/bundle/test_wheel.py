"""The wheel carries the same resources, found the same way as from the checkout and bundle."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from tests.bundle.building import ROOT

pytestmark = pytest.mark.bundle


def test_an_installed_wheel_finds_its_icons_and_demo_data(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True,
                   timeout=300)
    (wheel,) = tmp_path.glob("ldapwizard-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for name in ("icons/ldapwizard.ico", "icons/ldapwizard-256.png", "icons/ldapwizard.svg",
                 "demo/directory.json", "demo/existing.json"):
        assert f"ldapwizard/resources/{name}" in names
    probe = ("import ldapwizard, ldapwizard.assets as a; "
             "print(ldapwizard.__file__); "
             "print(len(a.resource(*a.app_icon_png(256)).read_bytes())); "
             "print(len(a.load_json(*a.DEMO_DIRECTORY)))")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                            text=True, check=True, cwd=tmp_path)
    where, icon_bytes, entries = result.stdout.split()
    assert where.startswith(str(tmp_path / "site"))  # the wheel's copy, not the checkout
    assert int(icon_bytes) > 1000 and int(entries) > 0
