"""The lean BER decoder reads what ldap3's decoder reads, byte for byte, and refuses the rest."""

from __future__ import annotations

import pytest
from ldap3.operation.search import search_result_entry_response_to_dict_fast
from ldap3.utils.asn1 import decode_message_fast

from ldapwizard.core.directory import ber
from ldapwizard.core.directory.bounds import check_structure
from tests.unit.ber_messages import (
    attribute,
    done_message,
    entry_message,
    paged_control,
    tlv,
)


def decode(message: bytes) -> tuple[ber.Header, tuple[str, dict]]:
    assert ber.message_end(message) == len(message)
    head = ber.header(message, 0, len(message))
    return head, entry(message, head.message_id)


def entry(message: bytes, message_id: int, names: dict | None = None) -> tuple[str, dict]:
    out: list = []
    assert ber.entries(message, 0, message_id, {} if names is None else names, out) == \
        len(message)
    [decoded] = out
    return decoded


def ldap3_view(message: bytes) -> tuple[str, dict]:
    """What ldap3 makes of the same bytes: its DN and raw attributes, names lower-cased."""
    decoded = decode_message_fast(message)
    entry = search_result_entry_response_to_dict_fast(decoded["payload"], None, None, False)
    return entry["dn"], {k.lower(): v for k, v in entry["raw_attributes"].items()}


def test_an_entry_decodes_to_its_dn_and_raw_values_like_ldap3():
    message = entry_message(7, b"uid=j\xc3\xb6rg,ou=People,dc=example,dc=com", [
        attribute(b"uid", [b"j\xc3\xb6rg"]),
        attribute(b"mail", [b"jorg@example.com", b"j.org@example.com"]),
        attribute(b"objectClass", [b"top", b"person", b"inetOrgPerson"]),
    ])
    head, (dn, raw) = decode(message)
    assert (head.message_id, head.tag) == (7, ber.ENTRY)
    assert dn == "uid=jörg,ou=People,dc=example,dc=com"
    assert raw == {"uid": [b"j\xc3\xb6rg"], "mail": [b"jorg@example.com", b"j.org@example.com"],
                   "objectclass": [b"top", b"person", b"inetOrgPerson"]}
    assert (dn, raw) == ldap3_view(message)


def test_long_form_lengths_everywhere_decode_the_same():
    attributes = [attribute(b"cn", [b"Ann"], long_form=2), attribute(b"sn", [b"Lee"], 3)]
    short = decode(entry_message(1, b"cn=Ann,dc=x", [attribute(b"cn", [b"Ann"]),
                                                     attribute(b"sn", [b"Lee"])]))[1]
    long = decode(entry_message(1, b"cn=Ann,dc=x", attributes, long_form=4))[1]
    assert long == short == ("cn=Ann,dc=x", {"cn": [b"Ann"], "sn": [b"Lee"]})


@pytest.mark.parametrize("long_form", [1, 2, 3])
def test_each_length_width_of_the_message_entry_and_attributes_decodes_the_same(long_form):
    # the one- and two-byte forms are read inline, wider ones by the general path
    attributes = [attribute(b"cn", [b"Ann"]), attribute(b"sn", [b"Lee"], long_form)]
    message = entry_message(3, b"cn=Ann,dc=x", attributes, long_form=long_form)
    assert decode(message)[1] == ("cn=Ann,dc=x", {"cn": [b"Ann"], "sn": [b"Lee"]})
    assert decode(message)[1] == ldap3_view(message)
    for cut in range(1, len(message)):  # an incomplete message is waited for, never misread
        assert ber.entries(message[:cut], 0, 3, {}, []) == 0


def test_values_longer_than_127_and_65535_bytes_need_multi_byte_lengths():
    photo = bytes(range(256)) * 300  # 76,800 bytes: a three-byte length
    description = b"d" * 200  # a one-byte long form
    message = entry_message(2, b"cn=big", [attribute(b"jpegPhoto", [photo]),
                                           attribute(b"description", [description])])
    _, (_, raw) = decode(message)
    assert raw == {"jpegphoto": [photo], "description": [description]}
    assert ldap3_view(message)[1] == raw


