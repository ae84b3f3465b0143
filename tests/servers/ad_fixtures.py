"""Session fixtures for the Samba AD DCs: `ad_pki`, `ad_domain`, `ad_server`, `ad_strict_server`.

Registered as a plugin (`pytest_plugins`) by the root conftest. The domain is provisioned and
seeded once per session; each DC runs from its own copy and is stopped at session end.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.servers import samba
from tests.servers.certs import Pki, make_pki


def _require_samba() -> None:
    reason = samba.samba_missing_reason()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI is set, so the Samba tests must not be skipped", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def ad_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """The test CA (and a loopback certificate) that the AD DCs' certificates chain to."""
    return make_pki(tmp_path_factory.mktemp("ad-pki"))


@pytest.fixture(scope="session")
def ad_domain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[samba.DomainTemplate]:
    """TESTDOMAIN.LOCAL, provisioned and seeded, stopped: the template every DC copies."""
    _require_samba()
    template = samba.provision_domain(tmp_path_factory.mktemp("ad-template"))
    yield template
    template.remove()


@pytest.fixture(scope="session")
def ad_server(
    ad_domain: samba.DomainTemplate, ad_pki: Pki, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[samba.AdServer]:
    """A DC on 127.0.0.1:389/636 that allows plain simple binds, as an old Windows DC."""
    server = samba.start_samba_dc(tmp_path_factory.mktemp("ad-dc"), ad_pki, template=ad_domain)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def ad_strict_server(
    ad_domain: samba.DomainTemplate, ad_pki: Pki, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[samba.AdServer]:
    """A DC on 127.0.0.2:389/636 with the same data that refuses simple binds without TLS."""
    server = samba.start_strict_copy(ad_domain, tmp_path_factory.mktemp("ad-strict"), ad_pki)
    try:
        yield server
    finally:
        server.stop()
