"""Groups, nested membership, mail-enabled groups and the OU tree against OpenLDAP, with and
without the memberOf overlay (issue 17). Expected members come from group_seed's data alone."""

from __future__ import annotations

import time
import uuid

import ldap3
import pytest

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.exclusions import Exclusions
from ldapwizard.core.directory.groups import (
    find_group,
    find_groups,
    mail_enabled_groups,
    search_groups,
)
from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.directory.membership import (
    Expander,
    expand_groups,
    mailing_lists,
    memberships_for,
)
from ldapwizard.core.directory.tree import children, read_node, tree_roots
from ldapwizard.core.errors import BadInput
from tests.servers import group_seed, seed
from tests.servers.slapd import start_slapd
from tests.servers.slapd_access import slapd_settings
from tests.servers.slapd_fixtures import require_slapd

pytestmark = pytest.mark.slapd

PEOPLE = 2500


@pytest.fixture(scope="module")
def group_ldif(tmp_path_factory):
    """A seed of 2,500 people (the groups are added over LDAP, after start)."""
    path = tmp_path_factory.mktemp("groups-seed") / "seed.ldif"
    return path, seed.write_ldif(path, users=PEOPLE)


@pytest.fixture(scope="module", params=["memberof-overlay", "no-overlay"])
def group_slapd(request, tmp_path_factory, slapd_pki, group_ldif):
    """A slapd with the seed and group_seed's groups, with or without the memberOf overlay."""
    require_slapd()
    path, summary = group_ldif
    overlay = request.param == "memberof-overlay"
    server = start_slapd(tmp_path_factory.mktemp(f"groups-{request.param}"), path, slapd_pki,
                         member_of=overlay)
    specs = group_seed.slapd_groups(summary)
    try:
        group_seed.add_slapd_groups(server, specs)
        yield server, summary, specs, overlay
    finally:
        server.kill()


@pytest.fixture
def directory(group_slapd):
    server = group_slapd[0]
    with open_directory(slapd_settings(server), server.reader_password) as directory:
        yield directory


def expected(summary, specs, root: str, nested: bool = True):
    """(users, others, missing, groups met) of a group, lower-cased DNs, from the seed data."""
    uid_dn = {dn.split(",")[0][4:].lower(): dn for dn in group_seed.seed_user_dns(summary)}
    walk = {}
    for spec in specs.values():
        members = [*spec.members, *(m.split("#'")[0] for m in spec.unique_members),
                   *(uid_dn[u.lower()] for u in spec.uids if u.lower() in uid_dn)]
        walk[spec.dn.lower()] = (tuple(members), True)
    members, met = group_seed.expected_members(walk, [specs[root].dn], nested)
    others = {summary.reader_dn.lower()} & members
    missing = {m for m in members if m.startswith("uid=gone-for-good")}
    return members - others - missing, others, missing, met


def keys(dns) -> set[tuple]:
    return {dnmod.dn_key(dn) for dn in dns}


@pytest.mark.parametrize("root", ["Staff A", "Team B", "Unique C", "Posix D", "Mail F",
                                  "Big E"])
def test_nested_membership_equals_the_expansion_of_the_seeded_groups(directory, group_slapd,
                                                                    root):
    _, summary, specs, _ = group_slapd
    users, others, missing, met = expected(summary, specs, root)
    membership = expand_groups(directory, [find_group(directory, root)])
    assert set(membership.users) == keys(users)
    assert set(membership.others) == keys(others)
    assert set(membership.missing) == keys(missing)
    assert set(membership.groups) == keys(met)
    reaches_posix = root == "Posix D" or specs["Posix D"].dn.lower() in met
    assert membership.unresolved_uids == (["ghost"] if reaches_posix else [])
    assert all(membership.has_user(dn.upper()) for dn in users)


def test_a_loop_ends_and_each_group_is_read_once(directory, group_slapd):
    specs = group_slapd[2]
    before = directory.requests
    membership = Expander(directory).expand(specs["Staff A"].dn)
    assert keys(membership.groups.values()) == keys(
        [specs[name].dn for name in ("Team B", "Posix D", "Unique C")])
    # the loop back to Staff A is met, not followed again nor listed as a nested group
    assert dnmod.dn_key(specs["Staff A"].dn) not in membership.groups
    assert membership.requests == directory.requests - before


def test_direct_members_only_lists_nested_groups_without_expanding_them(directory, group_slapd):
    _, summary, specs, _ = group_slapd
    users, _, _, met = expected(summary, specs, "Staff A", nested=False)
    membership = expand_groups(directory, [specs["Staff A"].dn], nested=False)
    assert set(membership.users) == keys(users)
    assert set(membership.groups) == keys(met)
    assert len(users) == 34  # 30 people, 3 specially named, 1 written in capitals


def test_members_that_are_not_users_keep_dn_and_classes_and_the_uid_suffix_is_stripped(
        directory, group_slapd):
    _, summary, specs, _ = group_slapd
    membership = expand_groups(directory, [specs["Unique C"].dn])
    (other,) = membership.others.values()
    assert dnmod.same_dn(other.dn, summary.reader_dn)
    assert other.kind == "other" and "organizationalRole" in other.object_classes
    assert len(membership.users) == 10
    assert [dn.split(",")[0] for dn in membership.missing.values()] == ["uid=gone-for-good"]


