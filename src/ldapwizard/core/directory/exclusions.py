"""Ordered exclusion rules: which listed entries not to import, and the rule that said so.

One rule per line (`--exclude RULE` on the command line, repeatable), in one of two forms:

    ATTRIBUTE OPERATOR VALUE      e.g.  sAMAccountName glob svc-*
    memberof GROUP                e.g.  memberof Leavers

ATTRIBUTE is any attribute name (any case), or `dn` for the entry's DN. OPERATOR is one of

    is        the whole value, e.g.         department is Leavers
    contains  a part of the value           mail contains @contractors.
    glob      the whole value, * ? [abc]    sAMAccountName glob svc-*
    regex     a regex found anywhere        title regex ^(intern|temp)
    present   the attribute has a value     (no VALUE)
    absent    the attribute has no value    (no VALUE)

Matching ignores case; a rule matches when any value of the attribute does. VALUE is the rest
of the rule after the operator with the spaces around it trimmed, so `department is Sales and
Marketing` needs no quotes; quote it ("..." with \\" and \\\\ escapes, or '...' taken as it is)
to keep spaces at its ends or to start it with a quote. GROUP in `memberof GROUP` is a group's
name or DN, excluding its members with nesting; a GROUP whose name begins with an operator word
is quoted (`memberof "is Leavers"`), because `memberof is X` is a rule on the memberOf attribute.

`glob` and `regex` are matched by RE2 (patterns.py) in time linear in the value, so no rule
can hang a run; a regex with what RE2 does not take (backreferences, lookaround) is refused when
the rule is parsed, saying what to write instead.

Rules are tried in order and the first that matches excludes the entry, so the caller can say
"excluded by rule 2: sAMAccountName glob svc-*".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ldapwizard.core.directory.patterns import PatternError, compile_glob, compile_regex
from ldapwizard.core.errors import BadInput, PositionedInputError
from ldapwizard.i18n import N_, _

OPERATORS = ("is", "contains", "glob", "regex", "present", "absent")
GROUP_OPERATOR = "memberof"
_NO_VALUE = ("present", "absent")
_ATTRIBUTE = re.compile(r"([A-Za-z][A-Za-z0-9-]*|[0-9]+(\.[0-9]+)+)\Z")
SYNTAX_HINT = N_("Write ATTRIBUTE OPERATOR VALUE, where OPERATOR is is, contains, glob, regex, "
                 "present or absent (the last two without a VALUE), or memberof GROUP; e.g. "
                 "'sAMAccountName glob svc-*', 'mail contains @contractors.', "
                 "'memberof Leavers'. Quote a VALUE to keep spaces at its ends.")


class GroupMembers(Protocol):
    """What a memberof rule asks of an expanded group (membership.Membership has it)."""

    def has_user(self, dn: str) -> bool: ...


@dataclass(frozen=True)
class Rule:
    """One parsed rule; `number` counts from 1 in the order given."""

    number: int
    attribute: str | None  # None for memberof
    operator: str
    value: str
    pattern: object | None = field(default=None, compare=False, repr=False)  # RE2's

    @property
    def text(self) -> str:
        """The rule written back in the documented syntax."""
        if self.operator == GROUP_OPERATOR:
            needs_quotes = self.value.split(" ", 1)[0].lower() in OPERATORS
            return f"{GROUP_OPERATOR} {quote(self.value, force=needs_quotes)}"
        if self.operator in _NO_VALUE:
            return f"{self.attribute} {self.operator}"
        return f"{self.attribute} {self.operator} {quote(self.value)}"

    def __str__(self) -> str:
        return f"rule {self.number}: {self.text}"

    def matches(self, dn: str, raw: Mapping[str, list[bytes]],
                groups: Mapping[str, GroupMembers] | None = None) -> bool:
        """True when this rule excludes the entry (`raw`: lower-case names, raw values)."""
        if self.operator == GROUP_OPERATOR:
            members = (groups or {}).get(self.value)
            if members is None:
                raise BadInput(_('The members of group "{value}" ({self}) were not read.',
                                 value=self.value, self=self),
                               hint=_("Expand the groups named by Exclusions.groups() first."))
            return members.has_user(dn)
        if self.attribute.lower() == "dn":
            values = [dn]
        else:
            values = [v.decode("utf-8", "replace") for v in _values(raw, self.attribute)]
        if self.operator == "present":
            return bool(values)
        if self.operator == "absent":
            return not values
        if self.operator == "is":
            wanted = self.value.casefold()
            return any(v.casefold() == wanted for v in values)
        if self.operator == "contains":
            wanted = self.value.casefold()
            return any(wanted in v.casefold() for v in values)
        return any(self.pattern.search(v) for v in values)


@dataclass(frozen=True)
class Exclusions:
    """Ordered rules; `first_match` names the rule that excludes an entry."""

    rules: tuple[Rule, ...] = ()

    @classmethod
    def parse(cls, texts: Iterable[str]) -> Exclusions:
        """Parse rules in order; BadInput naming the rule, the problem and its position."""
        return cls(tuple(parse_rule(text, number)
                         for number, text in enumerate(texts, start=1)))

    def __bool__(self) -> bool:
        return bool(self.rules)

    def attributes(self) -> tuple[str, ...]:
        """The attributes the rules read, to add to the listing's (no duplicates, no `dn`)."""
        seen: dict[str, str] = {}
        for rule in self.rules:
            if rule.attribute and rule.attribute.lower() != "dn":
                seen.setdefault(rule.attribute.lower(), rule.attribute)
        return tuple(seen.values())

    def groups(self) -> tuple[str, ...]:
        """The groups (names or DNs, as written) whose members the memberof rules need."""
        return tuple(dict.fromkeys(r.value for r in self.rules if r.operator == GROUP_OPERATOR))

    def first_match(self, dn: str, raw: Mapping[str, list[bytes]],
                    groups: Mapping[str, GroupMembers] | None = None) -> Rule | None:
        """The first rule that excludes the entry, or None when it is kept.

        `groups` maps each of groups() to its expanded members (membership.memberships_for).
        """
        for rule in self.rules:
            if rule.matches(dn, raw, groups):
                return rule
        return None

    def split(self, entries: Iterable[tuple[str, Mapping[str, list[bytes]]]],
              groups: Mapping[str, GroupMembers] | None = None) -> tuple[list, list]:
        """(kept entries, [(excluded entry, the rule)]) of (DN, raw) entries, in their order."""
        kept, excluded = [], []
        for entry in entries:
            rule = self.first_match(entry[0], entry[1], groups)
            if rule is None:
                kept.append(entry)
            else:
                excluded.append((entry, rule))
        return kept, excluded


