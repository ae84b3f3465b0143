"""The mail server's contract names the schema version it describes: the one this ldapwizard
writes (a migration that forgets the docs fails here)."""

from __future__ import annotations

from pathlib import Path

from ldapwizard.core.maildb.schema import CURRENT_VERSION

DOCS = Path(__file__).resolve().parents[2] / "docs" / "mail-server.md"


def test_the_mail_server_docs_name_the_current_schema_version():
    text = DOCS.read_text(encoding="utf-8")
    assert f"`ldapwizard_meta.version` in PostgreSQL; now **{CURRENT_VERSION}**" in text