@pytest.mark.parametrize("size", [0, 1, 125, 126, 127, 128, 129, 255, 256])
@pytest.mark.parametrize("long_form", [0, 2, 3])
def test_one_value_of_every_size_round_the_short_form_limit_decodes_whole(size, long_form):
    # one value filling its attribute is read without the value loop; a long-form length
    # byte (0x81 0x80 for 128) must never be taken for a short one
    value = bytes(range(size % 256)) + b"v" * (size - size % 256)
    message = entry_message(6, b"cn=one", [attribute(b"description", [value], long_form),
                                           attribute(b"cn", [b"one", value], long_form)])
    _, (_, raw) = decode(message)
    assert raw == {"description": [value], "cn": [b"one", value]}
    assert ldap3_view(message)[1] == raw


def test_empty_values_empty_attributes_and_an_entry_without_attributes():
    message = entry_message(3, b"cn=e", [attribute(b"description", [b""]),
                                         attribute(b"member;range=0-*", [])])
    _, (_, raw) = decode(message)
    assert raw == {"description": [b""], "member;range=0-*": []}
    assert decode(entry_message(3, b"", []))[1] == ("", {})


def test_many_values_keep_their_order():
    members = [f"uid=u{i},ou=People,dc=example,dc=com".encode() for i in range(5000)]
    message = entry_message(4, b"cn=all,ou=Groups", [attribute(b"member", members)])
    _, (_, raw) = decode(message)
    assert raw["member"] == members


def test_binary_values_stay_bytes():
    guid = bytes.fromhex("00ff80417a7b0d4fa1b2c3d4e5f60718")
    _, (_, raw) = decode(entry_message(5, b"CN=x", [attribute(b"objectGUID", [guid])]))
    assert raw == {"objectguid": [guid]}


def test_invalid_utf8_in_a_dn_reads_as_latin1_as_ldap3_does_and_values_stay_raw():
    message = entry_message(6, b"cn=M\xfcller,dc=x", [attribute(b"cn", [b"M\xfcller"])])
    _, (dn, raw) = decode(message)
    assert dn == "cn=Müller,dc=x" == ldap3_view(message)[0]
    assert raw == {"cn": [b"M\xfcller"]}


def test_attribute_names_are_cached_lower_case_and_bounded():
    names: dict[bytes, str] = {}
    for i in range(ber.MAX_NAMES + 10):
        message = entry_message(1, b"cn=x", [attribute(f"Attr{i}".encode(), [b"v"])])
        assert entry(message, 1, names)[1] == {f"attr{i}": [b"v"]}
    assert len(names) == ber.MAX_NAMES and names[b"Attr0"] == "attr0"


def test_message_end_waits_for_the_whole_message():
    message = entry_message(1, b"cn=x" * 100, [attribute(b"cn", [b"x" * 300])])
    for cut in (0, 1, 2, 3, len(message) - 1):
        assert ber.message_end(message[:cut]) == -1
    two = message + done_message(1, 0)
    assert ber.message_end(two) == len(message)
    assert ber.message_end(two, len(message)) == len(two)


def test_a_done_message_gives_code_text_referrals_and_the_paged_cookie():
    referral = tlv(ber.REFERRAL, tlv(ber.OCTETS, b"ldap://other/dc=x"))
    message = done_message(9, 10, paged_control(b"\x01\x02cookie"), referral, b"go elsewhere")
    head = ber.header(message, 0, len(message))
    result = ber.result(message, head)
    assert (head.message_id, head.tag) == (9, ber.DONE)
    assert (result.code, result.message, result.referrals) == (10, "go elsewhere",
                                                                ("ldap://other/dc=x",))
    [(oid, critical, value)] = result.controls
    assert (oid, critical) == ("1.2.840.113556.1.4.319", False)
    assert ber.paged_results(value) == (0, b"\x01\x02cookie")


