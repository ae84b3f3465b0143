"""Issue 26: the Directory page's Advanced "Quota for new users" is the job record's quota,
as --quota is on the command line: refused in words while it is no size, and what an import
from the window gives the users it creates."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import Qt

from tests.gui.driving import press_next, wait_complete
from tests.gui.test_directory_walkthrough import on_directory_page


def test_a_mistyped_quota_stops_next_with_its_reason_and_a_size_reaches_the_new_users(
        demo_wizard, qtbot):
    wizard = demo_wizard
    directory = on_directory_page(wizard, qtbot)
    assert directory.quota_edit.text() == ""  # no limit unless the admin sets one
    directory.advanced.setChecked(True)
    directory.quota_edit.setText("2 gigs")
    assert not directory.isComplete()
    assert "is not a quota size" in directory.quota_problem.text()
    assert "500M" in directory.quota_problem.text()
    directory.quota_edit.setText("2G")
    wait_complete(qtbot, directory)
    assert directory.quota_problem.text() == ""
    press_next(wizard)
    assert wizard.session.profile.quota == "2G"
    assert wizard.session.profile.plan_options().quota_bytes == 2 * 1024 ** 3

    users, importing = wizard.pages[2:]
    wait_complete(qtbot, users)
    press_next(wizard)
    qtbot.mouseClick(importing.import_button, Qt.MouseButton.LeftButton)
    wait_complete(qtbot, importing)
    created = wizard.session.report.count("created")
    with sqlite3.connect(wizard.session.database_path) as db:
        quotas = db.execute("SELECT quota_bytes, count(*) FROM users WHERE auth = 'directory' "
                            "GROUP BY quota_bytes").fetchall()
    assert quotas == [(2 * 1024 ** 3, created)]

    wizard.session.profile = replace(wizard.session.profile, quota="")
    directory.initializePage()
    assert directory.quota_edit.text() == ""
