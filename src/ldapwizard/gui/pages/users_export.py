"""The Users page's Export preview to CSV: ask where, then write every entry (hidden ones with
their reasons) or the rows as the table shows them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.reports import write_preview
from ldapwizard.gui.messages import show_error
from ldapwizard.i18n import Message

# shown translated, logged in English
NOT_WRITTEN = QT_TRANSLATE_NOOP("", "The file {0} could not be written.")


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # lupdate files a module's own tr() under the empty context
    return QCoreApplication.translate("", text, disambiguation or None, n)


def ask_and_export(page, as_shown: bool = False) -> None:
    """Save the preview as Excel-safe CSV: every entry (hidden ones with their reasons),
    or the rows as the table shows them."""
    if page.session.plan is None:
        page.message_label.setText(tr("List the users first: only a complete "
                                      "listing can be exported."))
        return
    comma, semicolon = (tr("CSV, comma-separated (*.csv)"),
                        tr("CSV, semicolon-separated (*.csv)"))
    path, chosen = QFileDialog.getSaveFileName(
        page, tr("Export preview"), "preview.csv", f"{comma};;{semicolon}")
    if path:
        export_to(page, path, ";" if chosen == semicolon else ",", as_shown=as_shown)


def export_to(page, path: str, delimiter: str = ",", *, as_shown: bool = False) -> None:
    """Write the preview CSV: every entry in listing order, or `as_shown` the rows the
    filter and toggles let through in the table's sort order."""
    entries = page.model.shown_entries() if as_shown else None
    try:
        rows = write_preview(path, page.session.plan, delimiter=delimiter,
                             selected=page.model.checked_ids(), entries=entries)
    except (LdapWizardError, OSError) as error:
        show_error(page, error if isinstance(error, LdapWizardError) else
                   LdapWizardError(Message(tr(NOT_WRITTEN).format(path), NOT_WRITTEN.format(path)),
                                   detail=str(error)))
        return
    if as_shown:
        done = tr("Exported %n rows (as shown) to %1.", "", rows)
    else:
        done = tr("Exported %n rows (all entries) to %1.", "", rows)
    page.message_label.setText(done.replace("%1", path))
