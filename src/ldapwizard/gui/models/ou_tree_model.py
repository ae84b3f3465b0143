"""The directory's OU and container tree as a Qt model, loaded lazily: a node's children are
asked for (`load_requested`) when the view first expands it, shown as a "Loading…" row until
`set_children` or `set_error` answers. Column 0 ticks an OU, column 1 says whether its sub-OUs
come too; the ticks live apart from the nodes, so ticks restored from a job record stay even
for OUs the tree has not loaded. A ticked OU the directory no longer has (`set_missing`) is a
row of its own at the top, marked missing, so it can be seen and unticked."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from ldapwizard.core.directory.dn import dn_key, parse_dn
from ldapwizard.core.directory.tree import TreeNode
from ldapwizard.core.errors import PositionedInputError

COLUMN_NAME, COLUMN_SUBTREE = 0, 1
DN_ROLE = Qt.ItemDataRole.UserRole + 1
_CHECK = Qt.ItemDataRole.CheckStateRole
UNLOADED, LOADING, LOADED, FAILED = "unloaded", "loading", "loaded", "failed"
MISSING_KIND = "missing"  # TreeNode.kind of a ticked OU the directory no longer has


def key_of(dn: str) -> tuple | None:
    """The DN's comparison key, None for text that is no DN."""
    try:
        return dn_key(dn)
    except PositionedInputError:
        return None


def _rdn_name(dn: str) -> str:
    try:
        return parse_dn(dn)[0][0].value
    except (PositionedInputError, IndexError):
        return dn


