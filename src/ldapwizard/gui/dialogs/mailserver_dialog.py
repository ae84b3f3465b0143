"""Mail server set-up…: the next step after an import — how Postfix and Dovecot come to read
the database just written, as the exact command that writes their configuration."""

from __future__ import annotations

import shlex
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ldapwizard.core.maildb.location import PgTarget, locate
from ldapwizard.gui.widgets.labels import status_label

# where the command writes, in the folder it is run in: never beside the database, whose
# folder holds the database alone (the mail daemons' group may enter it)
OUT_FOLDER = "mail-server"
READER_ROLE = "mailreader"  # the mail servers' PostgreSQL role, as the README names it
# the mail server's own certificate and key (Debian's usual places): IMAP and submission are
# served over TLS only, so the command names them; the admin puts in their own
TLS_FILES = ("--tls-cert", "/etc/ssl/certs/mail.pem", "--tls-key", "/etc/ssl/private/mail.key")


def render_command(database) -> str:
    """`ldapwizard mailstack render` for this database, quoted for this platform's shell."""
    database = locate(database)
    if isinstance(database, PgTarget):  # run on each mail server, in a folder of its own
        words = ["ldapwizard", "mailstack", "render", "--db", str(database), "--out", OUT_FOLDER,
                 "--db-reader", READER_ROLE, *TLS_FILES]
    else:
        database = database.absolute()
        words = ["ldapwizard", "mailstack", "render", "--db", str(database),
                 "--out", OUT_FOLDER, *TLS_FILES]
    return subprocess.list2cmdline(words) if sys.platform == "win32" else shlex.join(words)


class MailServerDialog(QDialog):
    """The render command for the database, copyable, and where to read on."""

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = locate(database)
        self.setWindowTitle(self.tr("Mail server set-up"))
        intro = status_label()
        intro.setText(self.tr(
            "Postfix and Dovecot read this database directly, through its documented views: "
            "Postfix to accept mail for the users, aliases and mailing lists; Dovecot to "
            "deliver it and to let the users sign in — directory users with their directory "
            "password, checked against the directory they came from.\n\n") + (
            self._postgresql_words() if isinstance(self.database, PgTarget)
            else self._file_words()))
        self.command_edit = QPlainTextEdit(render_command(self.database))
        self.command_edit.setReadOnly(True)
        self.command_edit.setAccessibleName(self.tr("Command"))
        self.command_edit.setMaximumHeight(self.command_edit.fontMetrics().lineSpacing() * 4)
        command_label = QLabel(self.tr("C&ommand:"))
        command_label.setBuddy(self.command_edit)
        command_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.copy_button = QPushButton(self.tr("&Copy"))
        row = QHBoxLayout()
        row.addWidget(command_label)
        row.addWidget(self.command_edit, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message = status_label()
        if not self.database.exists():
            self.message.setText(self.tr("⚠ There is no database at {0} yet: import first.")
                                 .format(self.database))
        more = status_label()
        more.setText(self.tr(
            "Read on: docs/mail-server.md describes the views column by column; the README's "
            "section \"Serving the imported users with Postfix and Dovecot\" goes through the "
            "commands step by step, including `ldapwizard mailstack check`, which asks the "
            "running servers whether they see the users as the database has them."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(more)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy)
        self.resize(760, 360)

    def _file_words(self) -> str:
        return self.tr(
            "On the mail server, where the database is, this command writes their "
            "configuration (Postfix lookup tables and main.cf settings, Dovecot's SQL and LDAP "
            "settings, a CA bundle) and a README saying where each file goes. It asks for "
            "the password of the read-only account Dovecot searches the directory with, and "
            "writes it only into a file readable by its owner. (The mail daemons must also be "
            "able to read the database, and never change it: `ldapwizard db init --db FILE "
            "--group postfix` sets that up, with the file in a folder of its own.) IMAP "
            "and submission are served over TLS only: put your mail server's "
            "certificate and key in place of --tls-cert and --tls-key.")

    def _postgresql_words(self) -> str:
        return self.tr(
            "On each mail server, this command writes their configuration (Postfix pgsql "
            "lookup tables and main.cf settings, Dovecot's SQL and LDAP settings, CA files) "
            "and a README saying where each file goes. The mail servers log in to PostgreSQL "
            "as a role of their own, here {0}, which may read the mail views and nothing "
            "else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the "
            "views; the database server's pg_hba.conf must let it in from the mail servers, "
            "over TLS (sslmode verify-full with the CA, for a server over the network). The "
            "command asks for that role's password and for the read-only account's Dovecot "
            "searches the directory with, and writes them only into files readable by their "
            "owner. IMAP and submission are served over TLS only: put your mail server's "
            "certificate and key in place of --tls-cert and --tls-key.").format(READER_ROLE)

    def command(self) -> str:
        return self.command_edit.toPlainText()

    def copy(self) -> None:
        """Put the command on the clipboard."""
        QApplication.clipboard().setText(self.command())
        self.message.setText(self.tr("✓ Copied."))
