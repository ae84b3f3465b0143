"""The "Directory tree" part of Who to import: the OU tree, loaded in the background one level
per expand (requests queued, one at a time, on one Task), the sub-OUs choice of the selected
OU, and the binding string's base DN revealed and selected in the tree when typed. Once the
top is read, the ticked OUs are checked: one the directory no longer has is shown as missing,
and can be unticked."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ldapwizard.core.directory.tree import TreeNode, children, missing_nodes, tree_roots
from ldapwizard.core.errors import DirectoryError, LdapWizardError
from ldapwizard.gui.models.ou_tree_model import (
    COLUMN_NAME,
    DN_ROLE,
    LOADED,
    UNLOADED,
    OuTreeModel,
    key_of,
)
from ldapwizard.gui.widgets.labels import error_text
from ldapwizard.gui.widgets.message_line import MessageLine
from ldapwizard.gui.workers import Task

_TICK_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select)
TICKS = "ticks"  # in the queue: check that the ticked OUs still exist (not a DN: no "=")


def roots_or_base(directory) -> tuple[list[TreeNode], str | None]:
    """The tree's top nodes, and a note when they could not be read as entries: then the
    server's suggested base DN stands alone (the demo directory's offline schema refuses the
    tree's attributes, for one)."""
    try:
        return tree_roots(directory), None
    except DirectoryError as error:
        base = directory.root_dse().suggested_base
        if not base:
            raise
        return [TreeNode(base, base, "domain", True)], error.message


