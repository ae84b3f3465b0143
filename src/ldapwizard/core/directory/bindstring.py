"""Binding strings: ADSI paths, LDAP URLs (RFC 4516) and bare DNs, with positioned errors.

Accepted forms (scheme in any case):
  LDAP://host[:port]/DN        ADSI; DN escapes such as `CN=Smith\\, Jeff` and `\\/`
  LDAP://DC=corp,DC=example    serverless ADSI; the host is derived from the DC components
  ldaps://host[:port]/DN       LDAP over TLS; GC:// addresses the global catalog
  ldap://host:port/dn?attrs?scope?filter   RFC 4516, percent-encoded
  DN                           a bare DN on the connection's host
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.filters import validate_filter
from ldapwizard.core.errors import PositionedInputError
from ldapwizard.i18n import _

DEFAULT_PORTS = {"ldap": 389, "ldaps": 636, "gc": 3268}
SCOPES = ("base", "one", "sub")
_LABEL = re.compile(r"[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\Z")
_ATTRIBUTE = re.compile(r"([A-Za-z][A-Za-z0-9-]*|[0-9]+(\.[0-9]+)+)(;[A-Za-z0-9-]+)*\Z|\*\Z|\+\Z")
_SCHEME_LIKE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_HEX = "0123456789abcdefABCDEF"


@dataclass(frozen=True)
class Binding:
    """A parsed binding string; `host`/`port` are None where the connection supplies them."""

    scheme: str | None
    host: str | None
    port: int | None
    base_dn: str
    attributes: tuple[str, ...] = ()
    scope: str | None = None
    filter: str | None = None
    host_from_dn: bool = field(default=False, compare=False)

    @property
    def security(self) -> str | None:
        """'ldaps' when the scheme demands TLS from the first byte, else None (undecided)."""
        return "ldaps" if self.scheme == "ldaps" else None

    def normalised(self) -> str:
        """The canonical text of this binding; parsing it gives an equal Binding."""
        if self.scheme is None:
            return self.base_dn
        host = self.host or ""
        if host and ":" in host:
            host = f"[{host}]"
        text = f"{self.scheme}://{host}"
        if self.port is not None:
            text += f":{self.port}"
        text += "/" + _quote(self.base_dn)
        tail = [",".join(self.attributes), self.scope or "", _quote(self.filter or "")]
        while tail and not tail[-1]:
            tail.pop()
        if tail:
            text += "?" + "?".join(tail)
        return text

    def describe(self) -> list[tuple[str, str]]:
        """The parts as (label, value) rows for display, in the language messages are in."""
        connection, from_type = _("(from the connection)"), _("(from the server type)")
        host = self.host or connection
        return [
            (_("scheme"), self.scheme or connection),
            (_("host"), _("{host} (derived from the DC components)", host=host)
             if self.host_from_dn else host),
            (_("port"), str(self.port) if self.port else _("(default for the security setting)")),
            (_("base DN"), self.base_dn or _("(root)")),
            (_("scope"), self.scope or _("(from the settings)")),
            (_("filter"), self.filter or from_type),
            (_("attributes"), ",".join(self.attributes) or from_type),
        ]


def _quote(text: str) -> str:
    return text.replace("%", "%25").replace("?", "%3F")


def _err(problem: str, position: int) -> PositionedInputError:
    return PositionedInputError(problem, position)


def _percent_decode(text: str, start: int) -> tuple[str, list[int]]:
    """Decode %XX escapes; return the text and each character's original position."""
    data = bytearray()
    byte_pos: list[int] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "%":
            pair = text[i + 1 : i + 3]
            if len(pair) != 2 or any(h not in _HEX for h in pair):
                raise _err(_('"%" must be followed by two hex digits; write %25 for "%"'),
                           start + i)
            data.append(int(pair, 16))
            byte_pos.append(start + i)
            i += 3
        else:
            encoded = c.encode("utf-8", "surrogatepass")
            data.extend(encoded)
            byte_pos.extend([start + i] * len(encoded))
            i += 1
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _err(_("the percent-encoded bytes are not UTF-8"), byte_pos[e.start]) from None
    positions: list[int] = []
    b = 0
    for ch in decoded:
        positions.append(byte_pos[b])
        b += len(ch.encode("utf-8"))
    return decoded, positions


def _remap(error: PositionedInputError, positions: list[int], fallback: int):
    at = error.position
    mapped = positions[at] if 0 <= at < len(positions) else fallback
    return _err(error.problem, mapped)


