"""Ask Dovecot's userdb about logins, each one literally.

`doveadm user` reads `*` and `?` in a name as wildcards (and lists the users they match), with
no way to ask for a login that holds them. So the check speaks the auth master protocol that
doveadm speaks itself, on the same socket (base_dir/auth-userdb): a USER request takes the
name as it is.
"""

from __future__ import annotations

import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ldapwizard import i18n

# Dovecot's tab escaping (str_tabescape): these characters are sent as \001 and a letter
_TAB_ESCAPES = {"\x01": "\x011", "\t": "\x01t", "\r": "\x01r", "\n": "\x01n"}
_TAB_UNESCAPES = {v[1]: k for k, v in _TAB_ESCAPES.items()}


@dataclass(frozen=True)
class Answer:
    """The userdb's answer about one login: found or not, its fields, why it failed."""

    found: bool
    fields: dict[str, str] = field(default_factory=dict)
    failure: str = ""


def _escaped(text: str) -> str:
    return "".join(_TAB_ESCAPES.get(c, c) for c in text)


def _unescaped(text: str) -> str:
    parts = text.split("\x01")
    return parts[0] + "".join(_TAB_UNESCAPES.get(p[:1], p[:1]) + p[1:] for p in parts[1:])


def socket_path(config: str | None, timeout: float) -> Path:
    """Where the Dovecot of `config` (else the system's) answers userdb requests."""
    result = subprocess.run(["doveconf", *(["-c", config] if config else []), "-h", "base_dir"],
                            capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise OSError(result.stderr.strip()
                      or i18n._("doveconf could not read the configuration"))
    return Path(result.stdout.strip()) / "auth-userdb"


def lookup(path: Path, logins: list[str], timeout: float) -> list[Answer]:
    """The userdb's answer for each login, in order (one connection, requests pipelined)."""
    if not logins:
        return []
    request = "VERSION\t1\t0\n" + "".join(
        f"USER\t{number}\t{_escaped(login)}\tservice=doveadm\n"
        for number, login in enumerate(logins, 1))
    replies: dict[int, list[str]] = {}
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout)
        connection.connect(str(path))
        connection.sendall(request.encode("utf-8"))
        pending = b""
        while len(replies) < len(logins):
            chunk = connection.recv(65536)
            if not chunk:
                raise OSError(i18n._("Dovecot's auth process closed the connection"))
            *lines, pending = (pending + chunk).split(b"\n")
            for line in lines:
                words = line.decode("utf-8", "replace").split("\t")
                if words[0] in ("USER", "NOTFOUND", "FAIL") and len(words) > 1 \
                        and words[1].isdigit():
                    replies[int(words[1])] = words
    return [_answer(replies[number]) for number in range(1, len(logins) + 1)]


def _answer(words: list[str]) -> Answer:
    # USER <id> <name> key=value...; NOTFOUND <id>; FAIL <id> key=value...
    pairs = (word.partition("=") for word in words[3 if words[0] == "USER" else 2:])
    fields = {key: _unescaped(value) for key, _, value in pairs}
    if words[0] == "USER":
        return Answer(True, fields)
    if words[0] == "NOTFOUND":
        return Answer(False)
    return Answer(False, failure=fields["reason"] if "reason" in fields
                  else i18n._("the lookup failed"))
