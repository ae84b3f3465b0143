"""Scheduled sync jobs: the exact command, and its entry in cron, Task Scheduler or launchd.

The command never carries a password. A job started by cron or Task Scheduler may not reach
the desktop keyring (no session bus, another logon); then the job needs --password-file,
and the file must be readable by its owner only.
"""

from __future__ import annotations

import csv
import html
import os
import plistlib
import re
import shlex
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ldapwizard.core.errors import BadInput, LdapWizardError
from ldapwizard.core.job.profiles import check_name
from ldapwizard.core.job.schedule_quoting import (
    cron_command,
    refuse_control_characters,
    windows_arguments,
    windows_program,
)

# a crontab line ends with the marker and the profile name's UTF-8 in hex: no profile name
# can end another's line with it, and the line is matched on the whole name
MARKER = "# ldapwizard-sync="
_MARKED = re.compile(r" # ldapwizard-sync=([0-9a-f]+)\Z")
LEGACY_MARKER = "# ldapwizard-sync:"  # before issue 25: the name as it was, imitable
CRON_COMMAND_LIMIT = 999  # cron's MAX_COMMAND (1000) less its terminating NUL
_PLIST_DOCTYPE = ('<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
                  '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">')
TASK_FOLDER = "ldapwizard"


def _xml(text: str) -> str:
    # xml.sax.saxutils.escape's work, without the urllib and email it imports (15 ms a start)
    return html.escape(text, quote=False)


@dataclass(frozen=True)
class Job:
    """A scheduled sync of one profile."""

    profile: str
    hours: int
    password_file: str = ""  # made absolute: the scheduler starts the job elsewhere

    def __post_init__(self) -> None:
        if self.password_file:
            absolute = os.path.abspath(os.path.expanduser(self.password_file))
            object.__setattr__(self, "password_file", absolute)

    def check(self) -> None:
        """BadInput when the job cannot be scheduled as given."""
        if not 1 <= self.hours <= 24:
            raise BadInput(f"Every {self.hours} hours is not possible: choose 1 to 24.")
        if not self.profile:
            raise BadInput("A scheduled job needs a saved profile.")
        check_name(self.profile)  # a name saved before the rules: renamed first
        refuse_control_characters([self.profile, self.password_file])
        if self.password_file:
            check_password_file(self.password_file)


def check_password_file(path: str) -> None:
    """Refuse a password file others may read (POSIX permissions)."""
    file = Path(path)
    if not file.is_file():
        raise BadInput(f"The password file {path} does not exist.")
    if os.name == "posix" and file.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise BadInput(f"The password file {path} can be read by other users.",
                       hint=f"Run `chmod 600 {path}` so only you can read it.")


CONSOLE_EXECUTABLE = "ldapwizard-cli"  # the bundle's console executable (build.spec)


def program() -> list[str]:
    """How to start ldapwizard again: the bundle's console executable, or this Python with -m.

    In the bundle the windowed `ldapwizard` has no console on Windows, so a scheduled run (whose
    output goes to its log and exit status) uses `ldapwizard-cli` from the same folder.
    """
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable)
        console = executable.with_name(CONSOLE_EXECUTABLE + executable.suffix)
        return [str(console if console.exists() else executable)]
    return [sys.executable, "-m", "ldapwizard"]


def command(job: Job) -> list[str]:
    """The exact argv the job runs."""
    # one word, so that a name starting with - (`-v`) is the option's value, never an option
    argv = [*program(), "sync", f"--profile={job.profile}"]
    # everything else — connection, base DN, mapping, username rules, domain, database, the
    # sync policy (remove accounts, at most N) — comes from the saved profile, so the job
    # repeats what the admin previewed
    if job.password_file:
        argv += ["--password-file", job.password_file]
    return argv


# --- cron (Linux and other Unix) -------------------------------------------------------------

def cron_line(job: Job) -> str:
    """The crontab line: every N hours on the hour (24: once a day at midnight)."""
    when = "0 0 * * *" if job.hours == 24 else f"0 */{job.hours} * * *"
    field = f"{cron_command(command(job))} {MARKER}{job.profile.encode().hex()}"
    if len(field.encode()) > CRON_COMMAND_LIMIT:  # crontab would refuse the whole table
        raise BadInput(f"The cron command would be {len(field.encode())} bytes long; cron takes "
                       f"at most {CRON_COMMAND_LIMIT}.",
                       hint="Use a shorter profile name or password file path.")
    return f"{when} {field}"


