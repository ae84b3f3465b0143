"""The Users page's Export preview to CSV: ask where, then write every entry (hidden ones with
their reasons) or the rows as the table shows them."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from ldapwizard.core.errors import LdapWizardError
from ldapwizard.core.maildb.reports import write_preview
from ldapwizard.gui.messages import show_error


def ask_and_export(page, as_shown: bool = False) -> None:
    """Save the preview as Excel-safe CSV: every entry (hidden ones with their reasons),
    or the rows as the table shows them."""
    if page.session.plan is None:
        page.message_label.setText(page.tr("List the users first: only a complete "
                                           "listing can be exported."))
        return
    path, chosen = QFileDialog.getSaveFileName(
        page, page.tr("Export preview"), "preview.csv",
        page.tr("CSV, comma-separated (*.csv);;CSV, semicolon-separated (*.csv)"))
    if path:
        export_to(page, path, ";" if "semicolon" in chosen else ",", as_shown=as_shown)


def export_to(page, path: str, delimiter: str = ",", *, as_shown: bool = False) -> None:
    """Write the preview CSV: every entry in listing order, or `as_shown` the rows the
    filter and toggles let through in the table's sort order."""
    entries = page.model.shown_entries() if as_shown else None
    try:
        rows = write_preview(path, page.session.plan, delimiter=delimiter,
                             selected=page.model.checked_ids(), entries=entries)
    except (LdapWizardError, OSError) as error:
        show_error(page, error if isinstance(error, LdapWizardError) else
                   LdapWizardError(f"The file {path} could not be written.",
                                   detail=str(error)))
        return
    page.message_label.setText(page.tr("Exported {0} rows ({1}) to {2}.").format(
        rows, page.tr("as shown") if as_shown else page.tr("all entries"), path))
