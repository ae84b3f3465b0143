"""TLS contexts for the verification choices, and readable facts about a server certificate."""

from __future__ import annotations

import datetime as dt
import hashlib
import ssl
from dataclasses import dataclass

from ldapwizard.core.errors import BadInput
from ldapwizard.i18n import N_, _

# OpenSSL X509_V_ERR codes that deserve their own words
_VERIFY_REASONS = {
    10: N_("the certificate has expired"),
    9: N_("the certificate is not yet valid"),
    18: N_("the certificate is self-signed and not trusted"),
    19: N_("the certificate chain ends in a self-signed CA that is not trusted"),
    20: N_("the certificate was issued by a CA that is not trusted"),
    21: N_("the certificate was issued by a CA that is not trusted"),
    62: N_("the certificate does not name this host"),
    64: N_("the certificate does not name this IP address"),
}


@dataclass(frozen=True)
class CertificateInfo:
    """What a person needs to judge a certificate."""

    subject: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    sha256: str
    names: tuple[str, ...]

    @property
    def self_signed(self) -> bool:
        return self.subject == self.issuer

    @property
    def expired(self) -> bool:
        return self.not_after < dt.datetime.now(dt.UTC)

    def lines(self) -> list[str]:
        """The details as lines of text."""
        start, end = f"{self.not_before:%Y-%m-%d %H:%M}", f"{self.not_after:%Y-%m-%d %H:%M}"
        return [
            _("Subject: {subject}", subject=self.subject),
            _("Issuer: {issuer} (self-signed)", issuer=self.issuer) if self.self_signed
            else _("Issuer: {issuer}", issuer=self.issuer),
            _("Valid: {start} to {end} UTC (EXPIRED)", start=start, end=end) if self.expired
            else _("Valid: {start} to {end} UTC", start=start, end=end),
            _("Names: {names}", names=", ".join(self.names)) if self.names
            else _("Names: (none)"),
            _("SHA-256 fingerprint: {fingerprint}", fingerprint=self.sha256),
        ]


def describe_certificate(der: bytes) -> CertificateInfo:
    """Parse a DER certificate into CertificateInfo."""
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    names: list[str] = []
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        names = [str(n.value) for n in san]
    except x509.ExtensionNotFound:
        pass
    digest = hashlib.sha256(der).hexdigest().upper()
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=":".join(digest[i : i + 2] for i in range(0, len(digest), 2)),
        names=tuple(names),
    )


def make_context(verify: str, ca_file: str | None) -> ssl.SSLContext:
    """An SSL context for the admin's verification choice (system store, CA file, or off)."""
    if verify == "off":
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if verify == "cafile":
        try:
            return ssl.create_default_context(cafile=ca_file)
        except FileNotFoundError:
            raise BadInput(_("The CA file {file} does not exist.", file=ca_file),
                           hint=_("Choose the CA certificate (PEM) that issued the server's "
                                  "certificate.")) from None
        except (ssl.SSLError, OSError) as e:
            raise BadInput(_("The CA file {file} could not be read as PEM certificates.",
                             file=ca_file), detail=str(e)) from None
    return ssl.create_default_context()


def verify_reason(error: ssl.SSLCertVerificationError) -> str:
    """A verification failure in words."""
    reason = _VERIFY_REASONS.get(getattr(error, "verify_code", -1))
    if reason:
        return _(reason)
    # OpenSSL's own words ("unable to get local issuer certificate (_ssl.c:1006)") are in
    # the error's details; the sentence says what it means
    return _("the certificate could not be verified")