def cron_profile(line: str) -> str | None:
    """The profile whose job a crontab line is, or None when ldapwizard did not write it."""
    marked = _MARKED.search(line)
    if marked:
        try:
            return bytes.fromhex(marked.group(1)).decode("utf-8")
        except ValueError:
            return None
    if LEGACY_MARKER not in line:
        return None
    # an older line: its profile is the --profile word as sh reads it, and the line must
    # end with the marker and that very name (so `x # ldapwizard-sync:lab` is not lab's)
    try:
        words = shlex.split(line.split(None, 5)[-1], comments=True)
        profile = words[words.index("--profile") + 1]
    except (ValueError, IndexError):
        return None
    return profile if line.endswith(f" {LEGACY_MARKER}{profile}") else None


def _crontab(*args: str, text: str | None = None) -> tuple[int, str, str]:
    """crontab's exit status, output and errors. Bytes on the pipes, decoded here: text mode
    would turn a \r inside a line into a line break, and surrogateescape gives the lines of
    other jobs back byte for byte."""
    try:
        result = subprocess.run(["crontab", *args], capture_output=True, timeout=30,
                                input=None if text is None else
                                text.encode("utf-8", "surrogateescape"))
    except FileNotFoundError:
        raise LdapWizardError("There is no crontab command on this computer.",
                              hint="Install cron (Debian: apt-get install cron), or use a "
                              "systemd timer that runs the command shown.") from None
    return (result.returncode, result.stdout.decode("utf-8", "surrogateescape"),
            result.stderr.decode("utf-8", "replace"))


def _current_crontab() -> list[str]:
    status, table, errors = _crontab("-l")
    if status != 0:
        if "no crontab" in errors.lower():
            return []
        raise LdapWizardError("The crontab could not be read.", detail=errors.strip())
    # cron ends a line at a newline only (str.splitlines would also split at U+2028, \x1c...,
    # and the next write would turn the rest of such a line into a line of its own)
    lines = table.split("\n")
    return lines[:-1] if lines[-1] == "" else lines


def _write_crontab(lines: list[str]) -> None:
    status, _, errors = _crontab("-", text="\n".join(lines) + "\n" if lines else "")
    if status != 0:
        raise LdapWizardError("The crontab could not be written.", detail=errors.strip())


def _ours(line: str, profile: str | None = None) -> bool:
    owner = cron_profile(line)
    return owner is not None and (profile is None or owner == profile)


def cron_install(job: Job) -> str:
    """Add (or replace) the job's line in the user's crontab; returns the line."""
    job.check()
    line = cron_line(job)
    lines = [entry for entry in _current_crontab() if not _ours(entry, job.profile)]
    _write_crontab([*lines, line])
    return line


def cron_list() -> list[str]:
    """The crontab lines ldapwizard installed."""
    return [line for line in _current_crontab() if _ours(line)]


def cron_remove(profile: str) -> bool:
    """Remove the profile's line; False when there was none."""
    lines = _current_crontab()
    kept = [line for line in lines if not _ours(line, profile)]
    if len(kept) == len(lines):
        return False
    _write_crontab(kept)
    return True


# --- Windows Task Scheduler --------------------------------------------------------------------

_PLAIN_NAME = re.compile(r"[A-Za-z0-9]([A-Za-z0-9 ._-]*[A-Za-z0-9_-])?")


def job_id(profile: str) -> str:
    """The profile's name in a task or file name: as it is when plain, else `+` and its UTF-8
    in hex (no plain name starts with +, so two profiles never share a task or a plist)."""
    return profile if _PLAIN_NAME.fullmatch(profile) else "+" + profile.encode().hex()


def task_name(profile: str) -> str:
    """The job's name in Task Scheduler."""
    return f"\\{TASK_FOLDER}\\sync {job_id(profile)}"


def task_xml(job: Job, start: str = "2026-01-01T00:00:00") -> str:
    """Task Scheduler XML (schtasks /Create /XML): repeat every N hours, run whether the user
    is logged on or not is left to the admin (it needs their password in Task Scheduler)."""
    argv = command(job)
    program, arguments = windows_program(argv[0]), windows_arguments(argv[1:])
    description = _xml(f"ldapwizard: sync profile {job.profile} every {job.hours} hours")
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>{description}</Description>
  </RegistrationInfo>
  <Triggers>
    <TimeTrigger>
      <StartBoundary>{start}</StartBoundary>
      <Repetition>
        <Interval>PT{job.hours}H</Interval>
        <StopAtDurationEnd>false</StopAtDurationEnd>
      </Repetition>
      <Enabled>true</Enabled>
    </TimeTrigger>
  </Triggers>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <StartWhenAvailable>true</StartWhenAvailable>
    <ExecutionTimeLimit>PT2H</ExecutionTimeLimit>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{_xml(program)}</Command>
      <Arguments>{_xml(arguments)}</Arguments>
    </Exec>
  </Actions>
