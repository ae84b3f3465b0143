"""Fixtures that turn the test servers into the engine's settings."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import ConnectionSettings, SearchSettings
from tests.servers.slapd_access import slapd_settings


@pytest.fixture
def reader(slapd_server) -> ConnectionSettings:
    """StartTLS to the session slapd as the size-limited reader account."""
    return slapd_settings(slapd_server)


@pytest.fixture
def people_search(slapd_seed) -> SearchSettings:
    """All people of the seeded directory with the OpenLDAP preset."""
    return SearchSettings(base_dn=slapd_seed.base_dn, preset=get_preset("openldap"))
