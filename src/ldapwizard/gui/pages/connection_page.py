"""Page 1 — Connection: profile, server, security, sign-in; Test connection and Detect.

Next is possible only after a successful bind with exactly the settings shown: any change
invalidates the last test, and takes its results (and any other message about the old settings)
off the page.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ldapwizard.core.directory.diagnose import detect
from ldapwizard.core.directory.presets import PRESETS
from ldapwizard.core.directory.settings import default_port
from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.job import secrets
from ldapwizard.core.job.profiles import Profile
from ldapwizard.gui import keyring_words
from ldapwizard.gui.messages import show_error
from ldapwizard.gui.pages.base import BasePage
from ldapwizard.gui.widgets.connection_widgets import (
    AUTH_CHOICES,
    SECURITY_CHOICES,
    VERIFY_CHOICES,
    combo,
    select,
    step_items,
)
from ldapwizard.gui.widgets.labels import status_label
from ldapwizard.gui.widgets.language_box import LanguageBox
from ldapwizard.gui.widgets.profile_bar import ProfileBar
from ldapwizard.gui.workers import Task


class ConnectionPage(BasePage):
    """Where and how to sign in to the directory."""

    def __init__(self, session, context, parent=None):
        super().__init__(session, context, parent)
        self.setTitle(self.tr("Connection"))
        self.setSubTitle(self.tr("Choose the directory server and how to sign in, then test "
                                 "the connection."))
        self.tested_profile: Profile | None = None
        # the form (profile, password) the result line and steps speak of; None: nothing shown
        self._result_for: tuple | None = None
        self.keyring_missing = False  # found when remembering a password failed for want of one
        self.task = Task(self)
        self.task.progressed.connect(self._on_step)
        self.task.failed.connect(self._on_failed)
        self.task.running_changed.connect(self._on_running)
        self._build()
        self._connect_changes()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.profile_bar = ProfileBar(self.context.profiles, self.current_profile,
                                      database=lambda: self.session.database_path)
        self.type_combo = combo((key, preset.label) for key, preset in PRESETS.items())
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("dc1.corp.example.com, 10.0.0.5 or an AD "
                                                  "domain name"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(636)
        self.security_combo = combo(SECURITY_CHOICES)
        self.verify_combo = combo(VERIFY_CHOICES)
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("CA certificate (PEM)"))
        self.ca_button = QPushButton(self.tr("Br&owse…"))
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        self.auth_combo = combo(AUTH_CHOICES)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("svc-import@corp.example.com or "
                                                  "CN=svc-import,OU=…"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("&Remember in the system keyring"))
        self.warning_label = status_label()
        self.warning_label.setStyleSheet("color: #b35900;")

        form = QFormLayout()
        rows = (
            (self.tr("Pro&file:"), self.profile_bar, self.profile_bar.combo),
            (self.tr("Server t&ype:"), self.type_combo, self.type_combo),
            (self.tr("&Host:"), self.host_edit, self.host_edit),
            (self.tr("&Port:"), self.port_spin, self.port_spin),
            (self.tr("S&ecurity:"), self.security_combo, self.security_combo),
            (self.tr("&Certificate check:"), self.verify_combo, self.verify_combo),
            (self.tr("CA f&ile:"), ca_row, self.ca_edit),
            (self.tr("&Authentication:"), self.auth_combo, self.auth_combo),
            (self.tr("Bind &user:"), self.user_edit, self.user_edit),
            (self.tr("Pass&word:"), self.password_edit, self.password_edit),
        )
        for text, field, buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
            buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow("", self.remember_check)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.detect_button = QPushButton(self.tr("&Detect"))
        self.detect_button.setToolTip(self.tr("Find the security and the base DN: the port "
                                              "above first, then LDAPS on 636 and StartTLS "
                                              "on 389"))
        self.cancel_button = QPushButton(self.tr("Cancel test"))
        self.cancel_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.detect_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.language_box = LanguageBox()
        buttons.addWidget(self.language_box, 1)
        self.steps_list = QListWidget()
        self.steps_list.setAccessibleName(self.tr("Test results"))
        self.steps_list.setMinimumHeight(90)
        self.result_label = status_label()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addLayout(buttons)
        layout.addWidget(self.steps_list, 1)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.details_button)
        layout.addLayout(result_row)

        self.test_button.clicked.connect(self.test_connection)
        self.detect_button.clicked.connect(self.run_detect)
        self.cancel_button.clicked.connect(self.task.cancel)
        self.ca_button.clicked.connect(self._browse_ca)
        self.profile_bar.profile_chosen.connect(self._profile_chosen)
        self.profile_bar.saved.connect(self._profile_saved)
        self.profile_bar.renamed.connect(self._profile_renamed)
        self.profile_bar.deleted.connect(self._profile_deleted)
        self.profile_bar.problem.connect(lambda error: self._show_result(error=error))
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        QWidget.setTabOrder(self.password_edit, self.remember_check)
        QWidget.setTabOrder(self.remember_check, self.test_button)

    def _connect_changes(self) -> None:
        for edit in (self.host_edit, self.ca_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._changed)
        for box in (self.type_combo, self.security_combo, self.verify_combo,
                    self.auth_combo):
            box.currentIndexChanged.connect(self._changed)
        self.port_spin.valueChanged.connect(self._changed)

    # --- state -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.profile_bar.fill(self.session.profile.name)
        if self.session.profile.host or self.session.profile.binding:
            self.show_profile(self.session.profile)
        if self.context.known_password and not self.password_edit.text():
            self.password_edit.setText(self.context.known_password)
        self._changed()

    def show_profile(self, profile: Profile) -> None:
        """Put a profile's fields into the form."""
        select(self.type_combo, profile.server_type)
        host = profile.host
        if not host and profile.binding:
            try:
                connection, _ = profile.resolve()
                host = connection.host
            except LdapWizardError:
                pass
        self.host_edit.setText(host)
        security = profile.security or PRESETS[profile.server_type].default_security
        select(self.security_combo, security)
        self.port_spin.setValue(profile.port or default_port(security))
        select(self.verify_combo, profile.verify)
        self.ca_edit.setText(profile.ca_file or "")
        select(self.auth_combo, profile.auth)
        self.user_edit.setText(profile.bind_user)
        self.remember_check.setChecked(profile.remember_password)
        if profile.remember_password and profile.name:
            try:
                self.password_edit.setText(
                    secrets.load_password(profile.name, missing_ok=False) or "")
            except LdapWizardError as error:
                self._show_result(error=keyring_words.reading_failed(error))

    def current_profile(self) -> Profile:
        """The form as a profile (other fields kept from the session's profile)."""
        return replace(
            self.session.profile,
            name=self.profile_bar.name() or self.session.profile.name,
            server_type=self.type_combo.currentData(), host=self.host_edit.text().strip(),
            port=self.port_spin.value(), security=self.security_combo.currentData(),
            verify=self.verify_combo.currentData(), ca_file=self.ca_edit.text().strip() or None,
            auth=self.auth_combo.currentData(), bind_user=self.user_edit.text().strip(),
            remember_password=self.remember_check.isChecked(),
        )

    def _changed(self) -> None:
        auth = self.auth_combo.currentData()
        needs_password = auth in ("simple", "ntlm")
        self.user_edit.setEnabled(needs_password)
        self.password_edit.setEnabled(needs_password)
        self.remember_check.setEnabled(needs_password and self.context.remembers_passwords
                                       and not self.keyring_missing)
        cafile = self.verify_combo.currentData() == "cafile"
        self.ca_edit.setEnabled(cafile)
        self.ca_button.setEnabled(cafile)
        self.verify_combo.setEnabled(self.security_combo.currentData() != "none")
        profile = self.current_profile()
        try:
            settings, _ = profile.resolve()
            warnings = settings.warnings()
        except LdapWizardError:
            warnings = []
        self.warning_label.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warning_label.setVisible(bool(warnings))
        if self._result_for is not None and self._result_for != self._form():
            # what the page says is about other settings: the steps, the Details… behind
            # them and any message go, and a passed test must be run again
            self.steps_list.clear()
            self.report(self.result_label, None, self.tr(
                "Settings changed: test the connection again.")
                if self.tested_profile is not None else "")
            self.tested_profile = None
            self._result_for = None
        self.completeChanged.emit()

    def _form(self) -> tuple:
        """The settings shown, password included: what a test result holds for (whether the
        password is remembered changes no result)."""
        return (replace(self.current_profile(), remember_password=False),
                self.password_edit.text())

    def _show_result(self, text: str = "", error: LdapWizardError | None = None) -> None:
        """Say something about the settings as they are now; it goes when they change."""
        self.report(self.result_label, error, text)
        self._result_for = self._form()

    def _security_changed(self) -> None:
        if self.port_spin.value() in (389, 636):
            self.port_spin.setValue(default_port(self.security_combo.currentData()))

    def _type_changed(self) -> None:
        preset = PRESETS[self.type_combo.currentData()]
        if not self.host_edit.text():
            select(self.security_combo, preset.default_security)

    def isComplete(self) -> bool:
        return self.tested_profile is not None and not self.task.running

    def validatePage(self) -> bool:
        profile = self.current_profile()
        self.session.password = self.password_edit.text() or None
        if profile.name and self.context.remembers_passwords:
            self._keep_password(profile)
        self.session.profile = self.current_profile()  # "remember" may have been unticked
        return self.save_job()

    def _keep_password(self, profile: Profile) -> None:
        """Remember the (tested) password only when asked and needed; forget it otherwise.

        Without a keyring on this computer that is said once, and "remember" is unticked, so
        the profile is saved without it and the next Next does not ask again."""
        try:
            if profile.remember_password and profile.auth in ("simple", "ntlm") and \
                    self.password_edit.text():
                secrets.store_password(profile.name, self.password_edit.text())
            else:
                secrets.delete_password(profile.name)
        except LdapWizardError as error:
            if keyring_words.keyring_missing():
                self._without_keyring()
            show_error(self, keyring_words.storing_failed(error))

    def _without_keyring(self) -> None:
        """No keyring here: "remember" unticked and off, with the reason on it."""
        self.keyring_missing = True
        self.remember_check.setChecked(False)
        self.remember_check.setEnabled(False)
        self.remember_check.setToolTip(keyring_words.not_remembered_tip())

    # --- actions ---------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Run the staged diagnosis in the background and show each step."""
        profile = self.current_profile()
        try:
            settings, _ = profile.resolve()
        except LdapWizardError as error:
            self._show_result(error=error)
            return
        self.steps_list.clear()
        self._show_result(self.tr("Testing…"))
        password = self.password_edit.text() or None
        test = self.context.connection_test
        self.task.start(lambda progress, cancel: test(
            settings, password, on_step=lambda step: progress(0, step)),
            partial(self._on_tested, self._form()))

    def _on_step(self, payload) -> None:
        for item in step_items(payload[1]):
            self.steps_list.addItem(item)

    def _on_tested(self, testing: tuple, result) -> None:
        """A connection test ended; `testing` is the form (`_form()`) it ran with."""
        if testing != self._form():
            self.tested_profile = None
            self.steps_list.clear()
            self._show_result(self.tr("Settings changed during the test: test the connection "
                                      "again."))
            self.completeChanged.emit()
            return
        if result.ok:
            self.tested_profile = testing[0]
            self.session.root_dse = result.root_dse
            self._show_result(self.tr("✓ Connected and signed in. Choose Next."))
            if getattr(self.wizard(), "resume_to", 0):
                self.wizard().resume()
        else:
            self.tested_profile = None
            self._show_result(self.tr("✗ The connection test failed at: {0}").format(
                result.failure.title))
        self.completeChanged.emit()

    def _on_failed(self, error) -> None:
        self.tested_profile = None
        self._show_result(error=error)
        self.completeChanged.emit()

    def _on_running(self, running: bool) -> None:
        for widget in (self.test_button, self.detect_button):
            widget.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.completeChanged.emit()

    def run_detect(self) -> None:
        """Find port, security and base DN in the background."""
        profile = self.current_profile()
        if not profile.host:
            self._show_result(self.tr("Enter the host first."))
            return
        try:
            settings, _ = profile.resolve()
        except LdapWizardError as error:
            self._show_result(error=error)
            return
        self.steps_list.clear()
        self._show_result(self.tr("Detecting…"))
        self.task.start(lambda progress, cancel: detect(settings), self._on_detected)

    def _on_detected(self, found) -> None:
        select(self.security_combo, found.security)
        self.port_spin.setValue(found.port)
        if found.base_dn and not self.session.profile.binding:
            self.session.profile = replace(self.session.profile, binding=found.base_dn)
        # after the form took the findings, so that their change does not clear them
        base = (self.tr("Base DN: {0}").format(found.base_dn) if found.base_dn
                else self.tr("Base DN: none advertised."))
        self._show_result("\n".join(found.notes) + "\n" + base)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;"
                                                      "All files (*)"))
        if path:
            self.ca_edit.setText(path)

    # --- profiles (the bar saves, renames and deletes them; the session follows) ----------

    def _profile_chosen(self, profile: Profile) -> None:
        """A saved profile, or an empty one for "(new profile)": the form, password and test
        results start again from it."""
        self.session.profile = profile
        self.session.root_dse = None
        self.password_edit.clear()
        self.steps_list.clear()
        self.report(self.result_label, None)
        self._result_for = None
        self.show_profile(profile)

    def _profile_saved(self, profile: Profile) -> None:
        self._keep_password(profile)
        if self.remember_check.isChecked() != profile.remember_password:
            # no keyring to remember it in: saved again without "remember"
            profile = replace(profile, remember_password=False)
            self.session.profile = profile
            self.save_job()
        self.session.profile = profile
        self._show_result(self.tr("Profile saved."))

    def _profile_renamed(self, name: str) -> None:
        self.session.profile = replace(self.session.profile, name=name)

    def _profile_deleted(self, name: str) -> None:
        """The form keeps the deleted profile's values, as a new profile."""
        self.session.profile = replace(self.session.profile, name="", job_id="")
