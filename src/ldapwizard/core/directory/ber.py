"""A lean BER decoder for the LDAP messages a search returns: entries, references, the result.

ldap3 decodes each message into nested lists and then into two dicts of converted values; at
100k entries that is most of a listing's time. A search result entry needs far less: its DN
and, per attribute, the raw values. The decoder reads LDAPMessage (RFC 4511 §4.1.1) with the
definite lengths LDAP requires (§5.1) and checks that every element ends where its parent
says; anything else is a BerError, never a guess.

    LDAPMessage ::= SEQUENCE { messageID INTEGER, protocolOp CHOICE {...},
                               controls [0] SEQUENCE OF Control OPTIONAL }
    SearchResultEntry ::= [APPLICATION 4] SEQUENCE { objectName OCTET STRING,
        attributes SEQUENCE OF SEQUENCE { type OCTET STRING, vals SET OF OCTET STRING } }
"""

from __future__ import annotations

from dataclasses import dataclass

from ldapwizard.i18n import N_

SEQUENCE, SET, INTEGER, OCTETS, ENUMERATED, BOOLEAN = 0x30, 0x31, 0x02, 0x04, 0x0A, 0x01
ENTRY, DONE, REFERENCE = 0x64, 0x65, 0x73  # [APPLICATION 4], [5], [19], constructed
EXTENDED, INTERMEDIATE = 0x78, 0x79  # [APPLICATION 24], [25]
CONTROLS, REFERRAL, RESPONSE_NAME = 0xA0, 0xA3, 0x8A
MAX_NAMES = 4096  # attribute names remembered per cache; a server cannot make it grow forever
MAX_PLACES = 64  # attributes of an entry whose beginning is remembered (see _entries)


# the kinds of damage a reply can have, as the admin reads them; the error's own text (which
# byte, which tag) is the technical detail
ENDS_EARLY = N_("The reply ends early, or one of its parts runs past the part that holds it.")
NOT_EXPECTED = N_("A part of the reply is not what LDAP expects there.")
LENGTH_FORM = N_("The reply gives a length in a form LDAP does not use.")
TOO_DEEP = N_("The reply's parts nest more deeply than any LDAP reply does.")
LEFT_OVER = N_("A part of the reply holds more than LDAP puts in it.")
NO_PLACE = N_("The server sent a message that has no place in a search.")
UNDECODABLE = N_("The reply could not be decoded as LDAP.")


class BerError(ValueError):
    """The bytes are not the LDAP message they claim to be: `damage` is the kind (one of the
    sentences above, translated where shown), the text says where."""

    def __init__(self, detail: str, damage: str = UNDECODABLE):
        super().__init__(detail)
        self.damage = damage


class ValueTooLarge(BerError):
    """A value (or DN) longer than the caller allows: `size` bytes, `allowed` at most."""

    def __init__(self, size: int, allowed: int):
        super().__init__(f"a value of {size} bytes, more than {allowed}")
        self.size = size
        self.allowed = allowed


@dataclass(frozen=True, slots=True)
class Header:
    """Where one LDAPMessage's parts lie in a buffer."""

    message_id: int
    tag: int  # the protocolOp's tag, e.g. ENTRY
    start: int  # first byte of the protocolOp's contents
    end: int  # one past its last byte
    message_end: int  # one past the message (controls lie between end and here)


@dataclass(frozen=True, slots=True)
class Result:
    """An LDAPResult (searchResDone, extendedResp) with the message's controls."""

    code: int
    matched_dn: str
    message: str
    referrals: tuple[str, ...]
    controls: tuple[tuple[str, bool, bytes | None], ...]
    response_name: str | None = None


def _text(value: bytes) -> str:
    # ldap3 decodes DNs and names as UTF-8, else latin-1 (which always succeeds): the same here
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _element(data: bytes, pos: int, tag: int, limit: int) -> tuple[int, int]:
    """(contents start, contents end) of the element at pos, which must carry `tag`."""
    if pos + 2 > limit:
        raise BerError(f"an element at byte {pos} runs past its enclosing element", ENDS_EARLY)
    if data[pos] != tag:
        raise BerError(f"expected tag 0x{tag:02x} at byte {pos}, found 0x{data[pos]:02x}",
                       NOT_EXPECTED)
    n = data[pos + 1]
    if n < 0x80:
        start = pos + 2
        end = start + n
    else:
        size = n & 0x7F
        if not 0 < size <= 8:
            raise BerError(f"unsupported length form 0x{n:02x} at byte {pos + 1}", LENGTH_FORM)
        start = pos + 2 + size
        end = start + int.from_bytes(data[pos + 2:start], "big")
    if end > limit:
        raise BerError(f"an element at byte {pos} runs past its enclosing element", ENDS_EARLY)
    return start, end


