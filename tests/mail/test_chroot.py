"""Issue 26, item 2: the instance works under the distribution's own master.cf, whose smtpd,
cleanup and trivial-rewrite run chrooted in the queue folder (as on a stock Debian or Ubuntu
mail server): the tables go through proxymap, which is not chrooted and reads the database
(0640, group postfix, in a 0750 folder) as user postfix.
"""

from __future__ import annotations

import os
import pwd
import smtplib
import stat
import subprocess
from pathlib import Path

import pytest

from tests.servers.mailstack import HOST

pytestmark = [pytest.mark.mailstack]

PASSWORD = "Chroot-Secret-1"
USERS = ("carla", "dmitri", "jürgen")


@pytest.fixture(scope="module")
def lab(lab_factory, mail_stack):
    """Local users with a password, an alias and a list, served by the session's instance
    running Debian's stock master.cf."""
    # a folder db init creates: 0750, group postfix (proxymap passes it as postfix)
    lab = lab_factory("chroot", database=str(
        mail_stack.database_folder("db-chroot") / "private" / "users.sqlite"))
    lab.db = Path(lab.db)
    db = str(lab.db)
    assert lab.run("db", "init", "--db", db, "--group", "postfix")[0] == 0
    commands = [("db", "add-user", f"{user}@example.com") for user in USERS]
    commands += [("db", "add-alias", "boss@example.com", "carla@example.com"),
                 ("db", "add-list", "team@example.com", "carla@example.com",
                  "dmitri@example.com")]
    for argv in commands:
        status, output = lab.run(*argv, "--db", db)
        assert status == 0, output
    for user in USERS:
        status, output = lab.run("db", "set-password", f"{user}@example.com", "--db", db,
                                 stdin=PASSWORD + "\n")
        assert status == 0, output
    with lab.entered():
        mail_stack.serve(lab.db, probe="carla@example.com")
    return lab


@pytest.fixture(scope="module")
def chrooted(lab, mail_stack):
    """Postfix restarted with the distribution's master.cf (ports adapted only)."""
    with mail_stack.distribution_master_cf() as master_cf:
        yield master_cf


def _processes(name: str) -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and Path(f"/proc/{entry}/comm").read_text().strip() == name:
                pids.append(int(entry))
        except OSError:
            continue
    return pids




def test_the_distribution_master_cf_chroots_smtpd_and_it_looks_recipients_up(
        chrooted, mail_stack):
    spool = (mail_stack.instance / "spool").resolve()
    services = subprocess.run(["postconf", "-c", str(mail_stack.postfix_dir), "-M"],
                              capture_output=True, text=True, check=True).stdout
    chroot = {f"{w[0]}/{w[1]}": w[4] for w in map(str.split, services.splitlines())}
    assert chroot[f"{HOST}:{mail_stack.smtp_port}/inet"] == "y"
    assert chroot["cleanup/unix"] == chroot["rewrite/unix"] == "y"
    assert chroot["proxymap/unix"] == "n"
    with smtplib.SMTP(HOST, mail_stack.smtp_port, timeout=20) as smtp:
        smtp.ehlo()
        smtp.mail("tester@outside.example")
        # the smtpd answering this session runs inside the queue folder, not in /
        roots = {os.path.realpath(f"/proc/{pid}/root") for pid in _processes("smtpd")}
        assert str(spool) in roots
        assert smtp.rcpt("carla@example.com")[0] == 250
        assert smtp.rcpt("team@example.com")[0] == 250
        code, text = smtp.rcpt("nobody@example.com")
        assert code == 550 and b"5.1.1" in text
        smtp.rset()


