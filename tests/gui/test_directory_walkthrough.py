"""Issue 14, the Directory page: messages that go once the input is fixed, a binding string
that disagrees with the Connection page said while typing, one clear choice of usernames, and
an Advanced section that is not an empty grey bar when closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed


def on_directory_page(wizard, qtbot, server=None):
    """The Directory page, after a passed connection test (the demo's, or a slapd's)."""
    connection, directory = wizard.pages[:2]
    if server is not None:
        slapd_form(connection, server)
    connection.test_button.click()
    wait_complete(qtbot, connection)
    press_next(wizard)
    return directory


def test_a_domain_message_goes_once_the_domain_is_fixed_or_emptied(demo_wizard, qtbot):
    directory = on_directory_page(demo_wizard, qtbot)
    directory.target.domain_combo.setEditText("not a domain!")
    assert directory.target.domain_problem.text().startswith("✗")
    directory.target.domain_combo.setEditText("")
    assert directory.target.domain_problem.text() == ""
    directory.target.domain_combo.setEditText("not a domain!")
    directory.target.domain_combo.setEditText("demo.example")
    assert directory.target.domain_problem.text() == ""


def test_each_field_says_its_own_problem_even_while_another_field_has_one(demo_wizard,
                                                                          qtbot):
    directory = on_directory_page(demo_wizard, qtbot)
    directory.advanced.setChecked(True)
    directory.filter_edit.setText("(objectClass=user")
    assert directory.filter_problem.text().startswith("✗")
    directory.binding_edit.setText("DC=demo,DC")  # now the binding string is wrong too
    assert directory.binding_problem.text().startswith("✗")
    directory.filter_edit.setText("(objectClass=user)")
    assert directory.filter_problem.text() == ""  # fixed, though the binding still is not
    assert not directory.isComplete()


def test_a_check_result_goes_when_the_dn_it_was_about_changes(demo_wizard, qtbot):
    directory = on_directory_page(demo_wizard, qtbot)
    directory.binding_edit.setText("OU=Nowhere,DC=demo,DC=example")
    directory.check_button.click()
    qtbot.waitUntil(lambda: "does not exist" in directory.check_label.text(), timeout=20_000)
    directory.binding_edit.setText("DC=demo,DC=example")
    assert directory.check_label.text() == ""


@pytest.mark.slapd
@pytest.mark.parametrize("binding, words", [
    ("LDAP://127.0.0.1:1/dc=example,dc=com", "port"),
    ("LDAP://ldap.elsewhere.example/dc=example,dc=com", "host"),
    ("ldaps://127.0.0.1/dc=example,dc=com", "LDAPS"),
])
def test_a_binding_string_that_disagrees_with_the_connection_is_said_while_typing(
        real_wizard, slapd_server, qtbot, binding, words):
    directory = on_directory_page(real_wizard, qtbot, slapd_server)
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    directory.binding_edit.setText(binding)
    problem = directory.binding_problem.text()
    assert problem.startswith("✗") and words in problem, problem
    assert "Connection page" in problem  # where to change it
    assert not directory.isComplete()
    directory.binding_edit.setText(f"LDAP://127.0.0.1:{slapd_server.ldap_port}/{seed.BASE_DN}")
    assert directory.binding_problem.text() == ""
    assert directory.isComplete()


@pytest.mark.parametrize("choice, stored", [
    ("local", ("email", False)),
    ("directory", ("directory", False)),
    ("address", ("email", True)),
])
def test_usernames_are_one_choice_of_three_kept_in_the_job_record(demo_wizard, qtbot, choice,
                                                                  stored):
    wizard = demo_wizard
    directory = on_directory_page(wizard, qtbot)
    group = directory.username_choice.group
    assert len(group.buttons()) == 3 and group.exclusive()
    directory.username_choice.button(choice).click()
    assert directory.validatePage()  # what Next does before it goes on
    profile = wizard.session.profile
    assert (profile.username_from, profile.email_as_username) == stored
    directory.username_choice.button("local" if choice != "local" else "address").click()
    directory.initializePage()  # as coming back to the page shows the job record again
    assert directory.username_choice.button(choice).isChecked()


def test_the_closed_advanced_section_is_a_flat_toggle_and_opens_with_the_keyboard(
        demo_wizard, qtbot):
    directory = on_directory_page(demo_wizard, qtbot)
    assert not [box for box in directory.findChildren(QGroupBox) if box.isVisible()]
    assert not directory.filter_edit.isVisible()
    toggle = directory.advanced.button
    assert toggle.isVisible() and toggle.height() < 40
    assert "Advanced" in toggle.text()
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert directory.advanced.isChecked() and directory.filter_edit.isVisible()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not directory.filter_edit.isVisible()
