"""Why a search or listing failed, said as the admin needs it: what happened, after how many
entries, and what to do."""

from __future__ import annotations

from ldap3.core import exceptions as lex

from ldapwizard.core.directory.bounds import Exceeded, Malformed, shown_duration, shown_size
from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.errors import DirectoryError, ListingIncomplete, ReadLimitExceeded
from ldapwizard.i18n import _, _n


def lost(error: Exception, settings: ConnectionSettings, fetched: int | None = None,
         step: str = "search") -> DirectoryError:
    """A dropped connection or a server that stopped answering, in words; with `fetched`, a
    listing that is incomplete after that many entries. A read past a bound, or a reply that
    is not LDAP, is said as such."""
    if isinstance(error, Exceeded):
        return exceeded(error, settings, fetched, step)
    if isinstance(error, Malformed):
        return malformed(str(error), settings, fetched, step, error.damage)
    text = str(error) or type(error).__name__
    where, seconds = settings.address, f"{settings.receive_timeout:g}"
    silent = "timed out" in text.lower() or isinstance(error, lex.LDAPResponseTimeoutError)
    if fetched is not None:
        message = (_n("{address} stopped answering (no reply within {seconds} s) after {fetched} "
                      "entry; the listing is incomplete.",
                      "{address} stopped answering (no reply within {seconds} s) after {fetched} "
                      "entries; the listing is incomplete.",
                      fetched, address=where, seconds=seconds, fetched=fetched) if silent else
                   _n("The connection to {address} was lost after {fetched} entry; the listing is "
                      "incomplete.",
                      "The connection to {address} was lost after {fetched} entries; the listing "
                      "is incomplete.",
                      fetched, address=where, fetched=fetched))
        return ListingIncomplete(
            message, fetched=fetched, detail=text,
            hint=_("Try again; if it repeats, check the server and network, or raise the "
                   "receive timeout."))
    message = (_("{address} stopped answering (no reply within {seconds} s).", address=where,
                 seconds=seconds) if silent else
               _("The connection to {address} was lost.", address=where))
    return DirectoryError(message, step="search", detail=text)


def search_failure(result: dict, address: str, base_dn: str, fetched: int) -> DirectoryError:
    """A search's unsuccessful result code, in words and with what to do."""
    code = result.get("result")
    description = result.get("description") or str(code)
    detail = f"result {code} ({description}): {result.get('message') or ''}".strip()
    if code == 32:
        return DirectoryError(_("The base DN {base_dn} does not exist on {address}.",
                                base_dn=base_dn, address=address), step="search",
                              detail=detail,
                              hint=_("Use Detect to find the server's base DN, or check the "
                                     "spelling."))
    if code == 4:
        return ListingIncomplete(
            _n("The server stopped the listing at its size limit after {fetched} entry; the "
               "listing is incomplete.",
               "The server stopped the listing at its size limit after {fetched} entries; the "
               "listing is incomplete.",
               fetched, fetched=fetched), fetched=fetched, detail=detail,
            hint=_("The server did not page the results: check that it supports paged "
                   "results, or ask its administrator to raise the bind user's size limit."))
    if code == 3:
        return ListingIncomplete(
            _n("The server stopped the listing at its time limit after {fetched} entry; the "
               "listing is incomplete.",
               "The server stopped the listing at its time limit after {fetched} entries; the "
               "listing is incomplete.",
               fetched, fetched=fetched), fetched=fetched, detail=detail,
            hint=_("Use a smaller page size or a narrower base DN."))
    if code == 11:
        return ListingIncomplete(
            _n("The server refused to continue (administrative limit) after {fetched} entry; the "
               "listing is incomplete.",
               "The server refused to continue (administrative limit) after {fetched} entries; the"
               " listing is incomplete.",
               fetched, fetched=fetched), fetched=fetched,
            detail=detail,
            hint=_("Use a page size of at most 1000 (Active Directory's MaxPageSize)."))
    if code == 10:
        return DirectoryError(_("{address} does not hold {base_dn}; it refers to another "
                                "server.", address=address, base_dn=base_dn), step="search",
                              detail=detail,
                              hint=_("Connect to the server that holds this DN."))
    if code == 87:
        return DirectoryError(_("The server refused the search filter."), step="search",
                              detail=detail, hint=_("Check the filter in Advanced."))
    return ListingIncomplete(_n("The search failed after {fetched} entry ({description}); the "
                                "listing is incomplete.",
                                "The search failed after {fetched} entries ({description}); the "
                                "listing is incomplete.",
                                fetched, fetched=fetched, description=description),
                             fetched=fetched, detail=detail)


