"""The bundle that build.spec makes runs on its own: the version, a headless import from a real
slapd, and the wizard's self-test, with nothing of the source tree or this Python on its path."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import subprocess

import pytest

from ldapwizard import __version__
from tests.bundle.building import SUFFIX
from tests.servers.seed import READER_PASSWORD

pytestmark = pytest.mark.bundle
F_SETPIPE_SZ = 1031  # Linux's fcntl to resize a pipe


def run_bundled(bundle, program, *args, env, timeout=120):
    return subprocess.run([str(bundle / f"{program}{SUFFIX}"), *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=bundle.parent)


def test_both_programs_report_the_package_version(bundle, bundle_env):
    for program in ("ldapwizard", "ldapwizard-cli"):
        result = run_bundled(bundle, program, "--version", env=bundle_env)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"ldapwizard {__version__}"


def test_the_bundle_holds_its_resources_and_none_of_the_unused_qt(bundle):
    internal = bundle / "_internal"
    resources = internal / "ldapwizard" / "resources"
    assert (resources / "demo" / "directory.json").is_file()
    assert (resources / "icons" / "ldapwizard.ico").is_file()
    assert (resources / "icons" / "ldapwizard-256.png").is_file()
    names = {path.name for path in internal.rglob("*")}
    for unused in ("QtWebEngineCore", "QtQml", "QtMultimedia", "QtNetwork", "QtQuick", "QtPdf"):
        assert not any(unused in name for name in names), unused
    assert any(name.startswith("QtWidgets") for name in names)
    assert not (internal / "ldapwizard" / "core").exists()  # code is in the archive, not loose


def test_the_modules_imported_only_by_name_are_in_both_programs(bundle):
    from PyInstaller.archive.readers import CArchiveReader

    by_name = {"keyring.backends.Windows", "keyring.backends.macOS", "keyring.backends.chainer",
               "keyring.backends.SecretService", "keyring.backends.fail", "ldap3.utils.ntlm",
               "ldap3.protocol.sasl.kerberos", "Crypto.Hash.MD4",
               "ldapwizard.core.job.listing_process", "ldapwizard.gui.selftest", "re2"}
    for program in ("ldapwizard", "ldapwizard-cli"):
        archive = CArchiveReader(str(bundle / f"{program}{SUFFIX}"))
        modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
        assert by_name <= modules, by_name - modules
        assert not {"pytest", "tkinter", "PySide6.QtNetwork"} & modules


@pytest.mark.slapd
def test_the_console_program_imports_from_a_real_directory(bundle, bundle_env, slapd_server,
                                                            slapd_seed, tmp_path):
    db = tmp_path / "users.sqlite"
    connection = ["--server-type", "openldap", "--host", slapd_server.host,
                  "--port", str(slapd_server.ldap_port), "--security", "starttls",
                  "--ca-file", str(slapd_server.ca_file), "--bind-user", slapd_server.reader_dn,
                  "--binding", slapd_server.base_dn]
    env = {**bundle_env, "LDAPWIZARD_PASSWORD": READER_PASSWORD}
    listed = run_bundled(bundle, "ldapwizard-cli", "list", *connection, env=env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[-1].endswith("the listing is complete.")
    assert len(listed.stdout.splitlines()) - 1 == slapd_seed.total_users
    imported = run_bundled(bundle, "ldapwizard-cli", "import", *connection, "--domain",
                           "example.com", "--db", str(db), "--all", env=env)
    assert imported.returncode == 0, imported.stderr
    last = imported.stdout.splitlines()[-1]
    assert last.startswith("Batch 1: ") and " 0 failed" in last
    created = int(last.split(": ")[1].split()[0])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM users WHERE auth = 'directory'"
                            ).fetchone()[0] == created > 500
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert READER_PASSWORD not in listed.stdout + listed.stderr + imported.stdout
    assert READER_PASSWORD not in imported.stderr


@pytest.mark.postgresql
def test_the_console_program_writes_to_postgresql(bundle, bundle_env, pg_url):
    env = {**bundle_env, "PGPASSFILE": os.environ["PGPASSFILE"]}
    for command in (["db", "init", "--db", pg_url],
                    ["db", "add-user", "--db", pg_url, "amy@example.com"]):
        result = run_bundled(bundle, "ldapwizard-cli", *command, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
    shown = run_bundled(bundle, "ldapwizard-cli", "db", "show", "--db", pg_url, env=env)
    assert "example.com: 1 user (" in shown.stdout, shown.stdout + shown.stderr


def test_a_wrong_password_is_a_message_and_exit_1(bundle, bundle_env, slapd_server):
    env = {**bundle_env, "LDAPWIZARD_PASSWORD": "not-the-password"}
    result = run_bundled(bundle, "ldapwizard-cli", "list", "--server-type", "openldap",
                         "--host", slapd_server.host, "--port", str(slapd_server.ldap_port),
                         "--security", "starttls", "--ca-file", str(slapd_server.ca_file),
                         "--bind-user", slapd_server.reader_dn, "--binding",
                         slapd_server.base_dn, env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_the_wizard_self_test_lists_exports_and_imports_the_demo(bundle, bundle_env):
    result = run_bundled(bundle, "ldapwizard", "--self-test", env=bundle_env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("self-test: window shown ")
    assert any(line.startswith("self-test: listed 321 entries") for line in lines)
    assert any(line.startswith("self-test: exported the preview: 321 rows") for line in lines)
    assert any(line.startswith("self-test: imported 261 users") for line in lines)
    assert lines[-1].startswith("self-test: passed in ")
    assert "Traceback" not in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(bundle, bundle_env):
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, F_SETPIPE_SZ, 4096)  # far less than the listing, as `| head -1`
    process = subprocess.Popen([str(bundle / f"ldapwizard-cli{SUFFIX}"), "--demo", "list"],
                               env=bundle_env, stdout=write_end, stderr=subprocess.PIPE,
                               cwd=bundle.parent)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        assert reader.readline().startswith(b"Demo directory")
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1
    assert "Traceback" not in stderr and "Broken pipe" not in stderr


def test_the_bundled_exclusion_rules_match_in_bounded_time(bundle, bundle_env):
    """RE2 (google-re2, a C extension) is in the bundle: a rule with a regex that would
    backtrack for ever in Python's re lists, and one RE2 cannot take is refused."""
    result = run_bundled(bundle, "ldapwizard-cli", "--demo", "list", "-q", "--show-left-out",
                         "--exclude", "mail regex (a+)+$", "--exclude", "mail glob a*",
                         env=bundle_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "left out (rule 2: mail glob a*): " in result.stdout
    refused = run_bundled(bundle, "ldapwizard-cli", "--demo", "list", "--exclude",
                          r"mail regex (a)\1", env=bundle_env)
    assert refused.returncode == 2 and "backreference" in refused.stderr
