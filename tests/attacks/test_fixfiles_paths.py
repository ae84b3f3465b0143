"""Issue 25 review, the cases around the review's tests: the folders above the shared
database (another group's, a link leading past them, a sticky one), paths Postfix would read
as syntax, and files render did not write standing where it writes."""

from __future__ import annotations

import grp
import os
import tempfile
from pathlib import Path

import pytest

from ldapwizard.cli import run
from tests.attacks.render_lab import make_lab, nobody_uid, other_user_missing_reason
from tests.servers.mailstack import free_ports

pytestmark = pytest.mark.skipif(other_user_missing_reason() is not None,
                                reason=str(other_user_missing_reason()))


def share(db: Path, capsys) -> tuple[int, str]:
    code = run(["db", "init", "--db", str(db), "--group", "postfix"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def base():
    """A root-owned 0755 folder under /tmp (sticky, root's: passed through)."""
    with make_lab() as lab:
        yield lab.base


def test_a_folder_above_writable_by_another_group_is_refused(base, capsys):
    """As Debian's /var/local (root:staff 2775): staff could swap the database's folder."""
    above = base / "local"
    above.mkdir()
    os.chown(above, 0, grp.getgrnam("staff").gr_gid)
    above.chmod(0o2775)
    code, output = share(above / "maildb" / "users.sqlite", capsys)
    assert code == 2 and f"{above} may be written by the group staff" in output, output
    assert "What to do:" in output and not (above / "maildb").exists()


def test_a_link_above_does_not_lead_past_another_users_folder(base, capsys):
    """The path as given is root's all the way; the link in it points into nobody's home."""
    home = base / "home"
    home.mkdir(mode=0o755)
    os.chown(home, nobody_uid(), -1)
    (home / "srv").mkdir(mode=0o755)  # root's, inside nobody's folder
    (base / "srv").symlink_to(home / "srv")
    code, output = share(base / "srv" / "maildb" / "users.sqlite", capsys)
    assert code == 2 and f"{home} belongs to nobody" in output, output
    assert not (home / "srv" / "maildb").exists()


def test_a_sticky_folder_above_is_passed_through(base, capsys):
    sticky = base / "shared"
    sticky.mkdir()
    sticky.chmod(0o1777)
    mine = Path(tempfile.mkdtemp(dir=sticky))  # root's, inside the sticky folder
    code, output = share(mine / "maildb" / "users.sqlite", capsys)
    assert code == 0, output
    assert (mine / "maildb" / "users.sqlite").is_file()


@pytest.mark.parametrize("name", ["a b", "a,b", "a{b}", "a;b", "a'b"])
def test_an_instance_folder_postfix_would_split_is_refused(name):
    with make_lab() as lab:
        out = lab.base / name
        smtp, imap = free_ports(2)
        status, output = lab.render(out, "--instance", "--smtp-port", str(smtp),
                                    "--imap-port", str(imap))
        assert status == 2 and repr(str(out)) in output, output
        assert not out.exists()


def test_a_server_database_path_with_a_dollar_is_refused():
    """--server-db goes into the Postfix tables and Dovecot's sql file as it is."""
    with make_lab() as lab:
        status, output = lab.render(lab.base / "out", "--server-db", "/var/lib/$mail/u.sqlite")
        assert status == 2 and "'/var/lib/$mail/u.sqlite' holds '$'" in output, output


def test_a_planted_link_where_render_writes_is_kept_aside_not_followed():
    """With --replace, a link standing at postfix/main.cf is renamed aside, its target left
    as it was, and a second kept file takes the next free name."""
    with make_lab() as lab:
        out = lab.base / "out"
        (out / "postfix").mkdir(parents=True)
        (out / "postfix" / "main.cf").symlink_to(lab.victim)
        (out / "postfix" / "main.cf.before-ldapwizard").write_text("older\n")
        before = lab.victim.read_bytes()
        smtp, imap = free_ports(2)
        status, output = lab.render(out, "--instance", "--smtp-port", str(smtp),
                                    "--imap-port", str(imap), "--replace")
        assert status == 0, output
        aside = out / "postfix" / "main.cf.before-ldapwizard.1"
        assert aside.is_symlink() and os.readlink(aside) == str(lab.victim)
        assert "kept aside as postfix/main.cf.before-ldapwizard.1" in output
        assert lab.victim.read_bytes() == before
        assert (out / "postfix" / "main.cf.before-ldapwizard").read_text() == "older\n"
        assert not (out / "postfix" / "main.cf").is_symlink()
