"""The mail tests' directory: its mail domain, the people added to the seed with passwords, and
starting a slapd for it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.servers import seed
from tests.servers.slapd import SlapdServer, SlapdUnavailable, find_slapd, start_slapd

DOMAIN = seed.MAIL_DOMAIN
ANN_CN = "O'Neil, Ann \"Sales\" #2"  # a DN that needs escapes, as directories have
# people added to the seed, with passwords: (uid, RDN, mail, password)
EXTRA_PEOPLE = (
    ("leaver", "uid=leaver", "leaver@example.com", "leaver-Secret-8"),
    ("ann.oneil", f"cn={seed.escape_rdn_value(ANN_CN)}",
     "ann.oneil@example.com", "ann-Secret-9"),
)
# the directory passwords of the people the tests sign in as
PASSWORDS = {"alice": "alice-Secret-1", "bob": "bob-Secret-2", "ugur": "Pässwört-€-5",
             **{uid: password for uid, _, _, password in EXTRA_PEOPLE}}
LOCAL_PASSWORD = "Jürgen-Secret-7"  # the local user's (jürgen@example.com)
# what Lab.fill adds after the import: (alias or list, targets)
ALIASES = (("team.lead@example.com", ("alice@example.com",)),
           ("grüße@example.com", ("alice@example.com",)))
LISTS = (("staff@example.com", ("alice@example.com", "bob@example.com",
                                "friend@elsewhere.org")),)


def start_directory(folder: Path, ldif: Path, pki) -> SlapdServer:
    """A slapd loaded from `ldif`; skips without slapd (fails under CI)."""
    try:
        find_slapd()
    except SlapdUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the mail server tests, but {error}", pytrace=False)
        pytest.skip(str(error))
    return start_slapd(folder, ldif, pki)
