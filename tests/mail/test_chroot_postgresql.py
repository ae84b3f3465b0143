"""Issue 26, item 2 with PostgreSQL: under the distribution's master.cf (smtpd, cleanup and
trivial-rewrite chrooted in the queue folder), Postfix reads the database over verified TLS
through proxymap (`proxy:pgsql:`), whose CA file lies outside the chroot."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.servers.mailstack import pgsql_missing_reason

pytestmark = [pytest.mark.mailstack, pytest.mark.postgresql]

READER = "mailreader"
PASSWORD = "Chroot-Pg-Secret-2"


@pytest.fixture(scope="module")
def lab(lab_factory, mail_stack, pg_cluster, tmp_path_factory):
    """Local users, an alias and a list in PostgreSQL, served by the session's instance over
    `sslmode=verify-full`, then Postfix restarted with the distribution's master.cf."""
    reason = pgsql_missing_reason()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the mail server tests, but {reason}", pytrace=False)
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("pg-chroot")
    passfile = pg_cluster.write_passfile(home / "pgpass")
    reader_file = home / "mailreader.password"
    reader_file.write_text(pg_cluster.password(READER) + "\n", encoding="utf-8")
    reader_file.chmod(0o600)
    url = pg_cluster.create_database("mail_chroot")
    lab = lab_factory("pg-chroot", database=url, env={"PGPASSFILE": str(passfile)})
    try:
        assert lab.run("db", "init", "--db", url, "--reader", READER)[0] == 0
        commands = [("db", "add-user", "carla@example.com"),
                    ("db", "add-user", "dmitri@example.com"),
                    ("db", "add-alias", "boss@example.com", "carla@example.com"),
                    ("db", "add-list", "team@example.com", "carla@example.com",
                     "dmitri@example.com")]
        for argv in commands:
            status, output = lab.run(*argv, "--db", url)
            assert status == 0, output
        for user in ("carla", "dmitri"):
            status, output = lab.run("db", "set-password", f"{user}@example.com", "--db", url,
                                     stdin=PASSWORD + "\n")
            assert status == 0, output
        verified = url.replace("@127.0.0.1:", "@localhost:") + "?sslmode=verify-full"
        with lab.entered():
            output = mail_stack.serve(verified, "--db-reader", READER,
                                      "--db-reader-password-file", str(reader_file),
                                      "--db-ca-file", str(pg_cluster.ca_file),
                                      probe="carla@example.com")
        assert "without checking" not in output, output  # verified TLS, no note about it
        with mail_stack.distribution_master_cf():
            yield lab
    finally:
        pg_cluster.drop_database("mail_chroot")


def test_chrooted_smtpd_looks_up_postgresql_through_proxymap(lab, mail_stack):
    # a chrooted smtpd's own pgsql: table cannot read the CA file: 451 4.3.0 for every address
    code, text = mail_stack.refusal("nobody@example.com")
    assert code == 550 and b"5.1.1" in text
    sent = {"carla@example.com": "pg chroot to carla", "Boss@Example.com": "pg chroot alias",
            "team@example.com": "pg chroot list"}
    for to, subject in sent.items():
        mail_stack.send(to, subject)
    assert set(sent.values()) <= set(mail_stack.subjects("carla", PASSWORD,
                                                         wanted=sent.values()))
    assert "pg chroot list" in mail_stack.subjects("dmitri", PASSWORD,
                                                   wanted=["pg chroot list"])
    maps = subprocess.run(["postconf", "-c", str(mail_stack.postfix_dir), "-h",
                           "virtual_mailbox_maps", "virtual_alias_maps",
                           "virtual_mailbox_domains"],
                          capture_output=True, text=True, check=True).stdout.split()
    assert all(spec.startswith("proxy:pgsql:") for spec in maps)
    table = (mail_stack.postfix_dir / "virtual-mailboxes.cf").read_text(encoding="utf-8")
    assert "sslmode=verify-full sslrootcert=" in table  # a file outside the chroot
