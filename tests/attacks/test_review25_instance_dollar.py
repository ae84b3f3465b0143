"""Review of issue 25 ("nothing reaches a configuration file unchecked"): `render --instance`
writes the --out path as it is into Postfix's main.cf, where `$NAME` is a parameter
reference. A folder named `inst$myhostname` makes root's Postfix use a queue, data folder
and lookup tables in a folder render never checked (`…/instmail.ldapwizard.invalid`; for an
--out such as /tmp/inst$myhostname one that any local user may create first), while render
checked and wrote another one.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.attacks.render_lab import make_lab
from tests.servers.mailstack import free_ports

pytestmark = pytest.mark.skipif(not shutil.which("postconf", path="/usr/sbin:/usr/bin"),
                                reason="asks Postfix's postconf how it reads main.cf")


def test_postfix_reads_the_instance_paths_render_wrote():
    with make_lab() as lab:
        parent = lab.base / "inst$myhostname"
        parent.mkdir(mode=0o755)
        out = parent / "i"
        ports = [str(p) for p in free_ports(3)]
        status, output = lab.render(out, "--instance", "--group", "postfix", "--smtp-port",
                                    ports[0], "--imap-port", ports[1], "--lmtp-port", ports[2])
        if status != 0:  # refusing such a folder by name is what a careful render does
            assert "$" in output
            return
        result = subprocess.run(["postconf", "-c", str(out / "postfix"), "-x", "-h",
                                 "queue_directory", "data_directory"],
                                capture_output=True, text=True, check=True)
        assert result.stdout.split() == [str(out / "spool"), str(out / "data")]
