"""On Linux the missing X11 libraries are found before Qt starts, and named as packages."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ldapwizard.gui import platform_check

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_ldd_output_gives_each_missing_library_once():
    assert platform_check.missing_from_ldd(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_advice_names_the_packages_to_install():
    text = platform_check.advice(["libxcb-icccm.so.4", "libxcb-cursor.so.0", "libodd.so.9"])
    assert "sudo apt-get install libodd.so.9 libxcb-cursor0 libxcb-icccm4" in text
    assert "apt-file search" in text and "ldapwizard --help" in text


@pytest.mark.parametrize(("environment", "expected"), [
    ({"DISPLAY": ":0"}, True), ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False), ({}, False)])
def test_only_a_start_on_x11_is_checked(monkeypatch, environment, expected):
    for name in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert platform_check.uses_xcb() is (expected and sys.platform.startswith("linux"))


def _installed(package: str) -> bool:
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                            capture_output=True, text=True).stdout
    return "install ok installed" in status


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_on_this_machine_the_wizard_names_what_is_missing_instead_of_aborting(tmp_path):
    plugin = platform_check.xcb_plugin()
    assert plugin is not None
    missing = platform_check.missing_libraries(plugin)
    for name in missing:  # each one reported is really not installed
        assert name not in platform_check.PACKAGES or not _installed(
            platform_check.PACKAGES[name]), name
    if not missing:
        pytest.skip("this machine has every library the xcb plugin needs")
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environment.update(DISPLAY=":99", LDAPWIZARD_CONFIG_DIR=str(tmp_path))
    started = subprocess.run([sys.executable, "-m", "ldapwizard"], capture_output=True,
                             text=True, env=environment, timeout=60)
    assert started.returncode == 2
    assert "sudo apt-get install" in started.stderr
    assert "could not load the Qt platform plugin" not in started.stderr
