"""The bundle speaks German: its window's catalogue compiled by build.spec, Qt's own buttons
from qtbase_de, and the console program's messages from the engine's catalogue."""

from __future__ import annotations

import pytest

from ldapwizard.i18n.catalogues import completeness
from tests.bundle.building import SUFFIX

pytestmark = [pytest.mark.bundle, pytest.mark.skipif(
    not completeness("de").complete,
    reason="German is partial, so not offered: python tools/i18n_check.py de -v")]


def run_bundled(bundle, program, *args, env, timeout=120):
    import subprocess

    return subprocess.run([str(bundle / f"{program}{SUFFIX}"), *args], env=env,
                          capture_output=True, text=True, timeout=timeout, cwd=bundle.parent)


def test_the_bundle_holds_the_compiled_catalogues(bundle):
    internal = next(p for p in (bundle / "_internal", bundle) if (p / "ldapwizard").is_dir())
    i18n = internal / "ldapwizard" / "resources" / "i18n"
    assert (i18n / "qm" / "ldapwizard_de.qm").is_file()
    assert (i18n / "qm" / "ldapwizard_pseudo.qm").is_file()
    assert (i18n / "de.po").is_file() and (i18n / "ldapwizard.pot").is_file()
    assert list(internal.rglob("qtbase_de.qm"))


def test_the_wizard_starts_in_german_and_imports(bundle, bundle_env):
    env = {**bundle_env, "LANG": "de_DE.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    result = run_bundled(bundle, "ldapwizard", "--self-test", env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ("self-test: Fenstersprache de: ldapwizard — Benutzer aus LDAP importieren; "
            "Abbrechen-Schaltfläche von Qt: Abbrechen") in result.stdout
    assert "self-test: bestanden in " in result.stdout


def test_the_console_program_says_its_errors_in_german(bundle, bundle_env, tmp_path):
    missing = str(tmp_path / "nowhere" / "users.sqlite")
    result = run_bundled(bundle, "ldapwizard-cli", "--language", "de", "db", "disable", "--db",
                         missing, "someone@example.com", env=bundle_env)
    assert result.returncode == 2
    assert "Fehler: " in result.stderr and "Was zu tun ist: " in result.stderr
