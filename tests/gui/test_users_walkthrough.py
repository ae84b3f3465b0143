"""Issue 14, the Users page: addresses in other domains said once with a way to see which, the
preview exported whole or as shown, Space ticking the row after tabbing in, and each listing in
the log."""

from __future__ import annotations

import csv
import logging

import pytest
from PySide6.QtCore import Qt

from ldapwizard.core.directory.records import DirectoryUser
from ldapwizard.core.job import paths
from ldapwizard.core.maildb.planner import PlanOptions, make_plan
from ldapwizard.gui import app
from ldapwizard.gui.models.users_model import (
    COLUMN_CHECK,
    COLUMN_EMAIL,
    COLUMN_NOTES,
    COLUMN_USERNAME,
    ENTRY_ROLE,
    UsersModel,
)
from tests.gui.driving import press_next, to_users_page, wait_complete
from tests.servers import seed

CHECK_STATE = Qt.ItemDataRole.CheckStateRole


def on_demo_users_page(wizard, qtbot):
    connection, _, users = wizard.pages[:3]
    connection.test_button.click()
    wait_complete(qtbot, connection)
    press_next(wizard)
    press_next(wizard)
    wait_complete(qtbot, users)
    qtbot.waitUntil(lambda: not users.model.is_sorting())
    return users


def shown_entries(model) -> list:
    return [model.data(model.index(row, 0), ENTRY_ROLE) for row in range(model.rowCount())]


def read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.slapd
def test_addresses_in_other_domains_are_said_once_with_a_way_to_see_which(
        real_wizard, slapd_server, qtbot):
    users = real_wizard.pages[2]
    to_users_page(real_wizard, qtbot, slapd_server)
    wait_complete(qtbot, users, timeout=60_000)
    plan = real_wizard.session.plan
    outside = [entry for entry in plan.entries if entry.outside]
    assert outside  # the seed gives some people an address at mail.example.com
    assert users.outside_label.isVisible()
    assert users.outside_label.text() == (f"{len(outside)} entries have addresses outside "
                                          f"{seed.MAIL_DOMAIN}, not imported")
    notes = [users.model.data(users.model.index(row, COLUMN_NOTES))
             for row in range(users.model.rowCount())]
    assert not [note for note in notes if f"@mail.{seed.MAIL_DOMAIN}" in note]
    shown = users.model.rowCount()

    qtbot.mouseClick(users.outside_button, Qt.MouseButton.LeftButton)
    entries = shown_entries(users.model)
    assert {id(e) for e in entries} == {id(e) for e in outside}
    tip = users.model.data(users.model.index(0, COLUMN_NOTES), Qt.ItemDataRole.ToolTipRole)
    assert entries[0].outside[0] in tip  # which addresses, one hover away
    qtbot.mouseClick(users.outside_button, Qt.MouseButton.LeftButton)
    assert users.model.rowCount() == shown


def test_a_row_notes_what_is_particular_to_it_and_names_other_domains_one_hover_away(
        qtmodeltester):
    exchange = DirectoryUser(
        "CN=Jo Doe,OU=Staff,DC=corp,DC=example", "guid-1", "jdoe", "j.doe@corp.example",
        ("jo@corp.example", "j.doe@corp.example", "jdoe@other.example"),
        "Jo Doe", False, "user", smtp_primary="jo@corp.example")
    plain = DirectoryUser("CN=Al Roe,OU=Staff,DC=corp,DC=example", "guid-2", "aroe",
                          "al@corp.example", ("al@old.example",), "Al Roe", False, "user")
    plan = make_plan([exchange, plain], PlanOptions("corp.example"))
    model = UsersModel("corp.example")
    model.reset_entries(plan.entries)
    model.set_outside_only(True)
    qtmodeltester.check(model)
    notes = [model.data(model.index(row, COLUMN_NOTES)) for row in range(model.rowCount())]
    assert model.data(model.index(0, COLUMN_EMAIL)) == "jo@corp.example"
    assert "primary SMTP address jo@corp.example" in notes[0]  # the decision, in its row
    assert not [note for note in notes if "other.example" in note or "old.example" in note]
    tip = model.data(model.index(1, COLUMN_NOTES), Qt.ItemDataRole.ToolTipRole)
    assert "Outside corp.example, not imported: al@old.example" in tip
    assert model.outside_count() == 2 and model.rowCount() == 2


