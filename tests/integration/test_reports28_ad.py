"""A sync's report against Samba AD (issue 28, item 5): a user who leaves the chosen group is
left out (naming the group), never "no longer in the directory"; a user disabled in AD is
disabled for that reason; a distribution group deleted leaves its list, said as such; the
report CSV holds each line with the words the terminal prints."""

from __future__ import annotations

import csv

import ldap3
import pytest

from ldapwizard.core.directory.listing import list_users
from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from ldapwizard.core.maildb.reports import line_words, write_report
from ldapwizard.core.maildb.sync import run_sync
from tests.servers.ad_access import ad_settings, reader_password
from tests.servers.samba_process import admin_connection

pytestmark = pytest.mark.samba
DOMAIN = "example.com"
OPTIONS = PlanOptions(domain=DOMAIN)
DISTRIBUTION = 2  # groupType: a global distribution group
NAMES = ("rp-ann", "rp-bob", "rp-eve")


@pytest.fixture
def ad_reports(ad_server):
    """An OU with three users of its own, `RP Users` (all three) and the distribution groups
    `RP Staff` (all three) and `RP Sales` (rp-ann); removed after."""
    ou = f"OU=Reports28,{ad_server.seed.company_dn}"
    connection = admin_connection(ad_server.host)
    connection.bind()
    made = []

    def add(dn, classes, attributes):
        assert connection.add(dn, classes, attributes), connection.result
        made.append(dn)
        return dn

    try:
        add(ou, ["top", "organizationalUnit"], {})
        people = [add(f"CN={name},{ou}", ["top", "person", "organizationalPerson", "user"], {
            "cn": name, "sAMAccountName": name, "displayName": name.title(),
            "userPrincipalName": f"{name}@{DOMAIN}", "mail": f"{name}@{DOMAIN}",
            "userAccountControl": "512"}) for name in NAMES]
        for name, members, mail in (("RP Users", people, None),
                                    ("RP Staff", people, f"rp-staff@{DOMAIN}"),
                                    ("RP Sales", people[:1], f"rp-sales@{DOMAIN}")):
            attributes = {"cn": name, "sAMAccountName": name.replace(" ", "-"),
                          "groupType": str(DISTRIBUTION), "member": members}
            if mail:
                attributes["mail"] = mail
            add(f"CN={name},{ou}", ["top", "group"], attributes)
        yield connection, ou, people, made
    finally:
        for dn in reversed(made):
            connection.delete(dn)
        connection.unbind()


def listed(ad_server):
    search = SearchSettings(base_dn=ad_server.seed.company_dn, preset=get_preset("ad"),
                            member_of=("RP Users",), groups_as_lists=True)
    return list_users(ad_settings(ad_server), reader_password(ad_server), search)


def test_a_sync_on_ad_says_left_out_disabled_and_list_left_with_their_reasons(
        ad_server, ad_reports, tmp_path):
    connection, ou, (_, bob, eve), made = ad_reports
    listing = listed(ad_server)
    with UserDatabase.open(tmp_path / "users.sqlite", write=True, create=True) as database:
        plan = make_plan(listing.users, OPTIONS, database.snapshot(DOMAIN), listing.groups)
        run_import(database, plan, [e for e in plan.entries if e.status == NEW],
                   profile="ad")
        # rp-eve leaves RP Users, rp-bob is disabled in AD, RP Sales is deleted
        assert connection.modify(f"CN=RP Users,{ou}",
                                 {"member": [(ldap3.MODIFY_DELETE, [eve])]})
        assert connection.modify(bob, {"userAccountControl": [(ldap3.MODIFY_REPLACE,
                                                               ["514"])]})
        sales = f"CN=RP Sales,{ou}"
        assert connection.delete(sales), connection.result
        made.remove(sales)
        again = listed(ad_server)
        report = run_sync(database, again.users, OPTIONS, profile="ad", groups=again.groups)
    report.notes[:0] = again.notes
    write_report(tmp_path / "report.csv", report)
    with open(tmp_path / "report.csv", encoding="utf-8-sig", newline="") as file:
        rows = {(row["status"], row["address"]): row for row in csv.DictReader(file)}
    eve_row = rows[("left", f"rp-eve@{DOMAIN}")]
    assert "left out by the choice of who to import (not a member of RP Users)" in \
        eve_row["reason"]
    assert "no longer in the directory" not in eve_row["reason"]
    assert "disabled in the directory" in rows[("disabled", f"rp-bob@{DOMAIN}")]["reason"]
    assert "removing lists was not asked for" in \
        rows[("list left", f"rp-sales@{DOMAIN}")]["reason"]
    staff = rows[("list updated", f"rp-staff@{DOMAIN}")]
    assert f"rp-eve@{DOMAIN}" in staff["members_removed"]
    words = [line_words(line) for line in report.all_lines()]
    assert f"left: rp-eve@{DOMAIN}: {eve_row['reason']}" in words
    assert not [w for w in words if w.startswith(f"disabled: rp-eve@{DOMAIN}")]
