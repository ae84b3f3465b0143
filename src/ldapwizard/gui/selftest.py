"""`ldapwizard --self-test`: prove an installation or a bundle works, end to end.

Opens the real wizard on the bundled demo directory (offscreen unless a platform is chosen),
signs in, lists the users, exports the preview CSV, imports into a temporary user database and
checks what was written — through the same buttons a person presses. Settings, logs and the
database go to a temporary folder, so the admin's own files and keyring are never touched.
Prints one line per step and exits 0 only when every step worked.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

STEP_TIMEOUT = 60.0


class SelfTestFailed(Exception):
    """A step did not end as it should."""


def _wait(app, condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until `condition` holds, or fail after STEP_TIMEOUT seconds."""
    deadline = time.monotonic() + STEP_TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.005)


def _click(button) -> None:
    if not button.isEnabled():
        raise SelfTestFailed(f"the {button.text().replace('&', '')!r} button is disabled")
    button.click()


def _steps(app, wizard, folder: Path, say: Callable[[str], None]) -> None:
    from PySide6.QtWidgets import QWizard

    connection, directory, users, importing = wizard.pages
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    _click(connection.test_button)
    _wait(app, connection.isComplete, "the connection test")
    say("signed in to the demo directory")
    _click(next_button)
    _wait(app, directory.isComplete, "the Directory page")
    _click(next_button)
    _wait(app, users.isComplete, "the listing")
    plan = wizard.session.plan
    say(f"listed {len(plan.entries)} entries ({plan.count('new')} new, "
        f"{plan.count('hidden')} hidden, {plan.count('problem')} with problems)")

    preview = folder / "preview.csv"
    users.export_to(str(preview))
    with preview.open(encoding="utf-8-sig", newline="") as f:
        rows = sum(1 for _ in csv.DictReader(f))
    if rows != len(plan.entries):
        raise SelfTestFailed(f"the preview CSV has {rows} rows, the plan {len(plan.entries)}")
    say(f"exported the preview: {rows} rows")

    _click(next_button)
    _wait(app, lambda: wizard.currentPage() is importing, "the Import page")
    _click(importing.import_button)
    _wait(app, importing.isComplete, "the import")
    created = wizard.session.report.count("created")
    with sqlite3.connect(wizard.session.database_path) as db:
        stored = db.execute("SELECT count(*) FROM users WHERE auth = 'directory'").fetchone()[0]
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
    if created == 0 or stored != created or check != "ok":
        raise SelfTestFailed(f"imported {created} users but the database holds {stored} "
                             f"(integrity: {check})")
    say(f"imported {created} users into a temporary database")


def _qt_cancel() -> str:
    """What Qt's own Cancel button says (qtbase's catalogue, when the language has one)."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.buttons()[0].text()


def run_self_test(started: float | None = None, language: str | None = None) -> int:
    """Drive the wizard through a demo import; 0 when every step worked, 1 otherwise."""
    started = time.time() if started is None else started
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    def say(text: str) -> None:
        print(f"self-test: {text}", flush=True)

    with tempfile.TemporaryDirectory(prefix="ldapwizard-self-test-") as name:
        folder = Path(name)
        for variable, sub in (("LDAPWIZARD_CONFIG_DIR", "config"),
                              ("LDAPWIZARD_DATA_DIR", "data"), ("LDAPWIZARD_LOG_DIR", "log")):
            os.environ[variable] = str(folder / sub)
        from PySide6.QtWidgets import QApplication

        from ldapwizard.gui import i18n
        from ldapwizard.gui.app import app_icon, make_wizard

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setWindowIcon(app_icon())
        spoken = i18n.install(app, language)
        wizard = make_wizard(demo=True)
        wizard.show()
        _wait(app, wizard.isVisible, "the window")
        app.processEvents()
        shown = time.time()
        say(f"window shown {shown - started:.2f} s after start (at {shown:.3f})")
        say(f"window language {spoken}: {wizard.windowTitle()}; Qt's Cancel button: "
            f"{_qt_cancel()}")
        try:
            _steps(app, wizard, folder, say)
        except SelfTestFailed as e:
            say(f"FAILED: {e}")
            return 1
        finally:
            wizard.done(0)
            wizard.deleteLater()
            app.processEvents()
        say(f"passed in {time.time() - started:.2f} s")
        return 0
