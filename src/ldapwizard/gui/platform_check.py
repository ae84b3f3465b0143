"""Before the window: on Linux, find the system libraries Qt's xcb platform plugin needs.

Without them Qt aborts with "could not load the Qt platform plugin xcb" and a list of
plugin names that does not say what to install. This looks first (`ldd` on the plugin, and
libxcb-cursor, which Qt 6.5+ opens at run time) and names the Debian/Ubuntu packages.
Windows and macOS need nothing of the kind.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

from ldapwizard.i18n import _

# the shared libraries Qt's xcb plugin may miss on a fresh system -> the package that has it
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
RUNTIME_LOADED = ("libxcb-cursor.so.0",)  # dlopen()ed by Qt, so ldd cannot see it
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.M)


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the PySide6 in use, if it has one."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_from_ldd(output: str) -> list[str]:
    """The library names `ldd` reports as not found, each once, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(plugin: Path) -> list[str]:
    """Shared libraries the xcb plugin needs and the system does not have."""
    try:
        output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        output = ""  # no ldd (or it hung): rely on the run-time check alone
    missing = missing_from_ldd(output)
    missing += [name for name in RUNTIME_LOADED if name not in missing and not _loadable(name)]
    return missing


def uses_xcb() -> bool:
    """True when Qt would start on X11 here (Linux, and no other platform chosen)."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def no_display() -> bool:
    """True on Linux when no graphical display is there to open a window on (an SSH session
    without X forwarding, a service): Qt would then blame its xcb plugin's libraries."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def advice(missing: list[str]) -> str:
    """What to tell the admin: the packages to install, by name."""
    packages = sorted({PACKAGES.get(name, name) for name in missing})
    unknown = [name for name in missing if name not in PACKAGES]
    text = _("ldapwizard cannot open its window: Qt's X11 (xcb) support needs system "
             "libraries this computer lacks ({libraries}).\nInstall them, e.g. on Debian or "
             "Ubuntu:\n    sudo apt-get install {packages}\n",
             libraries=", ".join(missing), packages=" ".join(packages))
    if unknown:
        text += _("(Find the package of {libraries} with `apt-file search NAME`.)\n",
                  libraries=", ".join(unknown))
    return text + _("The command line works without them: `ldapwizard --help`.")


def no_display_advice() -> str:
    """What to tell the admin who started the window where there is no display."""
    return _("ldapwizard cannot open its window: there is no graphical display here (neither "
             "DISPLAY nor WAYLAND_DISPLAY is set). Start it in a desktop session, or over SSH "
             "with X forwarding (ssh -X). The command line works without a display: "
             "`ldapwizard --help`.")


def check_display_libraries() -> str | None:
    """None when the window can open as far as the display and libraries go, else the
    advice to print."""
    if no_display():
        return no_display_advice()
    if not uses_xcb():
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return advice(missing) if missing else None
