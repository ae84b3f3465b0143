"""Connect, secure and bind with ldap3, turning every failure into words a person can act on.

ldap3's own `Tls` checks host names with a deprecated helper and verifies nothing unless told
to; we hand it an `ssl.SSLContext` built from the admin's choice instead, so verification and
host-name checks are the standard library's, and a refusal keeps its reason. What a refused
bind means is worded in bindwords.py.
"""

from __future__ import annotations

import logging
import math
import socket
import ssl
import threading

import ldap3
from ldap3.core import exceptions as lex

from ldapwizard.core.directory import bounds, failures
from ldapwizard.core.directory.bindwords import (
    kerberos_error_types,
    translate_bind_failure,
    translate_kerberos_failure,
)
from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.directory.tlsinfo import describe_certificate, make_context, verify_reason
from ldapwizard.core.errors import BindError, DirectoryError, TlsVerificationError
from ldapwizard.i18n import N_, _

log = logging.getLogger(__name__)

# Seconds a TLS handshake may outlive its timeout before the watchdog cuts the socket.
HANDSHAKE_GRACE = 3.0
NO_ANSWER_HINT = N_("The server accepted the connection but does not answer: check the port "
                    "and security setting, and that the directory service is not hung.")


class _ContextTls(ldap3.Tls):
    """An ldap3 Tls that wraps sockets with our SSLContext and remembers why it failed.

    The handshake has a watchdog: on a loaded machine a handshake with a silent server was
    seen to wait far past the socket's timeout, so after `timeout` + HANDSHAKE_GRACE seconds
    the socket is shut down, which ends any wait on it.
    """

    def __init__(self, context: ssl.SSLContext, server_hostname: str,
                 timeout: float | None = None):
        super().__init__(validate=context.verify_mode)
        self.context = context
        self.server_hostname = server_hostname
        self.timeout = timeout
        self.failure: BaseException | None = None

    def wrap_socket(self, connection, do_handshake=False):
        watchdog, cut = None, threading.Event()
        if do_handshake and self.timeout:
            # shutdown acts on the socket, so a duplicate descriptor can end the wait
            spare = connection.socket.dup()

            def cut_off():
                cut.set()
                try:
                    spare.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

            watchdog = threading.Timer(self.timeout + HANDSHAKE_GRACE, cut_off)
            watchdog.daemon = True
            watchdog.start()
        try:
            connection.socket = self.context.wrap_socket(
                connection.socket, server_side=False, do_handshake_on_connect=do_handshake,
                server_hostname=self.server_hostname,
            )
        except BaseException as e:
            self.failure = TimeoutError(f"the handshake outlived its timeout: {e}") \
                if cut.is_set() else e
            raise
        finally:
            if watchdog is not None:
                watchdog.cancel()
                spare.close()


def _tls(settings: ConnectionSettings, context: ssl.SSLContext) -> _ContextTls:
    """TLS for these settings: the context's checks, the handshake bounded by the timeout."""
    return _ContextTls(context, settings.host, timeout=max(1, math.ceil(settings.receive_timeout)))


