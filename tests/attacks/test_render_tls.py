"""Issue 25, last item: a mail server's set (not an instance) serves IMAP and submission only
over TLS with the admin's certificate, refuses a password sent without TLS, lets only users
signed in through Dovecot relay (port 587), and its README says which ports are open. What it
writes is read back by the real `postconf` and `doveconf`, as the mail server would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.attacks.render_lab import TLS, make_lab

SYSTEM_DOVECOT = Path("/etc/dovecot/dovecot.conf")
SYSTEM_MASTER = Path("/etc/postfix/master.cf")


@pytest.fixture
def lab():
    """A folder others can reach, a database and a victim (render_lab.Lab)."""
    with make_lab() as made:
        yield made


@pytest.fixture
def tls_pair(lab):
    """A certificate and key for mail.example, where the mail server would have them."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is missing")
    cert, key = lab.base / "fullchain.pem", lab.base / "privkey.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=mail.example"], check=True, capture_output=True)
    return cert, key


def tool(*argv: str) -> subprocess.CompletedProcess:
    """A Postfix or Dovecot tool's answer (skips where it is not installed)."""
    if shutil.which(argv[0], path="/usr/sbin:/usr/bin") is None:
        pytest.skip(f"{argv[0]} is missing (Debian: apt-get install postfix dovecot-imapd)")
    return subprocess.run(argv, capture_output=True, text=True, timeout=60)


def test_the_set_serves_imap_and_submission_over_tls_only(lab, tls_pair):
    cert, key = tls_pair
    out = lab.base / "out"
    status, output = lab.render(out, tls=("--tls-cert", str(cert), "--tls-key", str(key)))
    assert status == 0, output
    # Postfix: main.cf holding the snippet, master.cf Debian's with the submission service
    postfix = lab.base / "postfix"
    postfix.mkdir()
    (postfix / "main.cf").write_text("compatibility_level = 3.6\n" + (
        out / "postfix" / "main.cf.snippet").read_text(encoding="utf-8"), encoding="utf-8")
    master = SYSTEM_MASTER.read_text(encoding="utf-8") if SYSTEM_MASTER.exists() else ""
    (postfix / "master.cf").write_text(master + (out / "postfix" / "master.cf.snippet")
                                       .read_text(encoding="utf-8"), encoding="utf-8")
    main = tool("postconf", "-c", str(postfix), "-n")
    assert main.returncode == 0, main.stderr
    # the only complaint: the tables are not installed in /etc/postfix/ldapwizard here
    assert all('open "sqlite" configuration' in line for line in main.stderr.splitlines())
    settings = dict(line.split(" = ", 1) for line in main.stdout.splitlines())
    assert settings["smtpd_tls_cert_file"] == str(cert)
    assert settings["smtpd_tls_key_file"] == str(key)
    assert settings["smtpd_tls_auth_only"] == "yes"
    assert settings["smtpd_sasl_type"] == "dovecot"
    assert settings["smtpd_sasl_path"] == "private/auth"
    assert settings["smtpd_sasl_auth_enable"] == "no"  # no sign-in on port 25
    submission = tool("postconf", "-c", str(postfix), "-P", "submission/inet")
    assert submission.returncode == 0, submission.stderr
    options = {name.rsplit("/", 1)[1]: value for name, value in
               (line.split(" = ", 1) for line in submission.stdout.splitlines())}
    assert options["smtpd_tls_security_level"] == "encrypt"
    assert options["smtpd_sasl_auth_enable"] == "yes"
    assert options["smtpd_relay_restrictions"] == "permit_sasl_authenticated,reject"
    # a signed-in user relays; a recipient whose mailbox is full is still refused (issue 26)
    assert options["smtpd_recipient_restrictions"] == (
        "check_policy_service unix:private/quota-status, permit_sasl_authenticated, reject")
    # Dovecot: the system's dovecot.conf, then the set's auth file and conf.d/99 file
    conf = lab.base / "dovecot.conf"
    includes = [SYSTEM_DOVECOT] if SYSTEM_DOVECOT.exists() else []
    includes += [out / "dovecot" / "auth-ldapwizard.conf.ext",
                 out / "dovecot" / "99-ldapwizard-tls.conf"]
    conf.write_text("".join(f"!include {p}\n" for p in includes), encoding="utf-8")
    parsed = tool("doveconf", "-c", str(conf), "-n")
    assert parsed.returncode == 0, parsed.stderr
    for name, value in (("ssl", "required"), ("disable_plaintext_auth", "yes"),
                        ("ssl_cert", f"<{cert}"), ("ssl_min_protocol", "TLSv1.2"),
                        ("service/imap-login/inet_listener/imap/port", "0"),
                        ("service/imap-login/inet_listener/imaps/port", "993"),
                        ("service/imap-login/inet_listener/imaps/ssl", "yes")):
        answer = tool("doveconf", "-c", str(conf), "-h", name)
        assert answer.stdout.strip() == value, (name, answer.stdout, answer.stderr)
    assert "unix_listener /var/spool/postfix/private/auth {" in parsed.stdout
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "## Ports" in readme
    for words in ("**25** (SMTP)", "**587** (submission)", "**993** (IMAPS)",
                  "Closed: 143 (IMAP without TLS)", "`ssl = required`"):
        assert words in readme
    assert "`dovecot/99-ldapwizard-tls.conf` | `/etc/dovecot/conf.d/`" in readme
    assert "its service into /etc/postfix/master.cf" in output


def test_a_set_without_the_admins_certificate_is_refused(lab):
    out = lab.base / "out"
    status, output = lab.render(out, tls=())
    assert status == 2
    assert "Give --tls-cert FILE and --tls-key FILE" in output
    assert not out.exists()
    for cert in ("fullchain.pem", "/etc/ssl/my cert.pem", "/etc/ssl/$cert.pem",
                 "/etc/ssl/a,b.pem", "/etc/ssl/../../tmp/x.pem"):
        status, output = lab.render(out, tls=("--tls-cert", cert, "--tls-key", TLS[3]))
        assert status == 2 and "is not a plain absolute path on the mail server" in output
    status, output = lab.render(out, tls=("--tls-cert", TLS[3], "--tls-key", TLS[3]))
    assert status == 2 and "name the same file" in output
    # an instance may serve TLS too (issue 26), but then on ports of its own
    status, output = lab.render(out, "--instance", "--smtp-port", "1", "--imap-port", "2",
                                "--lmtp-port", "3", tls=TLS)
    assert status == 2 and "Give --submission-port and --imaps-port" in output
