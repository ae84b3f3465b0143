"""Groups in the directory: find them by DN or name, search them by typed text, and list the
mail-enabled ones (which become mailing lists) with their members expanded by membership.py.

Group kinds understood: AD `group` (security or distribution, from groupType), `groupOfNames`
(`member`), `groupOfUniqueNames` (`uniqueMember`) and `posixGroup` (`memberUid`), also combined
in one entry as rfc2307bis directories do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.filters import escape_value
from ldapwizard.core.directory.listing import Directory
from ldapwizard.core.directory.records import format_stable_id
from ldapwizard.core.errors import BadInput, PositionedInputError

GROUP_CLASSES = ("group", "groupOfNames", "groupOfUniqueNames", "posixGroup")
GROUP_FILTER = "(|" + "".join(f"(objectClass={c})" for c in GROUP_CLASSES) + ")"
# a group's stable id, as the presets read users' (the first the entry has)
STABLE_IDS = (("objectGUID", "guid-le"), ("GUID", "guid-be"), ("nsUniqueId", "text"),
              ("entryUUID", "text"))
GROUP_ATTRIBUTES = ("objectClass", "cn", "sAMAccountName", "mail", "groupType", "description",
                    "displayName", *(name for name, _ in STABLE_IDS))
_GROUP_CLASS_KEYS = frozenset(c.lower() for c in GROUP_CLASSES)
_SECURITY_ENABLED = 0x80000000  # groupType bit: a security group (else distribution)
# How many groups a name may match before the error stops listing them
_AMBIGUOUS_SHOWN = 10


@dataclass(frozen=True)
class Group:
    """One group entry: its DN as the server wrote it, a name to show, its kind and address."""

    dn: str
    name: str
    kind: str  # 'security', 'distribution' (AD), else the LDAP class: 'groupOfNames', ...
    mail: str | None
    object_classes: tuple[str, ...]
    description: str | None = None
    stable_id: str | None = None  # objectGUID, GUID, nsUniqueId or entryUUID, as for users

    @property
    def mail_enabled(self) -> bool:
        """True when the group has an address, so it can become a mailing list."""
        return bool(self.mail)


@dataclass(frozen=True)
class GroupSearch:
    """Groups found for a typed text: at most `limit`, sorted by name; `truncated` if more."""

    groups: tuple[Group, ...]
    truncated: bool


def first_text(raw: dict[str, list[bytes]], name: str) -> str | None:
    """The first value of an attribute as text (names are lower case in raw entries)."""
    values = raw.get(name.lower())
    return values[0].decode("utf-8", "replace") if values else None


def texts(raw: dict[str, list[bytes]], name: str) -> tuple[str, ...]:
    """Every value of an attribute as text."""
    return tuple(v.decode("utf-8", "replace") for v in raw.get(name.lower(), ()))


def is_group(object_classes: Iterable[str]) -> bool:
    """True for an entry of one of GROUP_CLASSES."""
    return any(c.lower() in _GROUP_CLASS_KEYS for c in object_classes)


def group_from_entry(dn: str, raw: dict[str, list[bytes]]) -> Group:
    """A Group from a raw entry read with (at least) GROUP_ATTRIBUTES."""
    classes = texts(raw, "objectClass")
    lower = {c.lower() for c in classes}
    group_type = first_text(raw, "groupType")
    if "group" in lower and group_type is not None:
        try:
            security = int(group_type) & _SECURITY_ENABLED
        except ValueError:
            security = 0
        kind = "security" if security else "distribution"
    else:
        kind = next((c for c in GROUP_CLASSES if c.lower() in lower), "group")
    name = first_text(raw, "cn") or first_text(raw, "sAMAccountName") or _rdn_value(dn)
    stable_id = next((format_stable_id(raw[attribute.lower()][0], style)
                      for attribute, style in STABLE_IDS if raw.get(attribute.lower())), None)
    return Group(dn=dn, name=name, kind=kind, mail=first_text(raw, "mail"),
                 object_classes=classes, description=first_text(raw, "description"),
                 stable_id=stable_id)


def _rdn_value(dn: str) -> str:
    try:
        rdns = dnmod.parse_dn(dn)
    except PositionedInputError:
        return dn
    return rdns[0][0].value if rdns else dn


def _looks_like_dn(text: str) -> bool:
    if "=" not in text:
        return False
    try:
        return bool(dnmod.parse_dn(text))
    except PositionedInputError:
        return False


def group_base(directory: Directory, base: str | None = None) -> str:
    """Where to look for groups: `base`, else the directory's suggested base (RootDSE)."""
    if base and base.strip():
        return base
    found = directory.root_dse().suggested_base
    if not found:
        raise BadInput("The server names no naming context to search for groups in.",
                       hint="Give the base DN to search below.")
    return found


def naming_context(directory: Directory, dn: str | None = None) -> str:
    """The naming context holding `dn` (the longest that does), else the directory's
    suggested one: where groups are looked for unless a groups base is given, so a group is
    found wherever the users' base DN or OUs are."""
    root = directory.root_dse()
    if dn and dn.strip():
        try:
            holding = [nc for nc in root.naming_contexts if nc and dnmod.is_within(dn, nc)]
        except PositionedInputError:
            holding = []
        if holding:
            return max(holding, key=lambda nc: len(dnmod.parse_dn(nc)))
    return group_base(directory)


