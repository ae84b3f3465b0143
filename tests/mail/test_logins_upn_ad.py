"""Issue 26, item 7, against Samba Active Directory: with the job's `--sign-in-names
directory,upn`, an AD user signs in over IMAP with the UPN (unicode.pw@testdomain.local) and
the sAMAccountName as well as the login and the full address, into one mailbox, the password
checked by AD; the UPN signs in with its own user's password only."""

from __future__ import annotations

import imaplib

import pytest

from tests.mail.lab import DOMAIN

pytestmark = [pytest.mark.mailstack, pytest.mark.samba]


@pytest.fixture(scope="module")
def lab(lab_factory, ad_server, mail_stack):
    """CN=Users of the test domain imported by a job that lets UPNs sign in; served."""
    reader = ad_server.seed.special_accounts["reader"]
    lab = lab_factory("ad-upn", reader.password)
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    status, output = lab.run(
        "profile", "save", "corp", "--server-type", "ad", "--binding",
        f"LDAPS://{ad_server.host}:{ad_server.ldaps_port}/CN=Users,{ad_server.base_dn}",
        "--ca-file", str(ad_server.ca_file), "--bind-user", reader.upn, "--domain", DOMAIN,
        "--db", str(lab.db), "--sign-in-names", "directory,upn")
    assert status == 0, output
    lab.import_all("corp")
    user = ad_server.seed.special_accounts["unicode_password"].user
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file), probe=user.mail)
    return lab


def test_an_ad_user_signs_in_with_the_upn_into_the_logins_mailbox(lab, ad_server, mail_stack):
    special = ad_server.seed.special_accounts["unicode_password"]
    login = special.user.mail.partition("@")[0]
    upn = special.user.upn
    assert upn.partition("@")[0] == login and upn != special.user.mail  # another domain
    subject = "to an AD user, read by the UPN"
    mail_stack.send(special.user.mail, subject)
    for name in (upn, upn.upper(), login, special.user.mail):
        assert subject in mail_stack.subjects(name, special.password, wanted=[subject]), name
    with pytest.raises(imaplib.IMAP4.error):
        mail_stack.sign_in(upn, "Wrong-Pass-1!")
    other = ad_server.seed.special_accounts["reader"]
    with pytest.raises(imaplib.IMAP4.error):  # the reader's password is not the user's
        mail_stack.sign_in(upn, other.password)
