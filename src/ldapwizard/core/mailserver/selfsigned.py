"""A self-signed certificate for trying the mail server (`render --self-signed HOST`): TLS
works at once, but every client warns (or refuses) until the admin gives a certificate from a
CA with --tls-cert/--tls-key.

Rendering again keeps the same key and certificate while it is still good for the same name,
so a client that was told to trust it once is not asked again.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import re
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput

DAYS = 825  # the longest a client such as Apple's accepts for a server certificate
RENEW_BEFORE = dt.timedelta(days=30)
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def host_name(text: str) -> str:
    """The mail host's name (or IP address) the certificate is for; BadInput if it is none."""
    host = text.strip().rstrip(".").lower()
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if not host or len(host) > 253 or not all(_LABEL.fullmatch(p) for p in host.split(".")):
        raise BadInput(i18n._("--self-signed {name} is not a host name.", name=repr(text)),
                       hint=i18n._("Give the name clients reach the mail server by, e.g. "
                                   "mail.example.com (ASCII: an IDN in its xn-- form)."))
    return host


def file_names(host: str) -> tuple[str, str]:
    """The certificate's and the key's file names."""
    return f"{host}.selfsigned.crt", f"{host}.selfsigned.key"


def make(host: str) -> tuple[str, str]:
    """A new key and a certificate for `host` signed by it, as PEM texts."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    try:
        alt: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        alt = x509.DNSName(host)
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=DAYS))
            .add_extension(x509.SubjectAlternativeName([alt]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return (cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
            key_pem.decode("ascii"))


def _expires(cert: x509.Certificate) -> dt.datetime:
    """When the certificate runs out (cryptography before 42 has no `_utc` attribute)."""
    if hasattr(cert, "not_valid_after_utc"):
        return cert.not_valid_after_utc
    return cert.not_valid_after.replace(tzinfo=dt.UTC)


def _read(path: Path) -> str | None:
    """A file render wrote before, never through a link; None when there is none."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as file:
        return file.read(65536).decode("ascii", errors="replace")


def kept_or_made(folder: Path, host: str) -> tuple[str, str, bool]:
    """(certificate, key, made now): the pair in `folder` if it is still good for `host`,
    else a new one."""
    cert_name, key_name = file_names(host)
    cert_pem, key_pem = _read(folder / cert_name), _read(folder / key_name)
    if cert_pem and key_pem:
        try:
            cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
            key = serialization.load_pem_private_key(key_pem.encode("ascii"), password=None)
            same_key = cert.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            ) == key.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
            good = _expires(cert) - dt.datetime.now(dt.UTC) > RENEW_BEFORE
            names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
            named = host in [str(n.value) for n in names.value]
            if same_key and good and named:
                return cert_pem, key_pem, False
        except (ValueError, TypeError, x509.ExtensionNotFound):
            pass  # not ours, or damaged: a new pair replaces it
    return (*make(host), True)
