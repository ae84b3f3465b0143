"""Issue 25, item 2: `mailstack render` writes like an installer. Another user's links and
folders in `--out` (or `--out` itself a link) make root neither write through them nor change
their targets; a folder of someone else's or writable by others is refused; a folder holding
other files is refused unless `--replace`; stale files go; existing folders keep their mode."""

from __future__ import annotations

import os
import stat

import pytest

from tests.attacks.render_lab import (
    DIRECTORIES,
    SECRET,
    as_nobody,
    fill,
    make_lab,
    nobody_uid,
    snapshot,
)


@pytest.fixture
def lab():
    """A folder others can reach, a database and a victim (render_lab.Lab)."""
    with make_lab() as made:
        yield made


def written(out) -> dict[str, bytes]:
    """Every regular file under `out` and its content."""
    return {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*")
            if p.is_file() and not p.is_symlink()}


def test_links_planted_in_a_folder_of_another_user_are_refused_not_followed(lab):
    out = lab.base / "out"  # e.g. a home folder, or a folder handed over to a user
    out.mkdir(mode=0o755)
    os.chown(out, nobody_uid(), 65534)
    as_nobody("mkdir", "-m", "0755", str(out / "dovecot"), str(out / "postfix"))
    as_nobody("ln", "-s", str(lab.victim), str(out / "README.md"))
    as_nobody("ln", "-s", str(lab.victim), str(out / "postfix" / "main.cf.snippet"))
    as_nobody("ln", "-s", str(lab.victim_dir), str(out / "dovecot" / "ldap-1.conf.ext"))
    before = snapshot(lab.victim), snapshot(lab.victim_dir)
    status, output = lab.render(out, "--replace")
    assert status == 2
    assert f"The folder {out} belongs to another user" in output
    assert (snapshot(lab.victim), snapshot(lab.victim_dir)) == before


def test_links_planted_in_a_folder_others_may_write_are_refused_not_followed(lab):
    for mode in (0o777, 0o1777, 0o775):  # writable by others (even sticky), by its group
        out = lab.shared_folder(f"out-{mode:o}", mode)
        os.chown(out, 0, 65534 if mode == 0o775 else 0)
        if mode == 0o775:  # nobody is not in the group: root's link stands for a member's
            os.symlink(lab.victim, out / "README.md")
        else:
            as_nobody("ln", "-s", str(lab.victim), str(out / "README.md"))
        before = snapshot(lab.victim)
        status, output = lab.render(out, "--replace")
        assert status == 2
        whom = "its group" if mode == 0o775 else "others"
        assert f"The folder {out} is writable by {whom}" in output
        assert "chmod go-w" in output
        assert snapshot(lab.victim) == before
        assert stat.S_IMODE(out.stat().st_mode) == mode  # not chmodded either


def test_a_link_planted_as_the_out_folder_itself_is_refused(lab):
    tmp = lab.shared_folder("tmp", 0o1777)  # as /tmp: anyone may plant a name there
    as_nobody("ln", "-s", str(lab.victim_dir), str(tmp / "mail-set"))
    before = snapshot(lab.victim_dir), snapshot(lab.victim)
    status, output = lab.render(tmp / "mail-set")
    assert status == 2
    assert f"{tmp / 'mail-set'} is a symbolic link" in output
    assert (snapshot(lab.victim_dir), snapshot(lab.victim)) == before
    # a folder another user made there is theirs: refused as well
    as_nobody("mkdir", "-m", "0755", str(tmp / "theirs"))
    status, output = lab.render(tmp / "theirs")
    assert status == 2 and "belongs to another user" in output
    assert os.listdir(tmp / "theirs") == []
    # a folder of ours below a sticky one is fine, as under /tmp
    assert lab.render(tmp / "ours")[0] == 0


def test_a_link_among_the_parents_is_followed_only_where_nobody_else_could_plant_it(lab):
    tmp = lab.shared_folder("tmp", 0o1777)
    as_nobody("ln", "-s", str(lab.victim_dir), str(tmp / "parent"))
    before = snapshot(lab.victim_dir)
    status, output = lab.render(tmp / "parent" / "out")
    assert status == 2 and f"{tmp / 'parent'} is a symbolic link" in output
    assert snapshot(lab.victim_dir) == before
    # root's own link in root's own folder (as /var/run -> /run) is followed
    real = lab.base / "real"
    real.mkdir(mode=0o755)
    os.symlink(real, lab.base / "alias")
    assert lab.render(lab.base / "alias" / "out")[0] == 0
    assert (real / "out" / "README.md").is_file()


