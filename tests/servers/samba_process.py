"""Running a samba process: launched in its own process group with a pipe on its stdin (Samba
exits when that pipe closes, so even a killed test run leaves no DC behind), waited on until the
administrator can bind, and stopped with its whole group."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import time
from pathlib import Path

import ldap3
from ldap3.core.exceptions import LDAPException

from tests.servers.samba_domain import (
    ADMIN_PASSWORD,
    ADMIN_UPN,
    LDAP_PORT,
    LDAPS_PORT,
    SambaError,
    which,
)


def launch(conf: Path, log_file: Path) -> subprocess.Popen:
    """Start `samba -i` with `conf`, its output appended to `log_file`."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        return subprocess.Popen(
            [which("samba") or "samba", "--interactive", "--model=single", f"--configfile={conf}"],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def terminate(process: subprocess.Popen) -> None:
    """Stop a launched samba and every process of its group."""
    pgid = process.pid  # start_new_session made the DC the leader of its own group
    if process.stdin and not process.stdin.closed:
        process.stdin.close()  # samba -i exits on EOF and signals its own group
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        _kill_group(pgid, signal.SIGKILL)
        process.wait(timeout=15)
    _kill_group(pgid, signal.SIGKILL)


def _kill_group(pgid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def wait_until_ready(
    process: subprocess.Popen,
    host: str,
    log_file: Path,
    *,
    ca_file: Path | None,
    timeout: float = 60.0,
) -> None:
    """Poll until the administrator can bind (over LDAPS when a CA is given)."""
    deadline = time.monotonic() + timeout
    last_error = "no attempt"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SambaError(
                f"samba exited with {process.returncode} before serving LDAP on {host}; "
                f"log {log_file}:\n{log_tail(log_file)}"
            )
        try:
            connection = admin_connection(host, ca_file=ca_file, raise_exceptions=False)
            if connection.bind():
                connection.unbind()
                return
            last_error = (
                f"bind result {connection.result['description']}: {connection.result['message']}"
            )
        except LDAPException as error:
            last_error = f"{type(error).__name__}: {error}"
        time.sleep(0.1)
    raise SambaError(
        f"samba did not accept an administrator bind on {host} within {timeout:.0f} s "
        f"(last: {last_error}); log {log_file}:\n{log_tail(log_file)}"
    )


def admin_connection(
    host: str, *, ca_file: Path | None = None, raise_exceptions: bool = True
) -> ldap3.Connection:
    """An unbound connection as the administrator: plain LDAP, or LDAPS checked by `ca_file`."""
    # get_info=NONE: reading AD's large schema on every connection would cost seconds.
    if ca_file is None:
        server = ldap3.Server(host, port=LDAP_PORT, get_info=ldap3.NONE, connect_timeout=2)
    else:
        tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=str(ca_file))
        server = ldap3.Server(
            host, port=LDAPS_PORT, use_ssl=True, tls=tls, get_info=ldap3.NONE, connect_timeout=2
        )
    return ldap3.Connection(
        server,
        user=ADMIN_UPN,
        password=ADMIN_PASSWORD,
        receive_timeout=60,
        raise_exceptions=raise_exceptions,
    )


def log_tail(log_file: Path, lines: int = 40) -> str:
    """The last lines of a Samba log, for error messages."""
    try:
        text = log_file.read_text(errors="replace")
    except OSError as error:
        return f"(no log: {error})"
    return "\n".join(text.splitlines()[-lines:])
