"""End to end with the user database in PostgreSQL: import from OpenLDAP into it, and the
private Postfix and Dovecot read it over TCP as their own role, `mailreader` (granted the
mail views only), with `pgsql:` tables and Dovecot's `driver = pgsql`.

The same lab as test_serving_slapd.py (Lab.fill), once, on the other back end.
"""

from __future__ import annotations

import imaplib
import os

import pytest

from tests.mail.lab import LOCAL_PASSWORD, PASSWORDS
from tests.servers.mailstack import pgsql_missing_reason

pytestmark = [pytest.mark.mailstack, pytest.mark.postgresql, pytest.mark.slapd]

READER = "mailreader"


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack, pg_cluster, tmp_path_factory):
    """The directory imported into a PostgreSQL database, with the aliases, the list and the
    local user, served by the session's instance logging in as mailreader."""
    reason = pgsql_missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the mail server tests, but {reason}", pytrace=False)
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("pg-lab")
    passfile = pg_cluster.write_passfile(home / "pgpass")  # the owner's, for ldapwizard
    reader_file = home / "mailreader.password"
    reader_file.write_text(pg_cluster.password(READER) + "\n", encoding="utf-8")
    reader_file.chmod(0o600)
    url = pg_cluster.create_database("mail_lab")
    lab = lab_factory("pg", database=url, env={"PGPASSFILE": str(passfile)})
    try:
        assert lab.run("db", "init", "--db", url, "--reader", READER)[0] == 0
        lab.fill(mail_slapd)
        # a non-ASCII value too: Postfix 3.7's pgsql tables speak LATIN1 (postfix.py)
        status, output = lab.run("db", "add-alias", "chef@example.com", "jürgen@example.com",
                                 "--db", url)
        assert status == 0, output
        with lab.entered():
            output = mail_stack.serve(url, "--password-file", str(lab.password_file),
                                      "--db-reader", READER, "--db-reader-password-file",
                                      str(reader_file), probe="alice@example.com")
        assert "note:" not in output, output
        yield lab
    finally:
        pg_cluster.drop_database("mail_lab")


def test_mail_to_a_user_an_alias_and_a_list_arrives_from_postgresql(lab, mail_stack):
    sent = {"alice@example.com": "pg: to alice", "Team.Lead@Example.com": "pg: to the alias",
            "staff@example.com": "pg: to the list", "Grüße@example.com": "pg: to grüße"}
    for to, subject in sent.items():
        mail_stack.send(to, subject)
    assert set(sent.values()) <= set(
        mail_stack.subjects("alice", PASSWORDS["alice"], wanted=sent.values()))
    assert "pg: to the list" in mail_stack.subjects("bob", PASSWORDS["bob"],
                                                    wanted=["pg: to the list"])
    for to in ("Jürgen@example.com", "chef@example.com"):  # a non-ASCII key, and value
        mail_stack.send(to, f"pg: to {to}")
    assert {"pg: to Jürgen@example.com", "pg: to chef@example.com"} <= set(
        mail_stack.subjects("jürgen", LOCAL_PASSWORD, wanted=[
            "pg: to Jürgen@example.com", "pg: to chef@example.com"]))


def test_users_sign_in_and_a_disabled_one_is_refused(lab, mail_stack):
    for login in ("alice", "ugur"):  # with the directory password (ugur's is not ASCII)
        mail_stack.sign_in(login, PASSWORDS[login]).logout()
    mail_stack.sign_in("jürgen", LOCAL_PASSWORD).logout()  # a local user's hash
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        mail_stack.sign_in("alice", PASSWORDS["bob"])
    assert lab.run("db", "disable", "bob@example.com", "--db", lab.db)[0] == 0
    try:
        code, text = mail_stack.refusal("bob@example.com")
        assert code == 550 and b"5.1.1" in text
        with pytest.raises(imaplib.IMAP4.error):
            mail_stack.sign_in("bob", PASSWORDS["bob"])
    finally:
        assert lab.run("db", "enable", "bob@example.com", "--db", lab.db)[0] == 0
    mail_stack.sign_in("bob", PASSWORDS["bob"]).logout()


def test_check_agrees_and_the_role_password_stays_out_of_the_logs(lab, mail_stack,
                                                                  pg_cluster):
    status, output = lab.run(
        "mailstack", "check", "--db", lab.db, "--postfix-config", str(mail_stack.postfix_dir),
        "--dovecot-config", str(mail_stack.dovecot_conf), "--sample", "100",
        "--sign-in", "alice", stdin=f"{PASSWORDS['alice']}\n")
    assert status == 0, output
    password = pg_cluster.password(READER)
    for log in (mail_stack.instance / "log").glob("*.log"):
        assert password not in log.read_text(encoding="utf-8", errors="replace")
