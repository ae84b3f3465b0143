"""Members added to a mailing list by hand against Samba AD (issue 28): they survive a sync,
the distribution group's rename and new address, the group's deletion with
--remove-missing, and an undo without --force."""

from __future__ import annotations

import ldap3
import pytest

from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.maildb import list_members
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.lists_sync import LIST_KEPT, LIST_UPDATED
from ldapwizard.core.maildb.lists_sync import list_lines as lines_of_lists
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.sync import run_sync
from ldapwizard.core.maildb.undo import UndoRefused, undo_batch
from tests.servers.ad_access import ad_settings, reader_password
from tests.servers.samba_process import admin_connection

pytestmark = pytest.mark.samba
DOMAIN = "example.com"
OPTIONS = PlanOptions(domain=DOMAIN)
DISTRIBUTION = 2  # groupType: a global distribution group


@pytest.fixture
def ad_lists(ad_server):
    """An OU with `LD Users` (three seed users with an address in the domain), the
    distribution groups `LD Staff` (the first two) and `LD Sales` (the third); removed after."""
    seed = ad_server.seed
    users = [u for u in seed.users if u.mail and u.mail.lower().endswith("@" + DOMAIN)
             and u.user_account_control == 512][:3]
    ou = f"OU=ListsDB,{seed.company_dn}"
    connection = admin_connection(ad_server.host)
    connection.bind()
    made = []

    def group(name, members, mail=None):
        dn = f"CN={name},{ou}"
        attributes = {"cn": name, "sAMAccountName": name.replace(" ", "-"),
                      "groupType": str(DISTRIBUTION), "member": members}
        if mail:
            attributes["mail"] = mail
        assert connection.add(dn, ["top", "group"], attributes), connection.result
        made.append(dn)
        return dn

    try:
        assert connection.add(ou, ["top", "organizationalUnit"]), connection.result
        group("LD Users", [u.dn for u in users])
        group("LD Staff", [u.dn for u in users[:2]], f"ld-staff@{DOMAIN}")
        group("LD Sales", [users[2].dn], f"ld-sales@{DOMAIN}")
        yield connection, ou, users, made
    finally:
        for dn in reversed(made):
            connection.delete(dn)
        connection.delete(ou)
        connection.unbind()


def listed(ad_server):
    search = SearchSettings(base_dn=ad_server.seed.company_dn, preset=get_preset("ad"),
                            member_of=("LD Users",), groups_as_lists=True)
    return list_users(ad_settings(ad_server), reader_password(ad_server), search)


def members(database, local):
    return dict(database.connection.execute(
        "SELECT m.address, m.source FROM list_members m JOIN lists l ON l.id = m.list_id "
        "WHERE l.local_key = ?", (local,)).fetchall())


def test_hand_added_members_survive_sync_rename_deletion_and_undo_on_ad(ad_server, ad_lists,
                                                                      tmp_path):
    connection, ou, users, made = ad_lists
    listing = listed(ad_server)
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as database:
        plan = make_plan(listing.users, OPTIONS, database.snapshot(DOMAIN), listing.groups)
        address = {e.user.dn.lower(): e.address(DOMAIN) for e in plan.entries
                   if e.status == NEW}
        first, second, third = (address[u.dn.lower()] for u in users)
        batch = run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                           profile="ad").batch_id
        assert members(database, "ld-staff") == {first: "directory", second: "directory"}
        with database.transaction() as db:
            list_members.add_member(db, f"ld-staff@{DOMAIN}", "partner@elsewhere.org")
            list_members.add_member(db, f"ld-sales@{DOMAIN}", first)
        with pytest.raises(UndoRefused) as refused:
            undo_batch(database, batch)
        assert any("partner@elsewhere.org" in b for b in refused.value.blockers)

        # the directory: the second user leaves LD Staff, which becomes LD Team at a new
        # address; LD Sales is deleted
        staff = f"CN=LD Staff,{ou}"
        assert connection.modify(staff, {"member": [(ldap3.MODIFY_DELETE, [users[1].dn])]})
        assert connection.modify_dn(staff, "CN=LD Team"), connection.result
        team = f"CN=LD Team,{ou}"
        made[made.index(staff)] = team
        assert connection.modify(team, {"mail": [(ldap3.MODIFY_REPLACE,
                                                  [f"ld-team@{DOMAIN}"])]})
        sales = f"CN=LD Sales,{ou}"
        assert connection.delete(sales), connection.result
        made.remove(sales)

        again = listed(ad_server)
        report = run_sync(database, again.users, OPTIONS, profile="ad", groups=again.groups,
                          remove_missing=True, max_removals="100%")
        lines = {line.address: line for line in lines_of_lists(report.lines)}
        moved = lines[f"ld-team@{DOMAIN}"]
        assert (moved.status, moved.removed, moved.old_address) == (
            LIST_UPDATED, (second,), f"ld-staff@{DOMAIN}")
        assert moved.by_hand == ("partner@elsewhere.org",)
        assert members(database, "ld-team") == {first: "directory",
                                                "partner@elsewhere.org": "admin"}
        assert lines[f"ld-sales@{DOMAIN}"].status == LIST_KEPT
        assert members(database, "ld-sales") == {third: "directory", first: "admin"}
        stored = database.connection.execute(
            "SELECT name FROM lists WHERE local_key = 'ld-team'").fetchone()
        assert tuple(stored) == ("LD Team",)
        forwards = database.connection.execute(
            "SELECT targets FROM mail_forwards_joined WHERE address_key = ?",
            (f"ld-staff@{DOMAIN}",)).fetchone()
        assert tuple(forwards) == (f"ld-team@{DOMAIN}",)
        undone = undo_batch(database, batch, force=True)
        assert len(undone.forced) == 2
        assert members(database, "ld-team") == members(database, "ld-sales") == {}
