"""The welcome step against a scripted SMTP server on loopback and a real user database (both
back ends): each enabled user of the batch gets one message, never twice; a refused one is
listed with the server's answer and sent by the next run; a run that loses the server mid-send
leaves that user in doubt; the rate and the time limit; a bad template sends nothing; undo
still removes a welcomed batch."""

from __future__ import annotations

import pytest

from ldapwizard.core.errors import BadInput, CredentialError
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import now
from ldapwizard.core.maildb.undo import undo_batch
from ldapwizard.core.welcome import record
from ldapwizard.core.welcome.sending import check, send_welcome
from ldapwizard.core.welcome.settings import WelcomeSettings, smtp_server
from tests.unit.smtp_script import Script, ScriptedSmtp

DOMAIN = "example.com"


@pytest.fixture
def script():
    return Script()


@pytest.fixture
def server(script):
    smtp = ScriptedSmtp(script)
    yield smtp
    smtp.close()


def make_batch(database, people: list[tuple[str, str, bool]]) -> int:
    """An import batch that created `people` (local part, display name, enabled); its id."""
    with database.transaction() as db:
        domain_id = accounts.ensure_domain(db, DOMAIN)
        batch = accounts.insert(db, "INSERT INTO batches (kind, domain, domain_id, started_at) "
                                "VALUES ('import', ?, ?, ?)", (DOMAIN, domain_id, now()))
        for local, name, enabled in people:
            accounts.add_user(db, domain_id, accounts.NewUser(local, local, display_name=name,
                                                              enabled=enabled), batch)
    return batch


def settings(server, **changes) -> WelcomeSettings:
    return WelcomeSettings(**{"smtp_server": server.address, "mail_host": "mail.example.com",
                              "rate": 0, **changes})


def send(database, batch, chosen, **options):
    """send_welcome without its pauses (the rate, the last delivery's): each test that
    minds them passes its own clock and sleep."""
    return send_welcome(database, batch, chosen, **{"sleep": lambda seconds: None, **options})


PEOPLE = [("alice", "Alice Archer", True), ("ugur", "Uğur Öztürk", True),
          ("bob", "Bob Builder", False)]


def test_each_enabled_user_of_the_batch_gets_one_message_and_a_second_run_sends_none(
        database, server, script):
    batch = make_batch(database, PEOPLE)
    make_batch(database, [("other", "Of Another Batch", True)])
    report = send(database, batch, settings(server))
    assert report.sent == ["alice@example.com", "ugur@example.com"]
    assert report.disabled == ["bob@example.com"] and not report.failed
    assert [r for _, r, _ in script.received] == [["alice@example.com"], ["ugur@example.com"]]
    (message,) = script.messages_to("ugur@example.com")
    assert message["To"].addresses[0].display_name == "Uğur Öztürk"
    assert message["Subject"] == "Your mailbox ugur@example.com is ready"
    assert message["From"] == "postmaster@example.com"
    assert "mail.example.com, port 993, SSL/TLS" in message.get_content()

    again = send(database, batch, settings(server))
    assert again.sent == [] and again.already == 2 and len(script.received) == 2
    with database.reading() as db:
        assert record.summary(db) == {"sent": 2, "failed": 0, "in doubt": 0}


def test_a_refused_recipient_is_listed_with_the_answer_and_sent_by_the_next_run(
        database, server, script):
    batch = make_batch(database, PEOPLE)
    script.refuse.add("alice@example.com")
    report = send(database, batch, settings(server))
    assert report.sent == ["ugur@example.com"]
    ((address, answer),) = report.failed
    assert address == "alice@example.com"
    assert answer.startswith("550 5.1.1 <alice@example.com>: Recipient address rejected")
    with database.reading() as db:
        assert record.summary(db) == {"sent": 1, "failed": 1, "in doubt": 0}
    script.refuse.clear()
    report = send(database, batch, settings(server))
    assert report.sent == ["alice@example.com"] and not report.failed
    assert len(script.messages_to("alice@example.com")) == 1
    assert len(script.messages_to("ugur@example.com")) == 1


