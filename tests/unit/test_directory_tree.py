"""Ticked OUs become the searches the listing runs: no overlap, parents first."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.directory.tree import Choice, Scope, node_from_entry, search_scopes
from ldapwizard.core.errors import BadInput

BASE = "DC=corp,DC=example"


def test_an_ou_below_a_ticked_ou_with_sub_ous_is_dropped():
    scopes = search_scopes([Choice(f"OU=Berlin,OU=Sales,{BASE}"), Choice(f"OU=Sales,{BASE}"),
                            Choice(f"ou=engineering,{BASE}", subtree=False),
                            Choice(f"OU=Oslo,OU=Engineering,{BASE}")])
    assert scopes == [Scope(f"ou=engineering,{BASE}", "one"),
                      Scope(f"OU=Oslo,OU=Engineering,{BASE}", "sub"),
                      Scope(f"OU=Sales,{BASE}", "sub")]


def test_a_node_ticked_twice_counts_once_with_sub_ous_if_either_tick_has_them():
    scopes = search_scopes([Choice(f"OU=Sales,{BASE}", subtree=False),
                            Choice("ou=SALES, dc=corp,dc=example")])
    assert scopes == [Scope("ou=SALES, dc=corp,dc=example", "sub")]


def test_everything_below_a_ticked_root_is_one_search():
    scopes = search_scopes([Choice(f"OU=A,{BASE}"), Choice(BASE), Choice(f"OU=B,OU=A,{BASE}",
                                                                          subtree=False)])
    assert scopes == [Scope(BASE, "sub")]
    assert search_scopes([]) == []


def test_a_scope_applies_to_the_listings_search_settings():
    search = Scope(f"OU=Sales,{BASE}", "one").apply(SearchSettings(base_dn=BASE))
    assert (search.base_dn, search.scope) == (f"OU=Sales,{BASE}", "one")


def test_a_bad_dn_is_refused_with_the_problem():
    with pytest.raises(BadInput, match="not a valid DN"):
        search_scopes([Choice("OU=Sales,,DC=x")])


@pytest.mark.parametrize(("dn", "classes", "extra", "kind", "name", "may"), [
    ("OU=Sales,DC=corp,DC=example", [b"top", b"organizationalUnit"], {}, "ou", "Sales", True),
    ("CN=Builtin,DC=corp,DC=example", [b"top", b"builtinDomain"], {}, "builtin", "Builtin",
     True),
    ("DC=corp,DC=example", [b"top", b"domain", b"domainDNS"], {}, "domain", "corp.example",
     True),
    ("CN=Users,DC=corp,DC=example", [b"container"],
     {"msds-approx-immed-subordinates": [b"0"]}, "container", "Users", False),
    ("ou=empty,dc=example,dc=com", [b"organizationalUnit"], {"hassubordinates": [b"FALSE"]},
     "ou", "empty", False),
    ("o=Example", [b"organization"], {"hassubordinates": [b"TRUE"]}, "organization", "Example",
     True),
])
def test_a_node_has_a_kind_a_name_to_show_and_whether_it_may_have_children(dn, classes, extra,
                                                                          kind, name, may):
    node = node_from_entry(dn, {"objectclass": classes, **extra})
    assert (node.dn, node.kind, node.name, node.may_have_children) == (dn, kind, name, may)
