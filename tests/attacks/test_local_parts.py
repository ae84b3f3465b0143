"""Issue 25, item 9 and the fold rule of item 10: a directory admin plants local parts that
look like another user's address (a Cyrillic а, NFD beside NFC, a zero-width space, an RLO, a
C1 control, fullwidth letters, a whole-script Cyrillic twin) or take role addresses
(postmaster, abuse, root, MAILER-DAEMON); a login the mail server folds differently from
ldapwizard's key would not sign in as previewed.

Each is played against the real slapd and the real Postfix + Dovecot: the entry is a problem
in `preview` with its reason, and `import --all` does not create it. Ordinary non-ASCII names
(jürgen, иван, 山田, uğur beside ugur) still import, get mail over SMTPUTF8 and sign in.

OpenLDAP's `mail` is an IA5 (ASCII) string, so the planted addresses are in `description`
(a UTF-8 directory string, as Active Directory's `mail` is) and the profile reads the email
from there: the seed's own people have none and stay out of the way.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess

import pytest

from tests.mail.lab import DOMAIN
from tests.servers import seed
from tests.servers.directory_edits import admin

pytestmark = [pytest.mark.mailstack, pytest.mark.slapd]

PASSWORD = "Lp-Secret-25"
# uid -> local part of `mail`; the hostile ones, each with the words its reason must hold
HOSTILE = {
    "lp-cyrillic": ("\u0430lice", "mixes Cyrillic and Latin letters"),  # а + lice
    "lp-nfd": ("ju\u0308rgen", "not written in Unicode normal form (NFC)"),
    "lp-zwsp": ("bo\u200bb", "U+200B (ZERO WIDTH SPACE)"),
    "lp-rlo": ("ali\u202ece", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    "lp-c1": ("carol\u009b31m", "U+009B, an invisible or control character"),
    "lp-fullwidth": ("\uff41lice", "compatibility form of \"alice\""),
}
# a whole-script Cyrillic twin of another entry (асе / ace) and of an existing user (сосо),
# and a Latin twin of an existing Cyrillic user (cop / сор)
TWINS = {"lp-cyr-ace": "\u0430\u0441\u0435", "lp-latin-ace": "ace",
         "lp-cyr-coco": "\u0441\u043e\u0441\u043e", "lp-latin-cop": "cop"}
EXISTING = ("coco", "\u0441\u043e\u0440")  # local users the database holds before the import
ROLES = {"lp-postmaster": "postmaster", "lp-abuse": "Abuse", "lp-root": "root",
         "lp-daemon": "MAILER-DAEMON", "lp-noreply": "noreply"}
ORDINARY = {"lp-alice": "alice", "lp-bob": "bob", "lp-jurgen": "jürgen", "lp-ivan": "иван",
            "lp-yamada": "山田", "lp-ugur": "uğur", "lp-ugur-ascii": "ugur"}
# logins whose key (str.casefold) Dovecot would not find as typed: it folds A-Z only
FOLDED = {"lp-istanbul": "İstanbul", "lp-strasse": "Straße", "lp-emile": "ÉMILE"}
UNFOLDED = {"lp-zoe": "Zoë"}  # an ASCII capital: Dovecot folds it as casefold does


def _dn(uid: str) -> str:
    return f"uid={uid},{seed.PEOPLE_DN}"


@pytest.fixture(scope="module")
def lab(lab_factory, mail_slapd):
    """The seed plus every planted entry in slapd; a database holding the local users coco
    and сор that the mail daemons can read; the profile "lab" for it."""
    connection = admin(mail_slapd)
    planted = {**{uid: local for uid, (local, _) in HOSTILE.items()}, **TWINS, **ROLES,
               **ORDINARY, **FOLDED, **UNFOLDED}
    for uid, local in planted.items():
        assert connection.add(_dn(uid), ["inetOrgPerson"], {
            "uid": uid, "cn": uid, "sn": uid, "description": f"{local}@{DOMAIN}",
            "userPassword": seed.ssha(PASSWORD, b"lp-salt")}), connection.result
    connection.unbind()
    lab = lab_factory("localparts")
    db = str(lab.db)
    assert lab.run("db", "init", "--db", db, "--group", "postfix")[0] == 0
    for local in EXISTING:
        assert lab.run("db", "add-user", f"{local}@{DOMAIN}", "--db", db)[0] == 0
    status, output = lab.run(
        "profile", "save", "lab", "--server-type", "openldap", "--host", mail_slapd.host,
        "--port", str(mail_slapd.ldap_port), "--security", "starttls", "--ca-file",
        str(mail_slapd.ca_file), "--bind-user", mail_slapd.reader_dn, "--binding",
        mail_slapd.base_dn, "--domain", DOMAIN, "--db", db, "--email-attribute", "description")
    assert status == 0, output
    return lab


def _preview(lab, tmp_path) -> dict[str, dict[str, str]]:
    """`preview --profile lab --show-hidden` as CSV: dn -> row."""
    target = tmp_path / "preview.csv"
    status, output = lab.run("preview", "--profile", "lab", "--show-hidden", "--csv",
                             str(target))
    assert status == 0, output
    with target.open(encoding="utf-8-sig", newline="") as file:
        return {row["dn"]: row for row in csv.DictReader(file)}


def _addresses(lab) -> set[str]:
    """Every mailbox address the database holds, as the mail daemons read it."""
    with sqlite3.connect(lab.db) as connection:
        return {row[0] for row in connection.execute("SELECT address FROM mail_mailboxes")}


def test_hostile_local_parts_are_problems_with_their_reason_and_never_imported(lab, tmp_path):
    rows = _preview(lab, tmp_path)
    verdicts = {uid: (rows[_dn(uid)]["status"], reason in rows[_dn(uid)]["reason"])
                for uid, (_, reason) in HOSTILE.items()}
    assert verdicts == {uid: ("problem", True) for uid in HOSTILE}
    status, output = lab.run("import", "--profile", "lab", "--all")
    assert status == 0, output
    created = _addresses(lab)
    for local, _ in HOSTILE.values():
        assert f"{local}@{DOMAIN}" not in created
    # the NFC spelling and the seed's alice and bob are there, each once
    assert {f"jürgen@{DOMAIN}", f"alice@{DOMAIN}", f"bob@{DOMAIN}"} <= created


def test_whole_script_lookalikes_name_each_other_and_the_existing_user(lab, tmp_path):
    rows = _preview(lab, tmp_path)
    cyrillic, latin = rows[_dn("lp-cyr-ace")], rows[_dn("lp-latin-ace")]
    assert cyrillic["status"] == latin["status"] == "problem"
    assert _dn("lp-latin-ace") in cyrillic["reason"] and "lookalike" in cyrillic["reason"]
    assert _dn("lp-cyr-ace") in latin["reason"]
    twin = rows[_dn("lp-cyr-coco")]
    assert twin["status"] == "problem"
    assert f"{EXISTING[0]}@{DOMAIN}, which exists" in twin["reason"]
    twin = rows[_dn("lp-latin-cop")]
    assert twin["status"] == "problem"
    assert f"{EXISTING[1]}@{DOMAIN}, which exists" in twin["reason"]
    assert lab.run("import", "--profile", "lab", "--all")[0] == 0
    created = _addresses(lab)
    assert not {f"{local}@{DOMAIN}" for local in TWINS.values()} & created


def test_role_addresses_are_problems_unless_allowed_and_the_profile_keeps_the_choice(
        lab, tmp_path):
    rows = _preview(lab, tmp_path)
    for uid in ROLES:
        row = rows[_dn(uid)]
        assert row["status"] == "problem", (uid, row)
        assert "role address" in row["reason"] and "--allow-role-addresses" in row["reason"]
    assert lab.run("import", "--profile", "lab", "--all")[0] == 0
    assert not {f"{local}@{DOMAIN}" for local in ROLES.values()} & _addresses(lab)
    # the choice saved in a profile is what a later run (a scheduled sync) means
    status, output = lab.run("profile", "save", "roles", "--profile", "lab",
                             "--allow-role-addresses")
    assert status == 0, output
    status, output = lab.run("preview", "--profile", "roles", "--csv",
                             str(tmp_path / "roles.csv"))
    assert status == 0, output
    with (tmp_path / "roles.csv").open(encoding="utf-8-sig", newline="") as file:
        allowed = {row["dn"]: row["status"] for row in csv.DictReader(file)}
    assert {allowed[_dn(uid)] for uid in ROLES} == {"new"}
    status, output = lab.run("import", "--profile", "roles", "--all")
    assert status == 0, output
    assert {f"{local}@{DOMAIN}" for local in ROLES.values()} <= _addresses(lab)
    # the batch records the choice beside the others it was planned with
    with sqlite3.connect(lab.db) as db:
        options = db.execute("SELECT options FROM batches ORDER BY id DESC").fetchone()[0]
    assert json.loads(options)["allow_role_addresses"] is True


def test_logins_the_mail_server_folds_otherwise_are_problems_as_dovecot_answers(
        lab, tmp_path, lab_factory, mail_stack):
    rows = _preview(lab, tmp_path)
    for uid, login in FOLDED.items():
        row = rows[_dn(uid)]
        assert row["status"] == "problem", (uid, row)
        assert "lower-cases only A-Z" in row["reason"] and login.casefold() in row["reason"]
    assert rows[_dn("lp-zoe")]["status"] in ("new", "hidden")
    # what the preview says is what the real Dovecot does: local users with these logins in a
    # database of their own, looked up as typed
    scratch = lab_factory("fold")
    db = str(scratch.db)
    assert scratch.run("db", "init", "--db", db, "--group", "postfix")[0] == 0
    logins = {**FOLDED, **UNFOLDED}
    for login in logins.values():
        assert scratch.run("db", "add-user", f"{login}@{DOMAIN}", "--db", db)[0] == 0
    mail_stack.serve(scratch.db)
    found = {login: subprocess.run(["doveadm", "-c", str(mail_stack.dovecot_conf), "user",
                                    "--", login], capture_output=True).returncode == 0
             for login in logins.values()}
    assert found == {login: login in UNFOLDED.values() for login in logins.values()}


def test_ordinary_non_ascii_names_import_get_mail_and_sign_in(lab, mail_stack, tmp_path):
    rows = _preview(lab, tmp_path)
    status, output = lab.run("import", "--profile", "lab", "--all")
    assert status == 0, output
    created = _addresses(lab)
    for uid, local in ORDINARY.items():
        assert rows[_dn(uid)]["status"] in ("new", "hidden"), (uid, rows[_dn(uid)])
        assert f"{local}@{DOMAIN}" in created
    with lab.entered():
        mail_stack.serve(lab.db, "--password-file", str(lab.password_file),
                         probe=f"alice@{DOMAIN}")
    for local in ("иван", "山田", "uğur"):
        mail_stack.send(f"{local}@{DOMAIN}", f"to {local}")
        assert f"to {local}" in mail_stack.subjects(local, PASSWORD, wanted=[f"to {local}"])