def malformed(detail: str, settings: ConnectionSettings, fetched: int | None = None,
              step: str = "search", damage: str | None = None) -> DirectoryError:
    """A reply that is not valid LDAP (truncated, wrong tags, nested past reason): the kind of
    damage (ber's sentences) said in the message, where it is (`detail`) in the details."""
    hint = _("Try again; if it repeats, report it with the log file.")
    if damage and fetched is not None:
        return ListingIncomplete(
            _n("{address} sent a reply that is not valid LDAP after {fetched} entry; the listing "
               "is incomplete. {damage}",
               "{address} sent a reply that is not valid LDAP after {fetched} entries; the listing"
               " is incomplete. {damage}",
               fetched, address=settings.address, fetched=fetched, damage=_(damage)),
            fetched=fetched, detail=detail, hint=hint)
    if damage:
        return DirectoryError(_("{address} sent a reply that is not valid LDAP. {damage}",
                                address=settings.address, damage=_(damage)),
                              step=step, detail=detail, hint=hint)
    if fetched is not None:
        return ListingIncomplete(
            _n("{address} sent a reply that is not valid LDAP after {fetched} entry; the listing "
               "is incomplete.",
               "{address} sent a reply that is not valid LDAP after {fetched} entries; the listing"
               " is incomplete.",
               fetched, address=settings.address, fetched=fetched),
            fetched=fetched, detail=detail, hint=hint)
    return DirectoryError(_("{address} sent a reply that is not valid LDAP.",
                            address=settings.address), step=step, detail=detail, hint=hint)


def _above(size: float) -> str:
    """The smallest power of two of MiB at least `size`, as an option takes it (4M, 2G)."""
    mib = 1
    while mib * (1 << 20) < size:
        mib *= 2
    return f"{mib // 1024}G" if mib >= 1024 else f"{mib}M"


def exceeded(error: Exceeded, settings: ConnectionSettings, fetched: int | None = None,
             step: str = "search") -> ReadLimitExceeded:
    """A read stopped at one of its bounds: what the server did, which bound, how to raise it."""
    where = settings.address
    limit, size, allowed = error.limit, error.size, error.allowed
    detail = f"{int(size)} bytes; the bound is {int(allowed)}"
    example = f"--{limit} {_above(max(size, allowed + 1))}"
    raise_it = _("If the directory really holds entries this large, raise the bound with "
                 "--{limit} (e.g. {example}) or save it in the profile.", limit=limit,
                 example=example)
    if limit == "max-value-size":
        what = _("{address} sent a value of {size}, more than the {allowed} one value may have "
                 "(--max-value-size)", address=where, size=shown_size(size),
                 allowed=shown_size(allowed))
        hint = raise_it
    elif limit == "max-message-size":
        what = _("{address} announced an LDAP message of {size}, more than the {allowed} one "
                 "message may have (--max-message-size), and was not read further",
                 address=where, size=shown_size(size), allowed=shown_size(allowed))
        hint = raise_it
    elif limit == "max-page-bytes":
        what = _("{address} sent more than {allowed} in reply to one request "
                 "(--max-page-bytes)", address=where, allowed=shown_size(allowed))
        hint = _("Use a smaller page size (--page-size), or if the directory really holds "
                 "entries this large, raise the bound with --{limit} (e.g. {example}) or save "
                 "it in the profile.", limit=limit, example=example)
    elif limit == "page-size":
        what = _("{address} sent more than the {allowed} entries asked for on one page "
                 "(--page-size {allowed})", address=where, allowed=f"{allowed:g}")
        detail = f"{int(size)} entries or more read; {int(allowed)} asked for"
        hint = _("A server that ignores paged results sends everything at once: check that it "
                 "supports them, or choose a page size above the number of entries (at most "
                 "100000). A server that sends more than asked for is broken or hostile.")
    elif limit == "listing-deadline":
        what = _("Reading from {address} did not finish within {duration} "
                 "(--listing-deadline)", address=where, duration=shown_duration(allowed))
        detail = None
        hint = _("If the directory is this slow, raise the deadline with --listing-deadline "
                 "(e.g. --listing-deadline 2h) or save it in the profile; a server that sends "
                 "a byte at a time is broken or hostile.")
    elif limit in ("repeated-page", "repeated-cookie"):
        what = (_("{address} sent a page of entries it had sent before, with nothing new: the "
                  "listing would never end", address=where) if limit == "repeated-page" else
                _("{address} sent a paging cookie it had sent before, with nothing new: the "
                  "listing would never end", address=where))
        detail = None
        hint = _("The server's paged search is broken: try again later, or ask the server's "
                 "administrator; report it with the log file.")
    else:  # "replies": more replies to one read than any read asks for
        what = _("{address} sent more than {allowed} replies to one read", address=where,
                 allowed=f"{allowed:g}")
        detail = None
        hint = _("The server is broken or hostile; report it with the log file.")
    if fetched is not None:
        message = _n("{what}; the listing stopped after {fetched} entry and is incomplete.",
                     "{what}; the listing stopped after {fetched} entries and is incomplete.",
                     fetched, what=what, fetched=fetched)
    else:
        message = _("{what}; the read was stopped.", what=what)
    return ReadLimitExceeded(message, limit=limit, fetched=fetched or 0, step=step,
                             detail=detail, hint=hint)
