"""Say how complete each language is; a partial one is not offered in the window.

    python tools/i18n_check.py            # one line per language
    python tools/i18n_check.py de -v      # and every string German lacks

Exit status 0 always: a partial language is not shipped rather than an error (the tests in
tests/unit/test_i18n32_catalogues.py check the languages the README lists as complete).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from ldapwizard.i18n import LANGUAGES
from ldapwizard.i18n.catalogues import completeness

if __name__ == "__main__":
    verbose = "-v" in sys.argv
    codes = [a for a in sys.argv[1:] if not a.startswith("-")] or [c for c in LANGUAGES
                                                                   if c != "en"]
    for code in codes:
        result = completeness(code)
        print(result.summary())
        if verbose:
            for kind in ("missing", "stale", "placeholders", "plurals"):
                for item in getattr(result, kind):
                    print(f"  {kind}: {item}")
