"""Test connection: a staged diagnosis that says what works and where it stops, in words.

resolve -> TCP -> TLS -> bind -> RootDSE; each step is reported, and the first failure ends
the run with what to do. Detect finds a working port/security and the base DN.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ldapwizard.core.directory.connection import bind, close_quietly, connect, resolve
from ldapwizard.core.directory.listing import Directory
from ldapwizard.core.directory.rootdse import RootDse
from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.directory.tlsinfo import describe_certificate
from ldapwizard.core.errors import DirectoryError, LdapWizardError, TlsVerificationError
from ldapwizard.i18n import N_, _

STEPS = (
    ("resolve", N_("Name resolution")),
    ("connect", N_("TCP connection")),
    ("tls", "TLS"),
    ("bind", N_("Sign-in (bind)")),
    ("rootdse", N_("Server information (RootDSE)")),
)


@dataclass
class Step:
    """One diagnosis step and how it went."""

    key: str
    title: str
    ok: bool
    message: str
    details: list[str] = field(default_factory=list)
    hint: str | None = None


@dataclass
class Diagnosis:
    """The steps that ran; `ok` only when every step passed."""

    steps: list[Step] = field(default_factory=list)
    root_dse: RootDse | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps) and len(self.steps) == len(STEPS)

    @property
    def failure(self) -> Step | None:
        return next((s for s in self.steps if not s.ok), None)


def _title(key: str) -> str:
    return _(dict(STEPS)[key])


def diagnose(settings: ConnectionSettings, password: str | None,
             on_step: Callable[[Step], None] | None = None) -> Diagnosis:
    """Run the steps in order, stopping at the first failure."""
    result = Diagnosis(warnings=settings.warnings())

    def report(step: Step) -> None:
        result.steps.append(step)
        if on_step:
            on_step(step)

    def fail(error: LdapWizardError, key: str) -> Diagnosis:
        details = [error.detail] if error.detail else []
        if isinstance(error, TlsVerificationError) and error.certificate:
            details = error.certificate.lines() + details
        report(Step(key, _title(key), False, error.message, details, error.hint))
        return result

    try:
        settings.check(password)
    except LdapWizardError as e:
        return fail(e, "resolve")
    try:
        addresses = resolve(settings)
    except DirectoryError as e:
        return fail(e, "resolve")
    report(Step("resolve", _title("resolve"), True,
                _("{host} resolves to {addresses}.", host=settings.host,
                  addresses=", ".join(addresses))))

    started = time.perf_counter()
    try:
        with socket.create_connection((settings.host, settings.effective_port),
                                      timeout=settings.connect_timeout):
            pass
    except TimeoutError as e:
        return fail(DirectoryError(
            _("No answer from {address} within {seconds} s.", address=settings.address,
              seconds=f"{settings.connect_timeout:g}"),
            step="connect", detail=str(e),
            hint=_("Check the host and port, and that a firewall lets LDAP through.")),
            "connect")
    except OSError as e:
        return fail(DirectoryError(
            _("{address} refused the connection or is unreachable.",
              address=settings.address), step="connect",
            detail=str(e), hint=_("Check the port (389 for LDAP/StartTLS, 636 for LDAPS) and "
                                  "that the directory service is running.")), "connect")
    elapsed = (time.perf_counter() - started) * 1000
    report(Step("connect", _title("connect"), True,
                _("TCP connection to {address} in {ms} ms.", address=settings.address,
                  ms=f"{elapsed:.0f}")))

    try:
        connection = connect(settings, password)
    except DirectoryError as e:
        return fail(e, e.step if e.step in ("tls", "connect") else "tls")
    try:
        report(_tls_step(connection, settings))
        try:
            bind(connection, settings)
        except DirectoryError as e:
            return fail(e, "bind")
        if settings.auth == "anonymous":
            signed_in = _("Signed in anonymously.")
        elif settings.bind_user:
            signed_in = _("Signed in as {user} ({how}).", user=settings.bind_user,
                          how=settings.auth)
        else:
            signed_in = _("Signed in as the current Kerberos user ({how}).", how=settings.auth)
        report(Step("bind", _title("bind"), True, signed_in))
        directory = Directory(connection, settings)
        try:
            root = directory.root_dse()
        except DirectoryError as e:
            return fail(e, "rootdse")
        result.root_dse = root
        report(Step("rootdse", _title("rootdse"), True, _describe_root(root),
                    [_("Naming context: {dn}", dn=nc) for nc in root.naming_contexts]))
    finally:
        close_quietly(connection)
    return result


def _tls_step(connection, settings: ConnectionSettings) -> Step:
    if settings.security == "none":
        return Step("tls", _title("tls"), True, _("Not used: the connection is not encrypted."),
                    hint=_("Choose LDAPS or StartTLS so passwords are not sent in clear text."))
    sock = connection.socket
    version = sock.version() if hasattr(sock, "version") else "TLS"
    how = "LDAPS" if settings.security == "ldaps" else "StartTLS"
    said = {
        "system": _("{how} with {version}; certificate verified against the system trust "
                    "store.", how=how, version=version),
        "cafile": _("{how} with {version}; certificate verified against {file}.", how=how,
                    version=version, file=settings.ca_file),
        "off": _("{how} with {version}; certificate NOT VERIFIED (verification is off).",
                 how=how, version=version)}[settings.verify]
    details: list[str] = []
    try:
        der = sock.getpeercert(binary_form=True)
        if der:
            details = describe_certificate(der).lines()
    except (OSError, ValueError):
        pass
    return Step("tls", _title("tls"), True, said, details)


def _describe_root(root: RootDse) -> str:
    base = root.suggested_base
    if root.supports_paging:
        if base:
            return _("{vendor}; default naming context {dn}; supports paged results.",
                     vendor=root.vendor, dn=base)
        return _("{vendor}; no default naming context; supports paged results.",
                 vendor=root.vendor)
    if base:
        return _("{vendor}; default naming context {dn}; does NOT support paging.",
                 vendor=root.vendor, dn=base)
    return _("{vendor}; no default naming context; does NOT support paging.",
             vendor=root.vendor)


@dataclass
class Detection:
    """What Detect found: a working port and security, and the base DN."""

    port: int
    security: str
    base_dn: str | None
    root_dse: RootDse
    notes: list[str] = field(default_factory=list)


# the security each well-known port speaks: on these, Detect tries nothing else
_WELL_KNOWN = {389: "starttls", 636: "ldaps", 3268: "starttls", 3269: "ldaps"}
_SECURE = ("ldaps", "starttls")


def detect_candidates(settings: ConnectionSettings) -> list[tuple[int, str]]:
    """(port, security) pairs in the order Detect tries them: the settings' own port first
    (with their security, then the other TLS one; plain LDAP only when the settings ask for
    it), then LDAPS on 636 and StartTLS on 389."""
    tried: list[tuple[int, str]] = []
    port = settings.port
    if port:
        if port in _WELL_KNOWN:
            securities = [_WELL_KNOWN[port]]
        elif settings.security in _SECURE:
            securities = [settings.security, *(s for s in _SECURE if s != settings.security)]
        else:
            securities = list(_SECURE)
        if settings.security == "none":
            securities.append("none")
        tried.extend((port, security) for security in securities)
    tried.extend(pair for pair in ((636, "ldaps"), (389, "starttls")) if pair not in tried)
    return tried


def _named(security: str) -> str:
    return {"ldaps": "LDAPS", "starttls": "StartTLS", "none": _("plain LDAP")}[security]


def detect(settings: ConnectionSettings) -> Detection:
    """Find a port and security that work and read the RootDSE anonymously: the settings' own
    port first, then LDAPS on 636 and StartTLS on 389 (see `detect_candidates`).

    Certificate verification follows the settings: a refused certificate is reported in the
    notes and the next option is tried, never silently accepted.
    """
    notes: list[str] = []
    last: DirectoryError | None = None
    candidates = detect_candidates(settings)
    for port, security in candidates:
        candidate = replace(settings, port=port, security=security, auth="anonymous")
        try:
            connection = connect(candidate)
        except DirectoryError as e:
            notes.append(_("{security} on port {port}: {problem}", security=_named(security),
                           port=port, problem=e.message))
            last = e
            continue
        try:
            bind(connection, candidate)
            root = Directory(connection, candidate).root_dse()
        except DirectoryError as e:
            notes.append(_("{security} on port {port}: {problem}", security=_named(security),
                           port=port, problem=e.message))
            last = e
            continue
        finally:
            close_quietly(connection)
        notes.append(_("{security} on port {port} works.", security=_named(security),
                       port=port))
        return Detection(port, security, root.suggested_base, root, notes)
    if [pair for pair in candidates if pair not in ((636, "ldaps"), (389, "starttls"))]:
        tried = ", ".join(f"{_named(s)} {p}" for p, s in candidates)
        message = _("Neither LDAPS nor StartTLS worked on {host} (tried: {tried}).",
                    host=settings.host, tried=tried)
    else:
        message = _("Neither LDAPS (636) nor StartTLS (389) worked on {host}.",
                    host=settings.host)
    raise DirectoryError(message, step="detect", detail="\n".join(notes),
                         hint=last.hint if last else None)
