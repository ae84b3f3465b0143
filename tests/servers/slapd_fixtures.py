"""pytest fixtures for OpenLDAP slapd servers started by the tests.

`slapd_server` is one session-wide, read-only directory of `SEED_USERS` people (more than the
500-entry size limit, so a reader must page). Tests that write to a directory, stop it or need a
different certificate take their own from `make_slapd`. Without slapd the fixtures skip, except
under CI (env CI set), where a missing slapd is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.servers import seed
from tests.servers.certs import CertPair, Pki, make_ca, make_pki, make_server_cert
from tests.servers.slapd import SlapdServer, SlapdUnavailable, find_slapd, start_slapd

SEED_USERS = 700


def require_slapd() -> None:
    """Skip the test when slapd is missing, or fail it under CI."""
    try:
        find_slapd()
    except SlapdUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the slapd tests, but: {error}", pytrace=False)
        pytest.skip(str(error))


@pytest.fixture(scope="session")
def slapd_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """The test CA and a valid server certificate for 127.0.0.1 and localhost."""
    return make_pki(tmp_path_factory.mktemp("slapd-pki"))


@pytest.fixture(scope="session")
def slapd_bad_certs(
    tmp_path_factory: pytest.TempPathFactory, slapd_pki: Pki
) -> dict[str, CertPair]:
    """Server certificates a client trusting `slapd_pki.ca` must refuse, by certs.BAD_CERT_KINDS."""
    directory = tmp_path_factory.mktemp("slapd-bad-certs")
    other_ca = make_ca(directory / "other-ca", "some other CA")
    return {
        "expired": make_server_cert(directory, slapd_pki.ca, stem="expired", expired=True),
        "wrong-host": make_server_cert(
            directory, slapd_pki.ca, stem="wrong-host", names=("ldap.elsewhere.example",)
        ),
        "self-signed": make_server_cert(directory, None, stem="self-signed"),
        "unknown-ca": make_server_cert(directory, other_ca, stem="unknown-ca"),
    }


@pytest.fixture(scope="session")
def _slapd_seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, seed.SeedSummary]:
    path = tmp_path_factory.mktemp("slapd-seed") / "seed.ldif"
    return path, seed.write_ldif(path, users=SEED_USERS)


@pytest.fixture(scope="session")
def slapd_ldif(_slapd_seeded: tuple[Path, seed.SeedSummary]) -> Path:
    """The seed LDIF every slapd fixture loads."""
    return _slapd_seeded[0]


@pytest.fixture(scope="session")
def slapd_seed(_slapd_seeded: tuple[Path, seed.SeedSummary]) -> seed.SeedSummary:
    """What the seed LDIF holds: counts, locked and multi-mail uids, special DNs, groups."""
    return _slapd_seeded[1]


@pytest.fixture(scope="session")
def slapd_server(
    tmp_path_factory: pytest.TempPathFactory, slapd_pki: Pki, slapd_ldif: Path
) -> Iterator[SlapdServer]:
    """A session-wide slapd with the seed data and TLS; do not write to it or stop it."""
    require_slapd()
    server = start_slapd(tmp_path_factory.mktemp("slapd-session"), slapd_ldif, slapd_pki)
    try:
        yield server
    finally:
        _shut_down(server)


@pytest.fixture
def make_slapd(
    tmp_path: Path, slapd_pki: Pki, slapd_ldif: Path
) -> Iterator[Callable[..., SlapdServer]]:
    """Factory for a test's own slapd; every one it started is killed after the test.

    Call as `make_slapd(tls=True, server_cert=None, ldif=None, **start_slapd_options)`.
    """
    require_slapd()
    started: list[SlapdServer] = []

    def make(
        *,
        tls: bool = True,
        server_cert: CertPair | None = None,
        ldif: Path | None = None,
        **options,
    ) -> SlapdServer:
        server = start_slapd(
            tmp_path / f"slapd-{len(started)}",
            ldif or slapd_ldif,
            slapd_pki if tls else None,
            server_cert=server_cert,
            **options,
        )
        started.append(server)
        return server

    try:
        yield make
    finally:
        for server in started:
            server.kill()


@pytest.fixture
def make_duplicate_slapd(make_slapd, tmp_path: Path, slapd_seed) -> Callable[[int], SlapdServer]:
    """Factory for a slapd of `users` seed users plus, listed last, a second user with alice's
    address: a duplicate that only shows once the whole listing is planned."""

    def make(users: int) -> SlapdServer:
        ldif = tmp_path / "duplicate.ldif"
        seed.write_ldif(ldif, users=users)
        alice = slapd_seed.bind_users["alice"]
        with ldif.open("a", encoding="utf-8") as f:
            f.write(f"\ndn: uid=alice2,{seed.PEOPLE_DN}\nobjectClass: inetOrgPerson\n"
                    f"uid: alice2\ncn: Alice Two\nsn: Two\nmail: {alice.mails[0]}\n\n")
        return make_slapd(ldif=ldif)

    return make


def _shut_down(server: SlapdServer) -> None:
    try:
        server.stop()
    finally:
        server.kill()  # a no-op after a clean stop
