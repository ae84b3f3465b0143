"""Issue 25: the Directory page's Advanced "Let entries take role addresses" is a planning
choice of the job record, as --allow-role-addresses is on the command line."""

from __future__ import annotations

from dataclasses import replace

from tests.gui.driving import press_next
from tests.gui.test_directory_walkthrough import on_directory_page


def test_the_role_addresses_choice_goes_into_the_job_record_and_comes_back(demo_wizard,
                                                                          qtbot):
    directory = on_directory_page(demo_wizard, qtbot)
    assert not directory.roles_check.isChecked()  # refused unless the admin says so
    directory.advanced.setChecked(True)
    directory.roles_check.setChecked(True)
    press_next(demo_wizard)
    profile = demo_wizard.session.profile
    assert profile.allow_role_addresses
    assert profile.plan_options().allow_role_addresses
    demo_wizard.session.profile = replace(profile, allow_role_addresses=False)
    directory.initializePage()
    assert not directory.roles_check.isChecked()
    demo_wizard.session.profile = replace(profile, allow_role_addresses=True)
    directory.initializePage()
    assert directory.roles_check.isChecked() and directory.advanced.isChecked()