def message_length(data: bytes, start: int = 0) -> int:
    """The whole length of the LDAPMessage starting at `start`, or -1 until its header is in."""
    available = len(data) - start
    if available < 2:
        return -1
    if data[start] != SEQUENCE:
        raise BerError(f"an LDAP message starts with 0x30, not 0x{data[start]:02x}", NOT_EXPECTED)
    n = data[start + 1]
    if n < 0x80:
        return 2 + n
    size = n & 0x7F
    if not 0 < size <= 8:
        raise BerError(f"unsupported length form 0x{n:02x} in an LDAP message", LENGTH_FORM)
    if available < 2 + size:
        return -1
    return 2 + size + int.from_bytes(data[start + 2:start + 2 + size], "big")


def message_end(data: bytes, start: int = 0) -> int:
    """One past the LDAPMessage starting at `start`, or -1 while `data` holds only part of it."""
    length = message_length(data, start)
    return start + length if 0 <= length <= len(data) - start else -1


def header(data: bytes, start: int, end: int) -> Header:
    """The message id and protocolOp of the complete message data[start:end]."""
    try:
        body, body_end = _element(data, start, SEQUENCE, end)
        id_start, id_end = _element(data, body, INTEGER, body_end)
        if not 0 < id_end - id_start <= 4:
            raise BerError("a message id must be 1 to 4 bytes", NOT_EXPECTED)
        message_id = int.from_bytes(data[id_start:id_end], "big", signed=True)
        tag = data[id_end]
        op_start, op_end = _element(data, id_end, tag, body_end)
    except IndexError:
        raise BerError("an LDAP message ends early", ENDS_EARLY) from None
    return Header(message_id, tag, op_start, op_end, body_end)


def entries(data: bytes, pos: int, message_id: int, names: dict[bytes, str],
            out: list[tuple[str, dict[str, list[bytes]]]], max_value: int = 1 << 62,
            shape: list[tuple[bytes, str, int]] | None = None) -> int:
    """Decode the SearchResultEntries of `message_id` that lie complete in data from `pos`.

    Each is appended to `out` as (DN, {lower-case attribute description: [raw values]});
    `names` caches decoded attribute names (the caller owns it). Returns the position of the
    first message that is not such an entry, or is not complete yet. A DN or value longer
    than `max_value` (at least 127) is ValueTooLarge. `shape`, the caller's across calls,
    remembers how the attributes of the last entry began, place by place.
    """
    try:
        return _entries(data, pos, message_id, names, out, max_value,
                        [] if shape is None else shape)
    except IndexError:
        raise BerError("a search result entry ends early", ENDS_EARLY) from None


def _long(data: bytes, pos: int, n: int) -> tuple[int, int]:
    """(length, contents start) for a long-form length byte `n` at data[pos]."""
    size = n & 0x7F
    if not 0 < size <= 8:
        raise BerError(f"unsupported length form 0x{n:02x} at byte {pos}", LENGTH_FORM)
    return int.from_bytes(data[pos + 1:pos + 1 + size], "big"), pos + 1 + size


