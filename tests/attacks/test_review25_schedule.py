"""Review of issue 25 (item 7, "scheduled commands mean what was saved").

The command a scheduled job runs is parsed by ldapwizard's own command line, so a saved
profile whose name starts with `-` (`profile save -- -v` takes it) makes `sync --profile -v`
a usage error on every run: the job never syncs, and with --remove-missing never removes a
leaver. And a profile name holding a line separator other than a newline becomes a crontab
line of its own on the next `schedule add` (the real crontab, restored afterwards).
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys

import pytest

from ldapwizard.cli import parse_args, run
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job import schedule
from ldapwizard.core.job.profiles import ProfileStore
from tests.attacks.test_schedule_cron import (  # noqa: F401 (fixtures)
    OTHER_JOB,
    cron,
    cron_split,
    crontab,
    echo_program,
    jobs,
    save,
)

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="cron is the Unix scheduler")


@pytest.mark.parametrize("profile", ["-v", "--remove-missing", "-lab"])
def test_a_profile_name_starting_with_a_dash_is_the_profile_the_job_syncs(profile):
    line = schedule.cron_line(schedule.Job(profile, 2))
    command, stdin = cron_split(line.split(" ", 5)[5])
    assert stdin == ""
    argv = shlex.split(command, comments=True)
    assert argv[1:3] == ["-m", "ldapwizard"], argv
    try:
        args = parse_args(argv[3:])
    except (SystemExit, argparse.ArgumentError):  # a usage error, mailed by cron every run
        pytest.fail(f"the job of profile {profile!r} is a usage error: {argv[3:]}")
    assert args.profile == profile
    assert args.remove_missing is None  # the policy is the saved record's, not the line's


SEPARATORS = ["\u2028", "\u2029", "\x1c", "\x1d", "\x1e", "\x85"]


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_profile_name_holding_a_line_separator_is_refused_when_saved(separator):
    evil = f"nightly{separator}* * * * * echo injected #"
    assert run(["profile", "save", evil, "--host", "ldap.example.com", "--domain",
                "example.com"]) == 2
    with pytest.raises(BadInput, match=f"U\\+{ord(separator):04X}"):
        save(evil)
    assert ProfileStore().names() == []


def _older_line(profile: str, hours: int) -> str:
    """The crontab line ldapwizard wrote before issue 25's review, which took such names."""
    words = [schedule.program()[0], "sync", "--profile", profile]
    return (f"0 */{hours} * * * {' '.join(shlex.quote(word) for word in words)} "
            f"{schedule.MARKER}{profile.encode().hex()}")


@pytest.mark.usefixtures("cron", "echo_program")
@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_line_separator_in_a_profile_name_adds_no_crontab_line(separator, capsys):
    """crontab(5) ends a line at a newline only, but ldapwizard read the table back with
    str.splitlines, which also splits at U+2028 (and \\x1c-\\x1e, \\x85): the next `schedule
    add` of any profile wrote the rest of the name back as a line of its own, which cron
    runs as a command (here `echo injected`). Such a name is refused when saved now (above),
    so the line is one an older ldapwizard installed for a profile it had saved."""
    evil = f"nightly{separator}* * * * * echo injected #"
    save("lab")
    older = _older_line(evil, 1)
    subprocess.run(["crontab", "-"], input=(OTHER_JOB + "\n" + older + "\n").encode(),
                   check=True)
    assert run(["schedule", "add", "--profile", "lab", "--every", "2"]) == 0
    table = [line for line in crontab() if line != OTHER_JOB]
    program = schedule.program()[0]
    foreign = [line for line in table if line.split(None, 5)[5].split()[0] != program]
    assert not foreign, f"cron now runs lines ldapwizard did not mean: {foreign}"
    assert older in table
    assert jobs() == {evil: ["sync", "--profile", evil], "lab": ["sync", "--profile=lab"]}
    # that profile, saved by the older ldapwizard, is not scheduled again; its job can go
    store = ProfileStore()
    data = json.loads(store.path.read_text(encoding="utf-8"))
    data["profiles"][evil] = {**data["profiles"]["lab"], "name": evil}
    store.path.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert run(["schedule", "add", "--profile", evil, "--every", "1"]) == 2
    assert f"U+{ord(separator):04X}" in capsys.readouterr().err
    assert run(["schedule", "remove", "--profile", evil]) == 0
    assert jobs() == {"lab": ["sync", "--profile=lab"]}
