"""Issue 25, item 9: directory values holding terminal controls are shown escaped by the CLI.

A directory admin (or anyone who may edit their own entry) puts ESC sequences (clear the
screen, set the window title, colour), a C1 CSI and U+202E (right-to-left override) into
displayName, cn, uid, mail and the DN of entries in a real slapd; `list` and `preview` print
them and no control or format character reaches the terminal raw.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import unicodedata

import pytest

from ldapwizard.cli import run
from ldapwizard.core.job.profiles import ProfileStore
from tests.servers import seed
from tests.servers.slapd import start_slapd
from tests.servers.slapd_access import connection_args

CLEAR = "\x1b[2J\x1b[H"
TITLE = "\x1b]0;pwned\x07"
CSI = "\x9b31m"
RLO = "\u202e"
HOSTILE = {  # uid -> (displayName, mail)
    f"eve{RLO}gpj.exe": (f"Eve {CLEAR}{TITLE} Admin{RLO}nimda", "eve@example.com"),
    "mal": (f"Mal {CSI}red\u200b\u2028", "mal\x1b[31mlory@example.com"),
    "tab": ("Tab\tnew\nline\rret", "tab@example.com"),
}


def _attribute(name: str, value: str) -> str:
    # LDIF carries a value with controls in base64 (RFC 2849)
    return f"{name}:: {base64.b64encode(value.encode()).decode()}\n"


@pytest.fixture(scope="module")
def hostile_slapd(tmp_path_factory, slapd_pki):
    """A slapd of a few seed users and the hostile entries, for this module."""
    folder = tmp_path_factory.mktemp("hostile-slapd")
    ldif = folder / "hostile.ldif"
    seed.write_ldif(ldif, users=seed.MIN_USERS)
    with ldif.open("a", encoding="utf-8") as f:
        for uid, (display, mail) in HOSTILE.items():
            f.write("\n" + _attribute("dn", f"uid={uid},{seed.PEOPLE_DN}")
                    + "objectClass: inetOrgPerson\n" + _attribute("uid", uid)
                    + _attribute("cn", display) + "sn: Hostile\n"
                    + _attribute("displayName", display) + _attribute("mail", mail)
                    + _attribute("description", CLEAR + RLO) + "\n")
    server = start_slapd(folder / "slapd", ldif, slapd_pki)
    try:
        yield server
    finally:
        server.kill()


def raw_controls(text: str) -> list[str]:
    """The control and format characters in `text` other than its own line breaks and tabs."""
    return sorted({c for c in text if c not in "\n\t"
                   and unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")})


@pytest.fixture
def reader_password(monkeypatch):
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", seed.READER_PASSWORD)


@pytest.mark.slapd
def test_list_shows_controls_escaped(hostile_slapd, reader_password, capsys):
    assert run(["list", *connection_args(hostile_slapd)]) == 0
    printed = capsys.readouterr()
    assert raw_controls(printed.out + printed.err) == []
    lines = printed.out.splitlines()
    eve = [line for line in lines if line.startswith("eve")]
    assert eve and "\\u202e" in eve[0] and "\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07" in eve[0]
    mal = [line for line in lines if line.startswith("mal\t")]
    assert "\\x9b31m" in mal[0] and "mal\\x1b[31mlory@example.com" in mal[0]
    # a value's own tab and line break cannot make a column or a line of their own
    tab = [line for line in lines if line.startswith("tab\t")]
    assert tab[0].split("\t")[3] == "Tab\\x09new\\x0aline\\x0dret"
    assert len(lines) == len([line for line in lines if "\t" in line]) + 1


@pytest.mark.slapd
def test_preview_shows_controls_escaped(hostile_slapd, reader_password, capsys, tmp_path):
    assert run(["preview", *connection_args(hostile_slapd), "--domain", "example.com",
                "--db", str(tmp_path / "users.sqlite")]) == 0
    printed = capsys.readouterr()
    assert raw_controls(printed.out + printed.err) == []
    assert "\\u202e" in printed.out and "\\x1b" in printed.out


def test_profile_and_schedule_commands_show_a_profile_name_s_controls_escaped(
        capsys, user_crontab):
    """A profile name holding C1 controls or bidi overrides is refused when saved (in words,
    escaped); one an older ldapwizard saved is escaped by every command that prints it, and
    scheduling it is refused in words."""
    name = f"x{CSI}{RLO}y"
    save = ["profile", "save", "--server-type", "openldap", "--host", "h", "--domain",
            "example.com", "--db", "/srv/users.sqlite"]
    assert run([*save, name]) == 2
    assert run([*save, "older"]) == 0
    store = ProfileStore()
    data = json.loads(store.path.read_text(encoding="utf-8"))
    data["profiles"][name] = {**data["profiles"].pop("older"), "name": name}
    store.path.write_text(json.dumps(data), encoding="utf-8")
    assert run(["profile", "list"]) == 0
    assert run(["profile", "show", name]) == 0
    run(["schedule", "add", "--profile", name, "--every", "3", "--print"])
    assert run(["schedule", "remove", "--profile", name]) == 1
    printed = capsys.readouterr()
    assert raw_controls(printed.out + printed.err) == []
    assert "x\\x9b31m\\u202ey" in printed.out


def test_db_show_shows_a_row_s_controls_escaped(capsys, tmp_path):
    """A batch row written by whoever can write the database cannot forge a line either."""
    db = tmp_path / "users.sqlite"
    assert run(["db", "init", "--db", str(db)]) == 0
    with sqlite3.connect(db) as connection:
        connection.execute("INSERT INTO batches (kind, domain, profile, operator, started_at) "
                           "VALUES ('import', 'example.com', ?, ?, '2026-12-06')",
                           (f"lab{CLEAR}\nNo domains yet.", f"root{RLO}"))
    connection.close()
    capsys.readouterr()
    assert run(["db", "show", "--db", str(db)]) == 0
    printed = capsys.readouterr()
    assert raw_controls(printed.out + printed.err) == []
    assert "No domains yet." not in [line.strip() for line in printed.out.splitlines()][2:]
    assert "lab\\x1b[2J\\x1b[H\\x0aNo domains yet." in printed.out
