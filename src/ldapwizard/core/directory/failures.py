"""Why a search or listing failed, said as the admin needs it: what happened, after how many
entries, and what to do."""

from __future__ import annotations

from ldap3.core import exceptions as lex

from ldapwizard.core.directory.settings import ConnectionSettings
from ldapwizard.core.errors import DirectoryError, ListingIncomplete


def lost(error: Exception, settings: ConnectionSettings,
         fetched: int | None = None) -> DirectoryError:
    """A dropped connection or a server that stopped answering, in words; with `fetched`, a
    listing that is incomplete after that many entries."""
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