class OuTreeView(QTreeView):
    """A tree view in which Space ticks or unticks the current row's OU, whatever column."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in _TICK_KEYS and not event.modifiers() and current.isValid():
            model = self.model()
            index = model.index(current.row(), COLUMN_NAME, current.parent())
            if model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                ticked = model.data(index, Qt.ItemDataRole.CheckStateRole) == \
                    Qt.CheckState.Checked
                model.setData(index, Qt.CheckState.Unchecked if ticked
                              else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
                event.accept()
                return
        super().keyPressEvent(event)


class OuTreeBox(QWidget):
    """The tree, its Reload button, the selected OU's sub-OUs choice and a line of status.

    `make_job(work)` gives a Qt-free job that opens the bound directory and returns
    `work(directory)` (the page's, as its Detect and Check use); it raises LdapWizardError
    when the settings are not usable yet.
    """

    def __init__(self, make_job: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.make_job = make_job
        self.model = OuTreeModel(self)
        self.task = Task(self)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self._generation = 0  # a Reload starts a new one; older answers are dropped
        self._queue: deque[str | None] = deque()  # None: the roots
        self._loading: str | None = None
        self._reveal_key: tuple | None = None
        self.loaded = False

        self.view = OuTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAccessibleName(self.tr("Directory tree: tick the OUs to import"))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.subtree_check = QCheckBox(self.tr("Include e&verything below the selected OU "
                                               "(its sub-OUs)"))
        self.subtree_check.setEnabled(False)
        self.subtree_check.setAccessibleName(self.tr("Include the sub-OUs of the selected OU"))
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setAccessibleName(self.tr("Reload the directory tree"))
        self.status = MessageLine()
        row = QHBoxLayout()
        row.addWidget(self.subtree_check, 1)
        row.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)

        self.model.load_requested.connect(self._request)
        self.model.ticks_changed.connect(self._show_current)
        self.view.selectionModel().currentChanged.connect(self._show_current)
        self.subtree_check.clicked.connect(self._subtree_clicked)
        self.reload_button.clicked.connect(self.load)
        self.view.collapsed.connect(self._collapsed)

    # --- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the tree's top again (the ticks stay)."""
        self.task.cancel()
        self._generation += 1
        self._queue.clear()
        self._loading = None
        self.model.clear()
        self.loaded = False
        self._request(None)

    def _request(self, dn: str | None) -> None:
        self._queue.append(dn)
        self._next()

    def _next(self) -> None:
        if self.task.running or not self._queue:
            return
        dn = self._queue.popleft()
        if dn == TICKS:
            dns = [ticked for ticked, _ in self.model.ticks()]
            work = lambda directory: missing_nodes(directory, dns)  # noqa: E731
        elif dn is None:
            work = roots_or_base
        else:
            work = lambda directory: children(directory, dn)  # noqa: E731
        try:
            job = self.make_job(work)
        except LdapWizardError as error:
            self._failed(dn, error_text(error))
            return
        self._loading = dn
        if dn is None:
            self.status.setText(self.tr("Reading the directory's naming contexts…"))
        generation = self._generation
        self.task.start(job, lambda nodes: self._loaded(dn, nodes, generation))

    def _loaded(self, dn: str | None, nodes, generation: int) -> None:
        self._loading = None
        if generation != self._generation:  # read before a Reload: the next one follows
            self._next()
            return
        if dn == TICKS:
            self.model.set_missing(nodes)
            if nodes:
                self.status.setText(self.tr(
                    "Ticked but no longer in the directory: {0}. Untick it in the tree (marked "
                    "missing, after the naming contexts), or tick where it moved to.").format(
                        "; ".join(nodes)))
        elif dn is None:
            nodes, note = nodes
            self.model.set_roots(nodes)
            if self.model.ticks():
                self._queue.append(TICKS)
            self.loaded = True
            self.status.setText(self.tr("The naming context's entry could not be read ({0}); "
                                        "it is shown by its DN.").format(note) if note else
                                "" if nodes else self.tr(
                "The server names no naming context; give the base DN in the binding string."))
        else:
            self.model.set_children(dn, nodes)
        self._reveal()
        self._next()

    def _on_failed(self, error) -> None:
        dn, self._loading = self._loading, None
        self._failed(dn, error_text(error))
        self._next()

    def _on_cancelled(self) -> None:
        # a read cancelled by Reload, which queued the tree's top again
        self._loading = None
        self._next()

    def _failed(self, dn: str | None, text: str) -> None:
        if dn == TICKS:
            self.status.setText(self.tr("Whether the ticked OUs still exist could not be "
                                        "checked.") + "\n" + text)
        elif dn is None:
            self.status.setText(self.tr("The directory tree could not be read.") + "\n" + text)
        else:
            self.model.set_error(dn, text)

    def _collapsed(self, index: QModelIndex) -> None:
        # a level that failed is asked again on the next expand
        self.model.retry(index.data(DN_ROLE))

    def wait(self) -> None:
        self.task.cancel()
        self.task.wait()

    # --- the base DN of the binding string -------------------------------------------------

    def reveal(self, dn: str) -> None:
        """Show and select `dn` in the tree, loading the levels above it as needed."""
        self._reveal_key = key_of(dn) if dn.strip() else None
        self._reveal()

    def _reveal(self) -> None:
        target = self._reveal_key
        if target is None or not self.loaded:
            return  # the roots' answer comes back here
        nodes = self.model.roots()
        while True:
            node = next((n for n in nodes if n.key and target[len(target) - len(n.key):]
                         == n.key and len(n.key) <= len(target)), None)
            if node is None:
                self._reveal_key = None  # not in the tree as loaded: nothing to show
                return
            index = self.model.index_of(node)
            if node.key == target:
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
                self._reveal_key = None
                return
            if node.state == UNLOADED:
                if not node.tree.may_have_children:
                    self._reveal_key = None
                    return
                self.model.fetchMore(index)  # its answer comes back here
                self.view.expand(index)
                return
            if node.state != LOADED:
                return  # loading: back here when it is answered
            self.view.expand(index)
            nodes = node.children

    # --- the sub-OUs choice ----------------------------------------------------------------

    def _current_dn(self) -> str | None:
        current = self.view.currentIndex()
        return current.siblingAtColumn(0).data(DN_ROLE) if current.isValid() else None

    def _show_current(self, *_) -> None:
        dn = self._current_dn()
        tick = self.model.ticked(dn) if dn else None
        self.subtree_check.setEnabled(tick is not None)
        self.subtree_check.setChecked(bool(tick and tick[1]))

    def _subtree_clicked(self, checked: bool) -> None:
        dn = self._current_dn()
        if dn and self.model.ticked(dn):
            self.model.tick(dn, True, checked)
