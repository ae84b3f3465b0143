"""Welcome messages end to end (issue 31): users imported from slapd into a database the
session's real Postfix and Dovecot serve are sent their welcome message with `welcome send`
through that Postfix; each signs in over IMAP and finds exactly one, rendered from the
template with its non-ASCII headers encoded; a second send sends none; disabled users get
none; a recipient Postfix refuses is listed with its answer and gets it on the next run; the
autoconfig file render wrote names the instance's ports, as the message does.

The tests share the module's lab and run in file order.
"""

from __future__ import annotations

import email
import email.policy
import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest

from tests.mail.lab import DOMAIN, PASSWORDS
from tests.servers import seed
from tests.servers.directory_edits import admin

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

TEMPLATE = """\
Subject: Willkommen, {{display_name}}

Hallo {{display_name}},

Ihre Adresse: {{address}}
Anmeldename: {{login}}
Kennwort: {{sign_in_method}}

{{client_settings}}
"""
NEWCOMERS = {"carl": "carl-Secret-11", "dana": "dana-Secret-12"}  # added before a sync


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd, mail_stack):
    """The directory imported and served by the session's Postfix and Dovecot."""
    return lab_factory("welcome").served(mail_slapd, mail_stack)


@pytest.fixture(scope="module")
def start(lab, mail_stack) -> dict[str, int]:
    """How many messages alice had when this module began."""
    return counts(mail_stack, {"alice": PASSWORDS["alice"]})


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("welcome") / "welcome.txt"
    path.write_text(TEMPLATE, encoding="utf-8")
    return path


def last_batch(lab) -> int:
    with sqlite3.connect(f"file:{lab.db}?mode=ro", uri=True) as db:
        return db.execute("SELECT max(id) FROM batches").fetchone()[0]


def send(lab, mail_stack, template, batch: int) -> tuple[int, str]:
    """`welcome send` for `batch` through the instance's Postfix, telling its settings."""
    return lab.run("welcome", "send", "--db", str(lab.db), "--batch", str(batch),
                   "--smtp-server", f"127.0.0.1:{mail_stack.smtp_port}", "--rate", "300",
                   "--template", str(template), "--mailstack", str(mail_stack.instance))


def counts(mail_stack, people: dict[str, str]) -> dict[str, int]:
    """How many messages each of `people` (login -> password) has now: other modules of the
    session deliver to the same Maildirs."""
    return {login: len(mail_stack.subjects(login, password))
            for login, password in people.items()}


def welcomes(mail_stack, login: str, password: str, before: int = 0) -> list:
    """The welcome messages that arrived in the INBOX of `login` after its first `before`
    messages, parsed, once one more has arrived (Postfix delivers after it answered); other
    modules of the session (issue 31's import tests) welcome the same people earlier."""
    mail_stack.subjects(login, password, expect=before + 1, timeout=30)
    imap = mail_stack.sign_in(login, password)
    try:
        _, count = imap.select("INBOX", readonly=True)
        data = (imap.fetch(f"{before + 1}:*", "(BODY.PEEK[])")[1]
                if int(count[0]) > before else [])
    finally:
        imap.logout()
    messages = [email.message_from_bytes(part[1], policy=email.policy.default)
                for part in data if isinstance(part, tuple)]
    return [m for m in messages if m["Auto-Submitted"] == "auto-generated"]


def test_each_new_user_finds_exactly_one_welcome_message_and_disabled_users_get_none(
        lab, mail_stack, template, start):
    batch = last_batch(lab)
    people = {login: PASSWORDS[login] for login in ("alice", "ugur", "ann.oneil")}
    before = counts(mail_stack, people)
    assert lab.run("db", "disable", f"bob@{DOMAIN}", "--db", str(lab.db))[0] == 0
    status, output = send(lab, mail_stack, template, batch)
    assert status == 0, output
    for login in ("alice", "ugur", "ann.oneil", "leaver"):
        assert f"  sent: {login}@{DOMAIN}" in output
    assert f"  not sent (disabled): bob@{DOMAIN}" in output
    assert "0 failed" in output

    for login, password in people.items():
        (message,) = welcomes(mail_stack, login, password, before[login])
        assert f"Ihre Adresse: {login}@{DOMAIN}" in message.get_content()
        assert f"Anmeldename: {login}" in message.get_content()
        # the instance's own ports, as render's autoconfig file names them
        assert (f"Incoming mail (IMAP): 127.0.0.1, port {mail_stack.imap_port}, no encryption"
                in message.get_content())
    (message,) = welcomes(mail_stack, "ugur", PASSWORDS["ugur"], before["ugur"])
    assert message["Subject"] == "Willkommen, Uğur Öztürk"
    assert message["To"].addresses[0].display_name == "Uğur Öztürk"
    raw = message.as_bytes(policy=email.policy.default.clone(linesep="\r\n")).split(
        b"\r\n\r\n")[0]
    assert raw.isascii() and b"Subject: Willkommen, =?utf-8?" in raw
    assert "Hallo Uğur Öztürk," in message.get_content()