def test_the_preview_is_exported_whole_or_as_shown(demo_wizard, qtbot, tmp_path):
    users = on_demo_users_page(demo_wizard, qtbot)
    plan = demo_wizard.session.plan
    users.show_hidden.setChecked(True)
    users.filter_edit.setText("berlin")
    users.table.sortByColumn(COLUMN_USERNAME, Qt.SortOrder.DescendingOrder)
    users.model.setData(users.model.index(0, COLUMN_CHECK), Qt.CheckState.Unchecked,
                        CHECK_STATE)
    shown = shown_entries(users.model)
    assert 0 < len(shown) < len(plan.entries)

    users.export_to(str(tmp_path / "shown.csv"), as_shown=True)
    rows = read_csv(tmp_path / "shown.csv")
    assert [row["dn"] for row in rows] == [entry.user.dn for entry in shown]
    assert rows[0]["selected"] == "no"
    assert "as shown" in users.message_label.text()

    users.export_to(str(tmp_path / "all.csv"))
    rows = read_csv(tmp_path / "all.csv")
    assert [row["dn"] for row in rows] == [entry.user.dn for entry in plan.entries]
    assert [row["dn"] for row in rows if row["selected"] == "no"
            and row["status"] == "new"] == [shown[0].user.dn]


def test_the_export_button_offers_both_ways(demo_wizard, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    users = on_demo_users_page(demo_wizard, qtbot)
    menu = users.export_button.menu()
    actions = [action for action in menu.actions() if action.text()]
    assert len(actions) == 2
    target = tmp_path / "chosen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV, comma-separated (*.csv)"))
    users.filter_edit.setText("garcía")
    actions[1].trigger()  # as shown
    assert len(read_csv(target)) == users.model.rowCount()
    actions[0].trigger()  # all entries
    assert len(read_csv(target)) == len(demo_wizard.session.plan.entries)


def tab_into_table(qtbot, users) -> None:
    users.filter_edit.setFocus()
    qtbot.keyClick(users.filter_edit, Qt.Key.Key_Tab)
    assert users.table.hasFocus()


def ticked(users, row: int = 0) -> bool:
    state = users.model.data(users.model.index(row, COLUMN_CHECK), CHECK_STATE)
    return state == Qt.CheckState.Checked


def test_space_ticks_the_row_right_after_tabbing_in_even_after_a_new_listing(
        demo_wizard, qtbot):
    users = on_demo_users_page(demo_wizard, qtbot)
    demo_wizard.activateWindow()
    qtbot.waitActive(demo_wizard)
    tab_into_table(qtbot, users)
    qtbot.keyClick(users.table, Qt.Key.Key_Space)
    assert not ticked(users)
    qtbot.keyClick(users.table, Qt.Key.Key_Space)
    assert ticked(users)

    users.list_button.setFocus()
    users.list_users()  # a new listing: the view's current row is gone with the old one
    wait_complete(qtbot, users)
    qtbot.waitUntil(lambda: not users.model.is_sorting())
    tab_into_table(qtbot, users)
    qtbot.keyClick(users.table, Qt.Key.Key_Space)
    assert not ticked(users)

    # the current cell in another column (a click there): Space still ticks its row
    users.table.setCurrentIndex(users.model.index(2, COLUMN_USERNAME))
    before = ticked(users, 2)
    qtbot.keyClick(users.table, Qt.Key.Key_Space)
    assert ticked(users, 2) is not before


@pytest.fixture
def app_log():
    """The wizard's log file set up as `ldapwizard` sets it up; taken down afterwards."""
    handler = app.setup_logging()
    assert app.setup_logging() is handler  # once, however often it is asked for
    yield paths.log_dir() / "ldapwizard.log"
    logger = logging.getLogger("ldapwizard")
    logger.removeHandler(handler)
    handler.close()
    logger.propagate = True
    logger.setLevel(logging.NOTSET)


def test_each_listing_is_in_the_log_with_its_counts(demo_wizard, qtbot, app_log):
    users = on_demo_users_page(demo_wizard, qtbot)
    plan = demo_wizard.session.plan
    text = app_log.read_text(encoding="utf-8")
    counts = plan.counts
    line = next(line for line in text.splitlines() if "listing" in line and "entries:" in line)
    assert (f"{len(plan.entries)} entries: {counts['new']} new, {counts['hidden']} hidden, "
            f"{counts['problem']} cannot be imported") in line
    assert "Demo directory" in line and "demo.example" in line
    users.list_users()
    users.task.cancel()
    qtbot.waitUntil(lambda: not users.task.running)
    assert "listing of profile Demo directory cancelled" in app_log.read_text(encoding="utf-8")
