"""The wizard: the pages listed once, window state remembered, one place that commits, and
one place that decides whether the window may close.

Esc, Cancel and the window's close button (not `reject()` or `close()` called by code) ask
first: while work runs, whether to stop it — then it is stopped and waited for (an import
rolls back; a run that had already written is shown instead of closing); when a saved job has
edits not saved, Save, Discard or Cancel. With neither the window closes at once."""

from __future__ import annotations

from dataclasses import replace
from importlib.resources import as_file
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox, QWizard

from ldapwizard.assets import app_icon_png, resource
from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.job import listing_process, paths, secrets
from ldapwizard.core.job.session import Session
from ldapwizard.gui import messages
from ldapwizard.gui.dialogs.log_folder import open_log_folder
from ldapwizard.gui.pages.connection_page import ConnectionPage
from ldapwizard.gui.pages.directory_page import DirectoryPage
from ldapwizard.gui.pages.import_page import ImportPage
from ldapwizard.gui.pages.users_page import UsersPage
from ldapwizard.gui.workers import Task

PAGES = (ConnectionPage, DirectoryPage, UsersPage, ImportPage)
RESUME_LIMIT = 2  # the Users page lists again; the Import page needs that fresh listing


def gui_settings() -> QSettings:
    """Non-secret window settings in the config folder (LDAPWIZARD_CONFIG_DIR overrides)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


class LdapWizard(QWizard):
    """Connection → Directory → Users → Import."""

    def __init__(self, context, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = session or Session()
        secrets.use_database_passwords(prompt=False)  # the keyring; a window asks by its own
        if self.session.default_database == Path():
            self.session.default_database = Path(context.database_path)
        self.setWindowTitle(self.tr("ldapwizard — import users from LDAP"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        with as_file(resource(*app_icon_png(48))) as logo:  # in every page's header
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QPixmap(str(logo)))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Lo&g…"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Open the folder with ldapwizard's log files"))
        self.customButtonClicked.connect(lambda _which: open_log_folder(self))
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()  # QWizard's own goes straight to reject()
        cancel.clicked.connect(self._close_asked)
        self.pages = [page(self.session, context, self) for page in PAGES]
        for page in self.pages:
            self.addPage(page)
        self.setMinimumSize(900, 640)
        # the listing's child process starts while the admin is on the Directory page, so
        # List users does not wait for a new interpreter (listing_process.warm_up)
        self.currentIdChanged.connect(
            lambda index: listing_process.warm_up() if index == 1 else None)
        self._restore()
        if self.resume_to:
            QTimer.singleShot(0, self.pages[0].test_connection)

    def _restore(self) -> None:
        settings = gui_settings()
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1024, 700)
        self.resume_to = 0
        last = settings.value("last_profile", "")
        if not last or not self.context.saves_profiles:
            return
        try:
            profile = self.context.profiles.load(str(last))
        except LdapWizardError:  # a deleted or damaged profile: start blank
            return
        # profiles saved before the job record held the domain and database: the window
        # remembered them, so take them over once
        if not profile.domain and settings.value("last_domain", ""):
            profile = replace(profile, domain=str(settings.value("last_domain")))
        if not profile.database and settings.value("last_database", ""):
            profile = replace(profile, database=str(settings.value("last_database")))
        self.session.profile = profile
        if self._can_sign_in(profile):
            # every later page needs a live sign-in: test it, then go on page by page to the
            # Users page, stopping at the first page whose settings are not complete
            self.resume_to = RESUME_LIMIT

    @staticmethod
    def _can_sign_in(profile) -> bool:
        """True when a connection test can run without asking the admin anything."""
        if profile.auth in ("anonymous", "kerberos"):
            return True
        if not profile.remember_password:
            return False
        try:
            return bool(secrets.load_password(profile.name))
        except LdapWizardError:
            return False

    def resume(self) -> None:
        """After a successful connection test on start, return to the last page used."""
        target, self.resume_to = self.resume_to, 0
        while self.currentId() < target and self.currentPage().isComplete():
            self.next()

    # --- closing ---------------------------------------------------------------------------

    def _close_asked(self) -> None:
        """Esc or Cancel: never a silent close of running work or unsaved edits."""
        if self._may_close():
            self.reject()

    def _may_close(self) -> bool:
        return self._stop_work() and self._keep_edits()

    def keyPressEvent(self, event) -> None:
        # QDialog rejects on Esc at once: ask first, as Cancel does
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self._close_asked()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        # the window's close button (a spontaneous event); close() from code stays silent
        if event.spontaneous() and not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)

    def _questions(self):
        """What stopping each kind of background run means, in the admin's words."""
        connection, _directory, users, importing = self.pages
        return ((importing.task, self.tr("Stop the import and close? Nothing will be "
                                         "imported.")),
                (importing.sync_panel.task, self.tr("Stop the sync and close? Nothing will "
                                                    "be changed.")),
                (users.task, self.tr("Stop listing the users and close?")),
                (connection.task, self.tr("Stop the connection test and close?")))

    def _stop_work(self) -> bool:
        """No run busy, or the admin chose to stop them and none had written yet."""
        # the runs an admin started and waits for; the rest (previews, counts, the OU tree)
        # only read and stop with the window, as before
        busy = [(task, text) for task, text in self._questions() if task.busy]
        if not busy:
            return True
        question = busy[0][1]
        busy = [task for task, _text in busy]
        if not messages.confirm(self, self.tr("Close ldapwizard"), question):
            return False
        importing = self.pages[3]
        writers = {importing.task, importing.sync_panel.task}
        landed = []

        def wrote():
            landed.append(True)

        for task in busy:
            if task in writers:
                task.returned.connect(wrote)
            task.cancel()
        for task in busy:
            task.wait()
        # the runs' last signals are queued to this thread: deliver them now, so a run that
        # had committed before it could stop shows what it wrote
        QCoreApplication.sendPostedEvents()
        for task in busy:
            if task in writers:
                task.returned.disconnect(wrote)
        if not landed:
            return True
        QMessageBox.information(self, self.tr("Close ldapwizard"), self.tr(
            "The run had already written to the user database when it was asked to stop: "
            "what it did is shown on the Import page. Close the window again when you have "
            "read it."))
        return False

    def _keep_edits(self) -> bool:
        """Nothing unsaved, or the admin chose to save or discard it (not Cancel)."""
        bar = self.pages[0].profile_bar
        commit = getattr(self.currentPage(), "commit_fields", None)
        if commit is not None:  # the page's fields as typed, not only as of its last Next
            commit()
        if not self.context.saves_profiles or not bar.edited():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close ldapwizard"), self.tr(
            "The job \u201c{0}\u201d has changes that are not saved. Save them before "
            "closing?").format(bar.name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            try:
                self.session.profile = self.context.profiles.save(
                    replace(bar.job(), name=bar.name()))
            except LdapWizardError as error:
                messages.show_error(self, error)
                return False
        return True

    def done(self, result: int) -> None:
        settings = gui_settings()
        settings.setValue("geometry", self.saveGeometry())
        if self.session.profile.name and self.context.saves_profiles:
            settings.setValue("last_profile", self.session.profile.name)
            for old_key in ("last_page", "last_domain", "last_database"):
                settings.remove(old_key)  # the job record holds them now
        settings.sync()
        # every background run of the window — the pages', Sync now's, the dialogs' — ends
        # before the window goes: a QThread destroyed while running aborts the process
        for task in self.findChildren(Task):
            task.cancel()
        for task in self.findChildren(Task):
            task.wait()
        super().done(result)
