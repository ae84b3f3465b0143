"""The bytes of a paged search request (RFC 4511 §4.5.1, RFC 2696), as ldap3 encodes them.

A listing sends the same search request once a page, with a new message id and the cookie of
the page before. ldap3 builds each with pyasn1 (parsing the filter again, encoding, decoding
it back for its bookkeeping): 0.6 ms a page, 0.2 s of a listing of 300,000 entries. The
first request of a search goes through ldap3; the next ones are its protocolOp, encoded
once, between a message id and a paged-results control written here
(tests/unit/test_ber.py checks these bytes against ldap3's).

    LDAPMessage ::= SEQUENCE { messageID INTEGER, protocolOp (the search request),
                               controls [0] SEQUENCE OF Control }
    Control ::= SEQUENCE { controlType OCTET STRING, controlValue OCTET STRING }
    realSearchControlValue ::= SEQUENCE { size INTEGER, cookie OCTET STRING }
"""

from __future__ import annotations

from ldapwizard.core.directory.ber import CONTROLS, INTEGER, OCTETS, SEQUENCE

PAGED_RESULTS = b"1.2.840.113556.1.4.319"


def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes((n,))
    size = (n.bit_length() + 7) // 8
    return bytes((0x80 | size,)) + n.to_bytes(size, "big")


def _tlv(tag: int, contents: bytes) -> bytes:
    return bytes((tag,)) + _length(len(contents)) + contents


def _integer(value: int) -> bytes:
    return _tlv(INTEGER, value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True))


def paged_request(message_id: int, operation: bytes, size: int, cookie: bytes | None) -> bytes:
    """The LDAPMessage of a search request whose encoded protocolOp is `operation`, with the
    paged-results control (not critical) asking for `size` entries after `cookie`: the bytes
    ldap3 sends for the same request, without building and encoding it again for each page."""
    value = _tlv(SEQUENCE, _integer(size) + _tlv(OCTETS, cookie or b""))
    control = _tlv(SEQUENCE, _tlv(OCTETS, PAGED_RESULTS) + _tlv(OCTETS, value))
    return _tlv(SEQUENCE, _integer(message_id) + operation + _tlv(CONTROLS, control))
