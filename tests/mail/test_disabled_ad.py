"""Issue 26: an account disabled in Samba AD (userAccountControl's ACCOUNTDISABLE, set by
`samba-tool user disable` while the DC runs) after import is disabled in the mail system by
the next sync, so the real Postfix refuses its mail and its list leaves it out; enabled again
in AD, the next sync enables it again."""

from __future__ import annotations

import sqlite3
import subprocess
from shutil import which

import pytest

from tests.mail.lab import DOMAIN

pytestmark = [pytest.mark.mailstack, pytest.mark.samba]

ACCOUNT = "workstation"  # imported with a mail address; AD refuses its sign-in elsewhere


@pytest.fixture(scope="module")
def lab(lab_factory, ad_server, mail_stack):
    """CN=Users imported over LDAPS with a list of two of its users, served by the session's
    Postfix and Dovecot."""
    reader = ad_server.seed.special_accounts["reader"]
    lab = lab_factory("disabled-ad", reader.password)
    db = str(lab.db)
    assert lab.run("db", "init", "--db", db, "--group", "postfix")[0] == 0
    status, output = lab.run(
        "profile", "save", "corp", "--server-type", "ad", "--binding",
        f"LDAPS://{ad_server.host}:{ad_server.ldaps_port}/CN=Users,{ad_server.base_dn}",
        "--ca-file", str(ad_server.ca_file), "--bind-user", reader.upn, "--domain", DOMAIN,
        "--db", db)
    assert status == 0, output
    lab.import_all("corp")
    status, output = lab.run("db", "add-list", f"crew@{DOMAIN}", address(ad_server, ACCOUNT),
                             address(ad_server, "unicode_password"), "--db", db)
    assert status == 0, output
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe=address(ad_server, "unicode_password"))
    return lab


def address(ad_server, key: str) -> str:
    return ad_server.seed.special_accounts[key].user.mail


def samba_tool(ad_server, action: str, key: str) -> None:
    """`samba-tool user disable|enable` as an AD admin runs it on the DC."""
    sam = ad_server.seed.special_accounts[key].user.sam
    conf = ad_server.workdir / "etc" / "smb.conf"
    result = subprocess.run([which("samba-tool") or "samba-tool", "user", action, sam, "-s",
                             str(conf)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def forwards(lab, list_address: str) -> set[str]:
    """Where the database tells Postfix to forward the list (its mail_forwards view)."""
    with sqlite3.connect(f"file:{lab.db}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT target FROM mail_forwards WHERE address_key = ?",
                          (list_address,)).fetchall()
    return {row[0] for row in rows}


def test_a_user_disabled_in_ad_is_refused_mail_after_one_sync_and_back_when_enabled(
        lab, ad_server, mail_stack):
    user, other = address(ad_server, ACCOUNT), address(ad_server, "unicode_password")
    assert mail_stack.refusal(user) is None
    assert forwards(lab, f"crew@{DOMAIN}") == {user, other}
    samba_tool(ad_server, "disable", ACCOUNT)
    try:
        status, output = lab.run("sync", "--profile", "corp")
        assert status == 0, output
        assert f"disabled: {user}: disabled in the directory" in output
        code, text = mail_stack.refusal(user)
        assert code == 550 and b"5.1.1" in text
        assert forwards(lab, f"crew@{DOMAIN}") == {other}
    finally:
        samba_tool(ad_server, "enable", ACCOUNT)
    status, output = lab.run("sync", "--profile", "corp")
    assert status == 0, output
    assert f"re-enabled: {user}: enabled again in the directory" in output
    assert mail_stack.refusal(user) is None
    assert forwards(lab, f"crew@{DOMAIN}") == {user, other}