def _values(raw: Mapping[str, list[bytes]], attribute: str) -> list[bytes]:
    """An attribute's values: listings key entries by lower-case names, others may not."""
    name = attribute.lower()
    found = raw.get(name)
    if found is None:
        found = next((v for k, v in raw.items() if k.lower() == name), ())
    return found


def quote(value: str, *, force: bool = False) -> str:
    """`value` as a rule writes it: bare when that reads back the same, else in double quotes."""
    if value and not force and value == value.strip() and value[0] not in "\"'":
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _error(number: int, text: str, problem: str, position: int) -> PositionedInputError:
    return PositionedInputError(_('exclusion rule {number} "{text}": {problem}',
                                  number=number, text=text, problem=problem), position,
                                hint=_(SYNTAX_HINT))


def _word(text: str, i: int) -> tuple[str, int, int]:
    """The next space-separated word: (word, its start, the position after it)."""
    while i < len(text) and text[i].isspace():
        i += 1
    start = i
    while i < len(text) and not text[i].isspace():
        i += 1
    return text[start:i], start, i


def _value(text: str, i: int, number: int) -> str:
    """The rest of the rule from `i`: trimmed, or one quoted string."""
    while i < len(text) and text[i].isspace():
        i += 1
    rest = text[i:].rstrip()
    if not rest or rest[0] not in "\"'":
        return rest
    quote_char, out, j = rest[0], [], 1
    while j < len(rest) and rest[j] != quote_char:
        if quote_char == '"' and rest[j] == "\\" and j + 1 < len(rest):
            j += 1
        out.append(rest[j])
        j += 1
    if j >= len(rest):
        raise _error(number, text, _("the quoted value is not closed (a {quote} is missing "
                                     "at the end)", quote=quote_char), i)
    if j + 1 < len(rest):
        raise _error(number, text, _("text follows the closing quote; put all of the value "
                                     "inside the quotes"), i + j + 1)
    return "".join(out)


def parse_rule(text: str, number: int = 1) -> Rule:
    """One rule in the documented syntax (positions in errors count from 0)."""
    first, start, i = _word(text, 0)
    if not first:
        raise _error(number, text, _("the rule is empty"), 0)
    if first.lower() == GROUP_OPERATOR:
        following = _word(text, i)[0]
        if following.lower() not in OPERATORS:
            group = _value(text, i, number)
            if not group:
                raise _error(number, text, _("memberof needs a group's name or DN after it"),
                             len(text))
            return Rule(number, None, GROUP_OPERATOR, group)
    if not _ATTRIBUTE.match(first):
        raise _error(number, text, _('"{word}" is not an attribute name (letters, digits and '
                                     '"-", starting with a letter)', word=first), start)
    operator, op_start, i = _word(text, i)
    if not operator:
        raise _error(number, text, _('an operator is missing after "{word}" (one of '
                                     '{operators})', word=first, operators=", ".join(OPERATORS)),
                     len(text))
    operator_key = operator.lower()
    if operator_key not in OPERATORS:
        close = {"=": "is", "==": "is", "equals": "is", "matches": "glob or regex",
                 "like": "glob", "~": "regex", "has": "contains", "in": "contains"}
        suggestion = close.get(operator_key)
        problem = (_('"{word}" is not an operator; use one of {operators} (did you mean '
                     '"{suggestion}"?)', word=operator, operators=", ".join(OPERATORS),
                     suggestion=suggestion) if suggestion else
                   _('"{word}" is not an operator; use one of {operators}', word=operator,
                     operators=", ".join(OPERATORS)))
        raise _error(number, text, problem, op_start)
    value_start = i
    value = _value(text, i, number)
    if operator_key in _NO_VALUE:
        if value:
            raise _error(number, text, _('"{operator}" takes no value', operator=operator_key),
                         value_start + 1)
        return Rule(number, first, operator_key, "")
    if not value:
        raise _error(number, text, _('a value is missing after "{operator}"',
                                     operator=operator_key), len(text))
    pattern = None
    if operator_key == "glob":
        pattern = compile_glob(value)
    elif operator_key == "regex":
        try:
            pattern = compile_regex(value)
        except PatternError as e:
            at = len(text) - len(text[value_start:].lstrip())
            at += (text[at] in "\"'") + e.position
            raise _error(number, text, e.problem, at) from None
    return Rule(number, first, operator_key, value, pattern)
