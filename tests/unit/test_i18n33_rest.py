"""Issue 32's leftovers: English says a count's singular ("1 problem", "1 user"), and the
engine's words put inside translated sentences are translated too."""

from __future__ import annotations

import ast
from pathlib import Path

import ldapwizard

SRC = Path(ldapwizard.__file__).parent


def test_every_database_action_is_marked_for_translation():
    """The action named in a PostgreSQL error ("… broke during {action}") is a catalogue
    entry, so the admin never reads an English phrase inside a translated sentence."""
    unmarked = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", None) in
                    ("transaction", "reading", "consistent_reads") and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                unmarked.append(f"{path.relative_to(SRC)}:{node.lineno} {node.args[0].value!r}")
    assert unmarked == []