def test_a_search_reference_gives_its_uris():
    op = tlv(ber.REFERENCE, tlv(ber.OCTETS, b"ldap://a/DC=DomainDnsZones,DC=x")
             + tlv(ber.OCTETS, b"ldap://b/dc=x"))
    message = tlv(ber.SEQUENCE, tlv(ber.INTEGER, b"\x05") + op)
    head = ber.header(message, 0, len(message))
    assert ber.references(message, head) == ["ldap://a/DC=DomainDnsZones,DC=x", "ldap://b/dc=x"]


def test_controls_after_an_entry_are_allowed():
    message = entry_message(1, b"cn=x", [attribute(b"cn", [b"x"])],
                            controls=paged_control(b""))
    assert decode(message)[1] == ("cn=x", {"cn": [b"x"]})


@pytest.mark.parametrize("damage", [
    "value overruns its set", "wrong value tag", "indefinite length",
    "attributes overrun the entry", "junk after the attributes",
])
def test_malformed_entries_are_refused_not_guessed(damage):
    good = entry_message(1, b"cn=x", [attribute(b"cn", [b"abc", b"de"])])
    bad = {
        "value overruns its set": good.replace(b"\x04\x02de", b"\x04\x05de"),
        "wrong value tag": good.replace(b"\x04\x02de", b"\x02\x02de"),
        "indefinite length": good.replace(b"\x04\x03abc", b"\x04\x80abc"),
        "attributes overrun the entry": None,
        "junk after the attributes": None,
    }[damage]
    if damage == "attributes overrun the entry":
        bad = tlv(ber.SEQUENCE, tlv(ber.INTEGER, b"\x01") + tlv(ber.ENTRY, tlv(
            ber.OCTETS, b"cn=x") + b"\x30\x20" + attribute(b"cn", [b"x"])))
    if damage == "junk after the attributes":
        bad = tlv(ber.SEQUENCE, tlv(ber.INTEGER, b"\x01") + tlv(ber.ENTRY, tlv(
            ber.OCTETS, b"cn=x") + tlv(ber.SEQUENCE, attribute(b"cn", [b"x"])) + b"\x04\x00"))
    with pytest.raises(ber.BerError):
        ber.entries(bad, 0, 1, {}, [])


def test_a_message_that_is_not_a_sequence_is_refused():
    with pytest.raises(ber.BerError):
        ber.message_end(b"\x04\x03abc")
    with pytest.raises(ber.BerError):
        ber.message_end(b"\x30\x80\x00\x00")


def test_entries_stop_at_the_result_at_another_message_and_at_an_incomplete_one():
    first = entry_message(4, b"cn=a", [attribute(b"cn", [b"a"])])
    second = entry_message(4, b"cn=b", [attribute(b"cn", [b"b"])], long_form=2)
    done = done_message(4, 0, paged_control(b""))
    stream = first + second + done
    out: list = []
    assert ber.entries(stream, 0, 4, {}, out) == len(first + second)
    assert out == [("cn=a", {"cn": [b"a"]}), ("cn=b", {"cn": [b"b"]})]
    assert ber.entries(stream, 0, 5, {}, []) == 0  # not this search's message
    for cut in range(1, len(second)):
        out = []
        assert ber.entries(first + second[:cut], 0, 4, {}, out) == len(first)
        assert out == [("cn=a", {"cn": [b"a"]})]


@pytest.mark.parametrize("message_id", [1, 127, 128, 255, 40_000, 2**31 - 1])
def test_message_ids_of_every_width_are_read(message_id):
    message = entry_message(message_id, b"cn=x", [attribute(b"cn", [b"x"])])
    assert ber.header(message, 0, len(message)).message_id == message_id
    assert entry(message, message_id) == ("cn=x", {"cn": [b"x"]})
    assert ber.entries(message, 0, message_id + 1, {}, []) == 0


