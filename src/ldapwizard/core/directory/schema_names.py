"""The attribute names a directory's schema has (its subschema entry, RFC 4512), so a rule on a
misspelt attribute (`departmnet is Sales`) is refused with the name it likely meant instead of
silently matching nobody."""

from __future__ import annotations

import difflib
import logging
import re

from ldapwizard.core.directory.exclusions import Exclusions, quote
from ldapwizard.core.errors import BadInput, LdapWizardError
from ldapwizard.i18n import _

log = logging.getLogger(__name__)

# NAME 'cn' or NAME ( 'cn' 'commonName' ) in an attributeTypes value
_NAMES = re.compile(r"\bNAME\s+(?:'([^']*)'|\(([^)]*)\))")
_OID = re.compile(r"\(\s*([0-9][0-9.]*)")


def attribute_names(directory) -> dict[str, str] | None:
    """Every attribute name and OID the schema defines, by lower case, as the schema spells
    it; None when the schema cannot be read (no subschemaSubentry, or the bind account may
    not read it)."""
    try:
        root = directory.read_entry("", ("subschemaSubentry",))
        found = (root or {}).get("subschemasubentry")
        if not found:
            return None
        subschema = found[0].decode("utf-8", "replace")
        raw = directory.read_entry(subschema, ("attributeTypes",))
    except LdapWizardError as e:
        log.info("the schema could not be read: %s", e)
        return None
    values = (raw or {}).get("attributetypes")
    if not values:
        return None
    names: dict[str, str] = {}
    for value in values:
        text = value.decode("utf-8", "replace")
        oid = _OID.match(text)
        if oid:
            names[oid.group(1)] = oid.group(1)
        match = _NAMES.search(text)
        if match:
            single, several = match.groups()
            for name in ([single] if single is not None
                         else re.findall(r"'([^']*)'", several)):
                names[name.lower()] = name
    return names


def check_rule_attributes(directory, exclusions: Exclusions) -> str | None:
    """BadInput for the first rule on an attribute the schema lacks, naming the likely one;
    a warning (returned, for the listing's notes) when the schema cannot be read."""
    wanted = [rule for rule in exclusions.rules
              if rule.attribute and rule.attribute.lower() != "dn"]
    if not wanted:
        return None
    names = attribute_names(directory)
    if names is None:
        return _("The directory's schema could not be read, so the attribute names in the "
                 "exclusion rules were not checked; a misspelt one matches nobody.")
    for rule in wanted:
        if rule.attribute.lower() in names:
            continue
        close = difflib.get_close_matches(rule.attribute.lower(),
                                          [n for n in names if not n[0].isdigit()], n=1,
                                          cutoff=0.6)
        hint = (_('Did you mean "{name}"? Write the rule as "{rule}".', name=names[close[0]],
                  rule=_rewritten(rule, names[close[0]])) if close else
                _("Check the attribute's name in the directory's schema."))
        raise BadInput(_('Exclusion rule {number} "{rule}" is on the attribute "{attribute}", '
                         "which the directory's schema does not have, so it would leave out "
                         "nobody.", number=rule.number, rule=rule.text,
                         attribute=rule.attribute), hint=hint)
    return None


def _rewritten(rule, attribute: str) -> str:
    if rule.operator in ("present", "absent"):
        return f"{attribute} {rule.operator}"
    return f"{attribute} {rule.operator} {quote(rule.value)}"
