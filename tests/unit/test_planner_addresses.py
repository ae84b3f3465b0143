"""Which address is the mailbox and which are aliases, and what the preview says about it:
Exchange's primary SMTP address, addresses in other domains said once per plan."""

from __future__ import annotations

from dataclasses import replace

from ldapwizard.core.directory.presets import get_preset
from ldapwizard.core.directory.records import user_from_entry
from ldapwizard.core.maildb.planner import NEW, PlanOptions, make_plan
from tests.unit.records import person

AD = get_preset("ad")


def ad_user(mail: str, *proxies: str):
    raw = {"samaccountname": [b"karen"], "mail": [mail.encode()],
           "proxyaddresses": [p.encode() for p in proxies],
           "objectguid": [bytes(range(16))], "displayname": [b"Karen"],
           "useraccountcontrol": [b"512"], "objectclass": [b"user", b"person"],
           "objectcategory": [b"CN=Person,CN=Schema,CN=Configuration,DC=corp"]}
    return user_from_entry("CN=Karen,OU=Staff,DC=corp", raw, AD)


def test_exchanges_primary_smtp_address_is_the_mailbox_and_mail_an_alias():
    user = ad_user("karen@testdomain.com", "SMTP:k.schroder@testdomain.com",
                   "smtp:karen@testdomain.com")
    assert user.smtp_primary == "k.schroder@testdomain.com"
    entry = make_plan([user], PlanOptions(domain="testdomain.com")).entries[0]
    assert (entry.status, entry.local_part, entry.aliases) == (NEW, "k.schroder", ("karen",))
    assert entry.notes == ("mailbox at Exchange's primary SMTP address "
                           "k.schroder@testdomain.com; mail karen@testdomain.com kept as an "
                           "alias",)


def test_a_primary_smtp_address_outside_the_domain_leaves_mail_the_mailbox_and_says_so():
    user = ad_user("karen@testdomain.com", "SMTP:karen@testdomain.local")
    entry = make_plan([user], PlanOptions(domain="testdomain.com")).entries[0]
    assert (entry.status, entry.local_part) == (NEW, "karen")
    assert entry.notes == ("Exchange's primary SMTP address karen@testdomain.local is "
                           "outside testdomain.com; mail karen@testdomain.com is the mailbox",)


def test_the_same_primary_and_mail_need_no_decision():
    user = ad_user("Karen@testdomain.com", "SMTP:karen@testdomain.com")
    assert user.smtp_primary is None
    assert make_plan([user], PlanOptions(domain="testdomain.com")).entries[0].notes == ()


def test_addresses_in_other_domains_are_kept_off_the_rows_and_counted_once_for_the_plan():
    users = [person(f"u{i}", aliases=[f"u{i}@testdomain.local", f"x{i}@example.com"])
             for i in range(5)] + [person("plain")]
    plan = make_plan(users, PlanOptions(domain="example.com"))
    first = plan.entries[0]
    assert first.aliases == ("x0",) and first.notes == ()
    assert first.outside == ("u0@testdomain.local",)
    assert plan.outside_count == 5
    odd = replace(person("odd"), aliases=("bad address@example.com",))
    assert make_plan([odd], PlanOptions(domain="example.com")).entries[0].notes == (
        "alias bad address@example.com is not a valid address; not imported",)


def test_the_import_report_names_the_aliases_it_created(database):
    from ldapwizard.core.maildb.importer import run_import

    plan = make_plan([person("amy", aliases=["a.m@example.com", "pond@example.com"])],
                     PlanOptions(domain="example.com"))
    report = run_import(database, plan, plan.entries)
    assert report.lines[0].reason == ("directory-authenticated user; aliases a.m@example.com, "
                                      "pond@example.com")
