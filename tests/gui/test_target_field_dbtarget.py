"""The Directory page's database field takes an address only when it means one thing: a
mistyped one is refused as typed with what was probably meant, and Next stays off; an
unverified TLS connection to a remote server is allowed but said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.driving import press_next, wait_complete


@pytest.fixture
def directory(demo_wizard, qtbot):
    """The demo wizard's Directory page, complete with the demo's choices."""
    connection, page = demo_wizard.pages[:2]
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(demo_wizard)
    wait_complete(qtbot, page)
    return page


@pytest.mark.parametrize(("typed", "meant"), [
    ("postgresql:/admin@host:5432/mail", "postgresql://admin@host:5432/mail"),
    ("postgresql//host/db", "postgresql://host/db"),
    ("file:other.db", "other.db"),
    ("host=db.example.net database=mail", "host, port, dbname"),
])
def test_a_mistyped_address_is_said_as_typed_and_next_stays_off(directory, qtbot, typed,
                                                                meant):
    directory.target.db_edit.clear()
    qtbot.keyClicks(directory.target.db_edit, typed)
    assert not directory.isComplete()
    assert meant in directory.target.db_problem.text()
    assert directory.target.fields()["database"] == typed  # kept as typed, no traceback
    directory.target.db_edit.setText("users.sqlite")
    assert directory.isComplete()
    assert directory.target.db_problem.text() == ""


def test_unverified_tls_to_a_remote_server_is_said_but_allowed(directory):
    directory.target.db_edit.setText("postgresql://mail@db.example.net/m?sslmode=require")
    assert directory.isComplete()
    assert "without checking the server's certificate" in directory.target.db_problem.text()


@pytest.mark.slapd
def test_a_saved_profile_with_a_mistyped_address_is_said_when_read_back(
        real_wizard, slapd_server, qtbot, tmp_path, monkeypatch):
    from ldapwizard.core.job.profiles import Profile
    from tests.gui.driving import slapd_form

    monkeypatch.chdir(tmp_path)
    wizard = real_wizard
    connection, directory = wizard.pages[:2]
    typo = "postgresql:/admin@host:5432/mail"  # saved before such values were refused
    wizard.context.profiles.save(Profile(name="Typo", database=typo, domain="example.com"))
    connection.initializePage()
    index = connection.profile_bar.combo.findData("Typo")
    connection.profile_bar.combo.setCurrentIndex(index)
    connection.profile_bar.combo.activated.emit(index)
    slapd_form(connection, slapd_server)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    assert directory.target.db_edit.text() == typo
    assert "Did you mean postgresql://admin@host:5432/mail?" in \
        directory.target.db_problem.text()
    assert not directory.isComplete()
    assert not any(p.name.startswith("postgresql") for p in tmp_path.rglob("*"))
