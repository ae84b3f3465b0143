"""Issue 25, item 7: a crontab line installed by `schedule add` runs exactly what was saved.

Each line is installed in this user's real crontab, read back with `crontab -l`, cut and
unescaped as cron does (crontab(5); cron's do_command.c), and run with /bin/sh -c, the
program replaced by a script that prints the arguments it was given.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from ldapwizard.cli import run
from ldapwizard.core.job import schedule
from ldapwizard.core.job.profiles import Profile, ProfileStore

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                reason="cron is the Unix scheduler")


def cron_split(command: str) -> tuple[str, str]:
    """A crontab command field as cron runs it: (what sh -c gets, its standard input).

    cron reads `\\%` as `%` and any other backslash pair as it is; the first other `%` ends
    the command, and the rest, each further `%` a line break, is the standard input.
    """
    kept: list[str] = []
    escaped = False
    for at, char in enumerate(command):
        if escaped:
            if char == "%":
                kept[-1] = "%"  # the backslash goes, the % stays
            else:
                kept.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
            kept.append(char)
            continue
        if char == "%":
            return "".join(kept), command[at + 1:].replace("%", "\n")
        kept.append(char)
    return "".join(kept), ""


def test_the_cron_reading_is_crontab_5s():
    """The reading the tests rely on: \\% is a %, a bare % starts the input."""
    assert cron_split("date +\\%H") == ("date +%H", "")
    assert cron_split("cat 5%a%b") == ("cat 5", "a\nb")
    assert cron_split("x \\\\%y") == ("x \\\\", "y")  # `\\` then a bare %


def crontab() -> list[str]:
    """This user's crontab as cron holds it."""
    # split as cron does, at newlines only (splitlines would also split at U+2028, \x1c...)
    table = subprocess.run(["crontab", "-l"], capture_output=True).stdout.decode()
    return table.split("\n")[:-1] if table else []


def run_line(line: str) -> list[str]:
    """The arguments a crontab line gives its program when cron runs it."""
    shell_command, stdin = cron_split(line.split(None, 5)[5])
    result = subprocess.run(["/bin/sh", "-c", shell_command], input=stdin,
                            capture_output=True, text=True, timeout=30, check=True)
    return result.stdout.split("\0")[:-1]


def jobs() -> dict[str, list[str]]:
    """profile -> the arguments of the one job that runs it (judged by running each line)."""
    found: dict[str, list[str]] = {}
    for line in crontab():
        if line == OTHER_JOB:
            continue
        argv = run_line(line)
        profile = next(arg.removeprefix("--profile=") if arg != "--profile" else argv[at + 1]
                       for at, arg in enumerate(argv)
                       if arg == "--profile" or arg.startswith("--profile="))
        assert profile not in found, f"two jobs run {profile}"
        found[profile] = argv
    return found


OTHER_JOB = "5 4 * * * true"


@pytest.fixture
def cron(user_crontab):
    """This user's crontab holding only someone else's job (restored afterwards)."""
    subprocess.run(["crontab", "-"], input=OTHER_JOB + "\n", text=True, check=True)


def echo_script(folder) -> str:
    """A script printing its arguments, a NUL after each."""
    folder.mkdir()
    script = folder / "argv"
    script.write_text("#!/bin/sh\nprintf '%s\\0' \"$@\"\n")
    script.chmod(0o755)
    return str(script)


@pytest.fixture
def echo_program(tmp_path, monkeypatch):
    """The job's program replaced by a script printing its arguments."""
    script = echo_script(tmp_path / "bin")
    monkeypatch.setattr(schedule, "program", lambda: [script])


def save(name: str) -> None:
    """A profile that can run unattended."""
    ProfileStore().save(Profile(name=name, host="ldap.example.com", server_type="openldap",
                                domain="example.com", database="/srv/users.sqlite"))


def test_percent_signs_and_a_relative_password_file_run_as_saved(cron, tmp_path, monkeypatch):
    script = echo_script(tmp_path / "bin 100% x")  # a program path may hold one too
    monkeypatch.setattr(schedule, "program", lambda: [script])
    folder = tmp_path / "secrets 50%"
    folder.mkdir()
    password = folder / "pw %s 5%.txt"
    password.write_text("Top-Secret-9\n")
    password.chmod(0o600)
    monkeypatch.chdir(tmp_path)
    save("a%b")
    assert run(["schedule", "add", "--profile", "a%b", "--every", "3", "--remove-missing",
                "--max-removals", "5%", "--password-file", "secrets 50%/pw %s 5%.txt"]) == 0
    # the job runs wherever cron starts it: the password file is named from the root
    assert jobs()["a%b"] == ["sync", "--profile=a%b", "--password-file", str(password)]
    # the policy went into the job record, which the scheduled `sync --profile` reads
    saved = ProfileStore().load("a%b")
    assert (saved.remove_missing, saved.max_removals) == (True, "5%")
    assert "Top-Secret-9" not in "\n".join(crontab())


def test_shell_metacharacters_and_a_backslash_before_a_percent_run_as_saved(cron,
                                                                           echo_program):
    name = "x\\%'; touch /tmp/owned #$(id)%"
    save(name)
    assert run(["schedule", "add", "--profile", name, "--every", "24"]) == 0
    assert jobs() == {name: ["sync", f"--profile={name}"]}


def test_a_profile_named_like_another_s_marker_leaves_that_line_alone(cron, echo_program):
    impostors = ["x # ldapwizard-sync:lab", f"x {schedule.MARKER}{b'lab'.hex()}"]
    for name in ("lab", *impostors):
        save(name)
    assert run(["schedule", "add", "--profile", "lab", "--every", "6"]) == 0
    for name in impostors:
        assert run(["schedule", "add", "--profile", name, "--every", "12"]) == 0
    # each add kept the others' lines
    assert sorted(jobs()) == sorted(["lab", *impostors])
    assert run(["schedule", "add", "--profile", "lab", "--every", "2"]) == 0  # replaces its own
    assert sorted(jobs()) == sorted(["lab", *impostors])
    assert run(["schedule", "remove", "--profile", "lab"]) == 0
    assert jobs() == {name: ["sync", f"--profile={name}"] for name in impostors}
    for name in impostors:
        assert run(["schedule", "remove", "--profile", name]) == 0
    assert crontab() == [OTHER_JOB]
