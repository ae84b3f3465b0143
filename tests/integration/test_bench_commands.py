"""The benchmark of whole commands runs end to end and prints its tables.

CI's short benchmark run (`python -m bench --users 10000`) leaves `bench.commands` out, so
nothing else would notice it break. Nothing here is timed or compared: speed is measured by
the benchmark itself, never asserted (bench/README.md).
"""

from __future__ import annotations

import logging

import pytest
from bench import commands

from tests.servers.slapd_fixtures import require_slapd

pytestmark = pytest.mark.slapd


@pytest.fixture(autouse=True)
def _ldapwizard_log_level():
    # the benchmark quiets the engine's logger for its own process; give it back
    logger = logging.getLogger("ldapwizard")
    level = logger.level
    require_slapd()
    yield
    logger.setLevel(level)


def test_the_listing_rounds_run_only_the_anchor_list_and_list_csv(capsys):
    assert commands.main(["--users", "300", "--repeat", "2", "--listing"]) == 0
    out = capsys.readouterr().out
    assert "round 2 of 2" in out and "Wall time, median of 2" in out
    for command in ("list", "list --csv"):
        assert f"| `{command}` | " in out
    assert "ldapsearch to LDIF" in out and "≤ 2.5×" in out
    for left_out in ("import --all", "preview", "undo", "executemany"):
        assert left_out not in out


def test_every_command_runs_with_both_anchors(capsys):
    assert commands.main(["--users", "300", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    for command in commands.COMMANDS:
        assert f"| `{command}` | " in out
    assert "ldapsearch + executemany" in out and "ldapsearch + plain executemany" in out
    assert "The import's anchors insert" in out
