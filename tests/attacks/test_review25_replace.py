"""Review of issue 25 (item 2, "render writes like an installer"): a folder holding files
render did not write is refused with "--replace to write into it anyway (render replaces
only its own files there)". With --replace, render overwrites whatever file stands where it
writes one: a careless `render --instance --out /etc --replace` replaces the system's
postfix/main.cf and dovecot/dovecot.conf, without a word and without a copy.
"""

from __future__ import annotations

from tests.attacks.render_lab import make_lab
from tests.servers.mailstack import free_ports

ADMINS = "# the admin's own configuration, not render's\n"


def test_replace_keeps_the_files_render_did_not_write():
    with make_lab() as lab:
        etc = lab.base / "etc"
        for name in ("postfix/main.cf", "dovecot/dovecot.conf"):
            (etc / name).parent.mkdir(parents=True, exist_ok=True)
            (etc / name).write_text(ADMINS, encoding="utf-8")
        ports = [str(p) for p in free_ports(3)]
        options = ("--instance", "--group", "postfix", "--smtp-port", ports[0],
                   "--imap-port", ports[1], "--lmtp-port", ports[2])
        status, output = lab.render(etc, *options)
        assert status != 0 and "render replaces only its own files there" in output, output
        status, output = lab.render(etc, *options, "--replace")
        if status != 0:  # refusing to overwrite a file it did not write holds too
            return
        kept = {name: (etc / name).read_text(encoding="utf-8") == ADMINS
                for name in ("postfix/main.cf", "dovecot/dovecot.conf")}
        copies = [p for p in etc.rglob("*") if p.is_file()
                  and p.read_text("utf-8", "replace") == ADMINS]
        for name in (n for n, same in kept.items() if not same):
            # a copy kept aside beside it is a fair design too, if render's output names it
            aside = [p.relative_to(etc).as_posix() for p in copies
                     if p.parent == (etc / name).parent]
            assert aside, f"--replace overwrote the admin's {name}:\n{output}"
            assert aside[0] in output, f"{name} was kept aside as {aside[0]} silently"
        # a second render (the folder is render's now) keeps them as they are
        status, output = lab.render(etc, *options)
        assert status == 0, output
        assert all(p.read_text(encoding="utf-8") == ADMINS for p in copies), output
