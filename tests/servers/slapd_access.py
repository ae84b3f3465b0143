"""How the engine and the command line reach a test slapd: StartTLS verified against the test
CA, bound as the size-limited reader."""

from __future__ import annotations

from ldapwizard.core.directory.settings import ConnectionSettings


def slapd_settings(server, **changes) -> ConnectionSettings:
    """Settings for a test slapd: StartTLS verified against the test CA, bound as reader."""
    values = dict(host=server.host, port=server.ldap_port, security="starttls", verify="cafile",
                  ca_file=str(server.ca_file), auth="simple", bind_user=server.reader_dn,
                  connect_timeout=3, receive_timeout=5)
    values.update(changes)
    return ConnectionSettings(**values)


def connection_args(server, *extra) -> list[str]:
    """Command-line connection options for a test slapd, followed by `extra`."""
    return ["--server-type", "openldap", "--host", server.host, "--port", str(server.ldap_port),
            "--security", "starttls", "--ca-file", str(server.ca_file),
            "--bind-user", server.reader_dn, "--binding", server.base_dn, *extra]
