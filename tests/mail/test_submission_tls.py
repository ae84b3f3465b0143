"""Submission and IMAP over TLS end to end (issue 26): an instance rendered with a certificate
serves the mail server set's own TLS settings (tls.py) on loopback — submission with STARTTLS
and SMTP AUTH checked by Dovecot, IMAPS, and no password without TLS — and the real Postfix
and Dovecot are asked as a mail client would.

The module has an instance of its own (the session's stays plaintext for the other tests),
with a certificate from a test CA the clients trust.
"""

from __future__ import annotations

import base64
import imaplib
import smtplib
import socket
import ssl

import pytest

from tests.mail.lab import PASSWORDS
from tests.servers.certs import make_pki
from tests.servers.mailstack import (
    HOST,
    mailstack_missing_reason,
    make_mailstack,
    remove_mailstack,
)

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

OTHER_HOST = "127.0.0.2"  # another address of the loopback network, as a remote client


@pytest.fixture(scope="module")
def tls_stack():
    """A private Postfix and Dovecot of this module, with submission and IMAPS ports."""
    reason = mailstack_missing_reason()
    if reason is not None:
        pytest.skip(reason)
    stack = make_mailstack(with_tls=True)
    try:
        yield stack
    finally:
        remove_mailstack(stack)


@pytest.fixture(scope="module")
def client_tls(tls_stack):
    """The server's certificate and key files, and a client context trusting their CA."""
    pki = make_pki(tls_stack.folder / "tls")
    context = ssl.create_default_context(cafile=str(pki.ca.cert))
    return pki, context


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, tls_stack, client_tls):
    """The directory imported (alice, bob…) and served by the TLS instance."""
    pki, _ = client_tls
    lab = lab_factory("tls")
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    lab.fill(mail_slapd)
    with lab.entered():
        output = tls_stack.serve(lab.db, "--password-file", str(lab.password_file),
                                 "--tls-cert", str(pki.server.cert),
                                 "--tls-key", str(pki.server.key), probe="alice@example.com")
    assert "--lmtp-port" not in output
    return lab


def plain(login: str, password: str) -> str:
    """SMTP AUTH PLAIN's initial response."""
    return base64.b64encode(f"\0{login}\0{password}".encode()).decode()


def test_submission_needs_starttls_then_sign_in_and_relays_to_a_user(lab, tls_stack,
                                                                     client_tls):
    _, context = client_tls
    with smtplib.SMTP(HOST, tls_stack.submission_port, timeout=10) as smtp:
        smtp.ehlo()
        assert smtp.has_extn("starttls") and not smtp.has_extn("auth")
        # a password before TLS is refused, and so is mail
        code, _ = smtp.docmd("AUTH", "PLAIN " + plain("alice", PASSWORDS["alice"]))
        assert code == 530
        code, _ = smtp.docmd("MAIL", "FROM:<alice@example.com>")
        assert code == 530
        smtp.starttls(context=context)  # the certificate checked against the test CA
        smtp.ehlo()
        assert smtp.has_extn("auth")
        with pytest.raises(smtplib.SMTPAuthenticationError):
            smtp.login("alice", PASSWORDS["bob"])
        # not signed in: nothing is accepted, not even for a local user
        smtp.mail("alice@example.com")
        code, _ = smtp.rcpt("bob@example.com")
        assert code >= 500
        smtp.rset()
        smtp.login("alice", PASSWORDS["alice"])  # a directory user, checked by Dovecot
        smtp.sendmail("alice@example.com", ["bob@example.com"],
                      "From: alice@example.com\r\nTo: bob@example.com\r\n"
                      "Subject: sent by alice over submission\r\n\r\nhello\r\n")
    imap = imaplib.IMAP4_SSL(HOST, tls_stack.imaps_port, ssl_context=context, timeout=10)
    try:
        imap.login("bob", PASSWORDS["bob"])
    finally:
        imap.logout()
    # mail_stack.subjects signs in with STARTTLS-less IMAP, refused here: read over IMAPS
    assert "sent by alice over submission" in subjects_over_imaps(
        tls_stack, context, "bob", wanted="sent by alice over submission")