def groups_base_for(directory: Directory, search) -> str:
    """Where a listing looks groups up (--member-of, memberof rules, --groups-as-lists): the
    job's groups base, else the whole naming context of its base DN."""
    return where_groups(directory, search.base_dn, search.groups_base)


def where_groups(directory: Directory, base_dn: str, groups_base: str = "") -> str:
    """`groups_base` when one is given, else the naming context holding `base_dn`."""
    if groups_base.strip():
        return groups_base.strip()
    return naming_context(directory, base_dn)


def read_group(directory: Directory, dn: str) -> Group:
    """The group at `dn`; BadInput when there is no entry or it is not a group."""
    raw = directory.read_entry(dn, GROUP_ATTRIBUTES)
    if raw is None:
        raise BadInput(f"There is no group {dn} on {directory.settings.address}.",
                       hint="Check the DN, or give the group's name instead.")
    classes = texts(raw, "objectClass")
    if not is_group(classes):
        raise BadInput(f"{dn} is not a group (its object classes: {', '.join(classes)}).",
                       hint="Give a group's DN or name.")
    return group_from_entry(dn, raw)


def find_group(directory: Directory, text: str, base: str | None = None) -> Group:
    """The group named by `text`: a DN, or a name (cn or sAMAccountName, any case) below `base`.

    A name matching no group, or several, is BadInput; the latter lists them so the admin can
    give a DN instead.
    """
    text = text.strip()
    if not text:
        raise BadInput("No group given.", hint="Give a group's name or DN.")
    if _looks_like_dn(text):
        return read_group(directory, text)
    base = group_base(directory, base)
    value = escape_value(text)
    search_filter = f"(&{GROUP_FILTER}(|(cn={value})(sAMAccountName={value})))"
    wanted = text.casefold()
    found: list[Group] = []
    for page in directory.search_entries(base, search_filter, attributes=GROUP_ATTRIBUTES):
        for dn, raw in page:
            names = {n.casefold() for n in texts(raw, "cn") + texts(raw, "sAMAccountName")}
            if wanted in names:
                found.append(group_from_entry(dn, raw))
    if not found:
        raise BadInput(f'No group named "{text}" below {base}.',
                       hint="Check the spelling, search for the group, or give its DN.")
    if len(found) > 1:
        shown = "\n".join(f"  {g.dn}" for g in found[:_AMBIGUOUS_SHOWN])
        more = len(found) - _AMBIGUOUS_SHOWN
        shown += f"\n  … and {more} more" if more > 0 else ""
        raise BadInput(f'"{text}" names {len(found)} groups below {base}:\n{shown}',
                       hint="Give the DN of the one you mean (a DN always names one group), "
                       "or a groups base that holds only it.")
    return found[0]


def find_groups(directory: Directory, names: Iterable[str], base: str | None = None) -> list[Group]:
    """find_group for each of `names` (e.g. repeated --member-of), without duplicates."""
    groups: dict[tuple, Group] = {}
    for name in names:
        group = find_group(directory, name, base)
        groups.setdefault(dnmod.dn_key(group.dn), group)
    return list(groups.values())


def search_groups(directory: Directory, text: str, base: str | None = None, *,
                  limit: int = 100, page_size: int = 200) -> GroupSearch:
    """Groups whose name, account name, display name or address contains `text` (all groups
    when it is empty), for a pick list: paged, at most `limit`, sorted by name."""
    base = group_base(directory, base)
    text = text.strip()
    search_filter = GROUP_FILTER
    if text:
        value = escape_value(text)
        terms = "".join(f"({name}=*{value}*)"
                        for name in ("cn", "sAMAccountName", "displayName", "mail"))
        search_filter = f"(&{GROUP_FILTER}(|{terms}))"
    found: list[Group] = []
    truncated = False
    for page in directory.search_entries(base, search_filter, attributes=GROUP_ATTRIBUTES,
                                         page_size=min(page_size, limit + 1)):
        found.extend(group_from_entry(dn, raw) for dn, raw in page)
        if len(found) > limit:
            truncated = True
            break
    # an abandoned paged search: the server forgets it when the connection's next request
    # arrives, and the Directory stays usable
    found.sort(key=lambda g: (g.name.casefold(), g.dn))
    return GroupSearch(groups=tuple(found[:limit]), truncated=truncated)


def mail_enabled_groups(directory: Directory, base: str | None = None) -> list[Group]:
    """Every group with a `mail` attribute below `base` (AD distribution and mail-enabled
    security groups, OpenLDAP groups with mail), sorted by name; see mailing_lists() in
    membership.py for them with their members."""
    base = group_base(directory, base)
    groups = [group_from_entry(dn, raw)
              for page in directory.search_entries(base, f"(&{GROUP_FILTER}(mail=*))",
                                                   attributes=GROUP_ATTRIBUTES)
              for dn, raw in page]
    groups.sort(key=lambda g: (g.name.casefold(), g.dn))
    return groups
