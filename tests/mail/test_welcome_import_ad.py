"""Welcome messages as part of the job, from Samba Active Directory (issue 31): `import
--profile` of a job saved with `--welcome` sends each user it created one message through the
session's Postfix; a user signs in to Dovecot with the domain password and finds exactly one;
a disabled account (never imported) gets none; a second `sync --profile` sends none."""

from __future__ import annotations

import re

import pytest

from tests.mail.lab import DOMAIN

pytestmark = [pytest.mark.mailstack, pytest.mark.samba]

PROBE = f"probe@{DOMAIN}"  # a local user, so the empty database can be served first
SUBJECT = "AD job welcome for {{address}}"  # this module's own: Maildirs are shared


@pytest.fixture(scope="module")
def lab(lab_factory, ad_server, mail_stack, tmp_path_factory):
    reader = ad_server.seed.special_accounts["reader"]
    lab = lab_factory("ad-welcome", reader.password)
    assert lab.run("db", "init", "--db", str(lab.db), "--group", "postfix")[0] == 0
    assert lab.run("db", "add-user", PROBE, "--db", str(lab.db))[0] == 0
    template = tmp_path_factory.mktemp("ad-welcome") / "welcome.txt"
    template.write_text(f"Subject: {SUBJECT}\n\nHello {{{{display_name}}}}.\n",
                        encoding="utf-8")
    status, output = lab.run(
        "profile", "save", "corp", "--server-type", "ad", "--binding",
        f"LDAPS://{ad_server.host}:{ad_server.ldaps_port}/CN=Users,{ad_server.base_dn}",
        "--ca-file", str(ad_server.ca_file), "--bind-user", reader.upn, "--domain", DOMAIN,
        "--db", str(lab.db), "--welcome", "--smtp-server", f"127.0.0.1:{mail_stack.smtp_port}",
        "--welcome-template", str(template))
    assert status == 0, output
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file), probe=PROBE)
    return lab


def account(ad_server, key: str):
    special = ad_server.seed.special_accounts[key]
    return special.user.mail.partition("@")[0], special.password


def test_import_welcomes_each_new_ad_user_once_and_a_second_sync_none(lab, ad_server,
                                                                     mail_stack):
    status, output = lab.run("import", "--profile", "corp", "--all")
    assert status == 0, output
    created = int(re.search(r"Batch \d+: (\d+) created \((\d+) users", output).group(2))
    sent = [line.split()[-1] for line in output.splitlines() if line.startswith("  sent: ")]
    assert len(sent) == created > 0 and " 0 failed" in output, output
    login, password = account(ad_server, "unicode_password")
    assert f"{login}@{DOMAIN}" in sent
    assert f"{account(ad_server, 'disabled')[0]}@{DOMAIN}" not in sent
    with lab.entered():  # Dovecot learns the directory the users sign in against
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe=f"{login}@{DOMAIN}")
    subject = f"AD job welcome for {login}@{DOMAIN}"
    assert mail_stack.subjects(login, password, wanted=[subject], timeout=30).count(
        subject) == 1

    status, output = lab.run("sync", "--profile", "corp")
    assert status == 0, output
    assert "  sent: " not in output and "Welcome messages: 0 sent, 0 failed" in output
    mail_stack.send(f"{login}@{DOMAIN}", "after the second sync")
    found = mail_stack.subjects(login, password, wanted=["after the second sync"])
    assert found.count(subject) == 1
