"""The Connection page's small parts: its choice lists, combo helpers, and a test step as
list items (the page itself lays them out and reacts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem

# the labels as lupdate sees them (context ConnectionPage); translated by combo()
SECURITY_CHOICES = (("ldaps", QT_TRANSLATE_NOOP("ConnectionPage", "LDAPS (TLS from the start)")),
                    ("starttls", "StartTLS"),
                    ("none", QT_TRANSLATE_NOOP("ConnectionPage", "None (plain LDAP)")))
VERIFY_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("ConnectionPage", "Against the system trust store")),
    ("cafile", QT_TRANSLATE_NOOP("ConnectionPage", "Against a CA file")),
    ("off", QT_TRANSLATE_NOOP("ConnectionPage", "Off — do not verify (unsafe)")))
AUTH_CHOICES = (
    ("simple", QT_TRANSLATE_NOOP("ConnectionPage", "Simple bind (DN or user@domain)")),
    ("ntlm", "NTLM (DOMAIN\\user)"),
    ("kerberos", QT_TRANSLATE_NOOP("ConnectionPage", "Kerberos (current sign-in)")),
    ("anonymous", QT_TRANSLATE_NOOP("ConnectionPage", "Anonymous")))
# server types whose label is words rather than a product's name
QT_TRANSLATE_NOOP("ConnectionPage", "Generic LDAP")


def combo(choices) -> QComboBox:
    """A combo box of (key, label) choices, the key as each item's data, the label in the
    window's language."""
    box = QComboBox()
    for key, label in choices:
        box.addItem(QCoreApplication.translate("ConnectionPage", label), key)
    return box


def select(box: QComboBox, key) -> None:
    """Choose the item whose data is `key` (no change when there is none)."""
    index = box.findData(key)
    if index >= 0:
        box.setCurrentIndex(index)


def step_items(step) -> list[QListWidgetItem]:
    """One step of a connection test as list rows: its verdict, and for a failed step its
    details and what to do."""
    mark = "✓" if step.ok else "✗"
    item = QListWidgetItem(f"{mark} {step.title}: {step.message}")
    item.setToolTip("\n".join(step.details + ([step.hint] if step.hint and not step.ok else [])))
    if step.ok:
        return [item]
    item.setForeground(Qt.GlobalColor.red)
    items = [item] + [QListWidgetItem(f"    {line}") for line in step.details]
    if step.hint:
        what = QCoreApplication.translate("ConnectionPage", "What to do:")
        items.append(QListWidgetItem(f"    {what} {step.hint}"))
    return items
