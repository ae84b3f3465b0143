"""The Connection page's small parts: its choice lists, combo helpers, and a test step as
list items (the page itself lays them out and reacts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem

SECURITY_CHOICES = (("ldaps", "LDAPS (TLS from the start)"), ("starttls", "StartTLS"),
                    ("none", "None (plain LDAP)"))
VERIFY_CHOICES = (("system", "Against the system trust store"), ("cafile", "Against a CA file"),
                  ("off", "Off — do not verify (unsafe)"))
AUTH_CHOICES = (("simple", "Simple bind (DN or user@domain)"), ("ntlm", "NTLM (DOMAIN\\user)"),
                ("kerberos", "Kerberos (current sign-in)"), ("anonymous", "Anonymous"))


def combo(choices) -> QComboBox:
    """A combo box of (key, label) choices, the key as each item's data."""
    box = QComboBox()
    for key, label in choices:
        box.addItem(label, key)
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
