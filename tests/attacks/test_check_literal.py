"""Issue 25, item 10: `mailstack check` asks the real Dovecot about each login literally.

`*` and `?` are valid in a local part (RFC 5322 atext), so they are valid logins; `doveadm
user` reads them as wildcards and answers about other users. Here the session's Postfix and
Dovecot serve a database whose logins hold them, and the check must ask about exactly those.
"""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from ldapwizard.core.maildb.database import UserDatabase

pytestmark = [pytest.mark.mailstack]

SERVED = ("*", "ab?", "abc", "zed")  # local parts, and so logins, of local users


@pytest.fixture(scope="module")
def lab(lab_factory, mail_stack):
    """A database of local users whose logins hold doveadm's wildcards; `ab?` disabled."""
    lab = lab_factory("check-literal")
    db = str(lab.db)
    assert lab.run("db", "init", "--db", db, "--group", "postfix")[0] == 0
    for local in SERVED:
        status, output = lab.run("db", "add-user", f"{local}@example.com", "--db", db)
        assert status == 0, output
    status, output = lab.run("db", "disable", "ab?@example.com", "--db", db)
    assert status == 0, output
    with lab.entered():
        mail_stack.serve(lab.db, probe="zed@example.com")
    return lab


def check(lab, mail_stack, db) -> tuple[int, str]:
    """`mailstack check` of `db` against the session's instance, every row in the sample."""
    return lab.run("mailstack", "check", "--db", str(db), "--sample", "1000",
                   "--postfix-config", str(mail_stack.postfix_dir),
                   "--dovecot-config", str(mail_stack.dovecot_conf))


def test_logins_holding_wildcards_are_checked_as_themselves(lab, mail_stack):
    status, output = check(lab, mail_stack, lab.db)
    # `*` is asked about as `*` (not as every user), and the disabled `ab?` is unknown to
    # Dovecot even though `abc` is served
    assert status == 0, output
    assert "Dovecot: asked about 3 logins, 1 disabled user, " in output
    assert "All " in output and "checks match the database" in output


def test_a_login_that_is_not_served_is_named_alone(lab, mail_stack, tmp_path):
    newer = tmp_path / "newer.sqlite"  # the database after an addition not yet served
    with UserDatabase.open(lab.db) as served, sqlite3.connect(newer) as copy:
        served.connection.backup(copy)
    copy.close()
    status, output = lab.run("db", "add-user", "z*@example.com", "--db", str(newer))
    assert status == 0, output
    status, output = check(lab, mail_stack, newer)
    assert status == 1
    problems = [line for line in output.splitlines() if line.startswith("  - ")]
    assert [p for p in problems if "Dovecot" in p] == [
        "  - Dovecot does not know the login z* (z*@example.com)."]


def test_database_values_in_the_check_s_problems_are_shown_escaped(lab, mail_stack, tmp_path):
    """Item 9: a row written by whoever can write the database (a directory's name with an
    ESC sequence, a right-to-left override and a line break) cannot reach the terminal raw
    nor forge a line of the check's output."""
    hostile = tmp_path / "hostile.sqlite"
    with UserDatabase.open(lab.db) as served, sqlite3.connect(hostile) as copy:
        served.connection.backup(copy)
        copy.execute("INSERT INTO directories (name, uri, security, server_type, "
                     "stable_id_attribute, updated_at) VALUES (?, 'ldap://127.0.0.1:1', "
                     "'starttls', 'openldap', 'entryUUID', '2026-12-06')",
                     ("Evil\x1b[2J\u202e\nAll 99 checks match the database.",))
    copy.close()
    status, output = check(lab, mail_stack, hostile)
    assert status != 0
    assert not [c for c in output if c not in "\n\t" and unicodedata.category(c) in
                ("Cc", "Cf", "Zl", "Zp")]
    assert not [line for line in output.splitlines() if line.startswith("All 99 checks")]
    assert "Evil\\x1b[2J\\u202e\\x0aAll 99" in output
