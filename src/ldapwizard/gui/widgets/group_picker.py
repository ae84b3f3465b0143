"""The "Members of groups" part of Who to import: find groups by typed text in the background,
keep a list of the chosen ones (by DN, or a name a job record gave), follow nested groups or
not, and count their members before anything is listed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ldapwizard.core.directory.dn import parse_dn
from ldapwizard.core.directory.groups import find_groups, search_groups, where_groups
from ldapwizard.core.directory.membership import expand_groups
from ldapwizard.core.errors import LdapWizardError, PositionedInputError
from ldapwizard.gui.models.ou_tree_model import key_of
from ldapwizard.gui.widgets.labels import error_text
from ldapwizard.gui.widgets.message_line import MessageLine
from ldapwizard.gui.workers import Task

_DN = Qt.ItemDataRole.UserRole + 1


def chosen_text(text: str) -> str:
    """A group a job record names, as a line of the chosen list: a DN by its first RDN's
    value (the whole DN in the tool tip), a name as it is."""
    try:
        rdns = parse_dn(text) if "=" in text else ()
    except PositionedInputError:
        return text
    return f"{rdns[0][0].value} ({text})" if rdns else text


class SearchEdit(QLineEdit):
    """A line edit whose Enter searches: in a wizard, QLineEdit lets Enter through to the
    default button, so Enter in the search field would have pressed Next."""

    search_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.search_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


# a group's kind as the lists show it, translated where shown (group_text)
KINDS = {"security": QT_TRANSLATE_NOOP("GroupPicker", "security group"),
         "distribution": QT_TRANSLATE_NOOP("GroupPicker", "distribution group")}


def group_text(group) -> str:
    """A found group as a line of the lists: name, kind and address."""
    kind = (QCoreApplication.translate("GroupPicker", KINDS[group.kind])
            if group.kind in KINDS else group.kind)
    return f"{group.name} ({kind}{', ' + group.mail if group.mail else ''})"


class GroupPicker(QWidget):
    """Search, found groups, chosen groups with Remove, nested groups, and the member count."""

    changed = Signal()

    def __init__(self, make_job: Callable, base: Callable[[], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.make_job = make_job
        # where to look for groups: the groups base typed, else the naming context of the
        # binding string's base DN (as the listing does)
        self.base = base
        self.search_task = Task(self)
        self.search_task.failed.connect(
            lambda error: self.found_status.setText(error_text(error)))
        self.count_task = Task(self)
        self.count_task.failed.connect(
            lambda error: self.count_label.setText(error_text(error)))

        self.search_edit = SearchEdit()
        self.search_edit.setPlaceholderText(self.tr("part of a group's name or address"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Look for groups"))
        search_label = QLabel(self.tr("Loo&k for:"))
        search_label.setBuddy(self.search_edit)
        self.search_button = QPushButton(self.tr("Search"))
        self.found_list = QListWidget()
        self.found_list.setAccessibleName(self.tr("Groups found"))
        self.found_status = MessageLine()
        self.add_button = QPushButton(self.tr("Add →"))
        self.add_button.setAccessibleName(self.tr("Add the selected group"))
        self.chosen_list = QListWidget()
        self.chosen_list.setAccessibleName(self.tr("Groups whose members are imported"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected group"))
        self.nested_check = QCheckBox(self.tr("In&clude the members of nested groups"))
        self.nested_check.setChecked(True)
        self.count_label = MessageLine()
        self.groups_base_edit = QLineEdit()
        self.groups_base_edit.setPlaceholderText(self.tr(
            "empty: the whole directory (the base DN's naming context)"))
        self.groups_base_edit.setAccessibleName(self.tr("Look for groups below this DN"))
        self.groups_base_edit.setToolTip(self.tr(
            "Where groups are looked up for membership, exclusion rules and mailing lists; "
            "it may differ from where the users are (e.g. ou=Groups beside ou=People)."))
        groups_base_label = QLabel(self.tr("Groups below:"))
        groups_base_label.setBuddy(self.groups_base_edit)

        base_row = QHBoxLayout()
        base_row.addWidget(groups_base_label)
        base_row.addWidget(self.groups_base_edit, 1)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Found:")), 0, 0)
        grid.addWidget(QLabel(self.tr("Import the members of:")), 0, 2)
        grid.addWidget(self.found_list, 1, 0)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(1)
        grid.addLayout(middle, 1, 1)
        grid.addWidget(self.chosen_list, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(base_row)
        layout.addLayout(search_row)
        layout.addLayout(grid, 1)
        layout.addWidget(self.found_status)
        layout.addWidget(self.nested_check)
        layout.addWidget(self.count_label)

        self.search_edit.search_requested.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.add_button.clicked.connect(self.add_selected)
        self.found_list.itemActivated.connect(lambda _: self.add_selected())
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.chosen_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.nested_check.toggled.connect(self._changed)
        self.groups_base_edit.editingFinished.connect(self._base_edited)
        self.setTabOrder(self.groups_base_edit, self.search_edit)
        self.setTabOrder(self.search_button, self.found_list)
        for first, then in ((self.found_list, self.add_button),
                            (self.add_button, self.chosen_list),
                            (self.chosen_list, self.remove_button),
                            (self.remove_button, self.nested_check)):
            self.setTabOrder(first, then)

    # --- the job record --------------------------------------------------------------------

    @property
    def groups_base(self) -> str:
        """The groups base as the job record keeps it ("" for the naming context)."""
        return self.groups_base_edit.text().strip()

    def _base_edited(self) -> None:
        if self.groups_base_edit.isModified():
            self.groups_base_edit.setModified(False)
            self._changed()

    def member_of(self) -> tuple[str, ...]:
        """The chosen groups, as the job record keeps them (DNs, or names as given)."""
        return tuple(self.chosen_list.item(i).data(_DN) for i in range(self.chosen_list.count()))

    def show_profile(self, member_of, nested: bool, groups_base: str = "") -> None:
        """Choose what a job record holds (its member count is worked out by `count`)."""
        self.groups_base_edit.setText(groups_base)
        self.chosen_list.clear()
        for text in member_of:
            self._add(text, chosen_text(text))
        self.nested_check.blockSignals(True)
        self.nested_check.setChecked(nested)
        self.nested_check.blockSignals(False)
        self.count_label.setText("")

    # --- searching and choosing ------------------------------------------------------------

    def search(self) -> None:
        """Find groups whose name or address contains the typed text, in the background."""
        text = self.search_edit.text()
        base, groups_base = self.base(), self.groups_base
        try:
            job = self.make_job(lambda directory: search_groups(
                directory, text, where_groups(directory, base, groups_base), limit=200))
        except LdapWizardError as error:
            self.found_status.setText(error_text(error))
            return
        self.found_status.setText(self.tr("Searching…"))
        self.search_task.start(job, self._on_found)

    def _on_found(self, found) -> None:
        self.found_list.clear()
        for group in found.groups:
            item = QListWidgetItem(group_text(group))
            item.setData(_DN, group.dn)
            item.setToolTip(group.dn)
            self.found_list.addItem(item)
        if found.groups:
            self.found_list.setCurrentRow(0)
        self.found_status.setText(
            self.tr("No group found.") if not found.groups else
            self.tr("The first %n groups; type more of the name to narrow them.", "",
                    len(found.groups)) if found.truncated else "")

    def add_selected(self) -> None:
        """Choose the selected found group."""
        item = self.found_list.currentItem()
        if item is not None and self._add(item.data(_DN), item.text()):
            self._changed()

    def _add(self, dn: str, text: str) -> bool:
        key = key_of(dn) or dn.casefold()
        if any((key_of(d) or d.casefold()) == key for d in self.member_of()):
            return False
        item = QListWidgetItem(text)
        item.setData(_DN, dn)
        item.setToolTip(dn)
        self.chosen_list.addItem(item)
        self.chosen_list.setCurrentItem(item)
        return True

    def remove_selected(self) -> None:
        """Forget the selected chosen group."""
        row = self.chosen_list.currentRow()
        if row >= 0:
            self.chosen_list.takeItem(row)
            self._changed()

    def _changed(self, *_) -> None:
        self.changed.emit()
        self.count()

    # --- the count -------------------------------------------------------------------------

    def count(self) -> None:
        """Count the chosen groups' user members in the background (nested or not)."""
        texts, nested, base = self.member_of(), self.nested_check.isChecked(), self.base()
        groups_base = self.groups_base
        if not texts:
            self.count_task.cancel()
            self.count_label.setText(self.tr("No group chosen: group membership does not "
                                             "narrow the import."))
            return

        def work(directory):
            where = where_groups(directory, base, groups_base)
            return expand_groups(directory, find_groups(directory, texts, where),
                                 nested=nested)

        try:
            job = self.make_job(work)
        except LdapWizardError as error:
            self.count_label.setText(error_text(error))
            return
        self.count_label.setText(self.tr("Counting the members…"))
        self.count_task.start(job, lambda membership: self._on_counted(texts, nested,
                                                                       membership))

    def _on_counted(self, texts, nested, membership) -> None:
        if (texts, nested) != (self.member_of(), self.nested_check.isChecked()):
            return  # the choice changed while this count ran; its own count follows
        words = self.tr("%n users are members of the chosen groups.", "",
                        len(membership.users))
        if membership.groups:
            words += " " + self.tr("They include %n nested groups.", "",
                                   len(membership.groups))
        if membership.missing:
            words += " " + self.tr("%n member entries could not be read.", "",
                                   len(membership.missing))
        self.count_label.setText("✓ " + words)  # each sentence ends with its own full stop

    def wait(self) -> None:
        for task in (self.search_task, self.count_task):
            task.cancel()
            task.wait()
