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
