"""Planning refuses local parts that would deceive a reader or the mail server (issue 25):
invisible characters, spellings that are not canonical, mixed scripts, lookalikes of another
entry or of an existing address, role addresses unless allowed, logins Dovecot folds
otherwise. Ordinary names in one script stay importable."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.importer import run_import
from ldapwizard.core.maildb.planner import NEW, PROBLEM, PlanOptions, make_plan
from ldapwizard.core.maildb.preview_stream import StreamedPreview
from ldapwizard.core.maildb.sync import run_sync
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")


def planned(users, options=OPTIONS, snapshot=None):
    """uid -> entry, of the whole listing planned in memory."""
    return {e.user.username: e for e in make_plan(users, options, snapshot).entries}


def streamed(users, options=OPTIONS, snapshot=None):
    """uid -> entry, planned a page at a time as `ldapwizard preview` does."""
    with StreamedPreview(options, snapshot) as preview:
        for start in range(0, len(users), 2):
            preview.add(users[start:start + 2])
        return {e.user.username: e for e in preview.entries()}


@pytest.mark.parametrize("local, words", [
    ("\u0430lice", "mixes Cyrillic and Latin letters"),
    ("ju\u0308rgen", 'not written in Unicode normal form (NFC): it would be a second address '
                     'beside "jürgen"'),
    ("bo\u200bb", "U+200B (ZERO WIDTH SPACE), an invisible"),
    ("ali\u202ece", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ("x\u2066y", "U+2066 (LEFT-TO-RIGHT ISOLATE)"),
    ("carol\u009b", "U+009B, an invisible or control character"),
    ("a\u00adb", "U+00AD (SOFT HYPHEN)"),
    ("a\ufe0fb", "U+FE0F (VARIATION SELECTOR-16)"),
    ("a\ue000b", "U+E000, an invisible"),  # private use
    ("\uff41lice", 'compatibility form of "alice"'),
    ("\ufb01le", 'compatibility form of "file"'),
    ("p\u0430y\u03c1al", "mixes Cyrillic, Greek and Latin letters"),
])
def test_a_deceiving_local_part_is_a_problem_with_its_reason(local, words):
    entry = planned([person("x", email=f"{local}@example.com")])["x"]
    assert entry.status == PROBLEM
    assert words in entry.reason
    assert "\u202e" not in entry.reason and "\u200b" not in entry.reason  # named, not shown


@pytest.mark.parametrize("local", ["jürgen", "иван", "山田", "uğur", "ugur", "zoë", "ólafur",
                                   "やまだ.太郎", "김철수", "محمد", "שלום", "नमस्ते", "ana-maria_2",
                                   "Jürgen", "j.doe+tag"])
def test_ordinary_names_in_one_script_stay_importable(local):
    assert planned([person("x", email=f"{local}@example.com")])["x"].status == NEW


@pytest.mark.parametrize("plan", [planned, streamed])
def test_whole_script_lookalikes_within_the_directory_name_each_other(plan):
    users = [person("latin", email="ace@example.com"), person("other", email="zed@example.com"),
             person("cyrillic", email="\u0430\u0441\u0435@example.com"),
             person("greek", email="\u03bf\u03c1@example.com"), person("op", email="op@x.org")]
    entries = plan(users)
    assert entries["latin"].status == entries["cyrillic"].status == PROBLEM
    assert "uid=cyrillic,ou=people" in entries["latin"].reason
    assert "ace@example.com (uid=latin,ou=people" in entries["cyrillic"].reason
    assert "lookalike" in entries["cyrillic"].reason
    assert entries["other"].status == entries["greek"].status == NEW  # ορ has no twin here


def test_a_lookalike_of_an_existing_address_is_a_problem_naming_it(database):
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.add_user(db, domain, accounts.NewUser("Coco", "Coco"))
        accounts.add_alias(db, domain, "sales", ["coco@example.com"])
    snapshot = database.snapshot("example.com")
    entries = planned([person("a", email="\u0441\u043e\u0441\u043e@example.com"),
                       person("b", email="\u0455\u0430\u04cf\u0435\u0455@example.com"),
                       person("c", email="соня@example.com")], snapshot=snapshot)
    assert entries["a"].status == PROBLEM
    assert "looks like the user Coco@example.com, which exists" in entries["a"].reason
    assert entries["b"].status == PROBLEM  # ѕаӏеѕ: the alias sales
    assert "alias sales@example.com" in entries["b"].reason
    assert entries["c"].status == NEW


def test_a_latin_entry_that_looks_like_an_existing_non_latin_address_is_a_problem(database):
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.add_user(db, domain, accounts.NewUser("\u0430\u0441\u0435", "\u0430\u0441\u0435"))
    snapshot = database.snapshot("example.com")
    users = [person("a", email="ACE@example.com"), person("b", email="acer@example.com")]
    entries = planned(users, snapshot=snapshot)
    assert entries["a"].status == PROBLEM
    assert "looks like the user \u0430\u0441\u0435@example.com, which exists" in entries["a"].reason
    assert entries["b"].status == NEW
    assert streamed(users, snapshot=snapshot)["a"].reason == entries["a"].reason


@pytest.mark.parametrize("local", ["postmaster", "Abuse", "hostmaster", "webmaster", "ROOT",
                                   "MAILER-DAEMON", "mailer-daemon", "noreply", "no-reply", "admin",
                                   "Administrator"])
def test_role_addresses_are_problems_unless_allowed(local):
    entry = planned([person("x", email=f"{local}@example.com")])["x"]
    assert entry.status == PROBLEM
    assert "role address" in entry.reason and "--allow-role-addresses" in entry.reason
    allowed = PlanOptions(domain="example.com", allow_role_addresses=True)
    assert planned([person("x", email=f"{local}@example.com")], allowed)["x"].status == NEW


def test_a_role_username_is_refused_too_and_a_role_alias_is_dropped_with_a_note():
    by_username = PlanOptions(domain="example.com", username_source="directory")
    assert planned([person("root")], by_username)["root"].status == PROBLEM
    entry = planned([person("amy", aliases=("postmaster@example.com", "amy.pond@example.com",
                                            "\u0430my@example.com"))])["amy"]
    assert entry.status == NEW and entry.aliases == ("amy.pond",)
    assert any("alias postmaster@example.com is not imported" in n for n in entry.notes)
    assert any("mixes Cyrillic and Latin" in n for n in entry.notes)
    allowed = PlanOptions(domain="example.com", allow_role_addresses=True)
    entry = planned([person("amy", aliases=("postmaster@example.com",))], allowed)["amy"]
    assert entry.aliases == ("postmaster",)


@pytest.mark.parametrize("login, ok", [
    ("İstanbul", False), ("Straße", False), ("straße", False), ("JÜRGEN", False),
    ("Иван", False), ("uğur", True), ("Zoë", True), ("Jürgen", True), ("istanbul", True),
    ("ﬀ", None),  # a compatibility form: refused before the login is looked at
])
def test_a_login_dovecot_would_fold_otherwise_is_a_problem_saying_what_to_do(login, ok):
    entry = planned([person("x", email=f"{login}@example.com")])["x"]
    if ok:
        assert entry.status == NEW
    elif ok is False:
        assert entry.status == PROBLEM
        assert f'looks up "{login[0].lower() if login[0].isascii() else login[0]}' \
            in entry.reason
        assert f'stored as "{login.casefold()}"' in entry.reason
        assert "lower case" in entry.reason
    else:
        assert entry.status == PROBLEM and "compatibility form" in entry.reason


def test_the_full_address_as_login_is_checked_as_dovecot_sees_it():
    options = PlanOptions(domain="example.com", email_as_username=True)
    entry = planned([person("x", email="Straße@example.com")], options)["x"]
    assert entry.status == PROBLEM and "strasse@example.com" in entry.reason
    assert planned([person("x", email="Zoë@example.com")], options)["x"].status == NEW


def test_a_sync_adds_a_role_alias_only_when_allowed_and_keeps_one_it_was_allowed(
        sqlite_database):
    def aliases():
        return sorted(local for local, in sqlite_database.connection.execute(
            "SELECT local_part FROM aliases"))

    amy = person("amy")
    plan = make_plan([amy], OPTIONS, sqlite_database.snapshot("example.com"))
    run_import(sqlite_database, plan, plan.entries, profile="corp")
    # the directory admin gives an imported user the domain's abuse address and a lookalike
    planted = replace(amy, aliases=("abuse@example.com", "\u0430my.pond@example.com"))
    run_sync(sqlite_database, [planted], OPTIONS, profile="corp")
    assert aliases() == []
    allowed = PlanOptions(domain="example.com", allow_role_addresses=True)
    run_sync(sqlite_database, [planted], allowed, profile="corp")
    assert aliases() == ["abuse"]
    run_sync(sqlite_database, [planted], allowed, profile="corp")  # and a later sync keeps it
    assert aliases() == ["abuse"]
