"""Batches… undoing through a connection cut at COMMIT (issue 29): the window says what was
found — the undo landed, or its outcome is unknown with the run id to look for — and never
that nothing was changed when it cannot know."""

from __future__ import annotations

import psycopg
import pytest

from ldapwizard.cli import run
from ldapwizard.gui.dialogs.batches_dialog import BatchesDialog
from tests.faults.pg_commit_proxy_outcome29 import CommitCutProxy

pytestmark = pytest.mark.postgresql


@pytest.fixture
def imported(pg_url, pg_cluster, monkeypatch):
    """A PostgreSQL user database holding one demo import (batch 1)."""
    assert run(["--demo", "import", "--domain", "demo.example", "--db", pg_url, "--all"]) == 0
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password("ldapwizard"))  # for the proxy
    return pg_url


def undone_at(url: str):
    with psycopg.connect(url) as connection:
        return connection.execute("SELECT undone_at FROM batches WHERE id = 1").fetchone()[0]


def undo_in_dialog(qtbot, url: str) -> BatchesDialog:
    dialog = BatchesDialog(url)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
    dialog.undo(confirm=False)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30_000)
    return dialog


def test_an_undo_whose_commit_answer_is_lost_says_it_landed(qtbot, imported, pg_cluster):
    name = imported.rsplit("/", 1)[1]
    with CommitCutProxy((pg_cluster.host, pg_cluster.port), mode="after") as proxy:
        dialog = undo_in_dialog(qtbot, proxy.url(name))
        qtbot.waitUntil(lambda: not dialog.reading.running, timeout=20_000)
        assert proxy.cuts == 1
        text = dialog.message.text()
        dialog.done(0)
    assert "✓ Batch 1 undone" in text
    assert (f"found that the undo of batch 1 landed: batch 1 was undone at "
            f"{undone_at(imported)}.") in text


def test_an_undo_that_cannot_reconnect_says_its_outcome_is_unknown(qtbot, imported,
                                                                   pg_cluster):
    name = imported.rsplit("/", 1)[1]
    with CommitCutProxy((pg_cluster.host, pg_cluster.port), mode="after",
                        refuse_after_cut=True) as proxy:
        dialog = undo_in_dialog(qtbot, proxy.url(name))
        text = dialog.message.text()
        dialog.done(0)
    assert "the outcome is unknown" in text.splitlines()[0]
    assert "run id " in text
    assert "Nothing was changed" not in text
    assert undone_at(imported) is not None  # it had landed: the window did not say otherwise
