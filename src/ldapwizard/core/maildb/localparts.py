"""Local parts that are valid but must not be imported as they are: lookalikes of other
addresses, invisible characters, spellings the mail server reads differently, role addresses.

`addresses.local_part_problem` says what a mailbox name may contain; this module says which
of those names would deceive a person or the mail server:

- invisible or control characters (U+200B, U+202E, C1 controls, unassigned code points...);
- a spelling that is not the canonical one (not NFC), or a compatibility form (fullwidth
  letters, ligatures) whose plain form is another address (NFKC);
- letters of more than one script (`аlice` with a Cyrillic а), except the mixes writing
  systems use (Japanese kanji and kana; Han with Hangul or Bopomofo; Latin with those);
- role addresses (RFC 2142, the daemons' own, and `admin`/`administrator`, which with
  postmaster, hostmaster and webmaster a certificate authority may mail to validate the
  domain: CA/Browser Forum Baseline Requirements 3.2.2.4.4), which a directory entry must
  not take unless the admin says so;
- logins the mail server folds differently from the key ldapwizard stores: Dovecot looks a
  login up lower-casing A-Z only (`auth_username_format = %Lu`), the key is `str.casefold`.
  Measured against the rendered Postfix 3.7 and Dovecot 2.3: Postfix's lookup folding agreed
  with `str.casefold` for every cased character, Dovecot only where no non-ASCII character
  changes under casefold (`jürgen` signs in; `İstanbul`, `Straße`, `JÜRGEN`, `ǅemal` did not).

`skeleton` is what two addresses that look alike share (Unicode TR 39's idea, with the
lookalikes met in practice: Cyrillic and Greek letters drawn like Latin ones).
"""

from __future__ import annotations

import unicodedata

from ldapwizard import i18n

# admin and administrator: whoever reads them can get a TLS certificate for the domain
ROLE_ADDRESSES = frozenset({"postmaster", "abuse", "hostmaster", "webmaster", "root",
                            "mailer-daemon", "noreply", "no-reply", "admin",
                            "administrator"})
ALLOW_ROLES_OPTION = "--allow-role-addresses"
_LONGEST_ROLE = max(map(len, ROLE_ADDRESSES))

# General categories of characters nobody sees or that steer how text is shown: controls
# (C0, C1), format characters (zero-width space and joiners, bidirectional overrides, soft
# hyphen), separators, private use, surrogates and unassigned code points.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Cs", "Cn"})
# Default_Ignorable_Code_Point characters of other categories (DerivedCoreProperties.txt):
# the grapheme joiner, Hangul fillers, Khmer inherent vowels, variation selectors.
_IGNORABLE = frozenset({0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D,
                        0x180F, 0x3164, 0xFFA0, *range(0xFE00, 0xFE10),
                        *range(0xE0100, 0xE01F0)})

# A letter's script is the first word of its Unicode name (LATIN SMALL LETTER A, CYRILLIC
# SMALL LETTER A, CJK UNIFIED IDEOGRAPH-5C71): unicodedata has no Script property, and the
# names cover every script without a table of ranges to keep up to date. These words name
# one script otherwise.
_SCRIPT_WORDS = {"CJK": "HAN", "IDEOGRAPHIC": "HAN", "KANGXI": "HAN",
                 "KATAKANA-HIRAGANA": "", "HALFWIDTH": "", "FULLWIDTH": "", "MODIFIER": "",
                 "COPTIC": "GREEK"}
# Script sets a writing system uses together (TR 39's "highly restrictive" level)
_TOGETHER = (frozenset({"LATIN", "HAN", "HIRAGANA", "KATAKANA"}),
             frozenset({"LATIN", "HAN", "BOPOMOFO"}),
             frozenset({"LATIN", "HAN", "HANGUL"}))

# Cyrillic and Greek letters drawn like a Latin one, after casefold (TR 39 confusables.txt,
# the ones in common fonts)
_LOOKALIKES = str.maketrans({
    "а": "a", "е": "e", "ё": "ë", "і": "i", "ї": "ï", "ј": "j", "о": "o", "р": "p",
    "с": "c", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q",
    "ԝ": "w", "ѵ": "v", "ү": "y", "ӓ": "ä", "ӧ": "ö", "ѐ": "è",
    "α": "a", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "υ": "u", "χ": "x",
    "ϲ": "c", "ϳ": "j", "ί": "í", "ό": "ó", "ϊ": "ï",
})


