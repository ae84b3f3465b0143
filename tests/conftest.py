"""Shared pytest configuration for all tests."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.isolation",
    "tests.servers.slapd_fixtures",
    "tests.servers.ad_fixtures",
]
