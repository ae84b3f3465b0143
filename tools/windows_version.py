"""The Windows version resource of the bundle's executables, from the package metadata.

build.spec writes this text next to its build files and hands it to PyInstaller, which parses
it (PyInstaller.utils.win32.versioninfo) and embeds it in ldapwizard.exe and ldapwizard-cli.exe:
Explorer's Details tab then shows the product, version and description.
"""

from __future__ import annotations

import re


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants: 0.4.1.dev3 → (0, 4, 1, 0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    return (*numbers, *[0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info_text(version: str, description: str, executable: str) -> str:
    """A VSVersionInfo in the text form PyInstaller reads (its `version=` file)."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": "ldapwizard",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": executable,
        "LegalCopyright": "MIT licence",
        "OriginalFilename": f"{executable}.exe",
        "ProductName": "ldapwizard",
        "ProductVersion": version,
    }
    pairs = ",\n".join(f"          StringStruct({key!r}, {value!r})"
                       for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{pairs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
