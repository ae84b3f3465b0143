"""Save as scheduled job…: the command shown, and a real crontab entry installed and removed."""

from __future__ import annotations

import subprocess

from ldapwizard.core.job.context import AppContext
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.job.session import Session
from ldapwizard.gui.dialogs.schedule_dialog import ScheduleDialog


def test_the_dialog_shows_the_command_and_installs_and_removes_the_job(qtbot, tmp_path,
                                                                       user_crontab):
    context = AppContext(database_path=tmp_path / "users.sqlite")
    profile = Profile(name="Corp", host="dc1.corp.example", remember_password=True)
    context.profiles.save(profile)
    session = Session(profile=profile, password="Top-Secret-9", domain="corp.example",
                      database_path=tmp_path / "users.sqlite")
    dialog = ScheduleDialog(session, context)
    qtbot.addWidget(dialog)
    dialog.hours.setValue(6)
    dialog.remove_check.setChecked(True)
    command = dialog.command_view.toPlainText()
    # the job repeats the saved record and nothing else, its removal policy too
    assert command.endswith("ldapwizard sync --profile=Corp")
    assert "Top-Secret-9" not in command
    dialog.install_button.click()
    assert "Installed" in dialog.message.text()
    table = subprocess.run(["crontab", "-l"], capture_output=True, text=True).stdout
    assert "0 */6 * * *" in table and f"ldapwizard-sync={b'Corp'.hex()}" in table
    assert "Top-Secret-9" not in table
    assert dialog.jobs.count() == 1
    saved = context.profiles.load("Corp")  # the whole job, as the wizard had it
    assert (saved.domain, saved.database) == ("corp.example", str(tmp_path / "users.sqlite"))
    assert (saved.remove_missing, saved.max_removals) == (True, None)
    dialog.remove_button.click()
    assert dialog.jobs.count() == 0
    assert "ldapwizard" not in subprocess.run(["crontab", "-l"], capture_output=True,
                                              text=True).stdout


def test_an_unsaved_profile_cannot_be_scheduled(qtbot, tmp_path):
    dialog = ScheduleDialog(Session(profile=Profile(host="h")), AppContext())
    qtbot.addWidget(dialog)
    assert not dialog.install_button.isEnabled()
    assert "Save the connection as a profile first" in dialog.message.text()


def test_a_job_without_a_domain_is_refused_with_what_is_missing(qtbot, tmp_path, user_crontab):
    context = AppContext(database_path=tmp_path / "users.sqlite")
    profile = Profile(name="Corp", host="dc1.corp.example", remember_password=True)
    context.profiles.save(profile)
    dialog = ScheduleDialog(Session(profile=profile), context)
    qtbot.addWidget(dialog)
    dialog.install_button.click()
    assert "no target mail domain" in dialog.message.text()
    assert dialog.jobs.count() == 0


def test_the_dialog_edits_the_job_records_policy_and_says_every_new_entry_is_imported(
        qtbot, tmp_path, user_crontab):
    context = AppContext(database_path=tmp_path / "users.sqlite")
    profile = Profile(name="Corp", host="dc1.corp.example", remember_password=True,
                      remove_missing=True, max_removals="7")
    context.profiles.save(profile)
    session = Session(profile=profile, domain="corp.example",
                      database_path=tmp_path / "users.sqlite")
    dialog = ScheduleDialog(session, context)
    qtbot.addWidget(dialog)
    # what the record holds (as the Sync panel set it), shown and edited here
    assert dialog.remove_check.isChecked() and dialog.limit_edit.text() == "7"
    assert "EVERY new entry" in dialog.every_entry.text()
    assert "not only the ones ticked" in dialog.every_entry.text()
    dialog.limit_edit.setText("lots")
    assert "is not a removal limit" in dialog.message.text()
    assert not dialog.install_button.isEnabled()
    dialog.limit_edit.setText("5%")
    assert session.profile.max_removals == "5%"
    assert dialog.command_view.toPlainText().endswith("sync --profile=Corp")
    dialog.install_button.click()
    saved = context.profiles.load("Corp")
    assert (saved.remove_missing, saved.max_removals) == (True, "5%")
    dialog.remove_check.setChecked(False)
    dialog.limit_edit.setText("")
    assert (session.profile.remove_missing, session.profile.max_removals) == (False, None)
