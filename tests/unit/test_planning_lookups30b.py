"""Issue 30, planning's look-ups: a page asks the sign-in names once (logins and the aliases'
addresses together), and a domain nobody was imported into yet is not asked for a page's
stable ids; the verdicts are as before."""

from __future__ import annotations

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.planner import HIDDEN, NEW, PlanOptions, make_plan
from tests.unit.records import person

OPTIONS = PlanOptions(domain="example.com")


def _planned(database, users):
    """The plan, and the statements the database ran while planning."""
    statements: list[str] = []
    database.connection.set_trace_callback(statements.append)
    try:
        plan = make_plan(users, OPTIONS, database.snapshot("example.com"))
    finally:
        database.connection.set_trace_callback(None)
    return plan, statements


def test_a_page_asks_the_sign_in_names_once_with_its_aliases_addresses(sqlite_database):
    with sqlite_database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.add_user(db, domain, accounts.NewUser("carol", "carol"))
    users = [person("amy", aliases=["a@example.com"]), person("bob"), person("carol")]
    plan, statements = _planned(sqlite_database, users)
    assert sum("FROM login_names WHERE name_key IN" in s for s in statements) == 1
    status = {e.user.username: (e.status, e.aliases) for e in plan.entries}
    assert status["amy"] == (NEW, ("a",)) and status["bob"] == (NEW, ())
    assert status["carol"][0] == HIDDEN


def test_a_domain_without_imported_users_is_not_asked_for_stable_ids(sqlite_database):
    with sqlite_database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        accounts.add_user(db, domain, accounts.NewUser("local", "local"))
    plan, statements = _planned(sqlite_database, [person("amy"), person("bob")])
    assert not any("stable_id IN" in s for s in statements)
    assert [e.status for e in plan.entries] == [NEW, NEW]
    # once one was imported, the page's ids are asked for and an imported one is hidden
    with sqlite_database.transaction() as db:
        accounts.add_user(db, domain, accounts.NewUser("amy", "amy", stable_id="id-amy"))
    plan, statements = _planned(sqlite_database, [person("amy", email="amy2@example.com"),
                                                  person("bob")])
    assert sum("stable_id IN" in s for s in statements) == 1
    assert [(e.status, e.reason) for e in plan.entries] == [
        (HIDDEN, "already imported as amy@example.com"), (NEW, "")]
