"""The wizard against the real test servers: sign-in, listing, import, responsiveness."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer

from tests.gui.driving import fill_connection, press_next, slapd_form, to_users_page, wait_complete
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD


@pytest.mark.slapd
def test_wrong_password_is_shown_in_the_page_and_next_stays_off(real_wizard, slapd_server,
                                                                qtbot):
    connection = real_wizard.pages[0]
    slapd_form(connection, slapd_server, password="wrong-password-1")
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "failed" in connection.result_label.text(), timeout=20_000)
    texts = [connection.steps_list.item(i).text() for i in range(connection.steps_list.count())]
    assert texts[0].startswith("✓ Name resolution")
    assert any(t.startswith("✗ Sign-in (bind): The server refused the user name or password")
               for t in texts)
    assert not connection.isComplete()
    connection.password_edit.setText(READER_PASSWORD)
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    connection.port_spin.setValue(connection.port_spin.value() + 1)  # any change: test again
    assert not connection.isComplete()


@pytest.mark.slapd
def test_profile_save_list_import_and_undo_against_slapd(real_wizard, slapd_server, slapd_seed,
                                                          qtbot, monkeypatch, memory_keyring):
    from PySide6.QtWidgets import QInputDialog

    wizard = real_wizard
    connection, directory, users, importing = wizard.pages
    slapd_form(connection, slapd_server)
    connection.remember_check.setChecked(True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab slapd", True))
    qtbot.mouseClick(connection.profile_bar.save_button, Qt.MouseButton.LeftButton)
    assert wizard.context.profiles.names() == ["Lab slapd"]
    assert memory_keyring.secrets[("ldapwizard", "profile:Lab slapd")] == READER_PASSWORD
    assert READER_PASSWORD not in wizard.context.profiles.path.read_text(encoding="utf-8")
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)

    directory.binding_edit.setText(seed.BASE_DN)
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    wait_complete(qtbot, directory)
    qtbot.mouseClick(directory.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "users below it" in directory.check_label.text(), timeout=20_000)
    assert f"{slapd_seed.total_users} users below it" in directory.check_label.text()
    press_next(wizard)

    wait_complete(qtbot, users, timeout=60_000)
    assert users.model.total_count() == slapd_seed.total_users
    press_next(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    created = wizard.session.report.count("created")
    with sqlite3.connect(wizard.session.database_path) as db:
        assert db.execute("SELECT count(*), min(profile) FROM users").fetchone() == (
            created, wizard.context.profiles.load("Lab slapd").job_id)  # owned by its id
    importing.undo_import(confirm=False)
    qtbot.waitUntil(lambda: "undone" in importing.result_label.text(), timeout=30_000)
    with sqlite3.connect(wizard.session.database_path) as db:
        assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 0


@pytest.mark.slapd
def test_the_gui_thread_keeps_running_while_a_large_listing_streams_in(
        real_wizard, make_slapd, tmp_path, qtbot):
    ldif = tmp_path / "20k.ldif"
    seed.write_ldif(ldif, users=20_000)
    server = make_slapd(ldif=ldif)
    users = real_wizard.pages[2]
    to_users_page(real_wizard, qtbot, server, page_size=500)
    pages_seen: list[int] = []
    ticks: list[int] = []  # at each timer tick: how many pages had arrived
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(pages_seen)))
    users.task.progressed.connect(lambda payload: pages_seen.append(payload[0]))
    timer.start(5)
    wait_complete(qtbot, users, timeout=120_000)
    timer.stop()
    assert len(pages_seen) >= 30  # 20k entries in pages of 500
    # the GUI thread ran its timer all through the listing, never blocked for it: ticks came
    # between most pages (the whole listing takes about half a second, pages arriving a few
    # milliseconds apart, so two can arrive in one turn of the event loop and be taken
    # together)
    between = set(ticks) & set(range(1, len(pages_seen)))
    assert len(between) >= 0.5 * (len(pages_seen) - 1), (len(between), len(pages_seen))
    assert users.model.total_count() >= 20_000


@pytest.mark.samba
def test_listing_active_directory_in_the_wizard(real_wizard, ad_server, qtbot):
    wizard = real_wizard
    connection, directory, users = wizard.pages[:3]
    reader = ad_server.seed.special_accounts["reader"]
    fill_connection(connection, host=ad_server.host, port=ad_server.ldaps_port,
                    security="ldaps", ca_file=ad_server.ca_file, user=reader.upn,
                    password=reader.password, server_type="ad")
    qtbot.mouseClick(connection.test_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, connection)
    press_next(wizard)
    qtbot.mouseClick(directory.detect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Base DN from the server" in directory.check_label.text(),
                    timeout=20_000)
    assert directory.binding_edit.text().lower() == "dc=testdomain,dc=local"
    directory.target.domain_combo.setEditText("example.com")
    press_next(wizard)
    wait_complete(qtbot, users, timeout=60_000)
    names = {e.user.username for e in wizard.session.plan.entries}
    assert {u.sam for u in ad_server.seed.person_users} <= names
    assert any(e.aliases for e in wizard.session.plan.entries)


@pytest.mark.slapd
def test_a_listing_that_fails_says_so_and_next_is_refused(real_wizard, make_slapd, qtbot):
    server = make_slapd()
    users = real_wizard.pages[2]
    to_users_page(real_wizard, qtbot, server)
    server.kill()  # the directory goes away before the listing
    qtbot.waitUntil(lambda: "incomplete" in users.message_label.text(), timeout=30_000)
    assert "could not be" in users.message_label.text() or "refused" in \
        users.message_label.text()
    assert not users.isComplete()
    assert users.details_button.isVisible()


@pytest.mark.slapd
def test_window_profile_and_page_are_remembered_across_starts(slapd_server, qtbot, tmp_path,
                                                              monkeypatch, memory_keyring):
    from PySide6.QtWidgets import QInputDialog

    from ldapwizard.core.job.context import AppContext
    from ldapwizard.gui.wizard import LdapWizard

    first = LdapWizard(AppContext(database_path=tmp_path / "users.sqlite"))
    qtbot.addWidget(first)
    first.show()
    connection, directory = first.pages[:2]
    slapd_form(connection, slapd_server)
    connection.remember_check.setChecked(True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lab", True))
    connection.profile_bar.save_button.click()
    connection.test_button.click()
    wait_complete(qtbot, connection)
    press_next(first)
    directory.binding_edit.setText(seed.BASE_DN)
    directory.target.domain_combo.setEditText(seed.MAIL_DOMAIN)
    press_next(first)
    wait_complete(qtbot, first.pages[2])
    first.resize(1100, 760)
    first.move(40, 30)
    qtbot.wait(50)
    geometry = first.geometry()
    first.reject()  # closing the window
    from ldapwizard.core.job import paths

    written = [p for folder in (paths.config_dir(), paths.log_dir(), paths.data_dir())
               if folder.exists() for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "window.ini" for p in written)
    for path in [*written, tmp_path / "users.sqlite"]:
        if path.exists():
            assert READER_PASSWORD.encode() not in path.read_bytes(), path

    second = LdapWizard(AppContext(database_path=tmp_path / "other.sqlite"))
    qtbot.addWidget(second)
    second.show()
    # restoreGeometry fits the window to the (800x600 offscreen) screen, so compare heights
    assert (second.geometry().y(), second.height()) == (geometry.y(), geometry.height())
    assert second.session.profile.name == "Lab"
    assert second.pages[0].host_edit.text() == slapd_server.host
    qtbot.waitUntil(lambda: second.currentPage() is second.pages[2], timeout=30_000)
    wait_complete(qtbot, second.pages[2])
    assert second.session.database_path == tmp_path / "users.sqlite"
    for page in second.pages:
        page.task.wait()
