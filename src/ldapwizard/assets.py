"""Bundled resources (demo directory, icons), found the same way from a source checkout, an
installed wheel and the PyInstaller bundle."""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable

DEMO_DIRECTORY = ("demo", "directory.json")
APP_ICON = ("icons", "ldapwizard.svg")  # the source the PNGs and the .ico are drawn from
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon_png(size: int) -> tuple[str, str]:
    """The application icon drawn at `size` pixels (tools/make_icons.py makes them)."""
    return ("icons", f"ldapwizard-{size}.png")


def resource(*parts: str) -> Traversable:
    """A bundled resource file by its path below resources/."""
    return files("ldapwizard.resources").joinpath(*parts)


def load_json(*parts: str) -> dict:
    """A bundled JSON resource."""
    return json.loads(resource(*parts).read_text(encoding="utf-8"))