def test_groups_are_found_by_name_in_any_case_or_by_dn(directory, group_slapd):
    specs = group_slapd[2]
    found = find_group(directory, "  sTaFf a ")
    assert dnmod.same_dn(found.dn, specs["Staff A"].dn) and found.kind == "groupOfNames"
    assert find_group(directory, specs["Posix D"].dn.upper()).kind == "posixGroup"
    assert find_group(directory, "Unique C").kind == "groupOfUniqueNames"
    ids = {find_group(directory, name).stable_id for name in ("Staff A", "Team B", "Posix D")}
    assert len(ids) == 3 and all(uuid.UUID(i) for i in ids)  # entryUUID
    assert len(find_groups(directory, ["Team B", "team b", specs["Team B"].dn])) == 1


def test_a_name_of_several_groups_no_group_or_a_non_group_is_refused_clearly(directory,
                                                                            group_slapd):
    specs = group_slapd[2]
    with pytest.raises(BadInput) as caught:
        find_group(directory, "twin")
    twins = [spec.dn for spec in specs.values() if spec.name == "Twin"]
    assert '"twin" names 2 groups' in caught.value.message
    assert all(dn in caught.value.message for dn in twins)
    assert "DN" in caught.value.hint
    with pytest.raises(BadInput, match='No group named "Nobody"'):
        find_group(directory, "Nobody")
    with pytest.raises(BadInput, match="is not a group"):
        find_group(directory, seed.PEOPLE_DN)
    with pytest.raises(BadInput, match="There is no group"):
        find_group(directory, f"cn=Nobody,{group_seed.LISTS_DN}")


def test_searching_groups_by_typed_text_is_sorted_and_limited(directory):
    found = search_groups(directory, "a", base=group_seed.LISTS_DN)
    names = [g.name for g in found.groups]
    assert names == ["Big E", "Mail F", "Staff A", "Team B"]  # Big E by its address
    assert not found.truncated
    limited = search_groups(directory, "", limit=3)
    assert len(limited.groups) == 3 and limited.truncated
    assert search_groups(directory, "big-e@").groups[0].name == "Big E"
    assert search_groups(directory, "*)(cn=").groups == ()


def test_mail_enabled_groups_become_lists_with_their_members_expanded(directory, group_slapd):
    _, summary, specs, _ = group_slapd
    assert [g.name for g in mail_enabled_groups(directory)] == ["Big E", "Mail F"]
    lists = mailing_lists(directory, group_seed.LISTS_DN)
    assert [(m.group.name, m.address) for m in lists] == [
        ("Big E", "big-e@example.com"), ("Mail F", "lists-f@example.com")]
    for mailing_list in lists:
        users, others, _, _ = expected(summary, specs, mailing_list.group.name)
        assert set(mailing_list.membership.users) == keys(users)
        assert set(mailing_list.membership.others) == keys(others)
    assert len(lists[0].membership.users) == 2000


def test_memberof_exclusion_rules_use_the_nested_membership(directory, group_slapd):
    _, summary, specs, _ = group_slapd
    rules = Exclusions.parse(["mail absent", "memberof team b"])
    groups = memberships_for(directory, rules.groups())
    in_unique_c = specs["Unique C"].unique_members[0].split("#'")[0]
    rule = rules.first_match(in_unique_c, {"mail": [b"x@example.com"]}, groups)
    assert str(rule) == "rule 2: memberof team b"
    outsider = group_seed.seed_user_dns(summary)[1500]
    assert rules.first_match(outsider, {"mail": [b"y@example.com"]}, groups) is None


def test_the_memberof_overlay_is_used_where_it_works_and_never_needed(directory, group_slapd):
    server, _, specs, overlay = group_slapd
    admin = ldap3.Connection(ldap3.Server(server.host, port=server.ldap_port,
                                          get_info=ldap3.NONE),
                             server.root_dn, server.root_password, auto_bind=True)
    admin.search(specs["Big E"].members[0], "(objectClass=*)", ldap3.BASE,
                 attributes=["memberOf"])
    assert bool(admin.entries[0].entry_attributes_as_dict.get("memberOf")) == overlay
    admin.unbind()
    started = time.perf_counter()
    membership = Expander(directory).expand(specs["Big E"].dn)
    seconds = time.perf_counter() - started
    assert len(membership.users) == 2000
    print(f"\nBig E (2,000 members), memberOf overlay {overlay}: "
          f"{membership.requests} requests, {seconds:.2f} s")
    # memberOf: the group, then 2,000 entries in pages of 500 (the reader's limit); without:
    # the group, one memberOf search that finds nothing, batches of 200 per OU
    assert membership.requests <= (6 if overlay else 30)


def test_the_tree_has_the_naming_context_and_containers_one_level_at_a_time(directory):
    (root,) = tree_roots(directory)
    assert (root.dn, root.kind, root.name) == (seed.BASE_DN, "domain", "example.com")
    top = children(directory, seed.BASE_DN)
    assert [(n.name, n.kind) for n in top] == [
        ("groups", "ou"), ("lists", "ou"), ("people", "ou"), ("policies", "ou")]
    people = children(directory, seed.PEOPLE_DN, page_size=2)
    assert [n.name for n in people] == ["berlin", "hr", "london", "marketing", "München",
                                        "R&D, Labs", "sales"]
    assert all(n.may_have_children for n in people)
    lists = children(directory, group_seed.LISTS_DN)
    assert [(n.name, n.may_have_children) for n in lists] == [("empty", False), ("more", True)]
    assert children(directory, group_seed.EMPTY_OU_DN) == []
    assert read_node(directory, f"ou=R\\26D\\2C Labs,{seed.PEOPLE_DN}").name == "R&D, Labs"
