"""Writing LDIF for the test slapd: RFC 4514 escapes in DNs, RFC 2849 lines, {SSHA} passwords."""

from __future__ import annotations

import base64
import hashlib


def escape_rdn_value(value: str) -> str:
    """Escape an attribute value for use in a DN string (RFC 4514)."""
    out = []
    for ch in value:
        if ch in '\\,+";<>':
            out.append("\\" + ch)
        elif ch == "\0":
            out.append("\\00")
        else:
            out.append(ch)
    if value[:1] in ("#", " "):
        out[0] = "\\" + out[0]
    if len(value) > 1 and value.endswith(" "):
        out[-1] = "\\ "
    return "".join(out)


def ssha(password: str, salt: bytes) -> str:
    """The {SSHA} userPassword form slapd checks binds against."""
    digest = hashlib.sha1(password.encode() + salt).digest()
    return "{SSHA}" + base64.b64encode(digest + salt).decode()


def ldif_line(name: str, value: str) -> str:
    """One LDIF line, base64 where RFC 2849 does not allow the value as it is."""
    if (
        value.isascii()
        and value[:1] not in (" ", ":", "<")
        and not value.endswith(" ")
        and "\n" not in value
        and "\r" not in value
        and "\0" not in value
    ):
        return f"{name}: {value}\n"
    return f"{name}:: {base64.b64encode(value.encode()).decode()}\n"