def test_a_connection_lost_mid_send_leaves_the_user_in_doubt_until_resent_by_name(
        database, server, script):
    batch = make_batch(database, PEOPLE)
    script.drop_after_data.add("alice@example.com")
    report = send(database, batch, settings(server))
    assert report.sent == [] and report.in_doubt == ["alice@example.com"]
    assert report.not_reached == ["ugur@example.com"] and "stopped answering" in report.stopped
    script.drop_after_data.clear()
    report = send(database, batch, settings(server))
    assert report.sent == ["ugur@example.com"] and report.in_doubt == ["alice@example.com"]
    assert len(script.messages_to("alice@example.com")) == 1  # perhaps delivered: not again
    report = send(database, batch, settings(server), resend=("Alice@example.com",))
    assert report.sent == ["alice@example.com"] and report.in_doubt == []
    with pytest.raises(BadInput, match="bob@example.com is no user of batch"):
        send(database, batch, settings(server), resend=("bob@example.com",))


def test_messages_keep_the_rate_and_the_step_stops_at_its_time_limit(database, server, script):
    batch = make_batch(database, [(f"user{n}", "", True) for n in range(4)])
    clock = [100.0]
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        clock[0] += seconds

    report = send(database, batch, settings(server, time_limit=5, rate=30),
                          clock=lambda: clock[0], sleep=sleep)
    # 30 a minute: one every 2 seconds, and as long for the last one's delivery before the
    # outcomes are written
    assert waits == [2.0, 2.0, 2.0]
    assert report.sent == ["user0@example.com", "user1@example.com", "user2@example.com"]
    assert report.not_reached == ["user3@example.com"] and "time limit" in report.stopped
    report = send(database, batch, settings(server), clock=lambda: clock[0])
    assert report.sent == ["user3@example.com"] and report.already == 3


def test_a_template_with_an_unknown_placeholder_sends_nothing(database, server, script,
                                                             tmp_path):
    batch = make_batch(database, PEOPLE)
    template = tmp_path / "welcome.txt"
    template.write_text("Subject: Hello {{first_name}}\n\nWelcome, {{display_name}}.\n",
                        encoding="utf-8")
    with pytest.raises(BadInput, match=r"uses \{\{first_name\}\} in its subject") as refused:
        send(database, batch, settings(server, template=str(template)))
    assert "{{display_name}}" in refused.value.hint and "{{client_settings}}" in refused.value.hint
    assert script.connections == 0 and script.received == []


def test_a_dry_run_builds_each_message_and_sends_and_records_nothing(database, server,
                                                                    script):
    batch = make_batch(database, PEOPLE)
    report = send(database, batch, settings(server), dry_run=True)
    assert report.sent == ["alice@example.com", "ugur@example.com"]
    assert script.connections == 0
    with database.reading() as db:
        assert db.execute("SELECT count(*) FROM welcome_sent").fetchone()[0] == 0


def test_undo_still_removes_a_batch_whose_users_were_welcomed(database, server):
    batch = make_batch(database, PEOPLE)
    assert send(database, batch, settings(server)).sent
    undo_batch(database, batch)
    with database.reading() as db:
        assert db.execute("SELECT count(*) FROM welcome_sent").fetchone()[0] == 0
    with pytest.raises(BadInput, match="was undone"):
        send(database, batch, settings(server))


def test_a_user_is_claimed_once_unless_the_admin_names_them(database):
    make_batch(database, PEOPLE)
    with database.transaction() as db:
        ids = [row[0] for row in db.execute("SELECT id FROM users ORDER BY id")]
        assert record.claim(db, ids[0])  # nobody had it
        assert not record.claim(db, ids[0])  # in doubt: another run is sending it
        record.mark_sent(db, ids[0])
        assert not record.claim(db, ids[0])  # sent
        assert record.claim(db, ids[0], again=True)  # --resend
        assert record.claim(db, ids[1])
        record.mark_failed(db, ids[1], "552 5.2.2 over quota")
        assert [f[1:] for f in record.failures(db)] == [("ugur@example.com",
                                                          "552 5.2.2 over quota")]
        assert record.claim(db, ids[1])  # failed: due again


