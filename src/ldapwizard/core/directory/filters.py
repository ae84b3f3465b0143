"""LDAP search filters (RFC 4515): validate with positions, combine, escape values."""

from __future__ import annotations

import re

from ldapwizard.core.errors import PositionedInputError
from ldapwizard.i18n import _

_ATTR = re.compile(r"([A-Za-z][A-Za-z0-9-]*|[0-9]+(\.[0-9]+)*)(;[A-Za-z0-9-]+)*")
_HEX = "0123456789abcdefABCDEF"
_RULE = re.compile(r":([A-Za-z][A-Za-z0-9-]*|[0-9]+(\.[0-9]+)*)")


def validate_filter(text: str, *, offset: int = 0) -> str:
    """Return the filter, wrapped in parentheses if it was bare; raise on bad syntax.

    Positions in errors count from the start of `text` plus `offset`.
    """
    stripped = text.strip()
    if not stripped:
        raise PositionedInputError(_("the filter is empty"), offset)
    lead = len(text) - len(text.lstrip())
    if not stripped.startswith("("):
        # `objectClass=user` is common shorthand for `(objectClass=user)`
        _Parser("(" + stripped + ")", offset + lead - 1).parse()
        return "(" + stripped + ")"
    _Parser(stripped, offset + lead).parse()
    return stripped


class _Parser:
    def __init__(self, text: str, offset: int):
        self.text = text
        self.offset = offset
        self.i = 0

    def error(self, problem: str, at: int | None = None) -> PositionedInputError:
        at = self.i if at is None else at
        return PositionedInputError(problem, max(0, self.offset + at))

    def parse(self) -> None:
        self.filter()
        if self.i != len(self.text):
            if self.text[self.i] == ")":
                raise self.error(_('an unbalanced ")"'))
            raise self.error(_('unexpected "{found}" after the end of the filter',
                               found=self.text[self.i]))

    def filter(self) -> None:
        if self.i >= len(self.text) or self.text[self.i] != "(":
            raise self.error(_('"(" expected'))
        open_at = self.i
        self.i += 1
        if self.i >= len(self.text):
            raise self.error(_('"(" is not closed'), open_at)
        c = self.text[self.i]
        if c in "&|":
            self.i += 1
            count = 0
            while self.i < len(self.text) and self.text[self.i] == "(":
                self.filter()
                count += 1
            if count == 0:
                raise self.error(_('"{c}" needs at least one filter in parentheses', c=c))
        elif c == "!":
            self.i += 1
            self.filter()
        else:
            self.item()
        if self.i >= len(self.text):
            raise self.error(_('"(" is not closed'), open_at)
        if self.text[self.i] != ")":
            raise self.error(_('")" expected, found "{found}"', found=self.text[self.i]))
        self.i += 1

    def item(self) -> None:
        start = self.i
        m = _ATTR.match(self.text, self.i)
        extensible = False
        if m and m.end() > start:
            self.i = m.end()
        if self.text.startswith(":dn", self.i):
            self.i += 3
            extensible = True
        if self.i < len(self.text) and self.text[self.i] == ":" and not self.text.startswith(
            ":=", self.i
        ):
            rule = _RULE.match(self.text, self.i)
            if not rule:
                raise self.error(_("a matching rule name is expected after \":\""))
            self.i = rule.end()
            extensible = True
        if self.i == start:
            raise self.error(_("an attribute name is expected"))
        rest = self.text[self.i : self.i + 2]
        if extensible or rest.startswith(":="):
            if not rest.startswith(":="):
                raise self.error(_('":=" expected in an extensible match'))
            self.i += 2
        elif rest in ("~=", ">=", "<="):
            self.i += 2
        elif rest.startswith("="):
            self.i += 1
        else:
            found = self.text[self.i] if self.i < len(self.text) else "the end"
            raise self.error(_('"=" expected after the attribute name, found "{found}"',
                               found=found))
        self.value(allow_star=not extensible and rest.startswith("="))

    def value(self, allow_star: bool) -> None:
        text = self.text
        while self.i < len(text) and text[self.i] != ")":
            c = text[self.i]
            if c == "\\":
                pair = text[self.i + 1 : self.i + 3]
                if len(pair) != 2 or any(h not in _HEX for h in pair):
                    raise self.error(_('"\\" in a filter value must be followed by two hex digits'))
                self.i += 3
                continue
            if c == "(":
                raise self.error(_('"(" in a value must be written \\28'))
            if c == "\x00":
                raise self.error(_("a NUL character in a value must be written \\00"))
            if c == "*" and not allow_star:
                raise self.error(_('"*" is only allowed in an equality match; write \\2a'))
            self.i += 1


def escape_value(value: str) -> str:
    """Escape a literal for use inside a filter value (RFC 4515)."""
    out = []
    for c in value:
        if c in "*()\\\x00":
            out.append(f"\\{ord(c):02x}")
        else:
            out.append(c)
    return "".join(out)


def combine(*filters: str | None) -> str:
    """AND together the non-empty filters."""
    present = [f for f in filters if f]
    if not present:
        return "(objectClass=*)"
    if len(present) == 1:
        return present[0]
    return "(&" + "".join(present) + ")"
