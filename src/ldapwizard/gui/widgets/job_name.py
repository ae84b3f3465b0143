""""Save this job as: [name]" on the Import page: the first Import saves the job record under a
name the admin sees and may change, so a first run is never forgotten (after Finish and a
restart the profile is listed, and its sync updates and removes the users it imported).

Shown only while the job has no saved name, where the window saves profiles at all.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ldapwizard.core.errors import BadInput, LdapWizardError
from ldapwizard.core.job import secrets
from ldapwizard.core.job.profiles import check_name
from ldapwizard.core.maildb.location import stored_form
from ldapwizard.gui.widgets.labels import error_text, status_label
from ldapwizard.gui.widgets.profile_bar import offer_adoption
from ldapwizard.i18n import Message

# shown translated, logged in English
TAKEN = QT_TRANSLATE_NOOP("JobNameField", 'A profile named "{0}" exists already.')
ANOTHER = QT_TRANSLATE_NOOP("JobNameField", "Choose another name for this job.")


def default_name(domain: str, host: str, taken: list[str]) -> str:
    """"<domain> from <host>", made unique among the saved names by a number."""
    domain, host = domain.strip(), host.strip()
    if domain and host:
        base = QCoreApplication.translate("JobNameField", "{0} from {1}").format(domain, host)
    else:
        base = domain or host or QCoreApplication.translate("JobNameField", "Import job")
    folded = {name.casefold() for name in taken}
    name, number = base[:100], 2
    while name.casefold() in folded:
        name = f"{base[:90]} ({number})"
        number += 1
    return name


class JobNameField(QWidget):
    """The name the first Import saves the job under, checked as `profile save` checks it."""

    def __init__(self, session, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.context = context
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Save this job as"))
        self.edit.setToolTip(self.tr("Import saves the job under this name first: the next "
                                     "start, Sync now and a scheduled job use it."))
        label = QLabel(self.tr("Sa&ve this job as:"))
        label.setBuddy(self.edit)
        self.problem = status_label()
        self.problem.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row, 2)
        outer.addWidget(self.problem, 1)
        self.edit.textChanged.connect(lambda _text: self.problem.setVisible(False))

    def needed(self) -> bool:
        return self.context.saves_profiles and not self.session.profile.name

    def refresh(self) -> None:
        """Shown while the job is unsaved, with a sensible name unless one was typed."""
        self.setVisible(self.needed())
        if self.needed() and not self.edit.text().strip():
            try:
                taken = self.context.profiles.names()
            except LdapWizardError:
                taken = []
            host = self.session.profile.host
            if not host:
                try:
                    host = self.session.profile.resolve()[0].host
                except LdapWizardError:
                    host = ""
            self.edit.setText(default_name(self.session.domain, host, taken))

    def save_job(self) -> bool:
        """Save the unsaved job under the name given (True when saved, or nothing to do);
        False with the reason shown when the name cannot be used."""
        if not self.needed():
            return True
        store = self.context.profiles
        try:
            name = check_name(self.edit.text())
            if name in store.names():
                raise BadInput(Message(self.tr(TAKEN).format(name), TAKEN.format(name)),
                               hint=Message(self.tr(ANOTHER), ANOTHER))
            profile = replace(self.session.profile, name=name,
                              database=stored_form(str(self.session.database_path)))
            self.session.profile = store.save(profile)
            if profile.remember_password and self.session.password:
                secrets.store_password(name, self.session.password)
        except LdapWizardError as error:
            self.problem.setText(error_text(error))
            self.problem.setVisible(True)
            return False
        self.setVisible(False)
        offer_adoption(self, store, self.session.profile, self.session.database_path)
        return True
