"""A listing from slapd planned against a user database whose names are read lazily gives the
same plan as against every name read up front, in the parent and in the listing process."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ldapwizard.core.directory.listing import list_users, open_directory
from ldapwizard.core.job.listing_process import list_and_plan
from ldapwizard.core.maildb import accounts
from ldapwizard.core.maildb.database import Snapshot, UserDatabase
from ldapwizard.core.maildb.planner import HIDDEN, PlanOptions, make_plan
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD

pytestmark = pytest.mark.slapd


def eager(database: UserDatabase, domain_id: int) -> Snapshot:
    """Every name of the domain read in full, as the planner's inputs once were."""
    rows = database.connection.execute(
        "SELECT local_key, 'user', local_part FROM users WHERE domain_id = ?1 UNION ALL "
        "SELECT local_key, 'alias', local_part FROM aliases WHERE domain_id = ?1 UNION ALL "
        "SELECT local_key, 'list', local_part FROM lists WHERE domain_id = ?1", (domain_id,))
    usernames = database.connection.execute("SELECT username FROM users")  # every domain
    return Snapshot(domain_id, {key: (kind, local) for key, kind, local in rows},
                    {name.casefold() for (name,) in usernames},
                    dict(database.imported_ids(domain_id)))


@pytest.fixture
def listing(reader, people_search):
    return list_users(reader, READER_PASSWORD, people_search).users


@pytest.fixture
def filled(tmp_path, listing) -> UserDatabase:
    """Names that collide with listed users in every way the planner looks at."""
    users = [u for u in listing if u.email and u.email.endswith("@" + seed.MAIL_DOMAIN)]
    path = tmp_path / "users.sqlite"
    with UserDatabase.open(path, write=True, create=True) as database, \
            database.transaction() as db:
        domain = accounts.ensure_domain(db, seed.MAIL_DOMAIN)
        local = [u.email.rpartition("@")[0] for u in users]
        # the same address in another case, its owner logging in by that name
        accounts.add_user(db, domain, accounts.NewUser(local[0].upper(), local[0].upper()))
        # a user whose login name is a listed user's local part, its own address elsewhere
        accounts.add_user(db, domain, accounts.NewUser("someone-else", local[1].title()))
        accounts.add_alias(db, domain, local[2].upper(), ["someone-else@" + seed.MAIL_DOMAIN])
        accounts.add_list(db, domain, local[3], "A list", [])
        # already imported under its stable id
        accounts.add_user(db, domain, accounts.NewUser(
            "moved", "moved", auth="directory", directory_dn=users[4].dn,
            stable_id=users[4].stable_id))
        for i in range(300):  # plenty of names nobody in the directory uses, in both cases
            name = f"old{i}" if i % 2 else f"Old{i}"
            accounts.add_user(db, domain, accounts.NewUser(f"old{i}", name))
    database = UserDatabase.open(path)
    yield database
    database.close()


@pytest.mark.parametrize("username_source", ["email", "directory"])
def test_lazy_names_plan_like_names_read_in_full(filled, listing, username_source):
    domain_id = filled.domain_id(seed.MAIL_DOMAIN)
    options = PlanOptions(domain=seed.MAIL_DOMAIN, username_source=username_source)
    lazy = make_plan(listing, options, filled.snapshot(seed.MAIL_DOMAIN))
    full = make_plan(listing, options, eager(filled, domain_id))
    assert lazy.entries == full.entries
    reasons = [e.reason for e in lazy.entries if e.status == HIDDEN]
    assert any(r.startswith("user ") and r.endswith(" exists") for r in reasons)
    assert any(r.startswith("alias ") for r in reasons)
    assert any(r.startswith("mailing list ") for r in reasons)
    assert any(r.startswith("already imported as moved@") for r in reasons)
    if username_source == "email":
        assert any(r.startswith("login ") for r in reasons)


def test_the_listing_process_keeps_the_database_open_while_it_plans(filled, reader,
                                                                    people_search, listing):
    options = PlanOptions(domain=seed.MAIL_DOMAIN)
    plan = list_and_plan(open_directory, reader, READER_PASSWORD,
                         replace(people_search, page_size=100), options, filled.path)
    domain_id = filled.domain_id(seed.MAIL_DOMAIN)
    assert plan.entries == make_plan(listing, options, eager(filled, domain_id)).entries
