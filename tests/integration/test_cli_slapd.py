"""The headless commands against a real OpenLDAP, as an admin would run them."""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest

from ldapwizard.cli import run
from ldapwizard.core.job import secrets
from ldapwizard.core.job.profiles import ProfileStore
from tests.servers.seed import READER_PASSWORD
from tests.servers.slapd_access import connection_args

pytestmark = pytest.mark.slapd


@pytest.fixture
def password_env(monkeypatch):
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)


def test_list_prints_every_user_and_a_complete_line(slapd_server, slapd_seed, password_env,
                                                    capsys):
    assert run(["list", *connection_args(slapd_server)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == (f"{slapd_seed.total_users} entries listed below dc=example,dc=com in "
                         f"{lines[-1].split(' in ')[1].split()[0]} pages; the listing is complete.")
    assert len(lines) - 1 == slapd_seed.total_users


def test_list_to_csv_is_excel_ready(slapd_server, slapd_seed, password_env, tmp_path, capsys):
    target = tmp_path / "users.csv"
    assert run(["list", *connection_args(slapd_server), "--csv", str(target),
                "--delimiter", ";"]) == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert len(rows) == slapd_seed.total_users
    assert READER_PASSWORD not in target.read_text(encoding="utf-8-sig")
    assert "the listing is complete" in capsys.readouterr().out


def test_test_command_reports_each_step(slapd_server, password_env, capsys):
    assert run(["test", *connection_args(slapd_server)]) == 0
    out = capsys.readouterr().out
    for title in ("Name resolution", "TCP connection", "TLS", "Sign-in", "Server information"):
        assert f"[ ok ] {title}" in out
    assert "All steps passed." in out


def test_test_command_with_a_wrong_password_exits_1(slapd_server, monkeypatch, capsys):
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", "wrong-password-123")
    assert run(["test", *connection_args(slapd_server)]) == 1
    out = capsys.readouterr().out
    assert "[FAIL] Sign-in (bind): The server refused the user name or password" in out
    assert "wrong-password-123" not in out


def test_saved_profile_with_remembered_password_lists_without_a_secret_anywhere(
        slapd_server, slapd_seed, monkeypatch, capsys, memory_keyring):
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["profile", "save", "lab", *connection_args(slapd_server),
                "--remember-password"]) == 0
    monkeypatch.delenv("LDAPWIZARD_PASSWORD")
    store = ProfileStore()
    assert READER_PASSWORD not in store.path.read_text(encoding="utf-8")
    assert secrets.load_password("lab") == READER_PASSWORD
    capsys.readouterr()
    assert run(["list", "--profile", "lab", "-q"]) == 0
    assert f"{slapd_seed.total_users} entries listed" in capsys.readouterr().out
    assert run(["profile", "show", "lab"]) == 0
    shown = capsys.readouterr().out
    assert "remembered in the system keyring" in shown and READER_PASSWORD not in shown
    assert run(["profile", "delete", "lab"]) == 0
    assert secrets.load_password("lab") is None
    assert run(["list", "--profile", "lab"]) == 2


def test_remember_password_without_a_keyring_says_what_to_do(slapd_server, monkeypatch,
                                                             memory_keyring, capsys):
    memory_keyring.locked = True
    monkeypatch.setenv("LDAPWIZARD_PASSWORD", READER_PASSWORD)
    assert run(["profile", "save", "lab", *connection_args(slapd_server),
                "--remember-password"]) == 1
    err = capsys.readouterr().err
    assert "keyring" in err and READER_PASSWORD not in err


def test_killing_the_server_mid_listing_exits_1_without_a_complete_line(make_slapd, tmp_path):
    server = make_slapd()
    env = {**os.environ, "LDAPWIZARD_PASSWORD": READER_PASSWORD, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "ldapwizard", "list", *connection_args(server),
         "--page-size", "50", "--receive-timeout", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    lines = []
    for line in process.stdout:
        lines.append(line)
        if len(lines) == 120:
            server.kill()
            break
    rest, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "listing is complete" not in rest
    assert "incomplete" in err
    assert READER_PASSWORD not in err + rest + "".join(lines)
