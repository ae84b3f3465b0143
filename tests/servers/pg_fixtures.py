"""pytest fixtures for the private PostgreSQL cluster started by the tests.

`pg_cluster` is one session-wide cluster; `pg_url` gives each test a fresh empty database owned
by `ldapwizard`, with that role's password in a libpq password file (PGPASSFILE), so
`psycopg.connect(pg_url)` and any subprocess the test starts log in the libpq way. Tests that
stop a cluster take their own from `make_pg_cluster`. Without PostgreSQL the fixtures skip,
except under CI (env CI set), where it is a failure.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.servers.certs import Pki, make_pki
from tests.servers.postgres import PgCluster, PostgresUnavailable, find_postgres, start_cluster

_database_numbers = itertools.count(1)


def require_postgres() -> None:
    """Skip the test when PostgreSQL is missing, or fail it under CI."""
    try:
        find_postgres()
    except PostgresUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests, but: {error}", pytrace=False)
        pytest.skip(str(error))


@pytest.fixture(scope="session")
def pg_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """The test CA and the server certificate (127.0.0.1 and localhost) the clusters serve."""
    return make_pki(tmp_path_factory.mktemp("pg-pki"))


@pytest.fixture(scope="session")
def pg_cluster(pg_pki: Pki) -> Iterator[PgCluster]:
    """A session-wide cluster; make databases with `pg_url` or `create_database`, never stop it."""
    require_postgres()
    cluster = start_cluster(pg_pki)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(
    pg_cluster: PgCluster,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    """URL of a fresh empty database owned by ldapwizard, password in PGPASSFILE; dropped after.

    The URL reads `postgresql://ldapwizard@127.0.0.1:PORT/NAME`; TLS is there for clients that
    ask (`sslmode=verify-full`, `sslrootcert=pg_cluster.ca_file`, host `localhost`).
    """
    words = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")
    name = f"t{next(_database_numbers)}_{words}"[:63]
    passfile = pg_cluster.write_passfile(tmp_path / "pgpass")
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = pg_cluster.create_database(name)
    try:
        yield url
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture
def make_pg_cluster(pg_pki: Pki) -> Iterator[Callable[..., PgCluster]]:
    """Factory for a test's own cluster (`start_cluster` options); any left running is killed."""
    require_postgres()
    started: list[PgCluster] = []

    def make(**options) -> PgCluster:
        cluster = start_cluster(pg_pki, **options)
        started.append(cluster)
        return cluster

    try:
        yield make
    finally:
        for cluster in started:
            cluster.kill()
