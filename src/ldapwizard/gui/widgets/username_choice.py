"""The usernames to create, as one choice of three (it used to be a combo and a checkbox that
overlapped): the local part of the email address, the directory's username, or the full email
address. The job record keeps it as `username_from` and `email_as_username`; below it, the
extra names users may sign in with (`sign_in_names`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

# key -> (username_from, email_as_username) in the job record
CHOICES = {"local": ("email", False), "directory": ("directory", False),
           "address": ("email", True)}


def choice_of(profile) -> str:
    """Which of CHOICES a job record holds (the full address wins, as it does in planning)."""
    if profile.email_as_username:
        return "address"
    return "directory" if profile.username_from == "directory" else "local"


class UsernameChoice(QWidget):
    """Three radio buttons (arrow keys move between them); `group` keeps them exclusive."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        texts = {"local": self.tr("L&ocal part of the email address (jdoe for "
                                  "jdoe@example.com)"),
                 "directory": self.tr("The directory's &username (sAMAccountName / uid)"),
                 "address": self.tr("The full &email address (jdoe@example.com)")}
        self.group = QButtonGroup(self)
        self._buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for key, text in texts.items():
            button = QRadioButton(text)
            button.setAccessibleDescription(self.tr("Usernames"))
            self.group.addButton(button)
            self._buttons[key] = button
            layout.addWidget(button)
        self._buttons["local"].setChecked(True)
        # the extra names users may sign in with besides the login and the full address
        # (issue 26): one line, so the page keeps its height
        self.sign_in_checks = {
            "directory": QCheckBox(self.tr("the directory's username")),
            "upn": QCheckBox(self.tr("the UPN (Active Directory)"))}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Users may also sign in with:")))
        for check in self.sign_in_checks.values():
            check.setAccessibleDescription(self.tr("Extra sign-in names"))
            row.addWidget(check)
        row.addStretch(1)
        layout.addLayout(row)

    def button(self, key: str) -> QRadioButton:
        """The radio button of a CHOICES key."""
        return self._buttons[key]

    def key(self) -> str:
        """The CHOICES key chosen."""
        return next(key for key, button in self._buttons.items() if button.isChecked())

    def show_profile(self, profile) -> None:
        """Choose what a job record holds."""
        self._buttons[choice_of(profile)].setChecked(True)
        for source, check in self.sign_in_checks.items():
            check.setChecked(source in profile.sign_in_names)

    def fields(self) -> dict:
        """The choice as job record fields."""
        username_from, email_as_username = CHOICES[self.key()]
        return {"username_from": username_from, "email_as_username": email_as_username,
                "sign_in_names": tuple(source for source, check in self.sign_in_checks.items()
                                       if check.isChecked())}
