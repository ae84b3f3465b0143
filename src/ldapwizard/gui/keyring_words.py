"""The system keyring as the window speaks of it.

The core words keyring failures for the command line (an environment variable, a password file);
at the window the admin types the password instead, so the Connection page shows these.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ldapwizard.core.errors import CredentialError, LdapWizardError


def tr(text: str) -> str:
    # lupdate files a module's own tr() under the empty context
    return QCoreApplication.translate("", text)


def keyring_missing() -> bool:
    """True when this computer has no keyring to remember passwords in (keyring then falls
    back to its fail backend); a locked keyring is not missing."""
    import keyring
    import keyring.backends.fail

    return isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)


def not_remembered_tip() -> str:
    """Why "Remember in the system keyring" cannot be ticked."""
    return tr("This computer has no system keyring, so the password cannot be remembered: "
              "type it each time you start the wizard.")


def reading_failed(error: LdapWizardError) -> LdapWizardError:
    """A remembered password that could not be read, in the window's words."""
    if keyring_missing():
        return CredentialError(
            tr("This profile's password was remembered in a system keyring, but this "
               "computer has none."),
            hint=tr("Type the password to sign in."), detail=error.detail)
    return CredentialError(
        error.message, detail=error.detail,
        hint=tr("Unlock the system keyring (your desktop's password manager) and choose the "
                "profile again, or type the password."))


def storing_failed(error: LdapWizardError) -> LdapWizardError:
    """A password that could not be remembered, in the window's words."""
    if keyring_missing():
        return CredentialError(
            tr("There is no system keyring on this computer to remember the password in."),
            hint=tr("The profile is saved without it: type the password each time you start "
                    "the wizard. To have it remembered, install a keyring (Windows Credential "
                    "Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or "
                    "KWallet) and tick \u201cRemember\u201d again."),
            detail=error.detail)
    return CredentialError(
        error.message, detail=error.detail,
        hint=tr("Unlock the system keyring (your desktop's password manager) and try again, "
                "or untick \u201cRemember in the system keyring\u201d and type the password "
                "each time."))
