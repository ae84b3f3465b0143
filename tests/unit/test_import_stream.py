"""The streamed import (`ldapwizard import`, import_stream.py) chooses exactly the entries,
lists and notes of the plan made in memory, imports exactly what that would, on both back
ends, keeps no entry in its report, and leaves no spill file behind."""

from __future__ import annotations

import errno
import os
import stat
import tempfile

import pytest

from ldapwizard.core.errors import ScratchSpaceError
from ldapwizard.core.maildb.import_stream import StreamedImport
from ldapwizard.core.maildb.importer import CANCEL_EVERY, run_import, write_order
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.report_lines import CreatedRun
from ldapwizard.core.maildb.reports import Selection, write_report
from ldapwizard.core.maildb.spill import SpilledRun
from tests.unit import test_preview_stream
from tests.unit.records import person
from tests.unit.test_preview_stream import groups, listing

filled = test_preview_stream.filled  # the fixture: a domain holding users, an alias, a list


def streamed(database, users, options, selection=None, *, with_groups=False,
             page_size=3) -> StreamedImport:
    """A StreamedImport of `users` listed in pages of `page_size`, chosen (the caller leaves
    it)."""
    chosen = StreamedImport(options, selection, with_lists=with_groups)
    for start in range(0, len(users), page_size):
        chosen.listing.write_page(users[start:start + page_size])
    with database.consistent_reads():
        chosen.choose(database.snapshot(options.domain),
                      groups(users) if with_groups else [])
    return chosen


def entries_of(spill):
    return [entry for _, page, _ in spill for entry in page]


def selection_of(users):
    """Rows selecting some entries by id and one by DN, and two that select nothing."""
    by_name = {u.username: u for u in users}
    return Selection(
        ids={by_name["amy"].stable_id: 2, by_name["old1"].stable_id: 3,
             by_name["dup"].stable_id: 4, "gone-id": 5, "g-staff": 6},
        dns={by_name["gus"].dn: 7, "uid=moved,dc=example,dc=com": 8})


@pytest.mark.parametrize("with_groups", [False, True])
@pytest.mark.parametrize("planning", [{}, {"username_source": "directory"},
                                      {"email_as_username": True},
                                      {"include_disabled": True}])
def test_every_new_entry_is_chosen_as_the_whole_plan_chooses_it(filled, with_groups,
                                                                planning):
    options = PlanOptions(domain="example.com", **planning)
    users = listing()
    plan = make_plan(users, options, filled.snapshot("example.com"),
                     groups(users) if with_groups else ())
    with streamed(filled, users, options, with_groups=with_groups) as chosen:
        # in the order the import writes them (by address), ties as listed (issue 30)
        assert entries_of(chosen.chosen) == sorted(
            [e for e in plan.entries if e.status == NEW], key=write_order)
        assert chosen.chosen_lists == [e for e in plan.lists if e.status == NEW]
        assert chosen.plan.lists == plan.lists
        assert chosen.counts == plan.counts
        assert (chosen.total, chosen.left_out) == (len(plan.entries), 1)
        assert chosen.unmatched == []


@pytest.mark.parametrize("with_groups", [False, True])
def test_a_selection_chooses_as_it_does_from_the_whole_plan(filled, with_groups):
    options = PlanOptions(domain="example.com")
    users = listing()
    plan = make_plan(users, options, filled.snapshot("example.com"),
                     groups(users) if with_groups else ())
    selection = selection_of(users)
    entries, lists, notes = selection.pick_all(plan)
    assert any(e.status != NEW for e in entries) and len(notes) >= 2
    with streamed(filled, users, options, selection, with_groups=with_groups) as chosen:
        assert entries_of(chosen.chosen) == sorted(entries, key=write_order)
        assert chosen.chosen_lists == lists
        assert chosen.unmatched == notes


def test_a_dn_a_windows_save_mangled_is_named_as_in_memory(filled):
    options = PlanOptions(domain="example.com")
    users = [*listing(), person("zoe", dn="uid=zoe,ou=Zürich Ωmega,dc=example,dc=com")]
    mangled = users[-1].dn.encode("cp1252", "replace").decode("cp1252")
    selection = Selection(dns={mangled: 2})
    plan = make_plan(users, options, filled.snapshot("example.com"))
    _, _, notes = selection.pick_all(plan)
    assert "saved in an encoding" in notes[0] and users[-1].dn in notes[0]
    with streamed(filled, users, options, selection) as chosen:
        assert chosen.unmatched == notes


