"""How the engine reaches a test Samba DC: LDAPS verified against the test CA, bound as the
seed's reader service account."""

from __future__ import annotations

from ldapwizard.core.directory.settings import ConnectionSettings


def ad_settings(server, **changes) -> ConnectionSettings:
    """Settings for a test DC: LDAPS checked against the test CA, as the reader account."""
    reader = server.seed.special_accounts["reader"]
    values = dict(host=server.host, port=server.ldaps_port, security="ldaps", verify="cafile",
                  ca_file=str(server.ca_file), bind_user=reader.upn, connect_timeout=3,
                  receive_timeout=10)
    values.update(changes)
    return ConnectionSettings(**values)


def reader_password(server) -> str:
    """The reader account's password."""
    return server.seed.special_accounts["reader"].password
