"""An exception that escapes a slot reaches the admin as a message and the log, never only
stderr."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from ldapwizard.core.errors import BadInput
from ldapwizard.gui import messages


def shown(monkeypatch) -> list[tuple[str, str, str]]:
    boxes = []

    def exec_(box):
        boxes.append((box.text(), box.informativeText(), box.detailedText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


def test_an_engine_error_from_a_slot_is_shown_in_its_own_words_and_logged(
        qtbot, monkeypatch, caplog):
    boxes = shown(monkeypatch)
    previous = sys.excepthook
    try:
        messages.install_exception_hook(lambda: None)
        error = BadInput('"" is not a valid mail domain.', hint="Give a domain such as "
                         "example.com.")
        with caplog.at_level(logging.ERROR, logger="ldapwizard"):
            sys.excepthook(BadInput, error, None)
    finally:
        sys.excepthook = previous
    assert boxes == [('"" is not a valid mail domain.', "Give a domain such as example.com.",
                      "")]
    assert "unexpected error in the window" in caplog.text


def test_a_bug_is_shown_as_ours_with_its_type_and_logged_with_the_traceback(
        qtbot, monkeypatch, caplog):
    boxes = shown(monkeypatch)
    try:
        raise KeyError("plan")
    except KeyError:
        error_type, error, trace = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="ldapwizard"):
        messages.report_unexpected(None, error_type, error, trace)
    assert boxes[0][0].startswith("Something went wrong inside ldapwizard")
    assert "Log…" in boxes[0][1] and boxes[0][2] == "KeyError: 'plan'"
    assert "Traceback" in caplog.text and "raise KeyError" in caplog.text
