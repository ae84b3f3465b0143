"""Shared pytest configuration for all tests."""

import os
import shutil
import subprocess
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.isolation",
    "tests.servers.slapd_fixtures",
    "tests.servers.ad_fixtures",
    "tests.servers.pg_fixtures",
    "tests.servers.mail_fixtures",
    "tests.gui.wizard_fixtures",
]


@pytest.fixture
def user_crontab():
    """This user's real crontab, restored after the test (needs Debian's cron)."""
    if shutil.which("crontab") is None or sys.platform in ("win32", "darwin"):
        pytest.skip("needs the crontab command (Debian: cron)")
    before = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    yield
    if before.returncode == 0:
        subprocess.run(["crontab", "-"], input=before.stdout, text=True, check=True)
    else:
        subprocess.run(["crontab", "-r"], capture_output=True)


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs of our own (root only), so a test can make it read-only for real."""
    mount_point = tmp_path / "mnt"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs",
                              str(mount_point)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")

    def make_read_only():
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)

    try:
        yield mount_point, make_read_only
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
