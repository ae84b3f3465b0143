"""Who to import on the bundled demo directory (ldap3's offline mock, the demo mode): its OU
tree, a group's members, a rule and a group as a mailing list, from the command line."""

from __future__ import annotations

from ldapwizard.cli import run
from ldapwizard.core.directory.groups import search_groups
from ldapwizard.core.directory.tree import children, tree_roots
from ldapwizard.core.job.demo import open_demo_directory


def test_the_demo_has_a_tree_and_groups_to_choose_from():
    with open_demo_directory() as directory:
        root = tree_roots(directory)[0]
        assert [n.name for n in children(directory, root.dn)] == ["Company", "Users"]
        company = next(n for n in children(directory, root.dn) if n.name == "Company")
        assert {"Engineering", "Sales", "Finance"} <= {
            n.name for n in children(directory, company.dn)}
        found = search_groups(directory, "berlin").groups
        assert {g.name for g in found} == {"Engineering Berlin", "All Sales and Berlin"}


def test_members_a_rule_and_a_list_on_the_demo_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "users.sqlite")
    common = ["--domain", "demo.example", "--db", db, "--member-of",
              "Engineering Berlin", "--exclude", "sn is Quinn", "--groups-as-lists"]
    assert run(["--demo", "preview", *common]) == 0
    out = capsys.readouterr().out
    assert "283 left out by the choice of who to import" in out
    assert "Mailing lists: 1 new" in out
    assert run(["--demo", "import", *common, "--all"]) == 0
    assert "0 failed" in capsys.readouterr().out
    assert run(["db", "show", "--db", db]) == 0
    assert "1 mailing list\n" in capsys.readouterr().out
