"""Certificates a client must refuse: expired, wrong host name, unknown CA, self-signed.

Each is refused by default — against the system trust store and against the test CA — with the
certificate's details shown; accepted only with a CA file that really issued it, or with the
explicit off switch, which is written to the run's log file.
"""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from ldapwizard.cli import run
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.errors import TlsVerificationError
from ldapwizard.core.job import paths
from tests.faults.limits import PAGE, cli_args
from tests.servers import seed
from tests.servers.certs import BAD_CERT_KINDS
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import slapd_settings

pytestmark = pytest.mark.slapd

REASONS = {"expired": "the certificate has expired",
           "wrong-host": "the certificate does not name this IP address",
           "self-signed": "the certificate is self-signed and not trusted",
           "unknown-ca": "issued by a CA that is not trusted"}


def issuing_ca(kind: str, bad_cert) -> str | None:
    """A CA file that really vouches for the certificate (None where none can)."""
    if kind == "self-signed":
        return str(bad_cert.cert)
    if kind == "unknown-ca":
        return str(bad_cert.cert.parent / "other-ca" / "ca.crt")  # make_ca's file name
    return None  # an expired or misnamed certificate stays bad whoever issued it


def fingerprint(bad_cert) -> str:
    cert = x509.load_pem_x509_certificate(bad_cert.cert.read_bytes())
    return cert.fingerprint(hashes.SHA256()).hex()


@pytest.mark.parametrize("kind", BAD_CERT_KINDS)
@pytest.mark.parametrize("security", ["starttls", "ldaps"])
def test_a_bad_certificate_is_refused_with_its_details_unless_explicitly_trusted(
        kind, security, make_slapd, slapd_bad_certs, slapd_seed, people, tmp_path,
        monkeypatch, capsys, ledger):
    bad = slapd_bad_certs[kind]
    server = make_slapd(server_cert=bad)
    port = server.ldaps_port if security == "ldaps" else server.ldap_port
    expected = fingerprint(bad)
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)

    for verify, ca_file in (("cafile", str(server.ca_file)), ("system", None)):
        settings = slapd_settings(server, port=port, security=security, verify=verify,
                                  ca_file=ca_file)
        with pytest.raises(TlsVerificationError) as caught:
            list_users(settings, READER_PASSWORD, people)
        ledger.fault(f"tls: {kind}")
        error = caught.value
        assert error.step == "tls" and error.hint
        assert error.certificate is not None
        shown = "\n".join(error.certificate.lines())
        assert expected in shown.replace(":", "").lower()
        assert error.certificate.expired == (kind == "expired")
        assert error.certificate.self_signed == (kind == "self-signed")

    args = cli_args(server, port, security)
    assert run(["list", *args, "-q"]) == 1
    ledger.fault(f"tls: {kind}")
    err = capsys.readouterr().err
    assert "was refused" in err and "SHA-256 fingerprint:" in err and "What to do:" in err
    assert REASONS[kind] in err

    trusted = issuing_ca(kind, bad)
    if trusted:
        ca_args = [a if a != str(server.ca_file) else trusted for a in args]
        assert run(["list", *ca_args, "-q"]) == 0
        assert f"{slapd_seed.total_users} entries listed" in capsys.readouterr().out

    # the explicit off switch: accepted, and said in the sync's log file
    no_verify = [a for a in args if a not in ("--ca-file", str(server.ca_file))]
    db = tmp_path / "users.sqlite"
    assert run(["profile", "save", "lab", *no_verify, "--no-verify"]) == 0
    assert run(["sync", "--profile", "lab", "--domain", seed.MAIL_DOMAIN, "--db", str(db),
                "--page-size", str(PAGE)]) == 0
    logs = [p.read_text(encoding="utf-8") for p in paths.log_dir().glob("sync-lab-*.log")]
    assert len(logs) == 1
    assert "Certificate verification is OFF" in logs[0], logs[0]
    assert READER_PASSWORD not in logs[0]

