"""Screenshots of every wizard page from a real window (run under Xvfb), light and dark.

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        python tools/screenshots.py docs/screenshots [light|dark] [LANGUAGE]

LANGUAGE (de, ja, pseudo…) shows the window in that language; its files are named
1-connection-light-de.png and so on.

Walks the demo wizard like a user (test connection, list users, import; then a narrower
binding string, so the Users page shows who left since the import and the Import page previews
a sync with leavers) and grabs the screen after each page has settled; Who to import (the OU
tree, a group search), the Batches…, Mail server set-up… and Members of a list dialogs too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWizard


def settle(app: QApplication, condition=lambda: True, timeout_ms: int = 30_000) -> None:
    """Process events until `condition()` holds (and a little longer, for painting)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    if not condition():
        raise SystemExit("the wizard did not get there in time")
    settled = time.monotonic() + 0.3
    while time.monotonic() < settled:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def dark_palette() -> QPalette:
    """A dark palette like a desktop's dark mode provides."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"),
                        (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#262626"),
                        (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
                        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#2f65ca"),
                        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#353535"),
                        (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#8c8c8c"),
                        (roles.Mid, "#444444"), (roles.Dark, "#1a1a1a")):
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#6e6e6e"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#6e6e6e"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#6e6e6e"))
    return palette


def main(out: Path, scheme: str, language: str | None = None) -> None:
    os.environ.setdefault("LDAPWIZARD_DATA_DIR", tempfile.mkdtemp())
    os.environ.setdefault("LDAPWIZARD_CONFIG_DIR", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    if scheme == "dark":
        # Xvfb has no desktop theme to follow, so stand in for one: Windows 11's dark mode
        # gives Qt a dark palette the same way
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    from ldapwizard.gui import i18n
    from ldapwizard.gui.app import make_wizard
    from ldapwizard.gui.models.users_model import STATUS_ROLE

    if language:
        spoken = i18n.install(app, language)
        if spoken != language:
            raise SystemExit(f"{language} is not complete (python tools/i18n_check.py "
                             f"{language} -v says what it lacks)")
    suffix = f"-{language}" if language else ""

    wizard = make_wizard(demo=True)
    wizard.resize(1024, 700)
    wizard.move(20, 20)
    wizard.show()
    connection, directory, users, importing = wizard.pages

    def shoot(name: str, window=wizard) -> None:
        settle(app)
        screen = app.primaryScreen()
        geometry = window.frameGeometry()
        picture = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(),
                                    geometry.height())
        picture.save(str(out / f"{name}-{scheme}{suffix}.png"))

    connection.test_button.click()
    settle(app, connection.isComplete)
    shoot("1-connection")
    wizard.button(QWizard.WizardButton.NextButton).click()
    directory.advanced.setChecked(True)
    shoot("2-directory")
    directory.advanced.setChecked(False)
    who = directory.who  # Who to import: the OU tree, then the groups found by a search
    who.setChecked(True)
    settle(app, lambda: who.tree_box.loaded)
    shoot("2-directory-who")
    who.tabs.setCurrentIndex(1)
    who.groups.search_edit.setText("Sales")
    who.groups.search()
    settle(app, lambda: who.groups.found_list.count() > 0)
    shoot("2-directory-groups")
    who.tabs.setCurrentIndex(0)
    who.lists_check.setChecked(True)  # the demo's mail-enabled groups become mailing lists
    who.setChecked(False)
    wizard.button(QWizard.WizardButton.NextButton).click()
    settle(app, users.isComplete)
    users.show_hidden.setChecked(True)
    users.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # reasons first
    shoot("3-users")
    users.show_hidden.setChecked(False)
    leave_out = [row for row in range(users.model.rowCount())
                 if "OU=Support" in users.model.index(row, 6).data()
                 and users.model.index(row, 0).data(STATUS_ROLE) == "new"
                 and not users.model.index(row, 5).data()][:3]  # no alias to lose meanwhile
    for row in leave_out:  # imported later, by the sync
        users.model.setData(users.model.index(row, 0), Qt.CheckState.Unchecked,
                            Qt.ItemDataRole.CheckStateRole)
    wizard.button(QWizard.WizardButton.NextButton).click()
    importing.import_button.click()
    panel = importing.sync_panel
    settle(app, lambda: importing.isComplete() and not panel.running)
    shoot("4-import")

    # the job narrowed to one OU: everyone outside it left, as far as a sync can tell
    wizard.back()
    wizard.back()
    directory.binding_edit.setText("OU=Support,OU=Company,DC=demo,DC=example")
    wizard.button(QWizard.WizardButton.NextButton).click()
    settle(app, lambda: users.complete_listing and not users.task.running)
    users.tabs.setCurrentWidget(users.sync_view)  # who left or changed since the import
    shoot("3-users-left")
    users.tabs.setCurrentIndex(0)
    users.model.set_all_checked(True)  # the three left out before
    wizard.button(QWizard.WizardButton.NextButton).click()
    settle(app, lambda: panel.preview is not None and not panel.running)
    panel.remove_check.setChecked(True)
    settle(app, lambda: panel.preview is not None and not panel.running)
    shoot("5-sync")

    batches = importing.batches_dialog()
    batches.move(60, 80)
    batches.show()
    shoot("6-batches", batches)
    batches.close()
    from ldapwizard.gui.dialogs.mailserver_dialog import MailServerDialog

    mail = MailServerDialog(wizard.session.database_path, wizard)
    mail.move(60, 80)
    mail.show()
    shoot("7-mail-server", mail)
    mail.close()
    from ldapwizard.gui.dialogs.list_members_dialog import ListMembersDialog

    members = ListMembersDialog(wizard.session.database_path, None, wizard)
    members.move(60, 80)
    members.show()
    settle(app, lambda: members.tree.topLevelItemCount() > 0)
    shoot("8-list-members", members)
    members.close()
    for page in wizard.pages:
        page.task.wait()
    wizard.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    main(target, sys.argv[2] if len(sys.argv) > 2 else "light",
         sys.argv[3] if len(sys.argv) > 3 else None)
