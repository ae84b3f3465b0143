"""The Windows version resource build.spec embeds, checked with PyInstaller's own parser."""

from __future__ import annotations

import importlib.util

import pytest

from tests.bundle.building import ROOT

spec = importlib.util.spec_from_file_location("windows_version",
                                              ROOT / "tools" / "windows_version.py")
windows_version = importlib.util.module_from_spec(spec)
spec.loader.exec_module(windows_version)


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1.dev3+g1234", (2, 0, 1, 0)),
    ("0+unknown", (0, 0, 0, 0)),
])
def test_windows_gets_four_numbers_from_any_package_version(version, numbers):
    assert windows_version.numeric_version(version) == numbers


def test_the_version_resource_parses_and_names_the_product(tmp_path, monkeypatch):
    from PyInstaller import compat

    # the parser needs nothing of Windows; only its import names win32api, absent elsewhere
    monkeypatch.setattr(compat, "win32api", None, raising=False)
    versioninfo = importlib.import_module("PyInstaller.utils.win32.versioninfo")
    path = tmp_path / "version.txt"
    path.write_text(windows_version.version_info_text(
        "0.4.1", "ldapwizard — import users from LDAP", "ldapwizard"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.ffi.fileVersionMS == (0 << 16) | 4 and info.ffi.fileVersionLS == 1 << 16
    text = str(info)
    assert "'ProductName', 'ldapwizard'" in text and "'ProductVersion', '0.4.1'" in text
    assert "ldapwizard — import users from LDAP" in text
    assert "'OriginalFilename', 'ldapwizard.exe'" in text