def test_port_25_offers_starttls_but_no_sign_in(lab, tls_stack, client_tls):
    _, context = client_tls
    with smtplib.SMTP(HOST, tls_stack.smtp_port, timeout=10) as smtp:
        smtp.ehlo()
        assert smtp.has_extn("starttls") and not smtp.has_extn("auth")
        smtp.starttls(context=context)
        smtp.ehlo()
        assert not smtp.has_extn("auth")


class RemoteIMAP(imaplib.IMAP4):
    """An IMAP client connecting from 127.0.0.2: Dovecot counts a connection whose two ends
    have the same address (127.0.0.1 to itself) as secured, and would take its password."""

    def _create_socket(self, timeout):
        return socket.create_connection((self.host, self.port), timeout,
                                        source_address=(OTHER_HOST, 0))


def test_imap_refuses_a_password_without_tls_and_accepts_it_over_tls(lab, tls_stack,
                                                                     client_tls):
    _, context = client_tls
    imap = RemoteIMAP(HOST, tls_stack.imap_port, timeout=10)
    try:
        assert "LOGINDISABLED" in imap.capabilities
        with pytest.raises(imaplib.IMAP4.error, match="PRIVACYREQUIRED|Plaintext"):
            imap.authenticate("PLAIN", lambda _: f"\0alice\0{PASSWORDS['alice']}".encode())
        imap.starttls(ssl_context=context)
        imap.login("alice", PASSWORDS["alice"])
    finally:
        imap.logout()
    imap = imaplib.IMAP4_SSL(HOST, tls_stack.imaps_port, ssl_context=context, timeout=10)
    try:
        with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
            imap.login("alice", PASSWORDS["bob"])
        imap.login("alice", PASSWORDS["alice"])
    finally:
        imap.logout()


def subjects_over_imaps(stack, context, login: str, *, wanted: str,
                        timeout: float = 10.0) -> list[str]:
    """The subjects in the INBOX of `login` over IMAPS, waiting until `wanted` arrived."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        imap = imaplib.IMAP4_SSL(HOST, stack.imaps_port, ssl_context=context, timeout=10)
        try:
            imap.login(login, PASSWORDS[login])
            _, count = imap.select("INBOX", readonly=True)
            data = []
            if int(count[0]):
                _, data = imap.fetch("1:*", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
        finally:
            imap.logout()
        found = [part[1].decode("utf-8", "replace").partition(":")[2].strip()
                 for part in data if isinstance(part, tuple)]
        if wanted in found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def test_a_self_signed_certificate_render_makes_is_served_and_said_to_be_one(
        lab, tls_stack, client_tls):
    with lab.entered():
        output = tls_stack.serve(lab.db, "--password-file", str(lab.password_file),
                                 "--self-signed", HOST, probe="alice@example.com")
    assert f"The certificate is self-signed for {HOST}" in output
    folder = tls_stack.instance / "tls"
    key = folder / f"{HOST}.selfsigned.key"
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    assert "self-signed" in (tls_stack.instance / "README.md").read_text(encoding="utf-8")
    # a client that trusts this one certificate (and nothing else) reaches both daemons
    context = ssl.create_default_context(cafile=str(folder / f"{HOST}.selfsigned.crt"))
    imap = imaplib.IMAP4_SSL(HOST, tls_stack.imaps_port, ssl_context=context, timeout=10)
    try:
        imap.login("alice", PASSWORDS["alice"])
    finally:
        imap.logout()
    with smtplib.SMTP(HOST, tls_stack.submission_port, timeout=10) as smtp:
        smtp.starttls(context=context)
        smtp.login("alice", PASSWORDS["alice"])
    # the test CA's clients no longer trust the server: it is not the CA's certificate now
    with pytest.raises(ssl.SSLCertVerificationError):
        imaplib.IMAP4_SSL(HOST, tls_stack.imaps_port, ssl_context=client_tls[1], timeout=10)
