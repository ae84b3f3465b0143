"""Fixtures that show the real wizard window with pytest-qt: `demo_wizard`, `real_wizard`.

Registered as a plugin (`pytest_plugins`) by the root conftest, so the gui tests and the fault
suite's window tests share them. The fixtures import the GUI themselves: every test session
loads this module, and a GUI that does not import must fail only the tests that show it.
"""

from __future__ import annotations

import pytest

_ENGLISH_QM: list = []  # compiled once a session, outside every test's own folders


def _english(qapp, tmp_path_factory) -> None:
    """The window's English catalogue, installed as the application does before it builds the
    window (it gives English's singulars: "1 member", not the source's "1 members"); a test
    that chose a language first keeps it. Compiled once into a folder of the session's, so a
    test's own data folder holds only what the test's code wrote there."""
    from PySide6.QtCore import QTranslator

    from ldapwizard.gui import i18n
    from ldapwizard.i18n import current_language, use_language
    from ldapwizard.i18n.catalogues import compile_qm

    if current_language() != "en":
        return
    if not _ENGLISH_QM:
        _ENGLISH_QM.append(compile_qm("en", tmp_path_factory.mktemp("english-qm")))
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    use_language("en")
    translator = QTranslator(qapp)
    assert translator.load(str(_ENGLISH_QM[0]))
    qapp.installTranslator(translator)
    i18n._installed.append(translator)  # removed by the next i18n.install, as its own are


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
def demo_wizard(qtbot, qapp, tmp_path_factory):
    """The wizard on the bundled demo directory, shown."""
    from ldapwizard.gui.app import make_wizard

    _english(qapp, tmp_path_factory)
    yield from _shown(qtbot, make_wizard(demo=True))


@pytest.fixture
def real_wizard(qtbot, qapp, tmp_path, tmp_path_factory):
    """The wizard with the real directory opener and a user database in tmp_path."""
    from ldapwizard.core.job.context import AppContext
    from ldapwizard.gui.wizard import LdapWizard

    _english(qapp, tmp_path_factory)
    yield from _shown(qtbot, LdapWizard(AppContext(database_path=tmp_path / "users.sqlite")))
