"""Fixtures that turn the test servers into the engine's settings."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings


def slapd_settings(server, **changes) -> ConnectionSettings:
    """Settings for a test slapd: StartTLS verified against the test CA, bound as reader."""
    values = dict(host=server.host, port=server.ldap_port, security="starttls", verify="cafile",
                  ca_file=str(server.ca_file), auth="simple", bind_user=server.reader_dn,
                  connect_timeout=3, receive_timeout=5)
    values.update(changes)
    return ConnectionSettings(**values)


@pytest.fixture
def reader(slapd_server) -> ConnectionSettings:
    """StartTLS to the session slapd as the size-limited reader account."""
    return slapd_settings(slapd_server)


@pytest.fixture
def people_search(slapd_seed) -> SearchSettings:
    """All people of the seeded directory with the OpenLDAP preset."""
    return SearchSettings(base_dn=slapd_seed.base_dn, preset=get_preset("openldap"))
