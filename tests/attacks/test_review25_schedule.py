"""Review of issue 25 (item 7, "scheduled commands mean what was saved"): the command a
scheduled job runs is parsed by ldapwizard's own command line, so a saved profile whose name
starts with `-` (`profile save -- -v` takes it) makes `sync --profile -v` a usage error on
every run: the job never syncs, and with --remove-missing never removes a leaver.
"""

from __future__ import annotations

import shlex
import sys

import pytest

from ldapwizard.cli import parse_args
from ldapwizard.core.job import schedule
from tests.attacks.test_schedule_cron import cron_split

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="cron is the Unix scheduler")


@pytest.mark.parametrize("profile", ["-v", "--remove-missing", "-lab"])
def test_a_profile_name_starting_with_a_dash_is_the_profile_the_job_syncs(profile):
    line = schedule.cron_line(schedule.Job(profile, 2, remove_missing=True))
    command, stdin = cron_split(line.split(" ", 5)[5])
    assert stdin == ""
    argv = shlex.split(command, comments=True)
    assert argv[1:3] == ["-m", "ldapwizard"], argv
    try:
        args = parse_args(argv[3:])
    except SystemExit:  # argparse's usage error: what cron mails every two hours
        pytest.fail(f"the job of profile {profile!r} is a usage error: {argv[3:]}")
    assert args.profile == profile
    assert args.remove_missing
