"""The fault suite's short timeouts and small pages, and the command line that uses them."""

from __future__ import annotations

TIMEOUT = 2  # seconds, connect and receive, for runs through a faulty path: hangs show fast
PAGE = 100


def cli_args(server, port: int, security: str) -> list[str]:
    """Command-line connection options for a test slapd (reader account, test CA, PAGE)."""
    return ["--server-type", "openldap", "--host", server.host, "--port", str(port),
            "--security", security, "--ca-file", str(server.ca_file), "--bind-user",
            server.reader_dn, "--binding", server.base_dn, "--page-size", str(PAGE),
            "--timeout", str(TIMEOUT), "--receive-timeout", str(TIMEOUT)]
