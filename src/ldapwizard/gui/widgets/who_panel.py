"""Who to import, on the Directory page (issue 17): the OU tree, members of groups, ordered
exclusion rules and mail-enabled groups as mailing lists, in one section that opens and closes.

The job record keeps all of it (`ous`, `member_of`, `nested_groups`, `groups_base`, `exclude`,
`groups_as_lists`); with no OU ticked the binding string's base DN is listed, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ldapwizard.core.directory.exclusions import parse_rule
from ldapwizard.core.errors import PositionedInputError
from ldapwizard.gui.widgets.disclosure import Disclosure
from ldapwizard.gui.widgets.group_picker import GroupPicker
from ldapwizard.gui.widgets.message_line import MessageLine, inline_problem
from ldapwizard.gui.widgets.ou_tree import OuTreeBox

PROBLEM_STYLE = "color: #c0392b; font-family: monospace;"
INVALID_STYLE = "QPlainTextEdit { border: 1px solid #c0392b; }"


def rule_lines(text: str) -> tuple[str, ...]:
    """The rules of the editor's text: one a line, blank lines left out."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def rules_problem(text: str) -> str | None:
    """The first rule that cannot be parsed, with a caret under where; None when all can."""
    for number, rule in enumerate(rule_lines(text), start=1):
        try:
            parse_rule(rule, number)
        except PositionedInputError as error:
            return inline_problem(error, rule) + "\n" + (error.hint or "")
    return None


class WhoPanel(Disclosure):
    """The "Who to import" section; `changed` whenever the choice does."""

    changed = Signal()

    def __init__(self, make_job: Callable, base: Callable[[], str],
                 parent: QWidget | None = None):
        super().__init__(self.tr("&Who to import: OUs, groups, exclusion rules, mailing "
                                 "lists"), parent)
        self.base = base
        self.tree_box = OuTreeBox(make_job)
        self.groups = GroupPicker(make_job, base)
        self.rules_edit = QPlainTextEdit()
        self.rules_edit.setTabChangesFocus(True)  # Tab leaves the editor, as in a form
        self.rules_edit.setPlaceholderText("sAMAccountName glob svc-*\nmemberof Leavers\n"
                                           "title regex ^(intern|temp)")
        self.rules_edit.setAccessibleName(self.tr("Exclusion rules, one a line"))
        rules_label = QLabel(self.tr(
            "One rule a line, tried in order; the first that matches leaves the entry out "
            "(shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, "
            "ATTRIBUTE present|absent, or memberof GROUP."))
        rules_label.setWordWrap(True)
        rules_label.setBuddy(self.rules_edit)
        self.rules_problem = MessageLine(PROBLEM_STYLE)
        rules = QWidget()
        rules_layout = QVBoxLayout(rules)
        rules_layout.addWidget(rules_label)
        rules_layout.addWidget(self.rules_edit, 1)
        rules_layout.addWidget(self.rules_problem)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.tree_box, self.tr("Director&y tree"))
        self.tabs.addTab(self.groups, self.tr("Members of &groups"))
        self.tabs.addTab(rules, self.tr("E&xclusion rules"))
        # the lists and editors would ask for more than a 700-pixel window has beside the
        # page's form: the tabs take a height of their own instead (the page scrolls if need be)
        for widget in (self.tree_box.view, self.groups.found_list, self.groups.chosen_list,
                       self.rules_edit):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.tabs.setMinimumHeight(250)
        self.ou_line = QLabel()
        self.ou_line.setWordWrap(True)
        self.lists_check = QCheckBox(self.tr("Bring mail-enabled groups as mailing &lists"))
        self.lists_check.setToolTip(self.tr(
            "AD distribution and mail-enabled security groups, OpenLDAP groups with a mail "
            "address: each becomes a list of its members' addresses"))
        layout = QVBoxLayout(self.frame)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.ou_line)
        layout.addWidget(self.lists_check)

        self.toggled.connect(self._opened)
        self.tree_box.model.ticks_changed.connect(self._changed)
        self.groups.changed.connect(self._changed)
        self.rules_edit.textChanged.connect(self._changed)
        self.lists_check.toggled.connect(self._changed)

    # --- the job record --------------------------------------------------------------------

    def show_profile(self, profile) -> None:
        """Show what a job record holds; the section opens when it holds anything."""
        for widget in (self.tree_box.model, self.rules_edit, self.lists_check):
            widget.blockSignals(True)
        self.tree_box.model.set_ticks(profile.ous)
        self.groups.show_profile(profile.member_of, profile.nested_groups, profile.groups_base)
        self.rules_edit.setPlainText("\n".join(profile.exclude))
        self.lists_check.setChecked(profile.groups_as_lists)
        for widget in (self.tree_box.model, self.rules_edit, self.lists_check):
            widget.blockSignals(False)
        self.tree_box.model.clear()  # another server, perhaps: read again when opened
        self.tree_box.loaded = False
        if (profile.ous or profile.member_of or profile.exclude or profile.groups_as_lists) \
                and not self.isChecked():
            self.setChecked(True)  # show what narrows the import
        elif self.isChecked():
            self._opened(True)
        self._describe_ous()

    def fields(self) -> dict:
        """The section's choice as job record fields."""
        return {"ous": self.tree_box.model.ticks(), "member_of": self.groups.member_of(),
                "nested_groups": self.groups.nested_check.isChecked(),
                "groups_base": self.groups.groups_base,
                "exclude": rule_lines(self.rules_edit.toPlainText()),
                "groups_as_lists": self.lists_check.isChecked()}

    def problem(self) -> str | None:
        """"rules" while a rule cannot be parsed (its message shown under the rules, the
        section opened on them); None otherwise."""
        problem = rules_problem(self.rules_edit.toPlainText())
        self.rules_problem.setText(problem or "")
        self.rules_edit.setStyleSheet(INVALID_STYLE if problem else "")
        if problem and not self.isChecked():
            self.setChecked(True)
        return "rules" if problem else None

    def show_rules(self) -> None:
        """Bring the exclusion rules tab forward (where Next's refusal is explained)."""
        self.setChecked(True)
        self.tabs.setCurrentIndex(2)

    # --- the tree and the binding string ---------------------------------------------------

    def base_changed(self, base_dn: str) -> None:
        """The binding string now names `base_dn`: select it in the tree, say what is listed."""
        if self.tree_box.loaded and base_dn:
            self.tree_box.reveal(base_dn)
        self._describe_ous()

    def _opened(self, shown: bool) -> None:
        if shown and not self.tree_box.loaded and not self.tree_box.task.running:
            self.tree_box.load()
            self.tree_box.reveal(self.base())
            if self.groups.member_of():
                self.groups.count()

    def _describe_ous(self) -> None:
        ticks = self.tree_box.model.ticks()
        if not ticks:
            base = self.base()
            self.ou_line.setText(self.tr("No OU ticked: the binding string's base DN is "
                                         "listed ({0}).").format(base or self.tr("none yet")))
            return
        shown = "; ".join(f"{dn}{'' if sub else self.tr(' (only its own entries)')}"
                          for dn, sub in ticks[:3])
        more = self.tr(" and {0} more").format(len(ticks) - 3) if len(ticks) > 3 else ""
        self.ou_line.setText(self.tr("{0} OUs ticked, listed instead of the binding string's "
                                     "base DN: {1}{2}").format(len(ticks), shown, more))

    def _changed(self, *_) -> None:
        self._describe_ous()
        self.changed.emit()

    def wait(self) -> None:
        """Stop and wait for the background reads (closing, tests)."""
        self.tree_box.wait()
        self.groups.wait()