@pytest.mark.parametrize(("changes", "expected"), [
    ({"smtp_server": "smtp.example.com:99999"}, "is not HOST or HOST:PORT"),
    ({"smtp_server": "user@smtp.example.com"}, "is not HOST or HOST:PORT"),
    ({"sender": "not an address"}, "is not an email address"),
    ({"mail_host": "mail_host!"}, "is not a host name"),
    ({"mailstack": "/nonexistent"}, "There is no autoconfig file"),
    ({"rate": -1}, "A rate of -1 messages a minute cannot be kept"),
    ({"time_limit": 0}, "A time limit of 0 seconds leaves no time"),
])
def test_settings_that_could_not_send_are_refused_before_anything_runs(changes, expected):
    with pytest.raises(BadInput, match=expected):
        check(WelcomeSettings(**changes))


def test_the_smtp_server_defaults_to_the_local_postfix_and_a_relay_to_starttls():
    assert str(smtp_server(WelcomeSettings())) == "localhost:25"
    relay = smtp_server(WelcomeSettings(smtp_server="smtp.example.com"))
    assert (relay.port, relay.security) == (587, "starttls")
    relay = smtp_server(WelcomeSettings(smtp_server="[2001:db8::1]", smtp_security="tls"))
    assert str(relay) == "[2001:db8::1]:465"


def test_a_non_ascii_address_goes_out_with_smtputf8_and_others_without(database, server,
                                                                       script):
    batch = make_batch(database, [("jürgen", "Jürgen Müller", True),
                                  ("alice", "Alice Archer", True)])
    report = send(database, batch, settings(server))
    assert report.sent == ["jürgen@example.com", "alice@example.com"]
    assert [" SMTPUTF8" in command.upper() for command in script.mail_commands] == [True,
                                                                                     False]
    raw = script.received[0][2]
    assert "To: Jürgen Müller <jürgen@example.com>\r\n".encode() in raw  # UTF-8, as SMTPUTF8


def test_a_password_never_goes_to_a_relay_without_tls_nor_comes_from_anywhere_but_the_keyring(
        database, server, script):
    batch = make_batch(database, PEOPLE)
    with pytest.raises(BadInput, match="would send the password in clear text"):
        send(database, batch, WelcomeSettings(
            smtp_server="smtp.example.com:25", smtp_security="none", smtp_user="relay"))
    with pytest.raises(CredentialError, match="holds no SMTP password for relay at 127.0.0.1"
                       ) as missing:
        send(database, batch, settings(server, smtp_user="relay"))
    assert "ldapwizard welcome smtp-password" in missing.value.hint
    assert script.connections == 0 and script.received == []


def test_the_record_is_written_in_few_transactions_not_one_per_message(database, server,
                                                                       script, monkeypatch):
    """Postfix's lookups fail while a write to the file commits: the step writes its
    record before sending a chunk of users and after, not around each message."""
    batch = make_batch(database, [(f"user{n}", "", True) for n in range(12)])
    writes = []
    transaction = database.transaction

    def counted(*args, **kwargs):
        writes.append(len(script.received))  # how many messages had gone out by then
        return transaction(*args, **kwargs)

    monkeypatch.setattr(database, "transaction", counted)
    report = send(database, batch, settings(server, rate=10), clock=lambda: 0.0,
                          sleep=lambda seconds: None)
    assert len(report.sent) == 12
    # the first chunk of 5 (half a minute at 10 a minute); the next chunks with the outcomes
    # so far; the last outcomes (the table is the schema's: no write makes it)
    assert writes == [0, 5, 10, 12]


def test_every_user_in_doubt_is_sent_again_when_the_admin_says_so(database, server, script):
    batch = make_batch(database, PEOPLE)
    script.drop_after_data.update({"alice@example.com"})
    send(database, batch, settings(server))
    script.drop_after_data.clear()
    report = send(database, batch, settings(server), resend_in_doubt=True)
    assert report.sent == ["ugur@example.com", "alice@example.com"]
    assert report.in_doubt == []


def test_a_time_limit_of_one_second_is_said_in_the_singular(database, server, script):
    batch = make_batch(database, [(f"user{n}", "", True) for n in range(2)])
    clock = [100.0]

    def sleep(seconds):
        clock[0] += seconds

    report = send(database, batch, settings(server, time_limit=1, rate=60),
                  clock=lambda: clock[0], sleep=sleep)
    assert report.not_reached == ["user1@example.com"]
    assert report.stopped == "The time limit of 1 second was reached."
