"""Bundled resources are found and whole; the bundle's scheduled jobs use its console program."""

from __future__ import annotations

import struct
import sys

from ldapwizard.assets import APP_ICON, APP_ICON_SIZES, app_icon_png, load_json, resource
from ldapwizard.core.job import schedule


def test_every_icon_size_is_a_png_of_that_size():
    for size in APP_ICON_SIZES:
        data = resource(*app_icon_png(size)).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
        assert (width, height) == (size, size)
    assert b"<svg" in resource(*APP_ICON).read_bytes()


def test_the_windows_icon_holds_the_sizes_explorer_and_the_taskbar_ask_for():
    data = resource("icons", "ldapwizard.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        sizes.add(width or 256)
        assert bits == 32
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
    assert {16, 24, 32, 48, 256} <= sizes


def test_the_demo_data_is_bundled():
    assert load_json("demo", "directory.json")
    assert load_json("demo", "existing.json")


def test_a_bundle_schedules_its_console_program(tmp_path, monkeypatch):
    suffix = ".exe" if sys.platform == "win32" else ""
    windowed = tmp_path / f"ldapwizard{suffix}"
    windowed.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(windowed))
    assert schedule.program() == [str(windowed)]  # no console program beside it
    console = tmp_path / f"ldapwizard-cli{suffix}"
    console.touch()
    assert schedule.program() == [str(console)]
    job = schedule.Job(profile="corp", hours=6)
    assert schedule.command(job)[:2] == [str(console), "sync"]


def test_installed_from_source_schedules_this_python():
    assert schedule.program() == [sys.executable, "-m", "ldapwizard"]


def test_a_windowed_program_without_streams_still_runs_a_command(monkeypatch, tmp_path):
    from ldapwizard.__main__ import main

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["--demo", "list", "--csv", str(tmp_path / "users.csv")]) == 0
    assert (tmp_path / "users.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["--demo", "list"]) == 0  # its output goes nowhere, but nothing fails
