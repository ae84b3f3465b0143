"""Undo an import batch: remove exactly what it created, in one transaction (the command
line's `undo`; the window's Undo and Batches… undo the same way through maildb.undo)."""

from __future__ import annotations

from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.location import Location
from ldapwizard.core.maildb.undo import UndoReport, undo_batch


def undo(location: Location, batch_id: int, *, force: bool = False) -> UndoReport:
    """Undo batch `batch_id` of the user database at `location`; UndoRefused (nothing
    changed) when rows it created were changed or referenced since, unless `force`."""
    with UserDatabase.open(location, write=True) as database:
        return undo_batch(database, batch_id, force=force)
