"""Issue 28, the directory side, against slapd laid out as OpenLDAP usually is (users below
ou=people, groups below ou=groups): bounded rules, groups found in the whole naming context or
a groups base, `list` honouring the choice of who to import, members that are not imported
named with why, a rule on a misspelt attribute refused, a vanished OU reported by name."""

from __future__ import annotations

import pytest

from ldapwizard.cli import run
from ldapwizard.core.directory import who
from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.members import MISSING, OUTSIDE
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.errors import ListingIncomplete
from ldapwizard.core.maildb.database import UserDatabase
from tests.servers import seed
from tests.servers.directory_edits import add_person, admin
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args, slapd_settings

pytestmark = pytest.mark.slapd
TEAMS_DN = f"ou=teams,{seed.GROUPS_DN}"
OTHER_DN = f"ou=elsewhere,{seed.BASE_DN}"
PEOPLE = ("ann", "bob", "cid", "dee", "svc-backup")


def person(uid: str) -> str:
    return f"uid={uid},{seed.PEOPLE_DN}"


def add_group(connection, dn: str, members: list[str], mail: str | None = None) -> str:
    cn = dn.split(",", 1)[0].split("=", 1)[1]
    classes = ["groupOfNames"] + (["extensibleObject"] if mail else [])
    attributes = {"cn": cn, "member": members, **({"mail": mail} if mail else {})}
    assert connection.add(dn, classes, attributes), connection.result
    return dn


@pytest.fixture
def lab(make_slapd, monkeypatch):
    """A slapd whose job lists ou=people: `Mail Users` (ann, bob and the nested `Ops`: cid,
    svc-backup) in ou=teams,ou=groups; `Dup` twice; `Mixed` with a missing DN, the reader
    account (no person) and ela, a person outside ou=people; a mail-enabled `Staff`."""
    server = make_slapd()
    for uid in PEOPLE:
        add_person(server, uid)
    connection = admin(server)
    assert connection.modify(person("dee"), {"description": [("MODIFY_REPLACE",
                                                              ["a" * 40 + "!"])]})
    assert connection.modify(person("bob"), {"description": [("MODIFY_REPLACE", ["aaaa"])]})
    for dn, ou in ((TEAMS_DN, "teams"), (OTHER_DN, "elsewhere")):
        assert connection.add(dn, ["organizationalUnit"], {"ou": ou}), connection.result
    ela = f"uid=ela,{OTHER_DN}"
    assert connection.add(ela, ["inetOrgPerson"], {"uid": "ela", "cn": "Ela", "sn": "E",
                                                   "mail": f"ela@{seed.MAIL_DOMAIN}"})
    ops = add_group(connection, f"cn=Ops,{TEAMS_DN}", [person("cid"), person("svc-backup")])
    add_group(connection, f"cn=Mail Users,{TEAMS_DN}", [person("ann"), person("bob"), ops])
    add_group(connection, f"cn=Dup,{TEAMS_DN}", [person("ann")])
    add_group(connection, f"cn=Dup,{OTHER_DN}", [person("bob")])
    add_group(connection, f"cn=Mixed,{TEAMS_DN}",
              [person("ann"), f"uid=departed,{seed.PEOPLE_DN}", server.reader_dn, ela])
    add_group(connection, f"cn=Staff,{TEAMS_DN}", [person("ann"), person("cid")],
              mail=f"staff@{seed.MAIL_DOMAIN}")
    connection.unbind()
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    return server


def people_args(server, *extra) -> list[str]:
    """The command line of a job whose users' base is ou=people."""
    return [*connection_args(server)[:-2], "--binding", seed.PEOPLE_DN, *extra]


def listed(out: str) -> set[str]:
    """The DNs `list` printed (its last column)."""
    return {line.split("\t")[-1] for line in out.splitlines() if "\tuid=" in line}


def people(*uids: str) -> set[str]:
    return {person(uid) for uid in uids}


