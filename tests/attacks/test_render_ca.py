"""Issue 25, item 8: the CA files render writes (0644, beside Postfix's and Dovecot's files)
hold certificates only: a private key kept in the same PEM file as the CA never reaches them."""

from __future__ import annotations

import dataclasses

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ldapwizard.cli import run
from tests.attacks.render_lab import DIRECTORIES, fill, make_lab

pytestmark = pytest.mark.postgresql


@pytest.fixture
def lab():
    """A folder others can reach, a database and a victim (render_lab.Lab)."""
    with make_lab() as made:
        yield made


def private_key_pem() -> str:
    """A fresh private key in PEM, as a CA's key kept beside its certificate."""
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode("ascii")


def test_a_private_key_in_a_ca_file_reaches_no_written_file(lab, pg_url, pg_cluster):
    key = private_key_pem()
    certificate = pg_cluster.ca_file.read_text(encoding="ascii")
    ca = lab.base / "ca-and-key.pem"
    ca.write_text(certificate + key, encoding="ascii")
    ca.chmod(0o600)
    # the directory is checked against the same file (its CA bundle: directories-ca.pem)
    fill(pg_url, (dataclasses.replace(DIRECTORIES[1], ca_file=str(ca)),))
    assert run(["db", "init", "--db", pg_url, "--reader", "mailreader"]) == 0
    reader_file = lab.base / "reader.password"
    reader_file.write_text(pg_cluster.password("mailreader") + "\n", encoding="utf-8")
    reader_file.chmod(0o600)
    url = pg_url.replace("@127.0.0.1:", "@localhost:") + "?sslmode=verify-full"
    reader = ("--db-reader", "mailreader", "--db-reader-password-file", str(reader_file))
    out = lab.base / "out"
    status, output = lab.render(out, *reader, "--db-ca-file", str(ca), db=url)
    assert status == 0, output
    key_lines = [line for line in key.splitlines() if "-----" not in line]
    for path in out.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert "PRIVATE KEY" not in text, path
            assert not any(line in text for line in key_lines), path
    for copy in ("postfix/database-ca.pem", "dovecot/database-ca.pem",
                 "dovecot/directories-ca.pem"):
        assert (out / copy).read_text(encoding="ascii") == certificate.strip() + "\n"
    # a file with a key and no certificate is refused (libpq finds no CA in it either), and
    # the copies written before stay as they were
    ca.write_text(key, encoding="ascii")
    status, output = lab.render(out, *reader, "--db-ca-file", str(ca), db=url)
    assert status != 0 and str(ca) in output
    assert (out / "postfix" / "database-ca.pem").read_text(encoding="ascii") == \
        certificate.strip() + "\n"
