"""Local users' passwords, stored only as a Dovecot-compatible `{SCHEME}` hash.

bcrypt (pyca's `bcrypt`, a well-kept C library binding) makes `{BLF-CRYPT}$2b$…`, which
Dovecot checks through the system's crypt(3) (libxcrypt on Debian and Ubuntu). The password
itself is never stored, logged or put in a message.
"""

from __future__ import annotations

import bcrypt

from ldapwizard import i18n
from ldapwizard.core.errors import BadInput

SCHEME = "BLF-CRYPT"
ROUNDS = 12
MAX_BYTES = 72  # bcrypt reads no further; refuse rather than silently cut


def hash_password(password: str) -> str:
    """`{BLF-CRYPT}` and the bcrypt hash of a new password; BadInput when it is unusable."""
    data = password.encode("utf-8")
    if len(password) < 8:
        raise BadInput(i18n._("The password is shorter than 8 characters."),
                       hint=i18n._("Choose a longer one."))
    if len(data) > MAX_BYTES:
        raise BadInput(i18n._("The password is longer than {count} bytes, which bcrypt "
                              "cannot use whole.", count=MAX_BYTES),
                       hint=i18n._("Choose a shorter one."))
    if "\x00" in password or "\n" in password:
        raise BadInput(i18n._("The password contains a NUL or line break."))
    return "{" + SCHEME + "}" + bcrypt.hashpw(data, bcrypt.gensalt(ROUNDS)).decode("ascii")


def check_password(password: str, stored: str) -> bool:
    """True when the password matches a stored `{BLF-CRYPT}` hash."""
    prefix = "{" + SCHEME + "}"
    if not stored.startswith(prefix):
        return False
    return bcrypt.checkpw(password.encode("utf-8"), stored[len(prefix):].encode("ascii"))