@pytest.mark.timeout(60)
def test_a_catastrophic_regex_rule_ends_and_leaves_out_what_it_matches(lab, capsys):
    search = SearchSettings(seed.PEOPLE_DN, preset=get_preset("openldap"),
                            exclude=("description regex (a+)+$",))
    listing = list_users(slapd_settings(lab), READER_PASSWORD, search)
    excluded = {u.dn: u.excluded for u in listing.users if u.excluded}
    assert excluded == {person("bob"): "rule 1: description regex (a+)+$"}
    assert run(["list", *people_args(lab, "--exclude", "description regex (a+)+$",
                                     "--show-left-out")]) == 0
    out = capsys.readouterr().out
    assert f"left out (rule 1: description regex (a+)+$): {person('bob')}" in out
    assert person("dee") in listed(out) and person("bob") not in listed(out)


def test_a_regex_rule_the_bounded_engine_cannot_take_is_refused_naming_it(lab, capsys):
    assert run(["list", *people_args(lab, "--exclude", r"description regex (a)\1")]) == 2
    err = capsys.readouterr().err
    assert 'exclusion rule 1 "description regex (a)\\1"' in err
    assert "backreference" in err and "repeat the text itself" in err


def test_list_member_of_prints_exactly_the_nested_members_found_outside_the_users_base(
        lab, capsys):
    assert run(["list", *people_args(lab, "--member-of", "Mail Users", "--show-left-out")]) == 0
    out = capsys.readouterr().out
    assert listed(out) == people("ann", "bob", "cid", "svc-backup")
    assert f"left out (not a member of Mail Users): {person('dee')}" in out
    assert "4 entries listed below" in out and "left out by the choice" in out


def test_list_honours_exclude_and_ou_as_preview_does(lab, capsys):
    assert run(["list", *people_args(lab, "--exclude", "uid glob svc-*", "--ou", OTHER_DN,
                                     "--ou", seed.PEOPLE_DN, "--member-of", "Mixed")]) == 0
    out = capsys.readouterr().out
    assert listed(out) == {person("ann"), f"uid=ela,{OTHER_DN}"}


def test_a_name_two_groups_have_is_an_error_listing_both_and_a_dn_always_works(lab, capsys):
    assert run(["list", *people_args(lab, "--member-of", "Dup")]) == 2
    err = capsys.readouterr().err
    assert f"cn=Dup,{TEAMS_DN}" in err and f"cn=Dup,{OTHER_DN}" in err
    assert run(["list", *people_args(lab, "--member-of", f"cn=Dup,{OTHER_DN}")]) == 0
    assert listed(capsys.readouterr().out) == people("bob")
    # below a groups base only one of them is found
    assert run(["list", *people_args(lab, "--member-of", "Dup", "--groups-base", TEAMS_DN)]) == 0
    assert listed(capsys.readouterr().out) == people("ann")


def test_groups_as_lists_are_found_in_ou_groups_and_the_groups_base_is_saved(lab, capsys,
                                                                              tmp_path):
    assert run(["list", *people_args(lab, "--groups-as-lists", "-q")]) == 0
    assert (f"mailing list staff@{seed.MAIL_DOMAIN}: Staff, 2 members"
            in capsys.readouterr().out)
    assert run(["profile", "save", "teams", *people_args(lab, "--groups-base", TEAMS_DN,
                                                         "--groups-as-lists")]) == 0
    assert run(["list", "--profile", "teams", "--member-of", "Dup", "-q"]) == 0
    search = SearchSettings(seed.PEOPLE_DN, preset=get_preset("openldap"),
                            groups_as_lists=True, groups_base=OTHER_DN)
    listing = list_users(slapd_settings(lab), READER_PASSWORD, search)
    assert listing.groups == []  # Staff is not below the groups base


