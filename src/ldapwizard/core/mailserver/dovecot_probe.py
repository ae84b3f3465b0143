"""Ask the running Dovecot's auth service to check passwords, and the directories whether they
let in the service accounts its ldap passdbs search with.

`doveadm auth test` answers a refused password with a plain failure and a passdb that could
not do its work (a directory refusing the service account, a database it cannot open) with a
temporary one (`code=temp_fail`); the service accounts are then tried directly, with the DN
and password the running configuration holds (readable by root only), so that the check can
say which.
"""

from __future__ import annotations

import ssl
import subprocess
from dataclasses import dataclass

import ldap3
from ldap3.core.exceptions import LDAPException

from ldapwizard import i18n

TIMEOUT = 30


@dataclass(frozen=True)
class SignIn:
    """How Dovecot's auth service answered a login and password."""

    ok: bool
    temporary: bool = False  # a passdb failed rather than refused the password
    detail: str = ""


def auth_test(config: str | None, login: str, password: str) -> SignIn:
    """`doveadm auth test LOGIN` with the password on its standard input."""
    # a new session has no terminal, so doveadm reads a password from stdin, not /dev/tty
    result = subprocess.run(["doveadm", *(["-c", config] if config else []), "auth", "test",
                             "--", login], input=password + "\n", capture_output=True,
                            text=True, timeout=TIMEOUT, start_new_session=True)
    if result.returncode == 0:
        return SignIn(True)
    fields = [line.strip() for line in result.stdout.splitlines()]
    detail = (result.stderr.strip().splitlines() or [""])[-1]
    # a passdb that failed answers `code=temp_fail` (2.3; `temp` before), a refusal neither
    temporary = "code=temp_fail" in fields or "temp" in fields or bool(detail)
    return SignIn(False, temporary=temporary, detail=detail)


def _settings(path: str) -> dict[str, str]:
    """A .conf.ext file's `key = value` lines, double-quoted values unquoted."""
    settings = {}
    with open(path, encoding="utf-8") as text:
        for line in text:
            key, sep, value = line.strip().partition(" = ")
            if not sep or key.startswith("#"):
                continue
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            settings[key] = value
    return settings


def ldap_passdb_files(config: str | None) -> list[str]:
    """The files of the running configuration's ldap passdbs."""
    result = subprocess.run(["doveconf", *(["-c", config] if config else []), "passdb"],
                            capture_output=True, text=True, timeout=TIMEOUT)
    files, block = [], {}
    for line in result.stdout.splitlines():  # passdb { args = … driver = … }, keys sorted
        name, _, value = line.strip().partition(" = ")
        if name == "}":
            if block.get("driver") == "ldap" and block.get("args"):
                files.append(block["args"])
            block = {}
        else:
            block[name] = value
    return files


def service_account_problem(path: str) -> str | None:
    """Why the directory refuses the service account `path` names, or None when it binds."""
    settings = _settings(path)
    uri = settings.get("uris", "").split()[0]
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=settings.get("tls_ca_cert_file"))
    server = ldap3.Server(uri, tls=tls, connect_timeout=TIMEOUT)
    connection = ldap3.Connection(server, user=settings.get("dn"),
                                  password=settings.get("dnpass"), receive_timeout=TIMEOUT)
    try:
        connection.open()
        if settings.get("tls") == "yes":
            connection.start_tls()
        if connection.bind():
            return None
        result = connection.result or {}
        if result.get("result") == 49:
            return i18n._("The directory at {uri} refuses Dovecot's service account {dn} "
                          "(invalid credentials): the password in {path} is wrong or has "
                          "changed. Render again with the right one (--password-file) and "
                          "reload Dovecot.", uri=uri, dn=settings.get("dn"), path=path)
        if "description" not in result:
            return i18n._("The directory at {uri} refuses Dovecot's service account {dn}: "
                          "bind failed.", uri=uri, dn=settings.get("dn"))
        return i18n._("The directory at {uri} refuses Dovecot's service account {dn}: "
                      "{reason}.", uri=uri, dn=settings.get("dn"), reason=result["description"])
    except LDAPException as error:
        return i18n._("Dovecot's directory at {uri} could not be reached: {error}",
                      uri=uri, error=error)
    finally:
        connection.unbind()
