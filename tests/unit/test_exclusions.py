"""Exclusion rules: the one-line syntax, its errors, matching in order, and what to fetch."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory.exclusions import Exclusions, parse_rule, quote
from ldapwizard.core.errors import BadInput, PositionedInputError


def entry(**attributes: str | list[str]) -> dict[str, list[bytes]]:
    """A raw entry as the listing reads it: lower-case names, lists of bytes."""
    return {name.lower(): [v.encode() for v in ([value] if isinstance(value, str) else value)]
            for name, value in attributes.items()}


class Members:
    """An expanded group as a memberof rule sees it."""

    def __init__(self, *dns: str):
        self.dns = {dn.lower() for dn in dns}

    def has_user(self, dn: str) -> bool:
        return dn.lower() in self.dns


DN = "CN=Some One,OU=Staff,DC=corp,DC=example"


@pytest.mark.parametrize(("text", "attribute", "operator", "value"), [
    ("sAMAccountName glob svc-*", "sAMAccountName", "glob", "svc-*"),
    ("mail contains @contractors.", "mail", "contains", "@contractors."),
    ("title regex ^(intern|temp)", "title", "regex", "^(intern|temp)"),
    ("department is Leavers", "department", "is", "Leavers"),
    ("  department   IS   Sales and Marketing  ", "department", "is", "Sales and Marketing"),
    ('description is " padded "', "description", "is", " padded "),
    ('description is "say \\"hi\\" \\\\o/"', "description", "is", 'say "hi" \\o/'),
    ("description is 'C:\\temp'", "description", "is", "C:\\temp"),
    ("mail absent", "mail", "absent", ""),
    ("employeeType present", "employeeType", "present", ""),
    ("2.5.4.12 contains boss", "2.5.4.12", "contains", "boss"),
    ("dn contains OU=Contractors", "dn", "contains", "OU=Contractors"),
    ("memberOf contains CN=Leavers", "memberOf", "contains", "CN=Leavers"),
])
def test_attribute_rules_parse_into_attribute_operator_and_value(text, attribute, operator,
                                                                  value):
    rule = parse_rule(text)
    assert (rule.attribute, rule.operator, rule.value) == (attribute, operator, value)
    again = parse_rule(rule.text)
    assert (again.attribute, again.operator, again.value) == (attribute, operator, value)


@pytest.mark.parametrize(("text", "group"), [
    ("memberof Leavers", "Leavers"),
    ("MemberOf   Former Staff  ", "Former Staff"),
    ("memberof CN=Leavers,OU=Groups,DC=corp,DC=example", "CN=Leavers,OU=Groups,DC=corp,DC=example"),
    ('memberof "is Leavers"', "is Leavers"),
])
def test_memberof_takes_a_group_name_or_dn_and_quotes_one_that_starts_with_an_operator(text,
                                                                                       group):
    rule = parse_rule(text)
    assert (rule.attribute, rule.operator, rule.value) == (None, "memberof", group)
    assert parse_rule(rule.text).value == group


@pytest.mark.parametrize(("text", "words", "position"), [
    ("", "the rule is empty", 0),
    ("mail", "an operator is missing", 4),
    ("mail matches *@x", '"matches" is not an operator', 5),
    ("mail = x@y", 'did you mean "is"', 5),
    ("mail contains", 'a value is missing after "contains"', 13),
    ("mail present yes", '"present" takes no value', 13),
    ("mail is \"open", "quoted value is not closed", 8),
    ("mail is \"a\" b", "text follows the closing quote", 11),
    ("title regex ^(intern", "regular expression is not valid", 13),
    ("title regex \"a[\"", "regular expression is not valid", 14),
    ("memberof", "memberof needs a group", 8),
    ("sAMAccount_Name is x", "not an attribute name", 0),
    ("-mail is x", "not an attribute name", 0),
])
def test_a_bad_rule_says_what_is_wrong_where_and_how_to_write_one(text, words, position):
    with pytest.raises(PositionedInputError) as caught:
        Exclusions.parse(["mail absent", text])
    error = caught.value
    assert words in error.problem
    assert 'exclusion rule 2 "' in error.problem
    assert error.position == position
    assert "ATTRIBUTE OPERATOR VALUE" in error.hint and "memberof GROUP" in error.hint
    assert error.exit_code == 2


def test_each_operator_matches_any_value_ignoring_case():
    person = entry(mail=["Jo@Corp.Example", "jo@contractors.example"], title="Intern (summer)",
                   sAMAccountName="SVC-backup", department="Leavers")
    matching = ["mail contains @CONTRACTORS.", "sAMAccountName glob svc-*", "title regex ^intern",
                "department is leavers", "title present", "manager absent",
                "sAMAccountName glob SVC-?ackup", "sAMAccountName glob [rs]vc-*",
                "dn contains ou=staff"]
    for text in matching:
        assert parse_rule(text).matches(DN, person), text
    missing = ["mail contains @partner.", "sAMAccountName glob svc", "title regex ^temp",
               "department is Leaver", "mail absent", "manager present", "dn contains ou=sales"]
    for text in missing:
        assert not parse_rule(text).matches(DN, person), text


def test_glob_matches_the_whole_value_and_regex_anywhere_unless_anchored():
    person = entry(sAMAccountName="old-svc-x", title="Senior intern")
    assert not parse_rule("sAMAccountName glob svc-*").matches(DN, person)
    assert parse_rule("sAMAccountName glob *svc-*").matches(DN, person)
    assert parse_rule("title regex intern").matches(DN, person)
    assert not parse_rule("title regex ^intern").matches(DN, person)


def test_attribute_names_in_rules_and_entries_ignore_case():
    assert parse_rule("SAMACCOUNTNAME glob SVC-*").matches(DN, {"samaccountname": [b"svc-m"]})
    assert parse_rule("samaccountname glob svc-*").matches(DN, {"sAMAccountName": [b"SVC-m"]})
    assert parse_rule("samaccountname absent").matches(DN, {"sAMAccountNam": [b"x"]})


def test_entries_split_into_kept_and_excluded_with_the_rule_in_listing_order():
    rules = Exclusions.parse(["sAMAccountName glob svc-*", "mail absent"])
    entries = [(f"CN={name},OU=Staff,DC=corp,DC=example", entry(sAMAccountName=name, **mail))
               for name, mail in (("svc-a", {}), ("jdoe", {"mail": "j@x"}), ("nomail", {}),
                                  ("svc-b", {"mail": "b@x"}))]
    kept, excluded = rules.split(entries)
    assert kept == [entries[1]]
    assert [(e[0].split(",")[0], r.number) for e, r in excluded] == [
        ("CN=svc-a", 1), ("CN=nomail", 2), ("CN=svc-b", 1)]


def test_the_first_matching_rule_in_order_is_named():
    rules = Exclusions.parse(["mail absent", "sAMAccountName glob svc-*", "title regex ^temp",
                              "sAMAccountName is svc-backup"])
    assert rules.first_match(DN, entry(sAMAccountName="jdoe", mail="j@x", title="CEO")) is None
    rule = rules.first_match(DN, entry(sAMAccountName="svc-backup", mail="b@x", title="temp"))
    assert rule.number == 2
    assert str(rule) == "rule 2: sAMAccountName glob svc-*"
    assert rules.first_match(DN, entry(sAMAccountName="svc-backup")).number == 1


def test_memberof_rules_ask_the_expanded_groups_and_say_when_they_were_not_read():
    rules = Exclusions.parse(["department is Leavers", "memberof Former Staff"])
    assert rules.groups() == ("Former Staff",)
    groups = {"Former Staff": Members(DN.upper())}
    assert rules.first_match(DN, entry(department="Sales"), groups).number == 2
    other = "CN=Else,OU=Staff,DC=corp,DC=example"
    assert rules.first_match(other, entry(department="Sales"), groups) is None
    with pytest.raises(BadInput, match='members of group "Former Staff"'):
        rules.first_match(DN, entry(department="Sales"))


def test_the_rules_say_which_attributes_to_fetch_once_each():
    rules = Exclusions.parse(["mail absent", "MAIL contains @x", "title regex a", "dn contains x",
                              "memberof Leavers", "sAMAccountName glob svc-*"])
    assert rules.attributes() == ("mail", "title", "sAMAccountName")
    assert Exclusions.parse([]).attributes() == ()
    assert not Exclusions.parse([])


def test_values_are_written_back_quoted_only_where_needed():
    assert quote("svc-*") == "svc-*"
    assert quote(" x") == '" x"'
    assert quote('"x') == '"\\"x"'
    assert parse_rule('title is "a \\"b\\" "').text == 'title is "a \\"b\\" "'
    assert parse_rule("memberof 'regex group'").text == 'memberof "regex group"'


@pytest.mark.timeout(20)
def test_a_catastrophic_regex_ends_at_once_on_forty_as_and_a_bang():
    rule = parse_rule("description regex (a+)+$")
    assert not rule.matches(DN, entry(description="a" * 40 + "!"))
    assert rule.matches(DN, entry(description="xaaaa"))
    assert not parse_rule("description glob *a*a*a*a*a*a*a*a*b").matches(
        DN, entry(description="a" * 5000))


@pytest.mark.parametrize(("text", "words", "instead"), [
    (r"uid regex (a)\1", "a backreference", "repeat the text itself"),
    ("uid regex ^svc(?!-keep)", "a lookahead or lookbehind", "add a second rule"),
    (r"uid regex svc\Z", "\\Z", "write $"),
    ("uid regex a++", "a possessive quantifier", "drop the second +"),
    (r"uid regex caf\u00e9", "a \\uXXXX escape", "write \\x{XXXX}"),
    ("uid regex a(?#note)", "not one the bounded engine (RE2) takes", "RE2's syntax"),
    ("uid regex a{1001}", "not one the bounded engine (RE2) takes", "more simply"),
])
def test_a_regex_the_bounded_engine_cannot_take_is_refused_saying_what_to_write(text, words,
                                                                                 instead):
    with pytest.raises(PositionedInputError) as caught:
        Exclusions.parse([text])
    assert f'exclusion rule 1 "{text}"' in caught.value.problem
    assert words in caught.value.problem and instead in caught.value.problem


def test_escaped_characters_and_glob_classes_are_read_as_written():
    assert parse_rule(r"title regex ^c\++$").matches(DN, entry(title="C++"))
    assert not parse_rule(r"title regex ^c\++$").matches(DN, entry(title="C"))
    assert parse_rule(r"title regex a\\1").matches(DN, entry(title="a\\1"))
    assert parse_rule("title glob [!x]*").matches(DN, entry(title="abc"))
    assert not parse_rule("title glob [!x]*").matches(DN, entry(title="xbc"))
    assert parse_rule("title glob a.b*").matches(DN, entry(title="A.Bc"))
    assert not parse_rule("title glob a.b*").matches(DN, entry(title="aXbc"))
    assert parse_rule("title glob line*").matches(DN, entry(title="line one\nline two"))