def test_members_that_are_not_imported_are_named_with_why(lab, capsys):
    search = SearchSettings(seed.PEOPLE_DN, preset=get_preset("openldap"),
                            member_of=("Mixed",))
    listing = list_users(slapd_settings(lab), READER_PASSWORD, search)
    notes = {(n.member.lower(), n.reason) for n in listing.member_notes}
    assert notes == {(f"uid=departed,{seed.PEOPLE_DN}", MISSING),
                     (lab.reader_dn.lower(), "other"), (f"uid=ela,{OTHER_DN}", OUTSIDE)}
    assert run(["list", *people_args(lab, "--member-of", "Mixed", "-q")]) == 0
    out = capsys.readouterr().out
    assert (f'note: uid=ela,{OTHER_DN}, a member of "Mixed", is not imported: the listing '
            "did not return it") in out
    assert f'note: uid=departed,{seed.PEOPLE_DN}, a member of "Mixed", is not imported: ' \
           "no such entry exists" in out


def test_a_rule_on_an_attribute_the_schema_lacks_is_refused_with_the_likely_name(lab, capsys):
    assert run(["list", *people_args(lab, "--exclude", "departmnet is Sales")]) == 2
    err = capsys.readouterr().err
    assert '"departmnet", which the directory\'s schema does not have' in err
    assert 'Did you mean "departmentNumber"' in err or 'Did you mean "department' in err
    assert run(["list", *people_args(lab, "--exclude", "descriptoin present")]) == 2
    assert 'Did you mean "description"? Write the rule as "description present"' in \
        capsys.readouterr().err


def test_a_vanished_ou_is_named_and_the_other_ous_still_list(lab, capsys):
    gone = f"ou=gone,{seed.BASE_DN}"
    assert run(["list", *people_args(lab, "--ou", seed.PEOPLE_DN, "--ou", gone, "-q")]) == 0
    out = capsys.readouterr().out
    assert f"note: The chosen OU {gone} no longer exists" in out
    assert "entries listed below" in out
    search = SearchSettings(seed.PEOPLE_DN, preset=get_preset("openldap"),
                            bases=((seed.PEOPLE_DN, True), (gone, True)))
    listing = list_users(slapd_settings(lab), READER_PASSWORD, search, vanished_ok=True)
    assert listing.vanished == [gone] and len(listing.users) > 5
    with pytest.raises(ListingIncomplete, match=f"The chosen OU {gone} no longer exists"):
        list_users(slapd_settings(lab), READER_PASSWORD, search)
    assert run(["list", *people_args(lab, "--ou", gone)]) == 2
    assert f"None of the chosen OUs exists on {lab.host}" in capsys.readouterr().err
    assert who.scopes(search)  # both still chosen: the record is the admin's to change


def test_a_sync_with_a_vanished_ou_takes_none_of_its_users_for_leavers(lab, capsys, tmp_path):
    db = tmp_path / "users.sqlite"
    team = f"ou=team,{seed.BASE_DN}"
    connection = admin(lab)
    assert connection.add(team, ["organizationalUnit"], {"ou": "team"}), connection.result
    assert connection.add(f"uid=tia,{team}", ["inetOrgPerson"], {
        "uid": "tia", "cn": "Tia", "sn": "T", "mail": f"tia@{seed.MAIL_DOMAIN}"})
    connection.unbind()
    assert run(["profile", "save", "two", *people_args(lab, "--ou", OTHER_DN, "--ou", team,
                                                       "--domain", seed.MAIL_DOMAIN,
                                                       "--db", str(db))]) == 0
    assert run(["import", "--profile", "two", "--all"]) == 0
    connection = admin(lab)  # the OU goes, its user with it (as a rename or move looks)
    assert connection.delete(f"uid=tia,{team}") and connection.delete(team)
    connection.unbind()
    capsys.readouterr()
    assert run(["preview", "--profile", "two"]) == 0
    assert f"note: The chosen OU {team} no longer exists" in capsys.readouterr().out
    # the other OU still syncs; the vanished one's users are neither listed nor leavers
    assert run(["sync", "--profile", "two", "--remove-missing", "--max-removals", "100%"]) == 0
    out = capsys.readouterr().out
    assert f"The chosen OU {team} no longer exists" in out
    assert f"the chosen OU {team} no longer exists in the directory: its 1 imported users were " \
        "left as they are" in out
    with UserDatabase.open(db) as database:
        assert dict(database.connection.execute(
            "SELECT local_part, enabled FROM users")) == {"ela": 1, "tia": 1}
