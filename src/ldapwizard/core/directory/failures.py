"""Why a search or listing failed, said as the admin needs it: what happened, after how many
entries, and what to do."""

from __future__ import annotations

from ldap3.core import exceptions as lex

from ldapwizard.core.directory.bounds import Exceeded, Malformed, shown_duration, shown_size
from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.errors import DirectoryError, ListingIncomplete, ReadLimitExceeded


def lost(error: Exception, settings: ConnectionSettings, fetched: int | None = None,
         step: str = "search") -> DirectoryError:
    """A dropped connection or a server that stopped answering, in words; with `fetched`, a
    listing that is incomplete after that many entries. A read past a bound, or a reply that
    is not LDAP, is said as such."""
    if isinstance(error, Exceeded):
        return exceeded(error, settings, fetched, step)
    if isinstance(error, Malformed):
        return malformed(str(error), settings, fetched, step)
    text = str(error) or type(error).__name__
    if "timed out" in text.lower() or isinstance(error, lex.LDAPResponseTimeoutError):
        message = (f"{settings.address} stopped answering (no reply within "
                   f"{settings.receive_timeout:g} s)")
    else:
        message = f"The connection to {settings.address} was lost"
    if fetched is not None:
        return ListingIncomplete(
            f"{message} after {fetched} entries; the listing is incomplete.",
            fetched=fetched, detail=text, hint="Try again; if it repeats, check the server "
            "and network, or raise the receive timeout.")
    return DirectoryError(f"{message}.", step="search", detail=text)


def search_failure(result: dict, address: str, base_dn: str, fetched: int) -> DirectoryError:
    """A search's unsuccessful result code, in words and with what to do."""
    code = result.get("result")
    description = result.get("description") or str(code)
    detail = f"result {code} ({description}): {result.get('message') or ''}".strip()
    if code == 32:
        return DirectoryError(f"The base DN {base_dn} does not exist on "
                              f"{address}.", step="search", detail=detail,
                              hint="Use Detect to find the server's base DN, or check "
                              "the spelling.")
    if code == 4:
        return ListingIncomplete(
            f"The server stopped the listing at its size limit after {fetched} entries; "
            "the listing is incomplete.", fetched=fetched, detail=detail,
            hint="The server did not page the results: check that it supports paged "
            "results, or ask its administrator to raise the bind user's size limit.")
    if code == 3:
        return ListingIncomplete(
            f"The server stopped the listing at its time limit after {fetched} entries; "
            "the listing is incomplete.", fetched=fetched, detail=detail,
            hint="Use a smaller page size or a narrower base DN.")
    if code == 11:
        return ListingIncomplete(
            f"The server refused to continue (administrative limit) after {fetched} "
            "entries; the listing is incomplete.", fetched=fetched, detail=detail,
            hint="Use a page size of at most 1000 (Active Directory's MaxPageSize).")
    if code == 10:
        return DirectoryError(f"{address} does not hold {base_dn}; it refers "
                              "to another server.", step="search", detail=detail,
                              hint="Connect to the server that holds this DN.")
    if code == 87:
        return DirectoryError("The server refused the search filter.", step="search",
                              detail=detail, hint="Check the filter in Advanced.")
    return ListingIncomplete(f"The search failed after {fetched} entries ({description}); "
                             "the listing is incomplete.", fetched=fetched, detail=detail)


def malformed(detail: str, settings: ConnectionSettings, fetched: int | None = None,
              step: str = "search") -> DirectoryError:
    """A reply that is not valid LDAP (truncated, wrong tags, nested past reason)."""
    hint = "Try again; if it repeats, report it with the log file."
    if fetched is not None:
        return ListingIncomplete(
            f"{settings.address} sent a reply that is not valid LDAP after {fetched} entries; "
            "the listing is incomplete.", fetched=fetched, detail=detail, hint=hint)
    return DirectoryError(f"{settings.address} sent a reply that is not valid LDAP.", step=step,
                          detail=detail, hint=hint)


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
    raise_it = ("If the directory really holds entries this large, raise the bound with "
                f"--{limit} (e.g. --{limit} {_above(max(size, allowed + 1))}) or save it in the "
                "profile.")
    if limit == "max-value-size":
        what = (f"{where} sent a value of {shown_size(size)}, more than the {shown_size(allowed)} "
                "one value may have (--max-value-size)")
        hint = raise_it
    elif limit == "max-message-size":
        what = (f"{where} announced an LDAP message of {shown_size(size)}, more than the "
                f"{shown_size(allowed)} one message may have (--max-message-size), and was "
                "not read further")
        hint = raise_it
    elif limit == "max-page-bytes":
        what = (f"{where} sent more than {shown_size(allowed)} in reply to one request "
                "(--max-page-bytes)")
        hint = "Use a smaller page size (--page-size), or " + raise_it[0].lower() + raise_it[1:]
    elif limit == "page-size":
        what = (f"{where} sent more than the {allowed:g} entries asked for on one page "
                f"(--page-size {allowed:g})")
        detail = f"{int(size)} entries or more read; {int(allowed)} asked for"
        hint = ("A server that ignores paged results sends everything at once: check that it "
                "supports them, or choose a page size above the number of entries (at most "
                "100000). A server that sends more than asked for is broken or hostile.")
    elif limit == "listing-deadline":
        what = (f"Reading from {where} did not finish within {shown_duration(allowed)} "
                "(--listing-deadline)")
        detail = None
        hint = ("If the directory is this slow, raise the deadline with --listing-deadline "
                "(e.g. --listing-deadline 2h) or save it in the profile; a server that sends "
                "a byte at a time is broken or hostile.")
    elif limit in ("repeated-page", "repeated-cookie"):
        again = "a page of entries" if limit == "repeated-page" else "a paging cookie"
        what = (f"{where} sent {again} it had sent before, with nothing new: the listing would "
                "never end")
        detail = None
        hint = ("The server's paged search is broken: try again later, or ask the server's "
                "administrator; report it with the log file.")
    else:  # "replies": more replies to one read than any read asks for
        what = f"{where} sent more than {allowed:g} replies to one read"
        detail = None
        hint = "The server is broken or hostile; report it with the log file."
    if fetched is not None:
        message = f"{what}; the listing stopped after {fetched} entries and is incomplete."
    else:
        message = f"{what}; the read was stopped."
    return ReadLimitExceeded(message, limit=limit, fetched=fetched or 0, step=step,
                             detail=detail, hint=hint)
