"""The saved profiles on the Connection page: a combo with "(new profile)", Save, Rename…, Delete.

The bar reads and writes the profile store (renaming or deleting a profile moves or deletes its
remembered password with it, in core); what that means for the wizard's session and form it
leaves to the page, through its signals. It knows whether the job record as the window shows
it is saved or edited (`edited()`), which the window asks before it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.job.adoption import adopt, unsaved_rows
from ldapwizard.core.job.profiles import Profile, ProfileStore, delete_profile, rename_profile
from ldapwizard.core.maildb.location import Location
from ldapwizard.gui.messages import confirm, show_error


def offer_adoption(parent: QWidget, store: ProfileStore, profile: Profile,
                   location: Location) -> None:
    """After a job's first save: when its database holds users this server's unsaved job
    imported, ask whether the job takes them over (so its sync updates and removes them)."""
    found = unsaved_rows(store, profile, location)
    if found is None:
        return
    owner, owned = found
    # the bar's context: lupdate would file a tr() on `parent` under "parent"
    title = QCoreApplication.translate("ProfileBar", "Take over earlier imports")
    if not confirm(parent, title, QCoreApplication.translate(
            "ProfileBar", "Before this job was saved, these were imported from {4} into {3}: "
            "users {0}, mailing lists {1}, batches {2}. Should the job \u201c{5}\u201d take "
            "them over? Its sync then updates them and removes those that leave the "
            "directory.").format(
            owned.users, owned.lists, owned.batches, location, owner,
            profile.name)):
        return
    try:
        adopt(store, profile, owner, location=location)
    except LdapWizardError as error:
        show_error(parent, error)


class ProfileBar(QWidget):
    """Choose, save, rename and delete saved profiles."""

    # a saved profile as loaded, or an empty Profile() for "(new profile)"
    profile_chosen = Signal(object)
    saved = Signal(object)  # the Profile as just saved (its password is the page's to keep)
    renamed = Signal(str)  # the new name of the profile shown
    deleted = Signal(str)  # the name of the profile deleted
    problem = Signal(object)  # an LdapWizardError for the page's status line

    def __init__(self, profiles: ProfileStore, job: Callable[[], Profile],
                 parent: QWidget | None = None, *,
                 database: Callable[[], Location] | None = None):
        """`job()` gives the job record as the page's form shows it; Save saves that.
        `database()` is the user database the window writes to (the job's own by default)."""
        super().__init__(parent)
        self.profiles = profiles
        self.job = job
        self.database = database or (lambda: self.job().database_location())
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Saved profile"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.rename_button = QPushButton(self.tr("Rena&me…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        for button in (self.save_button, self.rename_button, self.delete_button):
            layout.addWidget(button)
        self.save_button.clicked.connect(self.save_profile)
        self.rename_button.clicked.connect(self.rename_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.combo.activated.connect(self._profile_chosen)

    def name(self) -> str:
        """The saved profile chosen; "" for "(new profile)"."""
        return self.combo.currentData() or ""

    def fill(self, selected: str) -> None:
        """List the saved profiles again, with `selected` chosen ("" for a new one)."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(new profile)"), "")
        try:
            for name in self.profiles.names():
                self.combo.addItem(name, name)
        except LdapWizardError as error:
            self.problem.emit(error)
        index = self.combo.findData(selected)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        has = bool(self.name())
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _profile_chosen(self) -> None:
        self._enable()
        name = self.name()
        if not name:
            # a new job starts from empty fields on every page, not from the last one's
            profile = Profile()
        else:
            try:
                profile = self.profiles.load(name)
            except LdapWizardError as error:
                show_error(self, error)
                return
        self.profile_chosen.emit(profile)

    def save_profile(self) -> None:
        """Save the job record under the chosen name, or a new one asked for."""
        name = self.name()
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Save profile"),
                                            self.tr("Profile name:"))
            if not ok or not name.strip():
                return
        first = name.strip() not in self.profiles.names()
        try:
            profile = self.profiles.save(replace(self.job(), name=name.strip()))
        except LdapWizardError as error:
            show_error(self, error)
            return
        self.fill(profile.name)
        self.saved.emit(profile)
        if first:
            offer_adoption(self, self.profiles, profile, self.database())

    def edited(self) -> bool:
        """True when the chosen profile's record differs from the job the window shows (its
        edits are not saved); a new, unsaved job is not "edited": its first Import saves it."""
        name = self.name()
        if not name:
            return False
        try:
            stored = self.profiles.load(name)
        except LdapWizardError:
            return True  # deleted or unreadable behind the window's back: saving helps
        shown = replace(self.job(), name=name)
        return replace(shown, job_id="") != replace(stored, job_id="")

    def rename_profile(self) -> None:
        """Rename the chosen profile (its remembered password goes with it)."""
        old = self.name()
        new, ok = QInputDialog.getText(self, self.tr("Rename profile"), self.tr("New name:"),
                                       text=old)
        if not ok or not new.strip() or new.strip() == old:
            return
        try:
            new = rename_profile(self.profiles, old, new)
        except LdapWizardError as error:
            show_error(self, error)
            return
        self.fill(new)
        self.renamed.emit(new)

    def delete_profile(self) -> None:
        """Delete the chosen profile and its remembered password, once confirmed."""
        name = self.name()
        if not confirm(self, self.tr("Delete profile"), self.tr(
                "Delete the profile \u201c{0}\u201d and any password remembered for it?").format(
                name)):
            return
        try:
            delete_profile(self.profiles, name)
        except LdapWizardError as error:
            show_error(self, error)
            return
        self.fill("")
        self.deleted.emit(name)
