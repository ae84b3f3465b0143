"""The window's way to give a PostgreSQL user database its password: asked in a password
field, checked against the server in the background, and only then kept in the system
keyring — where the listing, the import and a scheduled sync find it (libpq's .pgpass works
too, and is asked first). The password is never shown, logged or written anywhere else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QPushButton, QWidget

from ldapwizard.core.errors import BadInput
from ldapwizard.core.job.secrets import store_database_password
from ldapwizard.core.maildb import pgdb
from ldapwizard.core.maildb.location import PgTarget, locate
from ldapwizard.gui.widgets.labels import error_text
from ldapwizard.gui.widgets.message_line import MessageLine
from ldapwizard.gui.workers import Task


def check_and_store(target: PgTarget, password: str) -> PgTarget:
    """Sign in with `password` (a refused one is an error, and nothing is stored), then keep
    it in the keyring; the target it is kept for."""
    pgdb.connect(target, read_only=True, password=password).close()
    store_database_password(target, password)
    return target


class DatabasePasswordButton(QPushButton):
    """"Password…" beside the database field: enabled while the field names a PostgreSQL
    database; says the outcome in its `message` line (the page places it)."""

    def __init__(self, location: Callable[[], str], parent: QWidget | None = None):
        super().__init__(self.tr("Pass&word…"), parent)
        self._location = location
        self.message = MessageLine()
        self.setToolTip(self.tr("Keep the PostgreSQL database's password in the system keyring "
                                "(checked with the server first)"))
        self.task = Task(self)
        self.task.failed.connect(lambda error: self._say(error_text(error), failed=True))
        self.task.running_changed.connect(lambda running: self.setEnabled(not running))
        self.clicked.connect(self.ask)
        self.refresh()

    def target(self) -> PgTarget | None:
        try:
            found = locate(self._location().strip())
        except BadInput:
            return None
        return found if isinstance(found, PgTarget) else None

    def refresh(self) -> None:
        """Enabled only for a PostgreSQL database (a file has no password)."""
        self.setEnabled(self.target() is not None and not self.task.running)
        if not self.task.running:
            self.message.setText("")

    def _say(self, text: str, failed: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if failed else "")
        self.message.setText(text)

    def _stored(self, target: PgTarget) -> None:
        self._say(self.tr("✓ The password of {0} at {1}:{2} works and is in the system "
                          "keyring.").format(target.user or self.tr("the user"), target.host,
                                             target.port))

    def ask(self) -> None:
        target = self.target()
        if target is None:
            return
        password, given = QInputDialog.getText(
            self, self.tr("Database password"),
            self.tr("Password of {0} for {1}:").format(target.user or self.tr("the user"),
                                                        target.display),
            QLineEdit.EchoMode.Password)
        if given and password:
            self.give(target, password)

    def give(self, target: PgTarget, password: str) -> None:
        """Check and store `password` in the background (the dialog's answer; tests call it)."""
        self._say(self.tr("Checking the password with the server…"))
        self.task.start(lambda progress, should_cancel: check_and_store(target, password),
                        self._stored)

