"""Every message box of the window: engine errors shown in words, with what to do and the
server's own words one click away, and the questions the pages ask. Pages build none
themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ldapwizard.core.errors import LdapWizardError


def tr(text: str) -> str:
    # lupdate files a module's own tr() under the empty context
    return QCoreApplication.translate("", text)


def describe(error: LdapWizardError) -> tuple[str, str, str]:
    """(message, what to do, details) of an engine error."""
    details = []
    certificate = getattr(error, "certificate", None)
    if certificate is not None:
        details.extend(certificate.lines())
    if error.detail:
        details.append(error.detail)
    return error.message, error.hint or "", "\n".join(details)


def show_error(parent: QWidget | None, error: LdapWizardError, title: str | None = None) -> None:
    """A modal message for an error the user must acknowledge."""
    message, hint, details = describe(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("ldapwizard"), message,
                      QMessageBox.StandardButton.Ok, parent)
    if hint:
        box.setInformativeText(hint)
    if details:
        box.setDetailedText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question before something that cannot be taken back; True for Yes."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def report_unexpected(parent: QWidget | None, error_type, error, trace) -> None:
    """What a slot raised and nothing caught: logged with its traceback, and shown to the
    admin — an engine error in its own words, anything else as a fault of ldapwizard — never
    only on a console the window does not have."""
    import logging

    logging.getLogger("ldapwizard").error("unexpected error in the window",
                                          exc_info=(error_type, error, trace))
    if isinstance(error, LdapWizardError):
        show_error(parent, error)
        return
    show_error(parent, LdapWizardError(
        tr("Something went wrong inside ldapwizard; what you were doing did not finish."),
        hint=tr("Nothing was written unless the page says so. The log (Log… button) has the "
                "details; please send them with a bug report."),
        detail=f"{error_type.__name__}: {error}"))


def install_exception_hook(parent_of) -> None:
    """Route exceptions that escape Qt slots to `report_unexpected` (parent_of() gives the
    window to show it over)."""
    import sys

    def hook(error_type, error, trace):
        if issubclass(error_type, KeyboardInterrupt):
            sys.__excepthook__(error_type, error, trace)
            return
        report_unexpected(parent_of(), error_type, error, trace)

    sys.excepthook = hook