def test_links_left_in_the_folder_render_wrote_are_replaced_or_refused_never_followed(lab):
    out = lab.base / "out"
    assert lab.render(out)[0] == 0
    for name in ("README.md", "dovecot/ldap-1.conf.ext", "postfix/virtual-domains.cf"):
        (out / name).unlink()
        os.symlink(lab.victim, out / name)
        os.lchown(out / name, nobody_uid(), -1)
    before = snapshot(lab.victim)
    status, output = lab.render(out)
    assert status == 0, output
    assert snapshot(lab.victim) == before
    for name in ("README.md", "dovecot/ldap-1.conf.ext", "postfix/virtual-domains.cf"):
        assert not (out / name).is_symlink() and (out / name).is_file()
    assert stat.S_IMODE((out / "dovecot" / "ldap-1.conf.ext").stat().st_mode) == 0o600
    # a folder render writes into, swapped for a link to root's private folder
    (out / "dovecot").rename(lab.base / "old-dovecot")
    os.symlink(lab.victim_dir, out / "dovecot")
    os.lchown(out / "dovecot", nobody_uid(), -1)
    before = snapshot(lab.victim_dir)
    status, output = lab.render(out)
    assert status == 2 and f"{out / 'dovecot'} is a symbolic link" in output
    assert snapshot(lab.victim_dir) == before and snapshot(lab.victim)[4:] == \
        (b"root's own secret\n",)


def test_a_folder_holding_other_files_is_refused_unless_replace(lab):
    out = lab.base / "etc-copy"
    out.mkdir(mode=0o755)
    (out / "keep.txt").write_text("the admin's own file\n", encoding="utf-8")
    status, output = lab.render(out)
    assert status == 2
    assert f"{out} already holds files that render did not write" in output
    assert "--replace" in output
    assert os.listdir(out) == ["keep.txt"]
    status, output = lab.render(out, "--replace")
    assert status == 0, output
    assert (out / "keep.txt").read_text(encoding="utf-8") == "the admin's own file\n"
    # from now on render knows the folder as its own, and keeps the admin's file
    assert lab.render(out)[0] == 0
    assert (out / "keep.txt").exists()


def test_a_second_render_removes_the_files_it_no_longer_writes(lab):
    out = lab.base / "out"
    assert lab.render(out)[0] == 0
    assert SECRET.encode() in (out / "dovecot" / "ldap-2.conf.ext").read_bytes()
    one = lab.base / "db" / "one.sqlite"
    fill(one, DIRECTORIES[:1])
    status, output = lab.render(out, db=one)
    assert status == 0, output
    assert not (out / "dovecot" / "ldap-2.conf.ext").exists()
    assert "removed (written by the last render, not by this one): dovecot/ldap-2.conf.ext" \
        in output
    assert [p for p, data in written(out).items() if SECRET.encode() in data] == \
        ["dovecot/ldap-1.conf.ext"]


def test_an_existing_folder_keeps_its_mode_and_owner(lab):
    out = lab.base / "private-out"
    out.mkdir(mode=0o700)
    (out / "postfix").mkdir(mode=0o750)
    os.chown(out / "postfix", 0, 65534)
    assert lab.render(out, "--replace")[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    info = (out / "postfix").stat()
    assert (stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid) == (0o750, 0, 65534)
    # folders render makes get their mode from the start, whatever the umask
    previous = os.umask(0o077)
    try:
        assert lab.render(lab.base / "fresh" / "out")[0] == 0
    finally:
        os.umask(previous)
    for folder in ("fresh", "fresh/out", "fresh/out/dovecot"):
        assert stat.S_IMODE((lab.base / folder).stat().st_mode) == 0o755
    assert stat.S_IMODE((lab.base / "fresh/out/README.md").stat().st_mode) == 0o644


def test_an_instance_never_gives_an_existing_folder_to_a_daemon(lab):
    out = lab.base / "instance"
    out.mkdir(mode=0o755)
    os.symlink(lab.victim_dir, out / "mail")  # the Maildirs' folder, a link to root's folder
    os.lchown(out / "mail", nobody_uid(), -1)
    (out / "data").mkdir(mode=0o755)  # Postfix's data folder, already root's
    before = snapshot(lab.victim_dir)
    status, output = lab.render(out, "--replace", "--instance", "--smtp-port", "1",
                                "--imap-port", "2", "--lmtp-port", "3")
    assert status == 2
    assert f"The folder {out / 'data'} belongs to uid 0" in output
    assert snapshot(lab.victim_dir) == before
    info = (out / "data").stat()
    assert (stat.S_IMODE(info.st_mode), info.st_uid) == (0o755, 0)
