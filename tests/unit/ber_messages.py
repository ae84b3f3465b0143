"""LDAP messages built byte by byte, as a server sends them, for the BER decoder's tests and
the listing's scripted server."""

from __future__ import annotations

from ldapwizard.core.directory import ber


def tlv(tag: int, contents: bytes, long_form: int = 0) -> bytes:
    """One element; `long_form` > 0 writes the length in that many bytes even when short."""
    n = len(contents)
    if long_form or n >= 0x80:
        size = long_form or (n.bit_length() + 7) // 8
        return bytes([tag, 0x80 | size]) + n.to_bytes(size, "big") + contents
    return bytes([tag, n]) + contents


def integer(n: int) -> bytes:
    """An INTEGER's contents: the fewest two's-complement bytes."""
    return n.to_bytes(n.bit_length() // 8 + 1, "big", signed=True)


def attribute(name: bytes, values: list[bytes], long_form: int = 0) -> bytes:
    """A PartialAttribute: the name and its SET of values."""
    vals = b"".join(tlv(ber.OCTETS, v, long_form) for v in values)
    return tlv(ber.SEQUENCE, tlv(ber.OCTETS, name, long_form) + tlv(ber.SET, vals, long_form),
               long_form)


def entry_message(message_id: int, dn: bytes, attributes: list[bytes], long_form: int = 0,
                  controls: bytes = b"") -> bytes:
    """A SearchResultEntry message."""
    op = tlv(ber.ENTRY, tlv(ber.OCTETS, dn, long_form)
             + tlv(ber.SEQUENCE, b"".join(attributes), long_form), long_form)
    return tlv(ber.SEQUENCE, tlv(ber.INTEGER, integer(message_id)) + op + controls, long_form)


def done_message(message_id: int, code: int, controls: bytes = b"", referrals: bytes = b"",
                 message: bytes = b"") -> bytes:
    """A SearchResultDone message with result `code`."""
    op = tlv(ber.DONE, tlv(ber.ENUMERATED, bytes([code])) + tlv(ber.OCTETS, b"")
             + tlv(ber.OCTETS, message) + referrals)
    return tlv(ber.SEQUENCE, tlv(ber.INTEGER, integer(message_id)) + op + controls)


def paged_control(cookie: bytes, size: int = 0) -> bytes:
    """The Controls of a reply carrying the paged-results control with `cookie`."""
    value = tlv(ber.SEQUENCE, tlv(ber.INTEGER, bytes([size])) + tlv(ber.OCTETS, cookie))
    control = tlv(ber.SEQUENCE, tlv(ber.OCTETS, b"1.2.840.113556.1.4.319")
                  + tlv(ber.OCTETS, value))
    return tlv(ber.CONTROLS, control)
