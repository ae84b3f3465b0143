"""Issue 26: the Directory page's "Users may also sign in with" boxes are the job record's
`sign_in_names`, as --sign-in-names is on the command line, and come back from it."""

from __future__ import annotations

from dataclasses import replace

from tests.gui.driving import press_next
from tests.gui.test_directory_walkthrough import on_directory_page


def test_the_sign_in_names_choice_goes_into_the_job_record_and_comes_back(demo_wizard, qtbot):
    directory = on_directory_page(demo_wizard, qtbot)
    checks = directory.username_choice.sign_in_checks
    assert not any(check.isChecked() for check in checks.values())  # off unless asked
    checks["upn"].setChecked(True)
    press_next(demo_wizard)
    profile = demo_wizard.session.profile
    assert profile.sign_in_names == ("upn",)
    assert profile.plan_options().sign_in_names == ("upn",)
    demo_wizard.session.profile = replace(profile, sign_in_names=("directory",))
    directory.initializePage()
    assert checks["directory"].isChecked() and not checks["upn"].isChecked()
