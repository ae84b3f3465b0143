"""Page 2 — Directory: the binding string (validated as typed, and against the Connection
page), scope and Advanced options, who to import (who_panel.py: OUs, groups, exclusion rules,
mailing lists), usernames, the target mail domain and the user database file
(target_fields.py).

Each field says its own problem under it while typed, and the message goes once it is fixed;
a Detect or Check result goes when the DN, filter or scope it was about changes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ldapwizard.core.directory.bindstring import parse_binding
from ldapwizard.core.directory.filters import validate_filter
from ldapwizard.core.directory.presets import PRESETS
from ldapwizard.core.errors import BadInput, LdapWizardError, PositionedInputError
from ldapwizard.core.maildb.quotas import parse_size
from ldapwizard.gui.pages.base import BasePage, scrolling_layout
from ldapwizard.gui.widgets.disclosure import Disclosure
from ldapwizard.gui.widgets.message_line import MessageLine, inline_problem
from ldapwizard.gui.widgets.target_fields import TargetFields
from ldapwizard.gui.widgets.username_choice import UsernameChoice
from ldapwizard.gui.widgets.who_panel import WhoPanel
from ldapwizard.gui.workers import Task

INVALID_STYLE = "QLineEdit { border: 1px solid #c0392b; }"


class DirectoryPage(BasePage):
    """Where in the directory the users are, and where they go."""

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.setTitle(self.tr("Directory"))
        self.setSubTitle(self.tr("Say where the users are in the directory and which mail "
                                 "domain and user database they go to."))
        self.task = Task(self)
        self.task.failed.connect(lambda error: self._show_check(error=error))
        self.task.running_changed.connect(self._on_running)
        self._checked_for: tuple | None = None  # what the Detect/Check result is about
        self._build()

    def _build(self) -> None:
        self.binding_edit = QLineEdit()
        self.binding_edit.setPlaceholderText("LDAP://dc1.corp.example.com/OU=Staff,"
                                             "DC=corp,DC=example,DC=com")
        self.binding_problem = MessageLine("color: #c0392b; font-family: monospace;")
        self.detect_button = QPushButton(self.tr("&Detect base DN"))
        self.check_button = QPushButton(self.tr("C&heck"))
        binding_row = QHBoxLayout()
        binding_row.addWidget(self.binding_edit, 1)
        binding_row.addWidget(self.detect_button)
        binding_row.addWidget(self.check_button)
        self.check_label = MessageLine()
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("This entry and everything below it"), "sub")
        self.scope_combo.addItem(self.tr("Only entries directly below it"), "one")
        self.username_choice = UsernameChoice()
        self.target = TargetFields(lambda: self.session.database_path, self)

        self.advanced = Disclosure(self.tr("&Advanced"))
        self.filter_edit = QLineEdit()
        self.filter_problem = MessageLine("color: #c0392b; font-family: monospace;")
        self.username_attr = QLineEdit()
        self.email_attr = QLineEdit()
        self.display_attr = QLineEdit()
        self.alias_attr = QLineEdit()
        self.disabled_check = QCheckBox(self.tr("Include disabled accoun&ts"))
        self.contacts_check = QCheckBox(self.tr("Include mail-enabled &contacts"))
        self.roles_check = QCheckBox(self.tr("Let entries ta&ke role addresses (postmaster, "
                                             "abuse, root…)"))
        self.quota_edit = QLineEdit()
        self.quota_edit.setPlaceholderText(self.tr("no limit (e.g. 500M, 2G)"))
        self.quota_edit.setToolTip(self.tr(
            "The mailbox quota of the users an import or sync of this job creates; Dovecot "
            "enforces it. Change one user's with `ldapwizard db set-quota`."))
        self.quota_problem = MessageLine("color: #c0392b;")
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, 100_000)
        advanced_form = QFormLayout(self.advanced.frame)
        for text, widget in ((self.tr("User &filter:"), self.filter_edit),
                             ("", self.filter_problem),
                             (self.tr("Username attribute:"), self.username_attr),
                             (self.tr("Email attribute:"), self.email_attr),
                             (self.tr("Display name attribute:"), self.display_attr),
                             (self.tr("Alias attribute:"), self.alias_attr),
                             ("", self.disabled_check), ("", self.contacts_check),
                             ("", self.roles_check),
                             (self.tr("&Quota for new users:"), self.quota_edit),
                             ("", self.quota_problem),
                             (self.tr("Page si&ze:"), self.page_spin)):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setVisible(bool(text))  # a row of a message that is not shown takes no room
            advanced_form.addRow(label, widget)
            if text:
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))

        form = QFormLayout()
        for text, field, buddy in (
            (self.tr("B&inding string:"), binding_row, self.binding_edit),
            ("", self.binding_problem, None),
            ("", self.check_line(), None),
            (self.tr("Sco&pe:"), self.scope_combo, self.scope_combo),
            (self.tr("Usernames:"), self.username_choice, None),
            *self.target.rows(),
        ):
            label = QLabel(text)
            label.setVisible(bool(text))
            if buddy is not None:
                label.setBuddy(buddy)
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        # Advanced and Who to import open together are taller than the window
        layout = scrolling_layout(self)
        layout.addLayout(form)
        layout.addWidget(self.advanced)
        self.who = WhoPanel(self._who_job, self._base_dn)
        layout.addWidget(self.who)
        layout.addStretch(1)
        self.who.changed.connect(self._validate)
        self.binding_edit.textChanged.connect(lambda: self.who.base_changed(self._base_dn()))

        self.binding_edit.textChanged.connect(self._validate)
        self.filter_edit.textChanged.connect(self._validate)
        self.quota_edit.textChanged.connect(self._validate)
        self.scope_combo.currentIndexChanged.connect(self._validate)
        for check in (self.disabled_check, self.contacts_check):
            check.toggled.connect(self._validate)
        self.target.domain_combo.editTextChanged.connect(self._validate)
        self.target.db_edit.textChanged.connect(self._validate)
        self.detect_button.clicked.connect(self.detect_base)
        self.check_button.clicked.connect(self.check_base)

    def check_line(self) -> QWidget:
        """The Detect/Check result and its Details… button: no room while neither is shown."""
        self._check_line = QWidget()
        row = QHBoxLayout(self._check_line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check_label, 1)
        row.addWidget(self.details_button)
        self._check_line.setVisible(False)
        return self._check_line

    def _fit_check_line(self) -> None:
        self._check_line.setVisible(bool(self.check_label.text()) or
                                    self.details_button.isVisibleTo(self._check_line))

    def initializePage(self) -> None:
        profile = self.session.profile
        preset = PRESETS[profile.server_type]
        binding = profile.binding or (self.session.root_dse.suggested_base
                                      if self.session.root_dse else "") or ""
        self.binding_edit.setText(binding)
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(profile.scope))
        self.filter_edit.setText(profile.filter or preset.search_filter())
        for edit, name in self._mapping_edits():
            edit.setText(getattr(profile, name) or getattr(preset, name) or "")
        self.disabled_check.setChecked(profile.include_disabled)
        self.contacts_check.setChecked(profile.include_contacts)
        self.roles_check.setChecked(profile.allow_role_addresses)
        self.quota_edit.setText(profile.quota)
        self.page_spin.setValue(profile.page_size or preset.page_size)
        self.username_choice.show_profile(profile)
        self.who.show_profile(profile)
        if profile.filter or any(getattr(profile, name) for _, name in self._mapping_edits()) \
                or profile.include_disabled or profile.include_contacts \
                or profile.allow_role_addresses or profile.quota:
            self.advanced.setChecked(True)  # show what differs from the server type's defaults
        # as saved, even when it no longer reads (the field says why): not database_path
        self.target.show(profile.database or str(self.session.default_database), profile.domain)
        self._validate()

    def _mapping_edits(self):
        return ((self.username_attr, "username_attribute"), (self.email_attr, "email_attribute"),
                (self.display_attr, "display_name_attribute"),
                (self.alias_attr, "alias_attribute"))

    # --- validation --------------------------------------------------------------------------

    def _problem(self) -> str | None:
        """The first field that stops Next ("binding", "filter", "quota", "domain",
        "database", "rules"), each
        field's message shown or cleared on the way: a fixed field loses its message even
        while another still has one."""
        problems = [self._binding_problem(), self._filter_problem(), self._quota_problem(),
                    self.target.check_domain(),
                    self.target.check_database(), self.who.problem()]
        return next((problem for problem in problems if problem), None)

    def _binding_problem(self) -> str | None:
        text = self.binding_edit.text()
        try:
            parse_binding(text)
            # the host, port and security it names must agree with the Connection page:
            # the job record's own rule, said here while typing rather than on Detect or Check
            replace(self.session.profile, binding=text).resolve()
        except PositionedInputError as error:
            self.binding_problem.setText(inline_problem(error, text))
        except BadInput as error:
            self.binding_problem.setText(f"✗ {error.message}\n" + self.tr(
                "Leave the server out of the binding string (a bare DN is enough), or go Back "
                "and change it on the Connection page."))
        else:
            self.binding_problem.setText("")
            self.binding_edit.setStyleSheet("")
            return None
        self.binding_edit.setStyleSheet(INVALID_STYLE)
        return "binding"

    def _filter_problem(self) -> str | None:
        filter_text = self.filter_edit.text()
        try:
            if filter_text.strip():
                validate_filter(filter_text)
        except PositionedInputError as error:
            self.filter_problem.setText(inline_problem(error, filter_text))
            self.filter_edit.setStyleSheet(INVALID_STYLE)
            self.advanced.setChecked(True)
            return "filter"
        self.filter_problem.setText("")
        self.filter_edit.setStyleSheet("")
        return None

    def _quota_problem(self) -> str | None:
        text = self.quota_edit.text().strip()
        try:
            if text:
                parse_size(text)
        except BadInput as error:
            self.quota_problem.setText(f"✗ {error.message} {error.hint}")
            self.quota_edit.setStyleSheet(INVALID_STYLE)
            self.advanced.setChecked(True)
            return "quota"
        self.quota_problem.setText("")
        self.quota_edit.setStyleSheet("")
        return None

    def _check_key(self) -> tuple:
        """What a Detect or Check result is about."""
        return (self.binding_edit.text().strip(), self.filter_edit.text().strip(),
                self.scope_combo.currentData(), self.disabled_check.isChecked(),
                self.contacts_check.isChecked())

    def _show_check(self, text: str = "", error: LdapWizardError | None = None) -> None:
        """Say something about the DN, filter and scope as they are now; it goes when they
        change."""
        self.report(self.check_label, error, text)
        self._checked_for = self._check_key()
        self._fit_check_line()

    def _validate(self) -> None:
        if self._checked_for is not None and self._checked_for != self._check_key():
            self.report(self.check_label, None, "")
            self._checked_for = None
            self._fit_check_line()
        self._problem()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._problem() is None and not self.task.running

    def validatePage(self) -> bool:
        self.commit_fields()
        return self.save_job()

    def commit_fields(self) -> None:
        """The page's fields into the job record (the preset's values are stored as None, so
        a later change of server type brings its own)."""
        preset = PRESETS[self.session.profile.server_type]
        filter_text = self.filter_edit.text().strip()
        mapping = {}
        for edit, name in self._mapping_edits():
            value = edit.text().strip()
            mapping[name] = value if value and value != getattr(preset, name) else None
        self.session.profile = replace(
            self.session.profile, binding=self.binding_edit.text().strip(),
            scope=self.scope_combo.currentData(),
            filter=None if filter_text == preset.search_filter() else filter_text or None,
            page_size=self.page_spin.value(), include_contacts=self.contacts_check.isChecked(),
            include_disabled=self.disabled_check.isChecked(),
            allow_role_addresses=self.roles_check.isChecked(),
            quota=self.quota_edit.text().strip(),
            **self.target.fields(), **self.username_choice.fields(), **self.who.fields(),
            **mapping)

    # --- actions ---------------------------------------------------------------------------

    def _on_running(self, running: bool) -> None:
        self.detect_button.setEnabled(not running)
        self.check_button.setEnabled(not running)
        self.completeChanged.emit()

    def detect_base(self) -> None:
        """Fill the base DN from the server's RootDSE."""
        try:
            job = self._job(lambda directory: directory.root_dse().suggested_base)
        except LdapWizardError as error:
            self._show_check(error=error)
            return
        self._show_check(self.tr("Reading the server's RootDSE…"))
        self.task.start(job, self._on_base_detected)

    def check_base(self) -> None:
        """Confirm the base DN exists and count the users below it."""
        self.commit_fields()
        try:
            _, search = self.session.search_settings()
        except LdapWizardError as error:
            self._show_check(error=error)
            return
        self._show_check(self.tr("Checking…"))

        def check(directory):
            if not directory.entry_exists(search.base_dn):
                return None
            return directory.count_entries(search.base_dn, search.effective_filter, search.scope)

        self.task.start(self._job(check), self._on_checked)

    def _job(self, work):
        connection, _ = self.session.search_settings()
        password = self.session.password
        opener = self.context.open_directory

        def job(progress, cancel):
            with opener(connection, password) as directory:
                return work(directory)

        return job

    def _who_job(self, work):
        """A job for Who to import's background reads, on the bound directory."""
        self.commit_fields()
        return self._job(work)

    def _base_dn(self) -> str:
        """The base DN the binding string names (the server's suggested one if it names
        none); empty while it cannot be parsed."""
        try:
            base = parse_binding(self.binding_edit.text()).base_dn
        except LdapWizardError:
            return ""
        root = self.session.root_dse
        return base or (root.suggested_base if root is not None else "") or ""

    def _on_base_detected(self, base_dn: str | None) -> None:
        if base_dn:
            self.binding_edit.setText(base_dn)  # first: its change clears older results
            self._show_check(self.tr("✓ Base DN from the server: {0}").format(base_dn))
        else:
            self._show_check(self.tr("The server advertises no base DN."))

    def _on_checked(self, count: int | None) -> None:
        """How many users match below the base DN; None when the DN does not exist."""
        if count is None:
            self._show_check(self.tr("✗ That DN does not exist on the server (or the bind "
                                     "user may not see it)."))
        else:
            self._show_check(self.tr("✓ The DN exists; %n users below it match the "
                                     "filter.", "", count))
