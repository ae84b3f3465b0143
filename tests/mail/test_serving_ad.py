"""End to end against Samba Active Directory: Dovecot finds an imported user by objectGUID
(the base `<GUID=…>`) and binds as them; what AD refuses, Dovecot refuses."""

from __future__ import annotations

import imaplib

import pytest

from tests.mail.lab import DOMAIN

pytestmark = [pytest.mark.mailstack, pytest.mark.samba]


@pytest.fixture(scope="module")
def lab(lab_factory, ad_server, mail_stack):
    """CN=Users of the test domain imported over LDAPS, served by the session's instance."""
    reader = ad_server.seed.special_accounts["reader"]
    lab = lab_factory("ad", reader.password)
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    status, output = lab.run(
        "profile", "save", "corp", "--server-type", "ad", "--binding",
        f"LDAPS://{ad_server.host}:{ad_server.ldaps_port}/CN=Users,{ad_server.base_dn}",
        "--ca-file", str(ad_server.ca_file), "--bind-user", reader.upn, "--domain", DOMAIN,
        "--db", str(lab.db))
    assert status == 0, output
    lab.import_all("corp")
    user = ad_server.seed.special_accounts["unicode_password"].user
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file), probe=user.mail)
    return lab


def account(ad_server, key: str):
    special = ad_server.seed.special_accounts[key]
    return special.user.mail.partition("@")[0], special.password


def test_an_ad_user_gets_mail_and_signs_in_with_the_domain_password(lab, ad_server,
                                                                    mail_stack):
    login, password = account(ad_server, "unicode_password")  # a non-ASCII password too
    mail_stack.send(f"{login}@{DOMAIN}", "to an AD user")
    assert "to an AD user" in mail_stack.subjects(login, password, wanted=["to an AD user"])
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in(login, "Wrong-Pass-1!")


def test_what_ad_refuses_dovecot_refuses(lab, ad_server, mail_stack):
    login, password = account(ad_server, "locked_out")  # imported, but AD refuses the bind
    assert mail_stack.refusal(f"{login}@{DOMAIN}") is None
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in(login, password)
    login, _ = account(ad_server, "disabled")  # disabled in AD: never imported
    code, text = mail_stack.refusal(f"{login}@{DOMAIN}")
    assert code == 550 and b"5.1.1" in text
