"""The welcome step of a run (core/operations/welcoming.py), on both back ends, against a
scripted SMTP server: a job that does not send sends nothing; a refused user and the users a
server that could not be reached left are recorded with the server's words, listed by
`db show`, and sent theirs by the job's next run, even one that created nobody; a bad
template is refused before the run writes."""

from __future__ import annotations

import socket

import pytest

from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import now
from ldapwizard.core.operations import welcoming
from ldapwizard.core.welcome import record
from tests.unit.smtp_script import Script, ScriptedSmtp

DOMAIN = "example.com"
OWNER = "job-1"


@pytest.fixture
def script():
    return Script()


@pytest.fixture
def server(script):
    smtp = ScriptedSmtp(script)
    yield smtp
    smtp.close()


def make_batch(database, people: list[str], owner: str = OWNER) -> int:
    with database.transaction() as db:
        domain_id = accounts.ensure_domain(db, DOMAIN)
        batch = accounts.insert(db, "INSERT INTO batches (kind, domain, domain_id, profile, "
                                "started_at) VALUES ('import', ?, ?, ?, ?)",
                                (DOMAIN, domain_id, owner, now()))
        for local in people:
            accounts.add_user(db, domain_id, accounts.NewUser(local, local), batch)
        db.execute("UPDATE users SET profile = ? WHERE batch_id = ?", (owner, batch))
    return batch


def job(server_address: str, **changes) -> Profile:
    return Profile(**{"name": "corp", "job_id": OWNER, "domain": DOMAIN, "welcome": True,
                      "smtp_server": server_address, **changes})


def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{sock.getsockname()[1]}"


def test_a_job_that_does_not_send_sends_nothing(database, server, script):
    batch = make_batch(database, ["alice"])
    assert welcoming.send_after(database, job(server.address, welcome=False), batch) is None
    assert script.connections == 0


def test_a_refused_user_is_retried_by_the_next_run_that_created_nobody(database, server,
                                                                       script):
    batch = make_batch(database, ["alice", "bob"])
    make_batch(database, ["other"], owner="another-job")  # never this job's to welcome
    script.refuse.add(f"bob@{DOMAIN}")
    outcome = welcoming.send_after(database, job(server.address), batch)
    assert outcome.sent == [f"alice@{DOMAIN}"]
    assert [(a, w[:3]) for a, w in outcome.failed] == [(f"bob@{DOMAIN}", "550")]
    assert "1 sent, 1 failed" in outcome.summary()
    with database.reading() as db:
        assert [row[:2] for row in record.failures(db)] == [(batch, f"bob@{DOMAIN}")]
    script.refuse.clear()
    again = welcoming.send_after(database, job(server.address), None)  # a sync: no batch
    assert again.sent == [f"bob@{DOMAIN}"] and not again.failed
    assert welcoming.send_after(database, job(server.address), None).sent == []
    assert sorted(r for _, (r,), _ in script.received) == [f"alice@{DOMAIN}", f"bob@{DOMAIN}"]


def test_a_server_that_cannot_be_reached_leaves_every_user_due_with_its_words(database,
                                                                             server, script):
    batch = make_batch(database, ["alice", "bob"])
    outcome = welcoming.send_after(database, job(closed_port()), batch)
    assert outcome.sent == [] and len(outcome.failed) == 2
    assert "could not be reached" in outcome.stopped
    with database.reading() as db:
        assert record.summary(db) == {"sent": 0, "failed": 2, "in doubt": 0}
    later = welcoming.send_after(database, job(server.address), None)
    assert sorted(later.sent) == [f"alice@{DOMAIN}", f"bob@{DOMAIN}"]


def test_a_bad_template_is_refused_before_the_run_writes(tmp_path):
    template = tmp_path / "welcome.txt"
    template.write_text("Subject: Hi {{first_name}}\n\nHello.\n", encoding="utf-8")
    with pytest.raises(BadInput, match=r"first_name"):
        welcoming.check(job("localhost:25", welcome_template=str(template)))
    welcoming.check(job("localhost:25", welcome=False, welcome_template=str(template)))