def test_a_value_or_dn_longer_than_allowed_is_refused_by_its_length():
    big = b"v" * 2000
    for message, size in ((entry_message(1, b"cn=x", [attribute(b"mail", [b"ok", big])]), 2000),
                          (entry_message(1, b"cn=" + big, [attribute(b"cn", [b"x"])]), 2003)):
        with pytest.raises(ber.ValueTooLarge) as refused:
            ber.entries(message, 0, 1, {}, [], max_value=1024)
        assert (refused.value.size, refused.value.allowed) == (size, 1024)
        out: list = []
        assert ber.entries(message, 0, 1, {}, out, max_value=size) == len(message)
        assert len(out) == 1


def test_the_structure_check_reports_the_largest_value_and_refuses_deep_or_broken_nesting():
    message = entry_message(1, b"cn=x", [attribute(b"cn", [b"x", b"y" * 300])],
                            controls=paged_control(b"c"))
    assert check_structure(message, 16) == 300
    assert check_structure(done_message(1, 0), 16) == 1  # the id and the result code
    nested = b"\x05\x00"
    for _ in range(5000):  # ldap3's recursive decoder ends in RecursionError on this
        nested = tlv(ber.SEQUENCE, nested)
    with pytest.raises(ber.BerError, match="nest more than 16 deep"):
        check_structure(tlv(ber.SEQUENCE, tlv(ber.INTEGER, b"\x01") + nested), 16)
    for broken in (message[:-1] + b"", message.replace(b"\x04\x01x", b"\x04\x09x"),
                   b"\x30\x03\x02\x01", b"\x30\x80\x02\x01\x01\x00\x00", b"\x30\x02\x1f\x00"):
        with pytest.raises(ber.BerError):
            check_structure(broken, 16)


def _mixed(sequence: int, name: int, values: int) -> bytes:
    """An attribute whose sequence, description and set take these long forms (0: short)."""
    vals = tlv(ber.SET, tlv(ber.OCTETS, b"v1") + tlv(ber.OCTETS, b"v2" * 70), values)
    return tlv(ber.SEQUENCE, tlv(ber.OCTETS, b"cn", name) + vals, sequence)


@pytest.mark.parametrize("forms", [(0, 0, 1), (0, 1, 0), (1, 0, 0), (0, 0, 2), (2, 1, 1)])
def test_an_attribute_in_any_mix_of_length_forms_between_short_ones_decodes_like_ldap3(forms):
    # issue 30: the all-short attribute is read in one step; any long form among its three
    # lengths takes the general path, and the attributes round it still decode the same
    message = entry_message(5, b"cn=x", [attribute(b"uid", [b"x"]), _mixed(*forms),
                                         attribute(b"sn", [b"y", b"z"]),
                                         attribute(b"mail", [b"m" * 125])])
    assert decode(message)[1] == ldap3_view(message)
    assert decode(message)[1][1]["cn"] == [b"v1", b"v2" * 70]
    for cut in range(1, len(message)):  # an incomplete message is waited for, never misread
        assert ber.entries(message[:cut], 0, 5, {}, []) == 0


@pytest.mark.parametrize("damage", [
    lambda m: m.replace(b"\x31\x03\x04\x01x", b"\x31\x03\x04\x02x"),  # a value past its set
    lambda m: m.replace(b"\x30\x0a\x04\x03uid", b"\x30\x0b\x04\x03uid"),  # past the entry
    lambda m: m.replace(b"\x04\x03uid\x31", b"\x04\x03uid\x30"),  # not a set
    lambda m: m.replace(b"\x04\x03uid\x31\x03", b"\x04\x03uid\x31\x83"),  # a long form, cut
])
def test_a_damaged_short_attribute_is_refused(damage):
    message = entry_message(5, b"cn=x", [attribute(b"uid", [b"x"]), attribute(b"sn", [b"y"])])
    broken = damage(message)
    assert broken != message
    with pytest.raises(ber.BerError):
        ber.entries(broken, 0, 5, {}, [])


