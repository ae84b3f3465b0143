"""Scheduled jobs: the exact command, the Task Scheduler XML and launchd plist, and a real
crontab entry installed and removed (restoring the crontab that was there)."""

from __future__ import annotations

import plistlib
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import BadInput
from ldapwizard.core.job import schedule
from ldapwizard.core.job.profiles import Profile, ProfileStore

JOB = schedule.Job(profile="Corp AD", hours=6)


def test_the_command_names_the_profile_and_never_a_password():
    argv = schedule.command(JOB)
    assert argv[:3] == [sys.executable, "-m", "ldapwizard"]
    # the rest of the job is the saved record, so what runs is what was previewed
    # --profile=NAME: one word, so a name starting with - is never read as an option
    # (the sync policy too: `sync --profile` reads it from the record)
    assert argv[3:] == ["sync", "--profile=Corp AD"]


def test_cron_line_runs_every_n_hours_and_quotes_the_profile():
    line = schedule.cron_line(JOB)
    assert line.startswith("0 */6 * * * ")
    # the marker names the profile in hex: no profile name can end another's line with it
    assert line.endswith(" # ldapwizard-sync=" + b"Corp AD".hex())
    assert schedule.cron_profile(line) == "Corp AD"
    command = line.split(" ", 5)[5].rsplit(" # ldapwizard-sync=", 1)[0]
    # cron reads \% as % (crontab(5)); sh then reads the rest
    assert shlex.split(command.replace("\\%", "%")) == schedule.command(JOB)
    assert "'--profile=Corp AD'" in command
    assert "--profile=50\\%' off'" in schedule.cron_line(schedule.Job(profile="50% off", hours=6))
    daily = schedule.cron_line(schedule.Job(profile="p", hours=24))
    assert daily.startswith("0 0 * * * ")


def test_task_scheduler_xml_repeats_every_n_hours():
    root = ET.fromstring(schedule.task_xml(JOB).split("\n", 1)[1])
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert root.find(".//t:Repetition/t:Interval", ns).text == "PT6H"
    assert root.find(".//t:Exec/t:Command", ns).text == sys.executable
    arguments = root.find(".//t:Exec/t:Arguments", ns).text
    assert arguments.startswith('-m ldapwizard sync "--profile=Corp AD"')
    assert root.find(".//t:MultipleInstancesPolicy", ns).text == "IgnoreNew"
    assert schedule.schtasks_create(JOB, "t.xml")[:4] == ["schtasks", "/Create", "/TN",
                                                         "\\ldapwizard\\sync Corp AD"]


def test_launchd_plist_runs_every_n_hours():
    plist = plistlib.loads(schedule.launchd_plist(JOB).encode())
    assert plist["StartInterval"] == 6 * 3600
    assert plist["ProgramArguments"] == schedule.command(JOB)


def test_bad_hours_and_readable_password_files_are_refused(tmp_path):
    with pytest.raises(BadInput, match="choose 1 to 24"):
        schedule.Job(profile="p", hours=25).check()
    password = tmp_path / "pw"
    password.write_text("secret\n")
    password.chmod(0o644)
    with pytest.raises(BadInput, match="chmod 600"):
        schedule.Job(profile="p", hours=1, password_file=str(password)).check()
    password.chmod(0o600)
    schedule.Job(profile="p", hours=1, password_file=str(password)).check()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="cron is the Unix scheduler")
