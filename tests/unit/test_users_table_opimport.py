"""The Users table keeps the admin's unticks across listings, by stable id."""

from __future__ import annotations

from ldapwizard.core.preview.table import UsersTable
from tests.unit.plan_entries import DOMAIN, new


def ticked(table: UsersTable) -> set[str]:
    return {e.user.username for e in table.checked_entries()}


def test_entries_unticked_before_stay_unticked_when_listed_again_by_stable_id():
    table = UsersTable(DOMAIN)
    table.append_entries([new("ann"), new("bob"), new("kim")])
    table.set_checked(2, False)  # kim
    unticked = table.unticked_ids()
    table.reset_entries([])  # the next listing starts
    table.carry_unticked(unticked)
    # the listing again, in another order, in two batches, with new objects
    table.append_entries([new("kim"), new("dan")])
    table.append_entries([new("ann")])
    assert ticked(table) == {"ann", "dan"}
    # ticked again by the admin, it stays ticked when the plan's entries replace the rows
    table.set_checked(0, True)
    table.reset_entries([new("kim"), new("dan"), new("ann")])
    assert ticked(table) == {"ann", "dan", "kim"}