def _entries(data, pos, message_id, names, out, max_value, shape):
    # This runs once per value of every entry: tags, short lengths and the long forms an
    # entry's own elements usually take (one or two bytes) are read inline, and each element
    # is checked to end exactly where its parent does. Only long forms can exceed max_value.
    # Tags are literals here (0x30 SEQUENCE, 0x02 INTEGER, 0x64 ENTRY, 0x04 OCTETS, 0x31 SET):
    # a constant is read faster than a module's global, and this reads a million a listing.
    # An entry's attributes mostly come as the entry before's did: the bytes from each one's
    # description to its set's tag (04, length, name, 31) are compared whole with the ones in
    # the same place before (`shape`: those bytes, the name, their length less one).
    limit = len(data)
    append = out.append
    id_tlv = _message_id(message_id)
    while pos + 2 <= limit:
        if data[pos] != 0x30:
            raise BerError(f"an LDAP message starts with 0x30, not 0x{data[pos]:02x}", NOT_EXPECTED)
        n = data[pos + 1]
        if n < 0x80:
            p = pos + 2
        elif n == 0x82 and pos + 4 <= limit:  # the usual entry: 256 bytes to 64 KiB
            n, p = data[pos + 2] << 8 | data[pos + 3], pos + 4
        else:
            size = n & 0x7F
            if pos + 2 + size > limit:
                return pos
            n, p = _long(data, pos + 1, n)
        end = p + n
        if end > limit:
            return pos
        if data.startswith(id_tlv, p) and data[p + len(id_tlv)] == 0x64:
            p += len(id_tlv) + 1  # the id as written by most servers, and an entry
        else:
            if data[p] != 0x02 or not 0 < data[p + 1] <= 4:
                raise BerError(f"expected a message id at byte {p}", NOT_EXPECTED)
            n = data[p + 1]
            if int.from_bytes(data[p + 2:p + 2 + n], "big", signed=True) != message_id or \
                    data[p + 2 + n] != 0x64:
                return pos
            p += 3 + n
        n = data[p]
        if n < 0x80:
            p += 1
        elif n == 0x82:
            n, p = data[p + 1] << 8 | data[p + 2], p + 3
        else:
            n, p = _long(data, p, n)
        op_end = p + n  # controls may follow; an entry's are of no use here
        if op_end > end:
            raise BerError(f"a search result entry runs past its message at byte {pos}",
                           ENDS_EARLY)
        if data[p] != 0x04:
            raise BerError(f"a search result entry must start with its DN, at byte {p}",
                           NOT_EXPECTED)
        n = data[p + 1]
        if n < 0x80:
            p += 2
        else:
            n, p = _long(data, p + 1, n)
            if n > max_value:
                raise ValueTooLarge(n, max_value)
        try:
            dn = data[p:p + n].decode("utf-8")
        except UnicodeDecodeError:
            dn = _text(data[p:p + n])
        p += n
        if data[p] != 0x30:
            raise BerError(f"expected the attributes of {dn} at byte {p}", NOT_EXPECTED)
        n = data[p + 1]
        if n < 0x80:
            p += 2
        elif n == 0x81:
            n, p = data[p + 2], p + 3
        elif n == 0x82:
            n, p = data[p + 2] << 8 | data[p + 3], p + 4
        else:
            n, p = _long(data, p + 1, n)
        if p + n != op_end:
            raise BerError(f"the attributes of {dn} do not fill their entry", LEFT_OVER)
        raw: dict[str, list[bytes]] = {}
        place = 0
        while p < op_end:
            if data[p] != 0x30:
                raise BerError(f"expected an attribute of {dn} at byte {p}", NOT_EXPECTED)
            n = data[p + 1]
            if n < 0x80:
                p += 2
            else:
                n, p = _long(data, p + 1, n)
            attribute_end = p + n
            if place < len(shape) and data.startswith((known := shape[place])[0], p):
                name = known[1]
                p += known[2]
            else:
                p, name = _description(data, p, names, shape, place)
            place += 1
            n = data[p + 1]
            if n < 0x80:
                p += 2
            else:
                n, p = _long(data, p + 1, n)
            if p + n != attribute_end:
                raise BerError(f"the values of {name} do not fill their attribute", LEFT_OVER)
            if 1 < n < 0x82 and data[p] == 0x04 and data[p + 1] == n - 2:
                raw[name] = [data[p + 2:attribute_end]]  # the usual: one short value
                p = attribute_end
                continue
            values = []
            while p < attribute_end:
                if data[p] != 0x04:
                    raise BerError(f"expected a value of {name} at byte {p}", NOT_EXPECTED)
                n = data[p + 1]
                if n < 0x80:
                    p += 2
                else:
                    n, p = _long(data, p + 1, n)
                    if n > max_value:
                        raise ValueTooLarge(n, max_value)
                values.append(data[p:p + n])
                p += n
            if p != attribute_end:
                raise BerError(f"a value of {name} runs past its attribute", ENDS_EARLY)
            raw[name] = values
        if p != op_end:
            raise BerError(f"the last attribute of {dn} runs past its entry", ENDS_EARLY)
        append((dn, raw))
        pos = end
    return pos


