"""The directory's OU and container tree, one level at a time, for "Who to import"; and the
search scopes a set of ticked OUs becomes.

A tree loads lazily: `tree_roots` gives the naming contexts the RootDSE names (on AD the
domain's own, not Configuration, Schema or the DNS zones), `children` the containers directly
below one DN, paged and sorted by name. People are never nodes: they are what the listing finds
below the ticked nodes, which `search_scopes` turns into (base, scope) pairs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ldapwizard.core.directory import dn as dnmod
from ldapwizard.core.directory.listing import Directory
from ldapwizard.core.directory.settings import SearchSettings
from ldapwizard.core.errors import BadInput, PositionedInputError
from ldapwizard.i18n import _

# object class (lower case) -> kind, most specific first where an entry has several
KINDS = (("builtindomain", "builtin"), ("organizationalunit", "ou"), ("domain", "domain"),
         ("dcobject", "domain"), ("organization", "organization"), ("container", "container"))
CONTAINER_FILTER = "(|" + "".join(
    f"(objectClass={name})" for name in ("organizationalUnit", "container", "organization",
                                         "domain", "builtinDomain")) + ")"
NODE_ATTRIBUTES = ("objectClass", "ou", "o", "cn", "dc", "description", "hasSubordinates",
                   "msDS-Approx-Immed-Subordinates")
# AD partitions that hold no people
_INFRASTRUCTURE = ("cn=configuration", "cn=schema", "dc=domaindnszones", "dc=forestdnszones",
                   "cn=config", "cn=subschema", "cn=monitor")


@dataclass(frozen=True)
class TreeNode:
    """One container: DN as the server wrote it, a name to show, its kind (ou, container,
    organization, domain, builtin) and whether it may have children worth an expand arrow."""

    dn: str
    name: str
    kind: str
    may_have_children: bool
    description: str | None = None


@dataclass(frozen=True)
class Choice:
    """A ticked node: its DN, and whether the OUs below it are included."""

    dn: str
    subtree: bool = True


@dataclass(frozen=True)
class Scope:
    """One search the listing runs: a base DN and `sub` or `one` (SearchSettings' scopes)."""

    base_dn: str
    scope: str

    def apply(self, search: SearchSettings) -> SearchSettings:
        """The listing's search with this base and scope."""
        return replace(search, base_dn=self.base_dn, scope=self.scope)


def _first(raw: dict[str, list[bytes]], name: str) -> str | None:
    values = raw.get(name.lower())
    return values[0].decode("utf-8", "replace") if values else None


def node_from_entry(dn: str, raw: dict[str, list[bytes]]) -> TreeNode:
    """A TreeNode from an entry read with NODE_ATTRIBUTES."""
    classes = {v.decode("utf-8", "replace").lower() for v in raw.get("objectclass", ())}
    kind = next((k for name, k in KINDS if name in classes), "container")
    try:
        rdns = dnmod.parse_dn(dn)
        name = rdns[0][0].value if rdns else dn
    except PositionedInputError:
        name = dn
    if kind == "domain" and len(rdns) > 1:
        name = dnmod.dc_domain(rdns) or name
    # unknown (neither attribute served) means "maybe": the expand finds out
    has = _first(raw, "hasSubordinates")
    approx = _first(raw, "msDS-Approx-Immed-Subordinates")
    may = True
    if has is not None:
        may = has.upper() == "TRUE"
    elif approx is not None and approx.isdigit():
        may = int(approx) > 0
    return TreeNode(dn=dn, name=name, kind=kind, may_have_children=may,
                    description=_first(raw, "description"))


def read_node(directory: Directory, dn: str) -> TreeNode:
    """The node for one DN (e.g. a typed binding string's base); BadInput if it is missing."""
    raw = directory.read_entry(dn, NODE_ATTRIBUTES)
    if raw is None:
        raise BadInput(_("{dn} does not exist on {address}.",
                         dn=dn, address=directory.settings.address),
                       hint=_("Use Detect to find the server's base DN, or check the spelling."))
    return node_from_entry(dn, raw)


def tree_roots(directory: Directory) -> list[TreeNode]:
    """The tree's top nodes: the naming contexts that hold people, AD's default one first."""
    root = directory.root_dse()
    contexts = [nc for nc in root.naming_contexts if nc and not _infrastructure(nc)]
    default = root.default_naming_context
    if default and not any(dnmod.same_dn(default, nc) for nc in contexts):
        contexts.insert(0, default)
    if default:
        contexts.sort(key=lambda nc: not dnmod.same_dn(nc, default))
    nodes = []
    for nc in contexts:
        raw = directory.read_entry(nc, NODE_ATTRIBUTES)
        nodes.append(node_from_entry(nc, raw) if raw is not None
                     else node_from_entry(nc, {"objectclass": [b"domain"]}))
    return nodes


def _infrastructure(dn: str) -> bool:
    try:
        first = dnmod.parse_dn(dn)[0][0]
    except (PositionedInputError, IndexError):
        return False
    return f"{first.attribute}={first.value}".lower() in _INFRASTRUCTURE


def children(directory: Directory, dn: str, *, page_size: int = 500) -> list[TreeNode]:
    """The containers directly below `dn` (OUs, containers, organizations, domains, AD's
    Builtin), never people; every page read, sorted by name."""
    own = dnmod.dn_key(dn)
    nodes = [node_from_entry(child, raw)
             for page in directory.search_entries(dn, CONTAINER_FILTER, "one", NODE_ATTRIBUTES,
                                                  page_size=page_size)
             for child, raw in page
             if dnmod.dn_key(child) != own]  # never itself (ldap3's mock returns the base)
    nodes.sort(key=lambda n: (n.name.casefold(), n.dn))
    return nodes


def missing_nodes(directory: Directory, dns: Iterable[str]) -> list[str]:
    """Those of `dns` (a job's ticked OUs) that no longer exist, or that the bind account
    may no longer see: the tree shows them as missing, so they can be unticked."""
    return [dn for dn in dns if not directory.entry_exists(dn)]


def search_scopes(choices: Iterable[Choice]) -> list[Scope]:
    """The searches that list exactly the people below the ticked nodes, without overlap.

    A node ticked twice counts once with sub-OUs if either tick has them; a node below a
    ticked node that includes its sub-OUs is dropped. Parents come before children.
    """
    chosen: dict[tuple, Choice] = {}
    for choice in choices:
        try:
            key = dnmod.dn_key(choice.dn)
        except PositionedInputError as e:
            raise BadInput(_("{dn} is not a valid DN: {problem}.",
                             dn=choice.dn, problem=e.problem)) from None
        earlier = chosen.get(key)
        if earlier is None or (choice.subtree and not earlier.subtree):
            chosen[key] = choice
    subtrees = [key for key, choice in chosen.items() if choice.subtree]
    scopes = []
    for key in sorted(chosen, key=lambda k: tuple(reversed(k))):
        if any(len(key) > len(top) and key[len(key) - len(top):] == top for top in subtrees):
            continue
        choice = chosen[key]
        scopes.append(Scope(choice.dn, "sub" if choice.subtree else "one"))
    return scopes