</Task>
"""


def schtasks_create(job: Job, xml_path: Path) -> list[str]:
    """The schtasks command line that installs the job from its XML file."""
    return ["schtasks", "/Create", "/TN", task_name(job.profile), "/XML", str(xml_path), "/F"]


# --- macOS launchd -----------------------------------------------------------------------------

def launchd_plist(job: Job) -> str:
    """A LaunchAgent that runs the job every N hours."""
    arguments = "\n".join(f"    <string>{_xml(arg)}</string>" for arg in command(job))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{_PLIST_DOCTYPE}
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>org.ldapwizard.sync.{_xml(job_id(job.profile))}</string>
  <key>ProgramArguments</key>
  <array>
{arguments}
  </array>
  <key>StartInterval</key>
  <integer>{job.hours * 3600}</integer>
</dict>
</plist>
"""


# --- the platform's scheduler --------------------------------------------------------------------

def _run(argv: list[str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        raise LdapWizardError(f"{argv[0]} is not available on this computer.") from None


def _plist_path(profile: str) -> Path:
    folder = Path.home() / "Library" / "LaunchAgents"
    return folder / f"org.ldapwizard.sync.{job_id(profile)}.plist"


def _legacy_plist_path(profile: str) -> Path | None:
    """The plist an older ldapwizard wrote for the profile (its name was not unique), when it
    runs this very profile."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in profile)
    path = _plist_path(profile).with_name(f"org.ldapwizard.sync.{safe}.plist")
    try:
        arguments = plistlib.loads(path.read_bytes()).get("ProgramArguments", [])
    except (OSError, ValueError, AttributeError):
        return None
    at = arguments.index("--profile") + 1 if "--profile" in arguments else 0
    return path if at and arguments[at:at + 1] == [profile] else None


def scheduler_name() -> str:
    """Which scheduler `install` uses here."""
    if sys.platform == "win32":
        return "Task Scheduler"
    if sys.platform == "darwin":
        return "launchd"
    return "cron"


def install(job: Job) -> str:
    """Install the job in this platform's scheduler; returns what was installed."""
    job.check()
    if sys.platform == "win32":
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            xml_path = Path(folder) / "task.xml"
            xml_path.write_text(task_xml(job), encoding="utf-16")
            result = _run(schtasks_create(job, xml_path))
        if result.returncode != 0:
            raise LdapWizardError("Task Scheduler refused the task.",
                                  detail=(result.stderr or result.stdout).strip())
        return task_name(job.profile)
    if sys.platform == "darwin":
        path = _plist_path(job.profile)
        legacy = _legacy_plist_path(job.profile)
        if legacy is not None and legacy != path:  # replaced by the job under its new name
            _run(["launchctl", "unload", "-w", str(legacy)])
            legacy.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(launchd_plist(job), encoding="utf-8")
        _run(["launchctl", "unload", str(path)])
        result = _run(["launchctl", "load", "-w", str(path)])
        if result.returncode != 0:
            raise LdapWizardError("launchd refused the job.", detail=result.stderr.strip())
        return str(path)
    return cron_install(job)


def installed() -> list[str]:
    """The jobs ldapwizard installed in this platform's scheduler."""
    if sys.platform == "win32":
        result = _run(["schtasks", "/Query", "/FO", "CSV", "/NH"])
        prefix = f"\\{TASK_FOLDER}\\"
        return [row[0] for row in csv.reader(result.stdout.splitlines())
                if row and row[0].startswith(prefix)]
    if sys.platform == "darwin":
        folder = Path.home() / "Library" / "LaunchAgents"
        return sorted(str(p) for p in folder.glob("org.ldapwizard.sync.*.plist"))
    return cron_list()


def remove(profile: str) -> bool:
    """Remove the profile's job; False when there was none."""
    if sys.platform == "win32":
        return _run(["schtasks", "/Delete", "/TN", task_name(profile), "/F"]).returncode == 0
    if sys.platform == "darwin":
        paths = [p for p in (_plist_path(profile), _legacy_plist_path(profile))
                 if p is not None and p.exists()]
        for path in dict.fromkeys(paths):
            _run(["launchctl", "unload", "-w", str(path)])
            path.unlink()
        return bool(paths)
    return cron_remove(profile)