def _message_id(message_id: int) -> bytes:
    """The message id's INTEGER in its fewest bytes."""
    value = message_id.to_bytes(message_id.bit_length() // 8 + 1, "big", signed=True)
    return bytes((0x02, len(value))) + value


def _description(data: bytes, p: int, names: dict[bytes, str], shape: list, place: int
                 ) -> tuple[int, str]:
    """The attribute description at p and its set's tag: (the tag's position, the name);
    remembered in `shape` for the attributes in this place of the entries after."""
    start = p
    if data[p] != 0x04:
        raise BerError(f"expected an attribute description at byte {p}", NOT_EXPECTED)
    n = data[p + 1]
    if n < 0x80:
        p += 2
    else:
        n, p = _long(data, p + 1, n)
    q = p + n
    key = data[p:q]
    try:
        name = names[key]
    except KeyError:
        name = _name(names, key)
    if data[q] != 0x31:
        raise BerError(f"expected the values of {name} at byte {q}", NOT_EXPECTED)
    if q - start < 256:  # a name the server could make long is not worth remembering
        known = (data[start:q + 1], name, q - start)
        if place < len(shape):
            shape[place] = known
        elif place < MAX_PLACES:
            shape.append(known)
    return q, name


def _name(names: dict[bytes, str], key: bytes) -> str:
    name = _text(key).lower()
    if len(names) < MAX_NAMES:
        names[key] = name
    return name


def _octets(data: bytes, pos: int, limit: int, tag: int = OCTETS) -> tuple[bytes, int]:
    start, end = _element(data, pos, tag, limit)
    return data[start:end], end


def references(data: bytes, head: Header) -> list[str]:
    """The URIs of a SearchResultReference."""
    uris = []
    pos = head.start
    try:
        while pos < head.end:
            uri, pos = _octets(data, pos, head.end)
            uris.append(_text(uri))
    except IndexError:
        raise BerError("a search result reference ends early", ENDS_EARLY) from None
    return uris


def result(data: bytes, head: Header) -> Result:
    """The LDAPResult of a searchResDone or extendedResp, with the message's controls."""
    try:
        start, stop = _element(data, head.start, ENUMERATED, head.end)
        code = int.from_bytes(data[start:stop], "big", signed=True)
        matched, pos = _octets(data, stop, head.end)
        message, pos = _octets(data, pos, head.end)
        referrals: list[str] = []
        response_name = None
        while pos < head.end:
            tag = data[pos]
            start, stop = _element(data, pos, tag, head.end)
            if tag == REFERRAL:
                inner = start
                while inner < stop:
                    uri, inner = _octets(data, inner, stop)
                    referrals.append(_text(uri))
            elif tag == RESPONSE_NAME:
                response_name = _text(data[start:stop])
            pos = stop
        controls = _controls(data, head.end, head.message_end)
    except IndexError:
        raise BerError("an LDAP result ends early", ENDS_EARLY) from None
    return Result(code, _text(matched), _text(message), tuple(referrals), controls,
                  response_name)


def _controls(data: bytes, pos: int, end: int) -> tuple[tuple[str, bool, bytes | None], ...]:
    if pos == end:
        return ()
    pos, end = _element(data, pos, CONTROLS, end)
    controls = []
    while pos < end:
        start, stop = _element(data, pos, SEQUENCE, end)
        oid, inner = _octets(data, start, stop)
        critical, value = False, None
        if inner < stop and data[inner] == BOOLEAN:
            flag, inner = _octets(data, inner, stop, BOOLEAN)
            critical = flag != b"\x00"
        if inner < stop:
            value, inner = _octets(data, inner, stop)
        if inner != stop:
            raise BerError("a control holds more than its type, criticality and value", LEFT_OVER)
        controls.append((_text(oid), critical, value))
        pos = stop
    return tuple(controls)


def paged_results(value: bytes) -> tuple[int, bytes]:
    """(size, cookie) of a paged-results control value (RFC 2696)."""
    try:
        start, end = _element(value, 0, SEQUENCE, len(value))
        size_start, size_end = _element(value, start, INTEGER, end)
        cookie, pos = _octets(value, size_end, end)
    except IndexError:
        raise BerError("a paged-results control ends early", ENDS_EARLY) from None
    if pos != end:
        raise BerError("a paged-results control holds more than its size and cookie", LEFT_OVER)
    return int.from_bytes(value[size_start:size_end], "big", signed=True), cookie