def code_point(char: str) -> str:
    """`U+200B (ZERO WIDTH SPACE)`: a character named, never printed as it is."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def shown(text: str) -> str:
    """`text` with its invisible and control characters written as `<U+200B>`."""
    return "".join(f"<U+{ord(c):04X}>" if _invisible(c) else c for c in text)


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in _INVISIBLE_CATEGORIES or ord(char) in _IGNORABLE


def hostile_problem(local: str, *, mailbox: bool = False) -> str | None:
    """Why a valid local part would deceive a reader (invisible, not canonical, mixed
    scripts), or None. Plain ASCII never does. `mailbox`: as a whole sentence about the
    mailbox name ("mailbox name contains …")."""
    found = _hostility(local)
    if found is None:
        return None
    kind, values = found
    return i18n._(_HOSTILE_MAILBOX[kind] if mailbox else _HOSTILE[kind], **values)


_HOSTILE = {
    "invisible": i18n.N_("contains {char}, an invisible or control character; remove it from "
                         "the directory entry"),
    "nfc": i18n.N_('is not written in Unicode normal form (NFC): it would be a second address '
                   'beside "{nfc}"; write it as "{nfc}" in the directory entry'),
    "nfkc": i18n.N_('contains {char}, a compatibility form of "{nfkc}"; write it as "{nfkc}" '
                    'in the directory entry'),
    "scripts": i18n.N_("mixes {scripts} and {last} letters, so it can pass for another "
                       "address; write it in one script in the directory entry"),
}
_HOSTILE_MAILBOX = {
    "invisible": i18n.N_("mailbox name contains {char}, an invisible or control character; "
                         "remove it from the directory entry"),
    "nfc": i18n.N_('mailbox name is not written in Unicode normal form (NFC): it would be a '
                   'second address beside "{nfc}"; write it as "{nfc}" in the directory entry'),
    "nfkc": i18n.N_('mailbox name contains {char}, a compatibility form of "{nfkc}"; write it '
                    'as "{nfkc}" in the directory entry'),
    "scripts": i18n.N_("mailbox name mixes {scripts} and {last} letters, so it can pass for "
                       "another address; write it in one script in the directory entry"),
}


def _hostility(local: str) -> tuple[str, dict] | None:
    """Which way a local part would deceive (a key of _HOSTILE) and the values its words
    name, or None."""
    if local.isascii():
        return None
    for char in local:
        if _invisible(char):
            return "invisible", {"char": code_point(char)}
    nfc = unicodedata.normalize("NFC", local)
    if nfc != local:
        return "nfc", {"nfc": nfc}
    nfkc = unicodedata.normalize("NFKC", local)
    if nfkc != local:
        odd = next(c for c in local if unicodedata.normalize("NFKC", c) != c)
        return "nfkc", {"char": code_point(odd), "nfkc": nfkc}
    scripts = _scripts(local)
    if len(scripts) > 1 and not any(scripts <= together for together in _TOGETHER):
        *most, last = sorted(s.title() for s in scripts)
        return "scripts", {"scripts": ", ".join(most), "last": last}
    return None


def _scripts(local: str) -> frozenset[str]:
    """The scripts of the letters in `local` (marks, digits and punctuation have none)."""
    found = set()
    for char in local:
        if char.isascii():
            if char.isalpha():
                found.add("LATIN")
            continue
        if unicodedata.category(char)[0] != "L":
            continue
        word = unicodedata.name(char, "").split(" ", 1)[0]
        script = _SCRIPT_WORDS.get(word, word)
        if script:
            found.add(script)
    return frozenset(found)


def role_problem(local: str) -> str | None:
    """Why `local` is a role address a directory entry must not take, or None."""
    if len(local) > _LONGEST_ROLE or local.casefold() not in ROLE_ADDRESSES:
        return None
    return i18n._("{local} is a role address (mail about the domain or its servers goes "
                  "there); import it only on purpose, with {option} (in the wizard: "
                  "Directory, Advanced)", local=local, option=ALLOW_ROLES_OPTION)


def login_problem(login: str) -> str | None:
    """Why the mail server would not find `login` as typed, or None: Dovecot lower-cases
    A-Z only, the stored key is casefolded."""
    if login.isascii():
        return None
    key = login.casefold()
    seen = "".join(c.lower() if c.isascii() else c for c in login)
    if seen == key:
        return None
    return i18n._('login {login} would not sign in: the mail server lower-cases only A-Z, '
                  'so it looks up "{seen}", while the login is stored as "{key}"; write the '
                  'name in lower case as "{key}" in the directory entry (or choose another '
                  'username)', login=login, seen=seen, key=key)


def skeleton(local: str) -> str:
    """What `local` looks like: NFKC, casefolded, Cyrillic and Greek lookalikes as Latin."""
    folded = unicodedata.normalize("NFKC", local).casefold()
    return folded if folded.isascii() else folded.translate(_LOOKALIKES)
