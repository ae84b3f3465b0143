"""Driving the real wizard as a user would: fill the connection form, press Next, wait for a
page to allow it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ldapwizard.gui.wizard import LdapWizard
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD


def wait_complete(qtbot, page, timeout=30_000):
    """Wait until a page says Next (or Finish) may be pressed."""
    qtbot.waitUntil(page.isComplete, timeout=timeout)


def press_next(wizard: LdapWizard) -> None:
    """Press the wizard's Next button as a user would."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {wizard.currentPage().title()}"
    button.click()


def fill_connection(page, *, host, port, security, ca_file, user, password, server_type):
    """Fill the Connection page's form, verifying the server against `ca_file`."""
    page.type_combo.setCurrentIndex(page.type_combo.findData(server_type))
    page.host_edit.setText(host)
    page.security_combo.setCurrentIndex(page.security_combo.findData(security))
    page.port_spin.setValue(port)
    page.verify_combo.setCurrentIndex(page.verify_combo.findData("cafile"))
    page.ca_edit.setText(str(ca_file))
    page.user_edit.setText(user)
    page.password_edit.setText(password)


def slapd_form(page, server, password=READER_PASSWORD):
    """Fill the Connection page for a test slapd: StartTLS, the test CA, the reader account."""
    fill_connection(page, host=server.host, port=server.ldap_port, security="starttls",
                    ca_file=server.ca_file, user=server.reader_dn, password=password,
                    server_type="openldap")


def to_users_page(wizard, qtbot, server, page_size: int | None = None) -> None:
    """Sign in to a test slapd, choose its people and mail domain, and press Next twice."""
    connection, directory = wizard.pages[:2]
    slapd_form(connection, server)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    directory.binding_edit.setText(seed.BASE_DN)
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    if page_size:
        directory.page_spin.setValue(page_size)
    press_next(wizard)
