"""The parts of ldap3 2.9.1 the listing's fast path reaches into, named one by one.

core/directory/pager.py reads search replies off ldap3's socket and so relies on private
details of ldap3's synchronous strategy. ldap3 is pinned (pyproject.toml); if a new ldap3
changes any of these, a test here fails and says which part, instead of listings becoming
quietly slow (the fallback) or wrong.
"""

from __future__ import annotations

import socket
from importlib.metadata import version

import ldap3
import pytest

from ldapwizard.core.directory import pager
from ldapwizard.core.directory.connection import close_quietly, open_connection
from ldapwizard.core.directory.settings import ConnectionSettings
from tests.servers.seed import READER_PASSWORD

pytestmark = pytest.mark.slapd


@pytest.fixture
def connection(slapd_server):
    settings = ConnectionSettings(host=slapd_server.host, port=slapd_server.ldap_port,
                                  security="starttls", verify="cafile",
                                  ca_file=str(slapd_server.ca_file),
                                  bind_user=slapd_server.reader_dn)
    bound = open_connection(settings, READER_PASSWORD)
    yield bound
    close_quietly(bound)


def test_ldap3_is_the_pinned_release():
    assert version("ldap3") == "2.9.1"


def test_the_sync_strategy_keeps_outstanding_requests_in_a_private_dict(connection):
    # pager.PagedSearch.receive pops its message id from strategy._outstanding, as ldap3's
    # own receive would; pager.supported() checks this dict before taking the fast path
    assert type(connection.strategy) is ldap3.strategy.sync.SyncStrategy
    assert isinstance(connection.strategy._outstanding, dict), "strategy._outstanding"
    assert pager.supported(connection)


def test_a_page_request_is_sent_by_ldap3_and_its_replies_read_off_its_socket(connection,
                                                                             slapd_server):
    assert isinstance(connection.socket, socket.socket), "connection.socket"
    search = pager.PagedSearch(connection, slapd_server.base_dn, "(objectClass=person)",
                               ldap3.SUBTREE, ["uid"])
    search.request(5, None)
    assert search._message_id in connection.strategy._outstanding, "send() registers the id"
    page = search.receive()
    assert len(page.entries) == 5 and page.cookie
    assert search._message_id not in connection.strategy._outstanding, "receive() pops it"
    assert connection.result["result"] == 0


def test_without_the_private_dict_the_listing_takes_ldap3s_own_path(connection, monkeypatch):
    monkeypatch.setattr(connection.strategy, "_outstanding", None)
    assert not pager.supported(connection)


def test_ldap3s_own_reads_go_through_the_connections_bounds(connection):
    # bounds.install replaces two methods on the strategy instance: ldap3's get_response calls
    # self._get_response, which calls self.receiving() for whole messages; a different ldap3
    # that reads otherwise would bypass the bounds of sign-in, StartTLS and base reads
    import inspect

    from ldap3.strategy.base import BaseStrategy
    from ldap3.strategy.sync import SyncStrategy

    guard = connection.strategy.ldapwizard_guard
    assert connection.strategy.receiving == guard.receiving, "strategy.receiving"
    assert "self._get_response(" in inspect.getsource(BaseStrategy.get_response)
    assert "self.receiving()" in inspect.getsource(SyncStrategy._get_response)
    assert connection.search("", "(objectClass=*)", ldap3.BASE, attributes=["1.1"])
    assert guard._replies == 2  # the RootDSE and the result, counted by the guard
