"""Review of issue 25 (item 8, "the CA bundle holds certificates only"): a certificate block
is copied as it stands in the CA file, so whatever its RFC 1421 header lines hold (`Name:
value` lines between BEGIN and the base64, which the PEM reader skips) reaches the 0644
bundle. Here the header lines carry a private key's base64, line by line."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.attacks.render_lab import DIRECTORIES, fill, make_lab


def ca_and_key() -> tuple[str, str]:
    """A self-signed CA certificate and a private key, in PEM."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Review CA")])

    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()).decode("ascii"))


def test_a_key_in_a_certificate_blocks_headers_reaches_no_written_file():
    certificate, key = ca_and_key()
    key_lines = key.splitlines()[1:-1]
    begin, _, body = certificate.partition("\n")
    crafted = begin + "\n" + "".join(f"X-Note-{n}: {line}\n" for n, line in
                                     enumerate(key_lines)) + "\n" + body
    with make_lab() as lab:
        ca = lab.base / "ca.pem"
        ca.write_text(crafted, encoding="ascii")
        ca.chmod(0o600)
        db = lab.base / "db" / "headers.sqlite"
        fill(db, (dataclasses.replace(DIRECTORIES[1], ca_file=str(ca)),))
        out = lab.base / "out"
        status, output = lab.render(out, db=db)
        assert status == 0, output
        written = {p: p.read_text(encoding="utf-8", errors="replace")
                   for p in out.rglob("*") if p.is_file()}
        assert any("BEGIN CERTIFICATE" in text for text in written.values())  # it was copied
        leaked = [str(p) for p, text in written.items() if key_lines[0] in text]
        assert not leaked, f"the private key's base64 is in {leaked}"
