"""Welcome messages as part of the job (issue 31): a job saved with `profile save --welcome
--smtp-server` imports from slapd into a database the session's real Postfix and Dovecot
serve, and `import --profile` itself sends each new user their message (no `welcome send`):
each signs in over IMAP and finds exactly one; a `sync --profile` that creates newcomers
sends theirs only; a sync that creates nobody sends none; `db show` counts them.

The tests share the module's lab and run in file order.
"""

from __future__ import annotations

import pytest

from tests.mail.lab import DOMAIN, PASSWORDS
from tests.mail.test_welcome_slapd import NEWCOMERS, add_people

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

PROBE = f"probe@{DOMAIN}"  # a local user, so the empty database can be served first
PEOPLE = ("alice", "ugur", "ann.oneil")
# other modules deliver to the same Maildirs: this job's messages have a subject of their own
TEMPLATE = ("Subject: Job welcome for {{address}}\n\nHello {{display_name}}.\n\n"
            "{{client_settings}}\n")


def job_welcomes(mail_stack, login: str, password: str) -> int:
    """How many of this job's welcome messages `login` has, once one has arrived."""
    subject = f"Job welcome for {login}@{DOMAIN}"
    found = mail_stack.subjects(login, password, wanted=[subject], timeout=30)
    return found.count(subject)


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack, tmp_path_factory):
    """A job that sends welcome messages through the instance's Postfix, its database
    served before the first import (Postfix delivers to the users as they are imported)."""
    lab = lab_factory("welcome-job")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    assert lab.run("db", "add-user", PROBE, "--db", str(lab.db))[0] == 0
    lab.save_profile("lab", mail_slapd)
    template = tmp_path_factory.mktemp("job-welcome") / "welcome.txt"
    template.write_text(TEMPLATE, encoding="utf-8")
    status, output = lab.run("profile", "save", "lab", "--welcome", "--smtp-server",
                             f"127.0.0.1:{mail_stack.smtp_port}", "--welcome-template",
                             str(template))
    assert status == 0, output
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file), probe=PROBE)
    return lab


def test_the_job_record_keeps_the_welcome_settings(lab, mail_stack):
    status, output = lab.run("profile", "show", "lab")
    assert status == 0, output
    assert "welcome:           True" in output
    assert f"smtp_server:       127.0.0.1:{mail_stack.smtp_port}" in output


def test_import_sends_each_new_user_exactly_one_welcome_message(lab, mail_stack):
    status, output = lab.run("import", "--profile", "lab", "--all")
    assert status == 0, output
    for login in PEOPLE:
        assert f"  sent: {login}@{DOMAIN}" in output
    assert "Welcome messages: " in output and " 0 failed" in output
    assert f"sent: {PROBE}" not in output  # not of this import
    with lab.entered():  # Dovecot learns the directory the users sign in against
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe=f"alice@{DOMAIN}")
    for login in PEOPLE:
        assert job_welcomes(mail_stack, login, PASSWORDS[login]) == 1
    status, output = lab.run("db", "show", "--db", str(lab.db))
    assert status == 0 and "Welcome messages: " in output and " 0 failed" in output, output


def test_a_sync_sends_the_newcomers_theirs_only_and_then_none(lab, mail_slapd, mail_stack):
    add_people(mail_slapd)
    status, output = lab.run("sync", "--profile", "lab")
    assert status == 0, output
    sent = sorted(line.split()[-1] for line in output.splitlines()
                  if line.startswith("  sent: "))
    assert sent == sorted(f"{login}@{DOMAIN}" for login in NEWCOMERS), output
    for login, password in NEWCOMERS.items():
        assert job_welcomes(mail_stack, login, password) == 1

    status, output = lab.run("sync", "--profile", "lab")
    assert status == 0, output
    assert "  sent: " not in output and "Welcome messages: 0 sent, 0 failed" in output
    mail_stack.send(f"alice@{DOMAIN}", "after the second sync")
    mail_stack.subjects("alice", PASSWORDS["alice"], wanted=["after the second sync"])
    assert job_welcomes(mail_stack, "alice", PASSWORDS["alice"]) == 1
