"""Issue 26, item 5: `mailstack check` asks the running Postfix (over SMTP, sending nothing)
and Dovecot's auth service, and tells apart a server that is down, a wrong service account and
a user's wrong password."""

from __future__ import annotations

import pytest

from tests.mail.lab import PASSWORDS

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The directory imported, with an alias and a list, served by the session's instance."""
    lab = lab_factory("check-running")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    lab.fill(mail_slapd)
    serve(lab, mail_stack, lab.password_file)
    return lab


def serve(lab, mail_stack, password_file) -> None:
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(password_file),
                         probe="alice@example.com")


def check(lab, mail_stack, *args: str, stdin: str = "") -> tuple[int, str]:
    """`mailstack check` against the session's instance."""
    return lab.run("mailstack", "check", "--db", str(lab.db), "--sample", "100",
                   "--postfix-config", str(mail_stack.postfix_dir),
                   "--dovecot-config", str(mail_stack.dovecot_conf), *args, stdin=stdin)


def test_check_asks_the_running_postfix_over_smtp(lab, mail_stack):
    status, output = check(lab, mail_stack, "--sign-in", "alice",
                           stdin=PASSWORDS["alice"] + "\n")
    assert status == 0, output
    assert f"Postfix (SMTP at 127.0.0.1:{mail_stack.smtp_port}, no mail sent)" in output
    # nothing was sent: the probe's session asked RCPT TO, then RSET, and no DATA
    log = (mail_stack.instance / "log" / "postfix.log").read_text(errors="replace")
    session = [line for line in log.splitlines() if "disconnect from" in line][-1]
    assert "rcpt=" in session and "rset=" in session and "data=" not in session


def test_check_with_postfix_stopped_says_it_is_not_running(lab, mail_stack):
    with mail_stack.postfix_stopped():
        status, output = check(lab, mail_stack)
    assert status == 1
    assert (f"Postfix is not running: nothing answers at 127.0.0.1:{mail_stack.smtp_port}"
            in output)
    assert "Dovecot is not running" not in output
    assert mail_stack.refusal("alice@example.com") is None  # started again


def test_check_with_dovecot_stopped_says_it_is_not_running(lab, mail_stack):
    with mail_stack.dovecot_stopped():
        status, output = check(lab, mail_stack)
    assert status == 1
    assert "Dovecot is not running: nothing answers on" in output
    assert "Postfix is not running" not in output
    mail_stack.sign_in("alice", PASSWORDS["alice"]).logout()  # started again


def test_a_table_proxymap_may_not_serve_is_named(lab, mail_stack):
    main_cf = mail_stack.postfix_dir / "main.cf"
    rendered = main_cf.read_bytes()
    # an admin's own proxy_read_maps that leaves the rendered tables out
    with main_cf.open("a", encoding="utf-8") as text:
        text.write("proxy_read_maps = $local_recipient_maps $mydestination\n")
    try:
        with mail_stack.postfix_stopped():
            pass
        status, output = check(lab, mail_stack)
    finally:
        main_cf.write_bytes(rendered)
        with mail_stack.postfix_stopped():
            pass
    assert status == 1
    assert "Postfix's proxymap refuses the table proxy:sqlite:" in output
    assert "proxy_read_maps does not name it" in output


def test_a_wrong_user_password_is_told_apart_from_a_wrong_service_account(
        lab, mail_stack, tmp_path):
    status, output = check(lab, mail_stack, "--sign-in", "alice", stdin="wrong-Secret-1\n")
    assert status == 1
    assert "Dovecot refused the sign-in of alice: the password given is wrong" in output
    assert "\n1 problem:\n" in output  # one problem, said in the singular
    assert "service account" not in output.partition("problem:")[2].replace(
        "Dovecot's service accounts are let in", "")
    wrong = tmp_path / "wrong.password"
    wrong.write_text("not-the-Reader-password\n", encoding="utf-8")
    wrong.chmod(0o600)
    serve(lab, mail_stack, wrong)
    try:
        status, output = check(lab, mail_stack, "--sign-in", "alice",
                               stdin=PASSWORDS["alice"] + "\n")
    finally:
        serve(lab, mail_stack, lab.password_file)
    assert status == 1
    assert "refuses Dovecot's service account" in output and "invalid credentials" in output
    assert "Dovecot could not check the password of alice" in output
    assert "the password given is wrong" not in output
    status, output = check(lab, mail_stack, "--sign-in", "alice",
                           stdin=PASSWORDS["alice"] + "\n")
    assert status == 0, output


def test_a_table_the_running_postfix_cannot_open_is_named_with_its_log(lab, mail_stack):
    # the database unreadable to postfix (proxymap opens it as that user on the first lookup)
    with mail_stack.postfix_stopped():
        lab.db.chmod(0o600)
    try:
        status, output = check(lab, mail_stack)
    finally:
        with mail_stack.postfix_stopped():
            lab.db.chmod(0o640)
    assert status == 1
    # proxymap cannot open it and exits; smtpd waits for it: the check says so, and why
    assert f"Postfix at 127.0.0.1:{mail_stack.smtp_port} did not answer within" in output
    assert "its log says:" in output and "Can't open database" in output
    assert "Postfix is not running" not in output
    assert mail_stack.refusal("alice@example.com") is None
