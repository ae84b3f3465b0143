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

from ldapwizard import i18n

STEP_TIMEOUT = 60.0


class SelfTestFailed(Exception):
    """A step did not end as it should."""


def _wait(app, condition: Callable[[], bool], timed_out: Callable[[], str]) -> None:
    """Run the event loop until `condition` holds, or fail after STEP_TIMEOUT seconds with the
    sentence `timed_out` gives (made only then, in the language chosen)."""
    deadline = time.monotonic() + STEP_TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailed(timed_out())
        app.processEvents()
        time.sleep(0.005)


def _click(button) -> None:
    if not button.isEnabled():
        raise SelfTestFailed(i18n._("the {button} button is disabled",
                                    button=repr(button.text().replace('&', ''))))
    button.click()


def _steps(app, wizard, folder: Path, say: Callable[[str], None]) -> None:
    from PySide6.QtWidgets import QWizard

    connection, directory, users, importing = wizard.pages
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    _click(connection.test_button)
    _wait(app, connection.isComplete,
          lambda: i18n._("timed out waiting for the connection test"))
    say(i18n._("signed in to the demo directory"))
    _click(next_button)
    _wait(app, directory.isComplete,
          lambda: i18n._("timed out waiting for the Directory page"))
    _click(next_button)
    _wait(app, users.isComplete, lambda: i18n._("timed out waiting for the listing"))
    plan = wizard.session.plan
    say(i18n._n("listed {count} entry ({new} new, {hidden} hidden, {problems} with problems)",
                "listed {count} entries ({new} new, {hidden} hidden, {problems} with problems)",
                len(plan.entries), new=plan.count("new"), hidden=plan.count("hidden"),
                problems=plan.count("problem")))

    preview = folder / "preview.csv"
    users.export_to(str(preview))
    with preview.open(encoding="utf-8-sig", newline="") as f:
        rows = sum(1 for _ in csv.DictReader(f))
    if rows != len(plan.entries):
        raise SelfTestFailed(i18n._n("the preview CSV has {count} row, the plan {entries}",
                                     "the preview CSV has {count} rows, the plan {entries}",
                                     rows, entries=len(plan.entries)))
    say(i18n._n("exported the preview: {count} row", "exported the preview: {count} rows", rows))

    _click(next_button)
    _wait(app, lambda: wizard.currentPage() is importing,
          lambda: i18n._("timed out waiting for the Import page"))
    _click(importing.import_button)
    _wait(app, importing.isComplete, lambda: i18n._("timed out waiting for the import"))
    created = wizard.session.report.count("created")
    with sqlite3.connect(wizard.session.database_path) as db:
        stored = db.execute("SELECT count(*) FROM users WHERE auth = 'directory'").fetchone()[0]
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
    if created == 0 or stored != created or check != "ok":
        raise SelfTestFailed(i18n._n(
            "imported {count} user but the database holds {stored} (integrity: {check})",
            "imported {count} users but the database holds {stored} (integrity: {check})",
            created, stored=stored, check=check))
    say(i18n._n("imported {count} user into a temporary database",
                "imported {count} users into a temporary database", created))


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

        from ldapwizard.gui import i18n as window_i18n
        from ldapwizard.gui.app import app_icon, make_wizard

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setWindowIcon(app_icon())
        spoken = window_i18n.install(app, language)
        wizard = make_wizard(demo=True)
        wizard.show()
        _wait(app, wizard.isVisible, lambda: i18n._("timed out waiting for the window"))
        app.processEvents()
        shown = time.time()
        say(i18n._("window shown {seconds} s after start (at {at})",
                   seconds=f"{shown - started:.2f}", at=f"{shown:.3f}"))
        say(i18n._("window language {language}: {title}; Qt's Cancel button: {cancel}",
                   language=spoken, title=wizard.windowTitle(), cancel=_qt_cancel()))
        try:
            _steps(app, wizard, folder, say)
        except SelfTestFailed as e:
            say(i18n._("FAILED: {reason}", reason=str(e)))
            return 1
        finally:
            wizard.done(0)
            wizard.deleteLater()
            app.processEvents()
        say(i18n._("passed in {seconds} s", seconds=f"{time.time() - started:.2f}"))
        return 0