def test_a_page_request_is_the_bytes_ldap3_sends():
    # issue 30: pages after the first are sent as their search's encoded protocolOp between
    # a new message id and the paged-results control, not rebuilt through pyasn1
    import ldap3
    from ldap3.operation.search import search_operation
    from ldap3.protocol.convert import build_controls_list
    from ldap3.protocol.rfc2696 import paged_search_control
    from ldap3.protocol.rfc4511 import LDAPMessage, MessageID, ProtocolOp
    from ldap3.utils.asn1 import encode

    from ldapwizard.core.directory.pagerequest import paged_request

    request = search_operation(
        "ou=Péople,dc=example,dc=com", "(&(objectClass=person)(mail=*))", ldap3.SUBTREE,
        ldap3.DEREF_ALWAYS, ["uid", "mail", "entryUUID"], 0, 0, False, True, True, None,
        validator=None, check_names=True)
    operation = encode(ProtocolOp().setComponentByName("searchRequest", request))
    for message_id in (1, 127, 128, 255, 256, 32768, 2**31 - 1):
        for size in (1, 127, 128, 1000, 65536):
            for cookie in (None, b"", b"0", bytes(range(256)), b"c" * 127, b"c" * 128):
                message = LDAPMessage()
                message["messageID"] = MessageID(message_id)
                message["protocolOp"] = ProtocolOp().setComponentByName("searchRequest",
                                                                         request)
                message["controls"] = build_controls_list(
                    [paged_search_control(False, size, cookie)])
                assert paged_request(message_id, operation, size, cookie) == encode(message)


def test_entries_shaped_unlike_the_one_before_decode_like_ldap3():
    # issue 30: each attribute's beginning is compared whole with the one in the same place
    # of the entry before; any other name, order, length or form there is read in full
    entries = [
        [attribute(b"uid", [b"a"]), attribute(b"mail", [b"a@x"]), attribute(b"cn", [b"A"])],
        [attribute(b"uid", [b"b"]), attribute(b"mail", [b"b@x"]), attribute(b"cn", [b"B"])],
        [attribute(b"mail", [b"c@x"]), attribute(b"uid", [b"c"])],  # another order
        [attribute(b"uid", [b"d"]), attribute(b"mailx", [b"d@x"]),  # a longer name
         attribute(b"cn", [b"D1", b"D2"]), attribute(b"sn", [b"D"])],
        [attribute(b"UID", [b"e"]), attribute(b"mai", [b"e@x"])],  # other case, shorter
        [attribute(b"uid", [b"f"], long_form=1), attribute(b"mail", [b"f" * 200])],
        [attribute(b"uid", [b"g"]), attribute(b"mail", [b"g@x"]), attribute(b"cn", [b""])],
    ]
    messages = [entry_message(9, f"uid={i},dc=x".encode(), a) for i, a in enumerate(entries)]
    shape: list = []
    for whole in (b"".join(messages), b"".join(messages + messages)):
        out: list = []
        assert ber.entries(whole, 0, 9, {}, out, shape=shape) == len(whole)
        assert out == [ldap3_view(m) for m in messages] * (len(whole) // len(b"".join(messages)))
    out = []
    for message in messages:  # one call a message, the shape kept between them
        assert ber.entries(message, 0, 9, {}, out, shape=shape) == len(message)
    assert out == [ldap3_view(m) for m in messages]


def test_a_message_id_written_in_more_bytes_than_it_needs_is_read():
    # issue 30: the id is compared as most servers write it, in its fewest bytes; a server
    # that writes it wider is read as before
    message = entry_message(7, b"cn=x", [attribute(b"cn", [b"x"])])
    wide = message.replace(b"\x02\x01\x07", b"\x02\x04\x00\x00\x00\x07", 1)
    wide = bytes([wide[0], wide[1] + 3]) + wide[2:]
    assert ldap3_view(wide) == ldap3_view(message)
    out: list = []
    assert ber.entries(wide, 0, 7, {}, out) == len(wide)
    assert out == [("cn=x", {"cn": [b"x"]})]
    assert ber.entries(wide, 0, 8, {}, []) == 0  # another search's: not read
