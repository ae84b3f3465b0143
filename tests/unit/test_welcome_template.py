"""The welcome template and message without a server: what a template may hold and how it is
refused, and the message as it goes out — RFC 2047 for non-ASCII names and subjects, SMTPUTF8
only for an address that needs it, HTML with its text alternative, the built-in message,
`welcome preview` on a real database file."""

from __future__ import annotations

import email
import email.policy

import pytest

from ldapwizard.cli import run
from ldapwizard.core.errors import BadInput
from ldapwizard.core.mailserver.clients import client_settings
from ldapwizard.core.welcome import template
from ldapwizard.core.welcome.message import Recipient, build

CLIENTS = client_settings("mail.example.com")
UGUR = Recipient(1, "ugur@example.com", "Uğur Öztürk", "ugur", "directory")
JUERGEN = Recipient(2, "jürgen@example.com", "Jürgen Müller", "jürgen", "local")


def parsed(text: str) -> template.Template:
    return template.parse(text, "welcome.txt")


@pytest.mark.parametrize(("text", "expected"), [
    ("Subject: Hi {{ first_name }}\n\nHello\n",
     r"uses \{\{first_name\}\} in its subject, which is no placeholder; nothing was sent"),
    ("Subject: Hi\n\nHello {{name}} at {{adress}}\n",
     r"uses \{\{adress\}\}, \{\{name\}\} in its text, which are no placeholders"),
    ("Subject: Hi\n\nHello {{display_name}\n", r"has a \{\{ or \}\} without its other half in "
     r"its text \(line 1\)"),
    ("Subject: Hi\n\nText\n=== HTML ===\n<p>{{password}}</p>\n",
     r"uses \{\{password\}\} in its HTML"),
    ("Hello {{display_name}}\n\nText\n", r"has 'Hello \{\{display_name\}\}' on line 1, where "
     "only the Subject line may stand"),
    ("Subject: Hi\nFrom: boss@example.com\n\nText\n", r"'From: boss@example.com' on line 2"),
    ("Subject:\n\nText\n", "gives no subject"),
    ("Subject: Hi\n", "has no blank line after its Subject"),
    ("Subject: Hi\n\n=== HTML ===\n<p>only HTML</p>\n", "has no plain text"),
])
def test_a_template_that_cannot_be_sent_is_refused_naming_the_problem(text, expected):
    with pytest.raises(BadInput, match=expected) as refused:
        parsed(text)
    if "placeholder" in expected:
        assert refused.value.hint.startswith("The placeholders are {{display_name}}, "
                                             "{{address}}, {{login}}")


def test_a_missing_or_unreadable_template_file_is_bad_input(tmp_path):
    with pytest.raises(BadInput, match="does not exist"):
        template.load(tmp_path / "none.txt")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Subject: Grüße\n\nText\n".encode("latin-1"))
    with pytest.raises(BadInput, match="is not UTF-8 text"):
        template.load(latin1)


def test_non_ascii_names_and_subjects_are_rfc_2047_words_for_an_ascii_address():
    chosen = parsed("Subject: Willkommen, {{display_name}}!\n\nHallo {{display_name}}\n")
    message = build(chosen, UGUR, CLIENTS, "postmaster@example.com")
    raw = message.as_bytes()
    header = raw.split(b"\r\n\r\n")[0]
    assert header.isascii()  # 7-bit headers: any server takes them
    assert b"=?utf-8?" in header and b"<ugur@example.com>" in header
    back = email.message_from_bytes(raw, policy=email.policy.default)
    assert back["Subject"] == "Willkommen, Uğur Öztürk!"
    assert back["To"].addresses[0].display_name == "Uğur Öztürk"
    assert back.get_content() == "Hallo Uğur Öztürk\r\n"  # CRLF, as SMTP carries it
    assert back["Auto-Submitted"] == "auto-generated" and back["Message-ID"].endswith(
        "@example.com>")


def test_a_non_ascii_address_is_sent_as_smtputf8():
    message = build(template.default(), JUERGEN, CLIENTS, "postmaster@example.com")
    assert message.policy.utf8
    header = message.as_bytes().split(b"\r\n\r\n")[0]
    assert "To: Jürgen Müller <jürgen@example.com>".encode() in header
    assert "Subject: Your mailbox jürgen@example.com is ready".encode() in header


def test_a_line_break_in_a_directory_name_never_makes_a_header_or_a_line():
    user = Recipient(3, "eve@example.com", "Eve\r\nBcc: all@example.com", "eve", "local")
    chosen = parsed("Subject: For {{display_name}}\n\nDear {{display_name}},\n")
    back = email.message_from_bytes(build(chosen, user, CLIENTS, "postmaster@example.com")
                                    .as_bytes(), policy=email.policy.default)
    assert back["Bcc"] is None
    assert back["Subject"] == "For Eve Bcc: all@example.com"
    assert back.get_content() == "Dear Eve Bcc: all@example.com,\r\n"


def test_an_html_template_is_sent_with_its_text_alternative_and_values_escaped():
    user = Recipient(4, "sp.angle@example.com", "<Admin> Bob & Co", "sp.angle", "directory")
    chosen = parsed("Subject: Welcome\n\nHello {{display_name}}\n{{client_settings}}\n"
                    "=== HTML ===\n<p>Hello {{display_name}}</p><pre>{{client_settings}}</pre>\n")
    message = build(chosen, user, CLIENTS, "postmaster@example.com")
    assert message.get_content_type() == "multipart/alternative"
    plain, markup = message.get_body(("plain",)), message.get_body(("html",))
    assert "Hello <Admin> Bob & Co" in plain.get_content()
    assert "<p>Hello &lt;Admin&gt; Bob &amp; Co</p>" in markup.get_content()
    assert "mail.example.com, port 587, STARTTLS" in markup.get_content()


def test_the_built_in_message_tells_the_address_login_password_and_servers():
    text = build(template.default(), UGUR, CLIENTS, "it@example.com").get_content()
    assert "Hello Uğur Öztürk," in text and "User name: ugur" in text
    assert "Password:  your directory password" in text
    assert "Incoming mail (IMAP): mail.example.com, port 993, SSL/TLS" in text
    assert "Outgoing mail (SMTP): mail.example.com, port 587, STARTTLS" in text
    local = build(template.default(), JUERGEN, CLIENTS, "it@example.com").get_content()
    assert "the password your administrator gives you" in local


def test_welcome_preview_shows_what_one_user_receives(tmp_path, capsys):
    db = str(tmp_path / "users.sqlite")
    assert run(["db", "add-user", "ann@example.com", "--db", db]) == 0
    capsys.readouterr()
    assert run(["welcome", "preview", "--db", db, "--domain", "example.com", "--mail-host",
                "mx.example.com", "--from", "it@example.com"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("From: it@example.com\nTo: ann@example.com\n"
                            "Subject: Your mailbox ann@example.com is ready\n")
    assert "Incoming mail (IMAP): mx.example.com, port 993, SSL/TLS" in shown
    assert run(["welcome", "preview", "--db", db, "--user", "nobody@example.com"]) == 2
    assert "There is no user nobody@example.com" in capsys.readouterr().err
