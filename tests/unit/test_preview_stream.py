"""The streamed preview (`ldapwizard preview`, preview_stream.py) gives exactly the rows of the
in-memory plan, on both back ends, and leaves no spill file behind."""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import replace

import pytest

from ldapwizard.core.directory.records import DirectoryGroup
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.preview_stream import StreamedPreview
from ldapwizard.core.maildb.reports import preview_rows, write_preview, write_preview_rows
from tests.unit.records import person


def imported_user(db, domain, name):
    accounts.add_user(db, domain, accounts.NewUser(
        name, name, auth="directory", directory_dn=f"uid={name},ou=people,dc=example,dc=com",
        stable_id=f"id-{name}"))


@pytest.fixture
def filled(database):
    """A domain holding two imported users, a hand-made user, an alias and a list."""
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        imported_user(db, domain, "old1")
        imported_user(db, domain, "old2")
        accounts.add_user(db, domain, accounts.NewUser("Taken", "Taken"))
        accounts.add_alias(db, domain, "Sales", ["taken@example.com"])
        accounts.add_list(db, domain, "All-Staff", "Everyone", ["taken@example.com"])
    return database


def listing():
    """Entries of every kind, duplicates and clashing aliases across pages of three."""
    return [
        person("amy", aliases=["info@example.com", "amy@elsewhere.org"]),
        person("dup"),  # the same address again on a later page
        person("old1"),  # imported before: hidden
        person("taken"),  # the address exists
        person("bob", aliases=["sales@example.com"]),  # an alias that exists
        person("cat", aliases=["info@example.com"]),  # amy's alias: dropped, with a note
        person("nomail", email=None),
        person("out", email="out@elsewhere.org"),
        person("off", disabled=True),
        person("dup2", email="dup@example.com", dn="uid=dup2,ou=other,dc=example,dc=com"),
        replace(person("svc"), excluded="rule 1: uid glob svc*"),
        person("dan", aliases=["cat@example.com"]),  # another's address as an alias
        person("eve", username="amy"),  # amy's login under --username-source directory
        person("pc", kind="computer"),
        person("old2", aliases=["x@example.com"]),
        person("fay", email="Amy@Example.com", dn="uid=fay,ou=x,dc=example,dc=com"),
        person("gus"),
    ]


def groups(users):
    by_name = {u.username: u for u in users}

    def group(name, *names, mail=None, outside=()):
        members = tuple((by_name[n].dn, by_name[n].email) for n in names) + outside
        return DirectoryGroup(f"cn={name},ou=groups,dc=example,dc=com", f"g-{name}",
                              name.title(), mail or f"{name}@example.com", members)

    return [group("staff", "amy", "old1", "gus", "dup", "nomail",
                  outside=(("cn=ext,dc=example,dc=com", "partner@elsewhere.org"),)),
            group("gus", "amy"),  # a user's planned address
            group("all-staff", "gus"),  # a list that exists
            group("twice", "gus"), group("again", "amy", mail="twice@example.com")]


def streamed(database, users, options, *, show_hidden, with_groups):
    snapshot = database.snapshot(options.domain)
    with StreamedPreview(options, snapshot, show_hidden=show_hidden,
                         with_lists=with_groups) as preview:
        for start in range(0, len(users), 3):
            preview.add(users[start:start + 3])
        rows = list(preview.rows(groups(users) if with_groups else None))
    return rows, preview


@pytest.mark.parametrize("show_hidden", [True, False])
@pytest.mark.parametrize("with_groups", [False, True])
@pytest.mark.parametrize("planning", [{}, {"username_source": "directory"},
                                      {"email_as_username": True},
                                      {"include_disabled": True}])
def test_the_streamed_preview_gives_the_rows_of_the_whole_plan(filled, show_hidden,
                                                               with_groups, planning):
    options = PlanOptions(domain="example.com", **planning)
    users = listing()
    plan = make_plan(users, options, filled.snapshot("example.com"),
                     groups(users) if with_groups else ())
    rows, preview = streamed(filled, users, options, show_hidden=show_hidden,
                             with_groups=with_groups)
    assert rows == list(preview_rows(plan, show_hidden=show_hidden))
    assert preview.counts == plan.counts
    assert preview.total == len(plan.entries)
    assert preview.left_out == 1
    assert preview.lists == plan.lists


def test_the_streamed_csv_is_the_in_memory_csv_byte_for_byte(filled, tmp_path):
    options = PlanOptions(domain="example.com")
    users = listing()
    plan = make_plan(users, options, filled.snapshot("example.com"), groups(users))
    assert sum(e.status == NEW for e in plan.entries) >= 4
    assert any("duplicate address dup@example.com" in e.reason for e in plan.entries)
    assert any("is the address of" in n for e in plan.entries for n in e.notes)
    write_preview(tmp_path / "whole.csv", plan)
    snapshot = filled.snapshot("example.com")
    with StreamedPreview(options, snapshot, with_lists=True) as preview:
        for start in range(0, len(users), 3):
            preview.add(users[start:start + 3])
        write_preview_rows(tmp_path / "streamed.csv", preview.rows(groups(users)))
    assert (tmp_path / "streamed.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_the_spill_is_private_and_leaves_nothing_even_when_the_preview_fails(tmp_path,
                                                                            monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # others' tests share /tmp
    options = PlanOptions(domain="example.com")
    with pytest.raises(KeyboardInterrupt), StreamedPreview(options) as preview:
        preview.add(listing())
        spill = preview._spill._file
        assert stat.S_IMODE(os.fstat(spill.fileno()).st_mode) == 0o600
        assert preview._spill.count == len(listing())
        # no name in the folder: nothing for anyone to open, nothing left if the process dies
        assert list(tmp_path.iterdir()) == []
        raise KeyboardInterrupt  # Ctrl-C while the rows are written
    assert spill.closed


def test_look_ups_inside_consistent_reads_see_one_state_of_the_database(filled,
                                                                       database_location):
    # a preview plans page after page against the database: an alias another program adds
    # meanwhile must not appear halfway through one plan
    from ldapwizard.core.maildb.database import UserDatabase

    with filled.consistent_reads("planning"):
        snapshot = filled.snapshot("example.com")
        assert "late" not in snapshot.namespace
        with UserDatabase.open(database_location, write=True) as other, \
                other.transaction() as db:
            accounts.add_alias(db, accounts.ensure_domain(db, "example.com"), "late",
                               ["taken@example.com"])
        assert "late" not in snapshot.namespace
        assert "old1" in snapshot.namespace
    assert "late" in filled.snapshot("example.com").namespace