def test_a_second_send_sends_none(lab, mail_stack, template, start):
    status, output = send(lab, mail_stack, template, last_batch(lab))
    assert status == 0, output
    assert re.search(r"^0 sent, 0 failed, (\d+) sent before, 0 left for the next run\.$",
                     output, re.M), output
    assert f"  not sent (disabled): bob@{DOMAIN}" in output
    assert len(welcomes(mail_stack, "alice", PASSWORDS["alice"], start["alice"])) == 1
    # one more message goes through after the second send: had it sent one, it came first
    mail_stack.send(f"alice@{DOMAIN}", "after the second send")
    mail_stack.subjects("alice", PASSWORDS["alice"], wanted=["after the second send"])
    assert len(welcomes(mail_stack, "alice", PASSWORDS["alice"], start["alice"])) == 1


def add_people(server) -> None:
    """NEWCOMERS in the directory, with their passwords."""
    connection = admin(server)
    for uid, password in NEWCOMERS.items():
        assert connection.add(f"uid={uid},{seed.PEOPLE_DN}", ["inetOrgPerson"], {
            "uid": uid, "cn": uid.title(), "sn": "Newcomer", "mail": f"{uid}@{DOMAIN}",
            "userPassword": seed.ssha(password, b"newsalt")}), connection.result
    connection.unbind()


def test_a_recipient_postfix_refuses_is_listed_with_its_answer_and_gets_it_next_run(
        lab, mail_slapd, mail_stack, template):
    add_people(mail_slapd)
    status, output = lab.run("sync", "--profile", "lab")
    assert status == 0, output
    batch = last_batch(lab)
    newcomers_before = counts(mail_stack, NEWCOMERS)  # the import module welcomed them too
    # carl's mailbox cannot take the message: Postfix refuses him at RCPT (quota-status)
    assert lab.run("db", "set-quota", f"carl@{DOMAIN}", "100", "--db", str(lab.db))[0] == 0
    status, output = send(lab, mail_stack, template, batch)
    assert status == 1, output
    assert f"  sent: dana@{DOMAIN}" in output
    line = next(line for line in output.splitlines() if line.startswith("  failed: carl@"))
    assert "552 5.2.2" in line and "over their quota" in line
    assert line.endswith("(sent again by the next run)")

    assert lab.run("db", "set-quota", f"carl@{DOMAIN}", "none", "--db", str(lab.db))[0] == 0
    status, output = send(lab, mail_stack, template, batch)
    assert status == 0, output
    assert f"  sent: carl@{DOMAIN}" in output and "1 sent, 0 failed, 1 sent before" in output
    for login, password in NEWCOMERS.items():
        (message,) = welcomes(mail_stack, login, password, newcomers_before[login])
        assert message["Subject"] == f"Willkommen, {login.title()}"


def test_the_autoconfig_file_names_the_instance_s_ports(lab, mail_stack):
    config = ET.parse(mail_stack.instance / "autoconfig" / "config-v1.1.xml").getroot()
    assert [d.text for d in config.iter("domain")] == [DOMAIN]
    incoming = config.find("emailProvider/incomingServer")
    outgoing = config.find("emailProvider/outgoingServer")
    assert (incoming.get("type"), incoming.findtext("hostname"), incoming.findtext("port"),
            incoming.findtext("socketType")) == ("imap", "127.0.0.1",
                                                 str(mail_stack.imap_port), "plain")
    assert (outgoing.get("type"), outgoing.findtext("port")) == ("smtp",
                                                                 str(mail_stack.smtp_port))
    ET.parse(mail_stack.instance / "autoconfig" / "autodiscover.xml")  # well-formed
