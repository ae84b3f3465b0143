"""Where the Directory page's users go: the target mail domain and the user database.

The fields, the message under each while it is typed wrong, the domains a database file
already holds (offered in the domain's list), and Browse… for the file. The page lays the
rows out in its own form, so that their labels line up with the page's other fields.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ldapwizard.core.errors import BadInput, LdapWizardError
from ldapwizard.core.maildb import addresses
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.location import locate, stored_form
from ldapwizard.gui.widgets.db_password import DatabasePasswordButton
from ldapwizard.gui.widgets.labels import error_text
from ldapwizard.gui.widgets.message_line import MessageLine


class TargetFields(QObject):
    """The domain and database fields; `default_database()` is the file the session uses when
    the field is empty."""

    def __init__(self, default_database, parent: QWidget):
        super().__init__(parent)
        self._default_database = default_database
        self.domain_combo = QComboBox()
        self.domain_combo.setEditable(True)
        self.domain_combo.lineEdit().setPlaceholderText("example.com")
        self.domain_problem = MessageLine("color: #c0392b;")
        self.db_edit = QLineEdit()
        self.db_edit.setPlaceholderText(self.tr("a file, or postgresql://user@host/dbname"))
        self.db_problem = MessageLine("color: #c0392b;")
        self.db_button = QPushButton(self.tr("B&rowse…"))
        self._db_row = QHBoxLayout()
        self._db_row.addWidget(self.db_edit, 1)
        self._db_row.addWidget(self.db_button)
        self.db_password = DatabasePasswordButton(self.db_edit.text)  # PostgreSQL's
        self._db_row.addWidget(self.db_password)
        self.db_edit.textChanged.connect(self.db_password.refresh)
        self.db_button.clicked.connect(self._browse_db)
        self.db_edit.editingFinished.connect(self.fill_domains)

    def rows(self) -> tuple:
        """(label, field, buddy) rows for the page's form."""
        return ((self.tr("Target mail do&main:"), self.domain_combo, self.domain_combo),
                ("", self.domain_problem, None),
                (self.tr("User databa&se:"), self._db_row, self.db_edit),
                ("", self.db_problem, None),
                ("", self.db_password.message, None))

    def show(self, database: str, domain: str) -> None:
        """A job record's database and domain in the fields."""
        self.db_edit.setText(database)
        self.fill_domains()
        self.domain_combo.setEditText(domain)

    def fields(self) -> dict[str, str]:
        """The job record's `domain` (normalised when it is valid) and `database`."""
        domain = self.domain_combo.currentText().strip()
        try:
            domain = addresses.normalise_domain(domain)
        except BadInput:
            pass  # kept as typed; the page is not complete and says why
        database = self.db_edit.text().strip()
        try:
            database = stored_form(database) if database else ""
        except BadInput:
            pass  # kept as typed; the page is not complete and says why
        return {"domain": domain, "database": database}

    def fill_domains(self) -> None:
        """Offer the domains the database file holds, keeping what is typed."""
        current = self.domain_combo.currentText()
        self.domain_combo.clear()
        try:
            path = locate(self.db_edit.text().strip() or self._default_database())
        except BadInput:
            return  # said under the field
        # a server's domains would be read over the network on this thread: typed instead
        if isinstance(path, Path) and path.exists():
            try:
                with UserDatabase.open(path) as database:
                    names = [n for (n,) in database.connection.execute(
                        "SELECT name FROM domains ORDER BY name")]
                self.domain_combo.addItems(names)
            except LdapWizardError as error:
                self.domain_problem.setText(error_text(error))
        self.domain_combo.setEditText(current)

    def check_domain(self) -> str | None:
        """"domain" while the domain stops Next, its message shown or cleared on the way."""
        text = self.domain_combo.currentText()
        try:
            addresses.normalise_domain(text)
        except BadInput as error:
            # an empty domain is not typed wrong, only not typed yet: Next stays off
            self.domain_problem.setText(f"✗ {error.message}" if text.strip() else "")
            return "domain"
        self.domain_problem.setText("")
        return None

    def check_database(self) -> str | None:
        """"database" while the database stops Next, its message shown or cleared."""
        text = self.db_edit.text().strip()
        try:
            # a mistyped address (with what was meant), a password in it, options that move
            # objects: said now, and Next stays off
            target = locate(text) if text else None
        except BadInput as error:
            self.db_problem.setText(f"✗ {error.message}\n{error.hint or ''}".strip())
            return "database"
        warning = getattr(target, "tls_warning", None)  # allowed, but said
        self.db_problem.setText(f"⚠ {warning}" if warning else "")
        return None if text else "database"

    def _browse_db(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent(), self.tr("User database"), self.db_edit.text(),
            self.tr("User databases (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.db_edit.setText(path)
            self.fill_domains()