def test_mail_to_a_user_an_alias_a_list_and_a_non_ascii_address_arrives(
        chrooted, mail_stack):
    sent = {"carla@example.com": "chroot to carla", "Boss@Example.com": "chroot to the alias",
            "team@example.com": "chroot to the list"}
    for to, subject in sent.items():
        mail_stack.send(to, subject)
    mail_stack.send("Jürgen@example.com", "chroot für jürgen")
    assert set(sent.values()) <= set(mail_stack.subjects("carla", PASSWORD,
                                                         wanted=sent.values()))
    assert "chroot to the list" in mail_stack.subjects("dmitri", PASSWORD,
                                                       wanted=["chroot to the list"])
    assert "chroot für jürgen" in mail_stack.subjects("jürgen", PASSWORD,
                                                      wanted=["chroot für jürgen"])
    log = (mail_stack.instance / "log" / "postfix.log").read_text(errors="replace")
    assert "disk I/O error" not in log and "table lookup problem" not in log


def test_proxymap_reads_the_database_as_postfix_through_its_group(chrooted, mail_stack, lab):
    postfix = pwd.getpwnam("postfix")
    database, folder = lab.db.stat(), lab.db.parent.stat()
    assert stat.S_IMODE(database.st_mode) == 0o640 and database.st_uid == 0
    assert database.st_gid == postfix.pw_gid
    assert stat.S_IMODE(folder.st_mode) == 0o750 and folder.st_gid == postfix.pw_gid
    main_cf = subprocess.run(["postconf", "-c", str(mail_stack.postfix_dir), "-h",
                              "virtual_mailbox_maps", "virtual_alias_maps",
                              "virtual_mailbox_domains"],
                             capture_output=True, text=True, check=True).stdout.split()
    assert all(spec.startswith("proxy:sqlite:") for spec in main_cf)
    assert mail_stack.refusal("dmitri@example.com") is None
    uids = set()
    for pid in _processes("proxymap"):
        status = Path(f"/proc/{pid}/status").read_text()
        uids.add(int(next(line for line in status.splitlines()
                          if line.startswith("Uid:")).split()[1]))
    assert postfix.pw_uid in uids


def test_the_mail_server_set_reads_its_tables_through_proxymap_and_says_why(lab, tmp_path):
    out = tmp_path / "set"
    status, output = lab.run("mailstack", "render", "--db", str(lab.db), "--out", str(out),
                             "--tls-cert", "/etc/ssl/mail/fullchain.pem",
                             "--tls-key", "/etc/ssl/private/mail.key")
    assert status == 0, output
    snippet = (out / "postfix" / "main.cf.snippet").read_text(encoding="utf-8")
    for parameter, name in (("virtual_mailbox_domains", "virtual-domains.cf"),
                            ("virtual_mailbox_maps", "virtual-mailboxes.cf"),
                            ("virtual_alias_maps", "virtual-aliases.cf")):
        assert f"\n{parameter} = proxy:sqlite:/etc/postfix/ldapwizard/{name}\n" in snippet
    assert "\nproxy_read_maps" not in snippet  # its default names the three: kept as it is
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "## Postfix's chroot, proxymap and limits" in readme
    for words in ("chrooted in the queue folder", "`proxymap` (never chrooted",
                  "`proxy_read_maps`", "`virtual_alias_expansion_limit`"):
        assert words in readme


def test_check_names_a_table_read_inside_the_chroot(chrooted, mail_stack, lab):
    main_cf = mail_stack.postfix_dir / "main.cf"
    rendered = main_cf.read_bytes()
    table = mail_stack.postfix_dir / "virtual-aliases.cf"
    # as a main.cf written before the tables went through proxymap
    subprocess.run(["postconf", "-c", str(mail_stack.postfix_dir), "-e",
                    f"virtual_alias_maps = sqlite:{table}"], check=True)
    try:
        status, output = lab.run("mailstack", "check", "--db", str(lab.db), "--postfix-config",
                                 str(mail_stack.postfix_dir), "--dovecot-config",
                                 str(mail_stack.dovecot_conf))
    finally:
        main_cf.write_bytes(rendered)
    assert status == 1
    assert (f"Postfix's chrooted smtpd, cleanup, trivial-rewrite (master.cf) read "
            f"sqlite:{table} themselves") in output
    assert f"name it proxy:sqlite:{table}" in output