def resolve(settings: ConnectionSettings) -> list[str]:
    """The addresses the host name resolves to; DirectoryError(step='resolve') if none."""
    try:
        infos = socket.getaddrinfo(settings.host, settings.effective_port,
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise DirectoryError(
            _('The name "{host}" could not be resolved to an address.', host=settings.host),
            step="resolve", detail=str(e),
            hint=_("Check the host name, or enter the server's IP address or the AD domain "
                   "name."),
        ) from None
    return list(dict.fromkeys(info[4][0] for info in infos))


def _authentication(settings: ConnectionSettings, password: str | None) -> dict:
    if settings.auth == "anonymous":
        return {"authentication": ldap3.ANONYMOUS}
    if settings.auth == "ntlm":
        return {"authentication": ldap3.NTLM, "user": settings.bind_user, "password": password}
    if settings.auth == "kerberos":
        try:
            import gssapi  # noqa: F401
        except ImportError:
            try:
                import winkerberos  # noqa: F401
            except ImportError:
                raise DirectoryError(
                    _("Kerberos sign-in is not available on this computer."), step="bind",
                    hint=_("Install ldapwizard with the 'kerberos' extra, or use simple bind "
                           "over LDAPS."),
                ) from None
        kerberos = {"authentication": ldap3.SASL, "sasl_mechanism": ldap3.KERBEROS}
        if settings.kerberos_host:
            # ldap3 asks for ldap/<first item>; without it, ldap/<host as typed>
            kerberos["sasl_credentials"] = (settings.kerberos_host,)
        return kerberos
    return {"authentication": ldap3.SIMPLE, "user": settings.bind_user, "password": password}


def connect(settings: ConnectionSettings, password: str | None = None) -> ldap3.Connection:
    """Open a connection with TLS as chosen, not yet bound; the risks chosen are logged."""
    resolve(settings)
    # here, not in open_connection: Test connection and Detect connect too
    for warning in settings.warnings():
        log.warning("%s: %s", settings.address, warning)
    tls = None
    if settings.security != "none":
        tls = _tls(settings, make_context(settings.verify, settings.ca_file))
    server = ldap3.Server(
        settings.host, port=settings.effective_port, use_ssl=settings.security == "ldaps",
        tls=tls, get_info=ldap3.NONE, connect_timeout=settings.connect_timeout,
    )
    connection = ldap3.Connection(
        server,
        # ldap3 packs this into a C long on POSIX, so it must be whole seconds
        receive_timeout=max(1, math.ceil(settings.receive_timeout)),
        raise_exceptions=False, auto_range=False, return_empty_attributes=False,
        read_only=True, auto_referrals=False, check_names=False,
        **_authentication(settings, password),
    )
    bounds.install(connection, settings.bounds)  # every reply bounded, from the first
    phase = "connect"
    try:
        connection.open(read_server_info=False)
        if settings.security == "starttls":
            phase = "starttls"
            connection.start_tls(read_server_info=False)
    except (lex.LDAPException, OSError) as e:
        close_quietly(connection)
        raise _open_failure(e, tls, settings, phase) from None
    return connection


def close_quietly(connection: ldap3.Connection) -> None:
    """Unbind and close, ignoring a socket that is already broken.

    It runs while an error is on its way to the person (a dropped or stalled connection), so
    it must never replace that error; ldap3 2.9.1 sends the unbind with `socket.sendall` and
    catches only socket errors, so a socket it already dropped surfaces as AttributeError.
    """
    try:
        connection.unbind()
    except Exception as e:  # any failure here only means "already closed"
        log.debug("closing the connection: %s: %s", type(e).__name__, e)


def _timed_out(error: BaseException) -> bool:
    return isinstance(error, TimeoutError | lex.LDAPResponseTimeoutError) or \
        "timed out" in str(error).lower()


def _open_failure(error: BaseException, tls: _ContextTls | None,
                  settings: ConnectionSettings, phase: str = "connect") -> DirectoryError:
    if isinstance(error, bounds.Exceeded | bounds.Malformed):
        return failures.lost(error, settings, step="tls" if phase == "starttls" else "connect")
    text = str(error)
    where = settings.address
    failure = tls.failure if tls else None
    if isinstance(failure, ssl.SSLCertVerificationError):
        certificate = None
        try:
            certificate = fetch_certificate(settings)
        except Exception as e:  # the details are a courtesy; the refusal stands
            log.info("could not read the refused certificate from %s: %s", where, e)
        return TlsVerificationError(
            _("The certificate of {address} was refused: {reason}.", address=where,
              reason=verify_reason(failure)),
            certificate=certificate, detail=str(failure),
            hint=_("If you trust this server, choose the CA file that issued its certificate; "
                   "connect by the name the certificate carries."),
        )
    if failure is not None:
        if isinstance(failure, TimeoutError | socket.timeout):
            return DirectoryError(
                _("The TLS handshake with {address} did not finish within {seconds} s.",
                  address=where, seconds=f"{settings.receive_timeout:g}"),
                step="tls", detail=str(failure),
                hint=_("The server accepted the connection but does not speak TLS in time; "
                       "check the port and security setting."),
            )
        return DirectoryError(
            _("The TLS handshake with {address} failed.", address=where), step="tls",
            detail=str(failure),
            hint=_("Check that the port matches the security setting: LDAPS usually 636, "
                   "StartTLS and plain LDAP usually 389."),
        )
    if phase == "starttls" and _timed_out(error):
        # TCP was accepted; the server never answered the StartTLS request
        return DirectoryError(
            _("{address} did not answer the StartTLS request within {seconds} s.",
              address=where, seconds=f"{settings.receive_timeout:g}"), step="tls", detail=text,
            hint=_(NO_ANSWER_HINT),
        )
    if phase == "starttls" and not isinstance(error, lex.LDAPStartTLSError):
        return DirectoryError(
            _("The connection to {address} was lost during StartTLS.", address=where),
            step="tls", detail=text,
            hint=_("Check the port and security setting, and that the directory service is "
                   "running."),
        )
    if isinstance(error, lex.LDAPStartTLSError):
        return DirectoryError(
            _("{address} did not accept StartTLS.", address=where), step="tls", detail=text,
            hint=_("Choose LDAPS (port 636), or enable StartTLS on the server."),
        )
    lowered = text.lower()
    if "timed out" in lowered or isinstance(error, TimeoutError):
        return DirectoryError(
            _("No answer from {address} within {seconds} s.", address=where,
              seconds=f"{settings.connect_timeout:g}"), step="connect",
            detail=text, hint=_("Check the host and port, and that a firewall lets LDAP "
                                "through."),
        )
    if "refused" in lowered:
        return DirectoryError(
            _("{address} refused the connection: no directory server listens there.",
              address=where),
            step="connect", detail=text, hint=_("Check the port (389 for LDAP/StartTLS, 636 for "
                                                "LDAPS) and that the directory service is "
                                                "running."),
        )
    return DirectoryError(_("Could not connect to {address}.", address=where), step="connect",
                          detail=text, hint=_("Check the host, port and network."))


def fetch_certificate(settings: ConnectionSettings):
    """Read the server certificate without verifying it, to show a person what was refused."""
    context = make_context("off", None)
    tls = _tls(settings, context)
    server = ldap3.Server(settings.host, port=settings.effective_port,
                          use_ssl=settings.security == "ldaps", tls=tls, get_info=ldap3.NONE,
                          connect_timeout=settings.connect_timeout)
    connection = ldap3.Connection(server, receive_timeout=max(1, math.ceil(
        settings.receive_timeout)), raise_exceptions=True)
    bounds.install(connection, settings.bounds)
    try:
        connection.open(read_server_info=False)
        if settings.security == "starttls":
            connection.start_tls(read_server_info=False)
        der = connection.socket.getpeercert(binary_form=True)
    finally:
        close_quietly(connection)
    return describe_certificate(der) if der else None


def bind(connection: ldap3.Connection, settings: ConnectionSettings) -> None:
    """Bind, or raise BindError with the reason in words."""
    try:
        ok = connection.bind(read_server_info=False)
    except lex.LDAPException as e:
        close_quietly(connection)
        if isinstance(e, bounds.Exceeded | bounds.Malformed):
            raise failures.lost(e, settings, step="bind") from None
        if _timed_out(e):
            raise BindError(
                _("{address} did not answer the sign-in within {seconds} s.",
                  address=settings.address, seconds=f"{settings.receive_timeout:g}"),
                detail=str(e),
                hint=_(NO_ANSWER_HINT),
            ) from None
        if isinstance(e, lex.LDAPSocketReceiveError | lex.LDAPSessionTerminatedByServerError
                      | lex.LDAPSocketSendError):
            raise BindError(
                _("The connection to {address} was lost during sign-in.",
                  address=settings.address),
                detail=str(e), hint=_("Try again; check the port and security setting, and "
                                      "that the directory service is running."),
            ) from None
        # the library's own words go to the details, never into the sentence
        raise BindError(_("Signing in to {address} failed.", address=settings.address),
                        detail=str(e),
                        hint=_("Check the authentication method and the bind user.")) from None
    except kerberos_error_types() as e:
        close_quietly(connection)
        raise translate_kerberos_failure(e, settings) from None
    finally:
        # The bound socket carries the session now; don't keep the secret around.
        connection.password = None
    if not ok:
        result = dict(connection.result or {})
        close_quietly(connection)
        raise translate_bind_failure(result, settings)


def open_connection(settings: ConnectionSettings, password: str | None) -> ldap3.Connection:
    """Connect and bind; the connection is ready for searches."""
    settings.check(password)
    connection = connect(settings, password)
    bind(connection, settings)
    return connection
