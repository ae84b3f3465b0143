"""What every page shares: the wizard's session, form helpers, a status line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.gui.messages import describe, show_error
from ldapwizard.gui.widgets.labels import error_text


class BasePage(QWizardPage):
    """A page with access to the session and the application context."""

    def __init__(self, session, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.context = context
        self.last_error: LdapWizardError | None = None
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("The server's own words and the certificate, "
                                               "if any"))
        self.details_button.setVisible(False)
        self.details_button.clicked.connect(
            lambda: self.last_error and show_error(self, self.last_error))

    def save_job(self) -> bool:
        """Save the job record under its profile name (a change on any page is saved with the
        profile, so the next start and a scheduled job see it); False when that failed."""
        profile = self.session.profile
        if not profile.name or not self.context.saves_profiles:
            return True
        try:
            self.session.profile = self.context.profiles.save(profile)  # with its job id
        except LdapWizardError as error:
            show_error(self, error)
            return False
        return True

    def report(self, label: QLabel, error: LdapWizardError | None, text: str = "") -> None:
        """Show an error (or plain text) in a label; the details stay one click away."""
        self.last_error = error
        label.setText(error_text(error) if error else text)
        self.details_button.setVisible(bool(error and describe(error)[2]))


def scrolling_layout(page: QWidget) -> QVBoxLayout:
    """A layout for the page's content inside a frameless scroll area that fills the page: a
    page taller than the window scrolls instead of squeezing its widgets over each other."""
    content = QWidget()
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(content)
