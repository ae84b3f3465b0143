"""Issue 25, item 7: Task Scheduler runs the job's arguments as saved, `%NAME%` included.

There is no Windows here, so the task's XML is read by the rules Windows documents: Task
Scheduler expands environment variables in an Exec action's Command and Arguments (Task
Scheduler schema, Exec element) with ExpandEnvironmentStrings, which replaces `%NAME%` when
NAME is defined and leaves it otherwise, with no escape; the program then splits its command
line by the C runtime's rules ("Parsing C command-line arguments", Microsoft C++ docs).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ldapwizard.core.errors import BadInput
from ldapwizard.core.job import schedule

NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}


def expand(text: str, defined) -> str:
    """ExpandEnvironmentStrings: each `%NAME%` whose NAME `defined` knows becomes its value;
    an unknown one leaves its first % as it is and the scan goes on after it."""
    result, at = [], 0
    while at < len(text):
        end = text.find("%", at + 1) if text[at] == "%" else -1
        if end != -1 and (value := defined(text[at + 1:end])) is not None:
            result.append(value)
            at = end + 1
        else:
            result.append(text[at])
            at += 1
    return "".join(result)


def split_arguments(text: str) -> list[str]:
    """The C runtime's split of a command line's arguments (the program name excepted)."""
    argv: list[str] = []
    at, n = 0, len(text)
    while True:
        while at < n and text[at] in " \t":
            at += 1
        if at >= n:
            return argv
        word, quoted = [], False
        while at < n and (quoted or text[at] not in " \t"):
            slashes = 0
            while at < n and text[at] == "\\":
                slashes += 1
                at += 1
            if at < n and text[at] == '"':
                word.append("\\" * (slashes // 2))
                if slashes % 2:
                    word.append('"')
                elif quoted and at + 1 < n and text[at + 1] == '"':
                    word.append('"')  # "" inside quotes: one literal quote
                    at += 1
                else:
                    quoted = not quoted
                at += 1
                continue
            word.append("\\" * slashes)
            if at < n and (quoted or text[at] not in " \t"):
                word.append(text[at])
                at += 1
        argv.append("".join(word))


def any_name(name: str) -> str | None:
    """An environment where every name a variable can plausibly have is defined."""
    return None if name.startswith('"') and name.endswith('"') else "EXPANDED"


def task_arguments(job: schedule.Job) -> list[str]:
    """What the program gets from the task's XML, after expansion and splitting."""
    root = ET.fromstring(schedule.task_xml(job).split("\n", 1)[1])
    arguments = root.find(".//t:Exec/t:Arguments", NS).text
    return split_arguments(expand(arguments, any_name))


def test_the_windows_reading_is_the_documented_one():
    assert expand("%A% %B% 100%", {"A": "1"}.get) == "1 %B% 100%"
    assert split_arguments(r'a "b c" d\\"e f" g\"h "" "x""y"') == [
        "a", "b c", 'd\\e f', 'g"h', "", 'x"y']


@pytest.mark.parametrize("profile", ["%PATH%", "a%USERPROFILE%b", "%", "%%", "50% off %x%"])
def test_percent_signs_reach_the_program_as_saved(profile, tmp_path):
    password = tmp_path / "%APPDATA%\\pw %TEMP% \\"
    job = schedule.Job(profile=profile, hours=6,
                       password_file=str(password))
    assert task_arguments(job) == schedule.command(job)[1:]


def test_quotes_and_backslashes_reach_the_program_as_saved():
    for profile in ('say "hi"', "ends with \\", 'C:\\"x\\\\"', "two  spaces "):
        job = schedule.Job(profile=profile, hours=1)
        assert task_arguments(job) == schedule.command(job)[1:]


def test_a_program_path_with_a_percent_is_refused(monkeypatch):
    monkeypatch.setattr(schedule, "program", lambda: ["C:\\%TEMP%\\ldapwizard-cli.exe"])
    with pytest.raises(BadInput, match="environment variable"):
        schedule.task_xml(schedule.Job(profile="p", hours=1))
