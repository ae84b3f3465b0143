"""Write the pseudo-language's catalogues (accented, 40% longer) to a folder, to look at.

    python tools/i18n_pseudo.py OUT_FOLDER

The window makes them itself when started with --language pseudo; nothing here is stored
in the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from ldapwizard.i18n.catalogues import folder
from ldapwizard.i18n.pseudo import pseudo_po, pseudo_ts

if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pot = folder().joinpath("ldapwizard.pot").read_text(encoding="utf-8")
    ts = folder().joinpath("ldapwizard_en.ts").read_text(encoding="utf-8")
    (out / "pseudo.po").write_text(pseudo_po(pot), encoding="utf-8")
    (out / "ldapwizard_pseudo.ts").write_text(pseudo_ts(ts), encoding="utf-8")
    print(f"wrote {out / 'pseudo.po'} and {out / 'ldapwizard_pseudo.ts'}")
