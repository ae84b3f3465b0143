"""The core is plain Python: importing it never loads Qt."""

import subprocess
import sys


def test_importing_the_core_and_cli_does_not_load_pyside6():
    code = (
        "import sys, ldapwizard.cli, ldapwizard.core.directory, ldapwizard.core.diagnose, "
        "ldapwizard.core.profiles, ldapwizard.core.secrets, ldapwizard.core.csvfile\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
