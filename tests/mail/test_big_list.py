"""Issue 26, item 4: a list of 2,000 members delivers (Postfix's virtual_alias_expansion_limit
is 1000 by default: past it every message to the list is deferred, 451 4.6.0), and `mailstack
check` says when a list is larger than the running Postfix allows.

Postfix looks every member up in virtual_alias_maps as it expands the list: with schema 6's
index lookups (issue 26, item 1) the expansion takes a fraction of a second; with the views
before it, whose per-row subquery scans the users, minutes (hence the longer timeouts).
"""

from __future__ import annotations

import smtplib
import subprocess
import time

import pytest

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase

pytestmark = [pytest.mark.mailstack]

MEMBERS = 2000
SAMPLE = ("m0001", "m0999", "m1000", "m1001", "m1500", "m2000")  # either side of 1000


@pytest.fixture(scope="module")
def lab(lab_factory, mail_stack):
    """2,000 local users, all in the list all@example.com, served by the session's instance."""
    lab = lab_factory("big-list")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    with UserDatabase.open(lab.db, write=True) as database, database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        names = [f"m{number:04}" for number in range(1, MEMBERS + 1)]
        accounts.add_users(db, domain, [accounts.NewUser(name, name) for name in names])
        accounts.add_list(db, domain, "all", "Everybody", [f"{n}@example.com" for n in names])
    with lab.entered():
        lab.rendered = mail_stack.serve(lab.db, probe="m2000@example.com")
    return lab


def postconf(mail_stack, *args: str) -> str:
    return subprocess.run(["postconf", "-c", str(mail_stack.postfix_dir), *args],
                          capture_output=True, text=True, check=True).stdout.strip()


def inbox_holds(mail_stack, member: str, subject: str) -> bool:
    folder = mail_stack.instance / "mail" / "example.com" / member / "new"
    return any(subject.encode() in path.read_bytes() for path in folder.glob("*"))


def test_render_sets_the_limit_a_list_of_2000_needs_and_says_so(lab, mail_stack):
    assert postconf(mail_stack, "-h", "virtual_alias_expansion_limit") == "4000"
    assert postconf(mail_stack, "-h", "duplicate_filter_limit") == "4000"
    assert "all@example.com, has 2000 members" in lab.rendered
    readme = (mail_stack.instance / "README.md").read_text(encoding="utf-8")
    assert "`virtual_alias_expansion_limit` and `duplicate_filter_limit` are 4000" in readme


def test_mail_to_a_list_of_2000_reaches_its_members(lab, mail_stack):
    mail_stack.send("all@example.com", "to all 2000", timeout=60)
    deadline = time.monotonic() + 120
    waiting = set(SAMPLE)
    while waiting and time.monotonic() < deadline:
        waiting = {m for m in waiting if not inbox_holds(mail_stack, m, "to all 2000")}
        time.sleep(0.2)
    assert not waiting, f"not delivered to {sorted(waiting)}"
    log = (mail_stack.instance / "log" / "postfix.log").read_text(errors="replace")
    assert "4.6.0" not in log and "unreasonable virtual_alias_maps" not in log


def test_check_warns_of_a_list_larger_than_the_running_postfix_allows(lab, mail_stack):
    check = ("mailstack", "check", "--db", str(lab.db), "--postfix-config",
             str(mail_stack.postfix_dir), "--dovecot-config", str(mail_stack.dovecot_conf))
    status, output = lab.run(*check)
    assert status == 0, output
    # as a Postfix with the default limit or one set before the list grew
    postconf(mail_stack, "-e", "virtual_alias_expansion_limit = 1500")
    subprocess.run(["postfix", "-c", str(mail_stack.postfix_dir), "reload"],
                   capture_output=True, check=True)
    try:
        status, output = lab.run(*check)
        # the real Postfix defers the list's mail, and the check says why
        with pytest.raises(smtplib.SMTPDataError, match="4.6.0"):
            mail_stack.send("all@example.com", "over the limit", timeout=600)
    finally:
        with lab.entered():
            mail_stack.serve(lab.db, probe="m2000@example.com")
    assert status == 1
    assert ("The list all@example.com has 2000 members, but Postfix expands one address to "
            "at most 1500 (virtual_alias_expansion_limit)") in output
    assert postconf(mail_stack, "-h", "virtual_alias_expansion_limit") == "4000"
