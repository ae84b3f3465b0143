"""Pages of a search read off ldap3's own socket with the lean decoder of `ber`.

ldap3 keeps doing what it does well — connect, TLS, bind, building and sending the request
with its paged-results control — and only the replies to a page request are read here: one
receive loop, each entry decoded as it arrives into (DN, {lower-case name: [raw values]}).
Failures are ldap3's own exception types with ldap3's words, so the caller translates them
exactly as before. Every read keeps the connection's bounds (bounds.py): a message is refused
as soon as its header claims too much, a page as soon as it holds more entries or bytes than
asked for, a value once its message is in, and no read waits past the listing's deadline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ldap3
from ldap3.core import exceptions as lex
from ldap3.core.results import RESULT_CODES
from ldap3.operation.search import search_operation
from ldap3.protocol.rfc2696 import paged_search_control
from ldap3.protocol.rfc4511 import ProtocolOp
from ldap3.strategy.sync import SyncStrategy
from ldap3.utils.asn1 import encode
from ldap3.utils.dn import safe_dn

from ldapwizard.core import collector
from ldapwizard.core.directory import ber, bounds, pagerequest

PAGED_RESULTS = "1.2.840.113556.1.4.319"
NOTICE_OF_DISCONNECTION = "1.3.6.1.4.1.1466.20036"
RECEIVE_SIZE = 1 << 18


def supported(connection: ldap3.Connection) -> bool:
    """True when replies can be read off the socket directly: a plain synchronous connection.

    Not for ldap3's mock or pooled strategies, nor DIGEST-MD5 with integrity protection,
    whose messages arrive wrapped.
    """
    # the request bookkeeping this module shares with ldap3 (see receive); a different
    # ldap3 that lacks it gets ldap3's own slower path, and tests/integration/
    # test_ldap3_private_parts.py fails naming the part
    return type(connection.strategy) is SyncStrategy and \
        connection.sasl_mechanism != ldap3.DIGEST_MD5 and \
        isinstance(getattr(connection.strategy, "_outstanding", None), dict)


@dataclass
class Page:
    """The replies to one page request, entries decoded."""

    entries: list[tuple[str, dict[str, list[bytes]]]] = field(default_factory=list)
    references: list[tuple[int, list[str]]] = field(default_factory=list)  # (position, URIs)
    result: dict = field(default_factory=dict)  # shaped like ldap3's connection.result

    @property
    def cookie(self) -> bytes | None:
        control = (self.result.get("controls") or {}).get(PAGED_RESULTS) or {}
        return (control.get("value") or {}).get("cookie") or None


class PagedSearch:
    """One paged search on an open, bound ldap3 connection, a page request at a time."""

    def __init__(self, connection: ldap3.Connection, base_dn: str, search_filter: str,
                 scope: str, attributes: list[str]):
        self.connection = connection
        self.base_dn = safe_dn(base_dn) if connection.check_names and base_dn else base_dn
        self.search_filter = search_filter
        self.scope = scope
        self.attributes = attributes or [ldap3.NO_ATTRIBUTES]
        self.names: dict[bytes, str] = {}
        self.shape: list[tuple[bytes, str, int]] = []  # see ber.entries
        self.guard = bounds.guard_of(connection)
        self._message_id: int | None = None
        self._asked = 0  # entries the last request asked for
        self._pending = b""  # bytes received past the last complete message
        self._operation: bytes | None = None  # the search request's protocolOp, encoded
        self._request: dict | None = None  # and as ldap3 records it (connection.request)

    def request(self, page_size: int, cookie: bytes | None) -> None:
        """Send the request for the next page: the first through ldap3, which encodes and
        sends it; the next ones are the same request with another message id and cookie,
        sent here (ldap3 builds and encodes each anew, 0.6 ms a page)."""
        connection = self.connection
        with connection.connection_lock:
            if self._operation is not None and connection.listening and \
                    not connection.sasl_in_progress and not connection.usage:
                self._message_id = self._send(page_size, cookie)
            else:
                request = search_operation(
                    self.base_dn, self.search_filter, self.scope, ldap3.DEREF_ALWAYS,
                    self.attributes, 0, 0, False, connection.auto_escape,
                    connection.auto_encode, connection.server.schema,
                    validator=connection.server.custom_validator,
                    check_names=connection.check_names)
                self._message_id = connection.send(
                    "searchRequest", request, [paged_search_control(False, page_size, cookie)])
                self._operation = encode(ProtocolOp().setComponentByName("searchRequest",
                                                                         request))
                self._request = connection.request
        self._asked = page_size

    def _send(self, page_size: int, cookie: bytes | None) -> int:
        """ldap3's SyncStrategy.send of this search request, bytes and bookkeeping alike."""
        connection = self.connection
        message_id = connection.server.next_message_id()
        message = pagerequest.paged_request(message_id, self._operation, page_size, cookie)
        connection.request = self._request
        connection.strategy._outstanding[message_id] = self._request
        try:
            connection.socket.sendall(message)
        except OSError as e:  # ldap3's own words and exception type for the same failure
            connection.last_error = "socket sending error" + str(e)
            raise lex.communication_exception_factory(lex.LDAPSocketSendError, type(e)(str(e)))(
                connection.last_error) from None
        return message_id

    def receive(self) -> Page:
        """Every reply to the last request, up to and including its searchResDone."""
        message_id = self._message_id
        page = Page()
        entries = page.entries
        names, shape = self.names, self.shape
        data, pos = self._pending, 0
        guard, asked = self.guard, self._asked
        max_value = guard.bounds.max_value_size
        guard.start()
        try:
            with collector.paused():
                while True:
                    try:
                        pos = ber.entries(data, pos, message_id, names, entries, max_value,
                                          shape)
                    except ber.ValueTooLarge as e:
                        raise guard.abandon(bounds.Exceeded("max-value-size", e.size,
                                                            e.allowed)) from None
                    if len(entries) > asked:
                        raise guard.abandon(bounds.Exceeded("page-size", len(entries), asked))
                    length = ber.message_length(data, pos)
                    if length > 0:
                        guard.check_length(length)
                    if length < 0 or pos + length > len(data):
                        data, pos = self._receive_more(data[pos:], length), 0
                        continue
                    end = pos + length
                    head = ber.header(data, pos, end)
                    if head.message_id != message_id:
                        self._unexpected(data, head)
                    elif head.tag == ber.DONE:
                        page.result = self._result(ber.result(data, head))
                        self._pending = data[end:]
                        break
                    elif head.tag == ber.REFERENCE:
                        if len(page.references) >= asked:  # a few, on AD; never a page's worth
                            raise guard.abandon(bounds.Exceeded("page-size",
                                                                len(page.references) + 1, asked))
                        page.references.append((len(entries), ber.references(data, head)))
                    elif head.tag != ber.INTERMEDIATE:
                        raise ber.BerError(f"unexpected message 0x{head.tag:02x} in a search",
                                           ber.NO_PLACE)
                    pos = end
        except ber.BerError:
            self._abandon_connection()
            raise
        self.connection.strategy._outstanding.pop(message_id, None)
        self.connection.result = page.result
        self.connection.response = None
        return page

    def _receive_more(self, partial: bytes, length: int) -> bytes:
        """`partial` and at least one more read; enough reads to complete a known length."""
        chunks = [partial]
        have = len(partial)
        while True:
            chunk = self._read()
            chunks.append(chunk)
            have += len(chunk)
            if have >= length:
                return b"".join(chunks)

    def _read(self) -> bytes:
        connection = self.connection
        try:
            data = self.guard.recv(connection.socket, RECEIVE_SIZE)
        except (OSError, AttributeError) as e:
            # ldap3's own words and exception type for the same failure
            connection.last_error = f"error receiving data: {e}"
            self._abandon_connection()
            raise lex.communication_exception_factory(lex.LDAPSocketReceiveError, type(e)(
                str(e)))(connection.last_error) from None
        if not data:
            self._terminated()
        self.guard.count(len(data))
        return data

    def _terminated(self):
        self.connection.last_error = "session terminated by server"
        self._abandon_connection()
        raise lex.LDAPSessionTerminatedByServerError(self.connection.last_error)

    def _unexpected(self, data: bytes, head: ber.Header) -> None:
        if head.message_id == 0 and head.tag == ber.EXTENDED:
            if ber.result(data, head).response_name == NOTICE_OF_DISCONNECTION:
                self._terminated()
            self.connection.last_error = "unknown unsolicited notification from server"
        else:
            self.connection.last_error = "invalid messageId received"
        self._abandon_connection()
        raise lex.LDAPSocketReceiveError(self.connection.last_error)

    def _abandon_connection(self) -> None:
        # after a failure mid-reply the stream is out of step: nothing more can be read from it
        try:
            self.connection.strategy.close()
        except (OSError, lex.LDAPException):
            pass

    @staticmethod
    def _result(result: ber.Result) -> dict:
        controls = {}
        for oid, critical, value in result.controls:
            if oid == PAGED_RESULTS and value is not None:
                size, cookie = ber.paged_results(value)
                value = {"size": size, "cookie": cookie}
            controls[oid] = {"description": "", "criticality": critical, "value": value}
        return {"result": result.code, "description": RESULT_CODES.get(result.code, "unknown"),
                "dn": result.matched_dn, "message": result.message,
                "referrals": list(result.referrals) or None, "type": "searchResDone",
                "controls": controls}