def _parse_host(text: str, start: int) -> tuple[str | None, int | None]:
    if "@" in text:
        raise _err(_("a user name cannot go in the binding string; use the bind user field"),
                   start + text.index("@"))
    host, port_text, port_at = text, None, None
    if text.startswith("["):
        close = text.find("]")
        if close < 0:
            raise _err(_('"[" of an IPv6 address is not closed'), start)
        host = text[1:close]
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise _err(_('"{host}" is not an IPv6 address', host=host), start + 1) from None
        rest = text[close + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise _err(_('unexpected "{found}" after the IPv6 address',
                             found=rest[0]), start + close + 1)
            port_text, port_at = rest[1:], start + close + 2
    else:
        if ":" in text:
            host, port_text = text.split(":", 1)
            port_at = start + len(host) + 1
        if host:
            _check_hostname(host, start)
    port = None
    if port_text is not None:
        if not port_text:
            raise _err(_('the port after ":" is empty'), port_at)
        if not port_text.isdigit() or not port_text.isascii():
            raise _err(_('port "{port_text}" is not a number', port_text=port_text), port_at)
        port = int(port_text)
        if not 1 <= port <= 65535:
            raise _err(_("port {port} is out of range 1–65535", port=port), port_at)
    return (host.lower() or None), port


def _check_hostname(host: str, start: int) -> None:
    try:
        ipaddress.IPv4Address(host)
        return
    except ValueError:
        pass
    if len(host) > 253:
        raise _err(_("the host name is longer than 253 characters"), start)
    offset = 0
    for label in host.rstrip(".").split("."):
        if not _LABEL.match(label):
            bad = next((k for k, c in enumerate(label) if not (c.isascii() and (c.isalnum()
                        or c in "-_"))), 0)
            if not label:
                raise _err(_("the host name has an empty label (two dots in a row)"),
                           start + offset)
            if not label.isascii():
                raise _err(_('"{label}" is not an ASCII host name label; use its xn-- (IDNA) form',
                             label=label),
                           start + offset + bad)
            raise _err(_('"{host}" is not a valid host name', host=host), start + offset + bad)
        offset += len(label) + 1


def parse_binding(text: str) -> Binding:
    """Parse a binding string, raising PositionedInputError naming the problem and position."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if not body:
        raise _err(_("the binding string is empty"), 0)
    m = _SCHEME_LIKE.match(body)
    first_eq = body.find("=")
    if not m or (0 <= first_eq < m.end()):
        return _bare_dn(body, lead)
    scheme = m.group(1)
    if scheme.lower() not in DEFAULT_PORTS:
        raise _err(_('unknown scheme "{scheme}"; use LDAP://, LDAPS:// or GC://',
                     scheme=scheme), lead)
    after = m.end()
    if not body.startswith("//", after):
        raise _err(_('"{scheme}:" must be followed by "//"', scheme=scheme), lead + after)
    rest_at = after + 2
    rest = body[rest_at:]
    slash = rest.find("/")
    authority = rest if slash < 0 else rest[:slash]
    qmark = authority.find("?")
    if qmark >= 0:
        authority, slash = authority[:qmark], qmark - 1
    if "=" in authority:
        # serverless ADSI path: everything after // is the DN
        base = _dn_part(rest, lead + rest_at, adsi=True, url=False)
        domain = dnmod.dc_domain(dnmod.parse_dn(base))
        if not domain:
            raise _err(_("a serverless path needs DC= components to find the domain's servers"),
                       lead + rest_at)
        return Binding(scheme.lower(), domain.lower(), None, base, host_from_dn=True)
    host, port = _parse_host(authority, lead + rest_at)
    if slash < 0:
        return Binding(scheme.lower(), host, port, "")
    path_at = rest_at + slash + 1
    path = body[path_at:]
    parts = _split_query(path)
    url = len(parts) > 1 or "%" in path
    base = _dn_part(parts[0][1], lead + path_at, adsi=not url, url=url)
    attributes: tuple[str, ...] = ()
    scope = filter_ = None
    if len(parts) > 1:
        attributes = _attributes(parts[1][1], lead + path_at + parts[1][0])
    if len(parts) > 2 and parts[2][1]:
        scope = parts[2][1].lower()
        if scope not in SCOPES:
            raise _err(_('scope "{scope}" is not base, one or sub', scope=parts[2][1]),
                       lead + path_at + parts[2][0])
    if len(parts) > 3 and parts[3][1]:
        at = lead + path_at + parts[3][0]
        decoded, positions = _percent_decode(parts[3][1], at)
        try:
            filter_ = validate_filter(decoded)
        except PositionedInputError as e:
            raise _remap(e, positions, at) from None
    if len(parts) > 4 and parts[4][1]:
        raise _err(_("LDAP URL extensions are not supported"), lead + path_at + parts[4][0])
    if len(parts) > 5:
        raise _err(_('too many "?" parts; an LDAP URL has dn?attributes?scope?filter'),
                   lead + path_at + parts[5][0] - 1)
    return Binding(scheme.lower(), host, port, base, attributes, scope, filter_)


def _split_query(path: str) -> list[tuple[int, str]]:
    parts: list[tuple[int, str]] = []
    start = 0
    for k, c in enumerate(path):
        if c == "?":
            parts.append((start, path[start:k]))
            start = k + 1
    parts.append((start, path[start:]))
    return parts


def _dn_part(text: str, at: int, *, adsi: bool, url: bool) -> str:
    if url:
        decoded, positions = _percent_decode(text, at)
        rdns = dnmod.parse_dn(decoded, positions=positions, adsi=True, strict=True)
    else:
        rdns = dnmod.parse_dn(text, offset=at, adsi=adsi, strict=True)
    return dnmod.format_dn(rdns)


def _bare_dn(body: str, lead: int) -> Binding:
    if "://" in body[:12] or body.lower().startswith(("ldap:", "ldaps:")):
        raise _err(_('"//" is expected after the scheme'), lead + body.find(":") + 1)
    return Binding(None, None, None, _dn_part(body, lead, adsi=True, url=False))


def _attributes(text: str, at: int) -> tuple[str, ...]:
    if not text:
        return ()
    decoded, positions = _percent_decode(text, at)
    names = []
    offset = 0
    for name in decoded.split(","):
        if not _ATTRIBUTE.match(name):
            raise _err(_('"{name}" is not an attribute name', name=name), positions[offset]
                       if offset < len(positions) else at)
        names.append(name)
        offset += len(name) + 1
    return tuple(names)
