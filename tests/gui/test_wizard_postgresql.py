"""The wizard writing to a PostgreSQL user database: the URL typed in the database field is
checked as typed, and the listing, import and undo go to the server, not to a file."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt

from tests.gui.driving import press_next, slapd_form, wait_complete
from tests.servers import seed

pytestmark = [pytest.mark.slapd, pytest.mark.postgresql]


def users_in(url: str) -> int:
    with psycopg.connect(url) as connection:
        return connection.execute("SELECT count(*) FROM users").fetchone()[0]


def test_a_url_with_a_password_is_refused_as_typed_and_a_good_one_imports(
        real_wizard, slapd_server, pg_url, qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    wizard = real_wizard
    connection, directory, users, importing = wizard.pages
    slapd_form(connection, slapd_server)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    directory.binding_edit.setText(seed.BASE_DN)
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    directory.target.db_edit.setText(pg_url.replace("ldapwizard@", "ldapwizard:hunter2@"))
    assert not directory.isComplete()
    shown = directory.target.db_problem.text()
    assert "holds a password" in shown and "hunter2" not in shown
    directory.target.db_edit.setText(pg_url)
    wait_complete(qtbot, directory)
    assert directory.target.db_problem.text() == ""
    press_next(wizard)
    assert wizard.session.profile.database == pg_url  # kept as typed, not made a path
    wait_complete(qtbot, users, timeout=60_000)
    press_next(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    created = wizard.session.report.count("created")
    assert users_in(pg_url) == created > 500
    importing.undo_import(confirm=False)
    qtbot.waitUntil(lambda: "undone" in importing.result_label.text(), timeout=30_000)
    assert users_in(pg_url) == 0
    # no file named after the URL; the config folder holds the job the Import saved
    assert sorted(tmp_path.iterdir()) == [tmp_path / "config", tmp_path / "pgpass"]
    assert wizard.context.profiles.load(wizard.session.profile.name).database == pg_url


def test_the_database_password_is_asked_checked_and_kept_in_the_keyring(
        real_wizard, pg_cluster, pg_url, qtbot, monkeypatch, memory_keyring):
    from ldapwizard.core.job.secrets import SERVICE
    from ldapwizard.core.maildb.database import UserDatabase
    from ldapwizard.core.maildb.location import locate
    from tests.servers.postgres import OWNER

    monkeypatch.delenv("PGPASSFILE")  # no .pgpass: the keyring is where it must come from
    directory = real_wizard.pages[1]
    button = directory.target.db_password
    directory.target.db_edit.setText("users.sqlite")
    assert not button.isEnabled()  # a file has no password
    directory.target.db_edit.setText(pg_url)
    assert button.isEnabled()
    target = locate(pg_url)
    button.give(target, "not-the-password")
    qtbot.waitUntil(lambda: "refused the password" in button.message.text(), timeout=20_000)
    assert not memory_keyring.secrets
    right = pg_cluster.password(OWNER)
    button.give(target, right)
    qtbot.waitUntil(lambda: button.message.text().startswith("✓"), timeout=20_000)
    assert memory_keyring.secrets[(SERVICE, target.keyring_account)] == right
    assert right not in button.message.text()
    with UserDatabase.open(pg_url, write=True, create=True) as database:  # via the keyring
        assert database.dialect == "postgresql"


def test_the_batches_of_a_postgresql_database_are_read_and_undone_off_the_window_thread(
        qtbot, pg_url):
    from ldapwizard.cli import run
    from ldapwizard.gui.dialogs.batches_dialog import BatchesDialog

    assert run(["--demo", "import", "--domain", "demo.example", "--db", pg_url, "--all"]) == 0
    dialog = BatchesDialog(pg_url)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == "Reading the batches…"  # not read on this thread
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
    assert dialog.message.text() == ""
    dialog.undo(confirm=False)
    qtbot.waitUntil(lambda: "undone" in dialog.message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.reading.running, timeout=20_000)
    assert "✓ Batch 1 undone" in dialog.message.text()  # the reread kept what undo said
    assert users_in(pg_url) == 0
    dialog.done(0)
