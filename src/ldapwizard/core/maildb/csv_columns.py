"""The header row of the CSV files ldapwizard writes, and reading one back in any language.

In English (no language chosen, LANG=C, --language en) the header is the columns' keys
("status", "display_name" …), so scripts that read the files keep working; in another language
it is the columns' display names from the catalogue ("Status", "Anzeigename" …). A file read
back (an edited preview) may use the keys or the display names of any shipped language.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ldapwizard import i18n
from ldapwizard.i18n import N_

# key -> its display name (translated where shown); every column of every CSV the engine writes
DISPLAY_NAMES = {
    "selected": N_("Selected"),
    "status": N_("Status"),
    "reason": N_("Reason"),
    "username": N_("User name"),
    "address": N_("Address"),
    "aliases": N_("Aliases"),
    "display_name": N_("Display name"),
    "email": N_("Email"),
    "disabled": N_("Disabled"),
    "dn": N_("DN"),
    "stable_id": N_("Stable ID"),
    "notes": N_("Notes"),
    "members_added": N_("Members added"),
    "members_removed": N_("Members removed"),
    "kept_by_hand": N_("Members kept by hand"),
    "old_address": N_("Old address"),
    "name": N_("List name"),
    "kind": N_("Kind"),
}
# a yes/no column's values (selected, disabled): "yes" and "no" in English
YES, NO = N_("yes"), N_("no")


def header(columns: Sequence[str]) -> list[str]:
    """The header row for `columns` (keys) in the language messages are shown in: the keys
    themselves in English."""
    if i18n.current_language() == "en":
        return list(columns)
    return [str(i18n._(DISPLAY_NAMES[key])) if key in DISPLAY_NAMES else key
            for key in columns]


def _folded(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).casefold()


@lru_cache(maxsize=1)
def _translations() -> tuple[gettext.GNUTranslations, ...]:
    """The engine catalogue of every shipped language but English, and the pseudo one."""
    from ldapwizard.i18n import catalogues

    return tuple(gettext.GNUTranslations(io.BytesIO(catalogues.engine_mo(code)))
                 for code in [*catalogues.shipped(), i18n.PSEUDO] if code != "en")


@lru_cache(maxsize=1)
def yes_words() -> frozenset[str]:
    """"yes" in English and in every shipped language, casefolded (a ticked row's value)."""
    return frozenset({YES, *(t.gettext(YES).casefold() for t in _translations())})


@lru_cache(maxsize=1)
def _known_names() -> dict[str, str]:
    """Every way a column may be headed -> its key: the key, and its display name in English,
    in every shipped language and in the pseudo language."""
    known = {}
    for key, name in DISPLAY_NAMES.items():
        known[_folded(key)] = key
        known[_folded(name)] = key
    for translation in _translations():
        for key, name in DISPLAY_NAMES.items():
            known.setdefault(_folded(translation.gettext(name)), key)
    return known


def column_keys(names: Iterable[str]) -> list[str | None]:
    """The key of each header cell (a key or a display name in any shipped language), None
    for a name that is neither."""
    known = _known_names()
    return [known.get(_folded(name or "")) for name in names]