@pytest.mark.parametrize("selecting", ["every new entry", "every entry"])
def test_the_import_from_the_spill_writes_and_reports_what_the_plan_would(filled, tmp_path,
                                                                          selecting):
    # the same listing imported twice into copies of one database: from the whole plan in
    # memory, and streamed; more entries than a chunk, so that runs span pages; selecting
    # every entry, the hidden and problem ones among them break the created runs (skipped)
    options = PlanOptions(domain="example.com")
    users = [person(f"u{n:04d}", aliases=[f"a{n:04d}@example.com"] if n % 7 else [])
             for n in range(CANCEL_EVERY * 2 + 17)]
    users[150:150] = listing()
    plan = make_plan(users, options, filled.snapshot("example.com"), groups(users))
    selection = lists = None
    if selecting == "every entry":
        selection = Selection(ids={u.stable_id: n for n, u in enumerate(users, 2)}
                              | {"g-staff": 1000})
        entries, lists, _ = selection.pick_all(plan)
        assert any(e.status != NEW for e in entries) and lists
    else:
        entries = [e for e in plan.entries if e.status == NEW]
    expected = run_import(filled, plan, entries, lists=lists, profile="p", dry_run=True)
    with streamed(filled, users, options, selection, with_groups=True,
                  page_size=50) as chosen:
        assert len(chosen.chosen) == 3  # pages of CANCEL_EVERY
        report = run_import(filled, chosen.plan, chosen.chosen, lists=chosen.chosen_lists,
                            profile="p", dry_run=True)
        assert list(report.lines) == list(expected.lines)
        assert report.counts == expected.counts and report.counts["created"] > CANCEL_EVERY
        runs = [part for part in report.lines._parts if isinstance(part, CreatedRun)]
        assert runs and all(isinstance(run.entries, SpilledRun) for run in runs)
        for index in (0, CANCEL_EVERY + 5, len(expected.lines) - 1):  # read one at a time
            assert report.lines[index] == expected.lines[index]
        write_report(tmp_path / "streamed.csv", report)
    write_report(tmp_path / "whole.csv", expected)
    assert (tmp_path / "streamed.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    # and for real: the rows written are those of the dry runs' reports
    with streamed(filled, users, options, with_groups=True) as chosen:
        report = run_import(filled, chosen.plan, chosen.chosen, lists=chosen.chosen_lists)
    with filled.reading() as db:
        users_written = db.execute("SELECT count(*) FROM users WHERE batch_id = ?",
                                   (report.batch_id,)).fetchone()[0]
        lists_written = db.execute("SELECT count(*) FROM lists WHERE batch_id = ?",
                                   (report.batch_id,)).fetchone()[0]
    assert users_written + lists_written == expected.counts["created"]


def test_nothing_chosen_says_so(filled):
    options = PlanOptions(domain="example.com")
    with streamed(filled, [person("old1"), person("taken")], options) as chosen:
        assert chosen.nothing_to_import()
        assert chosen.counts["hidden"] == 2


def test_the_spills_are_private_and_leave_nothing_even_when_the_import_fails(
        tmp_path, filled, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # others' tests share /tmp
    before = set(tmp_path.iterdir())  # the database's files
    options = PlanOptions(domain="example.com")
    with pytest.raises(KeyboardInterrupt), StreamedImport(options) as chosen:
        chosen.listing.write_page(listing())
        spills = [chosen.listing._file, chosen.chosen._file]
        for spill in spills:
            assert stat.S_IMODE(os.fstat(spill.fileno()).st_mode) == 0o600
        with filled.consistent_reads():
            chosen.choose(filled.snapshot("example.com"), [])
        assert chosen.chosen.count
        assert spills[0].closed  # the listing's space goes once it is planned
        assert set(tmp_path.iterdir()) == before  # no name in the folder, ever
        raise KeyboardInterrupt  # Ctrl-C while importing
    assert spills[1].closed


def test_a_full_disk_under_the_spill_says_so_and_what_to_do(monkeypatch):
    options = PlanOptions(domain="example.com")
    with StreamedImport(options) as chosen:
        def full(data):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(chosen.listing._file, "write", full)
        with pytest.raises(ScratchSpaceError) as caught:
            chosen.listing.write_page(listing())
    assert "No space left on device" in caught.value.message
    assert "nothing was changed" in caught.value.message
    assert "TMPDIR" in caught.value.hint
