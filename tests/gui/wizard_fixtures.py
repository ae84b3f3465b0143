"""Fixtures that show the real wizard window with pytest-qt: `demo_wizard`, `real_wizard`.

Registered as a plugin (`pytest_plugins`) by the root conftest, so the gui tests and the fault
suite's window tests share them. The fixtures import the GUI themselves: every test session
loads this module, and a GUI that does not import must fail only the tests that show it.
"""

from __future__ import annotations

import pytest


def _english(qapp) -> None:
    """The window's English catalogue, installed as the application does before it builds the
    window (it gives English's singulars: "1 member", not the source's "1 members")."""
    from ldapwizard.gui import i18n

    i18n.install(qapp, "en")


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
def demo_wizard(qtbot, qapp):
    """The wizard on the bundled demo directory, shown."""
    from ldapwizard.gui.app import make_wizard

    _english(qapp)
    yield from _shown(qtbot, make_wizard(demo=True))


@pytest.fixture
def real_wizard(qtbot, qapp, tmp_path):
    """The wizard with the real directory opener and a user database in tmp_path."""
    from ldapwizard.core.job.context import AppContext
    from ldapwizard.gui.wizard import LdapWizard

    _english(qapp)
    yield from _shown(qtbot, LdapWizard(AppContext(database_path=tmp_path / "users.sqlite")))
