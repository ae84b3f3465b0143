"""A count of the database's rows as words, in the singular for one ("1 user", "3 users"):
what the sentences that name several counts at once are filled with, since one sentence
cannot take a plural form for each of them."""

from __future__ import annotations

from ldapwizard import i18n


def users(count: int) -> str:
    return i18n._n("{count} user", "{count} users", count)


def aliases(count: int) -> str:
    return i18n._n("{count} alias", "{count} aliases", count)


def lists(count: int) -> str:
    return i18n._n("{count} mailing list", "{count} mailing lists", count)


def batches(count: int) -> str:
    return i18n._n("{count} batch", "{count} batches", count)


def domains(count: int) -> str:
    return i18n._n("{count} domain", "{count} domains", count)


def mailboxes(count: int) -> str:
    return i18n._n("{count} mailbox", "{count} mailboxes", count)


def forwards(count: int) -> str:
    """Addresses that forward: aliases and mailing lists together."""
    return i18n._n("{count} alias or list", "{count} aliases and lists", count)


def disabled_users(count: int) -> str:
    return i18n._n("{count} disabled user", "{count} disabled users", count)


def logins(count: int) -> str:
    return i18n._n("{count} login", "{count} logins", count)


def sign_ins(count: int) -> str:
    return i18n._n("{count} sign-in", "{count} sign-ins", count)


def entries(count: int) -> str:
    """Directory entries listed."""
    return i18n._n("{count} entry", "{count} entries", count)
