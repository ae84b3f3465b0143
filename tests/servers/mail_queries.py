"""The lookups the mail servers send, as `mailstack render` writes them, ready to run with a
key filled in: tests/unit/test_mail_lookups.py checks their plans, bench/mail_lookups.py times
them (issue 26)."""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from ldapwizard.core.mailserver import dovecot, postfix
from ldapwizard.core.mailserver.layout import Layout
from ldapwizard.core.mailserver.pgreader import PgReader

# Postfix's and Dovecot's placeholders for the key they look up
_PLACEHOLDERS = ("%u@%d", "%s", "%u")


def layout(postgresql: bool, out: Path) -> Layout:
    """A render's layout over a file or a PostgreSQL database (only its queries are used)."""
    if postgresql:
        reader = PgReader(host="127.0.0.1", port=5432, dbname="mail", user="mailreader",
                          password="unused")
        return Layout(out=out, database=reader, mail_uid=5000, mail_gid=5000)
    return Layout(out=out, database=PurePath("/var/lib/ldapwizard/users.sqlite"),
                  mail_uid=5000, mail_gid=5000)


def rendered(layout: Layout) -> dict[str, str]:
    """Each lookup's query, by the view Postfix reads or the Dovecot setting."""
    queries = {view: postfix.query(layout, (None, column, view, key_column, key))
               for _, column, view, key_column, key in postfix.LOOKUP_TABLES.values()}
    conf = dovecot.users_conf(layout).replace("\\\n", " ")
    for name in ("password_query", "user_query"):
        queries[f"dovecot {name}"] = re.search(rf"^{name} = (.*)$", conf, re.MULTILINE)[1]
    return queries


def with_key(query: str, key: str) -> str:
    """The query as the server sends it for `key` (a plain key: no quote, no %)."""
    if "'" in key or "%" in key:
        raise ValueError(f"not a plain key: {key!r}")
    for placeholder in _PLACEHOLDERS:
        query = query.replace(placeholder, key)
    return query
