"""Distinguished names (RFC 4514): parse with character positions, format, compare.

Directories hand DNs back with escapes normalised their own way (AD writes `;` as `\\3B`), so
DNs are compared by their parsed form, never as strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ldapwizard.core.errors import PositionedInputError
from ldapwizard.i18n import _

_DESCR = re.compile(r"[A-Za-z][A-Za-z0-9-]*\Z")
_NUMERICOID = re.compile(r"(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))+\Z")
_HEX = "0123456789abcdefABCDEF"
# Characters that RFC 4514 requires escaped anywhere in a value.
_SPECIAL = ',+"\\<>;'


@dataclass(frozen=True)
class Ava:
    """One attribute=value pair of an RDN; `value` is unescaped text."""

    attribute: str
    value: str


Rdn = tuple[Ava, ...]


def _bad(problem: str, position: int) -> PositionedInputError:
    return PositionedInputError(problem, position)


def _check_attribute(name: str, position: int) -> str:
    if name.lower().startswith("oid."):
        name = name[4:]
    if not (_DESCR.match(name) or _NUMERICOID.match(name)):
        raise _bad(_('"{name}" is not a valid attribute name', name=name), position)
    return name


def parse_dn(text: str, *, offset: int = 0, positions: list[int] | None = None,
             adsi: bool = False, strict: bool = False) -> tuple[Rdn, ...]:
    """Parse a DN; errors name the position in the original text.

    `offset` is added to reported positions; `positions`, if given, maps each character of
    `text` to its position in the original (after percent-decoding). With `adsi`, `\\/` is
    accepted as an escaped `/`, as ADSI paths write it. With `strict` (text a person typed), an
    unescaped `=` inside a value is refused: it is legal, but nearly always a missing comma.
    """

    def pos(i: int) -> int:
        if positions is not None:
            return positions[i] if i < len(positions) else (positions[-1] + 1 if positions else 0)
        return offset + i

    n = len(text)
    if not text.strip():
        return ()
    rdns: list[Rdn] = []
    avas: list[Ava] = []
    i = 0
    while True:
        # attribute type
        while i < n and text[i] == " ":
            i += 1
        start = i
        while i < n and text[i] not in "=,+;":
            i += 1
        if i >= n or text[i] != "=":
            chunk = text[start:i].strip()
            if not chunk:
                raise _bad(_("an empty RDN (a doubled or stray separator)"), pos(start))
            raise _bad(_('"{chunk}" is not attribute=value', chunk=chunk), pos(start))
        attribute = _check_attribute(text[start:i].strip(), pos(start))
        i += 1  # '='
        while i < n and text[i] == " ":
            i += 1
        value_start = i
        value, i = _parse_value(text, i, pos, adsi, strict)
        if value == "":
            raise _bad(_("the value of {attribute} is empty",
                         attribute=attribute), pos(value_start))
        avas.append(Ava(attribute, value))
        if i >= n:
            rdns.append(tuple(avas))
            break
        sep = text[i]
        if sep == "+":
            i += 1
            continue
        rdns.append(tuple(avas))
        avas = []
        i += 1  # ',' or ';'
        if i >= n:
            raise _bad(_("the DN ends with a separator"), pos(i - 1))
    return tuple(rdns)


def _parse_value(text: str, i: int, pos, adsi: bool, strict: bool) -> tuple[str, int]:
    n = len(text)
    if i < n and text[i] == "#":
        # hexstring form: BER of the value; keep it as written
        j = i + 1
        while j < n and text[j] in _HEX:
            j += 1
        if j == i + 1 or (j - i - 1) % 2:
            raise _bad(_("a #hex value needs an even number of hex digits"), pos(i))
        value = text[i:j]
        while j < n and text[j] == " ":
            j += 1
        if j < n and text[j] not in ",+;":
            raise _bad(_('unexpected "{found}" after a #hex value', found=text[j]), pos(j))
        return value, j
    if i < n and text[i] == '"':
        j = i + 1
        out: list[str] = []
        while j < n and text[j] != '"':
            if text[j] == "\\" and j + 1 < n:
                out.append(text[j + 1])
                j += 2
            else:
                out.append(text[j])
                j += 1
        if j >= n:
            raise _bad(_("a quoted value is not closed"), pos(i))
        j += 1
        while j < n and text[j] == " ":
            j += 1
        if j < n and text[j] not in ",+;":
            raise _bad(_('unexpected "{found}" after a quoted value', found=text[j]), pos(j))
        return "".join(out), j
    raw = bytearray()
    trailing_unescaped_spaces = 0
    j = i
    while j < n:
        c = text[j]
        if c in ",+;":
            break
        if c == "\\":
            if j + 1 >= n:
                raise _bad(_("a backslash at the end of the DN escapes nothing"), pos(j))
            nxt = text[j + 1]
            if nxt in _HEX and j + 2 < n and text[j + 2] in _HEX:
                raw.append(int(text[j + 1 : j + 3], 16))
                j += 3
            elif nxt in _SPECIAL or nxt in " #=" or (adsi and nxt == "/"):
                raw.extend(nxt.encode())
                j += 2
            else:
                raise _bad(_('"\\{nxt}" is not a valid escape; write "\\\\" for a backslash',
                             nxt=nxt), pos(j))
            trailing_unescaped_spaces = 0
            continue
        if c in '"<>' or c == "\x00":
            shown = "NUL" if c == "\x00" else c
            raise _bad(_('"{shown}" must be escaped in a DN value', shown=shown), pos(j))
        if c == "=" and strict:
            raise _bad(_('"=" inside a value: a separator between RDNs is probably missing'),
                       pos(j))
        if "\ud800" <= c <= "\udfff":
            # a byte that was not UTF-8 where the text came from (e.g. a Latin-1 command line)
            raise _bad(_("a character here is not valid text (not UTF-8 where it came from)"),
                       pos(j))
        raw.extend(c.encode())
        trailing_unescaped_spaces = trailing_unescaped_spaces + 1 if c == " " else 0
        j += 1
    if trailing_unescaped_spaces:
        del raw[len(raw) - trailing_unescaped_spaces :]
    try:
        value = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _bad(_("the escaped bytes of this value are not UTF-8"), pos(i)) from None
    return value, j


def escape_value(value: str) -> str:
    """Escape an attribute value for a DN string (RFC 4514 section 2.4)."""
    if value.startswith("#") and _is_hex_form(value):
        return value
    out = []
    for k, c in enumerate(value):
        edge_space = c == " " and k in (0, len(value) - 1)
        if c in _SPECIAL or c == "=" or (c == "#" and k == 0) or edge_space:
            out.append("\\" + c)
        elif c == "\x00" or ord(c) < 0x20 or c == "\x7f":
            out.append("".join(f"\\{b:02X}" for b in c.encode()))
        else:
            out.append(c)
    return "".join(out)


def _is_hex_form(value: str) -> bool:
    body = value[1:]
    return bool(body) and len(body) % 2 == 0 and all(c in _HEX for c in body)


def format_dn(rdns: tuple[Rdn, ...]) -> str:
    """The normal string form of a parsed DN."""
    return ",".join("+".join(f"{a.attribute}={escape_value(a.value)}" for a in rdn) for rdn in rdns)


def normalise_dn(text: str) -> str:
    """Parse and re-format a DN (raises PositionedInputError on bad syntax)."""
    return format_dn(parse_dn(text))


# DNs with none of these need no escape handling: each RDN is one attribute=value
_NOT_PLAIN = re.compile(r'[\\"+;#<>\x00\ud800-\udfff]')


def _plain_key(text: str) -> tuple | None:
    """dn_key of a DN without escapes, quotes or multi-valued RDNs; None for any other."""
    if _NOT_PLAIN.search(text):
        return None
    key = []
    for part in text.split(","):
        attribute, equals, value = part.partition("=")
        attribute, value = attribute.strip(), value.strip(" ")
        if not equals or not value or "=" in value or not _DESCR.match(attribute) or \
                attribute[:4].lower() == "oid.":
            return None
        key.append(((attribute.lower(), value.casefold()),))
    return tuple(key)


def dn_key(text: str) -> tuple:
    """A key equal for DNs that name the same entry, regardless of case and escaping."""
    # most DNs are plain; a group of 22,000 members compares each of them twice
    if text.strip() and (plain := _plain_key(text)) is not None:
        return plain
    return tuple(
        tuple(sorted((a.attribute.lower(), a.value.casefold()) for a in rdn))
        for rdn in parse_dn(text)
    )


def same_dn(a: str, b: str) -> bool:
    """True when two DN strings name the same entry."""
    return dn_key(a) == dn_key(b)


def is_within(dn: str, base: str) -> bool:
    """True when `dn` is `base` or below it."""
    child, parent = dn_key(dn), dn_key(base)
    return len(child) >= len(parent) and child[len(child) - len(parent) :] == parent


def dc_domain(rdns: tuple[Rdn, ...]) -> str | None:
    """The DNS domain named by a DN's DC components (`DC=corp,DC=example` -> corp.example)."""
    parts = [a.value for rdn in rdns for a in rdn if a.attribute.lower() == "dc"]
    return ".".join(parts) if parts else None
