"""Issue 14, the Connection page as a new admin meets it: no error before anything was done,
a missing keyring explained once in the window's words, results that go when the settings they
belong to change, and Detect that tries the port the admin typed."""

from __future__ import annotations

import socket

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from ldapwizard.core.job.context import AppContext
from ldapwizard.core.job.profiles import Profile
from ldapwizard.gui.wizard import LdapWizard, gui_settings
from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD

CLI_WORDS = ("LDAPWIZARD_PASSWORD", "--password-file", "environment variable")


def saved_and_last(context: AppContext, profile: Profile) -> None:
    """`profile` saved, and remembered as the one used last (as a previous session leaves it)."""
    context.profiles.save(profile)
    settings = gui_settings()
    settings.setValue("last_profile", profile.name)
    settings.sync()


def start(qtbot, context: AppContext) -> LdapWizard:
    wizard = LdapWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def stop(wizard: LdapWizard) -> None:
    for page in wizard.pages:
        page.task.cancel()
        page.task.wait()


def free_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def page_texts(page) -> str:
    steps = [page.steps_list.item(i).text() for i in range(page.steps_list.count())]
    return "\n".join([page.result_label.text(), page.warning_label.text(), *steps])


@pytest.mark.parametrize("remember", [True, False])
def test_a_saved_profile_without_a_password_starts_without_an_error(qtbot, tmp_path, remember):
    context = AppContext(database_path=tmp_path / "users.sqlite")
    # remembered but nothing in the keyring, or not remembered at all: no password to be had
    saved_and_last(context, Profile(name="Lab", server_type="openldap", host="127.0.0.1",
                                    port=free_port(), security="starttls",
                                    bind_user="cn=reader,dc=example,dc=com",
                                    remember_password=remember, binding=seed.BASE_DN,
                                    domain=seed.MAIL_DOMAIN))
    wizard = start(qtbot, context)
    connection = wizard.pages[0]
    qtbot.wait(300)  # a test started on start would have begun by now
    assert wizard.resume_to == 0 and not connection.task.running
    assert connection.steps_list.count() == 0
    assert "✗" not in page_texts(connection), page_texts(connection)
    assert connection.host_edit.text() == "127.0.0.1"
    assert connection.password_edit.hasFocus() or connection.password_edit.text() == ""
    stop(wizard)


@pytest.fixture
def no_keyring():
    """No keyring backend at all, as keyring itself reports it (its fail backend)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.slapd
def test_without_a_keyring_the_window_says_so_once_in_its_words_and_forgets_remember(
        slapd_server, qtbot, tmp_path, monkeypatch, no_keyring):
    from ldapwizard.gui.pages import connection_page

    shown = []
    monkeypatch.setattr(connection_page, "show_error", lambda parent, error: shown.append(error))
    context = AppContext(database_path=tmp_path / "users.sqlite")
    saved_and_last(context, Profile(
        name="Lab", server_type="openldap", host=slapd_server.host,
        port=slapd_server.ldap_port, security="starttls", verify="cafile",
        ca_file=str(slapd_server.ca_file), bind_user=slapd_server.reader_dn,
        remember_password=True, binding=seed.BASE_DN, domain=seed.MAIL_DOMAIN))
    wizard = start(qtbot, context)
    connection, directory = wizard.pages[:2]
    qtbot.wait(200)
    said = page_texts(connection) + "".join(e.message + (e.hint or "") for e in shown)
    assert "keyring" in said  # why the password field is empty
    assert not any(word in said for word in CLI_WORDS), said
    assert not connection.task.running and connection.steps_list.count() == 0

    connection.password_edit.setText(READER_PASSWORD)
    connection.test_button.click()
    wait_complete(qtbot, connection)
    press_next(wizard)
    wizard.back()
    wait_complete(qtbot, connection)
    press_next(wizard)
    wizard.back()
    press_next(wizard)
    told = page_texts(connection) + "".join(e.message + (e.hint or "") for e in shown)
    assert len(shown) == 1, [e.message for e in shown]  # the first Next, not every one
    assert not any(word in told for word in CLI_WORDS), told
    assert not connection.remember_check.isChecked()
    assert not connection.remember_check.isEnabled()
    assert "keyring" in connection.remember_check.toolTip()
    assert context.profiles.load("Lab").remember_password is False
    assert wizard.currentPage() is directory
    stop(wizard)


def test_a_message_goes_once_the_input_it_is_about_is_fixed(real_wizard, qtbot):
    connection = real_wizard.pages[0]
    connection.host_edit.clear()
    qtbot.mouseClick(connection.detect_button, Qt.MouseButton.LeftButton)
    assert "host" in connection.result_label.text()
    qtbot.keyClicks(connection.host_edit, "ldap.example.com")
    assert connection.result_label.text() == ""


@pytest.mark.slapd
def test_old_test_results_and_their_details_go_when_the_settings_change(
        real_wizard, slapd_server, qtbot):
    connection = real_wizard.pages[0]
    slapd_form(connection, slapd_server, password="wrong-password-1")
    connection.test_button.click()
    qtbot.waitUntil(lambda: "failed" in connection.result_label.text(), timeout=20_000)
    assert connection.steps_list.count() > 0
    connection.password_edit.setText(READER_PASSWORD)
    assert connection.steps_list.count() == 0
    assert "failed" not in connection.result_label.text()

    # Detect on a port where nothing answers fails with the server's words behind Details…
    connection.port_spin.setValue(free_port())
    connection.detect_button.click()
    qtbot.waitUntil(connection.details_button.isVisible, timeout=30_000)
    assert "✗" in connection.result_label.text()
    connection.port_spin.setValue(slapd_server.ldap_port)
    assert not connection.details_button.isVisible()
    assert "✗" not in connection.result_label.text()


@pytest.mark.slapd
@pytest.mark.parametrize("security", ["starttls", "ldaps"])
def test_detect_tries_the_port_in_the_form_first(real_wizard, slapd_server, qtbot, security):
    connection = real_wizard.pages[0]
    slapd_form(connection, slapd_server)
    connection.security_combo.setCurrentIndex(connection.security_combo.findData(security))
    port = slapd_server.ldap_port if security == "starttls" else slapd_server.ldaps_port
    connection.port_spin.setValue(port)
    connection.detect_button.click()
    qtbot.waitUntil(lambda: "Base DN" in connection.result_label.text()
                    or "✗" in connection.result_label.text(), timeout=30_000)
    assert f"port {port} works" in connection.result_label.text()
    assert connection.port_spin.value() == port
    assert connection.security_combo.currentData() == security
    assert seed.BASE_DN.lower() in connection.result_label.text().lower()