@dataclass(eq=False)
class Node:
    """A row: a container (`tree` set) or the Loading…/error line under one (`tree` None)."""

    tree: TreeNode | None
    parent: Node | None
    text: str = ""
    state: str = UNLOADED
    children: list[Node] = field(default_factory=list)

    @property
    def key(self) -> tuple | None:
        return key_of(self.tree.dn) if self.tree else None

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class OuTreeModel(QAbstractItemModel):
    """Containers below the naming contexts, with a tick and a "with sub-OUs" tick each."""

    load_requested = Signal(str)  # a DN whose children the view wants
    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._root = Node(None, None, state=LOADED)
        self._nodes: dict[tuple, Node] = {}
        self._ticks: dict[tuple, tuple[str, bool]] = {}  # key -> (DN, with sub-OUs)

    # --- loading ---------------------------------------------------------------------------

    def set_roots(self, nodes: list[TreeNode]) -> None:
        """Start over with these top nodes (naming contexts)."""
        self.beginResetModel()
        self._root.children = [Node(tree, self._root) for tree in nodes]
        self._nodes = {n.key: n for n in self._root.children if n.key is not None}
        self.endResetModel()

    def set_missing(self, dns: list[str]) -> None:
        """Show these ticked OUs, gone from the directory, as rows of their own after the
        naming contexts (replacing any shown before)."""
        kept = [n for n in self._root.children if n.tree.kind != MISSING_KIND]
        if len(kept) != len(self._root.children):
            first = len(kept)
            self.beginRemoveRows(QModelIndex(), first, len(self._root.children) - 1)
            for node in self._root.children[first:]:
                self._nodes.pop(node.key, None)
            self._root.children = kept
            self.endRemoveRows()
        rows = [Node(TreeNode(dn, _rdn_name(dn), MISSING_KIND, False), self._root,
                     state=LOADED) for dn in dns if key_of(dn) is not None]
        if rows:
            first = len(self._root.children)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._root.children.extend(rows)
            self.endInsertRows()
            for node in rows:
                self._nodes[node.key] = node

    def missing(self) -> list[str]:
        """The DNs shown as missing."""
        return [n.tree.dn for n in self._root.children if n.tree.kind == MISSING_KIND]

    def clear(self) -> None:
        """No tree (not loaded yet, or the connection changed); the ticks stay."""
        self.set_roots([])

    def node(self, dn: str) -> Node | None:
        """The loaded node of a DN."""
        key = key_of(dn)
        return self._nodes.get(key) if key is not None else None

    def roots(self) -> list[Node]:
        return list(self._root.children)

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        return QModelIndex() if node is self._root else self.createIndex(node.row(), column,
                                                                           node)

    def set_children(self, dn: str, trees: list[TreeNode]) -> None:
        """The answer to load_requested(dn): its children replace the Loading… row."""
        node = self.node(dn)
        if node is None or node.state != LOADING:
            return  # reset since, or answered twice
        parent = self.index_of(node)
        self._remove_children(node, parent)
        node.state = LOADED
        if trees:
            self.beginInsertRows(parent, 0, len(trees) - 1)
            node.children = [Node(tree, node) for tree in trees]
            self.endInsertRows()
            for child in node.children:
                if child.key is not None:
                    self._nodes.setdefault(child.key, child)

    def set_error(self, dn: str, message: str) -> None:
        """The children of `dn` could not be read: the Loading… row says why instead."""
        node = self.node(dn)
        if node is None or node.state != LOADING or not node.children:
            return
        node.state = FAILED
        node.children[0].text = message
        index = self.index_of(node.children[0])
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def retry(self, dn: str) -> None:
        """Forget a failed load, so the next expand asks again."""
        node = self.node(dn)
        if node is not None and node.state == FAILED:
            self._remove_children(node, self.index_of(node))
            node.state = UNLOADED

    def _remove_children(self, node: Node, parent: QModelIndex) -> None:
        if node.children:
            self.beginRemoveRows(parent, 0, len(node.children) - 1)
            node.children = []
            self.endRemoveRows()

    def canFetchMore(self, parent: QModelIndex) -> bool:
        node = self._node(parent)
        return node.tree is not None and node.state == UNLOADED and node.tree.may_have_children

    def fetchMore(self, parent: QModelIndex) -> None:
        node = self._node(parent)
        if not self.canFetchMore(parent):
            return
        node.state = LOADING
        self.beginInsertRows(parent, 0, 0)
        node.children = [Node(None, node, self.tr("Loading…"))]
        self.endInsertRows()
        self.load_requested.emit(node.tree.dn)

    # --- ticks -----------------------------------------------------------------------------

    def ticks(self) -> tuple[tuple[str, bool], ...]:
        """The ticked OUs as the job record keeps them: (DN, with sub-OUs), in tick order."""
        return tuple(self._ticks.values())

    def set_ticks(self, ticks) -> None:
        """Tick these (DN, with sub-OUs) and no others."""
        self._ticks = {key: (dn, bool(sub)) for dn, sub in ticks
                       if (key := key_of(dn)) is not None}
        self._all_changed()
        self.ticks_changed.emit()

    def tick(self, dn: str, ticked: bool, subtree: bool | None = None) -> None:
        """Tick or untick one OU; `subtree` None keeps its choice (a new tick: sub-OUs too)."""
        key = key_of(dn)
        if key is None:
            return
        if ticked:
            before = self._ticks.get(key)
            keep = before[1] if before else True
            self._ticks[key] = (before[0] if before else dn, keep if subtree is None else subtree)
        else:
            self._ticks.pop(key, None)
        node = self._nodes.get(key)
        if node is not None:
            self.dataChanged.emit(self.index_of(node, 0), self.index_of(node, 1), [_CHECK])
        self.ticks_changed.emit()

    def ticked(self, dn: str) -> tuple[str, bool] | None:
        key = key_of(dn)
        return self._ticks.get(key) if key is not None else None

    def _all_changed(self) -> None:
        def walk(node: Node):
            if node.children:
                first = self.index_of(node.children[0], 0)
                last = self.index_of(node.children[-1], 1)
                self.dataChanged.emit(first, last, [_CHECK])
            for child in node.children:
                walk(child)
        walk(self._root)

    # --- the model -------------------------------------------------------------------------

    def _node(self, index: QModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row, column, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=QModelIndex()):  # noqa: B008 - Qt's signature
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        return QModelIndex() if parent is None or parent is self._root else \
            self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 2

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children:
            return True
        return node.tree is not None and node.state == UNLOADED and node.tree.may_have_children

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("OU or container"), self.tr("With sub-OUs"))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self._node(index)
        if node.tree is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COLUMN_NAME or self._ticks.get(node.key):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        column = index.column()
        if node.tree is None:  # Loading… or what went wrong
            if column == COLUMN_NAME and role in (Qt.ItemDataRole.DisplayRole,
                                                  Qt.ItemDataRole.ToolTipRole):
                return node.text
            return None
        tick = self._ticks.get(node.key)
        gone = node.tree.kind == MISSING_KIND
        if role == Qt.ItemDataRole.DisplayRole:
            if column != COLUMN_NAME:
                return None
            return self.tr("{0} (missing: no longer in the directory)").format(
                node.tree.name) if gone else node.tree.name
        if role == Qt.ItemDataRole.ForegroundRole and gone:
            return QColor("#c0392b")
        if role == _CHECK:
            if column == COLUMN_NAME:
                return Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked
            if tick:
                return Qt.CheckState.Checked if tick[1] else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            words = node.tree.dn + (f"\n{node.tree.description}" if node.tree.description else "")
            if gone:
                words += "\n" + self.tr("This ticked OU is no longer in the directory (deleted, "
                                        "renamed or moved): its users are not listed. Untick "
                                        "it, and tick where it moved to.")
            return words if column == COLUMN_NAME else self.tr(
                "Whether the OUs below it are imported too")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COLUMN_NAME:
                return (f"{node.tree.name}, " + (self.tr("missing, ") if gone else "")
                        + (self.tr("ticked") if tick else self.tr("not ticked")))
            return self.tr("with sub-OUs") if tick and tick[1] else self.tr("without sub-OUs")
        if role == DN_ROLE:
            return node.tree.dn
        return None

    def setData(self, index: QModelIndex, value, role=_CHECK) -> bool:
        if role != _CHECK or not index.isValid() or not (self.flags(index)
                                                         & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        dn = self._node(index).tree.dn
        if index.column() == COLUMN_NAME:
            self.tick(dn, ticked)
        else:
            self.tick(dn, True, ticked)
        return True
