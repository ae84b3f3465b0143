"""Welcome messages through a relay (issue 31): the submission port of a Postfix served with
a certificate — STARTTLS with the certificate checked against the CA given, SMTP AUTH with
the password saved in the keyring by `welcome smtp-password` — refusing one recipient, who is
listed with the relay's answer and gets the message on the next run; a certificate the
client cannot check stops the step before anything is sent.

The module has an instance of its own with submission and IMAPS ports.
"""

from __future__ import annotations

import email
import email.policy
import imaplib
import sqlite3
import ssl
import time

import pytest

from tests.mail.lab import DOMAIN, PASSWORDS
from tests.servers.certs import make_pki
from tests.servers.mailstack import (
    HOST,
    mailstack_missing_reason,
    make_mailstack,
    remove_mailstack,
)

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]


@pytest.fixture(scope="module")
def tls_stack():
    reason = mailstack_missing_reason()
    if reason is not None:
        pytest.skip(reason)
    stack = make_mailstack(with_tls=True)
    try:
        yield stack
    finally:
        remove_mailstack(stack)


@pytest.fixture(scope="module")
def pki(tls_stack):
    return make_pki(tls_stack.folder / "tls")


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, tls_stack, pki):
    """The directory imported and served by this module's instance, with its certificate."""
    lab = lab_factory("welcome-relay")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    lab.fill(mail_slapd)
    with lab.entered():
        tls_stack.serve(lab.db, "--password-file", str(lab.password_file), "--tls-cert",
                        str(pki.server.cert), "--tls-key", str(pki.server.key),
                        probe="alice@example.com")
    return lab


def send(lab, stack, *options: str) -> tuple[int, str]:
    """`welcome send` for the import through the submission port, signed in as alice."""
    with sqlite3.connect(f"file:{lab.db}?mode=ro", uri=True) as db:
        batch = db.execute("SELECT min(id) FROM batches").fetchone()[0]
    return lab.run("welcome", "send", "--db", str(lab.db), "--batch", str(batch),
                   "--smtp-server", f"{HOST}:{stack.submission_port}", "--smtp-security",
                   "starttls", "--smtp-user", "alice", "--from", f"alice@{DOMAIN}",
                   "--rate", "300", "--mailstack", str(stack.instance), *options)


def welcomes(stack, context, login: str, timeout: float = 30.0) -> list:
    """The welcome messages in the INBOX of `login` over IMAPS, asked again (as
    MailStack.subjects does) until one is there: Postfix delivers after it answered."""
    deadline = time.monotonic() + timeout
    while True:
        imap = imaplib.IMAP4_SSL(HOST, stack.imaps_port, ssl_context=context, timeout=10)
        try:
            imap.login(login, PASSWORDS[login])
            _, count = imap.select("INBOX", readonly=True)
            data = imap.fetch("1:*", "(BODY.PEEK[])")[1] if int(count[0]) else []
        finally:
            imap.logout()
        messages = [email.message_from_bytes(part[1], policy=email.policy.default)
                    for part in data if isinstance(part, tuple)]
        found = [m for m in messages if m["Auto-Submitted"] == "auto-generated"]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def test_a_relay_s_certificate_that_cannot_be_checked_stops_before_anything_is_sent(
        lab, tls_stack):
    status, output = lab.run("welcome", "smtp-password", "--smtp-server",
                             f"{HOST}:{tls_stack.submission_port}", "--smtp-user", "alice",
                             stdin=PASSWORDS["alice"] + "\n")
    assert status == 0 and "saved in the system keyring" in output, output
    status, output = send(lab, tls_stack)  # the test CA is in no trust store
    assert status == 1
    assert f"The certificate of the SMTP server {HOST}:{tls_stack.submission_port} was " \
        "refused" in output
    assert PASSWORDS["alice"] not in output
    with sqlite3.connect(f"file:{lab.db}?mode=ro", uri=True) as db:
        assert db.execute("SELECT count(*) FROM welcome_sent").fetchone()[0] == 0


def test_a_recipient_the_relay_refuses_is_listed_and_gets_it_on_the_next_run(
        lab, tls_stack, pki):
    context = ssl.create_default_context(cafile=str(pki.ca.cert))
    assert lab.run("welcome", "smtp-password", "--smtp-server",
                   f"{HOST}:{tls_stack.submission_port}", "--smtp-user", "alice",
                   stdin=PASSWORDS["alice"] + "\n")[0] == 0
    assert lab.run("db", "set-quota", f"leaver@{DOMAIN}", "100", "--db", str(lab.db))[0] == 0
    status, output = send(lab, tls_stack, "--smtp-ca-file", str(pki.ca.cert))
    assert status == 1, output
    assert f"  sent: bob@{DOMAIN}" in output and f"  sent: ugur@{DOMAIN}" in output
    line = next(line for line in output.splitlines() if line.startswith("  failed: leaver@"))
    assert "552 5.2.2" in line and line.endswith("(sent again by the next run)")
    (message,) = welcomes(tls_stack, context, "bob")
    assert message["From"] == f"alice@{DOMAIN}"
    assert (f"Incoming mail (IMAP): {HOST}, port {tls_stack.imaps_port}, SSL/TLS"
            in message.get_content())

    assert lab.run("db", "set-quota", f"leaver@{DOMAIN}", "none", "--db", str(lab.db))[0] == 0
    status, output = send(lab, tls_stack, "--smtp-ca-file", str(pki.ca.cert))
    assert status == 0, output
    assert f"  sent: leaver@{DOMAIN}" in output and "1 sent, 0 failed" in output
    assert len(welcomes(tls_stack, context, "leaver")) == 1
    assert len(welcomes(tls_stack, context, "bob")) == 1
