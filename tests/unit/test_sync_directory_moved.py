"""A profile's `directories` row keeps the directory its users were imported from: import
and sync refuse a profile re-pointed to another server, base DN, server type or stable-id
attribute (nothing written) unless told the directory moved, which the batch records."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.directory_rows import DirectoryChanged, check_directory
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.sync import preview_sync, run_sync
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")
LAB = accounts.DirectorySource(name="lab", uri="ldap://ldap1.example.com:389",
                               security="starttls", ca_file=None, base_dn="dc=example,dc=com",
                               server_type="openldap", stable_id_attribute="entryUUID")
STAFF = [person(name) for name in ("amy", "ben")]


def import_from(database, directory, users=STAFF, **keywords):
    plan = make_plan(users, OPTIONS, database.snapshot(OPTIONS.domain))
    return run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                      profile="lab", directory=directory, **keywords)


def rows(database) -> list[tuple]:
    return database.connection.execute(
        "SELECT name, uri, base_dn, server_type, stable_id_attribute FROM directories"
    ).fetchall()


def batches(database) -> int:
    return database.connection.execute("SELECT count(*) FROM batches").fetchone()[0]


@pytest.mark.parametrize("change", [
    {"uri": "ldap://ldap2.example.com:389"},  # another server
    {"uri": "ldap://ldap1.example.com:10389"},  # another port of the same host
    {"base_dn": "dc=other,dc=com"},
    {"base_dn": "dc=com"},  # broader: it may reach another admin's naming context
    {"server_type": "ad", "stable_id_attribute": "objectGUID"},
    {"stable_id_attribute": "nsUniqueId"},
])
def test_a_re_pointed_profile_is_refused_by_sync_and_import_and_nothing_is_written(
        database, change):
    import_from(database, LAB)
    before, count = rows(database), batches(database)
    elsewhere = replace(LAB, **change)
    for attempt in (
            lambda: run_sync(database, STAFF, OPTIONS, profile="lab", directory=elsewhere),
            lambda: import_from(database, elsewhere, [person("cat")]),
            lambda: check_directory(database, elsewhere, moved=False)):
        with pytest.raises(DirectoryChanged) as refused:
            attempt()
        message = refused.value.message
        assert LAB.uri in message and elsewhere.uri in message and "2 imported users" in message
        assert "--directory-moved" in refused.value.hint
        assert "new profile" in refused.value.hint
    assert rows(database) == before and batches(database) == count
    assert database.connection.execute("SELECT count(*) FROM users").fetchone()[0] == 2


@pytest.mark.parametrize("change", [
    {"security": "ldaps", "uri": "ldaps://ldap1.example.com:389"},  # how, not where
    {"uri": "ldap://LDAP1.Example.COM:389"},  # a host name's case
    {"base_dn": "DC=Example, DC=Com"},  # the same DN spelt otherwise
    {"base_dn": "ou=People,dc=example,dc=com"},  # narrower: a subset of the same entries
    {"ca_file": "/etc/ssl/new-ca.pem"},
])
def test_the_same_directory_reached_otherwise_needs_no_word(database, change):
    import_from(database, LAB)
    report = run_sync(database, STAFF, OPTIONS, profile="lab",
                      directory=replace(LAB, **change))
    assert not any("moved" in note for note in report.notes)


def test_a_row_no_user_needs_follows_the_profile(database):
    import_from(database, LAB, [])  # a batch that created the row and no user
    elsewhere = replace(LAB, uri="ldap://ldap2.example.com:389")
    import_from(database, elsewhere)
    assert rows(database)[0][1] == elsewhere.uri


def test_directory_moved_lets_the_row_follow_and_the_batch_records_it(database):
    import_from(database, LAB)
    moved = replace(LAB, uri="ldap://ldap2.example.com:389")
    with pytest.raises(DirectoryChanged):  # the dry run refuses as the run would
        preview_sync(database.path, STAFF, OPTIONS, profile="lab", directory=moved)
    preview = preview_sync(database.path, STAFF, OPTIONS, profile="lab", directory=moved,
                           directory_moved=True)
    assert any("moved" in note for note in preview.notes)
    assert rows(database)[0][1] == LAB.uri
    report = run_sync(database, STAFF, OPTIONS, profile="lab", directory=moved,
                      directory_moved=True)
    assert any(LAB.uri in note and moved.uri in note for note in report.notes)
    assert rows(database)[0][1] == moved.uri
    (options,) = database.connection.execute(
        "SELECT options FROM batches WHERE id = ?", (report.batch_id,)).fetchone()
    recorded = json.loads(options)["directory_moved"]
    assert LAB.uri in recorded["from"] and moved.uri in recorded["to"]
    assert recorded["users"] == 2
    batch = import_from(database, replace(moved, uri="ldap://ldap3.example.com:389"),
                        [person("cat")], directory_moved=True).batch_id
    (options,) = database.connection.execute(
        "SELECT options FROM batches WHERE id = ?", (batch,)).fetchone()
    assert "ldap3" in json.loads(options)["directory_moved"]["to"]
