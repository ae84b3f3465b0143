"""Members added to a mailing list by hand against slapd, from the command line (issue 28):
they survive a sync, the group's rename and new address, the group's deletion with
--remove-missing, and an undo without --force; the report CSV names every list."""

from __future__ import annotations

import csv

import ldap3
import pytest

from ldapwizard.cli import run
from ldapwizard.core.maildb.database import UserDatabase
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = pytest.mark.slapd
GROUPS_DN = f"ou=listgroups,{seed.BASE_DN}"
DOMAIN = seed.MAIL_DOMAIN


def person(uid: str) -> str:
    return f"uid={uid},{seed.PEOPLE_DN}"


def add_group(connection, cn: str, members: list[str], mail: str | None = None) -> str:
    dn = f"cn={cn},{GROUPS_DN}"
    classes, attributes = ["groupOfNames"], {"cn": cn, "member": members}
    if mail:  # an OpenLDAP group with an address: extensibleObject lets it hold `mail`
        classes.append("extensibleObject")
        attributes["mail"] = mail
    assert connection.add(dn, classes, attributes), connection.result
    return dn


@pytest.fixture
def lab(make_slapd, monkeypatch, tmp_path):
    """A slapd where `Mail Users` (ann, bob, eve) are imported, with the lists Staff (ann,
    bob) and Sales (bob); the job saved as `lists`."""
    server = make_slapd()
    for uid in ("ann", "bob", "eve"):
        add_person(server, uid)
    connection = admin(server)
    assert connection.add(GROUPS_DN, ["organizationalUnit"], {"ou": "listgroups"})
    add_group(connection, "Mail Users", [person("ann"), person("bob"), person("eve")])
    add_group(connection, "Staff", [person("ann"), person("bob")], mail=f"staff@{DOMAIN}")
    add_group(connection, "Sales", [person("bob")], mail=f"sales@{DOMAIN}")
    connection.unbind()
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    db = tmp_path / "users.sqlite"
    assert run(["profile", "save", "lists", *connection_args(server), "--domain", DOMAIN,
                "--db", str(db), "--member-of", "Mail Users", "--groups-as-lists"]) == 0
    return server, db


def members(db, local: str) -> dict[str, str]:
    with UserDatabase.open(db) as database:
        return dict(database.connection.execute(
            "SELECT m.address, m.source FROM list_members m JOIN lists l ON l.id = m.list_id "
            "WHERE l.local_part = ?", (local,)))


def forwards(db, address: str) -> list[str]:
    with UserDatabase.open(db) as database:
        row = database.connection.execute("SELECT targets FROM mail_forwards_joined "
                                          "WHERE address_key = ?", (address,)).fetchone()
    return sorted(row[0].split(",")) if row else []


def test_hand_added_members_survive_sync_rename_deletion_and_undo(lab, tmp_path, capsys):
    server, db = lab
    assert run(["import", "--profile", "lists", "--all"]) == 0
    assert members(db, "staff") == {f"ann@{DOMAIN}": "directory", f"bob@{DOMAIN}": "directory"}
    assert run(["db", "add-member", f"staff@{DOMAIN}", "partner@elsewhere.org",
                "--db", str(db)]) == 0
    assert run(["db", "add-member", f"sales@{DOMAIN}", f"eve@{DOMAIN}", "--db", str(db)]) == 0
    capsys.readouterr()

    # undo without --force refuses, naming the hand-added members; nothing removed
    assert run(["undo", "1", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert f"mailing list staff@{DOMAIN} has 1 member added by hand" in err
    assert "partner@elsewhere.org" in err and f"eve@{DOMAIN}" in err
    assert members(db, "sales") == {f"bob@{DOMAIN}": "directory", f"eve@{DOMAIN}": "admin"}

    # a sync with the group unchanged keeps them and names them
    assert run(["sync", "--profile", "lists"]) == 0
    out = capsys.readouterr().out
    assert (f"mailing list staff@{DOMAIN}: 1 member added by hand kept: "
            "partner@elsewhere.org") in out
    assert "partner@elsewhere.org" in members(db, "staff")

    # the directory: bob leaves Staff, Staff becomes Team at a new address, Sales is deleted
    connection = admin(server)
    staff = f"cn=Staff,{GROUPS_DN}"
    assert connection.modify(staff, {"member": [(ldap3.MODIFY_DELETE, [person("bob")])]})
    assert connection.modify_dn(staff, "cn=Team"), connection.result
    team = f"cn=Team,{GROUPS_DN}"
    assert connection.modify(team, {"mail": [(ldap3.MODIFY_REPLACE, [f"team@{DOMAIN}"])]})
    assert connection.delete(f"cn=Sales,{GROUPS_DN}"), connection.result
    connection.unbind()
    report = tmp_path / "report.csv"
    assert run(["sync", "--profile", "lists", "--remove-missing", "--max-removals", "100%",
                "--report", str(report)]) == 0
    assert members(db, "team") == {f"ann@{DOMAIN}": "directory",
                                   "partner@elsewhere.org": "admin"}
    assert forwards(db, f"team@{DOMAIN}") == [f"ann@{DOMAIN}", "partner@elsewhere.org"]
    assert forwards(db, f"staff@{DOMAIN}") == [f"team@{DOMAIN}"]  # the old address kept
    # Sales' group is gone, but eve was added by hand: the list stays as it is
    assert members(db, "sales") == {f"bob@{DOMAIN}": "directory", f"eve@{DOMAIN}": "admin"}
    with report.open(encoding="utf-8-sig") as file:
        lines = {row["address"]: row for row in csv.DictReader(file) if not row["username"]}
    assert lines[f"team@{DOMAIN}"]["status"] == "list updated"
    assert f"members removed as in the directory: bob@{DOMAIN}" in \
        lines[f"team@{DOMAIN}"]["reason"]
    assert "name 'Staff' is now 'Team'" in lines[f"team@{DOMAIN}"]["reason"]
    assert lines[f"sales@{DOMAIN}"]["status"] == "list kept"
    assert f"1 member added by hand ({'eve@' + DOMAIN})" in lines[f"sales@{DOMAIN}"]["reason"]

    # the last hand-added member goes: the next sync removes the list of the gone group
    assert run(["db", "remove-member", f"sales@{DOMAIN}", f"eve@{DOMAIN}", "--db",
                str(db)]) == 0
    assert run(["sync", "--profile", "lists", "--remove-missing", "--max-removals",
                "100%"]) == 0
    assert members(db, "sales") == {}
    with UserDatabase.open(db) as database:
        assert database.connection.execute(
            "SELECT count(*) FROM lists WHERE local_part = 'sales'").fetchone() == (0,)

    # undo needs --force while Team holds partner@, and removes what the import made
    capsys.readouterr()
    assert run(["undo", "1", "--db", str(db)]) == 1
    assert "partner@elsewhere.org" in capsys.readouterr().err
    assert run(["undo", "1", "--force", "--db", str(db)]) == 0
    assert members(db, "team") == {}
