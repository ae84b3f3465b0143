"""The real wizard when the server refuses, stalls or drops the connection.

The window keeps running its event loop while it waits, says what went wrong and where, offers
to try again (Test connection, List users) and, tried again on a healthy path, succeeds.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer

from ldapwizard.core.job import paths
from ldapwizard.gui import app
from tests.faults.limits import TIMEOUT
from tests.faults.proxy import closed_port
from tests.gui.driving import slapd_form, to_users_page, wait_complete
from tests.servers.seed import READER_PASSWORD

pytestmark = pytest.mark.slapd


def short_timeouts(wizard) -> None:
    wizard.session.profile = replace(wizard.session.profile, connect_timeout=TIMEOUT,
                                     receive_timeout=TIMEOUT)


def via(server, port: int):
    """The slapd as the form sees it, reached on another port (a proxy's)."""
    return SimpleNamespace(host=server.host, ldap_port=port, ca_file=server.ca_file,
                           reader_dn=server.reader_dn)


def step_texts(page) -> list[str]:
    return [page.steps_list.item(i).text() for i in range(page.steps_list.count())]


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class Ticker:
    """Counts GUI-thread timer ticks: the event loop runs while the wizard waits."""

    def __init__(self):
        self.ticks = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(50)

    def _tick(self):
        self.ticks += 1

    def stop(self) -> int:
        self.timer.stop()
        return self.ticks


def test_a_refused_connection_is_shown_and_test_connection_can_be_retried(
        real_wizard, slapd_server, qtbot, ledger):
    connection = real_wizard.pages[0]
    short_timeouts(real_wizard)
    slapd_form(connection, via(slapd_server, closed_port()))
    click(qtbot, connection.test_button)
    qtbot.waitUntil(lambda: "failed at" in connection.result_label.text(), timeout=30_000)
    ledger.fault("gui: refused")
    assert "TCP connection" in connection.result_label.text()
    assert any(t.startswith("✗ TCP connection") and "refused" in t
               for t in step_texts(connection))
    assert any("What to do:" in t for t in step_texts(connection))
    assert not connection.isComplete()
    slapd_form(connection, slapd_server)
    click(qtbot, connection.test_button)  # offered again: try again
    wait_complete(qtbot, connection)


def test_a_silent_server_leaves_the_window_responsive_and_names_the_step(
        real_wizard, slapd_server, make_proxy, qtbot, ledger):
    connection = real_wizard.pages[0]
    short_timeouts(real_wizard)
    silent = make_proxy((slapd_server.host, slapd_server.ldap_port), "blackhole")
    slapd_form(connection, via(slapd_server, silent.port))
    ticker = Ticker()
    click(qtbot, connection.test_button)
    qtbot.waitUntil(lambda: connection.cancel_button.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: "failed at" in connection.result_label.text(),
                    timeout=(TIMEOUT * 2 + 20) * 1000)
    ledger.fault("gui: silent server")
    assert ticker.stop() >= 5  # about 40 in the 2 s it waited
    assert any(t.startswith("✗ TLS") and "did not answer the StartTLS request" in t
               for t in step_texts(connection)), step_texts(connection)
    assert connection.test_button.isEnabled() and not connection.cancel_button.isVisible()
    assert not connection.isComplete()


def test_a_listing_dropped_mid_page_is_incomplete_and_list_users_tries_again(
        real_wizard, slapd_server, slapd_seed, make_proxy, qtbot, ledger):
    users = real_wizard.pages[2]
    short_timeouts(real_wizard)
    proxy = make_proxy((slapd_server.host, slapd_server.ldap_port))
    path = via(slapd_server, proxy.port)
    connection = real_wizard.pages[0]
    slapd_form(connection, path)
    click(qtbot, connection.test_button)
    wait_complete(qtbot, connection)
    # from now on every connection is cut after 40 kB of the server's replies
    proxy.mode, proxy.after_bytes = "cut", 40_000
    ticker = Ticker()
    to_users_page(real_wizard, qtbot, path, page_size=100)
    qtbot.waitUntil(lambda: "incomplete" in users.message_label.text(), timeout=60_000)
    ledger.fault("gui: dropped mid-page")
    assert ticker.stop() >= 1
    assert proxy.faults >= 1
    text = users.message_label.text()
    assert "was lost after" in text and "cannot be imported" in text, text
    assert not users.isComplete()
    assert users.details_button.isVisible()
    assert not real_wizard.session.database_path.exists()  # nothing written, not even a file

    proxy.mode = "pass"
    click(qtbot, users.list_button)
    wait_complete(qtbot, users, timeout=60_000)
    assert users.model.total_count() == slapd_seed.total_users


def test_a_stalled_listing_ends_within_the_receive_timeout(
        real_wizard, slapd_server, make_proxy, qtbot, ledger):
    users = real_wizard.pages[2]
    short_timeouts(real_wizard)
    proxy = make_proxy((slapd_server.host, slapd_server.ldap_port))
    path = via(slapd_server, proxy.port)
    slapd_form(real_wizard.pages[0], path)
    click(qtbot, real_wizard.pages[0].test_button)
    wait_complete(qtbot, real_wizard.pages[0])
    proxy.mode, proxy.after_bytes = "stall", 40_000
    to_users_page(real_wizard, qtbot, path, page_size=100)
    qtbot.waitUntil(lambda: "incomplete" in users.message_label.text(),
                    timeout=(TIMEOUT * 3 + 30) * 1000)
    ledger.fault("gui: stalled mid-page")
    assert "stopped answering" in users.message_label.text(), users.last_error.detail
    assert users.list_button.isEnabled() and not users.isComplete()


@pytest.fixture
def gui_log_file():
    """The wizard's own log file, set up as run_gui does; removed again after the test."""
    logger = logging.getLogger("ldapwizard")
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate
    app.setup_logging()
    yield paths.log_dir() / "ldapwizard.log"
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)
    logger.propagate = propagate


def test_test_connection_with_verification_off_is_written_to_the_log_file(
        real_wizard, slapd_server, gui_log_file, qtbot, ledger):
    connection = real_wizard.pages[0]
    slapd_form(connection, slapd_server)
    connection.verify_combo.setCurrentIndex(connection.verify_combo.findData("off"))
    click(qtbot, connection.test_button)
    wait_complete(qtbot, connection)
    ledger.fault("gui: certificate check off")
    assert "NOT VERIFIED" in "\n".join(step_texts(connection))
    logged = gui_log_file.read_text(encoding="utf-8")
    assert "Certificate verification is OFF" in logged
    assert READER_PASSWORD not in logged
