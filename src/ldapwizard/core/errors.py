"""Typed errors of the engine: each carries a message a person can act on.

The GUI shows them through one place and the command line maps them to exit codes through
one place; raw server text goes in `detail`, never in the message's first line.
"""

from __future__ import annotations

import re
import unicodedata
from enum import IntEnum

_LONG_RUN = re.compile(r"\S{401,}")
_KEPT = {"message": "\n", "hint": "\n", "detail": "\n\t"}


def readable(text: str, kept: str = "\n") -> str:
    """Text safe to show: invisible and control characters written as escapes, any one huge
    run of characters shortened.

    Messages quote what the admin typed or the server sent; echoed as-is, a right-to-left
    override would turn the rest of the line around, a carriage return or an escape sequence
    would rewrite the terminal, and a 100,000-character paste would bury the problem.
    """
    if not text:
        return text
    shown = "".join(
        c if c in kept or unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Zl", "Zp")
        else ascii(c)[1:-1]
        for c in text)
    return _LONG_RUN.sub(
        lambda m: f"{m.group()[:120]}…({len(m.group())} characters)…{m.group()[-40:]}", shown)


class ExitCode(IntEnum):
    """Every exit status of the command line, in one place; an error type names its own."""

    OK = 0
    FAILED = 1  # something failed (a refused entry, a server or database error)
    BAD_INPUT = 2  # the admin's input is wrong; nothing was attempted
    STOPPED = 3  # stopped by a safety limit or an incomplete read; nothing was written
    CHANGED = 4  # the directory or the database changed since the plan was shown; nothing ran
    UNKNOWN = 5  # a write's COMMIT got no answer and whether it landed could not be found out


class LdapWizardError(Exception):
    """Base of every error the engine reports to a person."""

    exit_code = ExitCode.FAILED

    def __init__(self, message: str, *, detail: str | None = None, hint: str | None = None):
        message = readable(message, _KEPT["message"])
        super().__init__(message)
        self.message = message
        self.detail = readable(detail, _KEPT["detail"]) if detail else detail
        self.hint = readable(hint, _KEPT["hint"]) if hint else hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class BadInput(LdapWizardError):
    """The admin's input is wrong; nothing was attempted."""

    exit_code = ExitCode.BAD_INPUT


class PositionedInputError(BadInput):
    """Bad input whose problem sits at a character position of the text given."""

    def __init__(self, problem: str, position: int, *, hint: str | None = None):
        super().__init__(f"{problem} (position {position})", hint=hint)
        self.problem = problem
        self.position = position


class DirectoryError(LdapWizardError):
    """Talking to the directory failed; `step` names where (resolve, connect, tls, bind, search)."""

    def __init__(self, message: str, *, step: str, detail: str | None = None,
                 hint: str | None = None):
        super().__init__(message, detail=detail, hint=hint)
        self.step = step


class TlsVerificationError(DirectoryError):
    """The server's certificate was refused; `certificate` describes it where it could be read."""

    def __init__(self, message: str, *, certificate=None, detail: str | None = None,
                 hint: str | None = None):
        super().__init__(message, step="tls", detail=detail, hint=hint)
        self.certificate = certificate


class BindError(DirectoryError):
    """The server refused the credentials; `reason` is the AD sub-code (e.g. 52e) where known."""

    def __init__(self, message: str, *, reason: str | None = None, result: int | None = None,
                 detail: str | None = None, hint: str | None = None):
        super().__init__(message, step="bind", detail=detail, hint=hint)
        self.reason = reason
        self.result = result


class ListingIncomplete(DirectoryError):
    """A listing stopped before the server said it was complete; never treat it as whole."""

    def __init__(self, message: str, *, fetched: int, detail: str | None = None,
                 hint: str | None = None):
        super().__init__(message, step="search", detail=detail, hint=hint)
        self.fetched = fetched


class ReadLimitExceeded(ListingIncomplete):
    """A server's reply went past a bound every read keeps (a value's, a message's or a page's
    size, the entries asked for, the listing's deadline) or repeated itself for ever; `limit`
    names which (the option that raises it, where there is one). The run stopped there."""

    exit_code = ExitCode.STOPPED

    def __init__(self, message: str, *, limit: str, fetched: int = 0, step: str = "search",
                 detail: str | None = None, hint: str | None = None):
        super().__init__(message, fetched=fetched, detail=detail, hint=hint)
        self.step = step
        self.limit = limit


class Cancelled(LdapWizardError):
    """The admin cancelled a long operation; nothing was changed."""


class CredentialError(LdapWizardError):
    """The system keyring could not be used."""


class DatabaseError(LdapWizardError):
    """The user database could not be used as asked (locked, read-only, full, damaged)."""


class ScratchSpaceError(LdapWizardError):
    """A temporary file could not be written (the disk full, a limit on file size)."""


class Stopped(LdapWizardError):
    """A run stopped before writing anything: a safety limit, an incomplete listing, a read
    that could not finish. `reason` is one of the engine's stop reasons (a short constant such
    as "removal-limit" or "listing"), for code to tell them apart without reading the words."""

    exit_code = ExitCode.STOPPED

    def __init__(self, message: str, *, reason: str, detail: str | None = None,
                 hint: str | None = None):
        super().__init__(message, detail=detail, hint=hint)
        self.reason = reason


class PlanChanged(LdapWizardError):
    """What was confirmed is no longer what would run: the directory or the database changed
    since the plan was shown. Nothing ran; `now` holds the new plan's summary to show instead."""

    exit_code = ExitCode.CHANGED

    def __init__(self, message: str, *, shown, now, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.shown = shown
        self.now = now
