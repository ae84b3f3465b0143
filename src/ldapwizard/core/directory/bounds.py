"""How much a directory server may send: every read bounded in size, count and time.

A reply is read into memory before it is decoded, so without bounds one server decides how
much memory and time a run takes: a value claiming 3 GiB, 300,000 entries for a page of
1000, the same page for ever, a byte every few seconds. The defaults, and why:

- one value, 1 MiB: the attributes a listing asks for (names, addresses, ids, a group's
  member DNs one by one) are bytes to a few KiB; photos and certificates are never asked for;
- one message, 16 MiB: one entry with every value asked for. The largest real one is a group
  whose members come in one message (OpenLDAP, 389 DS: no range retrieval), ~50 bytes a
  member, so 16 MiB holds a group of 300,000 members: the product's largest directories;
- the replies to one page request, 128 MiB, and no more entries than were asked for;
- a listing, 1 hour (a sync: everything it reads, from its start), on top of the receive
  timeout of each read, which a server sending a byte at a time never trips.

A message is refused as soon as its header claims more than the bound: nothing past the
first read is buffered. Past a bound `Exceeded` is raised (an ldap3 exception, so that every
place that handles a failed read handles it); failures.py words it for the admin.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import time
from dataclasses import dataclass

import ldap3
from ldap3.core import exceptions as lex
from ldap3.strategy.sync import SyncStrategy

from ldapwizard.core.directory import ber
from ldapwizard.core.errors import BadInput
from ldapwizard.i18n import _

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30
MAX_DEPTH = 16  # an LDAP reply nests 6 deep (message, op, attributes, attribute, set, value)
RECEIVE_SIZE = 1 << 18
# replies one operation read by ldap3 may bring: its reads are of one entry (sign-in, RootDSE,
# an entry, a range of values); a page only where the listing cannot read the socket itself
REPLIES_PER_READ = 10_000
_SIZE = re.compile(r"(\d+)\s*([KMG]?)(?:i?B)?", re.IGNORECASE)
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smh]?)", re.IGNORECASE)
_UNITS = {"": 1, "K": KIB, "M": MIB, "G": GIB}
_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600}


@dataclass(frozen=True)
class Bounds:
    """The most a server may send: per value, per message, per page (bytes), per listing (s)."""

    max_value_size: int = 1 * MIB
    max_message_size: int = 16 * MIB
    max_page_bytes: int = 128 * MIB
    listing_deadline: float = 3600.0

    @property
    def message_bound(self) -> int:
        """The message bound in force: never below what one value of the value bound needs
        (raising --max-value-size alone is enough)."""
        return max(self.max_message_size, self.max_value_size + 64 * KIB)

    @property
    def page_bound(self) -> int:
        """The page bound in force: never below one message of the message bound."""
        return max(self.max_page_bytes, self.message_bound)

    @classmethod
    def of(cls, **chosen) -> Bounds:
        """Bounds with the chosen ones (None: the default)."""
        return cls(**{k: v for k, v in chosen.items() if v is not None})

    def check(self) -> None:
        """BadInput for a bound that cannot work."""
        for option, value, least in (("--max-value-size", self.max_value_size, KIB),
                                     ("--max-message-size", self.max_message_size, KIB),
                                     ("--max-page-bytes", self.max_page_bytes, KIB)):
            if type(value) is not int or value < least:
                raise BadInput(_("{option} must be at least 1K, not {value}.", option=option,
                                 value=repr(value)),
                               hint=_("Give a size such as 1M, 16M or 128M."))
        deadline = self.listing_deadline
        if type(deadline) not in (int, float) or not deadline > 0:
            raise BadInput(_("--listing-deadline must be more than 0 seconds, not {value}.",
                             value=repr(self.listing_deadline)),
                           hint=_("Give a duration such as 3600, 90m or 2h."))


def parse_size(text: str, option: str) -> int:
    """Bytes for 1M, 16M, 512K or 4096 (powers of 1024); BadInput naming `option`."""
    match = _SIZE.fullmatch(text.strip())
    if not match:
        raise BadInput(_("{option} {value} is not a size.", option=option, value=repr(text)),
                       hint=_("Give a size such as 1M, 16M or 128M (K, M and G are powers of "
                              "1024)."))
    return int(match.group(1)) * _UNITS[match.group(2).upper()]


def parse_duration(text: str, option: str) -> float:
    """Seconds for 3600, 90s, 30m or 2h; BadInput naming `option`."""
    match = _DURATION.fullmatch(text.strip())
    if not match:
        raise BadInput(_("{option} {value} is not a duration.", option=option, value=repr(text)),
                       hint=_("Give seconds (3600) or a number with s, m or h (90m, 2h)."))
    return float(match.group(1)) * _SECONDS[match.group(2).lower()]


def shown_size(size: int) -> str:
    """A byte count as an admin reads it: 16 MiB, 3.0 GiB, 512 bytes."""
    for unit, name in ((GIB, "GiB"), (MIB, "MiB"), (KIB, "KiB")):
        if size >= unit:
            value = size / unit
            return f"{value:.0f} {name}" if value == int(value) else f"{value:.1f} {name}"
    return f"{size} bytes"


def shown_duration(seconds: float) -> str:
    """Seconds as an admin reads them: 1 h, 90 min, 2.5 s."""
    if seconds >= 3600 and seconds % 3600 == 0:
        return f"{seconds / 3600:g} h"
    if seconds >= 60 and seconds % 60 == 0:
        return f"{seconds / 60:g} min"
    return f"{seconds:g} s"


class Exceeded(lex.LDAPException):
    """A reply went past a bound: `limit` names it (the option that raises it, or what the
    server repeated), `size` is what was seen or claimed, `allowed` the bound."""

    def __init__(self, limit: str, size: float, allowed: float):
        super().__init__(f"{limit}: {size} over {allowed}")
        self.limit = limit
        self.size = size
        self.allowed = allowed


class Malformed(lex.LDAPException):
    """A reply that is not the LDAP message it claims to be (read by ldap3's own path): the
    text says where, `damage` the kind (ber's sentences)."""

    def __init__(self, detail: str, damage: str = ber.UNDECODABLE):
        super().__init__(detail)
        self.damage = damage


class Deadline:
    """When the reads of a listing (or of a whole run) must be done, on the monotonic clock."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()


_run: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("run_deadline",
                                                                       default=None)


@contextlib.contextmanager
def run_deadline(seconds: float):
    """One deadline for every connection opened inside (a sync: its listing, the imported
    users it reads again, its groups), measured from here; an outer one is kept."""
    if _run.get() is not None:
        yield
        return
    token = _run.set(Deadline(seconds))
    try:
        yield
    finally:
        _run.reset(token)


class Progress:
    """That a paged search moves on: no page holds more entries than asked for, and none
    brings again a page of entries sent before, with a cookie sent before or not.

    A repeated cookie alone is no fault: 389 DS's cookie is its paged-results slot ("0"),
    the same on every page of a search. Pages are remembered by one hash of their DNs, so
    the memory this takes grows with the pages, not the entries (a hash per DN was about 60
    bytes an entry, which made a listing's memory grow with the directory); a server that
    deals the same entries out in new pages for ever is ended by the listing's deadline.
    """

    def __init__(self):
        self.pages: set[int] = set()
        self.cookies: set[int] = set()

    def check(self, entries: list, cookie: bytes | None, asked: int) -> None:
        """One more page, with the cookie it came with and the entries asked for."""
        if len(entries) > asked:
            raise Exceeded("page-size", len(entries), asked)
        page = hash(frozenset([dn for dn, _ in entries]))  # in any order; each DN's hash
        # is kept by its string, which the records reuse
        if entries and page in self.pages:
            raise Exceeded("repeated-page", len(entries), 0)
        new = bool(entries)  # an empty page brings nothing new
        self.pages.add(page)
        if cookie:
            if hash(cookie) in self.cookies and not new:
                raise Exceeded("repeated-cookie", len(cookie), 0)
            self.cookies.add(hash(cookie))


class Guard:
    """The bounds of one connection, and its reads: ldap3's own (bind, StartTLS, base reads)
    through `receiving`, the listing's through `recv` (pager.py)."""

    def __init__(self, connection: ldap3.Connection, bounds: Bounds):
        self.connection = connection
        self.bounds = bounds
        self.deadline = _run.get() or Deadline(bounds.listing_deadline)
        self._bytes = 0  # read for the current operation
        self._replies = 0

    def recv(self, sock, size: int) -> bytes:
        """One read, its wait cut to what is left of the deadline."""
        remaining = self.deadline.remaining()
        if remaining <= 0:
            raise self.abandon(Exceeded("listing-deadline", self.deadline.seconds,
                                        self.deadline.seconds))
        timeout = self.connection.receive_timeout
        shortened = timeout is None or remaining < timeout
        if shortened:
            sock.settimeout(remaining)
        try:
            return sock.recv(size)
        except TimeoutError:
            if shortened:
                raise self.abandon(Exceeded("listing-deadline", self.deadline.seconds,
                                            self.deadline.seconds)) from None
            raise
        finally:
            if shortened:
                with contextlib.suppress(OSError):
                    sock.settimeout(timeout)

    def count(self, received: int) -> None:
        """Bytes read for one page request; Exceeded past the page bound."""
        self._bytes += received
        if self._bytes > self.bounds.page_bound:
            raise self.abandon(Exceeded("max-page-bytes", self._bytes, self.bounds.page_bound))

    def start(self) -> None:
        """A new operation's replies begin."""
        self._bytes = 0
        self._replies = 0

    def check_length(self, length: int) -> None:
        """A message's claimed length, as soon as its header is in."""
        if length > self.bounds.message_bound:
            raise self.abandon(Exceeded("max-message-size", length, self.bounds.message_bound))

    def abandon(self, error: Exception) -> Exception:
        """The stream is out of step after a refused reply: close it; `error` to raise."""
        self.connection.last_error = str(error)
        try:
            self.connection.strategy.close()
        except (OSError, lex.LDAPException):
            pass
        return error

    # --- ldap3's own reads ------------------------------------------------------------

    def receiving(self) -> list[bytes]:
        """ldap3's SyncStrategy.receiving, bounded: whole messages, each checked before
        ldap3's recursive decoder sees it."""
        messages: list[bytes] = []
        data = bytearray()  # grows in place: ldap3's bytes += copies the whole message a read
        sock = self.connection.socket
        while True:
            while data:
                try:
                    length = ber.message_length(data)
                except ber.BerError as e:
                    raise self.abandon(Malformed(str(e), e.damage)) from None
                if length < 0:
                    break
                self.check_length(length)
                if length > len(data):
                    break
                message = bytes(data[:length])
                del data[:length]
                self._check(message)
                messages.append(message)
            if messages and not data:
                return messages
            try:
                chunk = self.recv(sock, RECEIVE_SIZE)
            except (OSError, AttributeError) as e:
                # ldap3's own words and exception type for the same failure
                self.connection.last_error = f"error receiving data: {e}"
                self.abandon(e)
                raise lex.communication_exception_factory(lex.LDAPSocketReceiveError, type(e)(
                    str(e)))(self.connection.last_error) from None
            if not chunk:
                return messages  # none: ldap3 says the session was terminated
            self.count(len(chunk))
            data += chunk

    def _check(self, message: bytes) -> None:
        self._replies += 1
        if self._replies > REPLIES_PER_READ:
            raise self.abandon(Exceeded("replies", self._replies, REPLIES_PER_READ))
        try:
            largest = check_structure(message, MAX_DEPTH)
        except ber.BerError as e:
            raise self.abandon(Malformed(str(e), e.damage)) from None
        if largest > self.bounds.max_value_size:
            raise self.abandon(Exceeded("max-value-size", largest, self.bounds.max_value_size))


def check_structure(data: bytes, max_depth: int) -> int:
    """Check that the whole message `data` nests at most `max_depth` deep, with every element
    inside its parent and ending where the message does; the length of its largest primitive
    element (a value) is returned.

    For replies ldap3 decodes itself: its decoder recurses once per level and trusts lengths,
    so a reply nested thousands deep would end in RecursionError. This walk keeps a stack of
    ends, never recursing.
    """
    ends = [len(data)]
    pos = 0
    largest = 0
    while pos < len(data):
        while pos == ends[-1]:
            ends.pop()
        if pos + 2 > ends[-1]:
            raise ber.BerError(f"an element at byte {pos} runs past its enclosing element",
                               ber.ENDS_EARLY)
        tag, n = data[pos], data[pos + 1]
        if tag & 0x1F == 0x1F:
            raise ber.BerError(f"unsupported multi-byte tag at byte {pos}", ber.NOT_EXPECTED)
        if n < 0x80:
            start, size = pos + 2, n
        else:
            size, start = ber._long(data, pos + 1, n)
        end = start + size
        if end > ends[-1]:
            raise ber.BerError(f"an element at byte {pos} runs past its enclosing element",
                               ber.ENDS_EARLY)
        if tag & 0x20:  # constructed: its contents are elements
            if len(ends) > max_depth:
                raise ber.BerError(f"elements nest more than {max_depth} deep at byte {pos}",
                                   ber.TOO_DEEP)
            if end > start:
                ends.append(end)
            pos = start
        else:
            largest = max(largest, size)
            pos = end
    return largest


def install(connection: ldap3.Connection, bounds: Bounds) -> Guard | None:
    """Bound every read of this ldap3 connection; None where its replies arrive wrapped
    (DIGEST-MD5 integrity) or it reads no socket (the mock)."""
    strategy = connection.strategy
    if type(strategy) is not SyncStrategy or \
            connection.sasl_mechanism == ldap3.DIGEST_MD5:
        return None
    guard = Guard(connection, bounds)
    original = strategy._get_response

    def get_response(message_id, timeout):
        guard.start()
        try:
            return original(message_id, timeout)
        except lex.LDAPException:
            raise
        except Exception as e:  # ldap3's decoder on a reply that is not what it claims
            raise guard.abandon(Malformed(f"{type(e).__name__}: {e}")) from None

    strategy.receiving = guard.receiving
    strategy._get_response = get_response
    strategy.ldapwizard_guard = guard
    return guard


def guard_of(connection: ldap3.Connection) -> Guard:
    """The connection's guard, or one with the default bounds."""
    guard = getattr(connection.strategy, "ldapwizard_guard", None)
    return guard if guard is not None else Guard(connection, Bounds())
