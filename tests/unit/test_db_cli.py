"""The `db` commands and the import commands' bad-input paths, as an admin types them."""


from ldapwizard.cli import run
from ldapwizard.core.maildb.database import default_path


def test_db_commands_use_the_default_location_and_show_counts(capsys):
    assert run(["db", "init"]) == 0
    assert default_path().exists()
    assert run(["db", "add-user", "Anna@Example.com", "--display-name", "Anna"]) == 0
    assert run(["db", "add-alias", "info@example.com", "anna@example.com"]) == 0
    assert run(["db", "add-list", "all@example.com", "anna@example.com", "bob@example.org"]) == 0
    capsys.readouterr()
    assert run(["db", "show"]) == 0
    out = capsys.readouterr().out
    assert ("example.com: 1 user (0 directory-authenticated), 1 alias, 1 mailing list"
            in out)


def test_a_taken_address_and_bad_addresses_are_bad_input(capsys):
    assert run(["db", "add-user", "anna@example.com"]) == 0
    assert run(["db", "add-list", "ANNA@example.com"]) == 2
    assert "user anna@example.com exists" in capsys.readouterr().err
    assert run(["db", "add-user", "not an address"]) == 2
    assert run(["db", "add-user", "a@b"]) == 2
    assert '"b" is not a valid mail domain' in capsys.readouterr().err


def test_show_and_undo_on_a_missing_database_say_so(tmp_path, capsys):
    assert run(["db", "show", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "no user database" in capsys.readouterr().err
    assert run(["undo", "3", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert not (tmp_path / "none.sqlite").exists()


def test_demo_preview_import_dry_run_and_undo(capsys):
    assert run(["--demo", "import", "--all", "--domain", "demo.example", "--dry-run"]) == 0
    assert "nothing was written" in capsys.readouterr().out
    assert run(["--demo", "import", "--all", "--domain", "demo.example"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Batch 1: ")
    assert run(["undo", "1"]) == 0
    assert run(["undo", "1"]) == 2
    assert "already undone" in capsys.readouterr().err



def test_import_without_a_domain_in_the_options_or_the_profile_exits_2_naming_it(capsys):
    assert run(["--demo", "import", "--all"]) == 2
    assert "--domain" in capsys.readouterr().err


def test_import_needs_all_or_a_selection(capsys):
    assert run(["--demo", "import", "--domain", "demo.example"]) == 2
    assert "--all new entries, or --select FILE" in capsys.readouterr().err


def test_a_dry_run_leaves_no_file_behind_and_the_existing_one_untouched(tmp_path, capsys):
    missing = tmp_path / "new" / "users.sqlite"
    assert run(["--demo", "import", "--all", "--domain", "demo.example", "--db", str(missing),
                "--dry-run"]) == 0
    assert not missing.parent.exists()
    existing = tmp_path / "users.sqlite"
    assert run(["db", "add-user", "--db", str(existing), "boss@demo.example"]) == 0
    before = existing.read_bytes()
    assert run(["--demo", "import", "--all", "--domain", "demo.example", "--db",
                str(existing), "--dry-run"]) == 0
    assert "nothing was written" in capsys.readouterr().out
    assert existing.read_bytes() == before
    assert not (tmp_path / "users.sqlite-wal").exists() or \
        (tmp_path / "users.sqlite-wal").stat().st_size == 0


def test_list_members_are_added_and_removed_by_hand_with_what_happened(capsys):
    assert run(["db", "add-user", "anna@example.com"]) == 0
    assert run(["db", "add-list", "team@example.com", "anna@example.com"]) == 0
    capsys.readouterr()
    assert run(["db", "add-member", "Team@example.com", "partner@elsewhere.org"]) == 0
    assert ("Added partner@elsewhere.org to team@example.com by hand: every sync keeps it"
            in capsys.readouterr().out)
    assert run(["db", "add-member", "team@example.com", "PARTNER@elsewhere.org"]) == 0
    assert ("partner@elsewhere.org is a member of team@example.com added by hand already; "
            "nothing was changed." in capsys.readouterr().out)
    assert run(["db", "add-member", "team@example.com", "nobody@example.com"]) == 2
    assert "no user, alias or mailing list nobody@example.com" in capsys.readouterr().err
    assert run(["db", "add-member", "anna@example.com", "x@elsewhere.org"]) == 2
    assert "anna@example.com is a user, not a mailing list" in capsys.readouterr().err
    assert run(["db", "remove-member", "team@example.com", "partner@elsewhere.org"]) == 0
    assert "Removed partner@elsewhere.org from team@example.com." in capsys.readouterr().out
    assert run(["db", "remove-member", "team@example.com", "partner@elsewhere.org"]) == 0
    assert "is not a member of team@example.com; nothing was changed" in \
        capsys.readouterr().out
