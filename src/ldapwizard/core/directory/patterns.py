"""Bounded patterns for the exclusion rules' `glob` and `regex`: matched by RE2, whose time is
linear in the value's length whatever the pattern, so no rule can hang a sync.

Python's own `re` backtracks: `(a+)+$` against forty a's and a '!' does not finish. RE2
(google-re2, the engine of Go's regexp and of RE2-based filters in Gmail) never backtracks; what
it gives up for that is backreferences and lookaround, which a rule is told about when it is
parsed, with what to write instead. The pattern is first read by Python's `re` only to find
where a mistyped one goes wrong (RE2 gives no position); matching is RE2's alone.
"""

from __future__ import annotations

import re

import re2

from ldapwizard.i18n import N_, _

# How much memory one compiled pattern may take (RE2's own default is 8 MB): a pattern that
# needs more is refused when the rule is parsed.
MAX_PATTERN_MEMORY = 8 << 20

# What RE2 does not take, as Python writes it -> what to write instead
_UNSUPPORTED = (
    (re.compile(r"(?<!\\)\\[1-9]|\(\?P="), N_("a backreference (\\1, (?P=name))"),
     N_("repeat the text itself, or split the rule in two")),
    (re.compile(r"\(\?<?[=!]"), N_("a lookahead or lookbehind ((?=, (?!, (?<=, (?<!)"),
     N_("match the text itself, or add a second rule (a later rule with `is`, `contains` or "
        "`glob` can say what to leave out)")),
    (re.compile(r"(?<!\\)\\Z"), "\\Z", N_("write $ (or \\z) for the end of the value")),
    (re.compile(r"(?<!\\)[*+?}][+]"), N_("a possessive quantifier (*+, ++, ?+)"),
     N_("drop the second +: RE2 never backtracks, so it is not needed")),
    (re.compile(r"\(\?>"), N_("an atomic group ((?>...))"),
     N_("write a plain group (...): RE2 never backtracks, so it is not needed")),
    (re.compile(r"(?<!\\)\\[uU][0-9a-fA-F]{4}"), N_("a \\uXXXX escape"),
     N_("write \\x{XXXX} for the character")),
)


class PatternError(ValueError):
    """A pattern that cannot be used: `problem` in words, `position` in the pattern (0-based)."""

    def __init__(self, problem: str, position: int = 0):
        super().__init__(problem)
        self.problem = problem
        self.position = position


def _options() -> re2.Options:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False  # RE2 would write its own line to stderr
    options.max_mem = MAX_PATTERN_MEMORY
    return options


def compile_regex(pattern: str):
    """A case-insensitive RE2 pattern that finds `pattern` anywhere in a value (`search`)."""
    try:
        re.compile(pattern)
    except re.error as e:
        raise PatternError(_("the regular expression is not valid: {value}", value=e.msg),
                           e.pos or 0) from None
    for finder, what, instead in _UNSUPPORTED:
        found = finder.search(pattern)
        if found:
            raise PatternError(_("the regular expression uses {what}, which rules do not take "
                                 "(they are matched in bounded time); {instead}",
                                 what=_(what), instead=_(instead)),
                               found.start())
    try:
        return re2.compile(pattern, _options())
    except re2.error as e:
        reason = e.args[0].decode("utf-8", "replace") if e.args and isinstance(
            e.args[0], bytes) else str(e)
        raise PatternError(_("the regular expression is not one the bounded engine (RE2) takes "
                             "({reason}); write it with RE2's syntax "
                             "(https://github.com/google/re2/wiki/Syntax), or more simply",
                             reason=reason),
                           0) from None


def compile_glob(pattern: str):
    """A case-insensitive RE2 pattern matching the whole value to a glob: * ? [abc] [!abc]."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        char = pattern[i]
        i += 1
        if char == "*":
            out.append(".*")
        elif char == "?":
            out.append(".")
        elif char == "[":
            end = i + (i < n and pattern[i] == "!")
            end += end < n and pattern[end] == "]"
            end = pattern.find("]", end)
            if end < 0:
                out.append(re2.escape("["))
                continue
            body = pattern[i:end]
            i = end + 1
            negate = body.startswith("!")
            body = body[1:] if negate else body
            body = body.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
            body = "^" + body if negate else body.replace("^", "\\^", 1) if body[:1] == "^" \
                else body
            out.append(f"[{body}]")
        else:
            out.append(re2.escape(char))
    options = _options()
    options.dot_nl = True
    return re2.compile("^(?:" + "".join(out) + ")$", options)
