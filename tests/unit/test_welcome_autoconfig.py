"""`mailstack render` writes the files mail clients set themselves up from (Thunderbird's
config-v1.1.xml, Outlook's autodiscover.xml) from the same settings the welcome message
tells; the README says where a web server serves them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ldapwizard.cli import run

TLS = ("--tls-cert", "/etc/ssl/mail/fullchain.pem", "--tls-key", "/etc/ssl/private/mail.key")
AUTODISCOVER = "{http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a}"


def rendered(tmp_path, capsys, *options: str):
    """A database with local users of two domains, rendered as a mail server's set."""
    db = str(tmp_path / "db" / "users.sqlite")
    for address in ("ann@example.com", "ben@example.org"):
        assert run(["db", "add-user", address, "--db", db]) == 0
    out = tmp_path / "out"
    status = run(["mailstack", "render", "--db", db, "--out", str(out), *TLS, *options])
    assert status == 0, capsys.readouterr()
    return db, out


def servers(root: ET.Element, kind: str) -> list[tuple[str, str, str, str]]:
    return [(s.get("type"), s.findtext("hostname"), s.findtext("port"),
             s.findtext("socketType")) for s in root.iter(kind)]


def test_render_writes_thunderbird_s_and_outlook_s_files_for_the_mail_host(tmp_path, capsys):
    db, out = rendered(tmp_path, capsys, "--mail-host", "Mail.Example.com")
    config = ET.parse(out / "autoconfig" / "config-v1.1.xml").getroot()
    assert config.tag == "clientConfig" and config.get("version") == "1.1"
    assert [d.text for d in config.iter("domain")] == ["example.com", "example.org"]
    assert servers(config, "incomingServer") == [("imap", "mail.example.com", "993", "SSL")]
    assert servers(config, "outgoingServer") == [("smtp", "mail.example.com", "587",
                                                  "STARTTLS")]
    assert {u.text for u in config.iter("username")} == {"%EMAILADDRESS%"}

    discover = ET.parse(out / "autoconfig" / "autodiscover.xml").getroot()
    protocols = {p.findtext(f"{AUTODISCOVER}Type"): (
        p.findtext(f"{AUTODISCOVER}Server"), p.findtext(f"{AUTODISCOVER}Port"),
        p.findtext(f"{AUTODISCOVER}Encryption")) for p in discover.iter(f"{AUTODISCOVER}Protocol")}
    assert protocols == {"IMAP": ("mail.example.com", "993", "SSL"),
                         "SMTP": ("mail.example.com", "587", "TLS")}

    readme = (out / "README.md").read_text(encoding="utf-8")
    for url in ("https://autoconfig.example.com/mail/config-v1.1.xml",
                "https://example.org/.well-known/autoconfig/mail/config-v1.1.xml",
                "https://autodiscover.example.org/autodiscover/autodiscover.xml"):
        assert url in readme
    # the welcome message tells what the file says
    capsys.readouterr()
    assert run(["welcome", "preview", "--db", db, "--user", "ben@example.org",
                "--mailstack", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "Incoming mail (IMAP): mail.example.com, port 993, SSL/TLS" in shown
    assert "Outgoing mail (SMTP): mail.example.com, port 587, STARTTLS" in shown


def test_without_mail_host_the_files_name_mail_dot_domain_and_the_readme_says_so(tmp_path,
                                                                                 capsys):
    _, out = rendered(tmp_path, capsys)
    config = ET.parse(out / "autoconfig" / "config-v1.1.xml").getroot()
    assert servers(config, "incomingServer")[0][1] == "mail.example.com"
    assert "render again with --mail-host NAME" in (out / "README.md").read_text(
        encoding="utf-8")


def test_a_mail_host_that_is_no_host_name_is_refused(tmp_path, capsys):
    db = str(tmp_path / "users.sqlite")
    assert run(["db", "add-user", "ann@example.com", "--db", db]) == 0
    assert run(["mailstack", "render", "--db", db, "--out", str(tmp_path / "out"), *TLS,
                "--mail-host", "mail example.com"]) == 2
    assert "--mail-host 'mail example.com' is not a host name" in capsys.readouterr().err
