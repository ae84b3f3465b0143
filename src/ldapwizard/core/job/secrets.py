"""Passwords — the directory's, and a PostgreSQL user database's: only through the system
keyring, the environment, a protected file (libpq's .pgpass for PostgreSQL) or a prompt.

Nothing here writes a secret anywhere else, and no message includes one.
"""

from __future__ import annotations

import getpass
import logging
import os
import stat
import sys
from pathlib import Path

from ldapwizard.core.errors import BadInput, CredentialError
from ldapwizard.core.maildb import pgdb
from ldapwizard.core.maildb.location import PgTarget
from ldapwizard.i18n import _

SERVICE = "ldapwizard"
ENV_VAR = "LDAPWIZARD_PASSWORD"
log = logging.getLogger(__name__)


class _Keyring:
    """The keyring package, imported when first used: finding its backends at import costs
    every command about 80 ms at start, and most never touch a keyring."""

    def __getattr__(self, name: str):
        import keyring
        import keyring.errors

        return getattr(keyring, name)


keyring = _Keyring()


def _account(profile: str) -> str:
    return f"profile:{profile}"


def _no_keyring(action: str, error: Exception) -> CredentialError:
    # the keyring library's class and backend names ("KeyringLocked", "keyrings.alt") are in
    # the details, never in the sentence
    words = {"read from": _("The password could not be read from the system keyring."),
             "saved in": _("The password could not be saved in the system keyring."),
             "removed from": _("The password could not be removed from the system keyring.")}
    return CredentialError(
        words.get(action, _("The system keyring could not be used.")),
        detail=f"{type(error).__name__}: {error}",
        hint=_("Unlock the keyring, or give the password through {variable} or "
               "--password-file instead.", variable=ENV_VAR),
    )


def store_password(profile: str, password: str) -> None:
    """Remember a profile's password in the system keyring."""
    try:
        keyring.set_password(SERVICE, _account(profile), password)
    except keyring.errors.NoKeyringError as e:
        raise CredentialError(
            _("There is no system keyring on this computer to remember the password in."),
            detail=str(e),
            hint=_("Give the password through {value} or --password-file, or install a keyring "
                   "(Windows Credential Manager, macOS Keychain, Secret Service).",
                   value=ENV_VAR),
        ) from None
    except keyring.errors.KeyringError as e:
        raise _no_keyring("saved in", e) from None


def load_password(profile: str, *, missing_ok: bool = True) -> str | None:
    """The remembered password of a profile, or None.

    Without a keyring there is nothing remembered; with `missing_ok=False` (the password is
    needed now) that is an error saying so, not a silent "no password".
    """
    try:
        return keyring.get_password(SERVICE, _account(profile))
    except keyring.errors.NoKeyringError as e:
        if missing_ok:
            return None
        raise CredentialError(
            _("The profile {profile} remembers its password in the system keyring, but there is "
              "no system keyring on this computer.", profile=profile), detail=str(e),
            hint=_("Give the password through {value} or --password-file (in the wizard: type "
                   "it), or sign in to a desktop session that has a keyring.", value=ENV_VAR),
        ) from None
    except keyring.errors.KeyringError as e:
        raise _no_keyring("read from", e) from None


def delete_password(profile: str) -> None:
    """Forget a profile's password (no error when none was stored)."""
    try:
        keyring.delete_password(SERVICE, _account(profile))
    except (keyring.errors.PasswordDeleteError, keyring.errors.NoKeyringError):
        pass
    except keyring.errors.KeyringError as e:
        raise _no_keyring("removed from", e) from None


def read_password_file(path: str) -> str:
    """The first line of a password file; warns when others may read the file."""
    file = Path(path)
    try:
        mode = file.stat().st_mode
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(_("The password file {path} does not exist.", path=path)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise BadInput(_("The password file {path} could not be read.", path=path),
                       detail=str(e)) from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("The password file %s can be read by other users; chmod 600 it.", path)
    password = text.splitlines()[0] if text else ""
    if not password:
        raise BadInput(_("The password file {path} is empty.", path=path))
    return password


def obtain_password(*, profile: str | None, password_file: str | None, prompt_for: str,
                    interactive: bool | None = None, use_keyring: bool = True,
                    prompt: str | None = None) -> str | None:
    """The password from --password-file, the environment, the keyring (when the profile
    remembers it), or a prompt: `prompt` as it is, or "Password for {prompt_for}: "."""
    if password_file:
        return read_password_file(password_file)
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return from_env
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if profile and use_keyring:
        # without a keyring a person at the terminal is asked; a scheduled job is told why
        stored = load_password(profile, missing_ok=interactive)
        if stored:
            return stored
    if interactive:
        return getpass.getpass(prompt or _("Password for {who}: ", who=prompt_for))
    return None


# --- the user database's PostgreSQL password ----------------------------------------------

def store_database_password(target: PgTarget, password: str) -> None:
    """Remember a PostgreSQL database's password in the system keyring."""
    try:
        keyring.set_password(SERVICE, target.keyring_account, password)
    except keyring.errors.NoKeyringError as e:
        raise CredentialError(
            _("There is no system keyring on this computer to remember the password in."),
            detail=str(e), hint=_("Put it in the PostgreSQL password file instead (.pgpass, "
              "or the file PGPASSFILE names).")) from None
    except keyring.errors.KeyringError as e:
        raise _no_keyring("saved in", e) from None


def forget_database_password(target: PgTarget) -> None:
    try:
        keyring.delete_password(SERVICE, target.keyring_account)
    except (keyring.errors.PasswordDeleteError, keyring.errors.NoKeyringError):
        pass
    except keyring.errors.KeyringError as e:
        raise _no_keyring("removed from", e) from None


def _database_password_from_keyring(target: PgTarget, asked: bool) -> str | None:
    try:
        return keyring.get_password(SERVICE, target.keyring_account)
    except keyring.errors.KeyringError:
        return None  # no keyring: the next source, or the message naming .pgpass


def _database_password_prompt(target: PgTarget, asked: bool) -> str | None:
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    where = f"{target.host}:{target.port}/{target.dbname}"
    if target.user:
        return getpass.getpass(_("Password for {user} at {where}: ", user=target.user,
                                 where=where)) or None
    return getpass.getpass(_("Password for the database user at {where}: ", where=where)) or None


def use_database_passwords(*, prompt: bool) -> None:
    """A PostgreSQL password comes from libpq's own places (.pgpass, PGPASSFILE), then the
    keyring, then — at a terminal, when `prompt` — a question; never from a URL."""
    sources = [_database_password_from_keyring]
    if prompt:
        sources.append(_database_password_prompt)
    pgdb.set_password_sources(*sources)
