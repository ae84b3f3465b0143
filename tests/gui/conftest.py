"""Fixtures that drive the real wizard window with pytest-qt."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from ldapwizard.gui.app import make_wizard
from ldapwizard.gui.context import AppContext
from ldapwizard.gui.wizard import LdapWizard


def wait_complete(qtbot, page, timeout=30_000):
    """Wait until a page says Next (or Finish) may be pressed."""
    qtbot.waitUntil(page.isComplete, timeout=timeout)


def press_next(wizard: LdapWizard) -> None:
    """Press the wizard's Next button as a user would."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {wizard.currentPage().title()}"
    button.click()


def _shown(qtbot, wizard):
    """Show a wizard for a test; afterwards stop its background work."""
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    for page in wizard.pages:
        page.task.cancel()
        page.task.wait()


@pytest.fixture
def demo_wizard(qtbot):
    """The wizard on the bundled demo directory, shown."""
    yield from _shown(qtbot, make_wizard(demo=True))


@pytest.fixture
def real_wizard(qtbot, tmp_path):
    """The wizard with the real directory opener and a user database in tmp_path."""
    yield from _shown(qtbot, LdapWizard(AppContext(database_path=tmp_path / "users.sqlite")))
