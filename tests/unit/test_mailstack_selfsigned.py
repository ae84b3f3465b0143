"""`mailstack render --self-signed HOST` and the quota parts of a render, without running
daemons: the certificate and its key (0600) written and kept, said to be self-signed; and
the quota plugin, its policy service and the address userdb in the set (issue 26)."""

from __future__ import annotations

import stat

from cryptography import x509

from ldapwizard.cli import run
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.quotas import parse_size, shown_size


def make_database(tmp_path):
    """A database file with one local user (made once per test folder)."""
    path = tmp_path / "db" / "users.sqlite"
    if path.exists():
        return path
    with UserDatabase.open(path, write=True, create=True) as db, db.transaction() as conn:
        domain = accounts.ensure_domain(conn, "example.com")
        accounts.add_user(conn, domain, accounts.NewUser("dora", "dora"))
    return path


def render(tmp_path, *options):
    """`mailstack render` of the test's database into tmp_path/out; its exit status."""
    return run(["mailstack", "render", "--db", str(make_database(tmp_path)), "--out",
                str(tmp_path / "out"), *options])


def test_a_self_signed_certificate_is_made_for_the_host_kept_and_said_so(tmp_path, capsys):
    assert render(tmp_path, "--self-signed", "Mail.Example.COM.") == 0
    printed = capsys.readouterr().out
    folder = tmp_path / "out" / "tls"
    cert_file = folder / "mail.example.com.selfsigned.crt"
    key_file = folder / "mail.example.com.selfsigned.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(cert_file.stat().st_mode) == 0o644
    cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["mail.example.com"]
    assert cert.issuer == cert.subject
    assert "self-signed for mail.example.com (made now)" in printed
    assert "(mode 0600: the certificate's private key)" in printed
    key = key_file.read_text(encoding="ascii")
    assert "PRIVATE KEY" in key and key not in printed
    # the set names the installed paths, and its README says it is self-signed
    installed = "/etc/ldapwizard/tls/mail.example.com.selfsigned"
    tls_conf = (tmp_path / "out" / "dovecot" / "99-ldapwizard-tls.conf").read_text("utf-8")
    assert f"ssl_cert = <{installed}.crt\n" in tls_conf
    assert f"ssl_key = <{installed}.key\n" in tls_conf
    snippet = (tmp_path / "out" / "postfix" / "main.cf.snippet").read_text("utf-8")
    assert f"smtpd_tls_key_file = {installed}.key\n" in snippet
    readme = (tmp_path / "out" / "README.md").read_text("utf-8")
    assert "**The certificate is self-signed**" in readme
    assert "| `tls/mail.example.com.selfsigned.key` | `/etc/ldapwizard/tls/` | root, **0600**" \
        in readme
    # rendering again keeps the pair: a client told to trust it is not asked again
    assert run(["mailstack", "render", "--db", str(tmp_path / "db" / "users.sqlite"),
                "--out", str(tmp_path / "out"), "--self-signed", "mail.example.com"]) == 0
    assert "(kept from the last render)" in capsys.readouterr().out
    assert key_file.read_text(encoding="ascii") == key


def test_a_self_signed_host_must_be_a_name_and_not_beside_a_certificate(tmp_path, capsys):
    for host in ("mail example.com", "-mail.example.com", "mail/../x", "ma%il.example", ""):
        assert render(tmp_path, f"--self-signed={host}") == 2
        assert "is not a host name" in capsys.readouterr().err
    assert render(tmp_path, "--self-signed", "mail.example.com", "--tls-cert",
                  "/etc/ssl/a.pem", "--tls-key", "/etc/ssl/a.key") == 2
    assert "Give one or the other" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_set_enforces_quotas_through_dovecot_and_a_postfix_policy(tmp_path):
    assert render(tmp_path, "--self-signed", "mail.example.com") == 0
    out = tmp_path / "out"
    auth = (out / "dovecot" / "auth-ldapwizard.conf.ext").read_text("utf-8")
    assert "mail_plugins = $mail_plugins quota\n" in auth
    assert "quota = count:User quota" in auth
    assert "unix_listener /var/spool/postfix/private/quota-status {" in auth
    assert "quota_status_nouser = DUNNO" in auth  # aliases and lists are not refused
    assert "args = /etc/dovecot/ldapwizard/mailboxes-sql.conf.ext" in auth
    mailboxes = (out / "dovecot" / "mailboxes-sql.conf.ext").read_text("utf-8")
    assert "FROM mail_mailboxes WHERE address_key = '%u'" in mailboxes
    snippet = (out / "postfix" / "main.cf.snippet").read_text("utf-8")
    assert "smtpd_recipient_restrictions = check_policy_service unix:private/quota-status\n" \
        in snippet
    master = (out / "postfix" / "master.cf.snippet").read_text("utf-8")
    assert "check_policy_service unix:private/quota-status, permit_sasl_authenticated" in master


def test_quota_sizes_read_as_dovecot_reads_them():
    assert parse_size("500M") == 500 * 1024 ** 2
    assert parse_size("2G") == parse_size("2GiB") == 2 * 1024 ** 3
    assert parse_size("3000") == 3000 and parse_size("NONE") is None
    assert shown_size(parse_size("2G")) == "2G" and shown_size(3000) == "3000 bytes"
    assert shown_size(None) == "no limit"
