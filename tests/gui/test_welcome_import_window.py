"""Welcome messages from the window (issue 31), against slapd and a scripted SMTP server: the
Import page's checkbox and mail server dialog keep the choice in the job record, Preview…
shows exactly what the first new user will receive, and Import sends each new user one
message after the import's COMMIT, saying which were sent; a refusal is listed with the
server's answer and leaves the import as it is."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from ldapwizard.gui.dialogs.welcome_preview import WelcomePreviewDialog
from ldapwizard.gui.dialogs.welcome_server import MailServerForMessages
from tests.gui.driving import press_next, wait_complete
from tests.gui.test_import_page_opimport import DOMAIN, lab, to_users  # noqa: F401 (fixture)
from tests.unit.smtp_script import Script, ScriptedSmtp

# the dialogs are opened as an admin opens them; offscreen Qt says it cannot size them
pytestmark = [pytest.mark.slapd, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def script():
    return Script()


@pytest.fixture
def smtp(script):
    server = ScriptedSmtp(script)
    yield server
    server.close()


def to_import_page(wizard, qtbot, server):
    to_users(wizard, qtbot, server)
    press_next(wizard)
    return wizard.currentPage()


def choose_server(qtbot, box, address: str) -> None:
    qtbot.mouseClick(box.server_button, Qt.MouseButton.LeftButton)
    dialog = box.findChild(MailServerForMessages)
    dialog.server_edit.setText(address)
    dialog.sender_edit.setText(f"it@{DOMAIN}")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_checkbox_preview_and_import_send_each_new_user_one_message(
        real_wizard, lab, qtbot, smtp, script):  # noqa: F811 (the fixture)
    wizard = real_wizard
    importing = to_import_page(wizard, qtbot, lab)
    box = importing.welcome_box
    assert box.check.text().replace("&", "") == ("Send a welcome message to newly imported "
                                                 "users")
    assert not box.check.isChecked() and not box.preview_button.isEnabled()
    box.check.click()
    assert wizard.session.profile.welcome
    choose_server(qtbot, box, smtp.address)
    assert wizard.session.profile.smtp_server == smtp.address

    qtbot.mouseClick(box.preview_button, Qt.MouseButton.LeftButton)
    preview = box.findChild(WelcomePreviewDialog)
    first = next(e for e in wizard.session.selected if e.local_part)
    address = f"{first.local_part}@{DOMAIN}"
    assert preview.headers["To"].text().endswith(f"<{address}>") or \
        preview.headers["To"].text() == address
    assert preview.headers["Subject"].text() == f"Your mailbox {address} is ready"
    assert preview.headers["From"].text() == f"it@{DOMAIN}"
    assert f"your new mailbox is ready: {address}" in preview.body.toPlainText()
    preview.reject()
    assert script.connections == 0  # a preview sends nothing

    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Welcome messages:" in importing.result_label.text(),
                    timeout=60_000)
    wait_complete(qtbot, importing)
    text = importing.result_label.text()
    assert "created users 3, aliases 0, mailing lists 2;" in text
    assert "Welcome messages: 3 sent, 0 failed" in text
    received = sorted(r for _, (r,), _ in script.received)
    assert received == [f"{uid}@{DOMAIN}" for uid in ("ann", "bob", "kim")]
    assert f"ann@{DOMAIN}" in text
    (message,) = script.messages_to(address)
    assert message["Subject"] == f"Your mailbox {address} is ready"


def test_a_refused_message_is_listed_and_the_import_stays(real_wizard, lab, qtbot, smtp,  # noqa: F811
                                                          script):
    wizard = real_wizard
    importing = to_import_page(wizard, qtbot, lab)
    importing.welcome_box.check.click()
    choose_server(qtbot, importing.welcome_box, smtp.address)
    script.refuse.add(f"bob@{DOMAIN}")
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Welcome messages:" in importing.result_label.text(),
                    timeout=60_000)
    text = importing.result_label.text()
    assert "Welcome messages: 2 sent, 1 failed" in text
    assert f"Not sent to bob@{DOMAIN}: 550" in text
    with sqlite3.connect(wizard.session.database_path) as db:
        assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 3
        assert db.execute("SELECT count(*) FROM welcome_sent WHERE error IS NOT NULL"
                          ).fetchone()[0] == 1


def test_cancel_stops_the_sending_and_the_import_stays(real_wizard, lab, qtbot, smtp,  # noqa: F811
                                                       script):
    wizard = real_wizard
    importing = to_import_page(wizard, qtbot, lab)
    importing.welcome_box.check.click()
    choose_server(qtbot, importing.welcome_box, smtp.address)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    # the first message is out; the next waits for the rate (one a second by default)
    qtbot.waitUntil(lambda: len(script.received) >= 1, timeout=60_000)
    assert "Sending welcome messages…" in importing.result_label.text()
    assert importing.cancel_button.isEnabled()
    qtbot.mouseClick(importing.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Welcome messages:" in importing.result_label.text(),
                    timeout=60_000)
    text = importing.result_label.text()
    assert "Stopped: Cancelled." in text
    assert "created users 3, aliases 0, mailing lists 2;" in text  # the import stays
    assert len(script.received) < 3
    with sqlite3.connect(wizard.session.database_path) as db:
        assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 3
        # the users not reached are due again: no row claims them
        assert db.execute("SELECT count(*) FROM welcome_sent").fetchone()[0] == len(
            script.received)