def test_schedule_add_list_remove_installs_a_real_crontab_entry(user_crontab, capsys):
    subprocess.run(["crontab", "-"], input="# someone else's job\n5 4 * * * true\n",
                   text=True, check=True)
    ProfileStore().save(Profile(name="lab", host="ldap.example.com", server_type="openldap"))
    assert run(["schedule", "add", "--profile", "lab", "--every", "3"]) == 2
    assert "no target mail domain (--domain) and no user database" in capsys.readouterr().err
    assert run(["profile", "save", "lab", "--domain", "example.com", "--db", "users.sqlite"]) == 0
    assert run(["schedule", "add", "--profile", "lab", "--every", "3"]) == 0
    out = capsys.readouterr().out
    assert "Installed in cron" in out and "keyring" in out
    table = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    assert "5 4 * * * true" in table
    ours = [line for line in table.splitlines() if schedule.cron_profile(line) == "lab"]
    assert len(ours) == 1 and ours[0].startswith("0 */3 * * * ")
    assert run(["schedule", "add", "--profile", "lab", "--every", "12"]) == 0  # replaces
    table = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    assert [line[:12] for line in table.splitlines()
            if schedule.cron_profile(line) == "lab"] == ["0 */12 * * *"]
    capsys.readouterr()
    assert run(["schedule", "list"]) == 0
    assert "--profile=lab" in capsys.readouterr().out
    assert run(["schedule", "remove", "--profile", "lab"]) == 0
    table = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    assert "ldapwizard" not in table and "5 4 * * * true" in table
    assert run(["schedule", "remove", "--profile", "lab"]) == 1


def test_a_line_an_older_ldapwizard_wrote_is_replaced_and_an_imitation_is_not(user_crontab):
    """Lines marked `# ldapwizard-sync:NAME` (before issue 25) still belong to NAME, but only
    when NAME is also the --profile word sh reads."""
    old = "0 */3 * * * /usr/bin/python3 -m ldapwizard sync --profile lab # ldapwizard-sync:lab"
    impostor = ("0 */3 * * * /usr/bin/python3 -m ldapwizard sync --profile "
                "'x # ldapwizard-sync:lab' # ldapwizard-sync:x # ldapwizard-sync:lab")
    assert schedule.cron_profile(old) == "lab"
    assert schedule.cron_profile(impostor) == "x # ldapwizard-sync:lab"
    assert schedule.cron_profile("5 4 * * * true # ldapwizard-sync=zz") is None
    subprocess.run(["crontab", "-"], input=f"{old}\n{impostor}\n", text=True, check=True)
    line = schedule.cron_install(schedule.Job(profile="lab", hours=6))
    table = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    assert table.splitlines() == [impostor, line]
    assert schedule.cron_remove("lab") and not schedule.cron_remove("lab")
    assert subprocess.run(["crontab", "-l"], capture_output=True,
                          text=True).stdout.splitlines() == [impostor]


def test_a_relative_password_file_becomes_absolute_and_control_characters_are_refused(
        tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert schedule.Job(profile="p", hours=1, password_file="pw").password_file == str(
        tmp_path / "pw")
    for job in (schedule.Job(profile="a\x1b[2Jb", hours=1),
                schedule.Job(profile="p", hours=1, password_file="pw\nx"),
                schedule.Job(profile="p\x85", hours=1),
                schedule.Job(profile="p\u2028q", hours=1),  # a line separator
                schedule.Job(profile="p\u202eq", hours=1),  # a profile saved before the rule
                schedule.Job(profile="p", hours=1, password_file="pw\u2029x")):
        with pytest.raises(BadInput, match="control character"):
            job.check()


def test_task_and_plist_names_are_one_profile_s_each():
    assert schedule.task_name("Corp AD") == "\\ldapwizard\\sync Corp AD"
    names = ["a b", "a_b", "a/b", "a\\b", "+612f62", "a%PATH%", " a", "a."]
    ids = [schedule.job_id(name) for name in names]
    assert len(set(ids)) == len(names)
    assert all("/" not in i and "\\" not in i and "%" not in i for i in ids)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="cron is the Unix scheduler")
def test_a_line_too_long_for_cron_is_refused_in_words(user_crontab):
    longest = schedule.Job(profile="p" * 100, hours=1)
    assert len(schedule.cron_line(longest).split(" ", 5)[5]) < schedule.CRON_COMMAND_LIMIT
    schedule.cron_install(longest)  # cron takes it
    with pytest.raises(BadInput, match="cron takes at most 999"):
        schedule.cron_line(schedule.Job(profile="\U0001d11e" * 100, hours=1))
    subprocess.run(["crontab", "-"], input="0 * * * * " + "x" * 1000 + "\n", text=True,
                   capture_output=True)
    assert "ldapwizard" in subprocess.run(["crontab", "-l"], capture_output=True,
                                          text=True).stdout  # the limit is cron's own
