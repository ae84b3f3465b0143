"""Issue 30's planning: the lookalike check reads only the domain's non-ASCII keys, chosen by
the database (SQLite and PostgreSQL), and finds an existing lookalike as before."""

from __future__ import annotations

from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.planner import NEW, PROBLEM, PlanOptions, make_plan
from tests.unit.records import person

CYRILLIC_COP = "\u0441\u043e\u0440"  # "сор": drawn like the Latin "cop"


def test_only_the_non_ascii_keys_are_read_and_an_existing_lookalike_is_refused(database):
    with database.transaction() as db:
        domain = accounts.ensure_domain(db, "example.com")
        for name in ("plain", "jürgen", CYRILLIC_COP, "Ünal"):
            accounts.add_user(db, domain, accounts.NewUser(name, name))
        accounts.add_alias(db, domain, "ѕales", ["plain@example.com"])  # Cyrillic ѕ
    snapshot = database.snapshot("example.com")
    assert sorted(snapshot.namespace.non_ascii()) == sorted(
        ["jürgen", CYRILLIC_COP, "ünal", "ѕales"])
    assert snapshot.lookalikes() == {"": "", "cop": CYRILLIC_COP, "sales": "ѕales"}
    plan = make_plan([person("cop"), person("sales"), person("juergen"), person("ana")],
                     PlanOptions(domain="example.com"), snapshot)
    status = {e.user.username: (e.status, e.reason) for e in plan.entries}
    assert status["cop"][0] == PROBLEM and CYRILLIC_COP in status["cop"][1]
    assert status["sales"][0] == PROBLEM and "lookalike" in status["sales"][1]
    assert status["juergen"] == (NEW, "") and status["ana"] == (NEW, "")
