"""The core is plain Python, and its folders show who may import whom."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import ldapwizard.core

CORE = Path(ldapwizard.core.__file__).parent
# what each side of the core may import from the rest of ldapwizard (prefixes)
ALLOWED = {
    "directory": ("ldapwizard.core.directory", "ldapwizard.core.errors",
                  "ldapwizard.core.collector", "ldapwizard.assets"),
    "maildb": ("ldapwizard.core.maildb", "ldapwizard.core.errors", "ldapwizard.core.collector",
               "ldapwizard.core.job.paths", "ldapwizard.core.directory.records"),
    "mailserver": ("ldapwizard.core.mailserver", "ldapwizard.core.errors",
                   "ldapwizard.core.maildb", "ldapwizard.core.job"),
    "job": ("ldapwizard.core", "ldapwizard.assets"),
    "welcome": ("ldapwizard.core.welcome", "ldapwizard.core.errors", "ldapwizard.core.maildb",
                "ldapwizard.core.mailserver", "ldapwizard.core.job"),
}


def test_importing_the_core_and_cli_does_not_load_pyside6():
    cli = CORE.parent / "cli"
    modules = ["ldapwizard.cli"] + [
        f"ldapwizard.cli.{info.name}" for info in pkgutil.iter_modules([str(cli)])] + [
        f"ldapwizard.core.{info.name}" for info in pkgutil.walk_packages([str(CORE)])]
    code = (f"import sys, {', '.join(modules)}\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                yield f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name


def test_each_side_of_the_core_imports_only_what_its_docstring_allows():
    wrong = []
    for side, allowed in ALLOWED.items():
        for path in sorted((CORE / side).glob("*.py")):
            for name in _imports(path):
                if name.startswith("ldapwizard") and not name.startswith(allowed):
                    wrong.append(f"core/{side}/{path.name} imports {name}")
    assert wrong == []


def test_the_core_is_grouped_no_module_left_at_the_top_but_errors_and_collector():
    top = sorted(p.name for p in CORE.glob("*.py"))
    assert top == ["__init__.py", "collector.py", "errors.py"]
